import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ippoolCidrOverlap } from '../../rules/ippool-cidr-overlap.js';
import { lintSources } from '../../src/lint.js';
import { makeConfig, ruleTester, yaml } from '../helpers/rule-tester.js';

const pool = (name: string, cidr: string, extra = '') =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: {cidr: "${cidr}"${extra}}\n---\n`;

const SAME = 'Both would hand out the same addresses; give each pool its own range.';

ruleTester(ippoolCidrOverlap, {
  valid: [
    { name: 'disjoint IPv4 pools', code: pool('a', '10.0.0.0/16') + pool('b', '10.1.0.0/16') },
    { name: 'adjacent ranges do not overlap', code: pool('a', '10.0.0.0/17') + pool('b', '10.0.128.0/17') + pool('c', '10.1.0.0/16') },
    { name: 'IPv4 and IPv6 never overlap', code: pool('a', '0.0.0.0/0') + pool('b', '::/0') },
    { name: 'adjacent IPv6 ranges', code: pool('a', 'fd00::/65') + pool('b', 'fd00:0:0:0:8000::/65') },
    {
      name: 'the same pool name twice is one object, left to ippool-duplicate-name',
      code: pool('a', '10.0.0.0/16') + pool('a', '10.0.0.0/16'),
    },
    {
      name: 'an unnamed Installation pool and the IPPool with its CIDR: the operator takes that pool over (one pool, not two)',
      code: 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n' +
        '    ipPools: [{cidr: 10.0.0.0/16}, {cidr: "fd00::/48"}]\n---\n' + pool('existing', '10.0.0.0/16'),
    },
    {
      name: 'IPv4-mapped IPv6 notation next to an IPv6 pool: an IPv4 network to Calico',
      code: pool('a', '::ffff:10.0.0.0/112') + pool('b', '::/64'),
    },
    {
      // Cluster API Provider Azure (69ec3a4, templates/addons/calico*/values.yaml): one Installation per cluster flavour.
      name: 'pools of two alternative Installations: the operator reconciles one (default), so they never coexist',
      code: 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n' +
        '    ipPools: [{name: vxlan, cidr: 192.168.0.0/16}]\n---\n' +
        'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n' +
        '    ipPools: [{name: dual-v4, cidr: 192.168.0.0/17}]\n---\n',
    },
    {
      name: 'invalid CIDRs are left to ippool-valid',
      code: pool('a', 'banana') + pool('b', '10.0.0.0/33') + pool('c', '10.0.0.0/8'),
    },
    {
      name: 'reserved and intranet ranges elsewhere; a tenant pool may sit in the intranet',
      config: { reservedCidrs: ['10.96.0.0/12'], intranetCidrs: ['10.0.0.0/8'], infraPools: [{ name: 'infra' }] },
      code: pool('tenant', '10.244.0.0/16') + pool('infra', '100.64.0.0/16'),
    },
  ],
  invalid: [
    {
      name: 'IPv4-mapped IPv6 notation overlapping an IPv4 pool',
      code: pool('a', '10.0.0.0/8') + pool('b', '::ffff:10.1.0.0/112'),
      errors: [{
        message: `IPPool "b" (10.1.0.0/16) overlaps IPPool "a" (10.0.0.0/8) at test.yaml:4:14. ${SAME}`,
        line: 9, column: 14, endLine: 9, endColumn: 35,
      }],
    },
    {
      name: 'a pool inside another',
      code: pool('a', '10.0.0.0/16') + pool('b', '10.0.128.0/24'),
      errors: [{
        message: `IPPool "b" (10.0.128.0/24) overlaps IPPool "a" (10.0.0.0/16) at test.yaml:4:14. ${SAME}`,
        line: 9, column: 14, endLine: 9, endColumn: 29,
      }],
    },
    {
      name: 'the same CIDR under two names: reported on the later one',
      code: pool('b', '10.0.0.0/16') + pool('a', '10.0.0.0/16'),
      errors: [{
        message: `IPPool "a" (10.0.0.0/16) overlaps IPPool "b" (10.0.0.0/16) at test.yaml:4:14. ${SAME}`,
        line: 9, column: 14, endLine: 9, endColumn: 27,
      }],
    },
    {
      name: 'the later pool in the files is reported even when it starts first',
      code: pool('small', '10.0.5.0/24') + pool('big', '10.0.0.0/16'),
      errors: [{
        message: `IPPool "big" (10.0.0.0/16) overlaps IPPool "small" (10.0.5.0/24) at test.yaml:4:14. ${SAME}`,
        line: 9, column: 14, endLine: 9, endColumn: 27,
      }],
    },
    {
      name: 'IPv6, written in two spellings',
      code: pool('a', 'fd00:0:0:0::/64') + pool('b', 'fd00:0:0:0:4000::/66'),
      errors: [{
        message: `IPPool "b" (fd00::4000:0:0:0/66) overlaps IPPool "a" (fd00::/64) at test.yaml:4:14. ${SAME}`,
        line: 9, column: 14, endLine: 9, endColumn: 36,
      }],
    },
    {
      name: 'an IPPool against the pools of two alternative Installations: one finding per pair, however many alternatives hold it',
      code: 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n' +
        '    ipPools: [{name: a, cidr: 10.0.0.0/16}]\n---\n' +
        'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n' +
        '    ipPools: [{name: b, cidr: 10.9.0.0/16}]\n---\n' + pool('x', '10.0.0.0/24'),
      errors: [{
        message: `IPPool "x" (10.0.0.0/24) overlaps Installation pool "a" (10.0.0.0/16) at test.yaml:6:31. ${SAME}`,
        line: 18, column: 14, endLine: 18, endColumn: 27,
      }],
    },
    {
      name: 'an Installation pool against an IPPool, one finding per overlapping pool',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - {name: default-ipv4-ippool, cidr: 192.168.0.0/16}
        ---
      ` + pool('x', '192.168.10.0/24') + pool('w', '192.168.0.0/17'),
      errors: [
        {
          message: `IPPool "w" (192.168.0.0/17) overlaps Installation pool "default-ipv4-ippool" (192.168.0.0/16) at test.yaml:7:41. ${SAME}`,
          line: 17, column: 14, endLine: 17, endColumn: 30,
        },
        {
          message: `IPPool "x" (192.168.10.0/24) overlaps Installation pool "default-ipv4-ippool" (192.168.0.0/16) at test.yaml:7:41. ${SAME}`,
          line: 12, column: 14, endLine: 12, endColumn: 31,
        },
      ],
    },
    {
      name: 'a reserved range (the Service CIDR) in IPv4 and IPv6',
      config: { reservedCidrs: ['10.96.0.0/12', 'fd00:10:96::/112'] },
      code: pool('a', '10.100.0.0/16') + pool('b', 'fd00:10:96::/64'),
      errors: [
        {
          message: 'IPPool "a" (10.100.0.0/16) overlaps reserved range 10.96.0.0/12 (`reservedCidrs`). Move the pool out of it.',
          line: 4, column: 14, endLine: 4, endColumn: 29,
        },
        {
          message: 'IPPool "b" (fd00:10:96::/64) overlaps reserved range fd00:10:96::/112 (`reservedCidrs`). Move the pool out of it.',
          line: 9, column: 14, endLine: 9, endColumn: 31,
        },
      ],
    },
    {
      name: 'an infra pool inside the intranet',
      config: { intranetCidrs: ['10.0.0.0/8'], infraPools: [{ name: 'infra' }] },
      code: pool('infra', '10.250.0.0/16'),
      errors: [{
        message:
          'IPPool "infra" (10.250.0.0/16) is an infra pool inside intranet range 10.0.0.0/8 (`intranetCidrs`). ' +
          'Infra pools take non-routable addresses (e.g. 100.64.0.0/10) so they never collide with routable ones: move it out.',
        line: 4, column: 14, endLine: 4, endColumn: 29,
      }],
    },
  ],
});

it('ippool-cidr-overlap: the same CIDR in two clusters is fine; within one it names the cluster and gives a related location', () => {
  const config = makeConfig({ clusters: [{ name: 'prod-a', paths: ['a/**'] }, { name: 'prod-b', paths: ['b/**'] }] });
  const findings = lintSources(
    [
      { filePath: '/repo/a/pools.yaml', text: pool('x', '10.0.0.0/16') },
      { filePath: '/repo/b/pools.yaml', text: pool('x', '10.0.0.0/16') },
      { filePath: '/repo/b/more.yaml', text: pool('z', '10.0.0.0/20') },
    ],
    { config, rules: [ippoolCidrOverlap] },
  );
  assert.deepEqual(findings, [{
    ruleId: 'ippool-cidr-overlap',
    severity: 2,
    filePath: '/repo/b/more.yaml',
    message: `IPPool "z" (10.0.0.0/20) overlaps IPPool "x" (10.0.0.0/16) at b/pools.yaml:4:14 in cluster "prod-b". ${SAME}`,
    range: { line: 4, column: 14, endLine: 4, endColumn: 27 },
    related: [{ filePath: '/repo/b/pools.yaml', range: { line: 4, column: 14, endLine: 4, endColumn: 27 }, message: 'IPPool "x" (10.0.0.0/16) is defined here' }],
    fingerprintKey: 'IPPool/z spec.cidr; related IPPool/x spec.cidr',
  }]);
});

it('ippool-cidr-overlap: matches a brute-force pairwise check on random pools', () => {
  let seed = 42;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let round = 0; round < 30; round++) {
    const cidrs = Array.from({ length: 12 }, () => {
      const prefix = 8 + random(17);
      const address = (random(4) << 24) | (random(256) << 16) | (random(256) << 8);
      const masked = prefix === 0 ? 0 : (address >>> (32 - prefix)) << (32 - prefix);
      const octets = [24, 16, 8, 0].map((shift) => (masked >>> shift) & 255).join('.');
      return `${octets}/${prefix}`;
    });
    const text = cidrs.map((cidr, i) => pool(`p${i}`, cidr)).join('');
    const findings = lintSources([{ filePath: '/repo/r.yaml', text }], { config: makeConfig(), rules: [ippoolCidrOverlap] });
    const toRange = (cidr: string) => {
      const [address, prefix] = cidr.split('/') as [string, string];
      const start = address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
      return [start, start + 2 ** (32 - Number(prefix)) - 1] as const;
    };
    // Brute force: pool j is reported iff it overlaps some pool i, and it is
    // the later of the two in the sweep's pairing; so compare the sets of pools
    // involved in at least one overlap.
    const involved = new Set<number>();
    cidrs.forEach((a, i) => cidrs.forEach((b, j) => {
      const [s1, e1] = toRange(a);
      const [s2, e2] = toRange(b);
      if (i !== j && s1 <= e2 && s2 <= e1) { involved.add(i); involved.add(j); }
    }));
    const reported = new Set<number>();
    for (const finding of findings) {
      for (const match of finding.message.matchAll(/IPPool "p(\d+)"/g)) reported.add(Number(match[1]));
    }
    assert.deepEqual([...reported].sort((a, b) => a - b), [...involved].sort((a, b) => a - b), cidrs.join(' '));
  }
});
