/**
 * A strategic merge patch of a CRD-typed object as kustomize applies it (src/resources/merge-patch.ts):
 * kyaml merge2.Merge with no schema (kustomize kyaml/yaml/merge2/merge2.go, kyaml/yaml/walk/walk.go,
 * kyaml/yaml/schema/schema.go IsAssociative: no schema and no inference, so no list is associative),
 * i.e. a JSON merge patch (RFC 7386): mappings merge, lists and scalars replace, null deletes,
 * a value of another kind fails the build.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyMergePatch, hasDirective } from '../src/resources/merge-patch.js';

const DOC = { spec: { calicoNetwork: { mtu: 1400, ipPools: [{ name: 'a', cidr: '10.0.0.0/24' }, { name: 'b', cidr: '10.1.0.0/24' }] }, registry: 'r/' } };

describe('applyMergePatch', () => {
  it('a mapping merges key by key: what the patch does not name keeps its value and its origin', () => {
    const result = applyMergePatch(DOC, { spec: { calicoNetwork: { mtu: 1300 } } });
    assert.ok(result);
    assert.deepEqual(result.value, { spec: { calicoNetwork: { mtu: 1300, ipPools: DOC.spec.calicoNetwork.ipPools }, registry: 'r/' } });
    assert.deepEqual(result.originOf(['spec', 'calicoNetwork', 'mtu']), { patch: ['spec', 'calicoNetwork', 'mtu'] });
    assert.deepEqual(result.originOf(['spec', 'calicoNetwork', 'ipPools', 1, 'cidr']), { before: ['spec', 'calicoNetwork', 'ipPools', 1, 'cidr'] });
    assert.deepEqual(result.originOf(['spec', 'calicoNetwork']), { before: ['spec', 'calicoNetwork'] });
  });

  it('a list replaces the whole list, even entries with the same name (no merge key without a schema)', () => {
    const result = applyMergePatch(DOC, { spec: { calicoNetwork: { ipPools: [{ name: 'b', cidr: '10.9.0.0/24' }] } } });
    assert.ok(result);
    assert.deepEqual(result.value.spec, { calicoNetwork: { mtu: 1400, ipPools: [{ name: 'b', cidr: '10.9.0.0/24' }] }, registry: 'r/' });
    assert.deepEqual(result.originOf(['spec', 'calicoNetwork', 'ipPools', 0, 'cidr']), { patch: ['spec', 'calicoNetwork', 'ipPools', 0, 'cidr'] });
  });

  it('null deletes a key; a mapping the object lacks is added whole, from the patch', () => {
    const result = applyMergePatch(DOC, { spec: { registry: null, calicoNetwork: { ipPools: null }, cni: { type: 'Calico', ipam: null } } });
    assert.ok(result);
    assert.deepEqual(result.value.spec, { calicoNetwork: { mtu: 1400 }, cni: { type: 'Calico' } });
    assert.deepEqual(result.originOf(['spec', 'cni']), { patch: ['spec', 'cni'] });
    assert.deepEqual(result.originOf(['spec', 'cni', 'type']), { patch: ['spec', 'cni', 'type'] });
  });

  it('a value of another kind than the object\'s fails (kustomize: ErrorIfAnyInvalidAndNonNull)', () => {
    assert.equal(applyMergePatch(DOC, { spec: { calicoNetwork: { ipPools: { cidr: 'x' } } } }), undefined);
    assert.equal(applyMergePatch(DOC, { spec: { calicoNetwork: 'x' } }), undefined);
    assert.equal(applyMergePatch(DOC, { spec: { registry: ['x'] } }), undefined);
  });

  it('directives are not applied here', () => {
    assert.equal(applyMergePatch(DOC, { spec: { $patch: 'replace' } }), undefined);
    assert.equal(hasDirective({ spec: { calicoNetwork: { ipPools: [{ $patch: 'delete', name: 'a' }] } } }), true);
    assert.equal(hasDirective({ spec: { calicoNetwork: { '$setElementOrder/ipPools': [] } } }), true);
    assert.equal(hasDirective({ spec: { calicoNetwork: { ipPools: [{ name: 'a' }] } } }), false);
  });
});
