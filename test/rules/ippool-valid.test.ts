import { ippoolValid } from '../../rules/ippool-valid.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

/**
 * An IPPool whose spec body is indented under `spec:`. Lines: 1 apiVersion,
 * 2 kind, 3 `metadata: {name: <name>}` (the name starts at column 18 for
 * "pool"), 4 `spec:`, then the spec from line 5 with two spaces of indentation.
 */
function ippool(spec: string, { api = 'crd.projectcalico.org/v1', name = 'pool' } = {}): string {
  const body = spec.split('\n').map((line) => (line === '' ? line : `  ${line}`)).join('\n');
  return `apiVersion: ${api}\nkind: IPPool\nmetadata: {name: ${name}}\nspec:\n${body}\n`;
}

/**
 * An Installation whose pools start on line 7, indented by four spaces, so a
 * pool's first line reads `    - name: a` (the name value at column 13) and its
 * other fields start at column 7.
 */
function installation(pools: string, extraSpec = ''): string {
  const body = pools.split('\n').map((line) => (line === '' ? line : `    ${line}`)).join('\n');
  return `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n` +
    `  calicoNetwork:\n    ipPools:\n${body}\n${extraSpec}`;
}

const MODES = ' (Kubernetes and Calico reject it; omit the field for Never)';
const DROPPED = 'kubectl refuses it (strict field validation), and server-side apply, GitOps tools and `--validate=false` ' +
  'drop it with at most a warning, so its setting is silently lost';
const MUST_BE_SPECIFIED = '(Calico rejects it: "IPPool CIDR must be specified")';
const VALID_SUBNET = '(Calico rejects it: "IPPool CIDR must be a valid subnet")';
const TOO_SMALL = '(Calico rejects it: "IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.")';
const NAME_RULES = "An IPPool name uses lower-case letters, digits, '-' and '.', and starts and ends with a letter or digit";
const LB_ENCAP_OPERATOR = '(the operator rejects it: "IP pool encapsulation must be none if allowedUse is LoadBalancer")';

ruleTester(ippoolValid, {
  valid: [
    {
      name: 'a complete IPv4 pool (crd.projectcalico.org/v1)',
      code: ippool(yaml`
        cidr: 10.244.0.0/16
        blockSize: 26
        ipipMode: CrossSubnet
        vxlanMode: Never
        natOutgoing: true
        disabled: false
        disableBGPExport: false
        nodeSelector: all()
        allowedUses: [Workload, Tunnel]
        assignmentMode: Automatic
      `),
    },
    {
      name: 'fields that are one ${VAR}: Flux postBuild substitution, envsubst or clusterctl fills them in (onedr0p-template homelabs)',
      code: ippool(yaml`
        cidr: \${CLUSTER_CIDR}
        blockSize: \${BLOCK_SIZE:=26}
        ipipMode: \${IPIP_MODE}
        natOutgoing: \${NAT}
      `),
    },
    {
      name: 'fields that are one Go template action, in a document that parses: rendering fills them in',
      code: ippool(yaml`
        cidr: "{{ first .Cluster.Network.PodCIDRBlocks }}"
        blockSize: 26
        ipipMode: '{{ .Values.ipipMode }}'
        nodeSelector: "{{ .Values.nodeSelector }}"
      `),
    },
    {
      name: 'a cidr whose address and prefix length are both placeholders (giantswarm/k8scloudconfig c69a8b4 files/k8s-resource/calico-all.yaml)',
      code: ippool(yaml`
        cidr: "{{.Cluster.Calico.Subnet}}/{{.Cluster.Calico.CIDR}}"
        blockSize: 26
      `),
    },
    {
      // YAML reads an unquoted action as the mapping {"{ .Values.name }": null}: a placeholder too, never "must be a string; got {…}".
      name: 'fields that are one unquoted Go template action (a flow mapping to YAML), name included',
      code: 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: {{ .Values.name }}}\n' +
        'spec: {cidr: {{ .Values.cidr }}, natOutgoing: {{ .Values.nat }}}\n',
    },
    {
      name: 'a tigera-operator HelmRelease whose pool CIDRs are Flux substitutions (haraldkoch/kochhaus-home 721a306)',
      code: yaml`
        apiVersion: helm.toolkit.fluxcd.io/v2beta2
        kind: HelmRelease
        metadata: {name: tigera-operator, namespace: tigera-operator}
        spec:
          chart: {spec: {chart: tigera-operator}}
          values:
            installation:
              calicoNetwork:
                ipPools:
                  - blockSize: 26
                    cidr: \${NETWORK_K8S_POD_CIDR}
                    encapsulation: None
                  - blockSize: 116
                    cidr: "\${NETWORK_K8S_POD_CIDR_V6}"
      `,
    },
    {
      name: 'an IPv6 pool with blockSize 122 and VXLAN (projectcalico.org/v3)',
      code: ippool(yaml`
        cidr: fd00:10:244::/48
        blockSize: 122
        vxlanMode: Always
        ipipMode: Never
        natOutgoing: false
      `, { api: 'projectcalico.org/v3' }),
    },
    {
      name: 'IPv6 block sizes at both ends of 116..128',
      code: ippool(yaml`
        cidr: fd00::/116
        blockSize: 116
      `) + '---\n' + ippool(yaml`
        cidr: fd00:1::/64
        blockSize: 128
      `),
    },
    {
      name: 'a pool exactly one block in size (/26 with the default blockSize)',
      code: ippool('cidr: 10.0.0.0/26'),
    },
    {
      name: 'a disabled pool may be smaller than a block',
      code: ippool(yaml`
        cidr: 10.0.0.0/28
        disabled: true
      `),
    },
    {
      name: 'blockSize 0 means the default (clientv3 defaults it)',
      code: ippool(yaml`
        cidr: 10.0.0.0/16
        blockSize: 0
      `),
    },
    {
      name: 'YAML 1.1 booleans: yes / off are booleans, as Kubernetes reads them',
      code: ippool(yaml`
        cidr: 100.64.0.0/16
        natOutgoing: yes
        disabled: off
      `),
    },
    {
      name: 'a LoadBalancer pool done right',
      code: ippool(yaml`
        cidr: 192.0.2.0/24
        blockSize: 31
        allowedUses: [LoadBalancer]
        ipipMode: Never
        vxlanMode: Never
        disableBGPExport: false
        nodeSelector: all()
      `, { api: 'projectcalico.org/v3' }),
    },
    {
      name: 'a LoadBalancer pool with an empty nodeSelector (Calico defaults it to all())',
      code: ippool(yaml`
        cidr: 192.0.2.0/24
        allowedUses: [LoadBalancer]
        nodeSelector: ""
      `),
    },
    {
      name: 'Manual assignment, a Workload-only pool and a namespaceSelector',
      code: ippool(yaml`
        cidr: 100.64.0.0/16
        assignmentMode: Manual
        allowedUses: [Workload]
        namespaceSelector: has(infra)
        nodeSelector: " all() "
      `),
    },
    {
      name: 'legacy v1 fields are accepted on crd.projectcalico.org/v1 up to v3.31 (Calico converts them)',
      code: ippool(yaml`
        cidr: 10.0.0.0/16
        ipip: {enabled: true, mode: always}
        nat-outgoing: true
      `),
      config: { calicoVersion: '3.31' },
    },
    {
      name: 'an IPPool of another API group is not a Calico pool',
      code: yaml`
        apiVersion: metallb.io/v1beta1
        kind: IPPool
        metadata: {name: Not_Calico}
        spec:
          cidr: 10.0.0.1/8
          blockSize: 99
      `,
    },
    {
      name: 'Installation pools done right (IPv4, IPv6, LoadBalancer)',
      code: installation(yaml`
        - name: default-ipv4-ippool
          cidr: 10.244.0.0/16
          blockSize: 26
          encapsulation: VXLANCrossSubnet
          natOutgoing: Enabled
          nodeSelector: all()
        - name: default-ipv6-ippool
          cidr: fd00:10:244::/48
          blockSize: 122
          encapsulation: VXLAN
          natOutgoing: Disabled
        - name: load-balancer
          cidr: 192.0.2.0/24
          blockSize: 32
          encapsulation: None
          allowedUses: [LoadBalancer]
          disableBGPExport: false
        - name: retired
          cidr: 10.96.0.0/20
          disableNewAllocations: true
          assignmentMode: Manual
      `),
    },
    {
      name: 'an Installation pool without a name (the operator generates one)',
      code: installation(yaml`
        - cidr: 10.244.0.0/16
      `),
    },
    {
      name: 'an Installation LoadBalancer pool with a non-Calico CNI defaults to no encapsulation',
      code: installation(yaml`
        - name: lb
          cidr: 192.0.2.0/24
          allowedUses: [LoadBalancer]
      `, '  cni:\n    type: AmazonVPC\n'),
    },
    {
      name: 'an IPv6 Installation LoadBalancer pool defaults to no encapsulation',
      code: installation(yaml`
        - name: lb6
          cidr: fd00:5::/112
          allowedUses: [LoadBalancer]
      `),
    },
    {
      name: 'a valid pool inside a List',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: crd.projectcalico.org/v1
          kind: IPPool
          metadata: {name: tenant}
          spec: {cidr: 10.244.0.0/16, natOutgoing: true}
      `,
    },
  ],
  invalid: [
    // --- fields of the other API: the advice follows the value -------------------------
    // --- unknown fields with no near spelling (issue 19 item 9): reported all the same ------
    {
      name: 'natOutgoingEnabled, mtu and a stray comment in an IPPool spec; the same in an Installation pool',
      code: ippool(yaml`
        cidr: 10.0.0.0/16
        natOutgoingEnabled: true
        mtu: 1400
        comment: managed by terraform
      `) + '---\n' + installation(yaml`
        - cidr: 10.1.0.0/16
          natOutgoingEnabled: Enabled
      `),
      errors: [
        { message: `spec.natOutgoingEnabled is not a field of an IPPool spec: ${DROPPED}. Did you mean \`natOutgoing\`?`, line: 6, column: 3, endLine: 6, endColumn: 21 },
        // crd.projectcalico.org_ippools.yaml has no mtu; operator.tigera.io_installations.yaml has spec.calicoNetwork.mtu (v3.32.1).
        { message: `spec.mtu is not a field of an IPPool spec: ${DROPPED}. It is a setting of Installation \`spec.calicoNetwork.mtu\`.`, line: 7, column: 3, endLine: 7, endColumn: 6 },
        { message: `spec.comment is not a field of an IPPool spec: ${DROPPED}`, line: 8, column: 3, endLine: 8, endColumn: 10 },
        { message: `ipPools[0].natOutgoingEnabled is not a field of an Installation pool: ${DROPPED}. Did you mean \`natOutgoing\`?`, line: 18, column: 7, endLine: 18, endColumn: 25 },
      ],
    },
    {
      name: 'disabled on an Installation pool: true carries over, false is deleted',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/16
          disabled: false
        - name: b
          cidr: 10.245.0.0/16
          disabled: true
      `),
      errors: [
        {
          message: 'ipPools[0].disabled is not a field of an Installation pool: its counterpart `disableNewAllocations` ' +
            'defaults to false, so `false` carries nothing over: delete the line',
          line: 9, column: 7, endLine: 9, endColumn: 15,
        },
        {
          message: 'ipPools[1].disabled is not a field of an Installation pool: Installation pools set `disableNewAllocations: true` instead',
          line: 12, column: 7, endLine: 12, endColumn: 15,
        },
      ],
    },
    {
      name: 'ipipMode and vxlanMode on an Installation pool: the encapsulation they mean',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/16
          ipipMode: Never
        - name: b
          cidr: 10.245.0.0/16
          vxlanMode: CrossSubnet
          ipipMode: Never
      `),
      errors: [
        {
          message: 'ipPools[0].ipipMode is not a field of an Installation pool: Installation pools set `encapsulation` instead: ' +
            'write `encapsulation: None`',
          line: 9, column: 7, endLine: 9, endColumn: 15,
        },
        {
          message: 'ipPools[1].vxlanMode is not a field of an Installation pool: Installation pools set `encapsulation` instead: ' +
            'write `encapsulation: VXLANCrossSubnet`',
          line: 12, column: 7, endLine: 12, endColumn: 16,
        },
        {
          message: 'ipPools[1].ipipMode is not a field of an Installation pool: Installation pools set `encapsulation` instead: ' +
            'write `encapsulation: VXLANCrossSubnet`',
          line: 13, column: 7, endLine: 13, endColumn: 15,
        },
      ],
    },
    {
      // A quoted "false" is the author saying false: the hint must not turn it into `disableNewAllocations: true`.
      name: 'quoted booleans: the hint follows the word, not the type (disabled "false", disableNewAllocations "no", natOutgoing "true")',
      code: yaml`
        installation:
          calicoNetwork:
            ipPools:
            - cidr: 10.1.0.0/16
              disabled: "false"   # keep allocating
              natOutgoing: "true"
      ` + '---\n' + ippool('cidr: 10.0.0.0/16\ndisableNewAllocations: "no"', { name: 'other' }),
      errors: [
        {
          message: 'ipPools[0].disabled is not a field of an Installation pool: its counterpart `disableNewAllocations` defaults to false, ' +
            'so `false` carries nothing over: delete the line',
          line: 5, column: 7, endLine: 5, endColumn: 15,
        },
        {
          message: 'ipPools[0].natOutgoing is the string "true", but the Installation API takes Enabled or Disabled. Write ' +
            '`natOutgoing: Enabled` (Kubernetes rejects the Installation)',
          line: 6, column: 20, endLine: 6, endColumn: 26,
        },
        {
          message: 'spec.disableNewAllocations is not a field of an IPPool spec: its counterpart `disabled` defaults to false, ' +
            'so `false` carries nothing over: delete the line',
          line: 13, column: 3, endLine: 13, endColumn: 24,
        },
      ],
    },
    {
      name: 'Installation fields on IPPools: disableNewAllocations false, encapsulation None and IPIPCrossSubnet',
      code: ippool('cidr: 10.0.0.0/16\ndisableNewAllocations: false\nencapsulation: None') + '---\n' +
        ippool('cidr: 10.1.0.0/16\nencapsulation: IPIPCrossSubnet\ndisableNewAllocations: yes', { name: 'other' }),
      errors: [
        {
          message: 'spec.disableNewAllocations is not a field of an IPPool spec: its counterpart `disabled` defaults to false, ' +
            'so `false` carries nothing over: delete the line',
          line: 6, column: 3, endLine: 6, endColumn: 24,
        },
        {
          message: 'spec.encapsulation is not a field of an IPPool spec: an IPPool has no tunnel unless `ipipMode` or ' +
            '`vxlanMode` asks for one (both default to Never): delete the line',
          line: 7, column: 3, endLine: 7, endColumn: 16,
        },
        {
          message: 'spec.encapsulation is not a field of an IPPool spec: an IPPool sets `ipipMode: CrossSubnet` instead',
          line: 14, column: 3, endLine: 14, endColumn: 16,
        },
        {
          message: 'spec.disableNewAllocations is not a field of an IPPool spec: an IPPool sets `disabled: true` instead',
          line: 15, column: 3, endLine: 15, endColumn: 24,
        },
      ],
    },
    // --- metadata.name and the shape of the object ------------------------------
    {
      name: 'metadata.name that is not a DNS-1123 subdomain',
      code: ippool('cidr: 10.0.0.0/16', { name: 'Infra_Pool' }),
      errors: [{
        message: `metadata.name "Infra_Pool" is not a valid Kubernetes name (a DNS-1123 subdomain). ${NAME_RULES}, e.g. "infra-pool"`,
        line: 3, column: 18, endLine: 3, endColumn: 28,
      }],
    },
    {
      name: 'metadata.name longer than 253 characters',
      code: ippool('cidr: 10.0.0.0/16', { name: 'a'.repeat(254) }),
      errors: [{
        message: `metadata.name is too long by 1 character (at most 253). ${NAME_RULES}`,
        line: 3, column: 18, endLine: 3, endColumn: 272,
      }],
    },
    {
      name: 'metadata.name that YAML reads as a number',
      code: ippool('cidr: 10.0.0.0/16', { name: '123' }),
      errors: [{
        message: `metadata.name must be a string; got "123". ${NAME_RULES}`,
        line: 3, column: 18, endLine: 3, endColumn: 21,
      }],
    },
    {
      name: 'no metadata.name: reported at metadata',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          labels: {team: net}
        spec:
          cidr: 10.0.0.0/16
      `,
      errors: [{
        message: 'This IPPool has no metadata.name, and Kubernetes rejects an object without a name. Add `metadata: {name: <pool-name>}`',
        line: 3, column: 1, endLine: 3, endColumn: 9,
      }],
    },
    {
      name: 'no metadata.name because name sits at the top level: the message names the misplaced field',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
        name: infra
        spec:
          cidr: 100.64.0.0/16
      `,
      errors: [{
        message: 'This IPPool has no metadata.name, and Kubernetes rejects an object without a name: `name` is at the ' +
          'top level of the IPPool; it belongs under `metadata:` — indent it',
        line: 3, column: 1, endLine: 3, endColumn: 9,
      }],
    },
    {
      name: 'spec that is not a mapping',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: pool}
        spec: 10.0.0.0/16
      `,
      errors: [{
        message: '`spec` must be a mapping of pool fields (cidr, blockSize, …); got "10.0.0.0/16". Write `spec:` and indent the fields under it',
        line: 4, column: 7, endLine: 4, endColumn: 18,
      }],
    },
    // --- cidr -------------------------------------------------------------------
    {
      name: 'cidr missing: reported at the pool name',
      code: ippool('natOutgoing: true'),
      errors: [{
        message: `IPPool "pool" has no spec.cidr. Add \`cidr: <address>/<length>\` under \`spec:\` ${MUST_BE_SPECIFIED}`,
        line: 3, column: 18, endLine: 3, endColumn: 22,
      }],
    },
    {
      name: 'cidr missing because it sits at the top level: the message names the misplaced field',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: flat
        cidr: 10.0.0.0/16
        spec:
          natOutgoing: true
      `,
      errors: [{
        message: 'IPPool "flat" has no spec.cidr: `cidr` is at the top level of the IPPool; it belongs under `spec:` — indent it ' +
          MUST_BE_SPECIFIED,
        line: 4, column: 9, endLine: 4, endColumn: 13,
      }],
    },
    {
      name: 'cidr missing because it sits under metadata',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          name: infra
          cidr: 100.64.0.0/16
        spec:
          natOutgoing: true
      `,
      errors: [{
        message: 'IPPool "infra" has no spec.cidr: `cidr` is under `metadata:`; it belongs under `spec:` — move it out of `metadata:` ' +
          MUST_BE_SPECIFIED,
        line: 4, column: 9, endLine: 4, endColumn: 14,
      }],
    },
    {
      name: 'cidr missing because the whole spec is nested under metadata',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: nested
          spec:
            cidr: 10.0.0.0/16
      `,
      errors: [{
        message: 'IPPool "nested" has no spec.cidr: `spec` is nested under `metadata:`; dedent it to the top level, beside `metadata:` ' +
          MUST_BE_SPECIFIED,
        line: 4, column: 9, endLine: 4, endColumn: 15,
      }],
    },
    {
      name: 'cidr empty string',
      code: ippool('cidr: ""'),
      errors: [{
        message: `spec.cidr is empty. Write the pool's network as address/length, e.g. \`cidr: 10.244.0.0/16\` ${MUST_BE_SPECIFIED}`,
        line: 5, column: 9, endLine: 5, endColumn: 11,
      }],
    },
    {
      name: 'cidr with no value: reported at the key',
      code: ippool('cidr:\nnatOutgoing: true'),
      errors: [{
        message: `spec.cidr is empty. Write the pool's network as address/length, e.g. \`cidr: 10.244.0.0/16\` ${MUST_BE_SPECIFIED}`,
        line: 5, column: 3, endLine: 5, endColumn: 7,
      }],
    },
    {
      name: 'cidr that is not a string',
      code: ippool('cidr: 10'),
      errors: [{
        message: 'spec.cidr must be a string such as "10.244.0.0/16"; got "10"',
        line: 5, column: 9, endLine: 5, endColumn: 11,
      }],
    },
    {
      name: 'cidr with a prefix length out of range',
      code: ippool('cidr: 10.0.0.0/33'),
      errors: [{
        message: 'spec.cidr "10.0.0.0/33" is not a valid CIDR (the prefix length must be a number from 0 to 32). ' +
          `Write a network as address/length, e.g. "10.244.0.0/16" ${VALID_SUBNET}`,
        line: 5, column: 9, endLine: 5, endColumn: 20,
      }],
    },
    {
      name: 'a variable inside the CIDR is no placeholder for the whole value: judged as written',
      code: ippool('cidr: 10.${OCTET}.0.0/16'),
      errors: [{
        message: 'spec.cidr "10.${OCTET}.0.0/16" is not a valid CIDR (not a valid IP address). ' +
          `Write a network as address/length, e.g. "10.244.0.0/16" ${VALID_SUBNET}`,
        line: 5, column: 9, endLine: 5, endColumn: 27,
      }],
    },
    {
      name: 'cidr with an impossible address',
      code: ippool('cidr: 10.0.0.256/24'),
      errors: [{
        message: 'spec.cidr "10.0.0.256/24" is not a valid CIDR (not a valid IP address). ' +
          `Write a network as address/length, e.g. "10.244.0.0/16" ${VALID_SUBNET}`,
        line: 5, column: 9, endLine: 5, endColumn: 22,
      }],
    },
    {
      name: 'a bare IP: clientv3 parses pool CIDRs with net.ParseCIDR, which rejects it',
      code: ippool('cidr: 10.0.0.1'),
      errors: [{
        message: 'spec.cidr "10.0.0.1" is an address without a prefix length; Calico parses pool CIDRs with Go\'s ' +
          'net.ParseCIDR, which requires one. Write the network as address/length, e.g. "10.0.0.1/32" for this one ' +
          `address (which also needs blockSize: 32) ${VALID_SUBNET}`,
        line: 5, column: 9, endLine: 5, endColumn: 17,
      }],
    },
    {
      name: 'host bits set: says which CIDR was meant',
      code: ippool('cidr: 172.16.0.1/16'),
      errors: [{
        message: 'spec.cidr "172.16.0.1/16" has host bits set: did you mean "172.16.0.0/16"? A pool CIDR must be strictly ' +
          'masked (Calico rejects it: "IPPool CIDR is not strictly masked")',
        line: 5, column: 9, endLine: 5, endColumn: 22,
      }],
    },
    {
      name: 'host bits set in an IPv6 CIDR',
      code: ippool('cidr: "fd00::1/64"\nblockSize: 122'),
      errors: [{
        message: 'spec.cidr "fd00::1/64" has host bits set: did you mean "fd00::/64"? A pool CIDR must be strictly ' +
          'masked (Calico rejects it: "IPPool CIDR is not strictly masked")',
        line: 5, column: 9, endLine: 5, endColumn: 21,
      }],
    },
    {
      name: 'overlap with the IPv4 link-local range',
      code: ippool('cidr: 169.254.0.0/16'),
      errors: [{
        message: 'spec.cidr "169.254.0.0/16" overlaps the IPv4 link-local range 169.254.0.0/16, which Calico does not ' +
          'allow in a pool. Choose a range outside 169.254.0.0/16 ' +
          '(Calico rejects it: "IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16")',
        line: 5, column: 9, endLine: 5, endColumn: 23,
      }],
    },
    {
      name: 'a pool that contains the IPv6 link-local range',
      code: ippool('cidr: fe00::/7', { api: 'projectcalico.org/v3' }),
      errors: [{
        message: 'spec.cidr "fe00::/7" overlaps the IPv6 link-local range fe80::/10, which Calico does not ' +
          'allow in a pool. Choose a range outside fe80::/10 ' +
          '(Calico rejects it: "IPPool CIDR overlaps with IPv6 Link Local range fe80::/10")',
        line: 5, column: 9, endLine: 5, endColumn: 17,
      }],
    },
    // --- blockSize ----------------------------------------------------------------
    {
      name: 'blockSize written as a string',
      code: ippool('cidr: 10.0.0.0/16\nblockSize: "26"'),
      errors: [{
        message: 'spec.blockSize must be a whole number (20 to 32 for IPv4, 116 to 128 for IPv6); got "26" — a string: remove the quotes',
        line: 6, column: 14, endLine: 6, endColumn: 18,
      }],
    },
    {
      name: 'blockSize that is not a whole number',
      code: ippool('cidr: 10.0.0.0/16\nblockSize: 26.5'),
      errors: [{
        message: 'spec.blockSize must be a whole number (20 to 32 for IPv4, 116 to 128 for IPv6); got "26.5"',
        line: 6, column: 14, endLine: 6, endColumn: 18,
      }],
    },
    {
      name: 'IPv4 blockSize above 32',
      code: ippool('cidr: 10.0.0.0/16\nblockSize: 33'),
      errors: [{
        message: 'spec.blockSize 33 is outside 20–32, the range for an IPv4 pool. Use a value from 20 to 32 (default 26) ' +
          '(Calico rejects it: "IPv4 block size must be between 20 and 32")',
        line: 6, column: 14, endLine: 6, endColumn: 16,
      }],
    },
    {
      name: 'an IPv4 block size on an IPv6 pool',
      code: ippool('cidr: fd00::/48\nblockSize: 26'),
      errors: [{
        message: 'spec.blockSize 26 is outside 116–128, the range for an IPv6 pool (26 is an IPv4 block size). ' +
          'Use a value from 116 to 128 (default 122) (Calico rejects it: "IPv6 block size must be between 116 and 128")',
        line: 6, column: 14, endLine: 6, endColumn: 16,
      }],
    },
    {
      name: 'a pool smaller than the default block',
      code: ippool('cidr: 10.0.0.0/28'),
      errors: [{
        message: 'spec.cidr "10.0.0.0/28" is smaller than one IPAM block (/26, the default blockSize): Calico allocates ' +
          'addresses to nodes in whole blocks. Use a /26 or larger CIDR, set blockSize to 28 or more, or set ' +
          `\`disabled: true\` ${TOO_SMALL}`,
        line: 5, column: 9, endLine: 5, endColumn: 20,
      }],
    },
    {
      name: 'a pool smaller than its explicit blockSize',
      code: ippool('cidr: 10.0.0.0/24\nblockSize: 20\ndisabled: false'),
      errors: [{
        message: 'spec.cidr "10.0.0.0/24" is smaller than one IPAM block (/20, its blockSize): Calico allocates ' +
          'addresses to nodes in whole blocks. Use a /20 or larger CIDR, set blockSize to 24 or more, or set ' +
          `\`disabled: true\` ${TOO_SMALL}`,
        line: 5, column: 9, endLine: 5, endColumn: 20,
      }],
    },
    // --- ipipMode / vxlanMode -----------------------------------------------------
    {
      name: 'a mode in the wrong case',
      code: ippool('cidr: 10.0.0.0/16\nipipMode: always'),
      errors: [{
        message: 'spec.ipipMode "always" is not valid: the values are case-sensitive. Write `ipipMode: Always`' + MODES,
        line: 6, column: 13, endLine: 6, endColumn: 19,
      }],
    },
    {
      // The reason given must be the one that applies: "VXLAN " differs by a blank, not by case.
      name: 'a mode with a blank inside its quotes',
      code: ippool('cidr: 10.0.0.0/16\nvxlanMode: "Always "   # overlay'),
      errors: [{
        message: 'spec.vxlanMode "Always " is not valid: the blanks around it are part of the value. Write `vxlanMode: Always`' + MODES,
        line: 6, column: 14, endLine: 6, endColumn: 23,
      }],
    },
    {
      name: 'the legacy cross-subnet spelling',
      code: ippool('cidr: 10.0.0.0/16\nipipMode: cross-subnet'),
      errors: [{
        message: 'spec.ipipMode "cross-subnet" is not valid: the values are spelt exactly: case-sensitive, without blanks, `-` or `_`. ' +
          'Write `ipipMode: CrossSubnet`' + MODES,
        line: 6, column: 13, endLine: 6, endColumn: 25,
      }],
    },
    {
      name: 'a misspelt mode',
      code: ippool('cidr: 10.0.0.0/16\nvxlanMode: Allways'),
      errors: [{
        message: 'spec.vxlanMode "Allways" is not Always, CrossSubnet or Never. Did you mean `Always`?' + MODES,
        line: 6, column: 14, endLine: 6, endColumn: 21,
      }],
    },
    {
      name: 'a mode that YAML 1.1 reads as a boolean (on)',
      code: ippool('cidr: 10.0.0.0/16\nvxlanMode: on'),
      errors: [{
        message: 'spec.vxlanMode is the boolean true (YAML reads unquoted true/false/yes/no/on/off as booleans), not an ' +
          'encapsulation mode. Write Always, CrossSubnet or Never' + MODES,
        line: 6, column: 14, endLine: 6, endColumn: 16,
      }],
    },
    {
      name: 'an Installation encapsulation value on an IPPool mode',
      code: ippool('cidr: 10.0.0.0/16\nipipMode: IPIP'),
      errors: [{
        message: 'spec.ipipMode "IPIP" is not an encapsulation mode: write Always, CrossSubnet or Never' + MODES,
        line: 6, column: 13, endLine: 6, endColumn: 17,
      }],
    },
    {
      name: 'a mode that is a number',
      code: ippool('cidr: 10.0.0.0/16\nvxlanMode: 1'),
      errors: [{
        message: 'spec.vxlanMode must be Always, CrossSubnet or Never; got "1"' + MODES,
        line: 6, column: 14, endLine: 6, endColumn: 15,
      }],
    },
    {
      name: 'both IPIP and VXLAN enabled',
      code: ippool('cidr: 10.0.0.0/16\nipipMode: Always\nvxlanMode: CrossSubnet'),
      errors: [{
        message: 'spec.vxlanMode is "CrossSubnet" while spec.ipipMode is "Always": a pool uses at most one encapsulation. ' +
          'Set one of them to Never (Calico rejects it: "Cannot enable both VXLAN and IPIP on the same IPPool")',
        line: 7, column: 14, endLine: 7, endColumn: 25,
      }],
    },
    {
      name: 'IPIP on an IPv6 pool',
      code: ippool('cidr: fd00::/48\nipipMode: Always', { api: 'projectcalico.org/v3' }),
      errors: [{
        message: 'spec.ipipMode is "Always" on an IPv6 pool, but IPIP carries IPv4 only. Set `ipipMode: Never` (use ' +
          'vxlanMode for an IPv6 overlay) (Calico rejects it: "IPIP is not supported on an IPv6 IP pool")',
        line: 6, column: 13, endLine: 6, endColumn: 19,
      }],
    },
    // --- assignmentMode -----------------------------------------------------------
    {
      name: 'assignmentMode misspelt',
      code: ippool('cidr: 10.0.0.0/16\nassignmentMode: Manually'),
      errors: [{
        message: 'spec.assignmentMode "Manually" is not Automatic or Manual. Did you mean `Manual`? (Kubernetes and Calico reject it)',
        line: 6, column: 19, endLine: 6, endColumn: 27,
      }],
    },
    // --- booleans -------------------------------------------------------------------
    {
      name: 'natOutgoing "true" in quotes is a string',
      code: ippool('cidr: 10.0.0.0/16\nnatOutgoing: "true"'),
      errors: [{
        message: 'spec.natOutgoing is the string "true" (quoted), not a boolean: Kubernetes accepts only true or false here. ' +
          'Write `natOutgoing: true` without quotes',
        line: 6, column: 16, endLine: 6, endColumn: 22,
      }],
    },
    {
      name: 'disabled written in the Installation API spelling',
      code: ippool('cidr: 10.0.0.0/16\ndisabled: Enabled'),
      errors: [{
        message: 'spec.disabled is "Enabled", the Installation API\'s spelling, not a boolean: Kubernetes accepts only true ' +
          'or false here. Write `disabled: true` without quotes',
        line: 6, column: 13, endLine: 6, endColumn: 20,
      }],
    },
    {
      name: 'disableBGPExport as a number',
      code: ippool('cidr: 10.0.0.0/16\ndisableBGPExport: 1'),
      errors: [{
        message: 'spec.disableBGPExport is "1", not a boolean: Kubernetes accepts only true or false here. Write true or false without quotes',
        line: 6, column: 21, endLine: 6, endColumn: 22,
      }],
    },
    // --- allowedUses and LoadBalancer pools ----------------------------------------
    {
      name: 'allowedUses that is not a list',
      code: ippool('cidr: 10.0.0.0/16\nallowedUses: Workload'),
      errors: [{
        message: 'spec.allowedUses must be a list; got "Workload". Write `allowedUses: [Workload]`',
        line: 6, column: 16, endLine: 6, endColumn: 24,
      }],
    },
    {
      name: 'an unknown use, misspelt',
      code: ippool('cidr: 10.0.0.0/16\nallowedUses: [Workload, Tunel]'),
      errors: [{
        message: 'spec.allowedUses has "Tunel", which is not a use Calico knows (Workload, Tunnel or LoadBalancer). ' +
          'Did you mean `Tunnel`? (Calico rejects it: "unknown use: Tunel")',
        line: 6, column: 27, endLine: 6, endColumn: 32,
      }],
    },
    {
      name: 'a use in the wrong case',
      code: ippool('cidr: 192.0.2.0/24\nallowedUses:\n- loadbalancer'),
      errors: [{
        message: 'spec.allowedUses has "loadbalancer", which is not a use Calico knows (Workload, Tunnel or LoadBalancer). ' +
          'Write `LoadBalancer` (values are case-sensitive) (Calico rejects it: "unknown use: loadbalancer")',
        line: 7, column: 5, endLine: 7, endColumn: 17,
      }],
    },
    {
      name: 'LoadBalancer mixed with another use',
      code: ippool('cidr: 192.0.2.0/24\nallowedUses: [LoadBalancer, Tunnel]'),
      errors: [{
        message: 'spec.allowedUses mixes LoadBalancer with Tunnel: a LoadBalancer pool holds Service addresses only. ' +
          'Move Tunnel to another pool and keep `allowedUses: [LoadBalancer]` ' +
          '(Calico rejects it: "LoadBalancer cannot be used at the same time as: Tunnel")',
        line: 6, column: 31, endLine: 6, endColumn: 37,
      }],
    },
    {
      name: 'a LoadBalancer pool with IPIP, BGP export disabled and a node selector',
      code: ippool(yaml`
        cidr: 192.0.2.0/24
        allowedUses: [LoadBalancer]
        ipipMode: CrossSubnet
        disableBGPExport: true
        nodeSelector: "!all()"
      `, { api: 'projectcalico.org/v3' }),
      errors: [
        {
          message: 'spec.ipipMode is "CrossSubnet" on a LoadBalancer pool; Service addresses are not tunnelled. Set ' +
            '`ipipMode: Never` (Calico rejects it: "Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool")',
          line: 7, column: 13, endLine: 7, endColumn: 24,
        },
        {
          message: 'spec.disableBGPExport is true on a LoadBalancer pool, but Service addresses must be advertised over ' +
            'BGP. Remove it or set it to false (Calico rejects this combination)',
          line: 8, column: 21, endLine: 8, endColumn: 25,
        },
        {
          message: 'spec.nodeSelector is "!all()" on a LoadBalancer pool; it must be exactly "all()". Write ' +
            '`nodeSelector: all()` or remove it (Calico rejects it: "IP Pool with AllowedUse LoadBalancer must have node selector set to all()")',
          line: 9, column: 17, endLine: 9, endColumn: 25,
        },
      ],
    },
    // --- field names ------------------------------------------------------------------
    {
      name: 'a field name in the wrong case',
      code: ippool('cidr: 10.0.0.0/16\nnatOutGoing: true'),
      errors: [{
        message: 'spec.natOutGoing is not a field of an IPPool spec, so Kubernetes does not read it. Did you mean ' +
          '`natOutgoing`? (field names are case-sensitive)',
        line: 6, column: 3, endLine: 6, endColumn: 14,
      }],
    },
    {
      name: 'an Installation field on an IPPool',
      code: ippool('cidr: 10.0.0.0/16\nencapsulation: VXLAN'),
      errors: [{
        message: 'spec.encapsulation is not a field of an IPPool spec: an IPPool sets `vxlanMode: Always` instead',
        line: 6, column: 3, endLine: 6, endColumn: 16,
      }],
    },
    {
      name: 'legacy fields on projectcalico.org/v3',
      code: ippool('cidr: 10.0.0.0/16\nipip: {enabled: true}\nnat-outgoing: true', { api: 'projectcalico.org/v3' }),
      config: { calicoVersion: '3.31' },
      errors: [
        {
          message: "spec.ipip is a legacy field for Calico's internal use; projectcalico.org/v3 rejects it. Write " +
            '`ipipMode: Always`',
          line: 6, column: 3, endLine: 6, endColumn: 7,
        },
        {
          message: "spec.nat-outgoing is a legacy field for Calico's internal use; projectcalico.org/v3 rejects it " +
            'when true. Write `natOutgoing: true`',
          line: 7, column: 3, endLine: 7, endColumn: 15,
        },
      ],
    },
    {
      name: 'several problems in one pool, reported top to bottom',
      code: ippool('blockSize: 33\ncidr: 10.0.0.1/16', { api: 'projectcalico.org/v3' }),
      errors: [
        {
          message: 'spec.blockSize 33 is outside 20–32, the range for an IPv4 pool. Use a value from 20 to 32 (default 26) ' +
            '(Calico rejects it: "IPv4 block size must be between 20 and 32")',
          line: 5, column: 14, endLine: 5, endColumn: 16,
        },
        {
          message: 'spec.cidr "10.0.0.1/16" has host bits set: did you mean "10.0.0.0/16"? A pool CIDR must be strictly ' +
            'masked (Calico rejects it: "IPPool CIDR is not strictly masked")',
          line: 6, column: 9, endLine: 6, endColumn: 20,
        },
      ],
    },
    {
      name: 'a pool inside a List: positions stay inside the item',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: crd.projectcalico.org/v1
          kind: IPPool
          metadata: {name: tenant}
          spec:
            cidr: 10.244.0.0/16
            blockSize: 19
      `,
      errors: [{
        message: 'spec.blockSize 19 is outside 20–32, the range for an IPv4 pool. Use a value from 20 to 32 (default 26) ' +
          '(Calico rejects it: "IPv4 block size must be between 20 and 32")',
        line: 9, column: 16, endLine: 9, endColumn: 18,
      }],
    },
    // --- Installation pools ---------------------------------------------------------------
    {
      name: 'Installation pool without a cidr: reported at its name',
      code: installation(yaml`
        - name: a
          natOutgoing: Enabled
      `),
      errors: [{
        message: 'Installation pool "a" has no cidr. Add `cidr: <address>/<length>` to the pool (the Installation API requires it)',
        line: 7, column: 13, endLine: 7, endColumn: 14,
      }],
    },
    {
      name: 'Installation pool with a bare IP: the operator quotes net.ParseCIDR',
      code: installation(yaml`
        - name: a
          cidr: 10.0.0.1
      `),
      errors: [{
        message: 'ipPools[0].cidr "10.0.0.1" is an address without a prefix length; Calico parses pool CIDRs with Go\'s ' +
          'net.ParseCIDR, which requires one. Write the network as address/length, e.g. "10.0.0.1/32" for this one ' +
          'address (which also needs blockSize: 32) ' +
          '(the operator rejects it: "IP pool CIDR (10.0.0.1) is invalid: invalid CIDR address: 10.0.0.1")',
        line: 8, column: 13, endLine: 8, endColumn: 21,
      }],
    },
    {
      name: 'Installation pool with an invalid CIDR',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0/16
      `),
      errors: [{
        message: 'ipPools[0].cidr "10.244.0/16" is not a valid CIDR (not a valid IP address). Write a network as ' +
          'address/length, e.g. "10.244.0.0/16" ' +
          '(the operator rejects it: "IP pool CIDR (10.244.0/16) is invalid: invalid CIDR address: 10.244.0/16")',
        line: 8, column: 13, endLine: 8, endColumn: 24,
      }],
    },
    {
      name: 'Installation pool with host bits set',
      code: installation(yaml`
        - name: a
          cidr: 10.244.1.0/16
      `),
      errors: [{
        message: 'ipPools[0].cidr "10.244.1.0/16" has host bits set: did you mean "10.244.0.0/16"? A pool CIDR must be ' +
          "strictly masked (Calico's IPPool validation rejects it)",
        line: 8, column: 13, endLine: 8, endColumn: 26,
      }],
    },
    {
      name: 'Installation blockSize out of range, and 0 (the operator does not default it)',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/16
          blockSize: 19
        - name: b
          cidr: fd00::/48
          blockSize: 0
      `),
      errors: [
        {
          message: 'ipPools[0].blockSize 19 is outside 20–32, the range for an IPv4 pool. Use a value from 20 to 32 ' +
            '(default 26) (the operator rejects it: "IPv4 pool block size must be greater than 19 and less than or equal to 32")',
          line: 9, column: 18, endLine: 9, endColumn: 20,
        },
        {
          message: 'ipPools[1].blockSize 0 is outside 116–128, the range for an IPv6 pool. Use a value from 116 to 128 ' +
            '(default 122) (the operator rejects it: "IPv6 pool block size must be greater than 115 and less than or equal to 128")',
          line: 12, column: 18, endLine: 12, endColumn: 19,
        },
      ],
    },
    {
      name: 'a small Installation pool is rejected even with disableNewAllocations',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/27
          disableNewAllocations: true
      `),
      errors: [{
        message: 'ipPools[0].cidr "10.244.0.0/27" is smaller than one IPAM block (/26, the default blockSize): Calico ' +
          'allocates addresses to nodes in whole blocks. Use a /26 or larger CIDR, or set blockSize to 27 or more ' +
          '(the operator rejects a pool smaller than one block, even with disableNewAllocations)',
        line: 8, column: 13, endLine: 8, endColumn: 26,
      }],
    },
    {
      name: 'Installation encapsulation in the wrong case, and an IPPool field in an Installation pool',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/16
          encapsulation: vxlan-crosssubnet
          vxlanMode: Always
      `),
      errors: [
        {
          message: 'ipPools[0].encapsulation "vxlan-crosssubnet" is not valid: the values are spelt exactly: case-sensitive, without blanks, ' +
            '`-` or `_`. Write ' +
            '`encapsulation: VXLANCrossSubnet` (Kubernetes rejects the Installation)',
          line: 9, column: 22, endLine: 9, endColumn: 39,
        },
        {
          message: 'ipPools[0].vxlanMode is not a field of an Installation pool: Installation pools set `encapsulation` ' +
            'instead, and this pool has it already: delete the line',
          line: 10, column: 7, endLine: 10, endColumn: 16,
        },
      ],
    },
    {
      name: 'IPIP on an IPv6 Installation pool',
      code: installation(yaml`
        - name: v6
          cidr: fd00:10:244::/48
          encapsulation: IPIPCrossSubnet
      `),
      errors: [{
        message: 'ipPools[0].encapsulation is "IPIPCrossSubnet" on an IPv6 pool, but IPIP carries IPv4 only. Use VXLAN, ' +
          'VXLANCrossSubnet or None (the operator rejects it: "IPIP encapsulation is not supported by IPv6 pools, but it ' +
          'is set for fd00:10:244::/48")',
        line: 9, column: 22, endLine: 9, endColumn: 37,
      }],
    },
    {
      name: 'Installation natOutgoing as a boolean and as a misspelt word',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/16
          natOutgoing: true
        - name: b
          cidr: 10.245.0.0/16
          natOutgoing: Enable
      `),
      errors: [
        {
          message: 'ipPools[0].natOutgoing is the boolean true, but the Installation API takes Enabled or Disabled. ' +
            'Write `natOutgoing: Enabled`',
          line: 9, column: 20, endLine: 9, endColumn: 24,
        },
        {
          message: 'ipPools[1].natOutgoing "Enable" is not Enabled or Disabled. Did you mean `Enabled`? (Kubernetes rejects the Installation)',
          line: 12, column: 20, endLine: 12, endColumn: 26,
        },
      ],
    },
    {
      name: 'Installation disableNewAllocations as a quoted string',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/16
          disableNewAllocations: "yes"
      `),
      errors: [{
        message: 'ipPools[0].disableNewAllocations is the string "yes", not a boolean: Kubernetes accepts only true or ' +
          'false here. Write `disableNewAllocations: true` without quotes',
        line: 9, column: 30, endLine: 9, endColumn: 35,
      }],
    },
    {
      name: 'Installation assignmentMode in the wrong case',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/16
          assignmentMode: automatic
      `),
      errors: [{
        message: 'ipPools[0].assignmentMode "automatic" is not valid: the values are case-sensitive. Write ' +
          '`assignmentMode: Automatic` (Calico rejects the IPPool the operator creates from it)',
        line: 9, column: 23, endLine: 9, endColumn: 32,
      }],
    },
    {
      name: 'Installation pool name that is not a valid Kubernetes name',
      code: installation(yaml`
        - name: Default IPv4 Pool
          cidr: 10.244.0.0/16
      `),
      errors: [{
        message: 'ipPools[0].name "Default IPv4 Pool" is not a valid Kubernetes name (a DNS-1123 subdomain): the operator ' +
          "creates an IPPool with this name, and Kubernetes rejects it. Use lower-case letters, digits, '-' and '.', " +
          'starting and ending with a letter or digit, e.g. "default-ipv4-pool"',
        line: 7, column: 13, endLine: 7, endColumn: 30,
      }],
    },
    {
      name: 'Installation LoadBalancer pool: default IPIP, explicit VXLAN, mixed uses, BGP export disabled',
      code: installation(yaml`
        - name: lb
          cidr: 192.0.2.0/24
          allowedUses: [LoadBalancer]
        - name: lb2
          cidr: 198.51.100.0/24
          allowedUses: [LoadBalancer, Workload]
          encapsulation: VXLAN
          disableBGPExport: true
      `),
      errors: [
        {
          message: 'Installation pool "lb" is a LoadBalancer pool without `encapsulation`, so the operator gives this ' +
            'IPv4 pool its default, IPIP (with the Calico CNI). Add `encapsulation: None` ' + LB_ENCAP_OPERATOR,
          line: 7, column: 13, endLine: 7, endColumn: 15,
        },
        {
          message: 'ipPools[1].allowedUses mixes LoadBalancer with Workload: a LoadBalancer pool holds Service addresses ' +
            'only. Move Workload to another pool and keep `allowedUses: [LoadBalancer]` ' +
            '(the operator rejects it: "IP pool lb2 AllowedUse LoadBalancer cannot be used with Workload/Tunnel")',
          line: 12, column: 35, endLine: 12, endColumn: 43,
        },
        {
          message: 'ipPools[1].encapsulation is "VXLAN" on a LoadBalancer pool; Service addresses are not tunnelled. ' +
            `Set \`encapsulation: None\` ${LB_ENCAP_OPERATOR}`,
          line: 13, column: 22, endLine: 13, endColumn: 27,
        },
        {
          message: 'ipPools[1].disableBGPExport is true on a LoadBalancer pool, but Service addresses must be advertised ' +
            'over BGP. Remove it or set it to false (the operator rejects it: "IP pool disable bgp export must be false ' +
            'when AllowedUse is LoadBalancer")',
          line: 14, column: 25, endLine: 14, endColumn: 29,
        },
      ],
    },
    {
      name: 'Installation LoadBalancer pool with a node selector other than all()',
      code: installation(yaml`
        - name: lb
          cidr: 192.0.2.0/24
          allowedUses: [LoadBalancer]
          encapsulation: None
          nodeSelector: "!all()"
      `),
      errors: [{
        message: 'ipPools[0].nodeSelector is "!all()" on a LoadBalancer pool; it must be exactly "all()". Write ' +
          '`nodeSelector: all()` or remove it ' +
          '(the operator rejects it: "IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer")',
        line: 11, column: 21, endLine: 11, endColumn: 29,
      }],
    },
    {
      name: 'duplicate names and CIDRs inside one Installation',
      code: installation(yaml`
        - name: a
          cidr: 10.244.0.0/16
        - name: a
          cidr: 10.245.0.0/16
        - name: b
          cidr: 10.244.0.0/16
        - name: c
          cidr: fd00:0::/48
        - name: d
          cidr: fd00::/48
      `),
      errors: [
        {
          message: 'ipPools[1].name "a" is already the name of ipPools[0]: each pool needs its own name ' +
            '(the operator rejects it: "IP pool a is specified more than once")',
          line: 9, column: 13, endLine: 9, endColumn: 14,
        },
        {
          message: 'ipPools[2].cidr "10.244.0.0/16" is the same CIDR as ipPools[0]: define each pool once ' +
            '(the operator rejects it: "IP pool 10.244.0.0/16 is specified more than once")',
          line: 12, column: 13, endLine: 12, endColumn: 26,
        },
        {
          message: 'ipPools[4].cidr "fd00::/48" is the same network as "fd00:0::/48" in ipPools[3]: define each pool ' +
            'once (Calico rejects the overlapping IPPool)',
          line: 16, column: 13, endLine: 16, endColumn: 22,
        },
      ],
    },
  ],
});

ruleTester(ippoolValid, {
  valid: [
    {
      name: 'selectors that parse, including quoted !all(), block scalars and empty ones',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: a}
        spec:
          cidr: 10.1.0.0/16
          nodeSelector: "!all() && has(kubernetes.io/hostname)"
          allowedUses: [Workload]
          namespaceSelector: >-
            tenant in {'a', 'b'}
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: b}
        spec: {cidr: 10.2.0.0/16, nodeSelector: ""}
      `,
    },
  ],
  invalid: [
    {
      name: 'a nodeSelector that does not parse, and a namespaceSelector with global()',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: a}
        spec:
          cidr: 10.1.0.0/16
          nodeSelector: "role == infra"
          namespaceSelector: "global() && has(x)"
          allowedUses: [Workload]
      `,
      errors: [
        {
          message: 'spec.nodeSelector "role == infra" is not a valid selector: expected a quoted string after == ' +
            '(at character 9). Calico rejects the pool',
          line: 6, column: 17, endLine: 6, endColumn: 32,
        },
        {
          message: 'spec.namespaceSelector "global() && has(x)" contains "global(", which Calico v3.31+ refuses anywhere ' +
            'in a pool selector. Write the labels to match, or all() (Calico rejects it: "global() selector is not valid ' +
            'for IPPool namespaceSelector")',
          line: 7, column: 22, endLine: 7, endColumn: 42,
        },
      ],
    },
    {
      name: 'a multi-line selector (a newline outside quotes) in an Installation pool, and a non-string selector',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - name: a
              cidr: 10.1.0.0/16
              nodeSelector: |
                !all()
            - name: b
              cidr: 10.2.0.0/16
              nodeSelector: [all()]
      `,
      errors: [
        {
          message: 'ipPools[0].nodeSelector "!all()\\n" is not a valid selector: a newline is not allowed in a selector ' +
            '(at character 7). Calico rejects the pool',
          line: 9, column: 21, endLine: 10, endColumn: 15,
        },
        {
          message: 'ipPools[1].nodeSelector must be a string holding a selector such as "all()" or "!all()"; got "[\\"all()\\"]"',
          line: 13, column: 21, endLine: 13, endColumn: 28,
        },
      ],
    },
  ],
});
