/**
 * The Kubernetes API server addressed at the loopback, by a container of a
 * host-network pod that does not serve it: `--master=127.0.0.1:8080` (the
 * controller-manager and scheduler of a hyperkube test control plane,
 * kubernetes/dns test/e2e/cluster/manifests/master.json; kops' kube-proxy,
 * `--master=https://127.0.0.1`), or `KUBERNETES_SERVICE_HOST: 127.0.0.1`
 * (kops' own controllers on control-plane nodes). A pod's loopback is its own
 * network namespace's: on the pod network, 127.0.0.1 holds only what the
 * pod's own containers serve, and no API server. So the pod reaches its API
 * server only on the node's network, beside a node-local API server (a
 * control-plane node's, or a node-local proxy in front of it).
 *
 * Only the two ways Kubernetes' own clients take an API server's address:
 * `--master` (k8s.io/client-go tools/clientcmd's flag, "The address of the
 * Kubernetes API server (overrides any value in kubeconfig)", which every
 * kube component and clientcmd-based program registers; `-master` too, as Go's
 * flag package reads it), and `KUBERNETES_SERVICE_HOST` (rest.InClusterConfig,
 * with `KUBERNETES_SERVICE_PORT`, which the kubelet sets to the `kubernetes`
 * Service's port, 443, when the container does not). Not a loopback address in
 * general: a CI runner's `DOCKER_HOST=tcp://localhost:2375` and an
 * oauth2-proxy's `--upstream=http://127.0.0.1:8080` address a sidecar of their
 * own pod, which the pod network serves as well; nor `--server` (kubectl's,
 * but as much a flag name of any other client). When a container of the pod
 * declares the port addressed (a `containerPort`), the address is the pod's
 * own server (an API server or a `kubectl proxy` run as a sidecar): no evidence.
 *
 * A line, as a priority class is, and like the kubelet's port named only when
 * nothing else decides: to pass a CI runner with it, its author writes that
 * the runner talks to an API server at the node's loopback, which the diff
 * shows (and which points the runner's own Kubernetes client, if it has one,
 * at an address that exists on control-plane nodes only).
 */
import type { Path } from '../parse/source.js';
import { echo } from '../text.js';
import { CONTAINER_LISTS_IN_START_ORDER, type FieldPath } from './field-reads.js';
import { isPlainObject, type PlainObject } from './resource.js';

/** The container fields read here (and, of `env`, LOOPBACK_API_SERVER_ENV_READ). */
export const LOOPBACK_API_SERVER_CONTAINER_FIELDS: readonly string[] = ['name', 'command', 'args', 'ports'];

/** Of a container's `env`, the in-cluster address variables (other items keep only what the static-pod check reads: indices hold). */
export const LOOPBACK_API_SERVER_ENV_READ: FieldPath = ['env', { where: ['name'], matches: /^KUBERNETES_SERVICE_(?:HOST|PORT)$/ }];

/** clientcmd's API server flag, as Go's flag package reads it (one dash or two). */
const MASTER_FLAGS: readonly string[] = ['--master', '-master'];
const SERVICE_HOST = 'KUBERNETES_SERVICE_HOST';
const SERVICE_PORT = 'KUBERNETES_SERVICE_PORT';
/** The `kubernetes` Service's port, which the kubelet gives every container as KUBERNETES_SERVICE_PORT. */
const KUBERNETES_SERVICE_PORT = 443;

export interface LoopbackApiServer {
  /** "`--master=127.0.0.1:8080` in container `scheduler`". */
  detail: string;
  /** Where, relative to the resource. */
  path: Path;
}

interface Container {
  value: PlainObject;
  path: Path;
}

/** The first container (in start order) that addresses the API server at the loopback, which no container of the pod serves. */
export function loopbackApiServerOf(spec: PlainObject, base: Path): LoopbackApiServer | undefined {
  const containers: Container[] = CONTAINER_LISTS_IN_START_ORDER.flatMap((list) => {
    const items = spec[list];
    return Array.isArray(items) ? items.flatMap((value, i) => (isPlainObject(value) ? [{ value, path: [...base, list, i] }] : [])) : [];
  });
  const served = declaredPorts(containers);
  for (const container of containers) {
    for (const found of [...flagAddresses(container), ...serviceHostAddresses(container)]) {
      if (found.port !== undefined && served.has(found.port)) continue;
      return { detail: `${found.written} in container \`${containerName(container)}\``, path: found.path };
    }
  }
  return undefined;
}

interface Address {
  /** As written, escaped, in backticks. */
  written: string;
  port: number | undefined;
  path: Path;
}

/** `--master=URL` or `--master URL` in the command or the args (a flag may be in either). */
function flagAddresses(container: Container): Address[] {
  const words: Array<{ word: string; path: Path }> = [];
  for (const field of ['command', 'args'] as const) {
    const list = container.value[field];
    if (!Array.isArray(list)) continue;
    list.forEach((word, i) => {
      if (typeof word === 'string') words.push({ word, path: [...container.path, field, i] });
    });
  }
  const found: Address[] = [];
  words.forEach(({ word, path }, i) => {
    const flag = MASTER_FLAGS.find((name) => word === name || word.startsWith(`${name}=`));
    if (flag === undefined) return;
    const value = word === flag ? words[i + 1]?.word : word.slice(flag.length + 1);
    const target = value === undefined ? undefined : loopbackUrl(value);
    if (target === undefined) return;
    const written = word === flag ? `${word} ${value!}` : word;
    found.push({ written: `\`${echo(written)}\``, port: target.port, path });
  });
  return found;
}

/** `KUBERNETES_SERVICE_HOST` set to a loopback address, with the port client-go takes beside it. */
function serviceHostAddresses(container: Container): Address[] {
  const env = container.value.env;
  if (!Array.isArray(env)) return [];
  const valueOf = (name: string) => {
    const index = env.findLastIndex((item) => isPlainObject(item) && item.name === name);
    const value = index === -1 ? undefined : (env[index] as PlainObject).value;
    return { index, value: typeof value === 'string' ? value : undefined };
  };
  const host = valueOf(SERVICE_HOST);
  if (host.value === undefined || !isLoopbackHost(host.value.trim())) return [];
  const writtenPort = valueOf(SERVICE_PORT).value;
  const port = writtenPort === undefined ? KUBERNETES_SERVICE_PORT : portNumber(writtenPort.trim());
  return [{ written: `\`${SERVICE_HOST}: ${echo(host.value)}\``, port, path: [...container.path, 'env', host.index, 'value'] }];
}

/**
 * An API server address whose host is a loopback address, with its port
 * (written, or the scheme's; undefined when neither says), or undefined.
 * client-go takes `host:port` without a scheme too.
 */
export function loopbackUrl(value: string): { port: number | undefined } | undefined {
  const match = /^(?:(https?):\/\/)?(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d+))?(?:[/?#].*)?$/i.exec(value.trim());
  if (match === null) {
    // A bare IPv6 address (no port can be written without brackets).
    return isLoopbackHost(value.trim()) ? { port: undefined } : undefined;
  }
  const [, scheme, host, port] = match;
  if (!isLoopbackHost(host!)) return undefined;
  if (port !== undefined) return { port: portNumber(port) };
  const byScheme: Record<string, number> = { http: 80, https: 443 };
  return { port: scheme === undefined ? undefined : byScheme[scheme.toLowerCase()] };
}

/** 127.0.0.0/8, `localhost`, `::1` (bracketed or not, written out or not). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const lower = bare.toLowerCase();
  if (lower === 'localhost' || lower === 'localhost.') return true;
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(bare);
  if (octets !== null) return octets.slice(1).every((octet) => Number(octet) <= 255) && Number(octets[1]) === 127;
  if (!/^[0-9a-f:]+$/.test(lower) || (!lower.includes('::') && lower.split(':').length !== 8)) return false;
  // Expand `::` and compare with 0:0:0:0:0:0:0:1.
  const [head, tail] = lower.includes('::') ? lower.split('::') as [string, string] : [lower, undefined];
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8 || groups.some((group) => group === '' || group.length > 4)) return false;
  return groups.every((group, i) => parseInt(group, 16) === (i === 7 ? 1 : 0));
}

function portNumber(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** Ports the pod's containers declare (containerPort): a server of the pod's own. */
function declaredPorts(containers: readonly Container[]): Set<number> {
  const ports = new Set<number>();
  for (const container of containers) {
    const list = container.value.ports;
    if (!Array.isArray(list)) continue;
    for (const port of list) if (isPlainObject(port) && typeof port.containerPort === 'number') ports.add(port.containerPort);
  }
  return ports;
}

function containerName(container: Container): string {
  return echo(typeof container.value.name === 'string' ? container.value.name : String(container.path.at(-1)));
}
