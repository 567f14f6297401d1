import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { defaultConfig, findConfigFile, loadConfig } from '../src/config/load-config.js';
import { parseConfig } from '../src/config/parse-config.js';
import { configSchema } from '../src/config/schema.js';
import { UsageError } from '../src/errors.js';

const RULES = ['selector-yaml-tag', 'ippool-infra-node-selector'];
const FILE = '/repo/.calico-lint.yaml';

function errorOf(text: string): string {
  try {
    parseConfig(text, FILE, RULES, '/repo');
  } catch (error) {
    assert.ok(error instanceof UsageError, `expected a UsageError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected the configuration to be rejected');
}

describe('parseConfig', () => {
  it('fills defaults for an empty file', () => {
    const config = parseConfig('', FILE, RULES, '/repo');
    assert.deepEqual(config, {
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
      maxFileSize: 10 * 1024 * 1024,
      calicoVersion: '3.32',
      baseDir: '/repo',
      filePath: FILE,
    });
  });

  it('reads the full schema, with `off` as a string (the config is YAML 1.2)', () => {
    const config = parseConfig(
      [
        'defaultNamespace: apps',
        'infraPools:',
        '  - name: infraestrutura',
        '    allowedNamespaces: [gitlab-runners, "ci-*"]',
        'hostNetwork:',
        '  allow:',
        '    - namespace: kube-system',
        '      name: calico-node',
        '    - namespace: monitoring',
        'reservedCidrs: [10.96.0.0/12, "fd00:10:96::/112"]',
        'intranetCidrs: [10.0.0.0/8]',
        'clusters:',
        '  - name: prod-a',
        '    paths: ["clusters/prod-a/**"]',
        'ignores: ["charts/**"]',
        'rules:',
        '  selector-yaml-tag: off',
        '  ippool-infra-node-selector: warn',
        '',
      ].join('\n'),
      FILE,
      RULES,
    );
    assert.equal(config.defaultNamespace, 'apps');
    assert.deepEqual(config.infraPools, [{ name: 'infraestrutura', allowedNamespaces: ['gitlab-runners', 'ci-*'] }]);
    assert.deepEqual(config.hostNetwork.allow, [{ namespace: 'kube-system', name: 'calico-node' }, { namespace: 'monitoring' }]);
    assert.deepEqual(config.reservedCidrs, ['10.96.0.0/12', 'fd00:10:96::/112']);
    assert.deepEqual(config.rules, { 'selector-yaml-tag': 'off', 'ippool-infra-node-selector': 'warn' });
    assert.deepEqual(config.clusters, [{ name: 'prod-a', paths: ['clusters/prod-a/**'] }]);
    assert.deepEqual(config.ignores, ['charts/**']);
  });

  it('reads calicoVersion as a minor release, with or without v and patch', () => {
    for (const [written, read] of [['"3.30"', '3.30'], ['v3.31.2', '3.31'], ['"3.29.0"', '3.29']]) {
      const config = parseConfig(`calicoVersion: ${written}\n`, FILE, RULES, '/repo');
      assert.equal(config.calicoVersion, read);
    }
  });

  it('reads JSON', () => {
    const config = parseConfig('{"infraPools": [{"name": "infra"}]}', '/repo/.calico-lint.json', RULES, '/repo');
    assert.deepEqual(config.infraPools, [{ name: 'infra', allowedNamespaces: [] }]);
  });

  const rejected: Array<[string, string, string]> = [
    ['a YAML syntax error', 'infraPools: [\n', '.calico-lint.yaml:2:1: not valid YAML or JSON here'],
    ['duplicate keys', 'rules: {}\nrules: {}\n', '.calico-lint.yaml:2:1: Duplicate key "rules" in a mapping: say each key once'],
    ['two documents', 'rules: {}\n---\nrules: {}\n', '.calico-lint.yaml:3:1: a configuration file holds one document'],
    ['a list instead of a mapping', '- a\n', '.calico-lint.yaml:1:1: must be a mapping, found a list'],
    ['an unknown top-level key, with a suggestion', 'infraPool: []\n', '.calico-lint.yaml:1:1: unknown key "infraPool" (did you mean "infraPools"?)'],
    ['an unknown key with no close match', 'banana: 1\n', '.calico-lint.yaml:1:1: unknown key "banana" (expected one of: defaultNamespace, infraPools, hostNetwork, reservedCidrs, intranetCidrs, clusters, helmValues, ignores, templates, rules, suppressibleRules, maxFileSize, calicoVersion, podCidrs, serviceCidrs, nodeCidrs, maxNodes)'],
    ['an unknown nested key', 'infraPools:\n  - name: a\n    allowedNamespace: [x]\n', '.calico-lint.yaml:3:5: unknown key "infraPools[0].allowedNamespace" (did you mean "allowedNamespaces"?)'],
    ['a string where a list belongs', 'intranetCidrs: 10.0.0.0/8\n', '.calico-lint.yaml:1:16: intranetCidrs: must be a list, found a string'],
    ['a number where a string belongs', 'infraPools: [{name: 42}]\n', '.calico-lint.yaml:1:21: infraPools[0].name: must be a string, found a number'],
    ['a missing required key', 'hostNetwork:\n  allow:\n    - name: calico-node\n', '.calico-lint.yaml:3:7: hostNetwork.allow[0].namespace: is required'],
    ['an empty string', 'infraPools: [{name: ""}]\n', '.calico-lint.yaml:1:21: infraPools[0].name: must not be empty'],
    ['an invalid namespace name', 'defaultNamespace: Default\n', '.calico-lint.yaml:1:19: defaultNamespace: must be a valid namespace name (DNS-1123 label)'],
    ['an invalid CIDR', 'reservedCidrs: [banana]\n', '.calico-lint.yaml:1:17: reservedCidrs[0]: must be a CIDR such as 10.96.0.0/12 or fd00::/108 (not a valid IP address)'],
    ['a prefix too long', 'reservedCidrs: ["fd00::/129"]\n', '.calico-lint.yaml:1:17: reservedCidrs[0]: must be a CIDR such as 10.96.0.0/12 or fd00::/108 (the prefix length must be a number from 0 to 128)'],
    ['a CIDR with host bits set', 'intranetCidrs: [10.96.0.1/12]\n', '.calico-lint.yaml:1:17: intranetCidrs[0]: has host bits set: did you mean 10.96.0.0/12?'],
    ['a cluster without paths', 'clusters: [{name: a, paths: []}]\n', '.calico-lint.yaml:1:29: clusters[0].paths: must list at least one path'],
    ['helmValues of a chart calico-lint does not read', 'helmValues: [{paths: [a.yaml], chart: cilium}]\n', '.calico-lint.yaml:1:39: helmValues[0].chart: must be one of tigera-operator, found a string'],
    ['helmValues without paths', 'helmValues: [{paths: [], chart: tigera-operator}]\n', '.calico-lint.yaml:1:22: helmValues[0].paths: must list at least one path'],
    ['an unknown severity', 'rules:\n  selector-yaml-tag: warning\n', '.calico-lint.yaml:2:22: rules.selector-yaml-tag: must be one of off | warn | error, found a string (did you mean "warn"?)'],
    ['a misspelt chart', 'helmValues: [{paths: [a.yaml], chart: tigera-operatr}]\n', '.calico-lint.yaml:1:39: helmValues[0].chart: must be one of tigera-operator, found a string (did you mean "tigera-operator"?)'],
    ['an unknown rule, with a suggestion', 'rules:\n  selector-yaml-tags: warn\n', '.calico-lint.yaml:2:3: unknown rule "selector-yaml-tags" (did you mean "selector-yaml-tag"?)'],
    ['two clusters with one name', 'clusters:\n  - {name: a, paths: [x]}\n  - {name: a, paths: [y]}\n', '.calico-lint.yaml:3:12: clusters[1].name: the same name as clusters[0].name'],
    ['a cluster named like the default scope', 'clusters:\n  - {name: default, paths: [x]}\n', '.calico-lint.yaml:2:12: clusters[0].name: "default" is reserved for the files outside every cluster; choose another name'],
    ['a Calico version written as a YAML number', 'calicoVersion: 3.30\n', '.calico-lint.yaml:1:16: calicoVersion: must be a quoted string: YAML reads it as the number 3.3, and 3.30 would become 3.3. Quote it, e.g. calicoVersion: "3.30"'],
    ['a Calico version that is not one', 'calicoVersion: latest\n', '.calico-lint.yaml:1:16: calicoVersion: must be a Calico release such as "3.30" (major.minor)'],
    ['a Calico 2 version', 'calicoVersion: "2.6"\n', '.calico-lint.yaml:1:16: calicoVersion: must be a Calico release such as "3.30" (major.minor)'],
    ['an infra pool listed twice', 'infraPools: [{name: p}, {name: p}]\n', '.calico-lint.yaml:1:32: infraPools[1].name: the same pool as infraPools[0].name'],
  ];
  for (const [name, text, expected] of rejected) {
    it(`rejects ${name}`, () => {
      const message = errorOf(text);
      if (expected.endsWith(': ')) assert.ok(message.startsWith(expected), message);
      else assert.equal(message, expected);
    });
  }

  it('lists every problem, in file order', () => {
    const message = errorOf('reservedCidrs: [banana]\ninfraPool: []\ndefaultNamespace: X\n');
    assert.deepEqual(
      message.split('\n').map((line) => line.split(': ')[0]),
      ['.calico-lint.yaml:1:17', '.calico-lint.yaml:2:1', '.calico-lint.yaml:3:19'],
    );
  });
});

describe('defaultConfig', () => {
  // Written out so that runs without a configuration file need not load zod: it must stay what the schema gives.
  it('is what the schema gives for an empty configuration', () => {
    assert.deepEqual(defaultConfig('/repo'), { ...configSchema.parse({}), baseDir: '/repo', filePath: undefined });
  });

  it('gives a fresh copy each time', () => {
    const first = defaultConfig('/repo');
    first.ignores.push('x');
    first.hostNetwork.allow.push({ namespace: 'a' });
    assert.deepEqual(defaultConfig('/repo').ignores, []);
    assert.deepEqual(defaultConfig('/repo').hostNetwork.allow, []);
  });
});

describe('loadConfig', () => {
  async function tree(files: Record<string, string>): Promise<string> {
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-config-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await writeFile(path.join(root, name), text);
    }
    return root;
  }

  it('finds the configuration from the working folder upward, relative paths from its folder', async () => {
    const root = await tree({ '.calico-lint.yaml': 'infraPools: [{name: up}]\n', 'a/b/c/x.yaml': '' });
    const found = await findConfigFile(path.join(root, 'a/b/c'));
    assert.equal(found, path.join(root, '.calico-lint.yaml'));
    const config = await loadConfig({ cwd: path.join(root, 'a/b/c'), knownRuleIds: RULES });
    assert.deepEqual(config.infraPools, [{ name: 'up', allowedNamespaces: [] }]);
    assert.equal(config.baseDir, root);
  });

  it('prefers the nearest file, and .yaml over .json in one folder', async () => {
    const root = await tree({
      '.calico-lint.yaml': 'defaultNamespace: outer\n',
      'a/.calico-lint.json': '{"defaultNamespace": "json"}',
      'a/.calico-lint.yaml': 'defaultNamespace: inner\n',
    });
    const config = await loadConfig({ cwd: path.join(root, 'a'), knownRuleIds: RULES });
    assert.equal(config.defaultNamespace, 'inner');
  });

  it('uses defaults with no file, relative to the working folder', async () => {
    const root = await tree({ 'x.yaml': '' });
    const config = await loadConfig({ cwd: root, knownRuleIds: RULES });
    assert.equal(config.filePath, undefined);
    assert.equal(config.baseDir, root);
  });

  it('takes --config relative to the working folder, and names it when it is missing', async () => {
    const root = await tree({ 'conf/lint.yaml': 'defaultNamespace: given\n' });
    const config = await loadConfig({ cwd: root, configPath: 'conf/lint.yaml', knownRuleIds: RULES });
    assert.equal(config.defaultNamespace, 'given');
    assert.equal(config.baseDir, path.join(root, 'conf'));
    await assert.rejects(
      loadConfig({ cwd: root, configPath: 'missing.yaml', knownRuleIds: RULES }),
      new UsageError('cannot read configuration missing.yaml: no such file or directory'),
    );
  });
});
