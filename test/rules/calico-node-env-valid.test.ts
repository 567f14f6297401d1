/**
 * calico-node's startup checks, verified in projectcalico/calico at commit
 * 87c15906f20c (master, August 2026) and at the release tags named below:
 * node/pkg/lifecycle/startup/startup.go
 * - 910-918  NO_DEFAULT_POOLS == "true" (case-insensitive) with either CIDR set: Terminate; without one: nothing else read;
 * - 925-935  CIDR "none" skips the family (from v3.29; v3.28.0 has no such branch and parses "none" as a CIDR);
 * - 975-982, 1009-1016  block size: strconv.Atoi (799-806), then 20..32 / 116..128 (809-826);
 * - 984-985, 1018-1019  node selector: selector.Parse (829-835); empty parses (all());
 * - 998-1003, 1029-1034  cnet.ParseCIDR, then Version() must match the variable's family.
 * IPIP/VXLAN modes are parsed only in createIPPool (1088-1111), i.e. when no pool exists: not every start.
 */
import { calicoNodeEnvValid } from '../../rules/calico-node-env-valid.js';
import { ruleTester } from '../helpers/rule-tester.js';

const calicoNode = (env: string, container = 'calico-node') => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  template:
    spec:
      containers:
      - name: ${container}
        image: docker.io/calico/node:v3.32.0
        env:
        - name: DATASTORE_TYPE
          value: kubernetes
${env}`;
const entry = (name: string, value: string) => `        - name: ${name}\n          value: "${value}"\n`;
const TAIL = '. calico-node exits at every start on this value, pools or not (node/pkg/lifecycle/startup/startup.go, configureIPPools): ' +
  'every calico-node pod crash-loops and no node gets pod networking.';
/** Line 14 holds the first added variable's value (line 16 the second's), from column 18. */
const at = (line: number, length: number) => ({ line, column: 18, endLine: line, endColumn: 18 + length });

ruleTester(calicoNodeEnvValid, {
  valid: [
    { name: 'a valid IPv4 CIDR, block size and selector', code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '10.244.0.0/16') + entry('CALICO_IPV4POOL_BLOCK_SIZE', '24') + entry('CALICO_IPV4POOL_NODE_SELECTOR', "zone == 'a'")) },
    { name: 'host bits are masked by Go net.ParseCIDR, not refused', code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '10.244.0.1/16')) },
    { name: 'IPv4-mapped IPv6 notation is IPv4 to Calico (cnet Version via To4)', code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '::ffff:10.244.0.0/112')) },
    { name: 'an IPv6 CIDR and block size 116..128', code: calicoNode(entry('CALICO_IPV6POOL_CIDR', 'fd00:10:244::/48') + entry('CALICO_IPV6POOL_BLOCK_SIZE', '+120')) },
    { name: 'an empty selector parses (all())', code: calicoNode(entry('CALICO_IPV4POOL_NODE_SELECTOR', '')) },
    { name: 'NO_DEFAULT_POOLS without a CIDR', code: calicoNode(entry('NO_DEFAULT_POOLS', 'true') + entry('CALICO_IPV4POOL_BLOCK_SIZE', '99')) },
    { name: 'NO_DEFAULT_POOLS false with a CIDR', code: calicoNode(entry('NO_DEFAULT_POOLS', 'false') + entry('CALICO_IPV4POOL_CIDR', '10.244.0.0/16')) },
    { name: 'CIDR "none" skips the family from v3.29, its block size too', code: calicoNode(entry('CALICO_IPV6POOL_CIDR', 'none') + entry('CALICO_IPV6POOL_BLOCK_SIZE', '26')) },
    { name: 'a bad IPIP mode is read only when the default pool is created', code: calicoNode(entry('CALICO_IPV4POOL_IPIP', 'sometimes')) },
    { name: 'a value from a ConfigMap is not in the manifest', code: calicoNode('        - name: CALICO_IPV4POOL_CIDR\n          valueFrom: {configMapKeyRef: {name: c, key: k}}\n') },
    { name: 'a $(VAR) reference is expanded by the kubelet', code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '$(POD_CIDR)')) },
    { name: 'a ${VAR} that envsubst or Flux fills in before the manifest is applied (kube-hetzner templates/calico.yaml.tpl)', code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '${cluster_cidr_ipv4}') + entry('CALICO_IPV4POOL_BLOCK_SIZE', '${BLOCK_SIZE:=26}')) },
    {
      name: 'a bare $VAR that GNU envsubst or a shell heredoc fills in (replicatedhq/kurl cdd338e addons/calico/3.9.1/tmpl-daemonset-pod-cidr.yaml)',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '$POD_CIDR') + entry('CALICO_IPV4POOL_BLOCK_SIZE', '$BLOCK_SIZE')),
    },
    { name: 'another container', code: calicoNode(entry('CALICO_IPV4POOL_CIDR', 'fd00::/48'), 'sidecar') },
    {
      name: 'a Go template action a template renders (kubermatic/kubermatic 2974df5 addons/canal/canal_v3.21.yaml)',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '{{ first .Cluster.Network.PodCIDRBlocks }}') + entry('CALICO_IPV4POOL_BLOCK_SIZE', '{{.Values.blockSize}}') +
        entry('CALICO_IPV4POOL_NODE_SELECTOR', '{{ .Values.selector }}')),
    },
    {
      // Every character but the `/` is rendered: nothing in it can be judged. giantswarm/k8scloudconfig c69a8b4
      // files/k8s-resource/calico-all.yaml:255, a Go template rendered into the node's cloud-config.
      name: 'an address action and a prefix action joined by `/` (giantswarm/k8scloudconfig files/k8s-resource/calico-all.yaml)',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '{{.Cluster.Calico.Subnet}}/{{.Cluster.Calico.CIDR}}') + entry('CALICO_IPV6POOL_CIDR', '${POD_NET6}/${POD_PREFIX6}')),
    },
  ],
  invalid: [
    {
      name: 'a bare variable inside a value, or a `$` that starts no variable name, is judged as written',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '$POD_NET/16') + entry('CALICO_IPV4POOL_BLOCK_SIZE', '$26')),
      errors: [
        { message: `CALICO_IPV4POOL_BLOCK_SIZE "$26" is not a whole number: calico-node refuses it ("Unable to convert blocksize to int")${TAIL}`, ...at(16, 5) },
        { message: `CALICO_IPV4POOL_CIDR "$POD_NET/16" is not a CIDR: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV4POOL_CIDR")${TAIL}`, ...at(14, 13) },
      ],
    },
    {
      name: 'a literal prefix after an address action is judged as written: only an address and a prefix that are both placeholders are',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '{{ .subnet }}/16/{{ .x }}')),
      errors: [{ message: `CALICO_IPV4POOL_CIDR "{{ .subnet }}/16/{{ .x }}" is not a CIDR: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV4POOL_CIDR")${TAIL}`, ...at(14, 27) }],
    },
    {
      name: 'an action inside a value is judged as written: only a whole value is a placeholder',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '10.{{ .octet }}.0.0')),
      errors: [{ message: `CALICO_IPV4POOL_CIDR "10.{{ .octet }}.0.0" is not a CIDR: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV4POOL_CIDR")${TAIL}`, ...at(14, 21) }],
    },
    {
      name: 'an IPv6 CIDR in CALICO_IPV4POOL_CIDR (startup.go:998-1003)',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', 'fd00:10:244::/48')),
      errors: [{ message: `CALICO_IPV4POOL_CIDR "fd00:10:244::/48" is an IPv6 CIDR, not IPv4: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV4POOL_CIDR")${TAIL}`, ...at(14, 18) }],
    },
    {
      name: 'an IPv4 CIDR in CALICO_IPV6POOL_CIDR (startup.go:1029-1034)',
      code: calicoNode(entry('CALICO_IPV6POOL_CIDR', '10.244.0.0/16')),
      errors: [{ message: `CALICO_IPV6POOL_CIDR "10.244.0.0/16" is an IPv4 CIDR, not IPv6: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV6POOL_CIDR")${TAIL}`, ...at(14, 15) }],
    },
    {
      name: 'a bare address (Go net.ParseCIDR needs a prefix length)',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '10.244.0.0')),
      errors: [{ message: `CALICO_IPV4POOL_CIDR "10.244.0.0" is not a CIDR: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV4POOL_CIDR")${TAIL}`, ...at(14, 12) }],
    },
    {
      name: 'block size out of range (startup.go:809-826)',
      code: calicoNode(entry('CALICO_IPV4POOL_BLOCK_SIZE', '19')),
      errors: [{ message: `CALICO_IPV4POOL_BLOCK_SIZE "19" is outside 20..32: calico-node refuses it ("Invalid blocksize ... for version 4")${TAIL}`, ...at(14, 4) }],
    },
    {
      name: 'IPv6 block size checked although no IPv6 CIDR is set (the family is on unless "none")',
      code: calicoNode(entry('CALICO_IPV6POOL_BLOCK_SIZE', '26')),
      errors: [{ message: `CALICO_IPV6POOL_BLOCK_SIZE "26" is outside 116..128: calico-node refuses it ("Invalid blocksize ... for version 6")${TAIL}`, ...at(14, 4) }],
    },
    {
      name: 'block size not a number (strconv.Atoi, startup.go:799-806)',
      code: calicoNode(entry('CALICO_IPV4POOL_BLOCK_SIZE', '/26')),
      errors: [{ message: `CALICO_IPV4POOL_BLOCK_SIZE "/26" is not a whole number: calico-node refuses it ("Unable to convert blocksize to int")${TAIL}`, ...at(14, 5) }],
    },
    {
      name: 'a selector that does not parse (startup.go:829-835)',
      code: calicoNode(entry('CALICO_IPV4POOL_NODE_SELECTOR', 'zone == a')),
      errors: [{ message: `CALICO_IPV4POOL_NODE_SELECTOR "zone == a" is not a valid selector (expected a quoted string after == at character 9): calico-node refuses it ("Invalid node selector ... for version 4")${TAIL}`, ...at(14, 11) }],
    },
    {
      name: 'NO_DEFAULT_POOLS (any case) with a CIDR (startup.go:910-914)',
      code: calicoNode(entry('NO_DEFAULT_POOLS', 'True') + entry('CALICO_IPV4POOL_CIDR', '10.244.0.0/16')),
      errors: [{ message: `CALICO_IPV4POOL_CIDR is set while NO_DEFAULT_POOLS is "True": calico-node refuses the combination ("Invalid configuration with NO_DEFAULT_POOLS defined and CALICO_IPV4POOL_CIDR or CALICO_IPV6POOL_CIDR defined")${TAIL}`, ...at(16, 15) }],
    },
    {
      name: 'NO_DEFAULT_POOLS with "none" (a non-empty value counts, startup.go:911)',
      code: calicoNode(entry('NO_DEFAULT_POOLS', 'true') + entry('CALICO_IPV6POOL_CIDR', 'none')),
      errors: [{ message: `CALICO_IPV6POOL_CIDR is set while NO_DEFAULT_POOLS is "true": calico-node refuses the combination ("Invalid configuration with NO_DEFAULT_POOLS defined and CALICO_IPV4POOL_CIDR or CALICO_IPV6POOL_CIDR defined")${TAIL}`, ...at(16, 6) }],
    },
    {
      name: 'CIDR "none" before v3.29 is parsed as a CIDR (v3.28.0 startup.go:847-851)',
      code: calicoNode(entry('CALICO_IPV6POOL_CIDR', 'none')),
      config: { calicoVersion: '3.28' },
      errors: [{ message: `CALICO_IPV6POOL_CIDR "none" is not a CIDR: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV6POOL_CIDR")${TAIL}`, ...at(14, 6) }],
    },
    {
      name: 'the last entry of a name wins, as in the kubelet',
      code: calicoNode(entry('CALICO_IPV4POOL_CIDR', '10.244.0.0/16') + entry('CALICO_IPV4POOL_CIDR', '10.244.0.0/33')),
      errors: [{ message: `CALICO_IPV4POOL_CIDR "10.244.0.0/33" is not a CIDR: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV4POOL_CIDR")${TAIL}`, ...at(16, 15) }],
    },
  ],
});
