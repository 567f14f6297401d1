/**
 * crd-schema-valid's fixes and suggestions: the text after `--fix` (or the
 * suggestion) and what kubectl decodes from it, as in test/fix-table.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crdSchemaValid } from '../rules/crd-schema-valid.js';
import { applySuggestion, fixText, kubectlDecode, lint } from './helpers/fix-tester.js';
import { yaml } from './helpers/rule-tester.js';

const RULES = [crdSchemaValid];

const IPAM = yaml`
  apiVersion: crd.projectcalico.org/v1
  kind: IPAMConfig
  metadata: {name: default}
  spec:
    strictAffinity: "true"
    autoAllocateBlocks: 'false'
    maxBlocksPerHost: "40"
`;

const BGP = yaml`
  apiVersion: crd.projectcalico.org/v1
  kind: BGPConfiguration
  metadata: {name: default}
  spec:
    serviceLoadBalancerIP:
    - cidr: 10.0.0.0/24
    bindMode: nodeip
`;

describe('crd-schema-valid fixes and suggestions', () => {
  it('fix: a quoted boolean or integer loses its quotes, and kubectl then reads the typed value', () => {
    const { output } = fixText(IPAM, RULES);
    assert.equal(output, IPAM.replace('"true"', 'true').replace("'false'", 'false').replace('"40"', '40'));
    assert.deepEqual(lint(output, RULES).map((finding) => finding.message), []);
    assert.deepEqual(kubectlDecode(output)[0]!.spec, { strictAffinity: true, autoAllocateBlocks: false, maxBlocksPerHost: 40 });
  });

  it('suggestion: a misspelt field is renamed to the nearest one, its value kept', () => {
    const output = applySuggestion(BGP, RULES, /^Rename `serviceLoadBalancerIP` to `serviceLoadBalancerIPs`$/);
    assert.equal(output, BGP.replace('serviceLoadBalancerIP:', 'serviceLoadBalancerIPs:'));
    assert.deepEqual(kubectlDecode(output)[0]!.spec.serviceLoadBalancerIPs, [{ cidr: '10.0.0.0/24' }]);
  });

  it('suggestion: an enum value in the wrong case becomes the allowed one', () => {
    const output = applySuggestion(BGP, RULES, /^Write NodeIP$/);
    assert.equal(output, BGP.replace('bindMode: nodeip', 'bindMode: NodeIP'));
    assert.equal(kubectlDecode(output)[0]!.spec.bindMode, 'NodeIP');
  });

  it('no fix where the value is not plainly the typed one, no rename onto a field written already', () => {
    const text = yaml`
      apiVersion: crd.projectcalico.org/v1
      kind: BGPConfiguration
      metadata: {name: default}
      spec:
        nodeToNodeMeshEnabled: "yes"
        serviceLoadBalancerIPs: []
        serviceLoadBalancerIP: []
    `;
    const findings = lint(text, RULES);
    assert.equal(findings.length, 2);
    assert.deepEqual(findings.map((finding) => [Boolean(finding.fix), finding.suggestions?.length ?? 0]), [[false, 0], [false, 0]]);
    assert.equal(fixText(text, RULES).output, text);
  });
});
