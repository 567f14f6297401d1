/**
 * Property tests (issue 6), with fast-check: the overlap rule against a brute
 * force on random pool sets, the selector parser on random text, and the
 * loader and every rule on random bytes, random YAML-ish text and random
 * garbage in every Calico field. Failures print the shrunk counterexample.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ippoolCidrOverlap } from '../rules/ippool-cidr-overlap.js';
import { allRules } from '../rules/index.js';
import { lintSources } from '../src/lint.js';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { decodeSource } from '../src/read/read-sources.js';
import { findMatchingLabels, matches, parseSelector, selectorToString } from '../src/selector/index.js';
import { makeConfig } from './helpers/rule-tester.js';

/** Control characters and Unicode line or bidi controls: no message may carry one raw. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// ---------------------------------------------------------------------------
// CIDR overlap against a brute force

interface Network {
  family: 4 | 6;
  first: bigint;
  last: bigint;
  text: string;
}

function network(family: 4 | 6, bits: bigint, prefixLength: number): Network {
  const width = family === 4 ? 32 : 128;
  const hostBits = BigInt(width - prefixLength);
  const first = (bits >> hostBits) << hostBits;
  const last = first + (1n << hostBits) - 1n;
  const address = family === 4
    ? [24n, 16n, 8n, 0n].map((shift) => String((first >> shift) & 0xffn)).join('.')
    : Array.from({ length: 8 }, (_, i) => ((first >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
  return { family, first, last, text: `${address}/${prefixLength}` };
}

/** Pools crowded into 10.0.0.0/8 and fd00::/16, so that many overlap. */
const networkArb: fc.Arbitrary<Network> = fc.oneof(
  fc
    .record({ bits: fc.bigInt(0n, (1n << 24n) - 1n), prefix: fc.integer({ min: 8, max: 32 }) })
    .map(({ bits, prefix }) => network(4, (10n << 24n) | bits, prefix)),
  fc
    .record({ bits: fc.bigInt(0n, (1n << 20n) - 1n), prefix: fc.integer({ min: 16, max: 128 }) })
    .map(({ bits, prefix }) => network(6, (0xfd00n << 112n) | (bits << 92n), prefix)),
);

function overlap(a: Network, b: Network): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

function poolsFile(pools: readonly Network[]): string {
  return pools
    .map((pool, i) => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p${i}\nspec:\n  cidr: "${pool.text}"\n`)
    .join('---\n');
}

describe('property: ippool-cidr-overlap equals a brute force', () => {
  it('reports exactly the pools that overlap another, each report a real overlap', () => {
    fc.assert(
      fc.property(fc.array(networkArb, { maxLength: 25 }), fc.array(networkArb, { maxLength: 3 }), (pools, reserved) => {
        const config = makeConfig({ reservedCidrs: reserved.map((range) => range.text) });
        const findings = lintSources([{ filePath: '/repo/pools.yaml', text: poolsFile(pools) }], { config, rules: [ippoolCidrOverlap] });
        const involved = new Set<number>();
        let reservedReports = 0;
        for (const finding of findings) {
          assert.equal(finding.ruleId, 'ippool-cidr-overlap');
          const between = /^IPPool "p(\d+)" \(\S+\) overlaps IPPool "p(\d+)" /.exec(finding.message);
          const inReserved = /^IPPool "p(\d+)" \(\S+\) overlaps reserved range (\S+) /.exec(finding.message);
          if (between) {
            const [a, b] = [Number(between[1]), Number(between[2])];
            assert.ok(overlap(pools[a]!, pools[b]!), `p${a} and p${b} do not overlap: ${finding.message}`);
            assert.ok(b < a, 'reported on the later pool, pointing back at the earlier one');
            involved.add(a).add(b);
          } else if (inReserved) {
            const pool = pools[Number(inReserved[1])]!;
            assert.ok(reserved.some((range) => overlap(pool, range)), finding.message);
            reservedReports++;
          } else {
            assert.fail(`unexpected message: ${finding.message}`);
          }
        }
        const expected = new Set<number>();
        pools.forEach((a, i) => pools.forEach((b, j) => i !== j && overlap(a, b) && expected.add(i)));
        assert.deepEqual([...involved].sort((x, y) => x - y), [...expected].sort((x, y) => x - y));
        let expectedReserved = 0;
        for (const pool of pools) for (const range of reserved) if (overlap(pool, range)) expectedReserved++;
        assert.equal(reservedReports, expectedReserved);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// Selectors

const SELECTOR_TOKENS = [
  '(', ')', '!', '&&', '||', 'has(', 'has(a)', 'a', 'b.c/d-e_f', ' ', '  ', '==', '!=', "'x'", '"y"', "''", 'in', 'not in',
  '{', '}', ',', 'all()', 'global()', 'contains', 'starts with', 'ends with', 'startswith', 'notin', '\n', '\t', "'", '"', '=',
  '&', '|', 'é', '\u0000', '\u001b[31m',
];

const selectorText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.constantFrom(...SELECTOR_TOKENS), { maxLength: 40 }).map((tokens) => tokens.join('')),
  fc
    .record({ depth: fc.integer({ min: 0, max: 3000 }), open: fc.constantFrom('(', '!(', '( '), close: fc.constantFrom(')', ' )', '') })
    .map(({ depth, open, close }) => `${open.repeat(depth)}has(a)${close.repeat(depth)}`),
);

describe('property: the selector parser parses or points at the error, and never throws', () => {
  it('gives a selector, or an error message with an offset inside the text', () => {
    fc.assert(
      fc.property(selectorText, (text) => {
        const result = parseSelector(text);
        if (result.ok) {
          // The canonical text is a selector too, and canonical again.
          const canonical = selectorToString(result.selector);
          const again = parseSelector(canonical);
          assert.ok(again.ok, `${JSON.stringify(canonical)} does not parse`);
          assert.equal(selectorToString(again.selector), canonical);
          // When the analysis finds labels that match, they do match.
          const example = findMatchingLabels(result.selector);
          if (example !== null && example !== 'unknown') assert.equal(matches(result.selector, example), true, JSON.stringify(example));
        } else {
          assert.equal(typeof result.error.message, 'string');
          assert.ok(result.error.message.length > 0);
          assert.ok(Number.isInteger(result.error.offset) && result.error.offset >= 0 && result.error.offset <= text.length, `offset ${result.error.offset} in ${text.length}`);
          assert.doesNotMatch(result.error.message, CONTROL);
        }
      }),
      { numRuns: 1000 },
    );
    assert.deepEqual(parseSelector(42 as unknown as string), { ok: false, error: { message: 'a selector must be a string', offset: 0 } });
  });
});

// ---------------------------------------------------------------------------
// The loader and the rules on anything

const config = makeConfig({
  infraPools: [{ name: 'infra', allowedNamespaces: ['ci-*'] }, { name: 'p0' }],
  hostNetwork: { allow: [{ namespace: 'kube-system' }] },
  reservedCidrs: ['10.96.0.0/12'],
  intranetCidrs: ['10.0.0.0/8'],
});

/** Lints, and checks what must hold whatever the input: no exception, no rule crash, printable messages, real positions. */
function lintAnything(text: string, filePath = '/repo/x.yaml'): void {
  const lines = text.split('\n').length;
  const findings = lintSources([{ filePath, text }], { config, rules: allRules });
  for (const finding of findings) {
    assert.doesNotMatch(finding.message, CONTROL, finding.message);
    assert.doesNotMatch(finding.message, /^rule crashed/, finding.message);
    assert.ok(finding.message.length < 3000, `a message of ${finding.message.length} characters`);
    const { line, column, endLine, endColumn } = finding.range;
    for (const n of [line, column, endLine, endColumn]) assert.ok(Number.isInteger(n) && n >= 1, JSON.stringify(finding.range));
    assert.ok(line <= lines + 1 && endLine <= lines + 1, `line ${line} of ${lines}`);
  }
}

const YAMLISH_TOKENS = [
  '\n', '\r\n', ' ', '  ', '\t', '-', '- ', ':', ': ', '? ', ',', '[', ']', '{', '}', '!', '!!', '!all()', '!!str ', '!!binary ',
  '&a ', '*a', '&b ', '*b', '<<: ', '"', "'", '#', '# calico-lint-disable-next-line ippool-valid -- because\n', '---\n',
  '...\n', '|', '>', '|-\n', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', 'key', 'kind: IPPool', 'kind: List', 'items:', 'kind: Pod',
  'kind: Installation', 'apiVersion: crd.projectcalico.org/v1', 'apiVersion: operator.tigera.io/v1', 'apiVersion: v1',
  'metadata:', 'name: p0', 'name: infra', 'namespace: x', 'annotations:', 'cni.projectcalico.org/ipv4pools: ',
  'cni.projectcalico.org/ipAddrs: ', 'calico-lint/disable: ', '\'["infra"]\'', '"[\\"p0\\"]"', 'spec:', 'calicoNetwork:',
  'ipPools:', 'cidr: ', '10.0.0.0/8', 'fd00::/48', '100.64.0.0/16', 'blockSize: ', '26', '999', 'nodeSelector: ', 'all()',
  "'!all()'", 'hostNetwork: ', 'true', 'yes', 'null', '~', '0x1F', '.inf', '1e400', 'template:', '\u001b[31m', '\u202e',
  '\uFEFF', 'é', '\u0085', '\u2028',
];

const yamlish: fc.Arbitrary<string> = fc.array(fc.constantFrom(...YAMLISH_TOKENS), { maxLength: 80 }).map((tokens) => tokens.join(''));

describe('property: parseManifest and lintSources never throw', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const source = decodeSource('/repo/x.yaml', bytes);
        if (source.problem === undefined) {
          parseManifest('/repo/x.yaml', source.text);
          lintAnything(source.text);
        } else {
          assert.ok(source.problemRange === undefined || source.problemRange.line >= 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('on random YAML-ish text, read as a manifest and as a configuration', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        parseManifest('/repo/x.yaml', text, { yamlVersion: '1.2' });
        lintAnything(text);
        lintAnything(text, '/repo/x.json');
      }),
      { numRuns: 1000 },
    );
  });

  it('on random text of any characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => lintAnything(text)), { numRuns: 300 });
  });
});

// ---------------------------------------------------------------------------
// Garbage in every Calico field

const POOL_SPEC = { cidr: '10.0.0.0/16', blockSize: 26, ipipMode: 'Never', vxlanMode: 'Always', natOutgoing: true, disabled: false, disableBGPExport: false, nodeSelector: '!all()', namespaceSelector: 'all()', allowedUses: ['Workload'], assignmentMode: 'Automatic', ipip: { enabled: false }, 'nat-outgoing': false };
const INSTALLATION_POOL = { name: 'p1', cidr: '10.1.0.0/16', blockSize: 26, encapsulation: 'VXLAN', natOutgoing: 'Enabled', nodeSelector: 'all()', disableBGPExport: false, disableNewAllocations: false, allowedUses: ['Workload'], assignmentMode: 'Manual' };
const POD_ANNOTATIONS = {
  'cni.projectcalico.org/ipv4pools': '["p0"]',
  'cni.projectcalico.org/ipv6pools': '["p1"]',
  'cni.projectcalico.org/ipAddrs': '["10.0.0.5"]',
  'cni.projectcalico.org/ipAddrsNoIpam': '["10.0.0.6"]',
  'cni.projectcalico.org/floatingIPs': '["203.0.113.10"]',
  'cni.projectcalico.org/ipFamilies': '["IPv4"]',
  'cni.projectcalico.org/podIP': '10.0.0.5',
  'calico-lint/disable': 'ippool-valid -- test',
};

function templates(): unknown[] {
  return [
    { apiVersion: 'crd.projectcalico.org/v1', kind: 'IPPool', metadata: { name: 'p0', annotations: { ...POD_ANNOTATIONS } }, spec: { ...POOL_SPEC } },
    { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: 'infra' }, spec: { ...POOL_SPEC, cidr: '100.64.0.0/16' } },
    { apiVersion: 'operator.tigera.io/v1', kind: 'Installation', metadata: { name: 'default' }, spec: { cni: { type: 'Calico' }, calicoNetwork: { ipPools: [{ ...INSTALLATION_POOL }, { ...INSTALLATION_POOL, name: 'p2', cidr: 'fd00::/48' }] } } },
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pod', namespace: 'ci-a', annotations: { ...POD_ANNOTATIONS } }, spec: { hostNetwork: true } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns', annotations: { ...POD_ANNOTATIONS } } },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', annotations: { ...POD_ANNOTATIONS } }, spec: { template: { metadata: { annotations: { ...POD_ANNOTATIONS } }, spec: { hostNetwork: true } } } },
    { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec: { jobTemplate: { spec: { template: { metadata: { annotations: { ...POD_ANNOTATIONS } }, spec: {} } } } } },
    { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'crd.projectcalico.org/v1', kind: 'IPPool', metadata: { name: 'p0' }, spec: { ...POOL_SPEC } }] },
  ];
}

/** Every path into the templates that holds a value (objects and lists included). */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

const TEMPLATE_PATHS = pathsOf(templates()).filter((p) => p.length >= 2);

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(null, '', ' ', 0, -1, 1e308, 26.5, true, 'yes', [], {}, [null], '10.0.0.0/33', '999.1.1.1/8', '::/0', '0.0.0.0/0',
    'fe80::/10', '169.254.0.0/16', '[', '["p0"', '["p0","p0"]', '“p0”', '((', '!all()', 'has(', 'global()', 'n'.repeat(5000),
    '\u001b]8;;http://evil\u0007x\u001b]8;;\u0007', 'Workload', 'LoadBalancer', ['LoadBalancer', 'Workload']),
);

describe('property: garbage in any Calico field never crashes a rule', () => {
  it('puts a random value at a random path of pools, Installations, pods and Namespaces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.constantFrom(...TEMPLATE_PATHS), value: garbage }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (edits, asYaml) => {
          const documents = templates();
          for (const { at, value } of edits) {
            let target = documents as unknown as Record<string | number, unknown>;
            for (const segment of at.slice(0, -1)) {
              const next = target[segment];
              if (typeof next !== 'object' || next === null) return; // an earlier edit replaced this branch
              target = next as Record<string | number, unknown>;
            }
            target[at[at.length - 1]!] = value;
          }
          const text = documents.map((doc) => JSON.stringify(doc, null, asYaml ? 1 : undefined)).join('\n---\n');
          lintAnything(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
