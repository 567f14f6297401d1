/**
 * Which files calico-lint's relevance gate keeps in a tree: the list the
 * relevant-parse floor (bench/baselines.mjs relevant) parses. Computed here,
 * in the bench's own process and before any measurement, with calico-lint's
 * own code: the configuration the tree holds, the rules it enables
 * (analysisGate, as the pipeline builds the gate) and textToParse, the
 * exact test every file goes through (a file is kept when some document of
 * it is left to parse). A restatement of the gate in the floor could drift
 * from the real one as rules change; loading calico-lint into the floor's
 * process would charge the floor with calico-lint's start-up. So the floor
 * gets the answer for free and is a true lower bound.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../rules/index.js';
import { analysisGate, textToParse } from '../src/analyze/prepare-analysis.js';
import { loadConfig } from '../src/config/load-config.js';
import { RULE_DESCRIPTIONS } from '../src/pipeline.js';
import { listManifests } from './list-files.mjs';

export interface RelevantFiles {
  /** Every file the floors read. */
  files: number;
  /** Paths relative to the tree of the files the gate keeps. */
  kept: string[];
}

/** `configPath`: the configuration calico-lint is given with --config (default: the one it finds in the tree). */
export async function relevantFiles(dir: string, configPath?: string): Promise<RelevantFiles> {
  const root = path.resolve(dir);
  const config = await loadConfig({ cwd: root, configPath, knownRuleIds: RULE_DESCRIPTIONS.map((rule) => rule.id) });
  const gate = analysisGate({ config, rules: allRules, quiet: false, parseAll: false });
  const files = listManifests(root);
  const kept = files.filter((file) => textToParse(readFileSync(file, 'utf8'), gate) !== undefined).map((file) => path.relative(root, file));
  return { files: files.length, kept };
}
