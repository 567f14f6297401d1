import { calicoAtLeast } from '../src/config/calico-version.js';
import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import { INSTALLATION_API_VERSION } from '../src/resources/calico-models.js';
import { getIn } from '../src/resources/resource.js';
import { quote } from '../src/text.js';

/**
 * The Tigera operator reads exactly one Installation: the one named `default`
 * (tigera/operator pkg/controller/utils/utils.go `DefaultInstanceKey`, used by
 * pkg/controller/installation/core_controller.go and pkg/controller/ippool/pool_controller.go
 * `Reconcile`), merging the one named `overlay` over it (utils.go `OverlayInstanceKey`;
 * core_controller.go:861-877, utils/merge.go `OverrideInstallationSpec`). Any
 * other Installation is never reconciled: its pools are never created and its
 * settings never applied, without an error anywhere.
 *
 * The overlay's settings count, but not its pools: since operator v1.34
 * (Calico v3.28) IP pools are created by the IP pool controller, which reads
 * only `default` (pool_controller.go:159 at 40788b9; :151 at v1.34.0). In the
 * core controller the merged pool list is only validated.
 */
export const installationName: ResourceRule = {
  meta: {
    id: 'installation-name',
    description: 'An operator Installation must be named `default` (or `overlay`, merged over it): the operator reconciles no other.',
    remediation: 'Name the Installation `default` (metadata.name: default); put IP pools in `default`, not in `overlay`.',
    docsUrl: docsUrl('installation-name'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'resource',
    relevantText: /Installation/,
  },
  check(resource, context) {
    if (resource.kind !== 'Installation' || resource.apiVersion !== INSTALLATION_API_VERSION) return;
    const name = resource.name;
    if (name === 'default') return;
    if (name === 'overlay') {
      // The pool index leaves the overlay's pools out (src/resources/resource.ts): count the entries.
      const ipPools = getIn(resource.object, ['spec', 'calicoNetwork', 'ipPools']);
      const pools = Array.isArray(ipPools) ? ipPools.length : 0;
      if (pools === 0 || !calicoAtLeast(context.config.calicoVersion, '3.28')) return;
      context.report({
        resource,
        path: ['spec', 'calicoNetwork', 'ipPools'],
        message: `The Installation "overlay" is merged over "default" for the operator's settings, but IP pools are created by the IP pool ` +
          `controller, which reads only "default" (tigera/operator pkg/controller/ippool/pool_controller.go): ${pools === 1 ? 'this pool is' : `these ${pools} pools are`} ` +
          `never created, and nothing reports an error. Move ${pools === 1 ? 'it' : 'them'} to the Installation named "default".`,
      });
      return;
    }
    const pools = resource.pools.length;
    const lost = pools > 0
      ? `its ${pools === 1 ? 'pool is' : `${pools} pools are`} never created and its settings never applied`
      : 'its settings are never applied';
    const written = name === undefined ? 'has no metadata.name' : `is named ${quote(name)}`;
    context.report({
      resource,
      path: ['metadata', 'name'],
      message: `This Installation ${written}, but the Tigera operator reconciles only the Installation named "default" ` +
        `(and merges one named "overlay" over it): ${lost}, and nothing reports an error. Write \`metadata: {name: default}\`.`,
    });
  },
};
