/**
 * Structural inputs for the differential test: not random mutations but every
 * combination of a family of constructs (issue 18 items 1, 2, 4 and 5) × the
 * kind that carries the violation × where its document sits in the file. The
 * same list every time (no seed): structural-expected.json records kubectl's
 * verdict for each by name.
 *
 * Families:
 * - template: a construct go-yaml reads and the `yaml` package rejects, next
 *   to a `{{` (or a real template action kubectl refuses, as a control);
 * - values: Helm values that spell `installation.calicoNetwork` without
 *   those letters (escapes, `!!binary`, `<<` merges), or that Helm cannot decode;
 * - json-sniff: leads of white space around kubectl's 4,096-byte JSON sniff,
 *   then JSON, YAML, and documents starting with a byte-order mark;
 * - crd-items: CustomResourceDefinition documents (and lists of them) that
 *   carry `items`, which kubectl creates.
 */

export interface StructuralInput {
  /** `family/variant/kind/placement`, unique: the key of the recorded verdict. */
  name: string;
  family: 'template' | 'values' | 'json-sniff' | 'crd-items';
  text: string;
}

/** A kind that carries a violation, as YAML lines (no trailing newline), and as a JSON object. */
interface Payload {
  kind: string;
  yaml: string;
  json: unknown;
}

const POD_SPEC = { hostNetwork: true, containers: [{ name: 'c', image: 'nginx' }] };
const INFRA_POOL_SPEC = { cidr: '10.244.0.0/24', natOutgoing: true, nodeSelector: 'all()' };
const INSTALLATION_VALUES = {
  installation: { calicoNetwork: { ipPools: [{ name: 'infra', cidr: '10.244.0.0/24', natOutgoing: 'Enabled', nodeSelector: 'all()' }] } },
};

/** Block YAML for plain JSON-like data (strings quoted when they must be). */
export function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value.map((item) => {
      const inner = toYaml(item, `${indent}  `);
      return `${indent}- ${inner.slice(indent.length + 2)}`;
    }).join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, item]) => {
      if (typeof item === 'object' && item !== null && (Array.isArray(item) ? item.length > 0 : Object.keys(item).length > 0)) {
        return `${indent}${key}:\n${toYaml(item, Array.isArray(item) ? indent : `${indent}  `)}`;
      }
      return `${indent}${key}: ${scalar(item)}`;
    }).join('\n');
  }
  return `${indent}${scalar(value)}`;
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return /^[A-Za-z0-9./_-]+$/.test(value) && !/^(?:true|false|yes|no|on|off|null|y|n|~|[0-9.]+)$/i.test(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return JSON.stringify(value);
}

function payload(kind: string, object: unknown): Payload {
  return { kind, yaml: toYaml(object), json: object };
}

const template = (spec: unknown, labels: unknown = { app: 'x' }) => ({ metadata: { labels }, spec });

export const PAYLOADS: readonly Payload[] = [
  payload('Pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'apps' }, spec: POD_SPEC }),
  payload('Deployment', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'apps' },
    spec: { selector: { matchLabels: { app: 'x' } }, template: template(POD_SPEC) },
  }),
  payload('DaemonSet', {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'apps' },
    spec: { selector: { matchLabels: { app: 'x' } }, template: template(POD_SPEC) },
  }),
  payload('CronJob', {
    apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'job', namespace: 'apps' },
    spec: { schedule: '* * * * *', jobTemplate: { spec: { template: template({ ...POD_SPEC, restartPolicy: 'Never' }) } } },
  }),
  payload('IPPool-v3', { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: 'infra' }, spec: INFRA_POOL_SPEC }),
  payload('IPPool-v1', { apiVersion: 'crd.projectcalico.org/v1', kind: 'IPPool', metadata: { name: 'infra' }, spec: INFRA_POOL_SPEC }),
  payload('HelmChartConfig', {
    apiVersion: 'helm.cattle.io/v1', kind: 'HelmChartConfig', metadata: { name: 'rke2-calico', namespace: 'kube-system' },
    spec: { valuesContent: 'VALUES' },
  }),
];

/** The HelmChartConfig payload's YAML, with its values written as a literal block. */
function helmChartConfigYaml(values: string, header = '|-'): string {
  return [
    'apiVersion: helm.cattle.io/v1', 'kind: HelmChartConfig', 'metadata:', '  name: rke2-calico', '  namespace: kube-system', 'spec:',
    `  valuesContent: ${header}`, ...values.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '' : `    ${line}`)),
  ].join('\n');
}

function payloadYaml(p: Payload): string {
  return p.kind === 'HelmChartConfig' ? helmChartConfigYaml(toYaml(INSTALLATION_VALUES)) : p.yaml;
}

function payloadJson(p: Payload): string {
  const value = p.kind === 'HelmChartConfig' ? { ...(p.json as object), spec: { valuesContent: `${toYaml(INSTALLATION_VALUES)}\n` } } : p.json;
  return JSON.stringify(value);
}

const FILLER = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: filler\n  namespace: apps\ndata:\n  a: "1"';
const LONG_LEAD = `${'# a long lead of comment lines before the documents that matter\n'.repeat(80)}${FILLER}\ndata2:\n  big: "${'x'.repeat(5000)}"`;

/** Where the violating document goes: alone, among others, inside a List, after a long lead. */
const PLACEMENTS: ReadonlyArray<[string, (doc: string) => string]> = [
  ['alone', (doc) => `${doc}\n`],
  ['first', (doc) => `${doc}\n---\n${FILLER}\n---\n${FILLER}\n`],
  ['middle', (doc) => `${FILLER}\n---\n${doc}\n---\n${FILLER}\n`],
  ['last', (doc) => `${FILLER}\n---\n${FILLER}\n---\n${doc}\n`],
  ['list-item', (doc) => `apiVersion: v1\nkind: List\nitems:\n- ${toItem(FILLER)}\n- ${toItem(doc)}\n`],
  ['after-long-lead', (doc) => `${LONG_LEAD}\n---\n${doc}\n`],
];

/** A document as a list item's lines (indented by two after the `- `). */
function toItem(doc: string): string {
  return doc.split('\n').map((line, i) => (i === 0 || line === '' ? line : `  ${line}`)).join('\n');
}

/**
 * Family 1, templates: each variant rewrites the payload's `metadata:` line.
 * go-yaml takes a `#` right after `}`, `]` or a quoted scalar for a comment;
 * the `yaml` package rejects it. `{{` right after makes the document look like
 * a template. The controls are templates kubectl refuses as well.
 */
const TEMPLATE_VARIANTS: ReadonlyArray<[string, (metadataLine: string, indent: string) => string]> = [
  ['flow-map-hash', (line, indent) => `${line}\n${indent}  labels: {}#{{ x }}`],
  ['flow-seq-hash', (line, indent) => `${line}\n${indent}  finalizers: []#{{ .Values.x }}`],
  ['double-quoted-hash', (line, indent) => `${line}\n${indent}  generateName: "a"#{{ x }}`],
  ['single-quoted-hash', (line, indent) => `${line}\n${indent}  generateName: 'a'#{{- x -}}`],
  ['annotation-flow-hash', (line, indent) => `${line}\n${indent}  annotations: {a: "{{ x }}"}#{{ y }}`],
  ['plain-template-and-hash', (line, indent) => `${line}\n${indent}  labels: {a: b}#c\n${indent}  generateName: web-{{ .Values.x }}`],
  ['hash-then-comment-template', (line, indent) => `${line}\n${indent}  labels: {}#c\n${indent}  # {{ .Values.x }}`],
  // go-yaml ignores indentation inside a flow collection; the `yaml` package wants it deeper than the key.
  ['flow-under-indented', (line, indent) => `${line}\n${indent}  annotations: {\nnote: "{{ x }}"}`],
  ['flow-seq-under-indented', (line, indent) => `${line}\n${indent}  finalizers: [\n"{{ x }}"]`],
  // A line that would break a quoted action, inside a block scalar: text for go-yaml (A17).
  ['block-scalar-quoted-action', (line, indent) => `${line}\n${indent}  labels: {}#c\n${indent}  annotations:\n${indent}    note: |\n${indent}      a: "{{ a "b" }}" c`],
  // A line that starts with an envsubst variable, a key for go-yaml (A17).
  ['envsubst-key-flow-hash', (line, indent) => `${line}\n${indent}  \${X}: {}#c`],
  ['envsubst-key-quoted-hash', (line, indent) => `${line}\n${indent}  \${X}: "a"#{{ x }}`],
  // A quoted scalar's under-indented continuation holding `{{`: text for go-yaml (A17).
  ['quoted-under-indented-action', (line, indent) => `${line}\n${indent}  annotations:\n${indent}    note: "x\n{{ y }}: z"`],
  ['single-quoted-under-indented-action', (line, indent) => `${line}\n${indent}  annotations:\n${indent}    note: 'x\n{{ y }}: z'`],
  // A flow entry go-yaml reads as a key (`?b`), in a document holding a `{{` in a string (A17).
  ['flow-question-key-with-action', (line, indent) => `${line}\n${indent}  annotations: {"a": "{{ x }}", ?b: c}`],
  // Controls: a `{{` that starts a node; kubectl refuses the document.
  ['control-template-value', (line, indent) => `${line}\n${indent}  generateName: {{ .Release.Name }}`],
  ['control-template-line', (line, indent) => `${line}\n${indent}{{- if .Values.x }}\n${indent}  labels: {a: b}\n${indent}{{- end }}`],
  ['control-tagged', (line, indent) => `${line}\n${indent}  generateName: !!str {{ x }}`],
  ['control-in-flow-seq', (line, indent) => `${line}\n${indent}  finalizers: [a, {{ x }}]`],
  ['control-seq-item', (line, indent) => `${line}\n${indent}  finalizers:\n${indent}  - {{ x }}`],
  ['control-key', (line, indent) => `${line}\n${indent}  {{ x }}: y`],
  ['control-jinja', (line, indent) => `${line}\n${indent}  generateName: "{{ x }}"\n${indent}{% if y %}\n${indent}  labels: {a: b}\n${indent}{% endif %}`],
  ['control-flow-value', (line, indent) => `${line}\n${indent}  labels: {a: {{ x }}}#c`],
];

const CONTROL_PLACEMENTS = PLACEMENTS.filter(([name]) => ['alone', 'middle', 'list-item'].includes(name));

function templateInputs(): StructuralInput[] {
  const inputs: StructuralInput[] = [];
  for (const [variant, rewrite] of TEMPLATE_VARIANTS) {
    for (const p of PAYLOADS) {
      const doc = payloadYaml(p).replace(/^( *)metadata:$/m, (line, indent: string) => rewrite(line, indent));
      // Controls (kubectl refuses them) need fewer placements.
      for (const [placement, place] of variant.startsWith('control-') ? CONTROL_PLACEMENTS : PLACEMENTS) {
        inputs.push({ name: `template/${variant}/${p.kind}/${placement}`, family: 'template', text: place(doc) });
      }
    }
  }
  return inputs;
}

/**
 * Family 2, Helm values: the same Installation values (an infra pool that
 * every node selects) spelled in ways a substring test does not see, in every
 * object that carries values, and values Helm cannot decode.
 */
const VALUES_VARIANTS: ReadonlyArray<[string, string]> = [
  ['plain', toYaml(INSTALLATION_VALUES)],
  ['escaped-x-key', toYaml(INSTALLATION_VALUES).replace('calicoNetwork:', '"\\x63alicoNetwork":')],
  ['escaped-u-key', toYaml(INSTALLATION_VALUES).replace('calicoNetwork:', '"calico\\u004eetwork":')],
  ['escaped-installation-key', toYaml(INSTALLATION_VALUES).replace('installation:', '"\\x69nstallation":')],
  ['binary-key', toYaml(INSTALLATION_VALUES).replace('calicoNetwork:', '!!binary Y2FsaWNvTmV0d29yaw==:')],
  ['binary-installation-key', toYaml(INSTALLATION_VALUES).replace('installation:', '? !!binary aW5zdGFsbGF0aW9u\n:')],
  ['merge-anchor', `net: &net\n  ipPools:\n  - name: infra\n    cidr: 10.244.0.0/24\n    nodeSelector: all()\ninstallation:\n  <<: {calicoNetwork: *net}`],
  ['merge-flow', 'installation:\n  <<: {calicoNetwork: {ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: all()}]}}'],
  ['merge-list', 'base: &b {calicoNetwork: {ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: all()}]}}\ninstallation:\n  <<: [*b]'],
  ['escaped-selector', toYaml(INSTALLATION_VALUES).replace('nodeSelector: all()', 'nodeSelector: "\\x61ll()"')],
  ['json', JSON.stringify(INSTALLATION_VALUES)],
  ['alias-key', `k: &k calicoNetwork\n${toYaml(INSTALLATION_VALUES).replace('calicoNetwork:', '? *k\n  :')}`],
  ['tagged-key', toYaml(INSTALLATION_VALUES).replace('calicoNetwork:', '!!str calicoNetwork:')],
  ['escaped-line-break-key', toYaml(INSTALLATION_VALUES).replace('calicoNetwork:', '? "calico\\\n    Network"\n  :')],
  ['document-start', `---\n${toYaml(INSTALLATION_VALUES)}`],
  ['flow-values', '{installation: {calicoNetwork: {ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: all()}]}}}'],
  ['parse-error-after', `${toYaml(INSTALLATION_VALUES)}\nextra: [`],
  ['parse-error-before', `broken: "a\n${toYaml(INSTALLATION_VALUES)}`],
  ['tab-indent-error', toYaml(INSTALLATION_VALUES).replace('\n  calicoNetwork:', '\n\tcalicoNetwork:')],
];

/** Objects that carry Helm values, each writing `values` its own way. */
const VALUES_HOSTS: ReadonlyArray<[string, (values: string) => string]> = [
  ['HelmChartConfig', (values) => helmChartConfigYaml(values)],
  ['HelmChartConfig-keep', (values) => helmChartConfigYaml(values, '|+')],
  ['HelmChart', (values) => [
    'apiVersion: helm.cattle.io/v1', 'kind: HelmChart', 'metadata:', '  name: calico', '  namespace: kube-system', 'spec:',
    '  chart: tigera-operator', '  valuesContent: |', ...values.split('\n').map((line) => (line === '' ? '' : `    ${line}`)),
  ].join('\n')],
  ['HelmChartConfig-quoted', (values) => [
    'apiVersion: helm.cattle.io/v1', 'kind: HelmChartConfig', 'metadata:', '  name: rke2-calico', '  namespace: kube-system', 'spec:',
    `  valuesContent: ${JSON.stringify(`${values}\n`)}`,
  ].join('\n')],
  ['Application', (values) => [
    'apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: calico', '  namespace: argocd', 'spec:', '  source:',
    '    chart: tigera-operator', '    helm:', '      values: |', ...values.split('\n').map((line) => (line === '' ? '' : `        ${line}`)),
  ].join('\n')],
  // Values as a mapping of the object itself: kubectl decodes them with the object.
  ['HelmRelease', (values) => [
    'apiVersion: helm.toolkit.fluxcd.io/v2', 'kind: HelmRelease', 'metadata:', '  name: calico', '  namespace: tigera-operator', 'spec:',
    '  chart: {spec: {chart: tigera-operator}}', '  values:', ...values.split('\n').map((line) => (line === '' ? '' : `    ${line}`)),
  ].join('\n')],
  ['Application-valuesObject', (values) => [
    'apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: calico', '  namespace: argocd', 'spec:', '  sources:',
    '  - chart: tigera-operator', '    helm:', '      valuesObject:', ...values.split('\n').map((line) => (line === '' ? '' : `        ${line}`)),
  ].join('\n')],
];

const VALUES_PLACEMENTS = PLACEMENTS.filter(([name]) => ['alone', 'middle', 'list-item'].includes(name));

function valuesInputs(): StructuralInput[] {
  const inputs: StructuralInput[] = [];
  for (const [variant, values] of VALUES_VARIANTS) {
    for (const [host, write] of VALUES_HOSTS) {
      for (const [placement, place] of VALUES_PLACEMENTS) {
        inputs.push({ name: `values/${variant}/${host}/${placement}`, family: 'values', text: place(write(values)) });
      }
    }
  }
  return inputs;
}

/**
 * Family 4, the JSON sniff: kubectl peeks 4,096 bytes; when their first
 * non-blank character is `{` the file is one JSON stream, otherwise YAML.
 */
const LEADS: ReadonlyArray<[string, string]> = [
  ['spaces-4094', ' '.repeat(4094)],
  ['spaces-4095', ' '.repeat(4095)],
  ['spaces-4096', ' '.repeat(4096)],
  ['spaces-5000', ' '.repeat(5000)],
  ['newlines-4096', '\n'.repeat(4096)],
  ['crlf-4100', '\r\n'.repeat(2050)],
  ['ideographic-4095', `${' '.repeat(4092)}\u3000`], // the 3-byte space ends at byte 4095: still within the peek
  ['ideographic-4097', `${' '.repeat(4094)}\u3000`], // cut at byte 4096: Go decodes U+FFFD, not a space
  ['nel-4096', '\u0085'.repeat(2048)],
];

function jsonSniffInputs(): StructuralInput[] {
  const inputs: StructuralInput[] = [];
  const configMapJson = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","namespace":"apps"}}';
  for (const [lead, space] of LEADS) {
    for (const p of PAYLOADS) {
      const json = payloadJson(p);
      const yaml = payloadYaml(p);
      const tails: Array<[string, string]> = [
        ['json', `${json}\n`],
        ['json-then-json', `${configMapJson}\n${json}\n`],
        ['flow-then-bom-yaml', `{a: b}\n---\n\uFEFF${yaml}\n`],
        ['json-then-bom-yaml', `${configMapJson}\n---\n\uFEFF${yaml}\n`],
        ['json-then-bom-json', `${configMapJson}\n---\n\uFEFF${json}\n`],
        ['yaml-middle-bom', `${FILLER}\n---\n\uFEFF${yaml}\n---\n${FILLER}\n`],
      ];
      for (const [tail, text] of tails) {
        inputs.push({ name: `json-sniff/${lead}/${p.kind}/${tail}`, family: 'json-sniff', text: space + text });
      }
    }
  }
  return inputs;
}

/** Family 5: a CustomResourceDefinition head with `items`, which kubectl creates. */
const CRD_HEADS: ReadonlyArray<[string, string]> = [
  ['crd', 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: foos.example.com'],
  ['crd-v1beta1', 'apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: foos.example.com'],
  ['crd-with-spec', 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: foos.example.com\nspec:\n  group: example.com\n  names: {kind: Foo, plural: foos}\n  scope: Namespaced'],
  ['crd-list', 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinitionList\nmetadata: {}'],
];

const ITEMS_STYLES: ReadonlyArray<[string, (doc: string) => string]> = [
  ['indented', (doc) => `items:\n  - ${doc.split('\n').map((line, i) => (i === 0 ? line : `    ${line}`)).join('\n')}`],
  ['flush', (doc) => `items:\n- ${toItem(doc)}`],
  ['commented', (doc) => `# the items\nitems: # kubectl creates these\n  - ${doc.split('\n').map((line, i) => (i === 0 ? line : `    ${line}`)).join('\n')}`],
  ['before-spec', (doc) => `items:\n  - ${doc.split('\n').map((line, i) => (i === 0 ? line : `    ${line}`)).join('\n')}\nstatus: {}`],
];

function crdItemsInputs(): StructuralInput[] {
  const inputs: StructuralInput[] = [];
  for (const [head, headText] of CRD_HEADS) {
    for (const [style, items] of ITEMS_STYLES) {
      for (const p of PAYLOADS) {
        const doc = `${headText}\n${items(payloadYaml(p))}`;
        for (const [placement, place] of PLACEMENTS.filter(([name]) => ['alone', 'middle', 'last'].includes(name))) {
          inputs.push({ name: `crd-items/${head}-${style}/${p.kind}/${placement}`, family: 'crd-items', text: place(doc) });
        }
      }
    }
  }
  return inputs;
}

/** Every structural input, in a fixed order. */
export function structuralInputs(): StructuralInput[] {
  return [...templateInputs(), ...valuesInputs(), ...jsonSniffInputs(), ...crdItemsInputs()];
}
