/**
 * `--print-config <file>`: the configuration that applies to one file, as
 * ESLint's option of that name prints it: the configuration file used, the
 * cluster scope the file belongs to and that scope's facts, whether `ignores`
 * skips it, the policy (infra pools, hostNetwork, ranges) and every rule's
 * effective severity. JSON on standard output; nothing is linted.
 */
import path from 'node:path';
import { loadConfig } from './config/load-config.js';
import { configuredFacts } from './facts/cluster-facts.js';
import { ignoreMatcher } from './discover/find-files.js';
import { scopeMatcher } from './engine/scopes.js';
import { RULE_DESCRIPTIONS } from './pipeline.js';

export interface PrintConfigRequest {
  /** The file to describe (it need not exist: the configuration is about paths). */
  file: string;
  cwd: string;
  configPath?: string;
  quiet?: boolean;
}

export async function effectiveConfig(request: PrintConfigRequest): Promise<Record<string, unknown>> {
  const config = await loadConfig({ configPath: request.configPath, cwd: request.cwd, knownRuleIds: RULE_DESCRIPTIONS.map((rule) => rule.id) });
  const filePath = path.resolve(request.cwd, request.file);
  const cluster = scopeMatcher(config)(filePath);
  const facts = configuredFacts(config, cluster);
  const relative = (target: string): string => path.relative(request.cwd, target).split(path.sep).join('/') || '.';
  const rules = Object.fromEntries(RULE_DESCRIPTIONS.map((rule) => {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    return [rule.id, request.quiet && setting === 'warn' ? 'off' : setting];
  }));
  return {
    file: relative(filePath),
    configFile: config.filePath === undefined ? null : relative(config.filePath),
    // Where clusters[].paths and ignores are matched from.
    baseDir: relative(config.baseDir),
    cluster,
    clusterFacts: { podCidrs: facts.podCidrs ?? [], serviceCidrs: facts.serviceCidrs ?? [], nodeCidrs: facts.nodeCidrs ?? [], maxNodes: facts.maxNodes ?? null },
    ignored: ignoreMatcher(config.ignores, config.baseDir)(filePath),
    defaultNamespace: config.defaultNamespace,
    infraPools: config.infraPools,
    hostNetwork: config.hostNetwork,
    reservedCidrs: config.reservedCidrs,
    intranetCidrs: config.intranetCidrs,
    calicoVersion: config.calicoVersion,
    maxFileSize: config.maxFileSize,
    rules,
  };
}
