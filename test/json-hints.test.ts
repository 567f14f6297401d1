/**
 * Hints in the syntax of the file they go into (src/resources/written-pair.ts):
 * a JSON manifest gets `"natOutgoing": true`, never the YAML pair that would
 * break it, and the `--fix` of an annotation list in a JSON file stays JSON,
 * as kubectl reads it (checked with the real kubectl).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ippoolInfraNodeSelector } from '../rules/ippool-infra-node-selector.js';
import { ippoolValid } from '../rules/ippool-valid.js';
import { poolAnnotationValid } from '../rules/pool-annotation-valid.js';
import { runBin, workspace } from './helpers/cli.js';
import { lintOne } from './helpers/rule-tester.js';

const IPPOOL_JSON = '{"apiVersion":"crd.projectcalico.org/v1","kind":"IPPool","metadata":{"name":"x"},' +
  '"spec":{"cidr":"10.4.0.0/16","natOutgoing":"true","ipipMode":"always","encapsulation":"VXLAN","allowedUses":"Workload"}}\n';
const INSTALLATION_JSON = '{"apiVersion":"operator.tigera.io/v1","kind":"Installation","metadata":{"name":"default"},' +
  '"spec":{"calicoNetwork":{"ipPools":[{"cidr":"10.5.0.0/16","ipipMode":"Always","natOutgoing":true,"disabled":true}]}}}\n';
const POD_JSON = '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"ci","annotations":' +
  '{"cni.projectcalico.org/ipv4pools":"[“infra”]"}},"spec":{"containers":[{"name":"c","image":"x"}]}}\n';
const INFRA_JSON = '{"apiVersion":"crd.projectcalico.org/v1","kind":"IPPool","metadata":{"name":"infra"},' +
  '"spec":{"cidr":"100.64.0.0/16","nodeSelector":"all()","natOutgoing":true}}\n';

const shown = (findings: ReturnType<typeof lintOne>) => findings.map((f) => [f.range.line, f.range.column, f.message]);

describe('hints written in JSON for a JSON manifest', () => {
  it('IPPool and Installation pools: every pair the message asks for is a JSON pair', () => {
    assert.deepEqual(shown(lintOne(ippoolValid, IPPOOL_JSON, undefined, '/repo/pool.json')), [
      [1, 125, 'spec.natOutgoing is the string "true" (quoted), not a boolean: Kubernetes accepts only true or false here. Write `"natOutgoing": true`'],
      [1, 143, 'spec.ipipMode "always" is not valid: the values are case-sensitive. Write `"ipipMode": "Always"` (Kubernetes and Calico reject it; omit the field for Never)'],
      [1, 152, 'spec.encapsulation is not a field of an IPPool spec: an IPPool sets `"vxlanMode": "Always"` instead'],
      [1, 190, 'spec.allowedUses must be a list; got "Workload". Write `"allowedUses": ["Workload"]`'],
    ]);
    assert.deepEqual(shown(lintOne(ippoolValid, INSTALLATION_JSON, undefined, '/repo/installation.json')), [
      [1, 149, 'ipPools[0].ipipMode is not a field of an Installation pool: Installation pools set `encapsulation` instead: write `"encapsulation": "IPIP"`'],
      [1, 183, 'ipPools[0].natOutgoing is the boolean true, but the Installation API takes Enabled or Disabled. Write `"natOutgoing": "Enabled"`'],
      [1, 188, 'ipPools[0].disabled is not a field of an Installation pool: Installation pools set `"disableNewAllocations": true` instead'],
    ]);
  });

  it('the same manifest as YAML keeps the YAML pairs', () => {
    assert.deepEqual(shown(lintOne(ippoolValid, IPPOOL_JSON, undefined, '/repo/pool.yaml')).map(([, , message]) => message), [
      'spec.natOutgoing is the string "true" (quoted), not a boolean: Kubernetes accepts only true or false here. Write `natOutgoing: true` without quotes',
      'spec.ipipMode "always" is not valid: the values are case-sensitive. Write `ipipMode: Always` (Kubernetes and Calico reject it; omit the field for Never)',
      'spec.encapsulation is not a field of an IPPool spec: an IPPool sets `vxlanMode: Always` instead',
      'spec.allowedUses must be a list; got "Workload". Write `allowedUses: [Workload]`',
    ]);
  });

  it('infra pool selector and annotation list', () => {
    const config = { infraPools: [{ name: 'infra', allowedNamespaces: ['ci'] }] };
    assert.deepEqual(shown(lintOne(ippoolInfraNodeSelector, INFRA_JSON, config, '/repo/infra.json')), [
      [1, 132, 'Infra pool "infra" has nodeSelector "all()", which every node matches, so IPAM assigns its addresses automatically to pods there ' +
        'that did not ask for it. Set `"nodeSelector": "!all()"` or `"assignmentMode": "Manual"`.'],
    ]);
    assert.deepEqual(shown(lintOne(poolAnnotationValid, POD_JSON, config, '/repo/pod.json')).map(([line, column, message]) => [line, column, String(message).split('. Even then')[0]]), [
      [1, 122, '`cni.projectcalico.org/ipv4pools` is not JSON: it contains typographic quotes (“ ” ‘ ’), probably pasted from a web page; ' +
        'use plain ASCII quotes ("). Write it as `"cni.projectcalico.org/ipv4pools": "[\\"infra\\"]"`'],
    ]);
  });

  it('--fix of the annotation list in a JSON file writes a JSON string, which kubectl reads (was a YAML single-quoted string: kubectl refused the file)', async () => {
    const root = await workspace({
      'pod.json': POD_JSON,
      'pools.yaml': 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: infra}\nspec: {cidr: 100.64.0.0/16, nodeSelector: "!all()"}\n',
    });
    const run = runBin(['--fix', '.'], { cwd: root });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const fixed = '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"ci","annotations":' +
      '{"cni.projectcalico.org/ipv4pools":"[\\"infra\\"]"}},"spec":{"containers":[{"name":"c","image":"x"}]}}\n';
    const kubectl = spawnSync('kubectl', ['label', '--local', '-f', path.join(root, 'pod.json'), 'x=y', '-o', 'json'], { encoding: 'utf8' });
    assert.equal(kubectl.status, 0, kubectl.stderr);
    assert.equal(JSON.parse(kubectl.stdout).metadata.annotations['cni.projectcalico.org/ipv4pools'], '["infra"]');
    await writeFile(path.join(root, 'expected.json'), fixed);
    assert.equal(spawnSync('cmp', [path.join(root, 'pod.json'), path.join(root, 'expected.json')]).status, 0);
  });
});
