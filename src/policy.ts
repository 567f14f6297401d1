/**
 * `--base`: the configuration that applies (the base commit's unless
 * `--config-from head`), and the `config-loosened` findings for what the
 * change's own configuration loosens (src/engine/config-loosened.ts).
 */
import { loadPolicy, type ConfigSource } from './config/base-config.js';
import { defaultConfig } from './config/load-config.js';
import type { LintConfig } from './config/schema.js';
import { configLoosened, configLoosenings, looseningFindings } from './engine/config-loosened.js';
import type { Finding, NumericSeverity } from './engine/finding.js';
import type { Severity } from './engine/rule.js';

export interface BasePolicyRequest {
  cwd: string;
  ref: string;
  configPath?: string | undefined;
  configFrom: ConfigSource;
  /** Every rule and engine check, with its default severity. */
  rules: ReadonlyArray<{ id: string; defaultSeverity: Severity }>;
  onNotice?: (notice: string) => void;
}

export async function basePolicy(request: BasePolicyRequest): Promise<{ config: LintConfig; findings: Finding[] }> {
  const policy = await loadPolicy({ ...request, knownRuleIds: request.rules.map((rule) => rule.id) });
  if (policy.trusted) return { config: policy.config, findings: [] };
  const { head } = policy;
  const base = policy.base ?? defaultConfig(head.baseDir);
  // The base's policy says how severe a loosening is; with --config-from head it is shown, not blocking.
  const setting = base.rules[configLoosened.id] ?? configLoosened.defaultSeverity;
  if (setting === 'off') return { config: policy.config, findings: [] };
  const severity: NumericSeverity = setting === 'error' && request.configFrom === 'base' ? 2 : 1;
  const loosenings = configLoosenings(base, head, new Map(request.rules.map((rule) => [rule.id, rule.defaultSeverity])));
  if (loosenings.length === 0) return { config: policy.config, findings: [] };
  const deleted = head.filePath === undefined;
  const file = head.filePath ?? base.filePath;
  if (file === undefined) return { config: policy.config, findings: [] };
  return { config: policy.config, findings: looseningFindings(loosenings, file, severity, deleted) };
}
