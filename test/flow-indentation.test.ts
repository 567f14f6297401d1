/**
 * Flow collections and quoted scalars whose lines are not indented past their
 * parent (src/parse/flow-indentation.ts): go-yaml v2 reads them, the `yaml`
 * package refuses them. Every case is checked against the real kubectl
 * (`kubectl label --local -f FILE x=y -o json`): where kubectl reads the
 * object, calico-lint reads exactly its value with no problem; where kubectl
 * refuses the file, calico-lint reports a parse error. Without kubectl (never
 * in CI) the table is checked against the values recorded in it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { relayUnderIndentedFlow } from '../src/parse/flow-indentation.js';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { kubectlAvailable, kubectlObjects, verdictOf } from './differential/oracle.js';

const HEAD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: t\n';

interface Case {
  name: string;
  /** The body after HEAD. */
  body: string;
  /** kubectl's `data` (undefined: kubectl refuses the file). */
  data?: unknown;
  /** kubectl reads it, but its value cannot be written on one line in the same length: a parse error stays. */
  tooLong?: true;
}

const CASES: Case[] = [
  // The real file's construct (cloud-provider-openstack, manila-csi-plugin/csi-nodeplugin.yaml).
  { name: 'a quoted scalar and `]` at the key\'s indent', body: "data:\n  b:\n      c: [\n        'x\n      y'\n      ]\n", data: { b: { c: ['x y'] } } },
  { name: 'flow sequence entries at the key\'s indent', body: 'data:\n  a: [x,\n  z\n  ]\n', data: { a: ['x', 'z'] } },
  { name: 'flow sequence entries at column 0', body: 'data:\n  a: [x,\nz\n]\n', data: { a: ['x', 'z'] } },
  { name: 'YAML 1.1 booleans stay booleans', body: 'data:\n  a: [x,\n  y, on\n  ]\n', data: { a: ['x', true, true] } },
  { name: 'a flow mapping with under-indented pairs', body: 'data:\n  m: {a: 1,\n  b: "2"}\n', data: { m: { a: 1, b: '2' } } },
  { name: 'nested flow collections', body: 'data:\n  a: [[x,\n w], {k:\n v}]\n', data: { a: [['x', 'w'], { k: 'v' }] } },
  { name: 'a comment inside', body: 'data:\n  a: [x, # c\n  z]\n', data: { a: ['x', 'z'] } },
  { name: 'a tab-indented line', body: 'data:\n  a: [x,\n\tz]\n', data: { a: ['x', 'z'] } },
  { name: 'CRLF line ends', body: 'data:\r\n  a: [x,\r\n  z\r\n  ]\r\n', data: { a: ['x', 'z'] } },
  { name: 'a double-quoted block scalar at column 0', body: 'data:\n  a: "x\ny"\n', data: { a: 'x y' } },
  { name: 'a single-quoted block scalar with an empty line', body: "data:\n  a: 'x\n\n y'\n", data: { a: 'x\ny' } },
  { name: 'a single-quoted scalar with a quote and blanks', body: "data:\n  a: ['it''s  \n a  ', b]\n", data: { a: ["it's a  ", 'b'] } },
  { name: 'escapes and an escaped line break', body: 'data:\n  a: ["x\\t\\\n y\\u00e9 \n z"]\n', data: { a: ['x\ty\u00e9 z'] } },
  { name: 'a plain scalar over two lines', body: 'data:\n  a: [x\n  y]\n', data: { a: ['x y'] } },
  { name: 'a plain scalar over an empty line', body: 'data:\n  a: [x\n\n  y]\n', data: { a: ['x\ny'] } },
  { name: 'a flow sequence in a block sequence', body: 'data:\n- [a,\nb]\n', data: [['a', 'b']] },
  { name: 'an anchor and an alias', body: 'data:\n  a: &l [x,\n  z]\n  b: *l\n', data: { a: ['x', 'z'], b: ['x', 'z'] } },
  { name: 'an explicit flow key whose `:` is on the next line', body: 'data:\n  a: [? k\n : v]\n', data: { a: [{ k: 'v' }] } },
  { name: 'a `#` inside a quoted continuation line', body: "data:\n  a: ['x\n# z']\n", data: { a: ['x # z'] } },
  { name: 'astral characters on a continuation line', body: 'data:\n  a: [ "\u{1F600}\n \u{1F600}" ]\n', data: { a: ['\u{1F600} \u{1F600}'] } },
  { name: 'a block scalar and a plain continuation line holding brackets', body: 'data:\n  a: x\n    [y, z\n  b: |\n    [q\n  c: [r,\n s]\n',
    data: { a: 'x [y, z', b: '[q\n', c: ['r', 's'] } },
  { name: "go-yaml's `\\'` escape in double quotes", body: 'data:\n  a: "it\\\'s"\n  "b\\\'": [ "x\\\'\n z" ]\n', data: { a: "it's", "b'": ["x' z"] } },
  { name: 'a plain scalar ending in `:` on its second line', body: 'data:\n  a: [x\n  a:,\n  b]\n', data: { a: ['x a:', 'b'] } },
  // Values that do not fit on one line in the same length: refused with a positioned parse error, never misread.
  { name: 'a plain scalar ending in `:`, too short to quote', body: 'data:\n  a: [x\n a:]\n', data: { a: ['x a:'] }, tooLong: true },
  { name: 'two empty lines in a double-quoted scalar', body: 'data:\n  a: ["x\n\n\ny"]\n', data: { a: ['x\n\ny'] }, tooLong: true },
  // kubectl refuses these: so must calico-lint.
  { name: 'two plain scalars with a comment line between', body: 'data:\n  a: [x\n  #c\n  z]\n' },
  { name: 'a block sequence entry in a flow sequence', body: 'data:\n  a: [x,\n- z]\n' },
  { name: 'a flow key whose `:` is on the next line', body: 'data: {a\n: b}\n' },
  { name: 'a multi-line quoted key in a flow mapping', body: 'data:\n  m: {"a\n b": 1}\n' },
  { name: 'a multi-line quoted key in the block context', body: "data:\n  'a\n b': c\n" },
  { name: 'an unclosed flow sequence', body: 'data:\n  a: [x,\n  z\n' },
  { name: 'an unknown escape', body: 'data:\n  a: ["\\q\n  x"]\n' },
];

/** kubectl's data for each case (undefined: refused), or the recorded values without kubectl. */
function kubectlData(cases: readonly Case[]): unknown[] {
  if (!kubectlAvailable()) {
    assert.ok(process.env.CI === undefined, 'kubectl is not on PATH');
    return cases.map((c) => c.data);
  }
  return kubectlObjects(cases.map((c) => ({ name: `${c.name}.yaml`, bytes: Buffer.from(HEAD + c.body) }))).map((objects) =>
    objects.length === 0 ? undefined : (objects[0] as { data?: unknown }).data);
}

describe('under-indented flow constructs: read as kubectl reads them', () => {
  const fromKubectl = kubectlData(CASES);

  for (const [i, c] of CASES.entries()) {
    it(c.name, () => {
      assert.deepEqual(fromKubectl[i], c.data, 'the table records what kubectl reads');
      // Each case is one the `yaml` package alone refuses: else it would test nothing here.
      assert.ok(parseAllDocuments(HEAD + c.body, { version: '1.1' }).some((d) => d.errors.length > 0), 'the yaml package refuses it');
      const { documents, problems } = parseManifest('/f.yaml', HEAD + c.body);
      if (c.data === undefined || c.tooLong) {
        assert.ok(problems.length > 0, 'a problem is reported');
        assert.ok(problems.every((problem) => problem.range.line > 4), 'positioned in the body');
      } else {
        assert.deepEqual(problems, []);
        assert.deepEqual((documents[0]!.value as { data: unknown }).data, c.data);
      }
    });
  }

  it('keeps every offset: positions are those of the text as written', () => {
    const text = `${HEAD}data:\n  b:\n      c: [\n        'x\n      y',\n      z\n      ]\n  d: 1\n`;
    const relaid = relayUnderIndentedFlow(text)!;
    assert.equal(relaid.length, text.length);
    assert.equal(relaid.slice(HEAD.length), "data:\n  b:\n      c: [         'x y'      ,       z       ]\n  d: 1\n");
    const { documents } = parseManifest('/f.yaml', text);
    // A scalar rewritten on one line starts where it is written; its end falls inside it (its value is shorter).
    assert.deepEqual(documents[0]!.locate(['data', 'b', 'c', 0]), { line: 8, column: 9, endLine: 9, endColumn: 3 });
    assert.deepEqual(documents[0]!.locate(['data', 'b', 'c', 1]).line, 10);
    assert.deepEqual(documents[0]!.locate(['data', 'd']), { line: 12, column: 6, endLine: 12, endColumn: 7 });
  });

  it('reads a flow sequence of 200,000 under-indented lines whole (linear, and no spread of 200,000 edits)', () => {
    const { documents, problems } = parseManifest('/f.yaml', `${HEAD}data:\n  a: [${'x,\n  '.repeat(200_000)}z]\n`);
    assert.deepEqual(problems, []);
    assert.equal((documents[0]!.value as { data: { a: string[] } }).data.a.length, 200_001);
  });

  it('leaves a file the yaml package reads, a Go template and a comment directive as they are', () => {
    assert.equal(parseManifest('/f.yaml', `${HEAD}data:\n  a: [x,\n    z]\n`).problems.length, 0);
    assert.equal(relayUnderIndentedFlow(`${HEAD}data:\n  a: [x,\n  {{ .Values.z }}]\n`), undefined);
    // A quoted scalar is text for both, `{{` or not: kubectl reads it, so it is re-laid (A17).
    assert.equal(relayUnderIndentedFlow(`${HEAD}data:\n  a: "x\n{{ y }}: z"\n`), `${HEAD}data:\n  a: "x {{ y }}: z"\n`);
    assert.equal(relayUnderIndentedFlow(`${HEAD}data:\n  a: [x,\n  # calico-lint-disable-next-line no-host-network\n  z]\n`), undefined);
  });
});

describe('what go-yaml reads otherwise on one line: refused where the yaml package reads a value', () => {
  const cases = [
    { name: 'a `?` starting a flow entry', body: 'data: [a, ?b]\n', kubectl: { data: ['a', { b: null }] }, at: [5, 11] },
    { name: 'a plain scalar ending in `:` before a `,`', body: 'data: [k:, x]\n', kubectl: { data: ['k:', 'x'] }, at: [5, 9] },
    { name: 'the `\\/` escape', body: 'data:\n  a: "http:\\/\\/x"\n', kubectl: undefined, at: [6, 12] },
    { name: 'a surrogate escape', body: 'data:\n  a: "\\ud83d\\ude00"\n', kubectl: undefined, at: [6, 7] },
    // A `{{` in a string makes no template of a document that parses (A17: `spec: {?hostNetwork: true}` passed so).
    { name: 'a `?` starting a flow entry, beside a `{{` in a string', body: 'data: {a: "{{ x }}", ?b: c}\n', kubectl: { data: { a: '{{ x }}', b: 'c' } }, at: [5, 22] },
  ];
  const objects = kubectlAvailable() ? kubectlObjects(cases.map((c) => ({ name: `${c.name}.yaml`, bytes: Buffer.from(HEAD + c.body) }))) : undefined;
  for (const [i, c] of cases.entries()) {
    it(c.name, () => {
      if (objects) {
        const read = objects[i]!.length === 0 ? undefined : { data: (objects[i]![0] as { data: unknown }).data };
        assert.deepEqual(read, c.kubectl, 'the table records what kubectl reads');
      }
      const yamlReads = parseAllDocuments(HEAD + c.body, { version: '1.1' });
      assert.ok(yamlReads.every((d) => d.errors.length === 0), 'the yaml package reads a value');
      const { problems } = parseManifest('/f.yaml', HEAD + c.body);
      assert.deepEqual(problems.map((p) => [p.range.line, p.range.column]), [c.at]);
      assert.match(problems[0]!.message, /^Kubernetes and YAML 1\.2 parsers read this differently: /);
    });
  }
  it('leaves `?` in a URL and an explicit flow key alone', () => {
    assert.deepEqual(parseManifest('/f.yaml', `${HEAD}data:\n  a: http://x?y\n  b: [? a : b, {? c : d}]\n`).problems, []);
  });
});

describe('violations hidden in under-indented flow constructs are found, as in kubectl\'s objects', () => {
  const inputs = [
    {
      name: 'host-network.yaml',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: runner, namespace: ci}\nspec:\n  selector: {matchLabels: {app: r}}\n' +
        '  template:\n    metadata: {labels: {app: r}}\n    spec: {containers: [{name: r, image: "gitlab/gitlab-runner"}],\n    hostNetwork: true\n    }\n',
      errors: ['no-host-network'],
    },
    {
      name: 'host-network-quoted.yaml',
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: apps\nspec: {containers: [{name: web, image: "nginx\n:1.27"}],\nhostNetwork: yes}\n',
      errors: ['no-host-network'],
    },
    {
      name: 'infra-pool.yaml',
      text: 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: infra}\nspec: {cidr: 100.64.0.0/16, natOutgoing: true,\n' +
        'nodeSelector: all()}\n',
      errors: ['ippool-infra-node-selector'],
    },
  ];
  const objects = kubectlAvailable() ? kubectlObjects(inputs.map(({ name, text }) => ({ name, bytes: Buffer.from(text) }))) : undefined;
  for (const [i, input] of inputs.entries()) {
    it(input.name, () => {
      assert.ok(parseAllDocuments(input.text, { version: '1.1' }).some((d) => d.errors.length > 0), 'the yaml package refuses it');
      const verdict = verdictOf({ name: input.name, bytes: Buffer.from(input.text) }, objects?.[i] ?? []);
      if (objects) assert.deepEqual(verdict.kubectl, input.errors, "kubectl's objects hold the violation");
      assert.deepEqual(verdict.calico, input.errors);
    });
  }
});

/** Random flow collections and quoted scalars, broken over lines at random indentations (seeded: the same every run). */
function randomBodies(seed: number, count: number): string[] {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const gap = (): string => pick([' ', '', '\n', '\n ', '\n  ', '\n\t', '\n   ', ' # c\n', '\n\n ', '\r\n ']);
  const scalar = (depth: number): string => {
    const r = random();
    if (depth < 3 && r < 0.25) return collection(depth + 1);
    if (r < 0.45) return pick(['a', 'y', 'on', '1', 'a:b', 'x-y', '-z', 'it s', 'k:']) + (random() < 0.3 ? gap().replace('#', '') + pick(['b', 'c d', '2']) : '');
    if (r < 0.7) return `'${pick(['x', "it''s", ' x ', '#y', '"q"'])}${random() < 0.6 ? pick(['\n', '\n ', '\n\n', '\n\t ', '  \n']) + pick(['y', 'z z', '']) : ''}'`;
    return `"${pick(['x', '\\t', '\\u00e9', "\\'", 'a\\\n b'])}${random() < 0.6 ? pick(['\n', '\n ', '\n\n', ' \n  ']) + pick(['y', '\\n', '']) : ''}"`;
  };
  const collection = (depth: number): string => {
    const map = random() < 0.4;
    const items = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => (map ? `${pick(['k', 'l', 'm'])}${i}:${pick([' ', '\n '])}${scalar(depth)}` : scalar(depth)));
    return (map ? '{' : '[') + gap() + items.join(`,${gap()}`) + gap() + (map ? '}' : ']');
  };
  return Array.from({ length: count }, () => `data:\n  ${pick(['a', 'b'])}: ${random() < 0.8 ? collection(0) : scalar(3)}\n  z: 1\n`);
}

/** Keys in order: kubectl prints them sorted. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
}

describe('random under-indented flow constructs: never a value other than kubectl\'s', () => {
  if (!kubectlAvailable()) {
    it('kubectl is on PATH wherever CI runs', () => assert.ok(process.env.CI === undefined, 'kubectl is not on PATH'));
    return;
  }
  it('800 inputs: where calico-lint reads a value it is kubectl\'s, and it reads none where kubectl refuses', () => {
    const bodies = [...randomBodies(1, 400), ...randomBodies(3, 400)];
    const objects = kubectlObjects(bodies.map((body, i) => ({ name: `${i}.yaml`, bytes: Buffer.from(HEAD + body) })));
    const tally = { same: 0, refusedByBoth: 0, refusedByCalicoLint: 0 };
    const differing: string[] = [];
    for (const [i, body] of bodies.entries()) {
      const kubectl = objects[i]!.length === 0 ? undefined : JSON.stringify(sorted((objects[i]![0] as { data: unknown }).data));
      const { documents, problems } = parseManifest('/f.yaml', HEAD + body);
      const ours = problems.length > 0 ? undefined : JSON.stringify(sorted((documents[0]!.value as { data: unknown }).data));
      if (kubectl === ours) tally[kubectl === undefined ? 'refusedByBoth' : 'same']++;
      else if (ours === undefined) tally.refusedByCalicoLint++;
      else differing.push(`${JSON.stringify(body)}: kubectl ${kubectl}, calico-lint ${ours}`);
    }
    assert.deepEqual(differing, []);
    // Measured: 668 read alike, 88 refused by both, 44 refused by calico-lint only (values with an empty line that do
    // not fit on one line in the same length, and `[k:, x]`, which the yaml package reads otherwise).
    assert.deepEqual(tally, { same: 668, refusedByBoth: 88, refusedByCalicoLint: 44 });
  });
});
