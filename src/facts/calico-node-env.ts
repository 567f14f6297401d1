/**
 * What calico-node checks in its pool variables at every start, before it
 * lists the pools (calico node/pkg/lifecycle/startup/startup.go, configureIPPools,
 * lines 905-1035 on master 87c1590, 903-1033 in v3.32.1; validateBlockSize
 * 809-826, validateNodeSelector 829-835, parseBlockSizeEnvironment 799-806 on
 * master, two lines earlier in v3.32.1). A value that fails one of these
 * makes calico-node exit (utils.Terminate), on every node and every restart:
 * the DaemonSet crash-loops whether or not pools exist. The IPIP/VXLAN modes
 * are parsed only when the default pool is created (createIPPool), so they are
 * not checked here.
 */
import { calicoAtLeast } from '../config/calico-version.js';
import { parseCalicoCidr } from '../net/calico-cidr.js';
import { parseSelector } from '../selector/index.js';
import { isPlainObject, type PodTemplate } from '../resources/resource.js';
import { isPlaceholder } from '../resources/placeholder.js';
import { inPodSpecs, type FieldReads } from '../resources/field-reads.js';
import type { Path } from '../parse/source.js';
import { quote } from '../text.js';

export interface EnvProblem {
  /** The variable whose value calico-node refuses. */
  variable: string;
  /** Path (relative to the resource) of its `value`. */
  path: Path;
  /** Why calico-node exits, without the common tail. */
  reason: string;
}

interface EnvValue {
  value: string;
  path: Path;
}

/** Variables a pod sets with a literal value; the last entry of a name wins, as in the kubelet. */
function literalEnv(env: unknown, containerPath: Path): Map<string, EnvValue | 'unknown'> {
  const values = new Map<string, EnvValue | 'unknown'>();
  if (!Array.isArray(env)) return values;
  env.forEach((entry, j) => {
    if (!isPlainObject(entry) || typeof entry.name !== 'string') return;
    // valueFrom, a $(VAR) reference the kubelet expands, a ${VAR} that Flux, envsubst or clusterctl fills in, or a
    // `{{ … }}` action a template renders (src/resources/placeholder.ts): the value is not in the manifest.
    if (entry.value === undefined && entry.valueFrom === undefined) values.set(entry.name, { value: '', path: [...containerPath, 'env', j] });
    else if (typeof entry.value === 'string' && !entry.value.includes('$(') && !isPlaceholder(entry.value)) values.set(entry.name, { value: entry.value, path: [...containerPath, 'env', j, 'value'] });
    else values.set(entry.name, 'unknown');
  });
  return values;
}

/** What calicoNodeEnvProblems reads inside the bulk slimming drops (src/resources/field-reads.ts): calico-node's name and env. */
export const CALICO_NODE_ENV_READS: readonly FieldReads[] = inPodSpecs({
  paths: ['name', 'env'].map((field) => ['containers', { where: ['name'], matches: /^calico-node$/ }, field]),
});

/** The problems calico-node would exit on, for the container named `calico-node` of a pod template. */
export function calicoNodeEnvProblems(template: PodTemplate, calicoVersion: string): EnvProblem[] {
  const containers = template.spec.containers;
  if (!Array.isArray(containers)) return [];
  const problems: EnvProblem[] = [];
  containers.forEach((container: unknown, c) => {
    if (!isPlainObject(container) || container.name !== 'calico-node') return;
    problems.push(...checkEnv(literalEnv(container.env, [...template.path, 'spec', 'containers', c]), calicoVersion));
  });
  return problems;
}

function checkEnv(env: Map<string, EnvValue | 'unknown'>, calicoVersion: string): EnvProblem[] {
  const known = (name: string): EnvValue | undefined => {
    const found = env.get(name);
    return found === 'unknown' ? undefined : found;
  };
  const problems: EnvProblem[] = [];
  const noDefaultPools = known('NO_DEFAULT_POOLS');
  if (noDefaultPools !== undefined && noDefaultPools.value.toLowerCase() === 'true') {
    // startup.go:910-918: both at once is refused; without a CIDR nothing else is read.
    for (const variable of ['CALICO_IPV4POOL_CIDR', 'CALICO_IPV6POOL_CIDR']) {
      const cidr = known(variable);
      if (cidr === undefined || cidr.value === '') continue;
      problems.push({
        variable,
        path: cidr.path,
        reason: `${variable} is set while NO_DEFAULT_POOLS is ${quote(noDefaultPools.value, 10)}: calico-node refuses the combination ` +
          '("Invalid configuration with NO_DEFAULT_POOLS defined and CALICO_IPV4POOL_CIDR or CALICO_IPV6POOL_CIDR defined")',
      });
    }
    return problems;
  }
  for (const family of [4, 6] as const) {
    const prefix = `CALICO_IPV${family}POOL_`;
    const cidr = known(`${prefix}CIDR`);
    // "none" skips the family from v3.29 (startup.go:925-935); before, it was parsed as a CIDR and refused.
    if (cidr?.value === 'none' && calicoAtLeast(calicoVersion, '3.29')) continue;
    const blockSize = known(`${prefix}BLOCK_SIZE`);
    if (blockSize !== undefined && blockSize.value !== '') {
      const reason = blockSizeProblem(blockSize.value, family);
      if (reason !== undefined) problems.push({ variable: `${prefix}BLOCK_SIZE`, path: blockSize.path, reason: `${prefix}BLOCK_SIZE ${reason}` });
    }
    const selector = known(`${prefix}NODE_SELECTOR`);
    if (selector !== undefined) {
      const parsed = parseSelector(selector.value);
      if (!parsed.ok && parsed.error.limit !== true) {
        problems.push({
          variable: `${prefix}NODE_SELECTOR`,
          path: selector.path,
          reason: `${prefix}NODE_SELECTOR ${quote(selector.value, 120)} is not a valid selector (${parsed.error.message} at character ${parsed.error.offset + 1}): ` +
            `calico-node refuses it ("Invalid node selector ... for version ${family}")`,
        });
      }
    }
    if (cidr !== undefined && cidr.value !== '') {
      const parsed = parseCalicoCidr(cidr.value);
      // Go's net.ParseCIDR: a prefix length is required; host bits are masked, not refused.
      const reason = !parsed.ok || !cidr.value.includes('/')
        ? 'is not a CIDR'
        : parsed.cidr.family !== family ? `is an IPv${parsed.cidr.family} CIDR, not IPv${family}` : undefined;
      if (reason !== undefined) {
        problems.push({
          variable: `${prefix}CIDR`,
          path: cidr.path,
          reason: `${prefix}CIDR ${quote(cidr.value, 80)} ${reason}: calico-node refuses it ("Invalid CIDR specified in ${prefix}CIDR")`,
        });
      }
    }
  }
  return problems;
}

/** strconv.Atoi, then 20..32 (IPv4) or 116..128 (IPv6). */
function blockSizeProblem(text: string, family: 4 | 6): string | undefined {
  if (!/^[+-]?\d+$/.test(text)) return `${quote(text, 40)} is not a whole number: calico-node refuses it ("Unable to convert blocksize to int")`;
  const value = Number(text);
  const [low, high] = family === 4 ? [20, 32] : [116, 128];
  if (value >= low && value <= high) return undefined;
  return `${quote(text, 40)} is outside ${low}..${high}: calico-node refuses it ("Invalid blocksize ... for version ${family}")`;
}

/** Whether calico-node refuses this value of a variable (ippool-env-change stays quiet on those: this rule's error says more). */
export function refusedVariables(template: PodTemplate, calicoVersion: string): Set<string> {
  return new Set(calicoNodeEnvProblems(template, calicoVersion).map((problem) => problem.variable));
}
