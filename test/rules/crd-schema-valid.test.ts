/**
 * crd-schema-valid: Calico and operator kinds against the CRD schema of the
 * targeted release (`calicoVersion`, default 3.32). Sources, in
 * projectcalico/calico at the tag of each release (vendored in
 * src/resources/crd-schemas/, see its README):
 * - IPAMConfig: libcalico-go/config/crd/crd.projectcalico.org_ipamconfigs.yaml
 *   (`required: [autoAllocateBlocks, strictAffinity]`; `ipCooldownSeconds` from release-v3.33)
 * - BGPConfiguration: libcalico-go/config/crd/crd.projectcalico.org_bgpconfigurations.yaml
 *   (`programClusterRoutes` from v3.32.1, `bindMode` enum None/NodeIP)
 * - IPReservation (v3 from v3.32): api/config/crd/projectcalico.org_ipreservations.yaml
 * - Installation: charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml
 *   (v3.32.1; charts/tigera-operator/crds/operator.tigera.io_installations_crd.yaml at v3.27.5,
 *   where `ipPools[].name` does not exist yet: it arrived in v3.28.5's)
 */
import { crdSchemaValid } from '../../rules/crd-schema-valid.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const LOST = 'kubectl refuses it (strict field validation), and server-side apply, GitOps tools and `--validate=false` ' +
  'drop it with at most a warning, so its setting is silently lost.';
const unknown = (field: string, kind: string, release = '3.32'): string => `${field} is not a field of ${kind} in Calico v${release}: ${LOST}`;
const BGP = 'BGPConfiguration (crd.projectcalico.org/v1)';
const INSTALLATION = 'Installation (operator.tigera.io/v1)';

const INSTALLATION_TEXT = yaml`
  apiVersion: operator.tigera.io/v1
  kind: Installation
  metadata:
    name: default
  spec:
    kubernetesProvider: eks
    mtu: 1440
    controlPlaneNodeSelector: {node-role.kubernetes.io/control-plane: ""}
    nodeUpdateStrategy:
      rollingUpdate: {maxUnavailable: 10%}
    calicoNetwork:
      bgp: Enable
      linuxDataplane: {{ .Values.dataplane }}
      nodeAddressAutodetectionV4:
        firstFound: yes
      ipPools:
      - name: default-ipv4
        cidr: 10.0.0.0/16
        encapsulation: VXLAN
    calicoNodeDaemonSet:
      spec:
        template:
          spec:
            tolerations:
            - operator: Exists
              efect: NoSchedule
`;

const installationErrors = (release: string) => [
  {
    message: `spec.kubernetesProvider is "eks", which the Installation schema of Calico v${release} does not allow (Kubernetes refuses the object): ` +
      `use one of "", EKS, GKE, AKS, OpenShift, DockerEnterprise, RKE2${release === '3.27' ? '' : ', TKG, Kind'} (did you mean EKS?)`,
    line: 6, column: 23, endLine: 6, endColumn: 26,
  },
  // Installation has calicoNetwork.mtu, not spec.mtu.
  { message: `${unknown('spec.mtu', INSTALLATION, release)} It is a setting of Installation \`spec.calicoNetwork.mtu\`.`, line: 7, column: 3, endLine: 7, endColumn: 6 },
  {
    message: `spec.calicoNetwork.bgp is "Enable", which the Installation schema of Calico v${release} does not allow (Kubernetes refuses the object): ` +
      'use one of Enabled, Disabled (did you mean Enabled?)',
    line: 12, column: 10, endLine: 12, endColumn: 16,
  },
  // Line 13, `linuxDataplane: {{ .Values.dataplane }}`: a template placeholder, not a wrong type (isTemplatePlaceholder).
  ...(release === '3.27'
    ? [{
      message: `${unknown('spec.calicoNetwork.ipPools[0].name', INSTALLATION, '3.27')} Calico v3.28 has it (calicoVersion is 3.27): ` +
        'remove it, or upgrade Calico (and calicoVersion)',
      line: 17, column: 7, endLine: 17, endColumn: 11,
    }]
    : []),
  {
    message: `${unknown('spec.calicoNodeDaemonSet.spec.template.spec.tolerations[0].efect', INSTALLATION, release)} Did you mean \`effect\`?`,
    line: 26, column: 13, endLine: 26, endColumn: 18,
  },
];

ruleTester(crdSchemaValid, {
  valid: [
    {
      // projectcalico/vpp-dataplane yaml/overlays/dev/installation-dev.yaml, applied through `envsubst`.
      name: 'shell variables that envsubst or clusterctl fills in: placeholders, neither a wrong type nor outside an enum',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata:
          name: default
        spec:
          calicoNetwork:
            linuxDataplane: \${DATAPLANE:=VPP}
            mtu: \${CALICO_MTU}
            ipPools:
              \${INSTALLATION_CIDRS}
      `,
    },
    {
      name: 'each kind, complete and correct (v1 IPAMConfig with both required fields)',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra, labels: {team: net}, annotations: {a: b}}
        spec: {cidr: 100.64.0.0/16, natOutgoing: true, nodeSelector: "!all()", assignmentMode: Manual, allowedUses: [Workload]}
        ---
        apiVersion: crd.projectcalico.org/v1
        kind: IPAMConfig
        metadata: {name: default}
        spec: {strictAffinity: false, autoAllocateBlocks: true, maxBlocksPerHost: 40}
        ---
        apiVersion: crd.projectcalico.org/v1
        kind: BGPConfiguration
        metadata: {name: default}
        spec:
          nodeToNodeMeshEnabled: false
          asNumber: 64512
          serviceLoadBalancerIPs: [{cidr: 10.0.0.0/24}]
          communities: [{name: c, value: 5663:12}]
          prefixAdvertisements: [{cidr: 10.0.0.0/24, communities: [c, 5663:12]}]
          programClusterRoutes: Enabled
        ---
        apiVersion: crd.projectcalico.org/v1
        kind: IPReservation
        metadata: {name: r}
        spec: {reservedCIDRs: [10.0.0.0/28]}
        ---
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          kubernetesProvider: EKS
          controlPlaneNodeSelector: {node-role.kubernetes.io/control-plane: ""}
          nodeUpdateStrategy: {rollingUpdate: {maxUnavailable: 10%}}
          calicoNetwork:
            mtu: 1440
            nodeAddressAutodetectionV4: {firstFound: yes}
            ipPools: [{name: p, cidr: 10.1.0.0/16, encapsulation: VXLAN}]
      `,
    },
    {
      name: 'projectcalico.org/v3 checks no `required` (the Calico API server decodes into Go types): IPAMConfiguration with strictAffinity only',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPAMConfiguration
        metadata: {name: default}
        spec: {strictAffinity: true}
      `,
    },
    {
      name: 'a null value is pruned like an absent field, not a type error',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: BGPConfiguration
        metadata: {name: default}
        spec:
          asNumber:
          serviceClusterIPs: ~
      `,
    },
    {
      name: 'IPPool fields are left to ippool-valid and ippool-misplaced-field (quoted boolean, unknown spec field, top-level cidr)',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: p
          nodeSelector: "!all()"
        cidr: 10.9.0.0/16
        spec:
          natOutgoing: "true"
          natOutgoingEnabled: true
      `,
    },
    {
      name: 'a field of a later release, once calicoVersion reaches it (ipCooldownSeconds, release-v3.33)',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPAMConfig
        metadata: {name: default}
        spec: {strictAffinity: false, autoAllocateBlocks: true, ipCooldownSeconds: 30}
      `,
      config: { calicoVersion: '3.33' },
    },
    {
      name: 'other kinds and other groups are not checked',
      code: yaml`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: lb}
        spec: {addresses: [192.0.2.0/24], anything: 1}
        ---
        apiVersion: example.com/v1
        kind: IPPool
        metadata: {name: x}
        spec: {foo: bar}
        ---
        apiVersion: crd.projectcalico.org/v1
        kind: FelixConfiguration
        metadata: {name: default}
        spec: {notAFelixField: 1}
      `,
    },
  ],
  invalid: [
    {
      // The advice follows what the value says: `true` where the enum spells it Enabled, a quoted YAML 1.1 "yes".
      name: 'a boolean where the enum spells the setting as a word, and a quoted yes for a boolean (Helm values)',
      code: yaml`
        installation:
          calicoNetwork:
            bgp: true   # BGP on
            nodeAddressAutodetectionV4: {firstFound: "yes"}
            ipPools: []
      `,
      errors: [
        {
          message: 'installation.calicoNetwork.bgp must be a string in the Installation schema of Calico v3.32; got boolean true, ' +
            'and Kubernetes refuses the object: write Enabled',
          line: 3, column: 10, endLine: 3, endColumn: 14,
        },
        {
          message: 'installation.calicoNetwork.nodeAddressAutodetectionV4.firstFound must be a boolean (true or false) in the Installation ' +
            'schema of Calico v3.32; got the string "yes", and Kubernetes refuses the object: write true without quotes',
          line: 4, column: 46, endLine: 4, endColumn: 51,
        },
      ],
    },
    {
      name: 'a value that holds a shell variable and more is no placeholder: it is checked',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata:
          name: default
        spec:
          calicoNetwork:
            mtu: 14\${MTU_END}
      `,
      errors: [{
        message: 'spec.calicoNetwork.mtu must be an integer in the Installation schema of Calico v3.32; got the string "14${MTU_END}", and Kubernetes refuses the object',
        line: 7, column: 10, endLine: 7, endColumn: 22,
      }],
    },
    {
      name: 'the IPAM configuration under the kind of the other API group (no such kind: nothing in it is read)',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPAMConfig
        metadata: {name: default}
        spec: {strictAffinity: true}
        ---
        apiVersion: crd.projectcalico.org/v1
        kind: IPAMConfiguration
        metadata: {name: default}
        spec: {strictAffinity: true, autoAllocateBlocks: true}
      `,
      errors: [
        {
          message: 'projectcalico.org/v3 has no kind "IPAMConfig": write `kind: IPAMConfiguration` (IPAMConfig is the kind of crd.projectcalico.org/v1). ' +
            'Kubernetes refuses the object ("no matches for kind"), and nothing in it takes effect',
          line: 2, column: 7, endLine: 2, endColumn: 17,
        },
        {
          message: 'crd.projectcalico.org/v1 has no kind "IPAMConfiguration": write `kind: IPAMConfig` (IPAMConfiguration is the kind of projectcalico.org/v3). ' +
            'Kubernetes refuses the object ("no matches for kind"), and nothing in it takes effect',
          line: 7, column: 7, endLine: 7, endColumn: 24,
        },
      ],
    },
    {
      name: 'IPAMConfig (v1): a quoted boolean, a field of v3.33, and a required field missing',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPAMConfig
        metadata:
          name: default
        spec:
          strictAffinity: "true"
          maxBlocksPerHost: 40
          ipCooldownSeconds: 30
      `,
      errors: [
        {
          message: 'spec has no `autoAllocateBlocks`, which the IPAMConfig schema of Calico v3.32 requires: Kubernetes refuses the object ' +
            '("spec.autoAllocateBlocks: Required value"). Add it',
          line: 5, column: 1, endLine: 5, endColumn: 5,
        },
        {
          message: 'spec.strictAffinity must be a boolean (true or false) in the IPAMConfig schema of Calico v3.32; got the string "true", ' +
            'and Kubernetes refuses the object: write true without quotes',
          line: 6, column: 19, endLine: 6, endColumn: 25,
        },
        {
          message: `${unknown('spec.ipCooldownSeconds', 'IPAMConfig (crd.projectcalico.org/v1)')} Calico v3.33 has it (calicoVersion is 3.32): ` +
            'remove it, or upgrade Calico (and calicoVersion)',
          line: 8, column: 3, endLine: 8, endColumn: 20,
        },
      ],
    },
    {
      name: 'BGPConfiguration at v3.31: typos at every level, a quoted boolean, a field of v3.32',
      config: { calicoVersion: '3.31' },
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: BGPConfiguration
        metadata:
          name: default
          lables: {a: b}
        spec:
          nodeToNodeMeshEnabled: "false"
          serviceLoadBalancerIP:
          - cidr: 10.0.0.0/24
          serviceClusterIPs:
          - cidr: 10.96.0.0/12
            advertise: true
          programClusterRoutes: Enabled
        specs: {}
      `,
      errors: [
        { message: `${unknown('metadata.lables', BGP, '3.31')} Did you mean \`labels\`?`, line: 5, column: 3, endLine: 5, endColumn: 9 },
        {
          message: 'spec.nodeToNodeMeshEnabled must be a boolean (true or false) in the BGPConfiguration schema of Calico v3.31; ' +
            'got the string "false", and Kubernetes refuses the object: write false without quotes',
          line: 7, column: 26, endLine: 7, endColumn: 33,
        },
        { message: `${unknown('spec.serviceLoadBalancerIP', BGP, '3.31')} Did you mean \`serviceLoadBalancerIPs\`?`, line: 8, column: 3, endLine: 8, endColumn: 24 },
        { message: unknown('spec.serviceClusterIPs[0].advertise', BGP, '3.31'), line: 12, column: 5, endLine: 12, endColumn: 14 },
        {
          message: `${unknown('spec.programClusterRoutes', BGP, '3.31')} Calico v3.32 has it (calicoVersion is 3.31): ` +
            'remove it, or upgrade Calico (and calicoVersion)',
          line: 13, column: 3, endLine: 13, endColumn: 23,
        },
        { message: `${unknown('specs', BGP, '3.31')} Did you mean \`spec\`?`, line: 14, column: 1, endLine: 14, endColumn: 6 },
      ],
    },
    {
      name: 'BGPConfiguration at v3.32: an enum value and a quoted integer',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata: {name: default}
        spec:
          asNumber: "64512"
          bindMode: Everywhere
      `,
      errors: [
        {
          message: 'spec.asNumber must be an integer in the BGPConfiguration schema of Calico v3.32; got the string "64512", ' +
            'and Kubernetes refuses the object: write 64512 without quotes',
          line: 5, column: 13, endLine: 5, endColumn: 20,
        },
        {
          message: 'spec.bindMode is "Everywhere", which the BGPConfiguration schema of Calico v3.32 does not allow ' +
            '(Kubernetes refuses the object): use one of None, NodeIP',
          line: 6, column: 13, endLine: 6, endColumn: 23,
        },
      ],
    },
    {
      name: 'Installation at the default release: an enum typo, a field of calicoNetwork at the spec level, a template placeholder, a nested typo',
      code: INSTALLATION_TEXT,
      errors: installationErrors('3.32'),
    },
    {
      name: 'the same Installation at v3.27: Installation pools had no `name` yet',
      code: INSTALLATION_TEXT,
      config: { calicoVersion: '3.27' },
      errors: installationErrors('3.27'),
    },
    {
      name: 'Helm values (HelmChartConfig) render an Installation: its fields are checked where they are written',
      code: yaml`
        apiVersion: helm.cattle.io/v1
        kind: HelmChartConfig
        metadata:
          name: rke2-calico
          namespace: kube-system
        spec:
          valuesContent: |-
            installation:
              calicoNetwork:
                bgp: Disabled
                mtuu: 1400
      `,
      errors: [
        { message: `${unknown('installation.calicoNetwork.mtuu', INSTALLATION)} Did you mean \`mtu\`?`, line: 11, column: 9, endLine: 11, endColumn: 13 },
      ],
    },
    {
      name: 'Installation spec.cni.specVersion: in v3.31, gone in v3.32, back in v3.33 (charts/… operator.tigera.io_installations.yaml)',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          cni: {type: Calico, specVersion: 1.0.0}
      `,
      errors: [
        {
          message: `${unknown('spec.cni.specVersion', INSTALLATION)} Calico v3.33 has it (calicoVersion is 3.32): remove it, or upgrade Calico (and calicoVersion)`,
          line: 5, column: 23, endLine: 5, endColumn: 34,
        },
      ],
    },
    {
      name: 'IPReservation (projectcalico.org/v3): reservedCIDR for reservedCIDRs',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPReservation
        metadata: {name: r}
        spec:
          reservedCIDR: [10.0.0.0/28]
      `,
      errors: [
        {
          message: `${unknown('spec.reservedCIDR', 'IPReservation (projectcalico.org/v3)')} Did you mean \`reservedCIDRs\`?`,
          line: 5, column: 3, endLine: 5, endColumn: 15,
        },
      ],
    },
    {
      name: 'an IPPool: its metadata is checked (ObjectMeta), its spec fields are ippool-valid\'s',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: p
          Labels: {a: b}
        spec: {cidr: 10.0.0.0/16}
      `,
      errors: [
        {
          message: `${unknown('metadata.Labels', 'IPPool (crd.projectcalico.org/v1)')} Did you mean \`labels\`? (field names are case-sensitive)`,
          line: 5, column: 3, endLine: 5, endColumn: 9,
        },
      ],
    },
  ],
});
