/**
 * A strategic merge patch of the CRD-typed Installation, as Flux's post-renderers apply it
 * (a Kustomization's `patches` over Helm's output: fluxcd/helm-controller
 * internal/postrender/kustomize.go), checked against the real kustomize (`kubectl kustomize`,
 * kubectl 1.32, kustomize v5.5.0): src/resources/merge-patch.ts must give the same object,
 * or refuse where kustomize fails. Shows the claim of that module: for a kind kustomize has
 * no schema for, lists are replaced whole even when their entries have a `name`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { applyMergePatch } from '../src/resources/merge-patch.js';

type Plain = Record<string, unknown>;

const INSTALLATION = {
  apiVersion: 'operator.tigera.io/v1',
  kind: 'Installation',
  metadata: { name: 'default' },
  spec: {
    registry: 'quay.io/',
    calicoNetwork: { mtu: 1400, ipPools: [{ name: 'a', cidr: '10.0.0.0/24', natOutgoing: 'Enabled' }, { name: 'b', cidr: '10.1.0.0/24' }] },
  },
};

function kustomized(patchSpec: Plain): Plain | undefined {
  const root = mkdtempSync(path.join(tmpdir(), 'calico-lint-smp-'));
  writeFileSync(path.join(root, 'installation.yaml'), JSON.stringify(INSTALLATION));
  const patch = JSON.stringify({ apiVersion: 'operator.tigera.io/v1', kind: 'Installation', metadata: { name: 'default' }, spec: patchSpec });
  writeFileSync(path.join(root, 'kustomization.yaml'), `resources: [installation.yaml]\npatches:\n- patch: ${JSON.stringify(patch)}\n`);
  const run = spawnSync('kubectl', ['kustomize', root], { encoding: 'utf8' });
  return run.status === 0 ? (parse(run.stdout, { version: '1.1' }) as Plain) : undefined;
}

function ours(patchSpec: Plain): Plain | undefined {
  return applyMergePatch(INSTALLATION, { apiVersion: 'operator.tigera.io/v1', kind: 'Installation', metadata: { name: 'default' }, spec: patchSpec })?.value;
}

describe('strategic merge patch of an Installation, against kubectl kustomize', () => {
  it('kubectl is installed (the oracle of this file)', () => {
    assert.equal(spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status, 0);
  });
  const cases: Array<[string, Plain]> = [
    ['a scalar only (mtu)', { calicoNetwork: { mtu: 1300 } }],
    ['a pool list with a name the object has: replaced whole, not merged by name', { calicoNetwork: { ipPools: [{ name: 'b', cidr: '10.9.0.0/24' }] } }],
    ['null deletes', { registry: null, calicoNetwork: { mtu: null } }],
    ['a mapping the object lacks is added', { cni: { type: 'Calico', ipam: { type: 'Calico' } } }],
    ['an empty list', { calicoNetwork: { ipPools: [] } }],
    ['a mapping over the list: kustomize fails', { calicoNetwork: { ipPools: { cidr: '10.0.0.0/24' } } }],
    ['a scalar over a mapping: kustomize fails', { calicoNetwork: 'none' }],
  ];
  for (const [name, patch] of cases) {
    it(name, () => assert.deepEqual(ours(patch), kustomized(patch)));
  }
});
