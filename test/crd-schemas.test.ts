/**
 * The vendored CRD schemas (src/resources/crd-schemas/): complete for every
 * release, documented in their README, and in agreement with the field lists
 * ippool-valid keeps for itself (the two rules split the pool fields between
 * them, so a field one calls unknown the other must not call known).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FIELD_RELEASES, INSTALLATION_POOL_FIELDS } from '../rules/ippool-valid.js';
import { IPPOOL_SPEC_FIELDS } from '../rules/ippool-misplaced-field.js';
import { calicoAtLeast, DEFAULT_CALICO_VERSION, NEWEST_KNOWN_CALICO_VERSION } from '../src/config/calico-version.js';
import {
  knownFields,
  schemaRelease,
  schemaSource,
  suggestField,
  VALIDATED_KINDS,
  vendoredReleases,
} from '../src/resources/crd-schema.js';
import { REPO_ROOT } from './helpers/cli.js';

const sorted = (fields: readonly string[]): string[] => [...fields].sort();

describe('vendored CRD schemas', () => {
  it('cover v3.26 to the newest release calico-lint knows, with every validated kind', () => {
    const releases = vendoredReleases();
    assert.equal(releases[0], '3.26');
    assert.equal(releases[releases.length - 1], NEWEST_KNOWN_CALICO_VERSION);
    assert.ok(releases.includes(DEFAULT_CALICO_VERSION));
    for (const release of releases) {
      for (const key of VALIDATED_KINDS) {
        const [group, version, kind] = key.split('/') as [string, string, string];
        assert.ok(schemaSource(`${group}/${version}`, kind, release), `${release}: ${key}`);
      }
    }
  });

  it('name every release, ref and commit in their README', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'src/resources/crd-schemas/README.md'), 'utf8');
    for (const release of vendoredReleases()) {
      const source = schemaSource('crd.projectcalico.org/v1', 'IPPool', release)!;
      assert.ok(readme.includes(`| v${release} | \`${source.ref}\` | \`${source.commit}\` |`), release);
    }
  });

  it('apply the nearest vendored release to a calicoVersion outside them', () => {
    assert.equal(schemaRelease('3.20'), '3.26');
    assert.equal(schemaRelease('3.29'), '3.29');
    assert.equal(schemaRelease('3.40'), NEWEST_KNOWN_CALICO_VERSION);
  });

  it("agree with ippool-valid's IPPool fields at every release (assignmentMode v3.30, namespaceSelector v3.31, legacy fields until v3.31)", () => {
    for (const release of vendoredReleases()) {
      const expected = IPPOOL_SPEC_FIELDS.filter((field) => {
        const arrived = FIELD_RELEASES.find(([name]) => name === field)?.[1];
        if (arrived !== undefined && !calicoAtLeast(release, arrived)) return false;
        return !(['ipip', 'nat-outgoing'].includes(field) && calicoAtLeast(release, '3.32'));
      });
      for (const apiVersion of ['crd.projectcalico.org/v1', 'projectcalico.org/v3']) {
        assert.deepEqual(sorted(knownFields(apiVersion, 'IPPool', release, ['spec'])!), sorted(expected), `${apiVersion} at ${release}`);
      }
    }
  });

  it("agree with ippool-valid's Installation pool fields at the newest release", () => {
    const newest = NEWEST_KNOWN_CALICO_VERSION;
    assert.deepEqual(sorted(knownFields('operator.tigera.io/v1', 'Installation', newest, ['spec', 'calicoNetwork', 'ipPools', 0])!),
      sorted(INSTALLATION_POOL_FIELDS));
  });
});

describe('suggestField', () => {
  const pool = ['cidr', 'natOutgoing', 'nat-outgoing', 'nodeSelector', 'blockSize'];
  for (const [written, meant] of [
    ['NatOutgoing', 'natOutgoing'], // case only
    ['node_selector', 'nodeSelector'], // separators
    ['blocksize', 'blockSize'],
    ['natOutgoingEnabled', 'natOutgoing'], // a known field plus a suffix: the camelCase one, not the legacy one
    ['enableNatOutgoing', 'natOutgoing'], // a prefix
    ['nodeSel', 'nodeSelector'], // a truncated name
  ] as const) {
    it(`${written} → ${meant}`, () => assert.equal(suggestField(written, pool), meant));
  }
  it('nothing for an unrelated name', () => assert.equal(suggestField('mtu', pool), undefined));
});
