/**
 * The configuration schema. Configuration is data (YAML or JSON), never code:
 * the linter runs on untrusted pull requests.
 */
// zod/mini, not zod: the same checks without a method table built on every schema. Loading and building this
// schema cost some 40 ms of CPU with zod's classic API, 13 ms with zod/mini (a run with a configuration file pays it).
// A namespace import, not `{ z }`: esbuild then bundles only the parts used, not zod's 60 locales.
import * as z from 'zod/mini';
// zod/mini has no messages of its own: the English ones, as zod's classic API sets them (for the few checks without ours).
import en from 'zod/v4/locales/en.js';
import { parseCidr } from '../net/cidr.js';
import { CALICO_VERSION_EXAMPLE, DEFAULT_CALICO_VERSION, normalizeCalicoVersion } from './calico-version.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize, SIZE_EXAMPLE } from '../size.js';

z.config(en());

const severitySetting = z.enum(['off', 'warn', 'error']);

/** Charts whose plain values files calico-lint reads (`helmValues[].chart`; src/resources/helm-values-file.ts). */
export const HELM_VALUES_CHARTS = ['tigera-operator'] as const;

const nonEmptyString = z.string().check(z.minLength(1, 'must not be empty'));

/** DNS-1123 label: what Kubernetes accepts as a namespace name. */
const namespaceName = z.string().check(z.regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'must be a valid namespace name (DNS-1123 label)'));

const cidrText = z.string().check(z.superRefine((text, ctx) => {
  const parsed = parseCidr(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `must be a CIDR such as 10.96.0.0/12 or fd00::/108 (${parsed.reason})` });
  } else if (parsed.hostBitsSet) {
    ctx.addIssue({ code: 'custom', message: `has host bits set: did you mean ${parsed.cidr.canonical}?` });
  }
}));

/**
 * Facts about a cluster that the repository may not hold (issue 11): the pod
 * and Service ranges it was built with, the node networks, and how many nodes
 * the pools must serve. Top level: the default scope; per cluster: that one.
 */
const clusterFactKeys = {
  /** Pod CIDRs (kubeadm podSubnet, --cluster-cidr). */
  podCidrs: z.optional(z.array(cidrText)),
  /** Service CIDRs (--service-cluster-ip-range). */
  serviceCidrs: z.optional(z.array(cidrText)),
  /** Networks the nodes' own addresses come from. */
  nodeCidrs: z.optional(z.array(cidrText)),
  /** Nodes the pools must serve (capacity checks). */
  maxNodes: z.optional(z.number().check(z.int(), z.positive())),
};

/** A setting of any YAML type read by `read`: its value, or the problem reported at the key. */
function settingOf<T>(read: (value: unknown) => T | { problem: string }) {
  return z.pipe(z.unknown(), z.transform((value, payload) => {
    const result = read(value);
    if (typeof result !== 'object' || result === null || !('problem' in result)) return result as T;
    payload.issues.push({ code: 'custom', message: result.problem, input: value });
    return z.NEVER;
  }));
}

/** A list of globs that may not be empty. */
const atLeastOnePath = z.array(nonEmptyString).check(z.minLength(1, 'must list at least one path'));

export { DEFAULT_SCOPE } from './defaults.js';

export const configSchema = z.strictObject({
  /** The JSON Schema the file follows (schema/calico-lint.schema.json, for editors): accepted, not used. */
  $schema: z.optional(z.string()),
  /** Namespace of namespaced objects without metadata.namespace. */
  defaultNamespace: z._default(namespaceName, 'default'),
  /** Pools reserved for infrastructure, and the namespaces that may use them. */
  infraPools: z._default(
    z.array(
      z.strictObject({
        name: nonEmptyString,
        /** Namespace names or globs (`ci-*`). */
        allowedNamespaces: z._default(z.array(nonEmptyString), []),
      }),
    ),
    [],
  ),
  hostNetwork: z._default(
    z.strictObject({
      /** Workloads that may keep `hostNetwork: true`. */
      allow: z._default(z.array(z.strictObject({ namespace: nonEmptyString, name: z.optional(nonEmptyString) })), []),
      /**
       * Exempt pods whose manifest shows they need the node's network (HostProcess,
       * static pods, bootstrap tolerations, critical priority…: src/resources/host-network-evidence.ts).
       */
      allowNodeNetworkComponents: z._default(z.boolean(), true),
    }),
    { allow: [], allowNodeNetworkComponents: true },
  ),
  /** Ranges no pool may overlap (service CIDR, node subnets). */
  reservedCidrs: z._default(z.array(cidrText), []),
  /** Routable ranges an infra pool must stay out of. */
  intranetCidrs: z._default(z.array(cidrText), []),
  /** Scopes for cross-document rules; files outside every cluster share one default scope. */
  clusters: z._default(z.array(z.strictObject({ name: nonEmptyString, paths: atLeastOnePath, ...clusterFactKeys })), []),
  /**
   * Plain Helm values files of a chart calico-lint reads (tigera-operator: its
   * `installation` becomes the Installation the chart renders). Files with
   * strong evidence are recognised without it (src/resources/helm-values-file.ts).
   */
  helmValues: z._default(
    z.array(z.strictObject({
      paths: atLeastOnePath,
      chart: z.enum(HELM_VALUES_CHARTS),
      /** Top-level key the chart's values sit under: an umbrella chart's dependency name or alias. */
      key: z.optional(nonEmptyString),
    })),
    [],
  ),
  /** Globs of files never to lint, relative to the configuration file. */
  ignores: z._default(z.array(nonEmptyString), []),
  /** Globs of template files, Go or Jinja (relative to the configuration file): a document there that does not parse and holds `{{ }}`, `{% %}` or `{# #}` is a template. */
  templates: z._default(z.array(nonEmptyString), []),
  /** Severity per rule id: off | warn | error. */
  rules: z._default(z.record(z.string(), severitySetting), {}),
  /** Rule ids that inline directives may suppress; absent: every rule. `[]`: none. */
  suppressibleRules: z.optional(z.array(nonEmptyString)),
  /** Files larger than this (bytes) are reported, not parsed. `10MB`, `512KB` or a number of bytes. */
  maxFileSize: z._default(settingOf((value) => {
    const bytes = typeof value === 'number' || typeof value === 'string' ? parseSize(value) : undefined;
    return bytes ?? { problem: `must be a size: ${SIZE_EXAMPLE}` };
  }), DEFAULT_MAX_FILE_SIZE),
  /** The Calico release the manifests target, e.g. "3.30": checks that exist only from a later release are skipped. */
  calicoVersion: z._default(settingOf((value) => {
    // YAML reads 3.30 as the number 3.3: the minor release is lost.
    if (typeof value === 'number') return { problem: `must be a quoted string: YAML reads it as the number ${value}, and 3.30 would become 3.3. Quote it, e.g. calicoVersion: "3.30"` };
    const version = typeof value === 'string' ? normalizeCalicoVersion(value) : undefined;
    return version ?? { problem: `must be ${CALICO_VERSION_EXAMPLE}` };
  }), DEFAULT_CALICO_VERSION),
  /** Cluster facts for the default scope (files outside every cluster). */
  ...clusterFactKeys,
});

export type ConfigFileContents = z.input<typeof configSchema>;

/** The settings a configuration holds once validated, defaults filled in. */
export type ConfigSettings = z.output<typeof configSchema>;

export type LintConfig = ConfigSettings & {
  /** Folder that relative paths in the configuration (clusters, ignores) start from. */
  baseDir: string;
  /** The configuration file, when there is one. */
  filePath: string | undefined;
};
