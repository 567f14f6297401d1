import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { poolAnnotationValid } from '../../rules/pool-annotation-valid.js';
import { lintOne, ruleTester, yaml } from '../helpers/rule-tester.js';

/** Three pools of one cluster: tenant (IPv4), infra (IPv4, never automatic), tenant-v6 (IPv6). */
const POOLS = yaml`
  apiVersion: crd.projectcalico.org/v1
  kind: IPPool
  metadata: {name: tenant}
  spec: {cidr: 10.244.0.0/16}
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: {name: infra}
  spec: {cidr: 100.64.0.0/16, natOutgoing: true, nodeSelector: "!all()"}
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: {name: tenant-v6}
  spec: {cidr: "fd00:10::/48"}
`;

/** POOLS plus a disabled pool. */
const WITH_FROZEN = POOLS + yaml`
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: {name: frozen}
  spec: {cidr: 10.99.0.0/16, disabled: true}
`;

/**
 * A Pod whose annotation lines start at line 6, column 5, followed by the pools.
 * So a finding on the value of the first annotation is on line 6, at column
 * 5 + key length + 2 (ipv4pools / ipv6pools: 38, ipAddrs: 36, ipAddrsNoIpam: 42,
 * ipFamilies: 39, floatingIPs: 40).
 */
function pod(annotations: string, pools: string = POOLS): string {
  const lines = annotations.split('\n').map((line) => `    ${line}`).join('\n');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n${lines}\n  namespace: ci\nspec:\n  containers: [{name: c, image: busybox}]\n---\n${pools}`;
}

const NOT_FOUND = '(Calico fails the pod: "error parsing pool")';

/** The calico-config ConfigMap of a manifest install (calico.yaml), with `extra` inside its CNI plugin config. */
function CALICO_CONFIG(extra: string): string {
  return '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: calico-config\n  namespace: kube-system\ndata:\n' +
    '  cni_network_config: |-\n    {"name": "k8s-pod-network", "plugins": [{"type": "calico", "mtu": __CNI_MTU__, ' +
    `${extra} "ipam": {"type": "calico-ipam"}}]}\n`;
}
const NO_POOLS_AT_ALL =
  'no IPPool or Installation pool is defined in the linted files at all. ' +
  'Lint the pool manifests together with this file (in the same cluster, if you configure `clusters`), or fix the value';
const NOT_IN_POOL = '(Calico fails the pod: "The provided IP address is not in a configured pool")';
const WRITTEN = 'is written by Calico itself when it sets up the pod: a value written by hand does not choose anything and is overwritten. Remove it';

ruleTester(poolAnnotationValid, {
  valid: [
    {
      name: 'a CIDR with host bits set: Calico masks it (utils.go ResolvePools), and the masked CIDR is a pool',
      code: pod(`cni.projectcalico.org/ipv4pools: '["10.244.0.1/16"]'`),
    },
    {
      name: 'a value that is one ${VAR}: Flux, envsubst or clusterctl fills it in, unknown here (codex-k8s/project-example namespace-ingress.yaml.tpl)',
      code: pod(`cni.projectcalico.org/ipv4pools: '\${CALICO_IPV4POOLS_JSON}'\ncni.projectcalico.org/ipAddrs: "\${POD_IP}"`),
    },
    {
      name: "'null' is an empty list to Calico: no pool requested",
      code: pod(`cni.projectcalico.org/ipv4pools: 'null'\ncni.projectcalico.org/ipv6pools: ' null '`),
    },
    {
      name: 'IPv4-mapped IPv6 notation is IPv4 to Calico, both in the annotation and in the pool',
      code: pod([
        `cni.projectcalico.org/ipv4pools: '["::ffff:10.244.0.0/112", "mapped"]'`,
        `cni.projectcalico.org/ipAddrs: '["::ffff:10.99.0.7"]'`,
      ].join('\n'), POOLS + '---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: mapped}\nspec: {cidr: "::ffff:10.99.0.0/112"}\n'),
    },
    {
      name: 'a Tunnel-only pool listed beside a Workload pool: IPAM filters the list by use',
      code: pod(`cni.projectcalico.org/ipv4pools: '["tunnels", "tenant"]'`,
        POOLS + '---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: tunnels}\nspec: {cidr: 10.98.0.0/16, allowedUses: [Tunnel]}\n'),
    },
    {
      name: 'ipv4pools is not resolved when ipAddrs is set: an unknown pool name does not matter',
      code: pod(`cni.projectcalico.org/ipAddrs: '["10.244.0.5"]'\ncni.projectcalico.org/ipv4pools: '["no-such-pool"]'`),
    },
    {
      name: 'ipAddrs in a Tunnel-only pool before v3.33 (AssignIP did not check uses)',
      code: pod(`cni.projectcalico.org/ipAddrs: '["10.98.0.5"]'`,
        POOLS + '---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: tunnels}\nspec: {cidr: 10.98.0.0/16, allowedUses: [Tunnel]}\n'),
      config: { calicoVersion: '3.32' },
    },
    {
      name: 'ipAddrsNoIpam and floatingIPs with the features enabled in calico-config (a manifest install)',
      code: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.5"]'\ncni.projectcalico.org/floatingIPs: '["203.0.113.10"]'`,
        POOLS + CALICO_CONFIG('"feature_control": {"ip_addrs_no_ipam": true, "floating_ips": true},')),
    },
    {
      name: 'ipAddrsNoIpam with no CNI config in the linted files: nothing to judge by',
      code: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.5"]'`),
    },
    {
      name: "the operator's names for unnamed Installation pools (one of each family): default-ipv4-ippool, default-ipv6-ippool",
      code: pod(`cni.projectcalico.org/ipv4pools: '["default-ipv4-ippool"]'\ncni.projectcalico.org/ipv6pools: '["default-ipv6-ippool"]'`,
        'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n' +
        '    ipPools: [{cidr: 10.0.0.0/16}, {cidr: "fd00::/48"}]\n'),
    },
    {
      name: "the operator's name made from the CIDR when an Installation has several pools of one family",
      code: pod(`cni.projectcalico.org/ipv4pools: '["10.1.0.0-16"]'\ncni.projectcalico.org/ipv6pools: '["fd00.0000.0000.0000.0000.0000.0000.0000-48"]'`,
        'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n' +
        '    ipPools: [{cidr: 10.0.0.0/16}, {cidr: 10.1.0.0/16}, {cidr: "fd00::/48"}]\n'),
    },
    {
      name: 'a Pod naming an existing pool',
      code: pod(`cni.projectcalico.org/ipv4pools: '["infra"]'`),
    },
    {
      name: 'CIDRs equal to a pool CIDR in another spelling (IPv6 expanded vs compressed)',
      code: pod([
        `cni.projectcalico.org/ipv4pools: '["10.244.0.0/16"]'`,
        `cni.projectcalico.org/ipv6pools: '["fd00:0010:0000:0000:0000:0000:0000:0000/48"]'`,
      ].join('\n')),
    },
    {
      name: 'ipv6pools naming an IPv6 pool, ipFamilies with both families',
      code: pod([
        `cni.projectcalico.org/ipv6pools: '["tenant-v6"]'`,
        `cni.projectcalico.org/ipFamilies: '["IPv4", "IPv6"]'`,
      ].join('\n')),
    },
    {
      name: 'a Namespace annotation naming a pool (Calico reads ipv4pools from the Namespace)',
      code: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: gitlab-runners
          annotations:
            cni.projectcalico.org/ipv4pools: '["infra"]'
            cni.projectcalico.org/ipFamilies: '["IPv4"]'
        ---
      ` + POOLS,
    },
    {
      name: 'a CronJob pod template (spec.jobTemplate.spec.template)',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
          annotations:
            example.com/owner: platform
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    cni.projectcalico.org/ipv4pools: '["infra"]'
                spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}
        ---
      ` + POOLS,
    },
    {
      name: 'a Deployment template, with only non-Calico annotations on the Deployment itself',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: runner
          annotations:
            deployment.kubernetes.io/revision: "3"
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipv4pools: '["tenant", "infra"]'
            spec: {containers: [{name: c, image: busybox}]}
        ---
      ` + POOLS,
    },
    {
      name: 'pools from an operator Installation, by name and by CIDR',
      code: pod(`cni.projectcalico.org/ipv4pools: '["infra-pool", "192.168.0.0/16"]'`, yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - name: default-ipv4-ippool
              cidr: 192.168.0.0/16
              disableNewAllocations: false
            - name: infra-pool
              cidr: 100.64.0.0/16
              nodeSelector: "!all()"
              allowedUses: [Workload]
      `),
    },
    {
      name: 'ipAddrs with one address per family, each in an enabled pool',
      code: pod(`cni.projectcalico.org/ipAddrs: '["10.244.0.5", "fd00:10::5"]'`),
    },
    {
      name: 'ipAddrsNoIpam bypasses IPAM: its address needs no pool',
      code: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["192.0.2.7"]'`),
    },
    {
      name: 'floatingIPs with valid addresses',
      code: pod(`cni.projectcalico.org/floatingIPs: '["203.0.113.10", "2001:db8::10"]'`),
    },
    {
      name: 'an empty value means "not set" to Calico; an empty pool list falls back to automatic pools',
      code: pod([
        `cni.projectcalico.org/ipv4pools: ""`,
        `cni.projectcalico.org/ipv6pools: '[]'`,
        `cni.projectcalico.org/ipAddrs: ""`,
        `cni.projectcalico.org/floatingIPs: '[]'`,
      ].join('\n')),
    },
    {
      name: 'a disabled pool nobody asks for, next to an enabled one that is requested',
      code: pod(`cni.projectcalico.org/ipv4pools: '["tenant"]'`, WITH_FROZEN),
    },
    {
      name: 'other Calico and Calico VPP annotations, and per-interface keys, are not typos',
      code: pod([
        `cni.projectcalico.org/hwAddr: "1c:0c:0a:c0:ff:ee"`,
        `cni.projectcalico.org/allowedSourcePrefixes: '["10.0.0.0/8"]'`,
        `cni.projectcalico.org/AllowedSourcePrefixes: '["10.0.0.0/8"]'`,
        `cni.projectcalico.org/eth1.ipAddrs: '["10.0.0.1"]'`,
        `cni.projectcalico.org/vppVcl: enable`,
        `cni.projectcalico.org/networks: vlan100`,
        `example.com/ipv4pools: not-calico`,
      ].join('\n')),
    },
  ],
  invalid: [
    {
      name: 'with infraPools configured, a placeholder cannot be checked against the policy: said, not passed',
      code: pod(`cni.projectcalico.org/ipv4pools: '\${CALICO_IPV4POOLS_JSON}'`),
      config: { infraPools: [{ name: 'infra', allowedNamespaces: ['ci'] }] },
      errors: [{
        message: "`cni.projectcalico.org/ipv4pools` is a placeholder (`${CALICO_IPV4POOLS_JSON}`) filled in before the manifest is applied, " +
          "so calico-lint cannot check the pools it requests against `infraPools`. Write the list itself here, e.g. " +
          "`cni.projectcalico.org/ipv4pools: '[\"pool-name\"]'`.",
        line: 6, column: 38, endLine: 6, endColumn: 64,
      }],
    },
    {
      name: "'null' ipAddrs and ipFamilies: an empty list to Calico, which fails the pod",
      code: pod(`cni.projectcalico.org/ipAddrs: 'null'\ncni.projectcalico.org/ipFamilies: 'null'`),
      errors: [
        {
          message: '`cni.projectcalico.org/ipAddrs` is `null` (an empty list to Calico), which Calico rejects ("specified but ' +
            'empty"). List one address per family, or remove the annotation.',
          line: 6, column: 36, endLine: 6, endColumn: 42,
        },
        {
          message: '`cni.projectcalico.org/ipFamilies` is `null` (an empty list to Calico): Calico then assigns no address of ' +
            'either family and the pod fails ("IPAM plugin returned missing IP config"). List "IPv4", "IPv6" or both.',
          line: 7, column: 39, endLine: 7, endColumn: 45,
        },
      ],
    },
    {
      name: 'only pools without Workload use requested: the filter by use leaves none',
      code: pod(`cni.projectcalico.org/ipv4pools: '["tunnels", "lb"]'`, POOLS +
        '---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: tunnels}\nspec: {cidr: 10.98.0.0/16, allowedUses: [Tunnel]}\n' +
        '---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: lb}\nspec: {cidr: 10.97.0.0/16, allowedUses: [LoadBalancer]}\n'),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: pool "tunnels" does not allow Workload use (allowedUses: "Tunnel"), and ' +
          'neither does any other pool listed, so Calico never gives pods addresses from it ("no pools match the required ' +
          'use (Workload)"). Add Workload to its allowedUses or request another pool.',
        line: 6, column: 38, endLine: 6, endColumn: 57,
      }],
    },
    {
      name: 'ipAddrs in a pool without Workload use, from v3.33',
      code: pod(`cni.projectcalico.org/ipAddrs: '["10.98.0.5"]'`,
        POOLS + '---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: tunnels}\nspec: {cidr: 10.98.0.0/16, allowedUses: [Tunnel]}\n'),
      config: { calicoVersion: '3.33' },
      errors: [{
        message: '`cni.projectcalico.org/ipAddrs`: "10.98.0.5" is in pool "tunnels", which does not allow Workload use ' +
          '(allowedUses: "Tunnel"). From Calico v3.33 IPAM refuses it and the pod fails (Calico: IP address 10.98.0.5 is in ' +
          'IP pool "tunnels", which is not allowed for use "Workload"). Pick an address in a Workload pool, or add Workload ' +
          'to its allowedUses.',
        line: 6, column: 36, endLine: 6, endColumn: 51,
      }],
    },
    {
      name: 'ipAddrsNoIpam and floatingIPs where the operator manages the CNI config (it never enables them)',
      code: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.5"]'\ncni.projectcalico.org/floatingIPs: '["203.0.113.10"]'`,
        POOLS + '---\napiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec: {}\n'),
      errors: [
        {
          message: '`cni.projectcalico.org/ipAddrsNoIpam` needs the CNI feature ip_addrs_no_ipam, which the Tigera operator ' +
            'never enables (the Installation at test.yaml:29:18 manages this cluster\'s CNI config), so Calico fails the pod ' +
            '("requested feature is not enabled: ip_addrs_no_ipam"). Use `cni.projectcalico.org/ipAddrs`, which takes the ' +
            'address from a pool through IPAM.',
          line: 6, column: 42, endLine: 6, endColumn: 56,
        },
        {
          message: '`cni.projectcalico.org/floatingIPs` needs the CNI feature floating_ips, which the Tigera operator never ' +
            'enables (the Installation at test.yaml:29:18 manages this cluster\'s CNI config), so Calico fails the pod ' +
            '("requested feature is not enabled: floating_ips"). Remove it.',
          line: 7, column: 40, endLine: 7, endColumn: 58,
        },
      ],
    },
    {
      name: 'ipAddrsNoIpam where calico-config does not enable the feature (a manifest install)',
      code: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.5"]'`, POOLS + CALICO_CONFIG('')),
      errors: [{
        message: '`cni.projectcalico.org/ipAddrsNoIpam` needs `"feature_control": {"ip_addrs_no_ipam": true}` in the CNI ' +
          'config, and the calico-config ConfigMap at test.yaml:29:9 does not enable it (Calico fails the pod: "requested ' +
          'feature is not enabled: ip_addrs_no_ipam"). Enable it there (it is off by default for good reason: an address ' +
          'outside IPAM escapes its checks), or: Use `cni.projectcalico.org/ipAddrs`, which takes the address from a pool ' +
          'through IPAM.',
        line: 6, column: 42, endLine: 6, endColumn: 56,
      }],
    },
    // ── the value does not parse ──────────────────────────────────────────
    {
      name: 'the published recipe: typographic quotes, on a Deployment template',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: gitlab-runner
          namespace: gitlab-runners
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipv4pools: “["pool-infra"]"
            spec:
              containers: [{name: runner, image: gitlab/gitlab-runner:v17.5.0}]
        ---
      ` + POOLS,
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools` is not JSON: it contains typographic quotes (“ ” ‘ ’), probably pasted from a web page; ' +
          `use plain ASCII quotes ("). Write it as \`cni.projectcalico.org/ipv4pools: '["pool-infra"]'\`. ` +
          'Even then: `cni.projectcalico.org/ipv4pools`: no pool is named "pool-infra" in the linted files ' +
          '(Calico fails the pod: "error parsing pool"). Write the name of an existing pool (IPv4 pools here: "tenant", "infra").',
        line: 10, column: 42, endLine: 10, endColumn: 58,
      }],
    },
    {
      name: 'a bare name is not JSON',
      code: pod('cni.projectcalico.org/ipv4pools: infra'),
      errors: [{
        message: `\`cni.projectcalico.org/ipv4pools\` is not valid JSON: expected a list such as ["pool-name"]. Write it as \`cni.projectcalico.org/ipv4pools: '["infra"]'\`.`,
        line: 6, column: 38, endLine: 6, endColumn: 43,
      }],
    },
    {
      name: 'a JSON string is not a JSON list',
      code: pod(`cni.projectcalico.org/ipv4pools: '"infra"'`),
      errors: [{
        message: `\`cni.projectcalico.org/ipv4pools\` is not a JSON list: expected a list such as ["pool-name"]. Write it as \`cni.projectcalico.org/ipv4pools: '["infra"]'\`.`,
        line: 6, column: 38, endLine: 6, endColumn: 47,
      }],
    },
    {
      name: 'a list of objects is not a list of strings (no guess offered)',
      code: pod(`cni.projectcalico.org/ipv4pools: '[{"name": "infra"}]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools` is not a list of strings: every entry must be a quoted name or CIDR.',
        line: 6, column: 38, endLine: 6, endColumn: 59,
      }],
    },
    {
      name: 'a YAML list instead of a string holding JSON',
      code: pod('cni.projectcalico.org/ipv4pools: [infra, tenant]'),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools` is not a string: annotation values must be strings holding a JSON list. ' +
          `Write it as \`cni.projectcalico.org/ipv4pools: '["infra", "tenant"]'\`.`,
        line: 6, column: 38, endLine: 6, endColumn: 53,
      }],
    },
    {
      name: 'ipAddrs and ipFamilies that do not parse get their own examples',
      code: pod([
        'cni.projectcalico.org/ipAddrs: 10.244.0.5',
        `cni.projectcalico.org/ipFamilies: 'IPv4'`,
      ].join('\n')),
      errors: [
        {
          message: `\`cni.projectcalico.org/ipAddrs\` is not valid JSON: expected a list such as ["10.0.0.5"]. Write it as \`cni.projectcalico.org/ipAddrs: '["10.244.0.5"]'\`.`,
          line: 6, column: 36, endLine: 6, endColumn: 46,
        },
        {
          message: `\`cni.projectcalico.org/ipFamilies\` is not valid JSON: expected a list such as ["IPv4"]. Write it as \`cni.projectcalico.org/ipFamilies: '["IPv4"]'\`.`,
          line: 7, column: 39, endLine: 7, endColumn: 45,
        },
      ],
    },

    // ── pool names ────────────────────────────────────────────────────────
    {
      name: 'an unknown pool name close to an existing one',
      code: pod(`cni.projectcalico.org/ipv4pools: '["tenat"]'`),
      errors: [{
        message: `\`cni.projectcalico.org/ipv4pools\`: no pool is named "tenat" in the linted files ${NOT_FOUND}. Did you mean "tenant"?`,
        line: 6, column: 38, endLine: 6, endColumn: 49,
      }],
    },
    {
      name: 'an unknown pool name with no close match lists the pools of that family',
      code: pod(`cni.projectcalico.org/ipv4pools: '["zzz"]'`),
      errors: [{
        message: `\`cni.projectcalico.org/ipv4pools\`: no pool is named "zzz" in the linted files ${NOT_FOUND}. ` +
          'Write the name of an existing pool (IPv4 pools here: "tenant", "infra").',
        line: 6, column: 38, endLine: 6, endColumn: 47,
      }],
    },
    {
      name: 'no pool at all in the scope (a folder of workloads only): still reported, and the message says so',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            cni.projectcalico.org/ipv4pools: '["pool-infra", "10.0.0.0/8"]'
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: q
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'
      `,
      errors: [
        {
          message: `\`cni.projectcalico.org/ipv4pools\`: no pool is named "pool-infra" ${NOT_FOUND}: ${NO_POOLS_AT_ALL}.`,
          line: 6, column: 38, endLine: 6, endColumn: 68,
        },
        {
          message: '`cni.projectcalico.org/ipv4pools`: no pool has CIDR "10.0.0.0/8" ' +
            `(Calico fails the pod: "the given pool (10.0.0.0/8) does not exist, or is not enabled"): ${NO_POOLS_AT_ALL}.`,
          line: 6, column: 38, endLine: 6, endColumn: 68,
        },
        {
          message: `\`cni.projectcalico.org/ipAddrs\`: "10.0.0.5" is in no pool ${NOT_IN_POOL}: ${NO_POOLS_AT_ALL}.`,
          line: 13, column: 36, endLine: 13, endColumn: 50,
        },
      ],
    },
    {
      name: 'with clusters configured, the message names the cluster',
      config: { clusters: [{ name: 'prod', paths: ['**'] }] },
      code: pod(`cni.projectcalico.org/ipv4pools: '["nope"]'`),
      errors: [{
        message: `\`cni.projectcalico.org/ipv4pools\`: no pool is named "nope" in cluster "prod" ${NOT_FOUND}. ` +
          'Write the name of an existing pool (IPv4 pools here: "tenant", "infra").',
        line: 6, column: 38, endLine: 6, endColumn: 48,
      }],
    },
    {
      name: 'control characters in a pool name are escaped in the message',
      code: pod(`cni.projectcalico.org/ipv4pools: '["evil\\u001b[2J"]'`),
      errors: [{
        message: `\`cni.projectcalico.org/ipv4pools\`: no pool is named "evil\\u001b[2J" in the linted files ${NOT_FOUND}. ` +
          'Write the name of an existing pool (IPv4 pools here: "tenant", "infra").',
        line: 6, column: 38, endLine: 6, endColumn: 57,
      }],
    },
    {
      name: 'an IP address where a pool name or CIDR is expected',
      code: pod(`cni.projectcalico.org/ipv4pools: '["10.244.0.5"]'`),
      errors: [{
        message: `\`cni.projectcalico.org/ipv4pools\`: "10.244.0.5" is an IP address, not a pool name or CIDR ${NOT_FOUND}. ` +
          'Write "tenant" or "10.244.0.0/16" to use the pool that contains it; to request this exact address, use `cni.projectcalico.org/ipAddrs`.',
        line: 6, column: 38, endLine: 6, endColumn: 54,
      }],
    },

    // ── CIDRs ─────────────────────────────────────────────────────────────
    {
      name: 'a subset of a pool is not a pool',
      code: pod(`cni.projectcalico.org/ipv4pools: '["10.244.1.0/24"]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: "10.244.1.0/24" is not the CIDR of any pool in the linted files; ' +
          'it lies inside pool "tenant" (10.244.0.0/16), and Calico accepts only a pool\'s exact CIDR, not a subset ' +
          '(Calico fails the pod: "the given pool (10.244.1.0/24) does not exist, or is not enabled"). Write "tenant" or "10.244.0.0/16".',
        line: 6, column: 38, endLine: 6, endColumn: 57,
      }],
    },
    {
      name: 'a CIDR around a pool is not that pool either',
      code: pod(`cni.projectcalico.org/ipv4pools: '["10.0.0.0/8"]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: "10.0.0.0/8" is not the CIDR of any pool in the linted files ' +
          '(Calico fails the pod: "the given pool (10.0.0.0/8) does not exist, or is not enabled"); ' +
          'pool "tenant" (10.244.0.0/16) lies inside it. Write "tenant" or "10.244.0.0/16" to use that pool.',
        line: 6, column: 38, endLine: 6, endColumn: 54,
      }],
    },
    {
      name: 'a CIDR that does not parse',
      code: pod(`cni.projectcalico.org/ipv4pools: '["10.0.0.0/33"]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: "10.0.0.0/33" is neither a valid CIDR (the prefix length must be a number from 0 to 32) ' +
          `nor a pool name ${NOT_FOUND}. Write a pool's name or its exact CIDR.`,
        line: 6, column: 38, endLine: 6, endColumn: 55,
      }],
    },

    // ── families ──────────────────────────────────────────────────────────
    {
      name: 'an IPv6 CIDR in ipv4pools',
      code: pod(`cni.projectcalico.org/ipv4pools: '["fd00:10::/48"]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: "fd00:10::/48" is an IPv6 CIDR, but `cni.projectcalico.org/ipv4pools` takes IPv4 pools only ' +
          '(Calico fails the pod: "isn\'t a IPv4 address"). Move it to `cni.projectcalico.org/ipv6pools`.',
        line: 6, column: 38, endLine: 6, endColumn: 56,
      }],
    },
    {
      name: 'an IPv6 pool named in ipv4pools',
      code: pod(`cni.projectcalico.org/ipv4pools: '["tenant-v6"]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: pool "tenant-v6" is IPv6 (fd00:10::/48), but `cni.projectcalico.org/ipv4pools` takes IPv4 pools only ' +
          '(Calico fails the pod: "isn\'t a IPv4 address"). Move it to `cni.projectcalico.org/ipv6pools`.',
        line: 6, column: 38, endLine: 6, endColumn: 53,
      }],
    },
    {
      name: 'IPv4 pools (by name and by CIDR) in ipv6pools: one finding each',
      code: pod(`cni.projectcalico.org/ipv6pools: '["tenant", "100.64.0.0/16"]'`),
      errors: [
        {
          message: '`cni.projectcalico.org/ipv6pools`: pool "tenant" is IPv4 (10.244.0.0/16), but `cni.projectcalico.org/ipv6pools` takes IPv6 pools only ' +
            '(Calico fails the pod: "isn\'t a IPv6 address"). Move it to `cni.projectcalico.org/ipv4pools`.',
          line: 6, column: 38, endLine: 6, endColumn: 67,
        },
        {
          message: '`cni.projectcalico.org/ipv6pools`: "100.64.0.0/16" is an IPv4 CIDR, but `cni.projectcalico.org/ipv6pools` takes IPv6 pools only ' +
            '(Calico fails the pod: "isn\'t a IPv6 address"). Move it to `cni.projectcalico.org/ipv4pools`.',
          line: 6, column: 38, endLine: 6, endColumn: 67,
        },
      ],
    },

    // ── pools Calico will not use ─────────────────────────────────────────
    {
      name: 'a disabled IPPool, by name and by CIDR: one finding for the one problem',
      code: pod(`cni.projectcalico.org/ipv4pools: '["frozen", "10.99.0.0/16"]'`, WITH_FROZEN),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: pool "frozen" is disabled (`spec.disabled: true`), so Calico refuses it ' +
          '("the given pool (10.99.0.0/16) does not exist, or is not enabled"). Enable the pool or request another one.',
        line: 6, column: 38, endLine: 6, endColumn: 66,
      }],
    },
    {
      name: 'an Installation pool with disableNewAllocations',
      code: pod(`cni.projectcalico.org/ipv4pools: '["drained"]'`, yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - {name: default-ipv4-ippool, cidr: 192.168.0.0/16}
            - {name: drained, cidr: 172.20.0.0/16, disableNewAllocations: true}
      `),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: pool "drained" is disabled (`disableNewAllocations: true`), so Calico refuses it ' +
          '("the given pool (172.20.0.0/16) does not exist, or is not enabled"). Enable the pool or request another one.',
        line: 6, column: 38, endLine: 6, endColumn: 51,
      }],
    },
    {
      name: 'a pool whose allowedUses leaves out Workload',
      code: pod(`cni.projectcalico.org/ipv4pools: '["lb"]'`, yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: lb}
        spec: {cidr: 198.51.100.0/24, allowedUses: [LoadBalancer]}
      `),
      errors: [{
        message: '`cni.projectcalico.org/ipv4pools`: pool "lb" does not allow Workload use (allowedUses: "LoadBalancer"), ' +
          'so Calico never gives pods addresses from it ("no pools match the required use (Workload)"). ' +
          'Add Workload to its allowedUses or request another pool.',
        line: 6, column: 38, endLine: 6, endColumn: 46,
      }],
    },

    // ── ipAddrs, ipAddrsNoIpam, floatingIPs ───────────────────────────────
    {
      name: 'ipAddrs: an address written as a CIDR, and two IPv4 addresses',
      code: pod(`cni.projectcalico.org/ipAddrs: '["10.244.0.5/32", "10.244.0.6", "10.244.0.7"]'`),
      errors: [
        {
          message: '`cni.projectcalico.org/ipAddrs`: "10.244.0.5/32" is not an IP address (Calico fails the pod: "invalid IP format"). ' +
            'Write "10.244.0.5" without the prefix length.',
          line: 6, column: 36, endLine: 6, endColumn: 83,
        },
        {
          message: '`cni.projectcalico.org/ipAddrs` lists 2 IPv4 addresses, but a pod gets at most one per family ' +
            '(Calico fails the pod: "cannot have more than one IPv4 address"). Keep one.',
          line: 6, column: 36, endLine: 6, endColumn: 83,
        },
      ],
    },
    {
      name: 'ipAddrs: an address in a disabled pool, and one in no pool',
      code: pod(`cni.projectcalico.org/ipAddrs: '["10.99.0.5", "fd00:99::5"]'`, WITH_FROZEN),
      errors: [
        {
          message: '`cni.projectcalico.org/ipAddrs`: "10.99.0.5" is in pool "frozen", which is disabled (`spec.disabled: true`); ' +
            `Calico assigns addresses only from enabled pools ${NOT_IN_POOL}. Enable the pool or pick another address.`,
          line: 6, column: 36, endLine: 6, endColumn: 65,
        },
        {
          message: `\`cni.projectcalico.org/ipAddrs\`: "fd00:99::5" is in no pool of the linted files ${NOT_IN_POOL}. ` +
            'Pick an address inside an enabled IPv6 pool (IPv6 pools here: "tenant-v6" (fd00:10::/48)).',
          line: 6, column: 36, endLine: 6, endColumn: 65,
        },
      ],
    },
    {
      name: 'ipAddrs: an empty list',
      code: pod(`cni.projectcalico.org/ipAddrs: '[]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipAddrs` is an empty list, which Calico rejects ("specified but empty"). ' +
          'List one address per family, or remove the annotation.',
        line: 6, column: 36, endLine: 6, endColumn: 40,
      }],
    },
    {
      name: 'ipAddrs together with ipAddrsNoIpam',
      code: pod([
        `cni.projectcalico.org/ipAddrs: '["10.244.0.5"]'`,
        `cni.projectcalico.org/ipAddrsNoIpam: '["10.244.0.5"]'`,
      ].join('\n')),
      errors: [{
        message: '`cni.projectcalico.org/ipAddrsNoIpam` and `cni.projectcalico.org/ipAddrs` are both set, which Calico rejects ' +
          '("can\'t have both annotations: \'ipAddrs\' and \'ipAddrsNoIpam\' in use at the same time"). ' +
          'Keep only one: ipAddrs (an address from a pool, through IPAM) or ipAddrsNoIpam (bypasses IPAM).',
        line: 7, column: 42, endLine: 7, endColumn: 58,
      }],
    },
    {
      name: 'ipAddrsNoIpam: two IPv6 addresses (no pool is needed, but one address per family is)',
      code: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["fd00::1", "fd00::2"]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipAddrsNoIpam` lists 2 IPv6 addresses, but a pod gets at most one per family ' +
          '(Calico fails the pod: "cannot have more than one IPv6 address"). Keep one.',
        line: 6, column: 42, endLine: 6, endColumn: 66,
      }],
    },
    {
      name: 'floatingIPs: not an address',
      code: pod(`cni.projectcalico.org/floatingIPs: '["203.0.113.300"]'`),
      errors: [{
        message: '`cni.projectcalico.org/floatingIPs`: "203.0.113.300" is not an IP address (the WorkloadEndpoint fails validation). ' +
          'Write a bare address such as "203.0.113.10" or "fd00::5".',
        line: 6, column: 40, endLine: 6, endColumn: 59,
      }],
    },

    // ── ipFamilies ────────────────────────────────────────────────────────
    {
      name: 'ipFamilies: values other than IPv4 / IPv6',
      code: pod(`cni.projectcalico.org/ipFamilies: '["ipv4", "IPv6", "dual"]'`),
      errors: [
        {
          message: '`cni.projectcalico.org/ipFamilies`: "ipv4" is not an IP family; Calico accepts only "IPv4" and "IPv6", case-sensitive ' +
            '(Calico fails the pod: "error parsing ipFamilies"). Write "IPv4".',
          line: 6, column: 39, endLine: 6, endColumn: 65,
        },
        {
          message: '`cni.projectcalico.org/ipFamilies`: "dual" is not an IP family; Calico accepts only "IPv4" and "IPv6", case-sensitive ' +
            '(Calico fails the pod: "error parsing ipFamilies"). Write "IPv4" or "IPv6".',
          line: 6, column: 39, endLine: 6, endColumn: 65,
        },
      ],
    },
    {
      name: 'ipFamilies: an empty list assigns no address at all',
      code: pod(`cni.projectcalico.org/ipFamilies: '[]'`),
      errors: [{
        message: '`cni.projectcalico.org/ipFamilies` is an empty list: Calico then assigns no address of either family and the pod fails ' +
          '("IPAM plugin returned missing IP config"). List "IPv4", "IPv6" or both.',
        line: 6, column: 39, endLine: 6, endColumn: 43,
      }],
    },

    // ── where the annotation is written ───────────────────────────────────
    {
      name: "a Deployment's own metadata: reported at the key, and its value is not checked",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: runner
          annotations:
            cni.projectcalico.org/ipv4pools: '["nope"]'
        spec:
          template:
            metadata: {labels: {app: runner}}
            spec: {containers: [{name: c, image: busybox}]}
        ---
      ` + POOLS,
      errors: [{
        message: "`cni.projectcalico.org/ipv4pools` on a Deployment's own metadata does nothing: Calico reads it only from pods and Namespaces. " +
          'Move it to `spec.template.metadata.annotations`.',
        line: 6, column: 5, endLine: 6, endColumn: 36,
      }],
    },
    {
      name: "a CronJob's own metadata, with the same annotation already on its pod template",
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
          annotations:
            cni.projectcalico.org/ipv4pools: '["infra"]'
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    cni.projectcalico.org/ipv4pools: '["infra"]'
                spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}
        ---
      ` + POOLS,
      errors: [{
        message: "`cni.projectcalico.org/ipv4pools` on a CronJob's own metadata does nothing: Calico reads it only from pods and Namespaces. " +
          'Move it to `spec.jobTemplate.spec.template.metadata.annotations` (the pod template already sets it: delete this copy).',
        line: 6, column: 5, endLine: 6, endColumn: 36,
      }],
    },
    {
      name: 'a Namespace: ipAddrs does nothing there, ipv4pools is checked like on a pod',
      code: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: ci
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.244.0.5"]'
            cni.projectcalico.org/ipv4pools: '["infr"]'
        ---
      ` + POOLS,
      errors: [
        {
          message: "`cni.projectcalico.org/ipAddrs` on a Namespace does nothing: Calico reads it only from the pod's own annotations " +
            '(only ipv4pools, ipv6pools and ipFamilies are read from the Namespace). Move it to the pod or pod template that needs it.',
          line: 6, column: 5, endLine: 6, endColumn: 34,
        },
        {
          message: `\`cni.projectcalico.org/ipv4pools\`: no pool is named "infr" in the linted files ${NOT_FOUND}. Did you mean "infra"?`,
          line: 7, column: 38, endLine: 7, endColumn: 48,
        },
      ],
    },
    {
      name: 'annotations Calico writes itself, set by hand: reported at the key',
      code: pod([
        'cni.projectcalico.org/podIP: 10.244.0.9',
        'cni.projectcalico.org/containerID: abc123',
      ].join('\n')),
      errors: [
        {
          message: `\`cni.projectcalico.org/podIP\` ${WRITTEN}; to request an address, use \`cni.projectcalico.org/ipAddrs\`.`,
          line: 6, column: 5, endLine: 6, endColumn: 32,
        },
        {
          message: `\`cni.projectcalico.org/containerID\` ${WRITTEN}.`,
          line: 7, column: 5, endLine: 7, endColumn: 38,
        },
      ],
    },
    {
      name: 'a misspelt key does nothing: reported at the key',
      code: pod([
        `cni.projectcalico.org/IPv4Pools: '["infra"]'`,
        `cni.projectcalico.org/ipAddr: '["10.244.0.5"]'`,
      ].join('\n')),
      errors: [
        {
          message: '"cni.projectcalico.org/IPv4Pools" is not an annotation Calico reads, so it does nothing (keys are case-sensitive). ' +
            'Did you mean `cni.projectcalico.org/ipv4pools`?',
          line: 6, column: 5, endLine: 6, endColumn: 36,
        },
        {
          // A letter missing, not a case problem: no word about case.
          message: '"cni.projectcalico.org/ipAddr" is not an annotation Calico reads, so it does nothing. ' +
            'Did you mean `cni.projectcalico.org/ipAddrs`?',
          line: 7, column: 5, endLine: 7, endColumn: 33,
        },
      ],
    },
  ],
});

describe('pool-annotation-valid related locations', () => {
  it('points at the pool involved: its CIDR, or the field that disables it', () => {
    const findings = lintOne(poolAnnotationValid, pod(`cni.projectcalico.org/ipv4pools: '["10.244.1.0/24", "frozen", "tenat"]'`, WITH_FROZEN));
    assert.deepEqual(
      findings.map((f) => f.related?.map((r) => ({ message: r.message, line: r.range.line, column: r.range.column }))),
      [
        [{ message: 'the pool that contains it', line: 14, column: 14 }],
        [{ message: 'the disabled pool', line: 29, column: 38 }],
        [{ message: 'the pool with the closest name', line: 14, column: 14 }],
      ],
    );
  });
});
