/**
 * The pod and Service ranges of a k3s / RKE2 node as k3s computes them from
 * its config file and drop-ins (issue 19, item 7). RKE2 parses its config with
 * k3s's parser (rancher/rke2 main.go: `configfilearg.MustParse`).
 *
 * k3s-io/k3s pkg/configfilearg/parser.go:
 * - the config file is read first, then every `*.yaml` / `*.yml` file (suffix
 *   in any case, no folder) of `<config file>.d/`, in name order (dotDFiles,
 *   parser.go:227-241: os.ReadDir sorts by file name; readConfigFile,
 *   parser.go:246-261); drop-ins without the config file count too;
 * - a key replaces the value the files before it gave; a key ending in `+`
 *   appends to it, or sets it when no file gave one (parser.go:279-293);
 * - a list becomes one `--key=entry` flag per entry (parser.go:305-308), and
 *   k3s splits every entry of `--cluster-cidr` / `--service-cidr` at commas
 *   (dual-stack: `10.42.0.0/16,fd00:42::/56`).
 * yaml.v2 reads the first document of a file only; each document here counts,
 * in order, as calico-lint always read them.
 */
import path from 'node:path';
import type { Path } from '../parse/source.js';
import { K3S_CONFIG_KIND, type Resource } from '../resources/resource.js';

export const K3S_RANGE_FLAGS = ['cluster-cidr', 'service-cidr'] as const;
export type K3sRangeFlag = (typeof K3S_RANGE_FLAGS)[number];

/** One value k3s passes as a flag: a string written at `path` of `resource` (it may hold a comma-separated list). */
export interface K3sFlagValue {
  flag: K3sRangeFlag;
  resource: Resource;
  path: Path;
  value: string;
}

/**
 * The config file a k3s config resource belongs to: itself, or for a drop-in
 * (`…/config.yaml.d/10-x.yaml`) the file the folder extends (`…/config.yaml`).
 */
export function k3sConfigFileOf(filePath: string): string {
  const folder = path.dirname(filePath);
  return folder.endsWith('.d') && /\.ya?ml$/i.test(filePath) ? folder.slice(0, -2) : filePath;
}

/** Files in the order k3s reads them: the config file, then its drop-ins by name (byte order, as Go's os.ReadDir). */
function readOrder(a: Resource, b: Resource): number {
  const [fa, fb] = [a.doc.filePath, b.doc.filePath];
  if (fa === fb) return a.doc.index - b.doc.index;
  const [da, db] = [fa !== k3sConfigFileOf(fa), fb !== k3sConfigFileOf(fb)];
  if (da !== db) return da ? 1 : -1;
  const [na, nb] = [Buffer.from(path.basename(fa)), Buffer.from(path.basename(fb))];
  return Buffer.compare(na, nb);
}

/**
 * The effective `cluster-cidr` / `service-cidr` values of every k3s config
 * (config file and drop-ins) among `resources`, grouped by config file: for
 * each, the resource that stands for it (the first one read) and the values
 * k3s ends with, each where it is written.
 */
export function effectiveK3sConfigs(resources: readonly Resource[]): Map<Resource, K3sFlagValue[]> {
  const groups = new Map<string, Resource[]>();
  for (const resource of resources) {
    if (resource.kind !== K3S_CONFIG_KIND) continue;
    const file = k3sConfigFileOf(resource.doc.filePath);
    const group = groups.get(file) ?? [];
    group.push(resource);
    groups.set(file, group);
  }
  const effective = new Map<Resource, K3sFlagValue[]>();
  for (const group of groups.values()) {
    group.sort(readOrder);
    effective.set(group[0]!, K3S_RANGE_FLAGS.flatMap((flag) => effectiveValues(group, flag)));
  }
  return effective;
}

function effectiveValues(files: readonly Resource[], flag: K3sRangeFlag): K3sFlagValue[] {
  let values: K3sFlagValue[] | undefined;
  for (const resource of files) {
    for (const [key, value] of Object.entries(resource.object)) {
      if (key !== flag && key !== `${flag}+`) continue;
      const written = flagValues(resource, flag, key, value);
      values = key.endsWith('+') && values !== undefined ? [...values, ...written] : written;
    }
  }
  return values ?? [];
}

/** A string is one flag; a list one flag per string entry (toSlice / convert.ToString, parser.go). */
function flagValues(resource: Resource, flag: K3sRangeFlag, key: string, value: unknown): K3sFlagValue[] {
  if (typeof value === 'string') return [{ flag, resource, path: [key], value }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown, i) => (typeof entry === 'string' ? [{ flag, resource, path: [key, i], value: entry }] : []));
}
