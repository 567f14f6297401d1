/**
 * The configuration when there is no configuration file: what the schema
 * gives for `{}` (test/config.test.ts keeps the two equal). Written out so that
 * a run without a file does not load the schema and zod.
 */
import { DEFAULT_CALICO_VERSION } from './calico-version.js';
import type { ConfigSettings } from './schema.js';
import { DEFAULT_MAX_FILE_SIZE } from '../size.js';

/** The cluster scope of the files outside every configured cluster (a name no cluster may take). */
export const DEFAULT_SCOPE = 'default';

/** A fresh copy each time: callers may keep and change it. */
export function defaultSettings(): ConfigSettings {
  return {
    defaultNamespace: 'default',
    infraPools: [],
    hostNetwork: { allow: [], allowNodeNetworkComponents: true },
    reservedCidrs: [],
    intranetCidrs: [],
    clusters: [],
    helmValues: [],
    ignores: [],
    templates: [],
    rules: {},
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    calicoVersion: DEFAULT_CALICO_VERSION,
  };
}
