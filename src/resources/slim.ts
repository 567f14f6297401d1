/**
 * Drops the bulk of a manifest that no rule reads, before the value is kept
 * (or sent from a worker thread): containers, volumes, the data of ConfigMaps
 * and Secrets, and the status and managedFields of `kubectl get` output are
 * most of the bytes. Applied on every
 * path (threads or not), so every rule test sees exactly what the rule will
 * see in a real run: a new rule that needs one of these fields fails its own
 * tests until the field is removed from the lists below.
 */
import type { Path } from '../parse/source.js';
import { EVIDENCE_CONTAINER_FIELDS, EVIDENCE_POD_SPEC_FIELDS } from './host-network-evidence.js';
import { getIn, isPlainObject, POD_TEMPLATE_PATHS, type PlainObject } from './resource.js';

/** Pod spec fields no rule reads. */
const POD_SPEC_BULK = ['containers', 'initContainers', 'ephemeralContainers', 'volumes'];
/** Fields of every object no rule reads (`kubectl get -o yaml` prints large ones). */
const OBJECT_BULK = ['status'];
const METADATA_BULK = ['managedFields'];
/** Fields of data-carrying kinds no rule reads. */
const DATA_BULK: Readonly<Record<string, readonly string[]>> = {
  ConfigMap: ['data', 'binaryData'],
  Secret: ['data', 'stringData'],
};

/** The document value without the bulk (a List's items each slimmed); the input is not modified. */
export function slimDocumentValue(value: unknown): unknown {
  if (!isPlainObject(value) || typeof value.kind !== 'string') return value;
  // kubectl expands any object with `items` as a list (see resourcesOf).
  if (Array.isArray(value.items)) {
    return { ...value, items: value.items.map(slimObject) };
  }
  return slimObject(value);
}

/**
 * ConfigMaps whose data holds cluster facts (src/facts/): kubeadm's
 * ClusterConfiguration, kube-proxy's clusterCIDR, Calico's CNI config.
 */
const FACT_CONFIGMAPS = new Set(['kubeadm-config', 'kube-proxy', 'calico-config']);
/**
 * Containers whose command, args and env hold cluster facts: the Service and
 * pod ranges in control-plane flags, calico-node's CALICO_IPV4POOL_* env.
 * Only these fields of only these containers are kept.
 */
const FACT_CONTAINERS = new Set(['kube-apiserver', 'kube-controller-manager', 'kube-proxy', 'calico-node']);
const FACT_CONTAINER_FIELDS = ['name', 'command', 'args', 'env'];

function keepsData(object: PlainObject): boolean {
  return object.kind === 'ConfigMap' && isPlainObject(object.metadata) && FACT_CONFIGMAPS.has(String(object.metadata.name));
}


function slimObject(object: unknown): unknown {
  if (!isPlainObject(object) || typeof object.kind !== 'string') return object;
  let slim: PlainObject = object;
  const dataFields = [...OBJECT_BULK, ...(Object.hasOwn(DATA_BULK, object.kind) && !keepsData(object) ? DATA_BULK[object.kind]! : [])];
  if (dataFields.some((field) => Object.hasOwn(object, field))) {
    slim = { ...object };
    for (const field of dataFields) delete slim[field];
    const cniData = object.kind === 'ConfigMap' ? cniPoolData(object.data) : undefined;
    if (cniData !== undefined) slim.data = cniData;
  }
  const metadata = object.metadata;
  if (isPlainObject(metadata) && METADATA_BULK.some((field) => Object.hasOwn(metadata, field))) {
    const slimMetadata = { ...metadata };
    for (const field of METADATA_BULK) delete slimMetadata[field];
    slim = { ...slim, metadata: slimMetadata };
  }
  const cniConfig = calicoCniConfig(object);
  if (cniConfig !== undefined) {
    const kept = isPlainObject(slim.data) ? slim.data : {};
    slim = { ...slim, data: { ...kept, cni_network_config: cniConfig } };
  }
  const templatePath = Object.hasOwn(POD_TEMPLATE_PATHS, object.kind) ? POD_TEMPLATE_PATHS[object.kind] : undefined;
  if (templatePath !== undefined) slim = withoutPodBulk(slim, [...templatePath, 'spec']);
  return slim;
}

/**
 * The one piece of ConfigMap data a rule reads: the CNI config of a manifest
 * install (ConfigMap `calico-config`, key `cni_network_config`), whose
 * feature_control decides whether ipAddrsNoIpam and floatingIPs work.
 */
function calicoCniConfig(object: PlainObject): string | undefined {
  if (object.kind !== 'ConfigMap' || !isPlainObject(object.metadata) || object.metadata.name !== 'calico-config') return undefined;
  const config = isPlainObject(object.data) ? object.data.cni_network_config : undefined;
  return typeof config === 'string' ? config : undefined;
}

/** A copy of `object` with the pod spec at `path` stripped of its bulk (copies only along the path). */
function withoutPodBulk(object: PlainObject, path: Path): PlainObject {
  const spec = getIn(object, path);
  if (!isPlainObject(spec) || !POD_SPEC_BULK.some((field) => Object.hasOwn(spec, field))) return object;
  const hostNetwork = spec.hostNetwork === true;
  const slimSpec = { ...spec };
  for (const field of POD_SPEC_BULK) {
    // no-host-network weighs the evidence of host-network pods (src/resources/host-network-evidence.ts declares what it reads).
    if (!(hostNetwork && EVIDENCE_POD_SPEC_FIELDS.includes(field))) delete slimSpec[field];
  }
  for (const field of CONTAINER_LISTS) {
    const kept = slimContainers(spec[field], hostNetwork);
    if (kept !== undefined) slimSpec[field] = kept;
  }
  return replaceAt(object, path, slimSpec);
}

/** calico-node's pool variables, which ippool-env-change compares with the base branch. */
const POOL_ENV = /^CALICO_IPV[46]POOL_/;

/**
 * Containers reduced to what rules read, indices kept (positions are found by
 * path): undefined when no container holds any of it. What is kept:
 * - calico-node's pool variables (ippool-env-change, calico-node-pool-env);
 * - on the host network, the fields no-host-network weighs as evidence
 *   (EVIDENCE_CONTAINER_FIELDS: the name and securityContext);
 * - of the control-plane and CNI containers that carry cluster facts, their
 *   command, args and env (src/facts/cluster-facts.ts).
 */
function slimContainers(containers: unknown, hostNetwork: boolean): unknown[] | undefined {
  if (!Array.isArray(containers)) return undefined;
  const kept = containers.map((container) => slimContainer(container, hostNetwork));
  if (kept.every((container) => container === undefined)) return undefined;
  return kept.map((container, i) => container ?? (isPlainObject(containers[i]) ? { name: containers[i].name } : null));
}

function slimContainer(container: unknown, hostNetwork: boolean): PlainObject | undefined {
  if (!isPlainObject(container)) return undefined;
  const env = Array.isArray(container.env) ? container.env : undefined;
  const isPoolVariable = (variable: unknown): boolean =>
    isPlainObject(variable) && typeof variable.name === 'string' && POOL_ENV.test(variable.name);
  const evidence = hostNetwork ? pick(container, EVIDENCE_CONTAINER_FIELDS) : {};
  if (FACT_CONTAINERS.has(String(container.name))) return { ...pick(container, FACT_CONTAINER_FIELDS), ...evidence };
  const poolEnv = env?.some(isPoolVariable) ? { env: env.map((variable) => (isPoolVariable(variable) ? variable : null)) } : {};
  if (hostNetwork) return { ...evidence, ...poolEnv };
  return env?.some(isPoolVariable) ? { name: container.name, ...poolEnv } : undefined;
}

function pick(object: PlainObject, fields: readonly string[]): PlainObject {
  return Object.fromEntries(fields.filter((field) => Object.hasOwn(object, field)).map((field) => [field, object[field]]));
}

/** The data entries of a ConfigMap that hold a CNI config's ipv4_pools / ipv6_pools (ippool-removed-in-use reads them). */
function cniPoolData(data: unknown): PlainObject | undefined {
  if (!isPlainObject(data)) return undefined;
  const kept = Object.entries(data).filter(([, value]) => typeof value === 'string' && /"ipv[46]_pools"/.test(value));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;


function replaceAt(object: PlainObject, path: Path, replacement: PlainObject): PlainObject {
  const [head, ...rest] = path;
  if (typeof head !== 'string') return object;
  const child = object[head];
  return { ...object, [head]: rest.length === 0 ? replacement : isPlainObject(child) ? replaceAt(child, rest, replacement) : child };
}
