/**
 * Issue 18 item 8 and issue 23: work stays linear in the input, or is capped
 * with a positioned message. Asserted on output and on counted operations,
 * never on time (the figures are in `npm run bench` and the closing note).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_PARSE_PROBLEMS, parseManifest } from '../src/parse/parse-manifest.js';
import { runBin, workspace } from './helpers/cli.js';

const service = (i: number) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\n  namespace: ns-${i % 7}\nspec:\n  selector: {app: a${i}}\n  ports:\n    - port: 80\n`;
const deployment = (i: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: dep-${i}\nspec:\n  template:\n    metadata:\n      annotations:\n` +
  `        cni.projectcalico.org/ipv4pools: '["pool-${i % 5}"]'\n    spec:\n      containers: [{name: c, image: nginx}]\n`;
const pool = (i: number) =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: pool-${i}\nspec:\n  cidr: 10.${(i >> 8) & 255}.${i & 255}.0/24\n  nodeSelector: all()\n`;

/** Characters handed to regular expressions (test, exec) while `run` runs. */
function charactersScannedByRegExps(run: () => void): number {
  const { test, exec } = RegExp.prototype;
  let scanned = 0;
  RegExp.prototype.test = function (this: RegExp, text: string) {
    scanned += String(text).length;
    return test.call(this, text);
  };
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    scanned += String(text).length;
    return exec.call(this, text);
  };
  try {
    run();
  } finally {
    RegExp.prototype.test = test;
    RegExp.prototype.exec = exec;
  }
  return scanned;
}

describe('one stream of many documents', () => {
  it('3,000 documents (Services, Deployments, pools mixed): no expression scans the whole stream once per document', () => {
    const text = Array.from({ length: 3000 }, (_, i) => [service, deployment, pool][i % 3]!(i)).join('---\n');
    let parsed: ReturnType<typeof parseManifest> | undefined;
    const scanned = charactersScannedByRegExps(() => {
      parsed = parseManifest('stream.yaml', text);
    });
    assert.equal(parsed!.documents.length, 3000);
    assert.deepEqual(parsed!.problems, []);
    // Linear: about 23 × the text (every scalar is tried against YAML 1.1's tag patterns). Quadratic (one search
    // of the whole text per document, as before) scanned 3,000 × the text: 1.5 billion characters.
    assert.ok(scanned < 100 * text.length, `${scanned} characters scanned for a text of ${text.length}`);
  });
});

describe('parse errors are capped per file', () => {
  it(`one line of 200,000 stray brackets: ${MAX_PARSE_PROBLEMS} problems, then one that counts the rest, at its position`, () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true}\nx: ${']'.repeat(200_000)}\n`;
    const { problems } = parseManifest('errors.yaml', text);
    assert.equal(problems.length, MAX_PARSE_PROBLEMS + 1);
    assert.deepEqual(problems[0], {
      message: 'Parsing error: Unexpected flow-seq-end token in YAML stream: "]"',
      range: { line: 5, column: 4, endLine: 5, endColumn: 5 },
    });
    assert.deepEqual(problems.at(-1), {
      message: 'Parsing error: 199,900 more problems from here on in this file are not listed (at most 100 per file): fix these and lint again',
      range: { line: 5, column: 104, endLine: 5, endColumn: 104 },
    });
  });

  it('errors the composer finds (90,000 in one document) are capped too', () => {
    const text = `kind: IPPool\n- a\n${'- b\n  c: d\n'.repeat(30_000)}`;
    const { problems } = parseManifest('errors.yaml', text);
    assert.equal(problems.length, MAX_PARSE_PROBLEMS + 1);
    assert.match(problems.at(-1)!.message, /^Parsing error: [\d,]+ more problems from here on in this file are not listed/);
  });

  // Calico's charts/calico/templates/calico-kube-controllers-rbac.yaml (projectcalico/calico 87c1590): a Helm
  // template whose `{{- if … }}` gives 460 syntax errors. They give way to the template notice, the ones past
  // the cap too; a broken document after it still has its own errors listed, at their positions.
  it('a template document past the cap leaves no "more problems" error behind', () => {
    const template = `{{- if eq .Values.datastore "etcd" }}\nkind: ClusterRole\napiVersion: rbac.authorization.k8s.io/v1\nmetadata:\n  name: r\nrules:\n` +
      `  - apiGroups: [""]\n    verbs:\n      - get\n      - list\n`.repeat(60) + `---\n{{- end }}\n`;
    const bare = parseManifest('t.yaml', template);
    assert.equal(bare.problems.length, MAX_PARSE_PROBLEMS + 1);
    const asTemplate = parseManifest('t.yaml', template, { templates: true });
    assert.deepEqual(asTemplate.problems, []);
    assert.deepEqual(asTemplate.templates?.map((t) => t.range.line), [1, 248]);
    const followed = parseManifest('t.yaml', `${template}---\nkind: Pod\nx: ]]\n`, { templates: true });
    assert.deepEqual(followed.problems.map((p) => [p.message, p.range.line, p.range.column]), [
      ['Parsing error: Unexpected flow-seq-end token in YAML stream: "]"', 251, 4],
      ['Parsing error: Unexpected flow-seq-end token in YAML stream: "]"', 251, 5],
    ]);
  });

  it('a capped file still fails, with the capped count in every format', async () => {
    const cwd = await workspace({ 'errors.yaml': `kind: IPPool\nx: ${']'.repeat(50_000)}\n` });
    const run = runBin(['-f', 'json', 'errors.yaml'], { cwd });
    assert.equal(run.status, 1);
    const [result] = JSON.parse(run.stdout) as Array<{ errorCount: number; messages: Array<{ message: string; line: number; column: number; fatal: boolean }> }>;
    assert.equal(result!.errorCount, MAX_PARSE_PROBLEMS + 1);
    assert.deepEqual(
      { ...result!.messages.at(-1)! },
      { ruleId: null, severity: 2, fatal: true, line: 2, column: 104, endLine: 2, endColumn: 104,
        message: 'Parsing error: 49,900 more problems from here on in this file are not listed (at most 100 per file): fix these and lint again' },
    );
  });
});
