/**
 * globMatcher (src/engine/glob-matcher.ts) answers as picomatch (`dot: true`)
 * does, for the literal-folder globs it does not compile and for the others
 * it hands to picomatch, on random globs and paths built from the pieces
 * where they could differ: dot segments, empty segments, trailing slashes,
 * prefixes that are not whole segments, glob characters.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { globMatcher } from '../src/engine/glob-matcher.js';

const segment = fc.constantFrom('a', 'ab', 'a.b', '.a', '.', '..', '', 'a-b', 'a_b', 'A', '0', '*', '**', 'a*', '?', '[a]', '{a,b}', '+(a)', '!a', 'a b', 'é');
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => segments.join('/'));
// The configuration's schema refuses an empty glob (picomatch throws on one).
const glob = fc.oneof(path.map((folder) => `${folder}/**`), path).filter((g) => g !== '');

describe('globMatcher', () => {
  it('answers as picomatch with dot: true, on random globs and paths', () => {
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 8 }), (globs, paths) => {
        const ours = globMatcher(globs);
        const theirs = picomatch(globs, { dot: true });
        for (const candidate of [...paths, ...globs.map((g) => g.replace(/\/\*\*$/, '')), ...globs.map((g) => g.replace(/\*\*$/, 'x/y'))]) {
          assert.equal(ours(candidate), theirs(candidate), `${JSON.stringify(globs)} on ${JSON.stringify(candidate)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a cluster folder: itself and below, not a folder whose name it starts', () => {
    const matches = globMatcher(['clusters/prod-a/**']);
    assert.equal(matches('clusters/prod-a'), true);
    assert.equal(matches('clusters/prod-a/pools.yaml'), true);
    assert.equal(matches('clusters/prod-a/.hidden/pools.yaml'), true);
    assert.equal(matches('clusters/prod-ab/pools.yaml'), false);
    assert.equal(matches('clusters/prod-a/../prod-b/pools.yaml'), false);
    assert.equal(matches('other/clusters/prod-a/pools.yaml'), false);
  });
});
