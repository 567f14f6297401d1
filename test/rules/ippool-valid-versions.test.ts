/**
 * ippool-valid: checks that depend on the targeted Calico release
 * (`calicoVersion`), Go's reading of IPv4-mapped IPv6, and the operator's
 * network constraints. Each versioned check has a case just below and at its
 * first release.
 */
import { ippoolValid } from '../../rules/ippool-valid.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

function ippool(spec: string, { api = 'crd.projectcalico.org/v1', name = 'pool' } = {}): string {
  const body = spec.split('\n').map((line) => (line === '' ? line : `  ${line}`)).join('\n');
  return `apiVersion: ${api}\nkind: IPPool\nmetadata: {name: ${name}}\nspec:\n${body}\n`;
}

const LONG_SELECTOR = `a == '${'x'.repeat(1017)}'`; // 1,024 characters
const TOO_LONG_SELECTOR = `a == '${'x'.repeat(1018)}'`; // 1,025 characters
const GLOBAL_NODE = '(Calico rejects it: "global() selector is not valid for IPPool nodeSelector")';
const TUNNEL_NS = '(Calico rejects it: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector")';
const LB_ALL = '(Calico rejects it: "IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()")';
const UNENCAPSULATED = '(the operator rejects it: "with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled")';

ruleTester(ippoolValid, {
  valid: [
    {
      // tigera/operator release-v1.44 (Calico v3.33) writes normalizeCIDR(p.CIDR) into the IPPool it creates.
      name: 'operator: an Installation pool CIDR with host bits from v3.33, which the operator masks',
      code: yaml`
        installation:
          calicoNetwork:
            ipPools:
            - cidr: 10.244.0.1/16
      `,
      config: { calicoVersion: '3.33' },
    },
    {
      // operator v1.43 (Calico v3.32): Felix programs the IPIP routes, BGP or not.
      name: 'operator: IPIP with BGP off and clusterRoutingMode Felix (v3.32)',
      code: yaml`
        installation:
          calicoNetwork:
            bgp: Disabled
            clusterRoutingMode: Felix
            ipPools:
            - cidr: 10.1.0.0/16
            - cidr: 10.2.0.0/16
              encapsulation: VXLAN
      `,
    },
    {
      // operator for v3.33: the unset mode is FelixIPIPOnly (core_controller.go clusterRoutingMode).
      name: 'operator: IPIP with BGP off and no clusterRoutingMode from v3.33',
      code: yaml`
        installation:
          calicoNetwork:
            bgp: Disabled
            ipPools:
            - cidr: 10.1.0.0/16
            - cidr: 10.2.0.0/16
              encapsulation: VXLAN
      `,
      config: { calicoVersion: '3.33' },
    },
    {
      name: 'global() inside a quoted value before v3.31',
      code: ippool(`cidr: 10.0.0.0/16\nnodeSelector: "name == 'global()'"`),
      config: { calicoVersion: '3.30' },
    },
    {
      name: 'assignmentMode from v3.30',
      code: ippool('cidr: 10.0.0.0/16\nassignmentMode: Manual'),
      config: { calicoVersion: '3.30' },
    },
    {
      name: 'a namespaceSelector on a Workload-only pool',
      code: ippool('cidr: 10.0.0.0/16\nnamespaceSelector: has(a)\nallowedUses: [Workload]'),
    },
    {
      name: 'duplicate allowedUses before v3.32 (not yet a set)',
      code: ippool('cidr: 10.0.0.0/16\nallowedUses: [Workload, Workload]'),
      config: { calicoVersion: '3.31' },
    },
    {
      name: 'an empty nodeSelector on a LoadBalancer pool before v3.33, and a null one at v3.33 (defaulted to all())',
      code: ippool('cidr: 10.0.0.0/16\nallowedUses: [LoadBalancer]\nnodeSelector: ""') + '---\n' +
        ippool('cidr: 10.1.0.0/16\nallowedUses: [LoadBalancer]\nnodeSelector:', { name: 'b' }),
      config: { calicoVersion: '3.32' },
    },
    {
      name: 'a null nodeSelector on a LoadBalancer pool at v3.33 (the CRD defaults it to all())',
      code: ippool('cidr: 10.1.0.0/16\nallowedUses: [LoadBalancer]\nnodeSelector:'),
      config: { calicoVersion: '3.33' },
    },
    {
      name: 'a selector of exactly 1,024 characters at v3.33, and a longer one before',
      code: ippool(`cidr: 10.0.0.0/16\nnodeSelector: "${LONG_SELECTOR}"`) + '---\n' +
        ippool(`cidr: 10.1.0.0/16\nnodeSelector: "${TOO_LONG_SELECTOR}"`, { name: 'b' }),
      config: { calicoVersion: '3.32' },
    },
    {
      name: 'legacy v1 fields on the v1 CRD up to v3.31 (converted on read)',
      code: ippool('cidr: 10.0.0.0/16\nipip: {enabled: true}\nnat-outgoing: true'),
      config: { calicoVersion: 'v3.31.4' },
    },
    {
      name: 'IPv4-mapped notation with a prefix shorter than 96 is an IPv6 network',
      code: ippool('cidr: "::/64"'),
    },
    {
      name: 'operator: non-Calico CNI with all() and None (or no encapsulation); Calico CNI with BGP and no encapsulation',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          kubernetesProvider: EKS
          calicoNetwork:
            ipPools:
              - {name: a, cidr: 10.0.0.0/16, nodeSelector: all(), encapsulation: None}
              - {name: b, cidr: 10.1.0.0/16}
        ---
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
              - {name: c, cidr: 10.2.0.0/16, encapsulation: None}
              - {name: d, cidr: fd00::/48}
      `,
    },
    {
      name: 'operator: BGP disabled with VXLAN, or with Felix programming the routes',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            bgp: Disabled
            ipPools:
              - {name: a, cidr: 10.0.0.0/16, encapsulation: VXLAN}
        ---
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            bgp: Disabled
            clusterRoutingMode: Felix
            ipPools:
              - {name: a, cidr: 10.0.0.0/16, encapsulation: None}
      `,
    },
    {
      name: 'operator: HostLocal IPAM with IPIP',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          cni: {type: Calico, ipam: {type: HostLocal}}
          calicoNetwork:
            ipPools:
              - {name: a, cidr: 10.0.0.0/16, encapsulation: IPIPCrossSubnet}
      `,
    },
  ],
  invalid: [
    {
      name: 'fields newer than the targeted release: assignmentMode (v3.30) and namespaceSelector (v3.31) on v3.29',
      code: ippool('cidr: 10.0.0.0/16\nassignmentMode: Manual\nnamespaceSelector: has(a)'),
      config: { calicoVersion: '3.29' },
      errors: [
        {
          message: 'spec.assignmentMode arrived in Calico v3.30, and calicoVersion is 3.29: the IPPool CRD of that release has ' +
            'no such field, so kubectl refuses it (unknown field) and other clients drop it. Remove it, or upgrade Calico (and ' +
            'calicoVersion) to v3.30 or later',
          line: 6, column: 3, endLine: 6, endColumn: 17,
        },
        {
          message: 'spec.namespaceSelector arrived in Calico v3.31, and calicoVersion is 3.29: the IPPool CRD of that release ' +
            'has no such field, so kubectl refuses it (unknown field) and other clients drop it. Remove it, or upgrade Calico ' +
            '(and calicoVersion) to v3.31 or later',
          line: 7, column: 3, endLine: 7, endColumn: 20,
        },
      ],
    },
    {
      name: 'global() anywhere in a selector string from v3.31, even inside a quoted value',
      code: ippool(`cidr: 10.0.0.0/16\nnodeSelector: "name == 'global()'"`),
      config: { calicoVersion: '3.31' },
      errors: [{
        message: 'spec.nodeSelector "name == \'global()\'" contains "global(", which Calico v3.31+ refuses anywhere in a ' +
          `pool selector (even inside a quoted value). Write the labels to match, or all() ${GLOBAL_NODE}`,
        line: 6, column: 17, endLine: 6, endColumn: 37,
      }],
    },
    {
      name: 'a namespaceSelector on a pool without allowedUses: defaulted to [Workload, Tunnel] before validation',
      code: ippool('cidr: 10.0.0.0/16\nnamespaceSelector: has(a)'),
      config: { calicoVersion: '3.31' },
      errors: [{
        message: 'spec.namespaceSelector is set on a pool without allowedUses, which Calico defaults to [Workload, Tunnel] ' +
          'before it validates; tunnel addresses belong to nodes, not namespaces. Add `allowedUses: [Workload]` ' + TUNNEL_NS,
        line: 6, column: 22, endLine: 6, endColumn: 28,
      }],
    },
    {
      name: 'a namespaceSelector on a pool that allows Tunnel use',
      code: ippool('cidr: 10.0.0.0/16\nallowedUses: [Tunnel]\nnamespaceSelector: has(a)', { api: 'projectcalico.org/v3' }),
      errors: [{
        message: 'spec.namespaceSelector is set on a pool that allows Tunnel use; tunnel addresses belong to nodes, not ' +
          `namespaces. Remove Tunnel from allowedUses, or the namespaceSelector ${TUNNEL_NS}`,
        line: 7, column: 22, endLine: 7, endColumn: 28,
      }],
    },
    {
      name: 'duplicate allowedUses from v3.32 (a list-type set)',
      code: ippool('cidr: 10.0.0.0/16\nallowedUses: [Workload, Tunnel, Workload]'),
      config: { calicoVersion: '3.32' },
      errors: [{
        message: 'spec.allowedUses lists "Workload" twice. From Calico v3.32 the IPPool CRD treats allowedUses as a set, ' +
          'and Kubernetes rejects the IPPool ("Duplicate value"). Remove the second entry',
        line: 6, column: 35, endLine: 6, endColumn: 43,
      }],
    },
    {
      name: 'an empty nodeSelector on a LoadBalancer pool from v3.33 (through kubectl)',
      code: ippool('cidr: 10.0.0.0/16\nallowedUses: [LoadBalancer]\nnodeSelector: ""'),
      config: { calicoVersion: '3.33' },
      errors: [{
        message: 'spec.nodeSelector is empty on a LoadBalancer pool. calicoctl would read it as all(), but from Calico ' +
          'v3.33 the IPPool CRD keeps the empty value and its validation refuses it when the pool is applied with kubectl. ' +
          `Write \`nodeSelector: all()\` or remove the line ${LB_ALL}`,
        line: 7, column: 17, endLine: 7, endColumn: 19,
      }],
    },
    {
      name: 'a selector longer than 1,024 characters from v3.33',
      code: ippool(`cidr: 10.0.0.0/16\nnodeSelector: "${TOO_LONG_SELECTOR}"`),
      config: { calicoVersion: '3.33' },
      errors: [{
        message: 'spec.nodeSelector is 1025 characters long. From Calico v3.33 the IPPool CRD allows at most 1024, and ' +
          'Kubernetes rejects the IPPool. Shorten it, e.g. select one label that the nodes share',
        line: 6, column: 17, endLine: 6, endColumn: 1044,
      }],
    },
    {
      name: 'legacy v1 fields from v3.32, on either API',
      code: ippool('cidr: 10.0.0.0/16\nipip: {enabled: true, mode: cross-subnet}\nnat-outgoing: true') + '---\n' +
        ippool('cidr: 10.1.0.0/16\nipip: {enabled: false}', { name: 'b', api: 'projectcalico.org/v3' }),
      errors: [
        {
          message: 'spec.ipip is a legacy field that Calico v3.32 removed from the IPPool API: kubectl refuses the unknown ' +
            'field, and other clients drop it, so its setting is lost. Write `ipipMode: CrossSubnet`',
          line: 6, column: 3, endLine: 6, endColumn: 7,
        },
        {
          message: 'spec.nat-outgoing is a legacy field that Calico v3.32 removed from the IPPool API: kubectl refuses the ' +
            'unknown field, and other clients drop it, so its setting is lost. Write `natOutgoing: true`',
          line: 7, column: 3, endLine: 7, endColumn: 15,
        },
        {
          message: 'spec.ipip is a legacy field that Calico v3.32 removed from the IPPool API: kubectl refuses the unknown ' +
            'field, and other clients drop it, so its setting is lost. IPIP is off by default (`ipipMode: Never`): delete the line',
          line: 14, column: 3, endLine: 14, endColumn: 7,
        },
      ],
    },
    {
      // The hint follows the legacy field's setting, never a fixed "use IPIP": `enabled: false` means no tunnel.
      name: 'legacy ipip and nat-outgoing on projectcalico.org/v3 before v3.32: the hint follows what they say',
      code: ippool('cidr: 10.0.0.0/16\nipip:\n  enabled: false   # no tunnel', { api: 'projectcalico.org/v3' }) + '---\n' +
        ippool('cidr: 10.1.0.0/16\nipipMode: CrossSubnet\nipip: {enabled: true, mode: cross-subnet}\nnatOutgoing: true\nnat-outgoing: true',
          { name: 'b', api: 'projectcalico.org/v3' }) + '---\n' +
        ippool('cidr: 10.2.0.0/16\nipip: {enabled: true}\nnat-outgoing: true', { name: 'c', api: 'projectcalico.org/v3' }),
      config: { calicoVersion: '3.31' },
      errors: [
        {
          message: 'spec.ipip is a legacy field for Calico\'s internal use; projectcalico.org/v3 rejects it. IPIP is off by default ' +
            '(`ipipMode: Never`): delete the line',
          line: 6, column: 3, endLine: 6, endColumn: 7,
        },
        {
          message: 'spec.ipip is a legacy field for Calico\'s internal use; projectcalico.org/v3 rejects it. This pool sets `ipipMode` ' +
            'already: delete the line',
          line: 15, column: 3, endLine: 15, endColumn: 7,
        },
        {
          message: 'spec.nat-outgoing is a legacy field for Calico\'s internal use; projectcalico.org/v3 rejects it when true. This pool ' +
            'sets `natOutgoing` already: delete the line',
          line: 17, column: 3, endLine: 17, endColumn: 15,
        },
        {
          message: 'spec.ipip is a legacy field for Calico\'s internal use; projectcalico.org/v3 rejects it. Write `ipipMode: Always`',
          line: 24, column: 3, endLine: 24, endColumn: 7,
        },
        {
          message: 'spec.nat-outgoing is a legacy field for Calico\'s internal use; projectcalico.org/v3 rejects it when true. Write ' +
            '`natOutgoing: true`',
          line: 25, column: 3, endLine: 25, endColumn: 15,
        },
      ],
    },
    {
      name: 'a pool CIDR in IPv4-mapped IPv6 notation',
      code: ippool('cidr: "::ffff:10.0.0.0/112"'),
      errors: [{
        message: 'spec.cidr "::ffff:10.0.0.0/112" is IPv4-mapped IPv6 notation. Go\'s net package, and so Calico, reads it ' +
          'as the IPv4 network 10.0.0.0/16, but keeps its 112-bit prefix length, which Calico\'s validation compares ' +
          'with the IPv4 block size. Write "10.0.0.0/16"',
        line: 5, column: 9, endLine: 5, endColumn: 30,
      }],
    },
    {
      name: 'a selector deeper than the parser follows: not said to be rejected by Calico',
      code: ippool(`cidr: 10.0.0.0/16\nnodeSelector: "${'('.repeat(300)}all()${')'.repeat(300)}"`),
      errors: [{
        message: 'spec.nodeSelector is selector nested more than 256 parentheses deep: calico-lint does not check ' +
          'selectors this deep (Calico itself has no such limit). Simplify it so that it can be checked',
        line: 6, column: 17, endLine: 6, endColumn: 624,
      }],
    },
    {
      // The IP pool controller writes IPIP back as the default; the core controller then refuses it with BGP off
      // (tigera/operator pkg/controller/installation/validation.go).
      name: 'operator: an IPv4 pool without encapsulation (IPIP) with BGP off, v3.32',
      code: yaml`
        installation:
          calicoNetwork:
            bgp: Disabled
            ipPools:
            - cidr: 10.1.0.0/16
            - cidr: 10.2.0.0/16
              encapsulation: VXLAN
      `,
      errors: [{
        message: 'This Installation pool uses IPIP (encapsulation IPIP, the operator\'s default for an IPv4 pool with the Calico CNI) while the ' +
          'Installation has `spec.calicoNetwork.bgp: Disabled`: its routes between nodes are BIRD\'s to program, over BGP. ' +
          'Enable BGP, use VXLAN encapsulation, or set `clusterRoutingMode: Felix` (the operator rejects it: "with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled")',
        line: 5, column: 7, endLine: 5, endColumn: 24,
      }],
    },
    {
      name: 'operator: the same up to v3.31, before clusterRoutingMode',
      code: yaml`
        installation:
          calicoNetwork:
            bgp: Disabled
            ipPools:
            - cidr: 10.1.0.0/16
            - cidr: 10.2.0.0/16
              encapsulation: VXLAN
      `,
      config: { calicoVersion: '3.31' },
      errors: [{
        message: 'This Installation pool uses IPIP (encapsulation IPIP, the operator\'s default for an IPv4 pool with the Calico CNI) while the ' +
          'Installation has `spec.calicoNetwork.bgp: Disabled`: its routes between nodes are BIRD\'s to program, over BGP. ' +
          'Enable BGP, or use VXLAN encapsulation (the operator rejects it: "IPIP encapsulation requires that BGP is enabled")',
        line: 5, column: 7, endLine: 5, endColumn: 24,
      }],
    },
    {
      name: 'operator: from v3.33 only clusterRoutingMode BIRD leaves IPIP routes to BGP',
      code: yaml`
        installation:
          calicoNetwork:
            bgp: Disabled
            clusterRoutingMode: BIRD
            ipPools:
            - cidr: 10.1.0.0/16
            - cidr: 10.2.0.0/16
              encapsulation: VXLAN
      `,
      config: { calicoVersion: '3.33' },
      errors: [{
        message: 'This Installation pool uses IPIP (encapsulation IPIP, the operator\'s default for an IPv4 pool with the Calico CNI) while the ' +
          'Installation has `spec.calicoNetwork.bgp: Disabled`: its routes between nodes are BIRD\'s to program, over BGP. ' +
          'Enable BGP, use VXLAN encapsulation, or leave clusterRoutingMode unset (Felix then programs IPIP routes) (the operator rejects it: "with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled")',
        line: 6, column: 7, endLine: 6, endColumn: 24,
      }],
    },
    {
      // validation.go: "If not using Calico CNI, then the encapsulation must be None and BGP must be disabled", checked while
      // looping over the pools: reported once, at the bgp line.
      name: 'operator: BGP Enabled with a non-Calico CNI, once for two pools',
      code: yaml`
        installation:
          cni: {type: AmazonVPC}
          calicoNetwork:
            bgp: Enabled
            ipPools:
            - cidr: 10.1.0.0/16
            - cidr: 10.2.0.0/16
      `,
      errors: [{
        message: '`spec.calicoNetwork.bgp` is Enabled, but with spec.cni.type "AmazonVPC" Calico does not route pod traffic: the operator ' +
          'refuses BGP. Write `bgp: Disabled` or delete the line (the operator rejects it: "BGP is not supported when using non-Calico CNI")',
        line: 4, column: 10, endLine: 4, endColumn: 17,
      }],
    },
    {
      // validation.go checks the first IPv4 pool only (render.GetIPv4Pool): the second IPIP pool passes there.
      name: 'operator: Calico for Windows and the first IPv4 pool defaulted to IPIP',
      code: yaml`
        installation:
          calicoNetwork:
            windowsDataplane: HNS
            ipPools:
            - cidr: fd00::/48
            - cidr: 10.1.0.0/16
            - cidr: 10.2.0.0/16
              encapsulation: IPIP
          serviceCIDRs: [10.96.0.0/12]
      `,
      errors: [{
        message: 'This Installation pool uses encapsulation IPIP, the operator\'s default for an IPv4 pool with the Calico CNI, but Calico ' +
          'for Windows (`windowsDataplane: HNS`) supports only VXLAN or no encapsulation. Write `encapsulation: VXLAN` (the operator ' +
          'rejects it: "IPv4 IPPool encapsulation IPIP is not supported by Calico for Windows")',
        line: 6, column: 7, endLine: 6, endColumn: 24,
      }],
    },
    {
      name: 'operator: a non-Calico CNI (EKS default) needs nodeSelector all() and encapsulation None',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          kubernetesProvider: EKS
          calicoNetwork:
            ipPools:
              - {name: a, cidr: 10.0.0.0/16, nodeSelector: "!all()", encapsulation: VXLAN}
      `,
      errors: [
        {
          message: 'ipPools[0].nodeSelector is "!all()", but with spec.cni.type "AmazonVPC" (the operator\'s default for ' +
            'this provider) the operator requires all(): that CNI plugin, not Calico, chooses where pod addresses come ' +
            'from. Write `nodeSelector: all()` (the operator rejects it: "IP pool nodeSelector (!all()) should be ' +
            '\'all()\' when using non-Calico CNI plugin")',
          line: 8, column: 52, endLine: 8, endColumn: 60,
        },
        {
          message: 'ipPools[0].encapsulation is "VXLAN", but with spec.cni.type "AmazonVPC" (the operator\'s default for ' +
            'this provider) the operator allows only None. Write `encapsulation: None` (the operator rejects it: "VXLAN ' +
            'is invalid for ipPool.encapsulation when using non-Calico CNI, should be None")',
          line: 8, column: 77, endLine: 8, endColumn: 82,
        },
      ],
    },
    {
      name: 'operator: bgp Disabled refuses unencapsulated pools (written, or IPv6 by default)',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            bgp: Disabled
            ipPools:
              - {name: v4, cidr: 10.0.0.0/16, encapsulation: None}
              - {name: v6, cidr: "fd00::/48"}
      `,
      errors: [
        {
          message: 'Installation pool "v4" is unencapsulated (encapsulation None) while the Installation has ' +
            '`spec.calicoNetwork.bgp: Disabled`: its routes between nodes are BIRD\'s to program, over BGP. Enable BGP, ' +
            `or use VXLAN encapsulation ${UNENCAPSULATED}`,
          line: 8, column: 54, endLine: 8, endColumn: 58,
        },
        {
          message: 'Installation pool "v6" is unencapsulated (encapsulation None, the operator\'s default for an IPv6 pool) ' +
            'while the Installation has `spec.calicoNetwork.bgp: Disabled`: its routes between nodes are BIRD\'s to ' +
            `program, over BGP. Enable BGP, or use VXLAN encapsulation ${UNENCAPSULATED}`,
          line: 9, column: 16, endLine: 9, endColumn: 18,
        },
      ],
    },
    {
      name: 'operator: HostLocal IPAM cannot use VXLAN',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          cni: {type: Calico, ipam: {type: HostLocal}}
          calicoNetwork:
            ipPools:
              - {name: a, cidr: 10.0.0.0/16, encapsulation: VXLANCrossSubnet}
      `,
      errors: [{
        message: 'ipPools[0].encapsulation is "VXLANCrossSubnet", but the host-local IPAM (spec.cni.ipam.type: HostLocal) ' +
          'does not support VXLAN. Use IPIP, IPIPCrossSubnet or None, or Calico IPAM (the operator rejects it: ' +
          '"VXLANCrossSubnet is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM")',
        line: 8, column: 53, endLine: 8, endColumn: 69,
      }],
    },
  ],
});
