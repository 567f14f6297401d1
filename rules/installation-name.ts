import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import { INSTALLATION_API_VERSION } from '../src/resources/calico-models.js';
import { quote } from '../src/text.js';

/**
 * The Tigera operator reads exactly one Installation: the one named `default`
 * (tigera/operator pkg/controller/utils/utils.go `DefaultInstanceKey`, used by
 * pkg/controller/installation/core_controller.go and pkg/controller/ippool/pool_controller.go
 * `Reconcile`). Any other Installation is never reconciled: its pools are
 * never created and its settings never applied, without an error anywhere.
 */
export const installationName: ResourceRule = {
  meta: {
    id: 'installation-name',
    description: 'An operator Installation must be named `default`: the operator reconciles no other.',
    remediation: 'Name the Installation `default` (metadata.name: default).',
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
    const pools = resource.pools.length;
    const lost = pools > 0
      ? `its ${pools === 1 ? 'pool is' : `${pools} pools are`} never created and its settings never applied`
      : 'its settings are never applied';
    const written = name === undefined ? 'has no metadata.name' : `is named ${quote(name)}`;
    context.report({
      resource,
      path: ['metadata', 'name'],
      message: `This Installation ${written}, but the Tigera operator reconciles only the Installation named "default": ` +
        `${lost}, and nothing reports an error. Write \`metadata: {name: default}\`.`,
    });
  },
};
