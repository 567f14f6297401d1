import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { resourcesOf } from '../src/resources/resource.js';

const at = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });

describe('parseManifest', () => {
  it('locates keys and values in every document of a multi-document file', () => {
    const text = 'kind: A\n---\n# comment\nkind: B\nspec:\n  cidr: 10.0.0.0/8\n';
    const { documents, problems } = parseManifest('/f.yaml', text);
    assert.deepEqual(problems, []);
    assert.equal(documents.length, 2);
    assert.deepEqual(documents.map((d) => d.index), [0, 1]);
    assert.deepEqual(documents[1]!.value, { kind: 'B', spec: { cidr: '10.0.0.0/8' } });
    assert.deepEqual(documents[1]!.locate(['spec', 'cidr'], 'key'), at(6, 3, 6, 7));
    assert.deepEqual(documents[1]!.locate(['spec', 'cidr']), at(6, 9, 6, 19));
  });

  it('gives the same positions with CRLF line ends', () => {
    const lf = parseManifest('/f.yaml', 'a: 1\nspec:\n  cidr: "10.0.0.0/8"\n');
    const crlf = parseManifest('/f.yaml', 'a: 1\r\nspec:\r\n  cidr: "10.0.0.0/8"\r\n');
    assert.deepEqual(crlf.documents[0]!.locate(['spec', 'cidr']), at(3, 9, 3, 21));
    assert.deepEqual(crlf.documents[0]!.locate(['spec', 'cidr']), lf.documents[0]!.locate(['spec', 'cidr']));
    assert.deepEqual(crlf.documents[0]!.locate(['spec']), at(3, 3, 3, 21));
  });

  it('does not count a byte-order mark as a column', () => {
    const { documents } = parseManifest('/f.yaml', '\uFEFFkind: Pod\nmetadata: {name: x}\n');
    assert.deepEqual(documents[0]!.locate(['kind'], 'key'), at(1, 1, 1, 5));
    assert.deepEqual(documents[0]!.locate(['metadata', 'name']), at(2, 18, 2, 19));
  });

  it('reads JSON, tab-indented, with \\u escapes', () => {
    const text = '{\n\t"kind": "IPPool",\n\t"spec": {\n\t\t"cidr": "10.0.0.0\\u002f8"\n\t}\n}\n';
    const { documents, problems } = parseManifest('/f.json', text);
    assert.deepEqual(problems, []);
    assert.deepEqual(documents[0]!.value, { kind: 'IPPool', spec: { cidr: '10.0.0.0/8' } });
    assert.deepEqual(documents[0]!.locate(['spec', 'cidr'], 'key'), at(4, 3, 4, 9));
    assert.deepEqual(documents[0]!.locate(['spec', 'cidr']), at(4, 11, 4, 28));
  });

  it('reads YAML 1.1 scalars as Kubernetes does', () => {
    const text = 'a: yes\nb: On\nc: n\nd: OFF\ne: 0777\nf: ~\ng: "yes"\nh: true\n';
    const { documents } = parseManifest('/f.yaml', text);
    assert.deepEqual(documents[0]!.value, { a: true, b: true, c: false, d: false, e: 511, f: null, g: 'yes', h: true });
  });

  it('applies YAML 1.1 merge keys', () => {
    const text = 'base: &b {x: 1}\nderived:\n  <<: *b\n  z: 2\n';
    const { documents } = parseManifest('/f.yaml', text);
    assert.deepEqual(documents[0]!.value, { base: { x: 1 }, derived: { x: 1, z: 2 } });
  });

  it('reads a plain `y` key as the boolean true, as go-yaml v2 does', () => {
    const { documents } = parseManifest('/f.yaml', 'y: 1\nn: 2\n');
    assert.deepEqual(documents[0]!.value, { true: 1, false: 2 });
  });

  it('reads the last value of a duplicated key, as kubectl does, and points at that key', () => {
    const text = 'kind: Pod\nmetadata:\n  name: a\n  name: b\n';
    const { documents, problems } = parseManifest('/f.yaml', text);
    assert.deepEqual(problems, []);
    assert.deepEqual(documents[0]!.value, { kind: 'Pod', metadata: { name: 'b' } });
    assert.deepEqual(documents[0]!.locate(['metadata', 'name'], 'key'), at(4, 3, 4, 7));
  });

  it('reports a syntax error with its position and keeps the other documents', () => {
    const text = 'kind: A\n---\nkind: [B\nx: 1\n---\nkind: C\n';
    const { documents, problems } = parseManifest('/f.yaml', text);
    assert.deepEqual(documents.map((d) => d.value), [{ kind: 'A' }, { kind: 'C' }]);
    assert.equal(problems.length > 0, true);
    assert.match(problems[0]!.message, /^Parsing error: /);
    assert.equal(problems[0]!.range.line, 4);
  });

  it('reports one parse error where a string is cut off, not one per collection left open around it', () => {
    // A JSON manifest cut inside a string (pharmer/pharmer's vendored compute-api.json, truncated): kubectl says one
    // thing ("invalid character '\\n' in string literal"); the yaml package adds a "must end with a }" or "]" per open collection.
    const text = '{"apiVersion": "v1", "kind": "Pod", "spec": {"hostNetwork": true, "containers": [{"name": "a", "image": "trunc\n';
    const { problems } = parseManifest('/f.json', text);
    assert.deepEqual(problems, [{ message: 'Parsing error: Missing closing "quote', range: { line: 2, column: 1, endLine: 2, endColumn: 2 } }]);
  });

  it('explains a parse error caused by an unquoted selector', () => {
    const { problems } = parseManifest('/f.yaml', 'spec:\n  nodeSelector: !has(x) || has(y)\n');
    assert.equal(problems.length > 0, true);
    assert.match(problems[0]!.message, /an unquoted selector starting with `!` is read as a YAML tag: quote it\)$/);
    assert.equal(problems[0]!.range.line, 2);
  });

  it('records unresolved tags with their path and the text written', () => {
    const text = 'items:\n- spec:\n    nodeSelector: !all()\n';
    const { documents } = parseManifest('/f.yaml', text);
    assert.deepEqual(documents[0]!.unresolvedTags, [
      { path: ['items', 0, 'spec', 'nodeSelector'], tag: '!all()', written: '!all()', range: at(3, 19, 3, 25) },
    ]);
    assert.deepEqual(documents[0]!.value, { items: [{ spec: { nodeSelector: '' } }] });
  });

  it('gives nothing for empty files, `---` alone and comments alone', () => {
    for (const text of ['', '\n', '---\n', '---\n---\n', '# only a comment\n', '\uFEFF']) {
      const { documents, problems } = parseManifest('/f.yaml', text);
      assert.deepEqual({ documents, problems }, { documents: [], problems: [] }, JSON.stringify(text));
    }
  });

  it('turns an alias bomb into a problem instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const name = String.fromCharCode(98 + i);
      const previous = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const { documents, problems } = parseManifest('/bomb.yaml', lines.join('\n') + '\n');
    assert.equal(documents.length, 0);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^Parsing error: .*alias/i);
  });

  it('locates a missing path at its deepest existing ancestor key', () => {
    const { documents } = parseManifest('/f.yaml', 'kind: IPPool\nspec:\n  cidr: 10.0.0.0/8\n');
    assert.deepEqual(documents[0]!.locate(['spec', 'nodeSelector']), at(2, 1, 2, 5));
    assert.equal(documents[0]!.has(['spec', 'nodeSelector']), false);
    assert.equal(documents[0]!.has(['spec', 'cidr']), true);
  });
});

describe('resourcesOf', () => {
  const options = { defaultNamespace: 'default' };

  it('expands the items of a List and of *List kinds, with positions inside the list', () => {
    const text = [
      'apiVersion: v1',
      'kind: PodList',
      'items:',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: a, namespace: ci}',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata:',
      '    name: b',
      '- null',
      '',
    ].join('\n');
    const [doc] = parseManifest('/f.yaml', text).documents;
    const resources = resourcesOf(doc!, options);
    assert.deepEqual(resources.map((r) => [r.displayName, r.path]), [['Pod/ci/a', ['items', 0]], ['Pod/default/b', ['items', 1]]]);
    assert.deepEqual(resources[1]!.locate(['metadata', 'name']), at(10, 11, 10, 12));
    // kubectl rejects the whole list when an item is a scalar (and creates nothing from it).
    const [scalarItem] = parseManifest('/f.yaml', text.replace('- null', '- not-an-object')).documents;
    assert.deepEqual(resourcesOf(scalarItem!, options), []);
  });

  it('finds pod templates of every workload kind', () => {
    const kinds: Array<[string, string]> = [
      ['Pod', 'metadata: {name: x}\nspec: {hostNetwork: true}'],
      ['Deployment', 'metadata: {name: x}\nspec: {template: {spec: {hostNetwork: true}}}'],
      ['DaemonSet', 'metadata: {name: x}\nspec: {template: {spec: {hostNetwork: true}}}'],
      ['StatefulSet', 'metadata: {name: x}\nspec: {template: {spec: {hostNetwork: true}}}'],
      ['ReplicaSet', 'metadata: {name: x}\nspec: {template: {spec: {hostNetwork: true}}}'],
      ['ReplicationController', 'metadata: {name: x}\nspec: {template: {spec: {hostNetwork: true}}}'],
      ['Job', 'metadata: {name: x}\nspec: {template: {spec: {hostNetwork: true}}}'],
      ['CronJob', 'metadata: {name: x}\nspec: {jobTemplate: {spec: {template: {spec: {hostNetwork: true}}}}}'],
    ];
    for (const [kind, body] of kinds) {
      const [doc] = parseManifest('/f.yaml', `apiVersion: x/v1\nkind: ${kind}\n${body}\n`).documents;
      const [resource] = resourcesOf(doc!, options);
      assert.equal(resource!.podTemplates.length, 1, kind);
      assert.equal(resource!.podTemplates[0]!.spec.hostNetwork, true, kind);
    }
  });

  it('finds pools in both IPPool API groups and in an operator Installation', () => {
    const text = [
      'apiVersion: crd.projectcalico.org/v1',
      'kind: IPPool',
      'metadata: {name: a}',
      'spec: {cidr: 10.0.0.0/16}',
      '---',
      'apiVersion: projectcalico.org/v3',
      'kind: IPPool',
      'metadata: {name: b}',
      'spec: {cidr: 10.1.0.0/16}',
      '---',
      'apiVersion: operator.tigera.io/v1',
      'kind: Installation',
      'metadata: {name: default}',
      'spec:',
      '  calicoNetwork:',
      '    ipPools: [{name: c, cidr: 10.2.0.0/16}, {name: d, cidr: "fd00::/48"}]',
      '',
    ].join('\n');
    const pools = parseManifest('/f.yaml', text).documents.flatMap((doc) => resourcesOf(doc, options).flatMap((r) => r.pools));
    assert.deepEqual(pools.map((p) => [p.origin, p.name, p.spec.cidr]), [
      ['IPPool', 'a', '10.0.0.0/16'],
      ['IPPool', 'b', '10.1.0.0/16'],
      ['Installation', 'c', '10.2.0.0/16'],
      ['Installation', 'd', 'fd00::/48'],
    ]);
    assert.equal(pools.every((p) => p.resource.namespace === undefined), true);
  });

  it('ignores documents that are not Kubernetes objects', () => {
    for (const text of ['name: x\n', '- a\n- b\n', 'just a string\n', 'kind: Pod\n', '42\n']) {
      const docs = parseManifest('/f.yaml', text).documents;
      assert.deepEqual(docs.flatMap((doc) => resourcesOf(doc, options)), [], text);
    }
  });
});

describe('parseManifest with a relevance test', () => {
  const text = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'data: {a: "1"}',
    '---',
    'apiVersion: projectcalico.org/v3',
    'kind: IPPool',
    'metadata: {name: p}',
    '---   # a comment on the marker',
    'kind: Service',
    'spec: [broken',
    '---',
    'kind: IPPool',
    'spec:',
    '  cidr: 10.0.0.0/8',
    '',
  ].join('\n');
  const isRelevant = (doc: string) => doc.includes('IPPool');

  it('keeps document numbers and positions of the documents that matter, and skips the others', () => {
    const full = parseManifest('/f.yaml', text);
    const gated = parseManifest('/f.yaml', text, { isRelevant });
    assert.deepEqual(gated.documents.map((d) => d.index), [1, 3]);
    assert.deepEqual(gated.problems, [], 'the broken Service is not parsed');
    assert.ok(full.problems.length > 0, 'a full parse reports it');
    for (const doc of gated.documents) {
      const twin = full.documents.find((d) => d.index === doc.index)!;
      assert.deepEqual(doc.value, twin.value);
      assert.deepEqual(doc.locate(['kind'], 'key'), twin.locate(['kind'], 'key'));
    }
    assert.deepEqual(gated.documents[1]!.locate(['spec', 'cidr']), at(14, 9, 14, 19));
  });

  it('parses everything when a marker line carries content or directives are used', () => {
    for (const odd of [`--- {kind: ConfigMap}\n---\nkind: IPPool\n`, `%YAML 1.1\n---\nkind: ConfigMap\n---\nkind: IPPool\n`]) {
      const gated = parseManifest('/f.yaml', odd, { isRelevant });
      const full = parseManifest('/f.yaml', odd);
      assert.deepEqual(gated.documents.map((d) => d.value), full.documents.map((d) => d.value), odd);
    }
  });

  it('keeps CRLF line ends and positions in blanked files', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const gated = parseManifest('/f.yaml', crlf, { isRelevant });
    assert.deepEqual(gated.documents[1]!.locate(['spec', 'cidr']), at(14, 9, 14, 19));
  });
});
