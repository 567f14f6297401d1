import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allRules } from '../rules/index.js';
import { EVERYTHING, gateFromSpec, relevanceGate, topLevelAlternatives } from '../src/engine/relevance.js';
import { escapeInDoubleQuotes } from '../src/parse/quoted-escapes.js';
import { VALUES_FROM_READS } from '../src/resources/flux-values-from.js';

const gate = relevanceGate(allRules);
const ESCAPE = /\\(?:[xuU]|[\r\n\u0085\u2028\u2029])/;
/** The plain definition: some rule's pattern, a directive, or an escape in a double-quoted string matches. */
const naive = (text: string): boolean =>
  allRules.some((rule) => rule.meta.relevantText!.test(text)) || /calico-lint/.test(text) ||
  (ESCAPE.test(text) && escapeInDoubleQuotes(text, ESCAPE)) || /!!binary|:binary|%TAG|%[0-9A-Fa-f]{2}/.test(text);

describe('relevance gate', () => {
  it('is everything when a rule declares no pattern, still slimmed as the rules declare', () => {
    const rule = { meta: { ...allRules[0]!.meta, relevantText: undefined } };
    const gate = relevanceGate([...allRules, rule]);
    assert.equal(gate.everything, true);
    assert.equal(gate.isRelevant('kind: Service'), true);
    // The engine keeps what a Flux `valuesFrom` may layer (src/resources/flux-values-from.ts).
    assert.deepEqual(gate.spec.reads, [...allRules.flatMap((each) => each.meta.reads ?? []), ...VALUES_FROM_READS]);
    const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'm' }, data: { big: 'x\ny\n', values: 'installation:\n  a: 1\n', target: 'false' } };
    assert.deepEqual(gate.slim(configMap), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'm' }, data: { values: 'installation:\n  a: 1\n', target: 'false' } });
    assert.equal(EVERYTHING.slim(configMap), configMap, 'the unoptimised gate keeps everything');
  });

  it("parses the pod documents of a file that mentions hostNetwork (no-host-network's pod-network twins), only there", async () => {
    const { textToParse } = await import('../src/analyze/prepare-analysis.js');
    const { expandGaps } = await import('../src/parse/blank-documents.js');
    const host = 'kind: Deployment\nspec: {template: {spec: {hostNetwork: true, containers: [{image: x}]}}}\n';
    const twin = 'kind: Deployment\nspec: {template: {spec: {containers: [{image: x}]}}}\n';
    const other = 'kind: Service\nspec: {ports: [{port: 80}]}\n';
    const parsed = (text: string) => { const compact = textToParse(text, gate); return compact === undefined ? undefined : expandGaps(compact); };
    const kept = parsed(`${host}---\n${twin}---\n${other}`)!;
    assert.ok(kept.startsWith(`${host}---\n${twin}---\n`) && !kept.includes('Service'), kept);
    assert.equal(parsed(`${twin}---\n${other}`), undefined, 'without hostNetwork in the file, pods are not parsed for it');
    assert.equal(relevanceGate(allRules.filter((rule) => rule.meta.id !== 'no-host-network')).alsoRelevantIn?.(`${host}---\n${twin}`), undefined);
  });

  it("marks the folder of a file that mentions hostNetwork, whose other files are then read for their pod documents (relevantInFolder)", async () => {
    const { textToParse } = await import('../src/analyze/prepare-analysis.js');
    const { expandGaps } = await import('../src/parse/blank-documents.js');
    const { folderPassSpec } = await import('../src/engine/relevance.js');
    const host = 'kind: DaemonSet\nspec: {template: {spec: {hostNetwork: true, containers: [{image: x}]}}}\n';
    const twin = 'kind: Deployment\nspec: {template: {spec: {containers: [{image: x}]}}}\n';
    const other = 'kind: Service\nspec: {ports: [{port: 80}]}\n';
    assert.deepEqual(gate.spec.inFolder?.map(({ file, documents }) => [file.source, documents.source]), [['hostNetwork', 'containers']]);
    assert.deepEqual(gate.folderMarks?.(host), [0]);
    assert.equal(gate.folderMarks?.(twin), undefined);
    assert.equal(textToParse(`${twin}---\n${other}`, gate), undefined, 'the first pass does not parse the sibling');
    const again = gateFromSpec(folderPassSpec(gate.spec, [0]));
    const kept = expandGaps(textToParse(`${twin}---\n${other}`, again)!);
    assert.ok(kept.startsWith(`${twin}---\n`) && !kept.includes('Service'), kept);
    assert.equal(textToParse(other, again), undefined, 'a file of the folder without pods is still not parsed');
    // Marks do not depend on parsing everything: with --parse-all the folder is still told apart.
    assert.deepEqual(relevanceGate(allRules, { parseAll: true }).folderMarks?.(host), [0]);
    assert.equal(relevanceGate(allRules.filter((rule) => rule.meta.id !== 'no-host-network')).folderMarks, undefined);
  });

  it('finds what each rule looks for, and nothing else', () => {
    const relevant = [
      'kind: IPPool', 'kind: Installation', 'spec: {hostNetwork: true}', 'cni.projectcalico.org/ipv4pools: x',
      'nodeSelector: !all()', 'NodeSELECTOR:\n  # note\n  &a !all()', '# calico-lint-disable-next-line x -- y',
      '"kind": "IP\\u0050ool"', 'a: "host\\\nNetwork"',
    ];
    for (const text of relevant) assert.equal(gate.isRelevant(text), true, text);
    const irrelevant = ['kind: Deployment\nspec:\n  selector: {matchLabels: {a: b}}', 'nodeSelector: "!all()"', 'data: {script: "if [ ! -f x ]"}', 'a: "\\t\\n"'];
    for (const text of irrelevant) assert.equal(gate.isRelevant(text), false, text);
  });

  it('parses every text that kubectl reading could turn into something a rule looks for', () => {
    // kubectl (YAML 1.1) joins the lines of an escaped line break whatever the break, and decodes `!!binary` to text.
    const kubectlSpellings = [
      'kind: "IP\\\rPool"', 'kind: "IP\\\u0085Pool"', 'kind: "IP\\\u2028Pool"', 'kind: "IP\\\u2029Pool"',
      'kind: !!binary SVBQb29s', 'kind: !<tag:yaml.org,2002:binary> SVBQb29s', 'kind: !!%62inary SVBQb29s',
      '%TAG !b! tag:yaml.org,2002:bin\n---\nkind: !b!ary SVBQb29s', 'spec: {? !!binary aG9zdE5ldHdvcms= : true}',
    ];
    for (const text of kubectlSpellings) assert.equal(gate.isRelevant(text), true, JSON.stringify(text));
  });

  it('counts an escape only where YAML decodes it: in a double-quoted string, also of YAML written inside a string', () => {
    const hiding = [
      'kind: "IP\\u0050ool"', '{"kind": "IP\\u0050ool"}', 'a: [{b: "host\\x4Eetwork"}]',
      // Helm values in a block scalar, and in a single-quoted string: the rules read them again.
      'valuesContent: |-\n  installation:\n    "calico\\u004Eetwork": {}\n', "values: '{\"calico\\u004Eetwork\": {}}'",
      'a: |\n  b: |\n    c: "IP\\u0050ool"\n',
      // Under-indented: the lexer ends the string at `Network"`, go-yaml reads on.
      'a: "host\\\nNetwork"',
    ];
    for (const text of hiding) assert.equal(gate.isRelevant(text), true, JSON.stringify(text));
    const plain = [
      // flannel's dist/snap/snapcraft.yaml: shell continuations in a block scalar (and a quote before them).
      'parts:\n  flannel:\n    override-build: |\n      env CGO_ENABLED=0 GOOS=linux \\\n      go build --ldflags "-s -w \\\n        -X x"\n',
      "path: 'C:\\xampp'", 'path: C:\\users\\x', '# "IP\\u0050ool"\na: 1', 'run: >\n  make \\\n    all\n',
    ];
    for (const text of plain) assert.equal(gate.isRelevant(text), false, JSON.stringify(text));
  });

  it("keeps each pattern's own meaning when the patterns are joined into one expression", () => {
    const spec = {
      everything: false,
      patterns: [
        { source: 'pool', flags: 'i' }, // case-insensitive: not joined with the case-sensitive ones
        { source: '^kind: X$', flags: 'm' }, // ^ and $ at line ends only with its own flag
        { source: '(a)\\1', flags: '' }, // a backreference: its group number would move in a join
        { source: '(?<q>["\'])b\\k<q>', flags: '' }, // a named group: the name must stay unique
        { source: '(?<q>z)', flags: 'g' }, // the same name again, and a flag that would make test() stateful
        { source: 'w|v', flags: '' },
      ],
    };
    const joined = gateFromSpec(spec);
    const oneByOne = (text: string) => spec.patterns.some(({ source, flags }) => new RegExp(source, flags.replace(/[gy]/g, '')).test(text));
    const texts = ['POOL', 'a: 1\nkind: X\nb: 2', 'kind: X y', 'aa', 'ab', '"b"', '"b\'', 'zz', 'z', 'v', 'nothing', 'calico-lint'];
    for (const text of texts) assert.equal(joined.isRelevant(text), oneByOne(text) || text === 'calico-lint', text);
    for (const text of texts) assert.equal(joined.isRelevant(text), joined.isRelevant(text), `${text}, tested twice`);
  });

  it('agrees with testing every pattern one by one, on random texts', () => {
    const pieces = fc.constantFrom('IPPool', 'Installation', 'hostNetwork', 'projectcalico.org', 'calico-lint', 'selector', 'Selector',
      ':', ' ', '\n', '!', '#', '&a', '"', '\\', 'u', 'x', 'IPPoo', 'projectcalico_org', 'kind', '\r');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')), (text) => gate.isRelevant(text) === naive(text)), { numRuns: 3000 });
  });
});

import ipaddr from 'ipaddr.js';
import { parseCidr } from '../src/net/cidr.js';

describe('parseCidr IPv4 fast path', () => {
  it('accepts exactly the addresses ipaddr.js accepts, on random texts of names and addresses', () => {
    // Texts that cannot be addresses are refused before ipaddr.js is asked (it throws and catches to say no).
    const text = fc.array(fc.constantFrom(...'0123456789abcdefABCDEFgxz:.%/- '), { maxLength: 14 }).map((chars) => chars.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.constantFrom('infra', 'fd00::/64', '::ffff:10.0.0.0/104', 'beef', '1.2.3.4', 'a:b')), (cidr) => {
      const address = cidr.split('/')[0]!;
      const valid = cidr.trim() === cidr && cidr !== '' && cidr.split('/').length <= 2 &&
        (ipaddr.IPv4.isValidFourPartDecimal(address) || (!address.includes('%') && ipaddr.IPv6.isValid(address)));
      const parsed = parseCidr(cidr);
      return parsed.ok ? valid : !valid || !/^\d{1,3}$/.test(cidr.split('/')[1] ?? '0') || Number(cidr.split('/')[1]) > (address.includes(':') ? 128 : 32);
    }), { numRuns: 5000 });
  });


  it('accepts and reads exactly what ipaddr.js does, on random dotted texts', () => {
    const octet = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('00', '01', '007', '', 'a', '-1', ' 1'));
    fc.assert(fc.property(fc.tuple(octet, octet, octet, octet), fc.integer({ min: 0, max: 33 }), (parts, prefix) => {
      const address = parts.join('.');
      const parsed = parseCidr(`${address}/${prefix}`);
      const valid = ipaddr.IPv4.isValidFourPartDecimal(address) && prefix <= 32;
      if (!valid) return !parsed.ok;
      if (!parsed.ok) return false;
      const bytes = ipaddr.IPv4.parse(address).toByteArray();
      const value = bytes.reduce((sum, byte) => sum * 256n + BigInt(byte), 0n);
      const mask = (1n << BigInt(32 - prefix)) - 1n;
      return parsed.cidr.first === (value & ~mask) && parsed.cidr.last === ((value & ~mask) | mask)
        && parsed.cidr.canonical === `${ipaddr.fromByteArray([...Array(4)].map((_, i) => Number(((value & ~mask) >> BigInt(24 - 8 * i)) & 255n))).toString()}/${prefix}`;
    }), { numRuns: 3000 });
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isCustomResourceDefinition } from '../src/engine/relevance.js';
import { blankIrrelevantDocuments, parseManifest } from '../src/parse/parse-manifest.js';

describe('isCustomResourceDefinition (documents skipped before parsing)', () => {
  const head = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ippools.crd.projectcalico.org\n';
  const schema = 'spec:\n  group: crd.projectcalico.org\n  names: {kind: IPPool}\n  versions:\n    - schema:\n        openAPIV3Schema:\n          description: "hostNetwork and IPPool"\n';
  const crds = [
    head + schema,
    `# generated\n\n${head}${schema}`,
    (head + schema).replace(/\n/g, '\r\n'),
    head.replace('v1\n', 'v1beta1\n') + schema,
    `${head}${schema}status: {}\n`,
  ];
  const notCrds: Array<[string, string]> = [
    ['a second kind (kubectl rejects the duplicate)', `${head}${schema}kind: IPPool\n`],
    ['a quoted second kind', `${head}${schema}"kind": IPPool\n`],
    ['a complex key', `${head}${schema}? kind\n: IPPool\n`],
    ['a merge key', `${head}${schema}<<: {kind: IPPool}\n`],
    ['a kind value that goes on', head.replace('Definition\n', 'Definition\n  Foo\n') + schema],
    ['kind before apiVersion is not the generators\' shape', head.replace(/^(apiVersion.*\n)(kind.*\n)/, '$2$1') + schema],
    ['another document', `${head}${schema}---\nkind: IPPool\n`],
    ['a directive', `%YAML 1.1\n---\n${head}${schema}`],
    ['a calico-lint comment', `${head}# calico-lint-disable-next-line no-host-network -- x\n${schema}`],
    ['an indented head', `  ${head}${schema}`],
    ['a line break go-yaml sees and a scan for \\n does not', `${head}${schema}x: y\rkind: IPPool\n`],
    ['a Unicode line separator', `${head}${schema}x: y\u2028kind: IPPool\n`],
    ['a column-0 line that is not a key', `${head}${schema}- item\n`],
    ['another API group', head.replace('apiextensions.k8s.io', 'apiextensions.example.com') + schema],
    ['a pool', 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\n'],
    // kubectl takes any object with `items` for a list and creates the items (issue 18, item 5).
    ['items, which kubectl creates', `${head}${schema}items:\n  - {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {hostNetwork: true}}\n`],
    ['items before the schema', `${head}items: []\n${schema}`],
  ];

  it('says yes only to what kubectl reads as a CustomResourceDefinition', () => {
    for (const text of crds) {
      assert.equal(isCustomResourceDefinition(text), true, text);
      const parsed = parseManifest('/crd.yaml', text);
      assert.deepEqual(parsed.problems, []);
      assert.equal((parsed.documents[0]!.value as { kind: string }).kind, 'CustomResourceDefinition');
    }
    // kubectl decodes them all alike (one file, the documents separated by ---).
    const dir = mkdtempSync(path.join(tmpdir(), 'calico-lint-crd-'));
    const file = path.join(dir, 'crds.yaml');
    writeFileSync(file, crds.map((text, i) => text.replace('ippools.crd', `ippools${i}.crd`)).join('\n---\n'));
    const decoded = spawnSync('kubectl', ['label', '--local', '-f', file, 'x=y', '-o', 'json'], { encoding: 'utf8' });
    assert.equal(decoded.status, 0, decoded.stderr);
    const kinds = [...decoded.stdout.matchAll(/^ {4}"kind": "([^"]+)"/gm)].map((match) => match[1]);
    assert.deepEqual(kinds, crds.map(() => 'CustomResourceDefinition'));
  });

  it('says no to anything of another shape, which is then parsed as usual', () => {
    for (const [why, text] of notCrds) assert.equal(isCustomResourceDefinition(text), false, why);
  });

  it('skips the CRDs of projectcalico/calico\'s own manifests, and only CRDs', () => {
    const root = path.resolve(import.meta.dirname, '../bench/real/calico');
    const files: string[] = [];
    const list = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) list(file);
        else if (/\.ya?ml$/.test(name)) files.push(file);
      }
    };
    list(root);
    let skipped = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const kinds: string[] = [];
      blankIrrelevantDocuments(text, (doc) => {
        if (isCustomResourceDefinition(doc)) kinds.push((parseManifest(file, doc).documents[0]!.value as { kind: string }).kind);
        return true;
      });
      for (const kind of kinds) assert.equal(kind, 'CustomResourceDefinition', file);
      skipped += kinds.length;
    }
    assert.ok(skipped > 300, `${skipped} CRD documents recognised`);
  });
});

describe('the gate is built from each pattern\'s top-level alternatives', () => {
  it('splits at a top-level | only: never inside a group, a character class or after a backslash', () => {
    assert.deepEqual(topLevelAlternatives('IPPool|Installation'), ['IPPool', 'Installation']);
    assert.deepEqual(topLevelAlternatives('a(?:\\s|#[^\\n]*\\n)*!|b'), ['a(?:\\s|#[^\\n]*\\n)*!', 'b']);
    assert.deepEqual(topLevelAlternatives('[|]x|\\|y|z'), ['[|]x', '\\|y', 'z']);
    assert.deepEqual(topLevelAlternatives('[\\]|]x|y'), ['[\\]|]x', 'y']);
    assert.deepEqual(topLevelAlternatives('single'), ['single']);
  });

  it('each rule\'s pattern matches what its alternatives match, so splitting and chunking changes no verdict', () => {
    for (const { meta } of allRules) {
      if (meta.relevantText === undefined) continue;
      const whole = new RegExp(meta.relevantText.source, meta.relevantText.flags.replace(/[gy]/g, ''));
      const parts = topLevelAlternatives(meta.relevantText.source).map((source) => new RegExp(source, whole.flags));
      for (const sample of ['IPPool', 'x: y', 'hostNetwork: true', 'nodeSelector: !all()', 'ipv4pools', 'fileParameters', 'HelmChart', 'K8S_SERVICE_CIDR']) {
        assert.equal(parts.some((part) => part.test(sample)), whole.test(sample), `${meta.id} on ${sample}`);
      }
    }
  });
});
