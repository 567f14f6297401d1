/**
 * A value that is one shell variable (`cidr: ${CLUSTER_CIDR}`, `mtu: ${CALICO_MTU}`, `${VAR:=default}`):
 * a placeholder that something fills in before the file reaches the cluster. Flux's Kustomization
 * `postBuild.substitute` / `substituteFrom` (fluxcd/pkg envsubst: `${var}`, `${var:=default}`), `envsubst`
 * in a script, and `clusterctl generate cluster` all write it. What it becomes is unknown, so a rule
 * judging the value as written (not a CIDR, not an integer, not in the enum) would judge a string the
 * cluster never sees: homelab repositories of the onedr0p template write their pod CIDR this way
 * (`cidr: "${NET_POD_CIDR}"` in the tigera-operator HelmRelease, from the `cluster-settings` ConfigMap),
 * projectcalico/vpp-dataplane its Installation (1aafc1d yaml/overlays/dev/installation-dev.yaml, applied as
 * `kubectl kustomize . | envsubst | kubectl apply`).
 * Only a whole value counts: a variable inside a value (`10.${OCTET}.0.0/16`) is judged as written.
 * The bare form `$VAR` counts too: GNU envsubst replaces "references to environment variables of the form
 * $VARIABLE or ${VARIABLE}" (envsubst(1)), and so does a shell that renders a file through a heredoc or
 * `eval "echo \"$(cat file)\""` (replicatedhq/kurl cdd338e addons/calico/3.9.1/tmpl-daemonset-pod-cidr.yaml,
 * `CALICO_IPV4POOL_CIDR: $POD_CIDR`, rendered by scripts/common/yaml.sh render_yaml_file). Kubernetes
 * itself expands only `$(VAR)` in env values, which calico-node-env already leaves alone.
 */
export function isEnvsubstVariable(value: unknown): boolean {
  return typeof value === 'string' && (/^\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=+?])[^}]*)?\}$/.test(value) || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value));
}

/**
 * A value that is one Go template action (`value: "{{ first .Cluster.Network.PodCIDRBlocks }}"`): quoted,
 * the document is YAML and linted, but the file is a template (a Helm chart's, kubermatic's addons,
 * rendered per user cluster) and the action is what rendering replaces. kubermatic/kubermatic 2974df5
 * addons/canal/canal_v3.21.yaml writes calico-node's CALICO_IPV4POOL_CIDR so, and got an error for
 * "not a CIDR". As for a shell variable, only a whole value counts: `10.{{ .octet }}.0.0/16` is judged as written.
 */
export function isTemplateAction(value: unknown): boolean {
  return (typeof value === 'string' && /^\{\{(?:(?!\}\}).)*\}\}$/s.test(value)) || isUnquotedTemplateAction(value);
}

/**
 * The same action unquoted (`cidr: {{ .Values.cidr }}`): YAML reads it as a flow mapping whose one
 * key is the mapping `{ .Values.cidr }` with no value, i.e. `{"{ .Values.cidr }": null}`. Saying
 * "must be a string; got {…}" of it would describe the parser, not the author's mistake: it is
 * the placeholder a template engine replaces (rule crd-schema-valid reads it so as well).
 */
function isUnquotedTemplateAction(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && /^\{.*\}$/s.test(keys[0]!) && (value as Record<string, unknown>)[keys[0]!] === null;
}

/** A whole value that something fills in before the cluster reads it: a shell variable or a Go template action. */
export function isPlaceholder(value: unknown): boolean {
  return isEnvsubstVariable(value) || isTemplateAction(value) || isPlaceholderCidr(value);
}

/**
 * A CIDR whose address and prefix length are both placeholders (`"{{.Cluster.Calico.Subnet}}/{{.Cluster.Calico.CIDR}}"`,
 * `${POD_NET}/${POD_PREFIX}`): every character but the `/` is rendered, so nothing in it can be judged.
 * giantswarm/k8scloudconfig c69a8b4 files/k8s-resource/calico-all.yaml:255 writes calico-node's
 * CALICO_IPV4POOL_CIDR so, in a Go template rendered into the node's cloud-config, and got "not a CIDR".
 * A literal part keeps the value judged as written (`$POD_NET/16`, `10.{{ .octet }}.0.0/16`).
 */
function isPlaceholderCidr(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  for (let slash = value.indexOf('/'); slash > 0; slash = value.indexOf('/', slash + 1)) {
    const address = value.slice(0, slash);
    const prefix = value.slice(slash + 1);
    if ((isEnvsubstVariable(address) || isTemplateAction(address)) && (isEnvsubstVariable(prefix) || isTemplateAction(prefix))) return true;
  }
  return false;
}
