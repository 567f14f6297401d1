/**
 * JSON patches (RFC 6902 §4) as kustomize applies a Flux post-renderer's patches, and the way
 * back from a patched path to the operation or the original path (src/resources/json-patch.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyJsonPatch, parsePointer, type JsonPatchOperation } from '../src/resources/json-patch.js';

const DOC = { spec: { pools: [{ cidr: 'a' }, { cidr: 'b' }, { cidr: 'c' }], mtu: 1400 } };

function run(operations: JsonPatchOperation[]) {
  const result = applyJsonPatch(DOC, operations);
  assert.ok(result);
  return result;
}

describe('applyJsonPatch', () => {
  it('add inserts into a list (`-` appends); paths after it map back one down', () => {
    const result = run([{ op: 'add', path: '/spec/pools/1', value: { cidr: 'x' } }, { op: 'add', path: '/spec/pools/-', value: { cidr: 'y' } }]);
    assert.deepEqual((result.value as typeof DOC).spec.pools.map((pool) => pool.cidr), ['a', 'x', 'b', 'c', 'y']);
    assert.deepEqual(result.originOf(['spec', 'pools', 1, 'cidr']), { op: 0, rest: ['cidr'] });
    assert.deepEqual(result.originOf(['spec', 'pools', 3, 'cidr']), { before: ['spec', 'pools', 2, 'cidr'] });
    assert.deepEqual(result.originOf(['spec', 'pools', 4]), { op: 1, rest: [] });
    assert.deepEqual(result.originOf(['spec', 'pools', 0]), { before: ['spec', 'pools', 0] });
  });

  it('remove shifts later entries back up; replace writes in place', () => {
    const result = run([{ op: 'remove', path: '/spec/pools/0' }, { op: 'replace', path: '/spec/pools/1/cidr', value: 'z' }]);
    assert.deepEqual((result.value as typeof DOC).spec.pools, [{ cidr: 'b' }, { cidr: 'z' }]);
    assert.deepEqual(result.originOf(['spec', 'pools', 0, 'cidr']), { before: ['spec', 'pools', 1, 'cidr'] });
    assert.deepEqual(result.originOf(['spec', 'pools', 1, 'cidr']), { op: 1, rest: [] });
    assert.deepEqual(result.originOf(['spec', 'pools', 1]), { before: ['spec', 'pools', 2] });
  });

  it('move and copy take their value from `from`, as it was before the move removed it', () => {
    const moved = run([{ op: 'move', from: '/spec/pools/0', path: '/spec/pools/-' }]);
    assert.deepEqual((moved.value as typeof DOC).spec.pools.map((pool) => pool.cidr), ['b', 'c', 'a']);
    assert.deepEqual(moved.originOf(['spec', 'pools', 2, 'cidr']), { before: ['spec', 'pools', 0, 'cidr'] });
    assert.deepEqual(moved.originOf(['spec', 'pools', 0]), { before: ['spec', 'pools', 1] });
    const copied = run([{ op: 'copy', from: '/spec/pools/2', path: '/spec/first' }]);
    assert.deepEqual(copied.originOf(['spec', 'first', 'cidr']), { before: ['spec', 'pools', 2, 'cidr'] });
  });

  it('a failing operation fails the whole patch', () => {
    for (const operation of [
      { op: 'remove', path: '/spec/pools/3' },
      { op: 'replace', path: '/spec/missing', value: 1 },
      { op: 'add', path: '/spec/pools/4', value: 1 },
      { op: 'add', path: '/spec/pools/01', value: 1 },
      { op: 'test', path: '/spec/mtu', value: 1500 },
      { op: 'move', from: '/spec/nothing', path: '/spec/x' },
      { op: 'copy', path: '/spec/x' },
      { op: 'frobnicate', path: '/spec' },
      { op: 'add', path: 'spec', value: 1 },
    ]) {
      assert.equal(applyJsonPatch(DOC, [operation]), undefined, JSON.stringify(operation));
    }
    assert.ok(applyJsonPatch(DOC, [{ op: 'test', path: '/spec/mtu', value: 1400 }]));
  });

  it('pointers unescape ~1 and ~0 (RFC 6901)', () => {
    assert.deepEqual(parsePointer('/metadata/annotations/a~1b~0c'), ['metadata', 'annotations', 'a/b~c']);
    assert.equal(parsePointer(''), undefined);
  });
});
