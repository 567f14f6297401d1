/**
 * Findings on rendered output land where the user writes the value (issue 22).
 * kustomize: the streams come from the installed `kubectl kustomize`, run here
 * on fixtures/rendered/kustomize (bases, an overlay with strategic merge,
 * JSON 6902 and inline patches, namePrefix and namespace, a component, a
 * ConfigMap generator), plus a hand-written object of a remote base. Helm:
 * a recorded `helm template` stream of fixtures/rendered/helm/calico-pools
 * (Helm is not installed; see fixtures/rendered/README.md).
 *
 * Each finding is checked at its file, line and column, and by the text
 * written there: where a value is written, the position must start on it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Finding } from '../src/engine/finding.js';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { attributeRendered } from '../src/rendered/attribute.js';
import { REPO_ROOT, runBin } from './helpers/cli.js';

const KUSTOMIZE = path.join(REPO_ROOT, 'fixtures/rendered/kustomize');
const HELM = path.join(REPO_ROOT, 'fixtures/rendered/helm');

interface Location { filePath: string; range: { line: number; column: number } }
interface Message {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  relatedLocations?: Array<Location & { message: string }>;
}
interface Result { filePath: string; messages: Message[]; suppressedMessages: Message[] }

function kustomize(folder: string, overlay: string): string {
  const run = spawnSync('kubectl', ['kustomize', overlay], { cwd: folder, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

function lint(args: string[], input: string, cwd: string): Result[] {
  const run = runBin([...args, '-f', 'json', '-'], { cwd, input });
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Result[];
}

/** `file:line:col rule` for every reported finding, file relative to `base`, sorted. */
function placed(results: Result[], base: string): string[] {
  return results
    .flatMap((result) => result.messages.map((m) => `${where(result.filePath, base)}:${m.line}:${m.column} ${m.ruleId}`))
    .sort();
}

function where(filePath: string, base: string): string {
  return path.isAbsolute(filePath) ? path.relative(base, filePath) : filePath;
}

/** The text written at a finding's position. */
function textAt(filePath: string, line: number, column: number, length: number): string {
  return readFileSync(filePath, 'utf8').split('\n')[line - 1]!.slice(column - 1, column - 1 + length);
}

/**
 * Every finding as [file:line:col rule, the text that must start there]. A
 * text of '' marks a fallback (not on the value itself); none is expected.
 */
type Expected = Array<[string, string]>;

function checkPlacements(results: Result[], base: string, expected: Expected): { exact: number; fallbacks: string[] } {
  assert.deepEqual(placed(results, base), expected.map(([at]) => at).sort());
  const fallbacks: string[] = [];
  let exact = 0;
  for (const [at, text] of expected) {
    const [file, line, column] = at.split(' ')[0]!.split(':');
    if (text === '') {
      fallbacks.push(at);
      continue;
    }
    assert.equal(textAt(path.join(base, file!), Number(line), Number(column), text.length), text, at);
    exact++;
  }
  return { exact, fallbacks };
}

/** Every finding of each fixture pipeline: [file:line:col rule, the text written there]. */
const PROD: Expected = [
  ['base/runner.yaml:16:42 pool-annotation-valid', `'["infra"]'`],
  ['base/runner.yaml:16:42 pool-annotation-namespace', `'["infra"]'`],
  ['components/infra-pool/infra-pool.yaml:8:14 ippool-valid', '33'],
  ['components/infra-pool/infra-pool.yaml:10:17 ippool-valid', '"!all()"'],
  ['overlays/prod/runner-host-network.yaml:8:7 no-host-network', 'hostNetwork'],
  ['overlays/prod/tenant-cidr.json6902.yaml:4:10 ippool-cidr-overlap', '100.64.0.0/16'],
  ['overlays/prod/kustomization.yaml:26:23 ippool-valid', 'Workload'],
];
const STAGING: Expected = [
  ['base/runner.yaml:16:42 pool-annotation-namespace', `'["infra"]'`],
  ['components/infra-pool/infra-pool.yaml:7:9 ippool-outside-pod-cidr', '100.64.0.0/24'],
  ['components/infra-pool/infra-pool.yaml:8:14 ippool-valid', '33'],
  ['overlays/staging/kustomization.yaml:16:146 cni-config-pools', '"missing-pool"'],
];
const HELM_PROD: Expected = [
  ['calico-pools/templates/ippools.yaml:17:13 ippool-valid', 'Alwayss'],
  ['calico-pools/templates/runner.yaml:21:7 no-host-network', 'hostNetwork'],
  ['calico-pools/values.yaml:6:17 ippool-infra-node-selector', 'all()'],
  ['calico-pools/values.yaml:12:38 pool-annotation-namespace', `'["infra"]'`],
  ['values-prod.yaml:3:9 ippool-cidr-overlap', '100.64.0.0/16'],
];

const REMOTE_STUB = readFileSync(path.join(KUSTOMIZE, 'remote-base-stub.yaml'), 'utf8');

describe('rendered output: kubectl kustomize', () => {
  it('on the fixtures, at least 95% of findings land on the value as written; the rest are listed; none stays on the stream but the remote base\'s', (t) => {
    const runs: Array<[Result[], string, Expected]> = [
      [lint(['--rendered-from', 'overlays/prod'], `${kustomize(KUSTOMIZE, 'overlays/prod')}---\n${REMOTE_STUB}`, KUSTOMIZE), KUSTOMIZE, PROD],
      [lint(['--rendered-from', 'overlays/staging'], kustomize(KUSTOMIZE, 'overlays/staging'), KUSTOMIZE), KUSTOMIZE, STAGING],
      [lint(['--rendered-from', 'calico-pools', '--helm-values', 'values-prod.yaml'], readFileSync(path.join(HELM, 'rendered-prod.yaml'), 'utf8'), HELM), HELM, HELM_PROD],
    ];
    let exact = 0;
    let total = 0;
    const fallbacks: string[] = [];
    for (const [results, base, expected] of runs) {
      const placedResults = results.filter((result) => result.filePath !== '<stdin>');
      const tally = checkPlacements(placedResults, base, expected);
      exact += tally.exact;
      total += expected.length;
      fallbacks.push(...tally.fallbacks);
    }
    t.diagnostic(`${exact} of ${total} findings on the value as written; fallbacks: ${fallbacks.length === 0 ? 'none' : fallbacks.join(', ')}`);
    assert.ok(exact / total >= 0.95, `${exact} of ${total}`);
    assert.deepEqual(fallbacks, []);
  });

  it('the prod overlay: origin file, strategic merge, JSON 6902 and inline patches, component; a remote base stays on the rendered line', () => {
    const stream = `${kustomize(KUSTOMIZE, 'overlays/prod')}---\n${REMOTE_STUB}`;
    const results = lint(['--rendered-from', 'overlays/prod'], stream, KUSTOMIZE);
    const { exact, fallbacks } = checkPlacements(results.filter((result) => result.filePath !== '<stdin>'), KUSTOMIZE, PROD);
    assert.deepEqual(fallbacks, [], 'no finding falls back to the object line');
    assert.equal(exact, 7);
    // The remote base: no file to map to; the finding says so and keeps the rendered position.
    const onStdin = results.find((result) => result.filePath === '<stdin>')!.messages;
    assert.deepEqual(onStdin.map((m) => m.ruleId), ['ippool-valid']);
    assert.match(onStdin[0]!.message, /\(rendered from "https:\/\/github\.com\/example\/calico-pools" at "v1\.4\.0", "pools\/shared\.yaml": a remote base, not read, so the finding stays on the rendered line\)$/);
    const rendered = stream.split('\n');
    assert.match(rendered[onStdin[0]!.line - 1]!, /^ {2}ipipMode: Sometimes$/);
  });

  it('the staging overlay: a ConfigMap generator literal to the column inside its JSON, a generated file to its own line', () => {
    const results = lint(['--rendered-from', 'overlays/staging'], kustomize(KUSTOMIZE, 'overlays/staging'), KUSTOMIZE);
    const { fallbacks } = checkPlacements(results, KUSTOMIZE, STAGING);
    assert.deepEqual(fallbacks, []);
    // The pod CIDR, read from kubeadm's ConfigMap that a generator made of a file: that file's line.
    const outside = results.flatMap((result) => result.messages).find((m) => m.ruleId === 'ippool-outside-pod-cidr')!;
    assert.match(outside.message, /`networking\.podSubnet` at overlays\/staging\/kubeadm\/cluster-configuration\.yaml:5:14\)/);
    assert.deepEqual(outside.relatedLocations!.map((r) => `${where(r.filePath, KUSTOMIZE)}:${r.range.line}:${r.range.column}`), [
      'overlays/staging/kubeadm/cluster-configuration.yaml:5:14',
      '<stdin>:69:9',
    ]);
    assert.equal(textAt(path.join(KUSTOMIZE, 'overlays/staging/kubeadm/cluster-configuration.yaml'), 5, 14, 13), '10.244.0.0/16');
    const namespace = results.flatMap((result) => result.messages).find((m) => m.ruleId === 'pool-annotation-namespace')!;
    assert.deepEqual(namespace.relatedLocations!.map((r) => [where(r.filePath, KUSTOMIZE), r.range.line, r.range.column, r.message]), [
      ['overlays/staging/kustomization.yaml', 4, 12, 'kustomize puts the object in namespace "tenants" here'],
      ['<stdin>', 51, 42, 'rendered here'],
    ]);
  });

  it('keeps the rendered position as a related location, and moves related locations and the places named in messages too', () => {
    const results = lint(['--rendered-from', 'overlays/prod'], kustomize(KUSTOMIZE, 'overlays/prod'), KUSTOMIZE);
    const overlap = results.flatMap((result) => result.messages).find((m) => m.ruleId === 'ippool-cidr-overlap')!;
    assert.match(overlap.message, / at components\/infra-pool\/infra-pool\.yaml:7:9\. /);
    assert.deepEqual(overlap.relatedLocations!.map((r) => [where(r.filePath, KUSTOMIZE), r.range.line, r.range.column, r.message]), [
      ['components/infra-pool/infra-pool.yaml', 7, 9, 'IPPool "prod-infra" (100.64.0.0/24) is defined here'],
      ['<stdin>', 53, 9, 'rendered here'],
    ]);
    assert.ok(!results.flatMap((result) => result.messages).some((m) => /<stdin>/.test(m.message)));
  });

  it('a kustomization beside --stdin-filename names the root; without a root the findings stay on the stream', () => {
    const stream = kustomize(KUSTOMIZE, 'overlays/prod');
    const beside = lint(['--stdin-filename', 'overlays/prod/rendered.yaml'], stream, KUSTOMIZE);
    assert.ok(placed(beside, KUSTOMIZE).includes('overlays/prod/runner-host-network.yaml:8:7 no-host-network'));
    const plain = lint([], stream, KUSTOMIZE);
    assert.ok(placed(plain, KUSTOMIZE).every((entry) => entry.startsWith('<stdin>:')));
  });

  it('the origin annotations are not needed in the sources and trigger no rule: the sources alone give the same rules', () => {
    const run = runBin(['-f', 'json', 'base', 'components', 'overlays'], { cwd: KUSTOMIZE });
    const sources = (JSON.parse(run.stdout) as Result[]).flatMap((result) => result.messages.map((m) => m.ruleId));
    assert.ok(!readFileSync(path.join(KUSTOMIZE, 'base/runner.yaml'), 'utf8').includes('config.kubernetes.io/origin'));
    assert.ok(sources.includes('ippool-valid'));
    const rendered = lint(['--rendered-from', 'overlays/prod'], kustomize(KUSTOMIZE, 'overlays/prod'), KUSTOMIZE);
    for (const m of rendered.flatMap((result) => result.messages)) assert.doesNotMatch(m.message, /config\.kubernetes\.io/);
  });
});

describe('rendered output: values set by kustomize transformers', () => {
  /** A finding of a made-up rule at `rendered` (a path of the rendered object named `name`), placed. */
  function placeAt(overlay: string, kind: string, name: string, renderedPath: string[], part: 'key' | 'value' = 'value'): string {
    const stream = kustomize(KUSTOMIZE, overlay);
    const doc = parseManifest('<stdin>', stream).documents.find((candidate) =>
      (candidate.value as { kind: string }).kind === kind && (candidate.value as { metadata: { name: string } }).metadata.name === name)!;
    const range = doc.locate(renderedPath, part);
    const finding: Finding = { ruleId: 'made-up', severity: 2, message: 'm', filePath: '<stdin>', range };
    const { findings } = attributeRendered([finding], { filePath: '<stdin>', text: stream }, {
      root: path.join(KUSTOMIZE, overlay),
      boundary: KUSTOMIZE,
      helmValues: [],
      cwd: KUSTOMIZE,
    });
    const [placed] = findings;
    return `${where(placed!.filePath, KUSTOMIZE)}:${placed!.range.line}:${placed!.range.column}`;
  }

  it('metadata.namespace: the kustomization\'s namespace: line; metadata.name: its namePrefix line', () => {
    assert.equal(placeAt('overlays/prod', 'Deployment', 'prod-gitlab-runner', ['metadata', 'namespace']), 'overlays/prod/kustomization.yaml:3:12');
    assert.equal(placeAt('overlays/prod', 'IPPool', 'prod-tenant', ['metadata', 'name']), 'overlays/prod/kustomization.yaml:4:13');
    assert.equal(placeAt('overlays/staging', 'ConfigMap', 'calico-config', ['metadata', 'namespace']), 'overlays/staging/kustomization.yaml:4:12');
  });

  it('a generated object: the value part of its literal, else its generator\'s name; an unmatched path: the object\'s first line in its origin file', () => {
    assert.equal(placeAt('overlays/staging', 'ConfigMap', 'calico-config', ['data', 'calico_backend']), 'overlays/staging/kustomization.yaml:15:24');
    assert.equal(placeAt('overlays/staging', 'ConfigMap', 'calico-config', ['metadata', 'name']), 'overlays/staging/kustomization.yaml:13:11');
    assert.equal(placeAt('overlays/prod', 'Deployment', 'prod-gitlab-runner', ['spec', 'template', 'spec'], 'key'), 'base/runner.yaml:1:1');
  });
});

describe('rendered output: older kustomization fields', () => {
  it('patchesStrategicMerge, patchesJson6902 (JSON), commonLabels, replicas, images; containers matched by name after kustomize reorders them', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-legacy-'));
    const files: Record<string, string> = {
      'base/kustomization.yaml': 'resources: [app.yaml]\n',
      'base/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: app\n' +
        '  template:\n    metadata:\n      labels:\n        app: app\n    spec:\n      containers:\n        - name: main\n          image: nginx:1.25\n' +
        '        - name: side\n          image: busybox:1.36\n',
      'ov/kustomization.yaml': 'buildMetadata: [originAnnotations]\nresources: [../base]\ncommonLabels:\n  team: infra\nreplicas:\n  - name: app\n    count: 3\n' +
        'images:\n  - name: busybox\n    newTag: "1.37"\npatchesStrategicMerge:\n  - sidecar.yaml\npatchesJson6902:\n' +
        '  - target: {group: apps, version: v1, kind: Deployment, name: app}\n    path: ops.json\n',
      'ov/sidecar.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n' +
        '        - name: side\n          args: ["--verbose"]\n',
      'ov/ops.json': '[\n  {"op": "add", "path": "/spec/template/spec/hostNetwork", "value": true}\n]\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    const stream = kustomize(root, 'ov');
    const doc = parseManifest('<stdin>', stream).documents[0]!;
    const containers = (doc.value as { spec: { template: { spec: { containers: Array<{ name: string }> } } } }).spec.template.spec.containers;
    assert.deepEqual(containers.map((container) => container.name), ['side', 'main'], 'kustomize puts the patched container first');
    const cases: Array<[(string | number)[], string, string]> = [
      [['spec', 'replicas'], 'ov/kustomization.yaml:7:12', '3'],
      [['metadata', 'labels', 'team'], 'ov/kustomization.yaml:4:9', 'infra'],
      [['spec', 'selector', 'matchLabels', 'team'], 'ov/kustomization.yaml:4:9', 'infra'],
      [['spec', 'template', 'spec', 'containers', 0, 'image'], 'ov/kustomization.yaml:10:13', '"1.37"'],
      [['spec', 'template', 'spec', 'containers', 0, 'args', 0], 'ov/sidecar.yaml:10:18', '"--verbose"'],
      [['spec', 'template', 'spec', 'containers', 1, 'image'], 'base/app.yaml:17:18', 'nginx:1.25'],
      [['spec', 'template', 'spec', 'hostNetwork'], 'ov/ops.json:2:69', 'true'],
    ];
    for (const [renderedPath, expected, text] of cases) {
      const finding: Finding = { ruleId: 'made-up', severity: 2, message: 'm', filePath: '<stdin>', range: doc.locate(renderedPath) };
      const [placed] = attributeRendered([finding], { filePath: '<stdin>', text: stream }, { root: path.join(root, 'ov'), boundary: root, helmValues: [], cwd: root }).findings;
      assert.equal(`${where(placed!.filePath, root)}:${placed!.range.line}:${placed!.range.column}`, expected, renderedPath.join('.'));
      assert.equal(textAt(placed!.filePath, placed!.range.line, placed!.range.column, text.length), text, renderedPath.join('.'));
    }
  });
});

describe('rendered output: replacements', () => {
  it('a value copied by replacements: lands where the source object writes it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-replacements-'));
    const files: Record<string, string> = {
      'base/kustomization.yaml': 'resources: [network.yaml, pool.yaml]\n',
      'base/network.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: network\ndata:\n  infraCidr: 100.64.0.0/33\n',
      'base/pool.yaml': 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: infra\nspec:\n  cidr: set-by-replacement\n',
      'ov/kustomization.yaml': 'buildMetadata: [originAnnotations]\nresources: [../base]\nreplacements:\n' +
        '  - source: {kind: ConfigMap, name: network, fieldPath: data.infraCidr}\n' +
        '    targets:\n      - select: {kind: IPPool, name: infra}\n        fieldPaths: [spec.cidr]\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    const stream = kustomize(root, 'ov');
    assert.match(stream, /cidr: 100\.64\.0\.0\/33/);
    const results = lint(['--rendered-from', 'ov'], stream, root);
    assert.deepEqual(placed(results, root), ['base/network.yaml:6:14 ippool-valid']);
    assert.equal(textAt(path.join(root, 'base/network.yaml'), 6, 14, 13), '100.64.0.0/33');
  });
});

describe('rendered output: helm template (recorded)', () => {
  it('literal keys land on the template line, values on the values file line (a -f file first), the template line related', () => {
    const stream = readFileSync(path.join(HELM, 'rendered-prod.yaml'), 'utf8');
    const results = lint(['--rendered-from', 'calico-pools', '--helm-values', 'values-prod.yaml'], stream, HELM);
    const { fallbacks } = checkPlacements(results, HELM, HELM_PROD);
    assert.deepEqual(fallbacks, []);
    const messages = results.flatMap((result) => result.messages);
    const selector = messages.find((m) => m.ruleId === 'ippool-infra-node-selector')!;
    assert.deepEqual(selector.relatedLocations!.map((r) => [where(r.filePath, HELM), r.range.line, r.range.column, r.message]), [
      ['calico-pools/templates/ippools.yaml', 9, 3, 'the template takes the value from .Values.infraPool.nodeSelector'],
      ['<stdin>', 34, 17, 'rendered here'],
    ]);
    const annotation = messages.find((m) => m.ruleId === 'pool-annotation-namespace')!;
    assert.equal(annotation.relatedLocations![0]!.message, 'the template takes the value from .Values.runner.podAnnotations');
    const overlap = messages.find((m) => m.ruleId === 'ippool-cidr-overlap')!;
    assert.match(overlap.message, / at calico-pools\/values\.yaml:3:9\. /);
  });

  it('--rendered-from may name the folder that holds the chart', () => {
    const stream = readFileSync(path.join(HELM, 'rendered-prod.yaml'), 'utf8');
    const results = lint(['--rendered-from', '.', '--helm-values', 'values-prod.yaml'], stream, HELM);
    assert.deepEqual(placed(results, HELM), HELM_PROD.map(([at]) => at).sort());
  });

  it('without the -f file, a value it overrides lands on the chart values (what the user named is what is searched)', () => {
    const stream = readFileSync(path.join(HELM, 'rendered-prod.yaml'), 'utf8');
    const results = lint(['--rendered-from', 'calico-pools'], stream, HELM);
    assert.ok(placed(results, HELM).includes('calico-pools/templates/ippools.yaml:16:9 ippool-cidr-overlap'));
  });

  it('a subchart: its template, then the parent\'s values under its name, then its own values; a default written in the template', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-subchart-'));
    const files: Record<string, string> = {
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
      'app/values.yaml': 'pools:\n  tenant:\n    blockSize: 33\n',
      'app/charts/pools/Chart.yaml': 'apiVersion: v2\nname: pools\nversion: 1.0.0\n',
      'app/charts/pools/values.yaml': 'tenant:\n  blockSize: 26\n  ipipMode: Sometimes\n',
      'app/charts/pools/templates/pool.yaml': [
        'apiVersion: crd.projectcalico.org/v1',
        'kind: IPPool',
        'metadata:',
        '  name: tenant',
        'spec:',
        '  cidr: 10.244.0.0/16',
        '  vxlanMode: {{ .Values.tenant.vxlanMode | default "Alwayz" }}',
        '  blockSize: {{ .Values.tenant.blockSize }}',
        '  ipipMode: {{ .Values.tenant.ipipMode }}',
        '',
      ].join('\n'),
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    const stream = [
      '---',
      '# Source: app/charts/pools/templates/pool.yaml',
      'apiVersion: crd.projectcalico.org/v1',
      'kind: IPPool',
      'metadata:',
      '  name: tenant',
      'spec:',
      '  cidr: 10.244.0.0/16',
      '  vxlanMode: Alwayz',
      '  blockSize: 33',
      '  ipipMode: Sometimes',
      '',
    ].join('\n');
    const results = lint(['--rendered-from', 'app'], stream, root);
    checkPlacements(results, root, [
      ['app/charts/pools/templates/pool.yaml:7:53 ippool-valid', 'Alwayz'],
      ['app/values.yaml:3:16 ippool-valid', '33'],
      ['app/charts/pools/values.yaml:3:13 ippool-valid', 'Sometimes'],
    ]);
  });

  it('two lines writing the same key (list items): the one that writes the rendered value, else the one taking it from values', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-items-'));
    mkdirSync(path.join(root, 'c/templates'), { recursive: true });
    writeFileSync(path.join(root, 'c/values.yaml'), 'image: nginx:2\n');
    writeFileSync(path.join(root, 'c/templates/pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: busybox:1\n    - name: b\n      image: {{ .Values.image }}\n');
    const stream = '---\n# Source: c/templates/pod.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: busybox:1\n    - name: b\n      image: nginx:2\n';
    const doc = parseManifest('<stdin>', stream).documents[0]!;
    const at = (item: number): string => {
      const finding: Finding = { ruleId: 'made-up', severity: 2, message: 'm', filePath: '<stdin>', range: doc.locate(['spec', 'containers', item, 'image']) };
      const [placed] = attributeRendered([finding], { filePath: '<stdin>', text: stream }, { root: path.join(root, 'c'), boundary: root, helmValues: [], cwd: root }).findings;
      return `${where(placed!.filePath, root)}:${placed!.range.line}:${placed!.range.column}`;
    };
    assert.equal(at(0), 'c/templates/pod.yaml:8:14');
    assert.equal(at(1), 'c/values.yaml:1:8');
  });

  it('the recorded stream is the chart rendered with values.yaml and values-prod.yaml', () => {
    // Each `# Source:` names a template of the chart, and each document's literal lines are the template's.
    const stream = readFileSync(path.join(HELM, 'rendered-prod.yaml'), 'utf8');
    const sources = [...stream.matchAll(/^# Source: (.*)$/gm)].map((match) => match[1]);
    assert.deepEqual(sources, ['calico-pools/templates/runner.yaml', 'calico-pools/templates/ippools.yaml', 'calico-pools/templates/ippools.yaml']);
    for (const source of new Set(sources)) {
      const template = readFileSync(path.join(HELM, source!), 'utf8');
      for (const line of template.split('\n')) {
        if (line.includes('{{') || line.trim() === '' || line === '---') continue;
        assert.ok(stream.includes(`${line}\n`), `${source}: ${line}`);
      }
    }
  });
});

describe('rendered output: suppressions, formats, safety', () => {
  it('a directive in the source file suppresses the finding, and is never unused for another rendering', async () => {
    const root = await copyFixture();
    const runner = path.join(root, 'base/runner.yaml');
    writeFileSync(runner, readFileSync(runner, 'utf8').replace(
      '        # The pool is renamed',
      '        # calico-lint-disable-next-line pool-annotation-valid -- prod renames the pool, see CHG-42\n        # The pool is renamed',
    ));
    const prod = lint(['--rendered-from', 'overlays/prod'], kustomize(root, 'overlays/prod'), root);
    const suppressed = prod.flatMap((result) => result.suppressedMessages.map((m) => `${where(result.filePath, root)}:${m.line} ${m.ruleId}`));
    assert.deepEqual(suppressed, ['base/runner.yaml:17 pool-annotation-valid']);
    const staging = lint(['--rendered-from', 'overlays/staging'], kustomize(root, 'overlays/staging'), root);
    assert.ok(!staging.flatMap((result) => result.messages).some((m) => m.ruleId === 'unused-suppression'));
  });

  it('an annotation directive written in the source is carried by kustomize and suppresses the moved finding', async () => {
    const root = await copyFixture();
    const patch = path.join(root, 'overlays/prod/runner-host-network.yaml');
    writeFileSync(patch, readFileSync(patch, 'utf8').replace(
      'spec:\n  template:\n',
      'spec:\n  template:\n    metadata:\n      annotations:\n        calico-lint/disable: "no-host-network -- needs the node\'s docker socket"\n',
    ));
    const results = lint(['--rendered-from', 'overlays/prod'], kustomize(root, 'overlays/prod'), root);
    assert.ok(!results.flatMap((result) => result.messages).some((m) => m.ruleId === 'no-host-network'));
    assert.ok(results.flatMap((result) => result.suppressedMessages).some((m) => m.ruleId === 'no-host-network'));
  });

  it('Helm: a directive in values.yaml or in the template (which Helm copies into the stream) suppresses', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-helm-'));
    cpSync(HELM, root, { recursive: true });
    const values = path.join(root, 'calico-pools/values.yaml');
    writeFileSync(values, readFileSync(values, 'utf8').replace(
      '  nodeSelector: all()',
      '  # calico-lint-disable-next-line ippool-infra-node-selector -- drained next week, CHG-7\n  nodeSelector: all()',
    ));
    const stream = readFileSync(path.join(root, 'rendered-prod.yaml'), 'utf8').replace(
      '      hostNetwork: true',
      '      # calico-lint-disable-next-line no-host-network -- the runner builds images with the node\'s daemon\n      hostNetwork: true',
    );
    const results = lint(['--rendered-from', 'calico-pools', '--helm-values', 'values-prod.yaml'], stream, root);
    const suppressed = results.flatMap((result) => result.suppressedMessages.map((m) => `${where(result.filePath, root)}:${m.line} ${m.ruleId}`)).sort();
    assert.deepEqual(suppressed, ['calico-pools/templates/runner.yaml:21 no-host-network', 'calico-pools/values.yaml:7 ippool-infra-node-selector']);
    assert.ok(!results.flatMap((result) => result.messages).some((m) => m.ruleId === 'unused-suppression'));
  });

  it('an unused annotation directive that kustomize carried is reported where it is written', async () => {
    const root = await copyFixture();
    const pools = path.join(root, 'base/ippools.yaml');
    writeFileSync(pools, readFileSync(pools, 'utf8').replace(
      '  name: tenant\n',
      '  name: tenant\n  annotations:\n    calico-lint/disable: "ippool-valid -- migrating, CHG-9"\n',
    ));
    const results = lint(['--rendered-from', 'overlays/prod'], kustomize(root, 'overlays/prod'), root);
    const unused = results.flatMap((result) => result.messages.filter((m) => m.ruleId === 'unused-suppression').map((m) => `${where(result.filePath, root)}:${m.line}:${m.column}`));
    assert.deepEqual(unused, ['base/ippools.yaml:7:26']);
    assert.equal(textAt(pools, 7, 26, 16), '"ippool-valid --');
  });

  it('every format carries the source location; SARIF also the rendered one', () => {
    const stream = kustomize(KUSTOMIZE, 'overlays/prod');
    const args = ['--rendered-from', 'overlays/prod', '-'];
    const sarif = JSON.parse(runBin([...args, '-f', 'sarif'], { cwd: KUSTOMIZE, input: stream }).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    };
    const hostNetwork = sarif.runs[0]!.results.find((result) => result.ruleId === 'no-host-network')!;
    assert.match(hostNetwork.locations[0]!.physicalLocation.artifactLocation.uri, /overlays\/prod\/runner-host-network\.yaml$/);
    assert.ok(hostNetwork.relatedLocations!.some((related) => related.physicalLocation.artifactLocation.uri.includes('stdin') && related.physicalLocation.region.startLine === 24));
    const github = runBin([...args, '-f', 'github'], { cwd: KUSTOMIZE, input: stream }).stdout;
    assert.match(github, /::error file=[^,]*overlays\/prod\/runner-host-network\.yaml,line=8,col=7,/);
    const gitlab = JSON.parse(runBin([...args, '-f', 'gitlab'], { cwd: KUSTOMIZE, input: stream }).stdout) as Array<{ location: { path: string; lines: { begin: number } } }>;
    assert.ok(gitlab.some((issue) => issue.location.path.endsWith('overlays/prod/runner-host-network.yaml') && issue.location.lines.begin === 8));
    assert.ok(gitlab.every((issue) => !issue.location.path.includes('stdin')));
    const junit = runBin([...args, '-f', 'junit'], { cwd: KUSTOMIZE, input: stream }).stdout;
    assert.match(junit, /runner-host-network\.yaml/);
    const pretty = runBin([...args, '--no-color'], { cwd: KUSTOMIZE, input: stream }).stdout;
    assert.match(pretty, /overlays\/prod\/runner-host-network\.yaml/);
    assert.doesNotMatch(pretty, /<stdin>/);
    const html = runBin([...args, '-f', 'html'], { cwd: KUSTOMIZE, input: stream }).stdout;
    assert.match(html, /overlays\/prod\/runner-host-network\.yaml:8/);
  });

  it('origin paths are untrusted: nothing outside the tree is read, through `..` or a link', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'calico-lint-outside-'));
    writeFileSync(path.join(outside, 'pool.yaml'), 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: 10.1.0.0/16\n  blockSize: 33\n');
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-tree-'));
    mkdirSync(path.join(root, 'overlay'));
    writeFileSync(path.join(root, 'overlay/kustomization.yaml'), 'resources: [link.yaml]\n');
    symlinkSync(path.join(outside, 'pool.yaml'), path.join(root, 'overlay/link.yaml'));
    const escape = path.relative(path.join(root, 'overlay'), path.join(outside, 'pool.yaml'));
    for (const origin of [escape, 'link.yaml']) {
      const stream = `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  annotations:\n    config.kubernetes.io/origin: |\n      path: ${origin}\n  name: p\nspec:\n  blockSize: 33\n  cidr: 10.1.0.0/16\n`;
      const results = lint(['--rendered-from', 'overlay'], stream, root);
      assert.deepEqual(placed(results, root), ['<stdin>:9:14 ippool-valid'], origin);
    }
  });

  it('refuses --rendered-from without standard input, a missing folder, and --helm-values alone', () => {
    assert.match(runBin(['--rendered-from', '.', 'x.yaml'], { cwd: KUSTOMIZE }).stderr, /--rendered-from needs - among the paths/);
    assert.match(runBin(['--rendered-from', 'nowhere', '-'], { cwd: KUSTOMIZE }).stderr, /--rendered-from "nowhere": not a folder/);
    assert.match(runBin(['--helm-values', 'values-prod.yaml', '-'], { cwd: HELM }).stderr, /--helm-values needs --rendered-from/);
  });
});

describe('rendered output: the README', () => {
  /** The lines after a `$ <command>` line of the README, up to the closing fence. */
  function readmeOutput(command: string): string {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(`$ ${command}\n`);
    assert.ok(start >= 0, command);
    const from = start + command.length + 3;
    return readme.slice(from, readme.indexOf('```', from));
  }

  function prettyOutput(args: string[], input: string, cwd: string): string {
    const run = runBin([...args, '-'], { cwd, input });
    return run.stdout.split(`${cwd}/`).join('');
  }

  it('shows the two pipelines with their real output (paths shortened)', () => {
    assert.equal(
      readmeOutput('kubectl kustomize overlays/prod | calico-lint --rendered-from overlays/prod -'),
      prettyOutput(['--rendered-from', 'overlays/prod'], kustomize(KUSTOMIZE, 'overlays/prod'), KUSTOMIZE),
    );
    assert.equal(
      readmeOutput('helm template ./calico-pools -f values-prod.yaml | calico-lint --rendered-from calico-pools --helm-values values-prod.yaml -'),
      prettyOutput(['--rendered-from', 'calico-pools', '--helm-values', 'values-prod.yaml'], readFileSync(path.join(HELM, 'rendered-prod.yaml'), 'utf8'), HELM),
    );
  });
});

async function copyFixture(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-rendered-'));
  cpSync(KUSTOMIZE, root, { recursive: true });
  return root;
}
