/**
 * Generates a synthetic GitOps monorepo for the benchmark: many clusters,
 * realistic kinds and sizes, multi-document files, and planted violations of
 * every rule whose expected file:line:column is recorded in expected.json.
 *
 *   sparse: most files hold nothing Calico-related, as in real repositories
 *           (about 1% of 25,000 files: the clusters' own Calico files and the planted ones);
 *   tenth:  one file in ten is Calico-relevant (issue 23's 25k-file corpus): as
 *           sparse, and an application's Deployment carries a pool annotation
 *           whenever fewer than 10% of the files written so far hold Calico text;
 *   dense:  every workload carries a pool annotation.
 *
 * Usage: tsx bench/generate.ts --out DIR [--mode sparse|tenth|dense] [--files N] [--seed S]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

export type Mode = 'sparse' | 'tenth' | 'dense';
export const MODES: readonly Mode[] = ['sparse', 'tenth', 'dense'];

export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string | null;
}

export interface GenerateOptions {
  out: string;
  mode: Mode;
  files: number;
  seed: number;
}

export interface GeneratedRepo {
  files: number;
  bytes: number;
  expected: ExpectedFinding[];
}

/** A small deterministic PRNG (mulberry32), so every run generates the same repository. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['alpha', 'bravo', 'cargo', 'delta', 'ember', 'falcon', 'garnet', 'harbor', 'indigo', 'jasper', 'kernel',
  'lumen', 'mesa', 'nova', 'orbit', 'pixel', 'quartz', 'raven', 'sierra', 'tango', 'umber', 'vertex', 'willow', 'xenon',
  'yonder', 'zephyr'];

const CLUSTER_COUNT = 24;
const INFRA_NAMESPACES = ['gitlab-runners', 'ci-builds', 'logging'];

/** The position (1-based) where `needle` starts in `text`, plus `skip` characters. */
function positionOf(text: string, needle: string, skip = 0): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`generator bug: ${needle} not in template`);
  const at = index + skip;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/**
 * Text that makes a file Calico-relevant to calico-lint's gate (a subset of
 * the rules' relevantText, enough for what this generator writes): only used
 * to steer the tenth mode towards 10%; the bench counts what the real gate keeps.
 */
const CALICO_TEXT = /projectcalico\.org|IPPool|Installation|hostNetwork|calico-lint|selector\s*:\s*!/;

class RepoWriter {
  readonly files = new Map<string, string>();
  readonly expected: ExpectedFinding[] = [];
  /** Files written with Calico text (CALICO_TEXT). */
  relevant = 0;

  add(file: string, text: string): void {
    if (CALICO_TEXT.test(text) && !(this.files.has(file) && CALICO_TEXT.test(this.files.get(file)!))) this.relevant++;
    this.files.set(file, text);
  }

  expect(file: string, needle: string, ruleId: string | null, skip = 0): void {
    const text = this.files.get(file);
    if (text === undefined) throw new Error(`generator bug: ${file} not written`);
    this.expected.push({ file, ruleId, ...positionOf(text, needle, skip) });
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function deployment(name: string, namespace: string, random: () => number, annotation: string | undefined): string {
  const replicas = 1 + Math.floor(random() * 5);
  const env = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, i) =>
    `            - name: ${name.toUpperCase().replace(/-/g, '_')}_SETTING_${i}\n              value: "${pick(random, WORDS)}-${Math.floor(random() * 1000)}"`).join('\n');
  const annotations = annotation ? `      annotations:\n        ${annotation}\n` : '';
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/part-of: ${pick(random, WORDS)}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
${annotations}    spec:
      serviceAccountName: ${name}
      containers:
        - name: ${name}
          image: registry.example.com/${namespace}/${name}:1.${Math.floor(random() * 40)}.${Math.floor(random() * 10)}
          ports:
            - containerPort: ${8000 + Math.floor(random() * 1000)}
              name: http
          env:
${env}
          resources:
            requests: {cpu: ${50 + Math.floor(random() * 400)}m, memory: ${64 + Math.floor(random() * 512)}Mi}
            limits: {memory: ${256 + Math.floor(random() * 1024)}Mi}
          readinessProbe:
            httpGet: {path: /healthz, port: http}
            periodSeconds: 10
          livenessProbe:
            httpGet: {path: /livez, port: http}
            initialDelaySeconds: 15
`;
}

function service(name: string, namespace: string, random: () => number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: ${8000 + Math.floor(random() * 1000)}
`;
}

function configMap(name: string, namespace: string, random: () => number): string {
  const lines = 10 + Math.floor(random() * 90);
  const body = Array.from({ length: lines }, (_, i) =>
    `    ${pick(random, WORDS)}.${pick(random, WORDS)}.${i} = ${pick(random, WORDS)}-${Math.floor(random() * 100000)}`).join('\n');
  const script = random() < 0.3
    ? `  entrypoint.sh: |\n    #!/bin/sh\n    set -eu\n    if [ ! -f /data/ready ]; then echo "waiting" && sleep 5; fi\n    exec /app/${name} --config /etc/${name}/app.properties\n`
    : '';
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
  namespace: ${namespace}
data:
  app.properties: |
${body}
${script}`;
}

function cronJob(name: string, namespace: string, random: () => number, annotation: string | undefined): string {
  const annotations = annotation ? `          annotations:\n            ${annotation}\n` : '';
  return `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  schedule: "${Math.floor(random() * 60)} ${Math.floor(random() * 24)} * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {job: ${name}}
${annotations}        spec:
          restartPolicy: OnFailure
          containers:
            - name: ${name}
              image: registry.example.com/jobs/${name}:latest
              args: ["--run", "${pick(random, WORDS)}"]
`;
}

function daemonSet(name: string, namespace: string, hostNetwork: boolean, annotation: string | undefined): string {
  const annotations = annotation ? `      annotations:\n        ${annotation}\n` : '';
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    matchLabels: {k8s-app: ${name}}
  template:
    metadata:
      labels: {k8s-app: ${name}}
${annotations}    spec:
${hostNetwork ? '      hostNetwork: true\n' : ''}      tolerations:
        - operator: Exists
      containers:
        - name: ${name}
          image: registry.example.com/system/${name}:v1
`;
}

function namespaceDoc(name: string, annotation: string | undefined): string {
  const annotations = annotation ? `  annotations:\n    ${annotation}\n` : '';
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
    team: ${name.split('-')[0]}
${annotations}`;
}

function ippool(apiVersion: string, name: string, cidr: string, extra: string): string {
  return `apiVersion: ${apiVersion}
kind: IPPool
metadata:
  name: ${name}
spec:
  cidr: ${cidr}
${extra}`;
}

function installation(): string {
  return `apiVersion: operator.tigera.io/v1
kind: Installation
metadata:
  name: default
spec:
  calicoNetwork:
    bgp: Disabled
    ipPools:
      - name: tenant-ipv4
        cidr: 10.244.0.0/16
        blockSize: 26
        encapsulation: VXLANCrossSubnet
        natOutgoing: Disabled
        nodeSelector: all()
`;
}

const V4 = 'cni.projectcalico.org/ipv4pools';

/** The Calico foundation of one cluster: pools, calico-node, infra workloads. */
function writeClusterBase(repo: RepoWriter, cluster: string, index: number, random: () => number): void {
  const group = index % 2 === 0 ? 'crd.projectcalico.org/v1' : 'projectcalico.org/v3';
  if (index % 3 === 0) {
    repo.add(`${cluster}/calico/installation.yaml`, installation());
  } else {
    repo.add(`${cluster}/calico/tenant-pool.yaml`, ippool(group, 'tenant-ipv4', '10.244.0.0/16', '  blockSize: 26\n  vxlanMode: CrossSubnet\n  nodeSelector: all()\n'));
  }
  repo.add(`${cluster}/calico/infra-pools.yaml`,
    ippool(group, 'infra', '100.64.0.0/16', '  natOutgoing: true\n  nodeSelector: "!all()"\n') + '---\n' +
    ippool('projectcalico.org/v3', 'infra-v6', 'fd00:100:64::/64', '  blockSize: 122\n  natOutgoing: true\n  assignmentMode: Manual\n'));
  repo.add(`${cluster}/kube-system/calico-node.yaml`, daemonSet('calico-node', 'kube-system', true, undefined));
  for (const ns of INFRA_NAMESPACES) {
    repo.add(`${cluster}/${ns}/namespace.yaml`, namespaceDoc(ns, `${V4}: '["infra"]'`));
  }
  repo.add(`${cluster}/logging/fluent-bit.yaml`, daemonSet('fluent-bit', 'logging', false, `${V4}: '["infra"]'`));
  repo.add(`${cluster}/gitlab-runners/runner.yaml`,
    deployment('gitlab-runner', 'gitlab-runners', random, `${V4}: '["100.64.0.0/16"]'`));
  repo.add(`${cluster}/ci-builds/nightly.yaml`, cronJob('nightly', 'ci-builds', random, `${V4}: '["infra"]'`));
}

/**
 * One planted violation per rule (and a parse error), in files named zz-* so
 * they sort after the cluster's own pools. Each template stays clear of the
 * others: unique names and CIDRs, so every expected finding is exact.
 */
function writePlanted(repo: RepoWriter, cluster: string, n: number): void {
  const dir = `${cluster}/planted`;
  let file = `${dir}/zz-selector-tag.yaml`;
  repo.add(file, ippool('crd.projectcalico.org/v1', `planted-tag-${n}`, `100.80.${n}.0/24`, '  nodeSelector: !all()\n'));
  repo.expect(file, '!all()', 'selector-yaml-tag');

  file = `${dir}/zz-infra-selector.yaml`;
  repo.add(file, ippool('projectcalico.org/v3', 'infra-extra', `100.65.${n}.0/24`, '  natOutgoing: true\n  nodeSelector: all()\n'));
  repo.expect(file, 'all()', 'ippool-infra-node-selector');

  file = `${dir}/zz-invalid.yaml`;
  repo.add(file, ippool('projectcalico.org/v3', `planted-invalid-${n}`, `172.20.${n}.1/24`, '  nodeSelector: all()\n'));
  repo.expect(file, '172.20.', 'ippool-valid');

  file = `${dir}/zz-misplaced.yaml`;
  repo.add(file, `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: planted-flat-${n}\ncidr: 172.21.${n}.0/24\nspec:\n  nodeSelector: all()\n`);
  repo.expect(file, `planted-flat-${n}`, 'ippool-valid');
  repo.expect(file, 'cidr:', 'ippool-misplaced-field');

  file = `${dir}/zz-overlap.yaml`;
  repo.add(file, ippool('projectcalico.org/v3', `planted-overlap-${n}`, '10.244.200.0/24', '  nodeSelector: all()\n'));
  repo.expect(file, '10.244.200.0/24', 'ippool-cidr-overlap');

  file = `${dir}/zz-duplicate.yaml`;
  repo.add(file,
    ippool('projectcalico.org/v3', `planted-dup-${n}`, `172.22.${n}.0/24`, '  nodeSelector: all()\n') + '---\n' +
    ippool('projectcalico.org/v3', `planted-dup-${n}`, `172.23.${n}.0/24`, '  nodeSelector: all()\n'));
  const second = repo.files.get(file)!.lastIndexOf(`planted-dup-${n}`);
  const before = repo.files.get(file)!.slice(0, second);
  repo.expected.push({ file, ruleId: 'ippool-duplicate-name', line: before.split('\n').length, column: second - before.lastIndexOf('\n') });

  file = `${dir}/zz-host-network.yaml`;
  repo.add(file, daemonSet('node-agent', 'tenant-ops', true, undefined));
  repo.expect(file, 'hostNetwork', 'no-host-network');

  file = `${dir}/zz-annotation-namespace.yaml`;
  repo.add(file, deployment('sneaky', 'tenant-shop', prng(n), `${V4}: '["infra"]'`));
  repo.expect(file, `'["infra"]'`, 'pool-annotation-namespace');

  file = `${dir}/zz-annotation-valid.yaml`;
  repo.add(file, deployment('typo', 'tenant-shop', prng(n + 1), `${V4}: '["tennant-ipv4"]'`));
  repo.expect(file, `'["tennant-ipv4"]'`, 'pool-annotation-valid');

  file = `${dir}/zz-suppressions.yaml`;
  repo.add(file, `apiVersion: v1\nkind: Service\nmetadata:\n  name: quiet\n  namespace: tenant-shop\nspec:\n  # calico-lint-disable-next-line no-host-network\n  ports: [{port: 80}]\n  # calico-lint-disable-next-line no-host-network -- nothing to suppress here\n  selector: {app: quiet}\n`);
  repo.expect(file, '# calico-lint-disable-next-line no-host-network\n', 'invalid-suppression');
  repo.expect(file, '# calico-lint-disable-next-line no-host-network --', 'unused-suppression');

  file = `${dir}/zz-broken-pool.yaml`;
  repo.add(file, `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: broken-${n}\nspec:\n  cidr: [10.9.0.0/16\n  nodeSelector: all()\n`);
  repo.expect(file, '  nodeSelector', null, 2);
}

/** A tenant application: a file with a Deployment, its Service and usually a ConfigMap. */
function writeApp(repo: RepoWriter, cluster: string, random: () => number, mode: Mode, id: number): void {
  const namespace = `tenant-${pick(random, WORDS)}`;
  const name = `${pick(random, WORDS)}-${pick(random, WORDS)}-${id}`;
  const annotated = mode === 'dense' || (mode === 'tenth' && repo.relevant < repo.files.size / 10);
  const annotation = annotated ? `${V4}: '["tenant-ipv4"]'` : undefined;
  const docs = [deployment(name, namespace, random, annotation), service(name, namespace, random)];
  const roll = random();
  if (roll < 0.55) docs.push(configMap(name, namespace, random));
  if (roll > 0.9) docs.push(cronJob(`${name}-report`, namespace, random, annotation));
  if (random() < 0.35) {
    // Split into one file per document, as many repositories do.
    docs.forEach((doc, i) => repo.add(`${cluster}/apps/${namespace}/${name}/${['deployment', 'service', 'config', 'cron'][i]}.yaml`, doc));
  } else {
    repo.add(`${cluster}/apps/${namespace}/${name}.yaml`, docs.join('---\n'));
  }
}

/** The tree's configuration; `under`: the tree's folder, for a copy written beside the tree (cluster paths start from the file's folder). */
export function benchConfig(under = ''): string {
  const clusters = Array.from({ length: CLUSTER_COUNT }, (_, i) => `  - name: cluster-${String(i).padStart(2, '0')}\n    paths: ["${under}cluster-${String(i).padStart(2, '0')}/**"]`).join('\n');
  return `infraPools:
  - name: infra
    allowedNamespaces: [gitlab-runners, "ci-*", logging]
  - name: infra-v6
    allowedNamespaces: [logging]
  - name: infra-extra
    allowedNamespaces: [gitlab-runners]
hostNetwork:
  allow:
    - namespace: kube-system
      name: calico-node
reservedCidrs: [10.96.0.0/12]
intranetCidrs: [10.0.0.0/8]
clusters:
${clusters}
`;
}

export async function generate(options: GenerateOptions): Promise<GeneratedRepo> {
  const random = prng(options.seed);
  const repo = new RepoWriter();
  const clusters = Array.from({ length: CLUSTER_COUNT }, (_, i) => `cluster-${String(i).padStart(2, '0')}`);
  clusters.forEach((cluster, i) => writeClusterBase(repo, cluster, i, random));
  // Planted violations in a few clusters, spread through the repository.
  clusters.filter((_, i) => i % 8 === 3).forEach((cluster, n) => writePlanted(repo, cluster, n));
  let id = 0;
  while (repo.files.size < options.files) {
    writeApp(repo, clusters[id % clusters.length]!, random, options.mode, id);
    id++;
  }
  await rm(options.out, { recursive: true, force: true });
  let bytes = 0;
  const dirs = new Set([...repo.files.keys()].map((file) => path.dirname(path.join(options.out, file))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  const entries = [...repo.files];
  for (let i = 0; i < entries.length; i += 256) {
    await Promise.all(entries.slice(i, i + 256).map(([file, text]) => {
      bytes += Buffer.byteLength(text);
      return writeFile(path.join(options.out, file), text);
    }));
  }
  await writeFile(path.join(options.out, '.calico-lint.yaml'), benchConfig());
  const expected = repo.expected.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  await writeFile(path.join(options.out, '..', `${path.basename(options.out)}.expected.json`), JSON.stringify(expected, null, 2));
  return { files: repo.files.size, bytes, expected };
}

export interface StreamOptions {
  out: string;
  documents: number;
  /** Documents per file in the split copy. */
  perFile: number;
  seed: number;
}

/**
 * One stream of documents, as `kubectl get -A -o yaml` or `kubectl kustomize`
 * print them: Services, Deployments (annotated with a pool) and IPPools
 * mixed, written once as one file (`stream.yaml`) and once split into files of
 * `perFile` documents (`split/`), the same documents in the same order. No
 * finding is expected in either. Issue 23: the one stream must cost no more
 * than 1.2 × the split files.
 */
export async function generateStream(options: StreamOptions): Promise<{ bytes: number; files: number }> {
  const random = prng(options.seed);
  const documents: string[] = [];
  for (let i = 0; i < options.documents; i++) {
    const namespace = `${pick(random, WORDS)}-${i % 40}`;
    const name = `app-${i}`;
    if (i % 3 === 0) documents.push(service(name, namespace, random));
    // The pool of the next document (the first one for a last Deployment): every annotation names a pool that exists.
    else if (i % 3 === 1) documents.push(deployment(name, namespace, random, `cni.projectcalico.org/ipv4pools: '["tenant-${i + 1 < options.documents ? Math.floor(i / 3) : 0}"]'`));
    // Distinct /26 blocks of 10.0.0.0/8 (a pool per third document): no overlap.
    else documents.push(`apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: tenant-${Math.floor(i / 3)}\nspec:\n` +
      `  cidr: 10.${(Math.floor(i / 3) >> 10) & 255}.${(Math.floor(i / 3) >> 2) & 255}.${(Math.floor(i / 3) & 3) * 64}/26\n  blockSize: 26\n  natOutgoing: false\n`);
  }
  await rm(options.out, { recursive: true, force: true });
  await mkdir(path.join(options.out, 'split'), { recursive: true });
  await writeFile(path.join(options.out, '.calico-lint.yaml'), '{}\n');
  const text = documents.join('---\n');
  await writeFile(path.join(options.out, 'stream.yaml'), text);
  let files = 0;
  for (let i = 0; i < documents.length; i += options.perFile, files++) {
    await writeFile(path.join(options.out, 'split', `part-${String(files).padStart(4, '0')}.yaml`), documents.slice(i, i + options.perFile).join('---\n'));
  }
  return { bytes: Buffer.byteLength(text), files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      mode: { type: 'string', default: 'sparse' },
      files: { type: 'string', default: '25000' },
      seed: { type: 'string', default: '1' },
    },
  });
  const mode = MODES.find((known) => known === values.mode);
  if (!values.out || mode === undefined) {
    console.error('usage: tsx bench/generate.ts --out DIR [--mode sparse|tenth|dense] [--files N] [--seed S]');
    process.exit(2);
  }
  const result = await generate({ out: values.out, mode, files: Number(values.files), seed: Number(values.seed) });
  console.log(`${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.expected.length} planted findings → ${values.out}`);
}
