/**
 * Validates configuration text against the schema (zod/mini). Every mistake
 * becomes a UsageError naming the file, line, column and key.
 */
import path from 'node:path';
import type * as z from 'zod/mini';
import { parseManifest } from '../parse/parse-manifest.js';
import type { Path, SourceDocument } from '../parse/source.js';
import { closest, echo, quote } from '../text.js';
import { configSchema, DEFAULT_SCOPE, type LintConfig } from './schema.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../choices.js';
import { displayPath } from './load-config.js';

/** Validates configuration text; throws UsageError listing every problem with its position. */
export function parseConfig(
  text: string,
  filePath: string,
  knownRuleIds: readonly string[],
  cwd = process.cwd(),
): LintConfig {
  const shown = displayPath(filePath, cwd);
  const parsed = parseManifest(filePath, text, { yamlVersion: '1.2' });
  const problem = parsed.problems[0];
  if (problem) {
    // The parser's messages can quote the file (a key, an anchor, a tag): only the position is shown.
    throw new UsageError(`${shown}:${problem.range.line}:${problem.range.column}: ${configSyntaxProblem(problem.message)}`);
  }
  if (parsed.documents.length > 1) {
    const second = parsed.documents[1]!.locate([]);
    throw new UsageError(`${shown}:${second.line}:${second.column}: a configuration file holds one document`);
  }
  const doc = parsed.documents[0];
  const data = doc?.value ?? {};
  const result = configSchema.safeParse(data);
  const messages: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) messages.push(describeIssue(issue, data, doc, shown));
  } else {
    messages.push(...checkSemantics(result.data, knownRuleIds, doc, shown));
  }
  if (messages.length > 0) throw new UsageError(sortByPosition(messages).join('\n'));
  return { ...result.data!, baseDir: path.dirname(filePath), filePath };
}

/** Messages start with `file:line:column:`; list them in file order. */
function sortByPosition(messages: string[]): string[] {
  const position = (message: string): number[] => (/:(\d+):(\d+):/.exec(message) ?? []).slice(1).map(Number);
  return messages
    .flatMap((message) => message.split('\n'))
    .sort((a, b) => {
      const [la = 0, ca = 0] = position(a);
      const [lb = 0, cb = 0] = position(b);
      return la - lb || ca - cb;
    });
}

function checkSemantics(
  config: z.output<typeof configSchema>,
  knownRuleIds: readonly string[],
  doc: SourceDocument | undefined,
  shown: string,
): string[] {
  const messages: string[] = [];
  for (const ruleId of Object.keys(config.rules)) {
    if (!knownRuleIds.includes(ruleId)) {
      const suggestion = closest(ruleId, knownRuleIds);
      messages.push(
        at(doc, shown, ['rules', ruleId], 'key') +
          `unknown rule ${quote(ruleId)}` +
          (suggestion ? ` (did you mean ${quote(suggestion)}?)` : ''),
      );
    }
  }
  (config.suppressibleRules ?? []).forEach((ruleId, i) => {
    if (knownRuleIds.includes(ruleId)) return;
    const suggestion = closest(ruleId, knownRuleIds);
    messages.push(at(doc, shown, ['suppressibleRules', i]) + `unknown rule ${quote(ruleId)}` + (suggestion ? ` (did you mean ${quote(suggestion)}?)` : ''));
  });
  const seenClusters = new Map<string, number>();
  config.clusters.forEach((cluster, i) => {
    if (cluster.name === DEFAULT_SCOPE) {
      messages.push(at(doc, shown, ['clusters', i, 'name']) + `clusters[${i}].name: ${quote(DEFAULT_SCOPE)} is reserved for the files outside every cluster; choose another name`);
    } else if (seenClusters.has(cluster.name)) {
      messages.push(at(doc, shown, ['clusters', i, 'name']) + `clusters[${i}].name: the same name as clusters[${seenClusters.get(cluster.name)}].name`);
    } else {
      seenClusters.set(cluster.name, i);
    }
  });
  const seenPools = new Map<string, number>();
  config.infraPools.forEach((pool, i) => {
    if (seenPools.has(pool.name)) {
      messages.push(at(doc, shown, ['infraPools', i, 'name']) + `infraPools[${i}].name: the same pool as infraPools[${seenPools.get(pool.name)}].name`);
    } else {
      seenPools.set(pool.name, i);
    }
  });
  return messages;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, doc: SourceDocument | undefined, shown: string): string {
  const issuePath = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => {
        const keyPath = [...issuePath, key];
        // `$schema` is for editors: accepted, not worth suggesting.
        const known = Object.keys(shapeAt(issuePath)).filter((name) => name !== '$schema');
        const suggestion = closest(key, known);
        return (
          at(doc, shown, keyPath, 'key') +
          `unknown key ${quote(renderPath(keyPath))}` +
          (suggestion ? ` (did you mean ${quote(suggestion)}?)` : known.length ? ` (expected one of: ${known.join(', ')})` : '')
        );
      })
      .join('\n');
  }
  // Keys come from the (possibly untrusted) configuration file: escape them.
  const where = at(doc, shown, issuePath) + (issuePath.length ? `${echo(renderPath(issuePath), 200)}: ` : '');
  if (issue.code === 'invalid_type' && valueAt(data, issuePath) === undefined) {
    return `${where}is required`;
  }
  if (issue.code === 'invalid_type') {
    return `${where}must be ${article(issue.expected)}, found ${describeValue(valueAt(data, issuePath))}`;
  }
  if (issue.code === 'invalid_value') {
    // The value itself is never echoed (a configuration may hold secrets); the choice it is near is ours.
    const value = valueAt(data, issuePath);
    const choices = issue.values.map((v) => String(v));
    return `${where}must be one of ${choices.join(' | ')}, found ${describeValue(value)}${didYouMean(value, choices)}`;
  }
  return `${where}${issue.message}`;
}

/** The keys the schema allows at a path (for "did you mean"). */
function shapeAt(issuePath: readonly (string | number)[]): Record<string, unknown> {
  let schema: unknown = configSchema;
  for (const segment of issuePath) {
    schema = unwrap(schema);
    if (typeof segment === 'number') schema = (schema as { def?: { element?: unknown } }).def?.element;
    else schema = (schema as { shape?: Record<string, unknown> }).shape?.[segment];
  }
  schema = unwrap(schema);
  return (schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
}

function unwrap(schema: unknown): unknown {
  let current = schema as { unwrap?: () => unknown; def?: { innerType?: unknown } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}

function at(doc: SourceDocument | undefined, shown: string, keyPath: Path, part: 'key' | 'value' = 'value'): string {
  if (!doc) return `${shown}: `;
  const range = doc.locate(keyPath, part);
  return `${shown}:${range.line}:${range.column}: `;
}

function renderPath(keyPath: readonly (string | number)[]): string {
  return keyPath
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}

function valueAt(data: unknown, keyPath: readonly (string | number)[]): unknown {
  let current = data;
  for (const segment of keyPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * What a value is, never what it says: the configuration can come from
 * outside the repository (--config), and its values must not reach a log.
 */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value;
}

/** A syntax problem in the configuration, in words that quote nothing from the file. */
export function configSyntaxProblem(message: string): string {
  // Key names may be shown; the rest of the parser's wording is about manifests.
  if (message.startsWith('Duplicate key')) return message.replace(/: kubectl rejects the whole document$/, '');
  if (message.startsWith('Nested deeper')) return 'nested too deeply';
  if (message.startsWith('More than')) return 'too many values';
  return 'not valid YAML or JSON here';
}

function article(expected: string): string {
  switch (expected) {
    case 'array': return 'a list';
    case 'object': return 'a mapping';
    case 'string': return 'a string';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    default: return expected;
  }
}
