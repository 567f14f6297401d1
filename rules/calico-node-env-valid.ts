import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import { CALICO_NODE_ENV_READS, calicoNodeEnvProblems } from '../src/facts/calico-node-env.js';

/**
 * calico-node validates its pool variables at every start, before it looks at
 * the pools, and exits on a bad value (node/pkg/lifecycle/startup/startup.go,
 * configureIPPools, 903-1033 in v3.32.1, 905-1035 on master): an IPv6 CIDR in CALICO_IPV4POOL_CIDR,
 * a block size out of range, a selector that does not parse, NO_DEFAULT_POOLS
 * together with a CIDR. The checks live in src/facts/calico-node-env.ts.
 */
export const calicoNodeEnvValid: ResourceRule = {
  meta: {
    id: 'calico-node-env-valid',
    description: 'calico-node\'s `CALICO_IPV4POOL_*` / `CALICO_IPV6POOL_*` and `NO_DEFAULT_POOLS` must hold values calico-node accepts: it exits on a bad one at every start.',
    remediation: 'Fix the value (a CIDR of the variable\'s family, a block size in 20..32 or 116..128, a valid selector), or remove the CIDR when NO_DEFAULT_POOLS is true.',
    docsUrl: docsUrl('calico-node-env-valid'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'resource',
    relevantText: /CALICO_IPV[46]POOL_|NO_DEFAULT_POOLS/,
    reads: CALICO_NODE_ENV_READS,
  },
  check(resource, context) {
    for (const template of resource.podTemplates) {
      for (const problem of calicoNodeEnvProblems(template, context.config.calicoVersion)) {
        context.report({
          resource,
          path: problem.path,
          message: `${problem.reason}. calico-node exits at every start on this value, pools or not (node/pkg/lifecycle/startup/startup.go, ` +
            'configureIPPools): every calico-node pod crash-loops and no node gets pod networking.',
        });
      }
    }
  },
};
