/**
 * The JSON Schema of `.calico-lint.yaml` (schema/calico-lint.schema.json, for
 * editors and SchemaStore), generated from the zod schema the loader
 * validates with (zod's `z.toJSONSchema`), then completed with what zod
 * cannot export: a description for every key, the rule ids with their
 * descriptions, and patterns for the values zod checks with code (CIDRs,
 * sizes, Calico versions). `scripts/build-schema.ts` writes the file;
 * test/json-schema.test.ts checks that it is current and that it flags the
 * mistakes the loader flags. Draft-07: what editors' YAML and JSON language
 * servers support best.
 */
import * as z from 'zod/mini';
import { DEFAULT_SCOPE } from './defaults.js';
import { configSchema } from './schema.js';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; items?: JsonSchema; description?: string };

/** Where the file is published (the release tag's copy is the same file). */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/calico-lint/calico-lint/main/schema/calico-lint.schema.json';

/** One description per key, by path (`[]` stands for the items of a list); a key missing here fails the test. */
export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  $schema: 'The JSON Schema this file follows (for editors); calico-lint ignores it.',
  defaultNamespace: 'Namespace of namespaced objects that have no metadata.namespace (default: "default"), as kubectl apply -n would set it.',
  infraPools: 'IP pools reserved for infrastructure pods: never assigned automatically (nodeSelector "!all()"), and requested only from the namespaces listed.',
  'infraPools[].name': 'The IPPool\'s metadata.name (or an Installation pool\'s name).',
  'infraPools[].allowedNamespaces': 'Namespaces whose pods may request the pool: names or globs such as ci-*.',
  hostNetwork: 'Which workloads may keep hostNetwork: true (rule no-host-network).',
  'hostNetwork.allow': 'Workloads that may use the node\'s network: a namespace, and optionally the workload\'s name.',
  'hostNetwork.allow[].namespace': 'Namespace whose workloads may use hostNetwork: true.',
  'hostNetwork.allow[].name': 'Only this workload (its name); every workload of the namespace when absent.',
  'hostNetwork.allowNodeNetworkComponents': 'Leave CNI agents, their operators and kube-proxy alone: they must run on the node\'s network (default true).',
  reservedCidrs: 'Ranges no pool may overlap, such as the Service CIDR or node subnets.',
  intranetCidrs: 'Routable ranges of your network that an infra pool must stay out of.',
  clusters: 'Cluster scopes for the checks across documents (overlaps, pool references): the files of each cluster are checked together. Files outside every cluster share one default scope.',
  'clusters[].name': `The cluster's name in messages ("${DEFAULT_SCOPE}" is reserved for the files outside every cluster).`,
  'clusters[].paths': 'Globs of the cluster\'s files, relative to this file.',
  'clusters[].podCidrs': 'The cluster\'s pod CIDRs (kubeadm podSubnet, --cluster-cidr).',
  'clusters[].serviceCidrs': 'The cluster\'s Service CIDRs (--service-cluster-ip-range).',
  'clusters[].nodeCidrs': 'Networks the cluster\'s node addresses come from.',
  'clusters[].maxNodes': 'Nodes the cluster\'s pools must serve (rule pool-capacity).',
  helmValues: 'Plain Helm values files (helm install ... -f values.yaml) of a chart calico-lint reads as the chart renders them; files with strong evidence are recognised without this.',
  'helmValues[].paths': 'Globs of the values files, relative to this file; the first entry that matches a file wins.',
  'helmValues[].chart': 'The chart they belong to: tigera-operator renders installation as the Installation named default.',
  'helmValues[].key': 'The top-level key the chart\'s values sit under, e.g. the dependency name or alias in an umbrella chart\'s values.',
  ignores: 'Globs of files never to lint, relative to this file.',
  templates: 'Globs of template files (Go or Jinja), relative to this file: there, a document that does not parse and holds {{ }}, {% %} or {# #} is a template (one notice, worded from the syntax seen) rather than errors. A chart\'s templates/ beside Chart.yaml always is.',
  rules: 'Severity per rule id: off, warn or error.',
  suppressibleRules: 'The only rule ids inline directives (comments, calico-lint/disable annotations) may suppress; every rule when absent, none when empty.',
  maxFileSize: 'Files larger than this are reported, not parsed: a number of bytes, or a number with KB, MB or GB such as 10MB (default 10MB).',
  calicoVersion: 'The Calico release the manifests target, quoted, such as "3.30": checks of later releases are skipped (default: the latest release calico-lint knows).',
  podCidrs: 'Pod CIDRs of the files outside every cluster (kubeadm podSubnet, --cluster-cidr).',
  serviceCidrs: 'Service CIDRs of the files outside every cluster (--service-cluster-ip-range).',
  nodeCidrs: 'Networks the node addresses come from, for the files outside every cluster.',
  maxNodes: 'Nodes the pools outside every cluster must serve (rule pool-capacity).',
};

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;
const H = '[0-9a-fA-F]{1,4}';
/** RFC 4291 text forms (what ipaddr.js accepts), with an IPv4 tail where the last 32 bits may be one. */
const IPV6 = [
  `(${H}:){7}${H}`, `(${H}:){1,7}:`, `(${H}:){1,6}:${H}`, `(${H}:){1,5}(:${H}){1,2}`, `(${H}:){1,4}(:${H}){1,3}`,
  `(${H}:){1,3}(:${H}){1,4}`, `(${H}:){1,2}(:${H}){1,5}`, `${H}:(:${H}){1,6}`, `:((:${H}){1,7}|:)`,
  `(${H}:){6}${IPV4}`, `(${H}:){1,5}:${IPV4}`, `(${H}:){1,4}:${H}:${IPV4}`, `(${H}:){1,3}:(${H}:){1,2}${IPV4}`,
  `(${H}:){1,2}:(${H}:){1,3}${IPV4}`, `${H}::(${H}:){1,4}${IPV4}`, `::(${H}:){0,5}${IPV4}`,
].join('|');
/**
 * An address with an optional prefix length of up to three digits (src/net/cidr.ts reads `/024` as /24).
 * Host bits set cannot be told by a pattern: the loader reports them.
 */
export const CIDR_PATTERN = `^((${IPV4})(/(0?0?[0-9]|0?[12][0-9]|0?3[0-2]))?|(${IPV6})(/([0-9]{1,2}|0[0-9]{2}|1[01][0-9]|12[0-8]))?)$`;
/** What src/size.ts's parseSize reads. */
const SIZE_PATTERN = '^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?\\s*$';
/** What src/config/calico-version.ts reads: Calico 3, major.minor with an optional patch. */
const CALICO_VERSION_PATTERN = '^\\s*v?3\\.[0-9]{1,3}(\\.[0-9]+)?\\s*$';

export interface RuleForSchema {
  id: string;
  description: string;
  defaultSeverity: string;
}

export function configJsonSchema(rules: readonly RuleForSchema[]): JsonSchema {
  const generated = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  const schema: JsonSchema = {
    $schema,
    $id: SCHEMA_URL,
    title: 'calico-lint configuration',
    description: 'Configuration of calico-lint (.calico-lint.yaml, .yml or .json), a linter for Kubernetes manifests that guards Calico IP pools.',
    ...rest,
  };
  const properties = schema.properties!;
  properties.$schema = { type: 'string' };
  properties.maxFileSize = { oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: SIZE_PATTERN }] };
  properties.calicoVersion = { type: 'string', pattern: CALICO_VERSION_PATTERN };
  properties.rules = {
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.id, {
      description: `${rule.description} (default: ${rule.defaultSeverity})`,
      enum: ['off', 'warn', 'error'],
    }])),
    additionalProperties: false,
  };
  const clusterName = properties.clusters!.items!.properties!.name!;
  clusterName.not = { const: DEFAULT_SCOPE };
  describe(schema, '');
  return schema;
}

/** Adds DESCRIPTIONS and the CIDR pattern, walking properties and list items. */
function describe(node: JsonSchema, at: string): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (at === 'rules') continue; // the rule ids carry their own descriptions
    const keyPath = at === '' ? key : `${at}.${key}`;
    const description = DESCRIPTIONS[keyPath];
    if (description !== undefined) node.properties![key] = { description, ...child };
    if (/Cidrs$/.test(key) && child.items !== undefined) child.items.pattern = CIDR_PATTERN;
    describe(child, keyPath);
  }
  if (node.items !== undefined) describe(node.items, `${at}[]`);
}

/** Every key of the schema, by DESCRIPTIONS' paths, with whether it has a description. */
export function describedKeys(node: JsonSchema, at = ''): Array<[string, boolean]> {
  const keys: Array<[string, boolean]> = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const keyPath = at === '' ? key : `${at}.${key}`;
    keys.push([keyPath, typeof child.description === 'string']);
    keys.push(...describedKeys(child, keyPath));
  }
  if (node.items !== undefined) keys.push(...describedKeys(node.items, `${at}[]`));
  return keys;
}
