/**
 * Inputs for the differential test: clean manifests (a Pod, a DaemonSet, an
 * infra IPPool) put through mutations that target the places where kubectl
 * and a YAML 1.2 parser part ways, chosen by fast-check from a fixed seed.
 * Most mutations carry a "payload" (`hostNetwork: true`, a pool selector that
 * is not `!all()`) that only some readings see.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** A real manifest set: the corrected recipe (pools and the runner that asks for the infra pool), one stream. */
const RECIPE = ['ippools.yaml', 'gitlab-runner.yaml']
  .map((name) => readFileSync(path.join(REPO, 'fixtures/recipe-corrected', name), 'utf8').replace(/\n*$/, '\n'))
  .join('---\n');

export const SEEDS: readonly string[] = [
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  hostNetwork: false\n  containers:\n  - name: c\n    image: nginx\n',
  'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n  namespace: apps\nspec:\n  selector:\n    matchLabels: {app: agent}\n' +
    '  template:\n    metadata:\n      labels: {app: agent}\n    spec:\n      hostNetwork: false\n      containers:\n      - name: c\n        image: agent\n',
  'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: infra\nspec:\n  cidr: 10.244.0.0/24\n  nodeSelector: "!all()"\n',
  RECIPE,
];

type Mutation = (text: string) => string;

/** YAML 1.1 line breaks (and their neighbours) that YAML 1.2 does not have. */
const BREAKS = ['\r', '\u0085', '\u2028', '\u2029', '\r\n', '\n'];
const SEPARATORS = ['---', '---#', '--- #c', '---\t', '--- x', '---\u00a0', '...', '----', '--- |', '---\r', '--- !!str', '\uFEFF---'];
const WRAPPERS = ['List', 'PodList', 'Foo', 'Pod', 'IPPoolList', 'DaemonSetList'];
const HOST_NETWORK_TRUE = ['true', 'True', 'yes', 'on', 'y', '"true"', '!!bool true', '!!bool "true"', 'TRUE', '!!binary dHJ1ZQ==', 'On'];
const SELECTORS = ['!all()', '""', 'all()', '!!str "!all()"', "'!all()'", '"!all()" # x', '!!binary ISFhbGwoKQ==', '"! all()"', '~'];
const SPECIAL_CHARS = ['\r', '\u0085', '\u2028', '\u2029', '\uFEFF', '\t', ' ', '#', '&a ', '*a', '!', '"', "'", '|', '>', '-', ':', '%', '\\', '{', '}', ',', '<<: ', '\u00a0'];

/** The line starts of `text` (offsets). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

const breakChar = fc.tuple(fc.nat(), fc.nat()).map(([n, b]): Mutation => (text) => {
  const newlines = [...text.matchAll(/\n/g)].map((m) => m.index);
  if (newlines.length === 0) return text;
  const at = pick(newlines, n);
  return text.slice(0, at) + pick(BREAKS, b) + text.slice(at + 1);
});

const commentHide = fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([n, b, pool]): Mutation => (text) => {
  const target = pool ? /^(\s*)nodeSelector: .*$/m : /^(\s*)hostNetwork: .*$/m;
  const payload = pool ? 'nodeSelector: all()' : 'hostNetwork: true';
  return text.replace(target, (line, indent: string) => `${indent}# note${pick(BREAKS, b)}${indent}${payload}\n${line}`.slice(0, n % 3 === 0 ? undefined : undefined));
});

const separator = fc.tuple(fc.nat(), fc.nat()).map(([n, s]): Mutation => (text) => {
  const markers = [...text.matchAll(/^---$/gm)].map((m) => m.index);
  if (markers.length === 0) {
    const starts = lineStarts(text);
    const at = pick(starts, n);
    return `${text.slice(0, at)}${pick(SEPARATORS, s)}\n${text.slice(at)}`;
  }
  const at = pick(markers, n);
  return text.slice(0, at) + pick(SEPARATORS, s) + text.slice(at + 3);
});

const bom = fc.nat().map((n): Mutation => (text) => {
  const at = pick(lineStarts(text), n);
  return `${text.slice(0, at)}\uFEFF${text.slice(at)}`;
});

const BINARY_SWAPS: Array<[RegExp, string]> = [
  [/kind: Pod\b/, 'kind: !!binary UG9k'],
  [/kind: IPPool\b/, 'kind: !!binary SVBQb29s'],
  [/kind: DaemonSet\b/, 'kind: !<tag:yaml.org,2002:binary> RGFlbW9uU2V0'],
  [/hostNetwork: false/, '!!binary aG9zdE5ldHdvcms=: true'],
  [/hostNetwork: false/, '!!%62inary aG9zdE5ldHdvcms=: true'],
  [/nodeSelector: .*/, '!!binary bm9kZVNlbGVjdG9y: all()'],
  [/hostNetwork: false/, '? !!binary |\n    aG9zdE5l\n    dHdvcms=\n  : true'],
  [/name: infra/, 'name: !!binary aW5mcmE='],
];
const binary = fc.nat().map((n): Mutation => (text) => {
  const [pattern, replacement] = pick(BINARY_SWAPS, n);
  return text.replace(pattern, replacement);
});

const MERGES: Array<[RegExp, string]> = [
  [/^( *)hostNetwork: false$/m, '$1hostNetwork: false\n$1<<: {hostNetwork: true}'],
  [/^( *)hostNetwork: false$/m, '$1<<: {hostNetwork: true}\n$1hostNetwork: false'],
  [/^( *)hostNetwork: false$/m, '$1<<: [{hostNetwork: false}, {hostNetwork: true}]'],
  [/^( *)hostNetwork: false$/m, '$1<<: {hostNetwork: false}\n$1<<: {hostNetwork: true}'],
  [/^( *)hostNetwork: false$/m, '$1"<<": {hostNetwork: true}'],
  [/^( *)hostNetwork: false$/m, '$1!!merge "<<": {hostNetwork: true}'],
  [/^apiVersion: v1\nkind: Pod$/m, '<<: {apiVersion: v1, kind: Pod}'],
  [/^apiVersion: projectcalico.org\/v3\nkind: IPPool$/m, '<<: {apiVersion: projectcalico.org/v3, kind: IPPool}'],
  [/^( *)nodeSelector: (.*)$/m, '$1nodeSelector: $2\n$1<<: {nodeSelector: all()}'],
  [/^metadata:$/m, 'x: &h {hostNetwork: true}\nmetadata:'],
  [/^( *)hostNetwork: false$/m, '$1hostNetwork: false\n$1<<: *h'],
];
const merge = fc.nat().map((n): Mutation => (text) => {
  const [pattern, replacement] = pick(MERGES, n);
  return text.replace(pattern, replacement);
});

const list = fc.tuple(fc.nat(), fc.boolean()).map(([k, strip]): Mutation => (text) => {
  let body = text.replace(/\n$/, '');
  if (strip) body = body.replace(/^apiVersion: .*\n/m, '').replace(/^kind: .*\n/m, '');
  const items = body.split('\n').map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)).join('\n');
  return `apiVersion: ${text.match(/^apiVersion: (.*)$/m)?.[1] ?? 'v1'}\nkind: ${pick(WRAPPERS, k)}\nitems:\n${items}\n`;
});

/** Items kubectl rejects a whole list for (a scalar, a list), or skips alone (null, an object without kind). */
const ODD_ITEMS = ['- 5', '- null', '- {}', '- {apiVersion: v1, kind: List, items: []}', '- {apiVersion: v1, kind: Foo, items: null}', '- {kind: Pod}'];
const oddItem = fc.nat().map((n): Mutation => (text) => (/^items:$/m.test(text) ? `${text.replace(/\n$/, '')}\n${pick(ODD_ITEMS, n)}\n` : text));

const ESCAPED_KEYS = [
  (indent: string, b: string): string => `${indent}? "host\\${b}Network"\n${indent}: true`,
  (indent: string, b: string): string => `${indent}? "host\\${b}${indent}Network"\n${indent}: true`,
  (indent: string): string => `${indent}"host\\x4eetwork": true`,
  (indent: string): string => `${indent}"\\u0068ostNetwork": true`,
  (indent: string, b: string): string => `${indent}{"host\\${b}Network": true}`,
];
const escape = fc.tuple(fc.nat(), fc.nat()).map(([e, b]): Mutation => (text) =>
  text.replace(/^( *)hostNetwork: false$/m, (_line, indent: string) => pick(ESCAPED_KEYS, e)(indent, pick(BREAKS, b))));

const payload = fc.tuple(fc.nat(), fc.nat()).map(([h, s]): Mutation => (text) =>
  text.replace(/hostNetwork: false/, `hostNetwork: ${pick(HOST_NETWORK_TRUE, h)}`).replace(/nodeSelector: .*/, `nodeSelector: ${pick(SELECTORS, s)}`));

const duplicate = fc.tuple(fc.boolean(), fc.boolean()).map(([before, pool]): Mutation => (text) => {
  const target = pool ? /^( *)nodeSelector: .*$/m : /^( *)hostNetwork: false$/m;
  const extra = pool ? 'nodeSelector: all()' : 'hostNetwork: true';
  return text.replace(target, (line, indent: string) => (before ? `${indent}${extra}\n${line}` : `${line}\n${indent}${extra}`));
});

const insertChar = fc.tuple(fc.nat(), fc.nat()).map(([at, c]): Mutation => (text) => {
  const offset = at % (text.length + 1);
  return text.slice(0, offset) + pick(SPECIAL_CHARS, c) + text.slice(offset);
});

/** The document as JSON (parsed naively from the seed's YAML is not needed: a small table). */
const json = fc.tuple(fc.nat(), fc.nat()).map(([w, h]): Mutation => (text) => {
  if (!/kind: Pod\b/.test(text) || text.includes('---')) return text;
  const ws = pick([' ', '\r', '\n', '\t', '\r\n', '\u0085', '\u2028', ''], w);
  const value = pick(['true', 'false', '"true"'], h);
  return `{"apiVersion":"v1",${ws}"kind":"Pod",${ws}"metadata":{"name":"web","namespace":"apps"},${ws}"spec":{"hostNetwork":${value}}}\n`;
});

/** `%` directives: kubectl's splitter cuts them off from the document they precede. */
const DIRECTIVES = ['%YAML 1.2\n---\n', '%YAML 1.1\n---\n', '...\n%YAML 1.2\n---\n', '%TAG !! tag:yaml.org,2002:\n---\n'];
const directive = fc.tuple(fc.nat(), fc.nat()).map(([n, d]): Mutation => (text) => {
  const markers = [0, ...[...text.matchAll(/^---\n/gm)].map((m) => m.index)];
  const at = pick(markers, n);
  const rest = text.slice(at).replace(/^---\n/, '');
  return text.slice(0, at) + pick(DIRECTIVES, d) + rest;
});

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  breakChar, commentHide, separator, bom, binary, merge, list, escape, payload, duplicate, insertChar, json, directive, oddItem,
);

export const inputArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.subarray([...SEEDS], { minLength: 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([docs, mutations]) => mutations.reduce((text, mutate) => mutate(text), docs.join('---\n')));

/** `count` inputs, the same for the same seed. */
export function generateInputs(count: number, seed: number): string[] {
  return fc.sample(inputArbitrary, { numRuns: count, seed });
}
