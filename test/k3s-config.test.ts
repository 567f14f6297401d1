/**
 * k3s / RKE2 config files and their drop-ins give the pod and Service ranges
 * k3s computes (issue 19, item 7). Source: k3s-io/k3s
 * pkg/configfilearg/parser.go (commit f646604): dotDFiles (227-241) lists
 * `<config>.d/*.yaml|*.yml` in name order; readConfigFile (246-316) reads the
 * config file first (259-260), then the drop-ins; a key replaces what earlier
 * files gave, `key+` appends (279-293); a list is one flag per entry
 * (305-308), each split at commas by k3s. RKE2 uses the same parser (rancher/rke2
 * main.go: configfilearg.MustParse).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ippoolOutsidePodCidr } from '../rules/ippool-outside-pod-cidr.js';
import { poolOverlapsClusterRange } from '../rules/pool-overlaps-cluster-range.js';
import { groupByScope } from '../src/engine/run-rules.js';
import type { Location } from '../src/engine/rule.js';
import { clusterFacts } from '../src/facts/cluster-facts.js';
import { k3sConfigFileOf } from '../src/facts/k3s-config.js';
import { lintSources } from '../src/lint.js';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { resourcesOf } from '../src/resources/resource.js';
import { makeConfig } from './helpers/rule-tester.js';

type Files = Record<string, string>;

function at(location: Location | undefined): string {
  assert.ok(location);
  const range = location.range ?? location.resource.locate(location.path ?? [], location.part);
  const file = location.resource.doc.filePath.replace('/repo/', '');
  return `${file}:${range.line}:${range.column}-${range.endLine}:${range.endColumn}`;
}

/** Pod and Service ranges of the files, with where each is written. Files are given in any order. */
function ranges(files: Files): string[] {
  const config = makeConfig();
  const resources = Object.entries(files).flatMap(([file, text]) =>
    parseManifest(`/repo/${file}`, text).documents.flatMap((doc) => resourcesOf(doc, config)));
  const [scope] = groupByScope(resources, () => 'default', config);
  if (scope === undefined) return [];
  return clusterFacts(scope, config).ranges.map((fact) => `${fact.role} ${fact.range.text} ${at(fact.location)}`);
}

const BASE = 'etc/rancher/k3s/config.yaml';
const DROPINS = 'etc/rancher/k3s/config.yaml.d';

describe('k3s/RKE2 config: lists and comma-separated dual-stack (parser.go:305-308)', () => {
  const table: Array<[string, string, string[]]> = [
    ['a string', 'cluster-cidr: 10.42.0.0/16', ['pods 10.42.0.0/16 etc/rancher/k3s/config.yaml:1:15-1:27']],
    ['comma-separated dual-stack', 'cluster-cidr: 10.42.0.0/16,fd00:42::/56', [
      'pods 10.42.0.0/16 etc/rancher/k3s/config.yaml:1:15-1:27',
      'pods fd00:42::/56 etc/rancher/k3s/config.yaml:1:28-1:40',
    ]],
    ['a block list', 'cluster-cidr:\n  - 10.42.0.0/16\n  - fd00:42::/56', [
      'pods 10.42.0.0/16 etc/rancher/k3s/config.yaml:2:5-2:17',
      'pods fd00:42::/56 etc/rancher/k3s/config.yaml:3:5-3:17',
    ]],
    ['a flow list of a dual-stack pair', 'service-cidr: ["10.43.0.0/16,fd00:43::/112"]', [
      'services 10.43.0.0/16 etc/rancher/k3s/config.yaml:1:17-1:29',
      'services fd00:43::/112 etc/rancher/k3s/config.yaml:1:30-1:43',
    ]],
    ['RKE2 keys, both ranges', 'cluster-cidr: [10.42.0.0/16]\nservice-cidr: [10.43.0.0/16]\ncni: calico', [
      'pods 10.42.0.0/16 etc/rancher/k3s/config.yaml:1:16-1:28',
      'services 10.43.0.0/16 etc/rancher/k3s/config.yaml:2:16-2:28',
    ]],
    ['`key+` with nothing before it sets the value (parser.go:289-292)', 'cluster-cidr+: 10.42.0.0/16', ['pods 10.42.0.0/16 etc/rancher/k3s/config.yaml:1:16-1:28']],
  ];
  for (const [why, text, expected] of table) {
    it(why, () => assert.deepEqual(ranges({ [BASE]: text }), expected));
  }
});

describe('k3s/RKE2 config.yaml.d drop-ins (parser.go:227-241, 279-293)', () => {
  it('a later drop-in replaces the config file\'s value: only the drop-in counts', () => {
    assert.deepEqual(ranges({
      [`${DROPINS}/10-cidr.yaml`]: 'cluster-cidr: 10.52.0.0/16',
      [BASE]: 'cluster-cidr: 10.42.0.0/16\nservice-cidr: 10.43.0.0/16',
    }), [
      'pods 10.52.0.0/16 etc/rancher/k3s/config.yaml.d/10-cidr.yaml:1:15-1:27',
      'services 10.43.0.0/16 etc/rancher/k3s/config.yaml:2:15-2:27',
    ]);
  });

  it('drop-ins are read in name order, the last one wins (byte order: "10" before "9")', () => {
    assert.deepEqual(ranges({
      [`${DROPINS}/9-late.yaml`]: 'cluster-cidr: 10.62.0.0/16',
      [`${DROPINS}/10-early.yml`]: 'cluster-cidr: 10.52.0.0/16',
    }), ['pods 10.62.0.0/16 etc/rancher/k3s/config.yaml.d/9-late.yaml:1:15-1:27']);
  });

  it('`cluster-cidr+` in a drop-in appends the IPv6 range of a dual-stack cluster', () => {
    assert.deepEqual(ranges({
      [BASE]: 'cluster-cidr: 10.42.0.0/16',
      [`${DROPINS}/50-ipv6.yaml`]: 'cluster-cidr+: fd00:42::/56',
    }), [
      'pods 10.42.0.0/16 etc/rancher/k3s/config.yaml:1:15-1:27',
      'pods fd00:42::/56 etc/rancher/k3s/config.yaml.d/50-ipv6.yaml:1:16-1:28',
    ]);
  });

  it('a plain key after an append replaces both', () => {
    assert.deepEqual(ranges({
      [BASE]: 'cluster-cidr: [10.42.0.0/16]',
      [`${DROPINS}/10-a.yaml`]: 'cluster-cidr+: [fd00:42::/56]',
      [`${DROPINS}/20-b.yaml`]: 'cluster-cidr: 10.99.0.0/16',
    }), ['pods 10.99.0.0/16 etc/rancher/k3s/config.yaml.d/20-b.yaml:1:15-1:27']);
  });

  it('the config files of two nodes stay apart', () => {
    assert.deepEqual(ranges({
      'a/config.yaml': 'cluster-cidr: 10.42.0.0/16',
      'b/config.yaml.d/1.yaml': 'cluster-cidr: 10.52.0.0/16',
    }), [
      'pods 10.42.0.0/16 a/config.yaml:1:15-1:27',
      'pods 10.52.0.0/16 b/config.yaml.d/1.yaml:1:15-1:27',
    ]);
  });

  it('which file a drop-in extends', () => {
    assert.equal(k3sConfigFileOf('/e/rke2/config.yaml.d/10.YML'), '/e/rke2/config.yaml');
    assert.equal(k3sConfigFileOf('/e/rke2/config.yaml'), '/e/rke2/config.yaml');
    assert.equal(k3sConfigFileOf('/e/rke2/conf.d/x.json'), '/e/rke2/conf.d/x.json');
  });
});

describe('pool-overlaps-cluster-range sees the Service range k3s ends with', () => {
  const POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: a}\nspec: {cidr: 10.43.128.0/17}\n';
  const lint = (files: Files) => lintSources(Object.entries(files).map(([file, text]) => ({ filePath: `/repo/${file}`, text })), {
    config: makeConfig(), rules: [poolOverlapsClusterRange],
  }).map((finding) => `${finding.filePath.replace('/repo/', '')}:${finding.range.line}:${finding.range.column} ${finding.message.split(': kube-proxy')[0]}`);

  it('valid: the drop-in moved the Service range away from the pool', () => {
    assert.deepEqual(lint({ 'pool.yaml': POOL, [BASE]: 'service-cidr: 10.43.0.0/16', [`${DROPINS}/10.yaml`]: 'service-cidr: 10.96.0.0/12' }), []);
  });

  it('invalid: `service-cidr+` keeps the first range, the pool overlaps it', () => {
    assert.deepEqual(lint({ 'pool.yaml': POOL, [BASE]: 'service-cidr: [10.43.0.0/16]', [`${DROPINS}/10.yaml`]: 'service-cidr+: fd00:43::/112' }), [
      'pool.yaml:4:14 IPPool "a" (10.43.128.0/17) overlaps the Service range 10.43.0.0/16 (k3s/RKE2 `service-cidr` at etc/rancher/k3s/config.yaml:1:16)',
    ]);
  });

  it('invalid: a Service range written only as a YAML list', () => {
    assert.deepEqual(lint({ 'pool.yaml': POOL, [BASE]: 'service-cidr:\n- 10.43.0.0/16' }), [
      'pool.yaml:4:14 IPPool "a" (10.43.128.0/17) overlaps the Service range 10.43.0.0/16 (k3s/RKE2 `service-cidr` at etc/rancher/k3s/config.yaml:2:3)',
    ]);
  });
});

/**
 * Ansible's k3s role (PyratLabs/ansible-role-k3s, vars/main.yml and templates/config.yaml.j2) writes the
 * `k3s_server` variable as the server's config.yaml: homelabs of the onedr0p template keep it in
 * group_vars (TrentScholl/home-ops db81d7e infrastructure/kubernetes/servers/inventory/group_vars/master/k3s.yml).
 */
describe('k3s config written as the `k3s_server` variable of Ansible group_vars', () => {
  const GROUP_VARS = 'inventory/group_vars/master/k3s.yml';
  const VARS = [
    '---',
    'k3s_control_node: true',
    'k3s_server:',
    '  node-ip: "{{ ansible_host }}"',
    '  flannel-backend: "none"',
    '  cluster-cidr: "10.42.0.0/16"',
    '  service-cidr: "10.43.0.0/16"',
    '',
  ].join('\n');

  it('its ranges are the cluster\'s, where they are written', () => {
    assert.deepEqual(ranges({ [GROUP_VARS]: VARS }), [
      `pods 10.42.0.0/16 ${GROUP_VARS}:6:17-6:31`,
      `services 10.43.0.0/16 ${GROUP_VARS}:7:17-7:31`,
    ]);
  });

  it('other variables holding range keys one level down are not a k3s config', () => {
    assert.deepEqual(ranges({ [GROUP_VARS]: VARS.replace('k3s_server:', 'rke2_extra:') }), []);
  });

  it('an Installation pool outside its cluster-cidr is reported against it', () => {
    const installation = 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n    ipPools:\n    - cidr: 10.244.0.0/16\n';
    const findings = lintSources([
      { filePath: `/repo/${GROUP_VARS}`, text: VARS },
      { filePath: '/repo/custom-resources.yaml', text: installation },
    ], { config: makeConfig(), rules: [ippoolOutsidePodCidr] });
    assert.deepEqual(findings.map((f) => `${f.filePath.replace('/repo/', '')}:${f.range.line}:${f.range.column} ${f.message.split(': kube-proxy')[0]}`), [
      'custom-resources.yaml:7:13 Installation pool "default-ipv4-ippool" (10.244.0.0/16) is outside the pod CIDR 10.42.0.0/16 ' +
        `(k3s/RKE2 \`cluster-cidr\` at ${GROUP_VARS}:6:17)`,
    ]);
  });
});
