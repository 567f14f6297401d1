/**
 * Calico CNI annotations (cni-plugin/pkg/k8s/k8s.go) and where they are
 * written. On a Pod or a Namespace they act; on a controller's own metadata
 * (Deployment, DaemonSet, …) they do nothing: only the pod template counts.
 */
import type { Path } from '../parse/source.js';
import { isPlainObject, type PlainObject, type Resource } from './resource.js';

export const CALICO_ANNOTATIONS = {
  ipv4pools: 'cni.projectcalico.org/ipv4pools',
  ipv6pools: 'cni.projectcalico.org/ipv6pools',
  ipAddrs: 'cni.projectcalico.org/ipAddrs',
  ipAddrsNoIpam: 'cni.projectcalico.org/ipAddrsNoIpam',
  floatingIPs: 'cni.projectcalico.org/floatingIPs',
  ipFamilies: 'cni.projectcalico.org/ipFamilies',
} as const;

export type CalicoAnnotationName = keyof typeof CALICO_ANNOTATIONS;

/** Annotations Calico writes itself; a user setting them is a mistake. */
export const CALICO_WRITTEN_ANNOTATIONS = [
  'cni.projectcalico.org/podIP',
  'cni.projectcalico.org/podIPs',
  'cni.projectcalico.org/containerID',
] as const;

/**
 * Where an annotations map sits and whether Calico reads it there.
 * - `pod`: a Pod's metadata or a pod template's metadata (acts on the pod)
 * - `namespace`: a Namespace's metadata (acts on all its pods unless a pod overrides)
 * - `controller`: a workload controller's own metadata (Calico ignores it)
 */
export type AnnotationSiteKind = 'pod' | 'namespace' | 'controller';

export interface AnnotationSite {
  resource: Resource;
  kind: AnnotationSiteKind;
  /** Path (relative to the resource) of the `annotations` mapping. */
  path: Path;
  annotations: PlainObject;
  /**
   * The namespace the annotation applies to: the pod's namespace (or
   * defaultNamespace), or the Namespace's own name.
   */
  namespace: string | undefined;
}

/** Every annotations map of a resource that could hold Calico annotations. */
export function annotationSites(resource: Resource): AnnotationSite[] {
  const sites: AnnotationSite[] = [];
  const own = resource.metadata.annotations;
  if (resource.kind === 'Namespace') {
    if (isPlainObject(own)) {
      sites.push({ resource, kind: 'namespace', path: ['metadata', 'annotations'], annotations: own, namespace: resource.name });
    }
    return sites;
  }
  for (const template of resource.podTemplates) {
    const annotations = template.metadata.annotations;
    if (isPlainObject(annotations)) {
      sites.push({
        resource,
        kind: 'pod',
        path: [...template.path, 'metadata', 'annotations'],
        annotations,
        namespace: resource.namespace,
      });
    }
  }
  // A controller's own metadata (the template is elsewhere): Calico never reads it.
  const isController = resource.podTemplates.length > 0 && resource.podTemplates.every((t) => t.path.length > 0);
  if (isController && isPlainObject(own)) {
    sites.push({ resource, kind: 'controller', path: ['metadata', 'annotations'], annotations: own, namespace: resource.namespace });
  }
  return sites;
}

export type StringListParse =
  | { ok: true; items: string[] }
  | { ok: false; problem: string };

/** Typographic quotes that look like JSON quotes but are not. */
const TYPOGRAPHIC_QUOTES = /[\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u2033\u00ab\u00bb]/;

/** How messages describe the expected list: an example value and what one entry is. */
export interface ListWording {
  example: string;
  entry: string;
}

const POOL_LIST: ListWording = { example: '["pool-name"]', entry: 'a quoted name or CIDR' };

/**
 * Reads an annotation that Calico parses as a JSON list of strings
 * (ipv4pools, ipv6pools, ipAddrs, ipFamilies).
 */
export function parseStringList(value: unknown, wording: ListWording = POOL_LIST): StringListParse {
  if (typeof value !== 'string') {
    return { ok: false, problem: 'is not a string: annotation values must be strings holding a JSON list' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    if (TYPOGRAPHIC_QUOTES.test(value)) {
      return { ok: false, problem: 'is not JSON: it contains typographic quotes (“ ” ‘ ’), probably pasted from a web page; use plain ASCII quotes (")' };
    }
    return { ok: false, problem: `is not valid JSON: expected a list such as ${wording.example}` };
  }
  // Calico unmarshals into a Go []string, and JSON `null` gives an empty (nil) list without error
  // (cni-plugin/pkg/k8s/k8s.go: json.Unmarshal for ipv4pools/ipv6pools/ipFamilies, parseIPAddrs for the addresses).
  if (parsed === null) return { ok: true, items: [] };
  if (!Array.isArray(parsed)) {
    return { ok: false, problem: `is not a JSON list: expected a list such as ${wording.example}` };
  }
  if (!parsed.every((item): item is string => typeof item === 'string')) {
    return { ok: false, problem: `is not a list of strings: every entry must be ${wording.entry}` };
  }
  return { ok: true, items: parsed };
}
