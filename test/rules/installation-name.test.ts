import { installationName } from '../../rules/installation-name.js';
import { ruleTester } from '../helpers/rule-tester.js';

const installation = (metadata: string, spec = '{}') =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: ${metadata}\nspec: ${spec}\n`;
const RECONCILES = 'but the Tigera operator reconciles only the Installation named "default" (and merges one named "overlay" over it)';
/**
 * tigera/operator at 40788b9 (August 2026): pkg/controller/utils/utils.go:73-75 (DefaultInstanceKey,
 * OverlayInstanceKey); pkg/controller/installation/core_controller.go:861-877 merges "overlay" over
 * "default" (utils/merge.go OverrideInstallationSpec; mergeCalicoNetwork replaces the whole ipPools
 * list, merge.go:324-330) and validates the result; pkg/controller/ippool/pool_controller.go:159
 * reads only "default" (at v1.34.0, the first release with that controller, line 151). In release-v1.43
 * (Calico v3.32, the default calicoVersion) the overlay merge is core_controller.go:937-953, the read
 * pool_controller.go:159; release-v1.33 (Calico v3.27) has no pkg/controller/ippool.
 */
const OVERLAY_POOLS = 'never created, and nothing reports an error. Move them to the Installation named "default".';
const overlayAndDefault = `${installation('{name: default}', '{calicoNetwork: {ipPools: [{name: default-ipv4-ippool, cidr: 10.244.0.0/16}]}}')}---
${installation('{name: overlay}', '{calicoNetwork: {ipPools: [{name: default-ipv4-ippool, cidr: 10.244.0.0/16, natOutgoing: Disabled}]}}')}`;

ruleTester(installationName, {
  valid: [
    { name: 'the Installation named default (utils.go:73)', code: installation('{name: default}', '{calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16}]}}') },
    { name: 'the overlay, with settings only (merged over default: core_controller.go:861-877)', code: installation('{name: overlay}', '{registry: quay.io/, calicoNetwork: {mtu: 1400}}') },
    { name: 'the overlay with pools before v3.28: the core controller rendered the merged spec (release-v1.33 has no pkg/controller/ippool)', config: { calicoVersion: '3.27' }, code: installation('{name: overlay}', '{calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16}]}}') },
    { name: 'an Installation of another API group', code: 'apiVersion: example.com/v1\nkind: Installation\nmetadata: {name: x}\n' },
  ],
  invalid: [
    {
      name: 'an Installation under another name, with pools (utils.go:73 DefaultInstanceKey)',
      code: installation('{name: calico}', '{calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16}, {cidr: "fd00::/48"}]}}'),
      errors: [{
        message: `This Installation is named "calico", ${RECONCILES}: its 2 pools are never created and its settings never ` +
          'applied, and nothing reports an error. Write `metadata: {name: default}`.',
        line: 3, column: 18, endLine: 3, endColumn: 24,
      }],
    },
    {
      name: 'the overlay with pools: the IP pool controller reads only default (v3.28+, pool_controller.go:159)',
      code: installation('{name: overlay}', '\n  calicoNetwork:\n    ipPools: [{cidr: 10.0.0.0/16}, {cidr: "fd00::/48"}]'),
      errors: [{
        message: 'The Installation "overlay" is merged over "default" for the operator\'s settings, but IP pools are created by the IP pool controller, ' +
          `which reads only "default" (tigera/operator pkg/controller/ippool/pool_controller.go): these 2 pools are ${OVERLAY_POOLS}`,
        line: 6, column: 14, endLine: 6, endColumn: 56,
      }],
    },
    {
      name: 'one pool in the overlay (also the same name as default\'s: no duplicate, the overlay\'s pools are not indexed)',
      code: overlayAndDefault,
      errors: [{
        message: 'The Installation "overlay" is merged over "default" for the operator\'s settings, but IP pools are created by the IP pool controller, ' +
          'which reads only "default" (tigera/operator pkg/controller/ippool/pool_controller.go): this pool is never created, and nothing reports an error. ' +
          'Move it to the Installation named "default".',
        line: 9, column: 33, endLine: 9, endColumn: 106,
      }],
    },
    {
      name: 'an Installation without a name',
      code: installation('{labels: {a: b}}'),
      errors: [{
        message: `This Installation has no metadata.name, ${RECONCILES}: its settings are never applied, and nothing reports ` +
          'an error. Write `metadata: {name: default}`.',
        line: 3, column: 1, endLine: 3, endColumn: 9,
      }],
    },
  ],
});
