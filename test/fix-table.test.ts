/**
 * Every fix and suggestion, as a table: the manifest, the text after `--fix`
 * (or after the suggestion), and what kubectl decodes from it. Cases where no
 * fix may be made (anchors, a flow mapping, a pair that is not alone on its
 * line) check that the text is left exactly as it was.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../rules/index.js';
import type { ConfigFileContents } from '../src/config/schema.js';
import type { ResourceRule, Rule } from '../src/engine/rule.js';
import { applySuggestion, fixText, getPath, kubectlDecode, lint } from './helpers/fix-tester.js';
import { yaml } from './helpers/rule-tester.js';

interface Decoded {
  /** Index of the object among those kubectl decodes. */
  object: number;
  path: ReadonlyArray<string | number>;
  /** undefined: the field is absent. */
  value: unknown;
}

interface FixCase {
  name: string;
  rule: string;
  input: string;
  output: string;
  decoded: Decoded[];
  config?: ConfigFileContents;
  /** Apply this suggestion instead of `--fix`. */
  suggestion?: RegExp;
}

const INFRA_CONFIG: ConfigFileContents = { infraPools: [{ name: 'infra', allowedNamespaces: ['ci'] }], calicoVersion: '3.30' };

const POD_TAIL = 'spec:\n  containers: [{name: c, image: busybox}]\n';

/** The pools the annotations name, so that the fixed annotation leaves nothing to report. */
const POOLS = [
  'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec: {cidr: 10.1.0.0/16, nodeSelector: "!all()"}\n',
  'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: tenants}\nspec: {cidr: 10.2.0.0/16}\n',
  'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra6}\nspec: {cidr: "fd00:1::/64", nodeSelector: "!all()"}\n',
].join('---\n') + '---\n';

const FIXES: FixCase[] = [
  {
    name: 'an unquoted !all() is quoted, not the blanks before its comment',
    rule: 'selector-yaml-tag',
    input: yaml`
      apiVersion: crd.projectcalico.org/v1
      kind: IPPool
      metadata: {name: infra}
      spec:
        cidr: 100.64.0.0/16
        nodeSelector: !all()    # never auto-assigned
    `,
    output: yaml`
      apiVersion: crd.projectcalico.org/v1
      kind: IPPool
      metadata: {name: infra}
      spec:
        cidr: 100.64.0.0/16
        nodeSelector: "!all()"    # never auto-assigned
    `,
    decoded: [{ object: 0, path: ['spec', 'nodeSelector'], value: '!all()' }],
  },
  {
    name: '`! all()` (the non-specific tag) becomes the selector meant: "!all()"',
    rule: 'selector-yaml-tag',
    input: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.0/16\n  nodeSelector: ! all()\n',
    output: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.0/16\n  nodeSelector: "!all()"\n',
    decoded: [{ object: 0, path: ['spec', 'nodeSelector'], value: '!all()' }],
  },
  {
    name: '!has(x) in a namespaceSelector, CRLF line ends and trailing spaces elsewhere kept',
    rule: 'selector-yaml-tag',
    input: 'apiVersion: projectcalico.org/v3  \r\nkind: IPPool\r\nmetadata: {name: tenants}\r\nspec:\r\n  cidr: 10.0.0.0/16\r\n  namespaceSelector: !has(infra)\r\n',
    output: 'apiVersion: projectcalico.org/v3  \r\nkind: IPPool\r\nmetadata: {name: tenants}\r\nspec:\r\n  cidr: 10.0.0.0/16\r\n  namespaceSelector: "!has(infra)"\r\n',
    decoded: [{ object: 0, path: ['spec', 'namespaceSelector'], value: '!has(infra)' }],
  },
  {
    name: 'typographic quotes in ipv4pools become the JSON string Calico expects',
    rule: 'pool-annotation-valid',
    input: POOLS + `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4pools: “["infra"]”  # from the blog\n${POD_TAIL}`,
    output: POOLS + `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4pools: '["infra"]'  # from the blog\n${POD_TAIL}`,
    decoded: [{ object: 3, path: ['metadata', 'annotations', 'cni.projectcalico.org/ipv4pools'], value: '["infra"]' }],
  },
  {
    name: 'a YAML list becomes the JSON string, beside its key',
    rule: 'pool-annotation-valid',
    input: POOLS + `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4pools:\n      - infra\n      - tenants\n    other: x\n${POD_TAIL}`,
    output: POOLS + `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4pools: '["infra", "tenants"]'\n    other: x\n${POD_TAIL}`,
    decoded: [{ object: 3, path: ['metadata', 'annotations', 'cni.projectcalico.org/ipv4pools'], value: '["infra", "tenants"]' }],
  },
  {
    name: 'a flow list (unquoted JSON) becomes the JSON string',
    rule: 'pool-annotation-valid',
    input: POOLS + `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ci\n  annotations:\n    cni.projectcalico.org/ipv6pools: [infra6]\n`,
    output: POOLS + `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ci\n  annotations:\n    cni.projectcalico.org/ipv6pools: '["infra6"]'\n`,
    decoded: [{ object: 3, path: ['metadata', 'annotations', 'cni.projectcalico.org/ipv6pools'], value: '["infra6"]' }],
  },
  {
    name: 'a quoted list without JSON quotes becomes JSON',
    rule: 'pool-annotation-valid',
    input: POOLS + `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4pools: "[infra, 10.1.0.0/16]"\n${POD_TAIL}`,
    output: POOLS + `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4pools: '["infra", "10.1.0.0/16"]'\n${POD_TAIL}`,
    decoded: [{ object: 3, path: ['metadata', 'annotations', 'cni.projectcalico.org/ipv4pools'], value: '["infra", "10.1.0.0/16"]' }],
  },
  {
    name: 'an unused comment directive goes, with its line',
    rule: 'unused-suppression',
    input: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  # calico-lint-disable-next-line no-host-network -- not needed any more\n  containers: [{name: c, image: busybox}]\n`,
    output: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c, image: busybox}]\n`,
    decoded: [{ object: 0, path: ['spec', 'containers', 0, 'name'], value: 'c' }],
  },
  {
    name: 'an unused annotation directive goes when other annotations remain',
    rule: 'unused-suppression',
    input: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    calico-lint/disable: "no-host-network -- not needed"\n    team: web\n${POD_TAIL}`,
    output: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    team: web\n${POD_TAIL}`,
    decoded: [{ object: 0, path: ['metadata', 'annotations'], value: { team: 'web' } }],
  },
  {
    name: 'a flattened IPPool: its fields move under the empty spec:, in order, comments kept',
    rule: 'ippool-misplaced-field',
    input: 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: flat\nspec:\ncidr: 10.20.0.0/16   # pods\nnatOutgoing: true\n',
    output: 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: flat\nspec:\n  cidr: 10.20.0.0/16   # pods\n  natOutgoing: true\n',
    decoded: [{ object: 0, path: ['spec'], value: { cidr: '10.20.0.0/16', natOutgoing: true } }],
  },
  {
    name: 'a field below spec: moves after its last field, at its indentation',
    rule: 'ippool-misplaced-field',
    input: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n    cidr: 10.30.0.0/16\nblockSize: 28\n',
    output: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n    cidr: 10.30.0.0/16\n    blockSize: 28\n',
    decoded: [{ object: 0, path: ['spec'], value: { cidr: '10.30.0.0/16', blockSize: 28 } }],
  },
  {
    name: 'a field above spec: moves before its first field',
    rule: 'ippool-misplaced-field',
    input: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nnodeSelector: "!all()"\nspec:\n  cidr: 10.30.0.0/16\n',
    output: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  nodeSelector: "!all()"\n  cidr: 10.30.0.0/16\n',
    decoded: [{ object: 0, path: ['spec'], value: { cidr: '10.30.0.0/16', nodeSelector: '!all()' } }],
  },
  {
    name: 'Installation pool: disabled: true → disableNewAllocations: true, ipipMode → encapsulation',
    rule: 'ippool-valid',
    input: yaml`
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: {name: default}
      spec:
        calicoNetwork:
          ipPools:
          - name: a
            cidr: 10.40.0.0/16
            disabled: true  # draining
            ipipMode: CrossSubnet
    `,
    output: yaml`
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: {name: default}
      spec:
        calicoNetwork:
          ipPools:
          - name: a
            cidr: 10.40.0.0/16
            disableNewAllocations: true  # draining
            encapsulation: IPIPCrossSubnet
    `,
    decoded: [{ object: 0, path: ['spec', 'calicoNetwork', 'ipPools', 0], value: { name: 'a', cidr: '10.40.0.0/16', disableNewAllocations: true, encapsulation: 'IPIPCrossSubnet' } }],
  },
  {
    name: 'Installation pool: disabled: false (the default) goes; vxlanMode: Always → encapsulation: VXLAN',
    rule: 'ippool-valid',
    input: yaml`
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: {name: default}
      spec:
        calicoNetwork:
          ipPools:
          - name: b
            cidr: 10.50.0.0/16
            disabled: false
            vxlanMode: Always
    `,
    output: yaml`
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: {name: default}
      spec:
        calicoNetwork:
          ipPools:
          - name: b
            cidr: 10.50.0.0/16
            encapsulation: VXLAN
    `,
    decoded: [{ object: 0, path: ['spec', 'calicoNetwork', 'ipPools', 0], value: { name: 'b', cidr: '10.50.0.0/16', encapsulation: 'VXLAN' } }],
  },
];

const SUGGESTIONS: FixCase[] = [
  {
    name: 'a CIDR with host bits: its network',
    rule: 'ippool-valid',
    suggestion: /network of this CIDR/,
    input: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: "10.30.0.1/16"\n',
    output: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: "10.30.0.0/16"\n',
    decoded: [{ object: 0, path: ['spec', 'cidr'], value: '10.30.0.0/16' }],
  },
  {
    name: 'a namespaced pool without allowedUses: allowedUses: [Workload]',
    rule: 'ippool-valid',
    suggestion: /allowedUses/,
    config: { calicoVersion: '3.31' },
    input: "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.30.0.0/16\n  namespaceSelector: team == 'a'\n",
    output: "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.30.0.0/16\n  namespaceSelector: team == 'a'\n  allowedUses: [Workload]\n",
    decoded: [{ object: 0, path: ['spec', 'allowedUses'], value: ['Workload'] }],
  },
  {
    name: 'an infra pool selected by every node: nodeSelector "!all()" in place of all()',
    rule: 'ippool-infra-node-selector',
    suggestion: /nodeSelector/,
    config: INFRA_CONFIG,
    input: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.0/16\n  nodeSelector: all()\n',
    output: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.0/16\n  nodeSelector: "!all()"\n',
    decoded: [{ object: 0, path: ['spec', 'nodeSelector'], value: '!all()' }],
  },
  {
    name: 'an infra pool without nodeSelector: assignmentMode: Manual added',
    rule: 'ippool-infra-node-selector',
    suggestion: /assignmentMode/,
    config: INFRA_CONFIG,
    input: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.0/16\n  natOutgoing: true\n',
    output: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.0/16\n  natOutgoing: true\n  assignmentMode: Manual\n',
    decoded: [{ object: 0, path: ['spec', 'assignmentMode'], value: 'Manual' }],
  },
  {
    name: 'an Installation infra pool: nodeSelector added to its list item',
    rule: 'ippool-infra-node-selector',
    suggestion: /nodeSelector/,
    config: INFRA_CONFIG,
    input: yaml`
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: {name: default}
      spec:
        calicoNetwork:
          ipPools:
          - name: infra
            cidr: 100.64.0.0/16
    `,
    output: yaml`
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: {name: default}
      spec:
        calicoNetwork:
          ipPools:
          - name: infra
            cidr: 100.64.0.0/16
            nodeSelector: "!all()"
    `,
    decoded: [{ object: 0, path: ['spec', 'calicoNetwork', 'ipPools', 0, 'nodeSelector'], value: '!all()' }],
  },
  {
    name: 'hostNetwork: true replaced by the infra pool\'s annotation on the pod template',
    rule: 'no-host-network',
    suggestion: /hostNetwork/,
    config: INFRA_CONFIG,
    input: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: runner, namespace: ci}
      spec:
        template:
          metadata:
            labels: {app: runner}
          spec:
            hostNetwork: true
            containers: [{name: c, image: busybox}]
    `,
    output: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: runner, namespace: ci}
      spec:
        template:
          metadata:
            labels: {app: runner}
            annotations:
              cni.projectcalico.org/ipv4pools: '["infra"]'
          spec:
            containers: [{name: c, image: busybox}]
    `,
    decoded: [
      { object: 0, path: ['spec', 'template', 'spec', 'hostNetwork'], value: undefined },
      { object: 0, path: ['spec', 'template', 'metadata', 'annotations', 'cni.projectcalico.org/ipv4pools'], value: '["infra"]' },
    ],
  },
  {
    name: 'a pool annotation on a Deployment\'s own metadata moves to its pod template',
    rule: 'pool-annotation-valid',
    suggestion: /Move/,
    input: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations:
          cni.projectcalico.org/ipv4pools: '["infra"]'
      spec:
        template:
          metadata:
            annotations:
              team: web
          spec:
            containers: [{name: c, image: busybox}]
    `,
    output: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          metadata:
            annotations:
              team: web
              cni.projectcalico.org/ipv4pools: '["infra"]'
          spec:
            containers: [{name: c, image: busybox}]
    `,
    decoded: [
      { object: 0, path: ['metadata', 'annotations'], value: undefined },
      { object: 0, path: ['spec', 'template', 'metadata', 'annotations'], value: { team: 'web', 'cni.projectcalico.org/ipv4pools': '["infra"]' } },
    ],
  },
];

/** Findings that must keep their text unchanged: a fix there could change what else reads the same node. */
const NOT_FIXED: Array<{ name: string; rule: string; input: string }> = [
  {
    name: 'a document with an anchor and alias',
    rule: 'selector-yaml-tag',
    input: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra, labels: &l {a: b}}\nspec:\n  cidr: 100.64.0.0/16\n  nodeSelector: !all()\n  x: *l\n',
  },
  {
    name: 'a merge key',
    rule: 'ippool-valid',
    input: yaml`
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: {name: default}
      spec:
        calicoNetwork:
          ipPools:
          - <<: {blockSize: 26}
            name: a
            cidr: 10.40.0.0/16
            disabled: true
    `,
  },
  {
    name: 'disabled: false inside a flow mapping (deleting its line would break the entry)',
    rule: 'ippool-valid',
    input: 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n    ipPools: [{name: a, cidr: 10.40.0.0/16, disabled: false}]\n',
  },
  {
    name: 'ipipMode beside vxlanMode (no single encapsulation says both)',
    rule: 'ippool-valid',
    input: 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n    ipPools:\n    - name: a\n      cidr: 10.40.0.0/16\n      ipipMode: Never\n      vxlanMode: Always\n',
  },
  {
    name: 'a bare word in ipv4pools (a name or a typo: the author decides)',
    rule: 'pool-annotation-valid',
    input: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4pools: infra\n${POD_TAIL}`,
  },
  {
    name: 'a misplaced field that is also under spec (which one is meant?)',
    rule: 'ippool-misplaced-field',
    input: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.30.0.0/16\ncidr: 10.31.0.0/16\n',
  },
];

function rulesFor(id: string) {
  return id === 'unused-suppression' ? allRules : allRules.filter((rule) => rule.meta.id === id);
}

describe('fix and suggestion tables (output, and kubectl\'s decoded value after)', () => {
  for (const testCase of [...FIXES, ...SUGGESTIONS]) {
    it(`${testCase.suggestion ? 'suggestion' : 'fix'} (${testCase.rule}): ${testCase.name}`, () => {
      const rules = rulesFor(testCase.rule);
      const before = lint(testCase.input, rules, testCase.config).filter((f) => f.ruleId === testCase.rule);
      assert.ok(before.length > 0, 'the rule reports the input');
      const output = testCase.suggestion
        ? applySuggestion(testCase.input, rules, testCase.suggestion, testCase.config)
        : fixText(testCase.input, rules, testCase.config).output;
      assert.equal(output, testCase.output);
      if (!testCase.suggestion) {
        // Fixed: the rule has nothing left to say, and a second --fix changes nothing.
        assert.deepEqual(lint(output, rules, testCase.config).filter((f) => f.ruleId === testCase.rule).map((f) => f.message), []);
        assert.equal(fixText(output, rules, testCase.config).output, output);
      }
      const objects = kubectlDecode(output);
      for (const { object, path, value } of testCase.decoded) {
        assert.deepEqual(getPath(objects[object], path), value, `kubectl reads ${path.join('.')}`);
      }
    });
  }
  for (const testCase of NOT_FIXED) {
    it(`no fix (${testCase.rule}): ${testCase.name}`, () => {
      const rules = rulesFor(testCase.rule);
      const findings = lint(testCase.input, rules).filter((f) => f.ruleId === testCase.rule);
      assert.ok(findings.length > 0, 'the rule reports the input');
      assert.deepEqual(findings.filter((f) => f.fix).map((f) => f.message), []);
      assert.equal(fixText(testCase.input, rules).output, testCase.input);
    });
  }

  it('a BOM and CRLF survive a fix; only the edited span changes', () => {
    const input = '\uFEFFapiVersion: projectcalico.org/v3\r\nkind: IPPool\r\nmetadata: {name: infra}\r\nspec:\r\n  cidr: 100.64.0.0/16\r\n  nodeSelector: !all() \r\n';
    const [finding] = lint(input, rulesFor('selector-yaml-tag'));
    // Offsets count from after the BOM, as ESLint's.
    assert.deepEqual(finding!.fix && { range: finding!.fix.range, text: finding!.fix.text }, { range: [119, 125], text: '"!all()"' });
    const output = fixText(input.slice(1), rulesFor('selector-yaml-tag')).output;
    assert.equal(output, input.slice(1).replace('!all()', '"!all()"'));
  });
});

describe('the check behind every fix', () => {
  const POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.0.0.0/16\n  natOutgoing: true\n';
  /** A rule whose fix replaces `natOutgoing: true` with `text`, claiming that Kubernetes then reads `claimed`. */
  const ruleWith = (text: string, claimed: unknown): ResourceRule => ({
    meta: { id: 'test-fix', description: 'a test rule.', remediation: 'none needed.', docsUrl: 'x', defaultSeverity: 'error', fixable: 'code', scope: 'resource' },
    check(resource, context) {
      if (resource.kind !== 'IPPool') return;
      context.report({
        resource, path: ['spec', 'natOutgoing'], message: 'm',
        fix: (source) => ({ edits: [{ range: source.span(resource, ['spec', 'natOutgoing']), text }], expect: [{ path: ['spec', 'natOutgoing'], value: claimed }] }),
      });
    },
  });
  const fixOf = (rule: Rule) => lint(POOL, [rule])[0]!.fix;

  it('keeps a fix whose text reads as claimed', () => {
    assert.equal(fixOf(ruleWith('false', false))?.text, 'false');
    // YAML 1.1, as kubectl: `off` is false.
    assert.equal(fixOf(ruleWith('off', false))?.text, 'off');
  });

  it('drops a fix that reads otherwise, or that breaks the YAML or other fields', () => {
    assert.equal(fixOf(ruleWith('"false"', false)), undefined, 'the string "false" is not false');
    assert.equal(fixOf(ruleWith('false\n  cidr: 10.1.0.0/16', false)), undefined, 'a field changed that the fix did not declare');
    assert.equal(fixOf(ruleWith('[', false)), undefined, 'no longer parses');
    assert.equal(fixOf(ruleWith('false\n---\nkind: X', false)), undefined, 'a new document');
  });
});
