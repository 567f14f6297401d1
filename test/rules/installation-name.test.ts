import { installationName } from '../../rules/installation-name.js';
import { ruleTester } from '../helpers/rule-tester.js';

const installation = (metadata: string, spec = '{}') =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: ${metadata}\nspec: ${spec}\n`;
const RECONCILES = 'but the Tigera operator reconciles only the Installation named "default"';

ruleTester(installationName, {
  valid: [
    { name: 'the Installation named default', code: installation('{name: default}', '{calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16}]}}') },
    { name: 'an Installation of another API group', code: 'apiVersion: example.com/v1\nkind: Installation\nmetadata: {name: x}\n' },
  ],
  invalid: [
    {
      name: 'an Installation under another name, with pools',
      code: installation('{name: calico}', '{calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16}, {cidr: "fd00::/48"}]}}'),
      errors: [{
        message: `This Installation is named "calico", ${RECONCILES}: its 2 pools are never created and its settings never ` +
          'applied, and nothing reports an error. Write `metadata: {name: default}`.',
        line: 3, column: 18, endLine: 3, endColumn: 24,
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
