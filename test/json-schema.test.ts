/**
 * schema/calico-lint.schema.json, the JSON Schema of the configuration file:
 * current with the zod schema and the rules, a description on every key, and
 * checked by a real validator (Ajv, draft-07) against the loader itself: on
 * every configuration in fixtures/ and docs/, and on a table of good and bad
 * configurations, the schema and `parseConfig` agree on which are mistakes.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseConfig } from '../src/config/parse-config.js';
import { CIDR_PATTERN, describedKeys } from '../src/config/json-schema.js';
import { parseCidr } from '../src/net/cidr.js';
import { RULE_DESCRIPTIONS } from '../src/pipeline.js';
import { SCHEMA_FILE, schemaText } from '../scripts/build-schema.js';
import { REPO_ROOT } from './helpers/cli.js';

const schema = JSON.parse(await readFile(path.join(REPO_ROOT, SCHEMA_FILE), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const RULE_IDS = RULE_DESCRIPTIONS.map((rule) => rule.id);

/** The loader's verdict: undefined when it accepts the text, else its messages. */
function loaderProblems(text: string): string | undefined {
  try {
    parseConfig(text, path.join(REPO_ROOT, '.calico-lint.yaml'), RULE_IDS, REPO_ROOT);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The schema's verdict on the same text, read as the loader reads it (YAML 1.2). */
function schemaProblems(text: string): string | undefined {
  const data = parse(text, { version: '1.2' }) ?? {};
  return validate(data) ? undefined : JSON.stringify(validate.errors);
}

/** Configurations both must accept (`ok`) or both flag. */
const TABLE: Array<{ name: string; yaml: string; ok: boolean }> = [
  { name: 'empty file', yaml: '', ok: true },
  { name: '$schema key', yaml: '$schema: https://json.schemastore.org/calico-lint.json\n', ok: true },
  { name: 'a full configuration', ok: true, yaml: [
    'defaultNamespace: apps', 'infraPools:', '  - name: infra', '    allowedNamespaces: [ci-*]',
    'hostNetwork:', '  allow: [{ namespace: kube-system, name: calico-node }]', '  allowNodeNetworkComponents: false',
    'reservedCidrs: [10.96.0.0/12, "fd00:10:96::/112"]', 'intranetCidrs: [10.0.0.0/8, 192.168.1.1]',
    'clusters:', '  - name: prod', '    paths: [clusters/prod/**]', '    podCidrs: [10.244.0.0/16]', '    maxNodes: 40',
    'ignores: [vendor/**]', 'rules: { no-host-network: warn, pool-capacity: "off" }',
    'maxFileSize: 512 KB', 'calicoVersion: "v3.29.1"', 'serviceCidrs: ["::ffff:10.0.0.0/120"]', 'maxNodes: 3',
  ].join('\n') },
  { name: 'maxFileSize as a number of bytes', yaml: 'maxFileSize: 1048576\n', ok: true },
  { name: 'maxFileSize 10mib', yaml: 'maxFileSize: 10mib\n', ok: true },
  { name: 'unknown top-level key (a typo)', yaml: 'infraPool:\n  - name: infra\n', ok: false },
  { name: 'unknown nested key', yaml: 'infraPools:\n  - name: infra\n    allowedNamespace: [ci]\n', ok: false },
  { name: 'unknown key in hostNetwork', yaml: 'hostNetwork:\n  allowed: []\n', ok: false },
  { name: 'unknown rule id', yaml: 'rules:\n  no-hostnetwork: error\n', ok: false },
  { name: 'severity not off, warn or error', yaml: 'rules:\n  no-host-network: warning\n', ok: false },
  { name: 'numeric severity', yaml: 'rules:\n  no-host-network: 2\n', ok: false },
  { name: 'infra pool without a name', yaml: 'infraPools:\n  - allowedNamespaces: [ci]\n', ok: false },
  { name: 'empty pool name', yaml: 'infraPools:\n  - name: ""\n', ok: false },
  { name: 'infraPools as a mapping', yaml: 'infraPools:\n  name: infra\n', ok: false },
  { name: 'namespace not a DNS label', yaml: 'defaultNamespace: Apps\n', ok: false },
  { name: 'not a CIDR', yaml: 'reservedCidrs: [10.96.0.0/33]\n', ok: false },
  { name: 'a name where a CIDR goes', yaml: 'intranetCidrs: [office]\n', ok: false },
  { name: 'IPv6 prefix too long', yaml: 'reservedCidrs: ["fd00::/129"]\n', ok: false },
  { name: 'octet with a leading zero', yaml: 'reservedCidrs: [10.096.0.0/16]\n', ok: false },
  { name: 'cluster without paths', yaml: 'clusters:\n  - name: prod\n', ok: false },
  { name: 'cluster with no path', yaml: 'clusters:\n  - name: prod\n    paths: []\n', ok: false },
  { name: 'cluster named like the default scope', yaml: 'clusters:\n  - name: default\n    paths: [a/**]\n', ok: false },
  { name: 'maxNodes zero', yaml: 'maxNodes: 0\n', ok: false },
  { name: 'maxNodes not whole', yaml: 'clusters:\n  - name: p\n    paths: [p]\n    maxNodes: 2.5\n', ok: false },
  { name: 'maxFileSize with an unknown unit', yaml: 'maxFileSize: 10 TB\n', ok: false },
  { name: 'maxFileSize zero', yaml: 'maxFileSize: 0\n', ok: false },
  { name: 'calicoVersion unquoted (YAML reads 3.30 as 3.3)', yaml: 'calicoVersion: 3.30\n', ok: false },
  { name: 'calicoVersion not Calico 3', yaml: 'calicoVersion: "2.6"\n', ok: false },
  { name: 'allowNodeNetworkComponents not a boolean', yaml: 'hostNetwork:\n  allowNodeNetworkComponents: "no"\n', ok: false },
  { name: 'ignores holding an empty glob', yaml: 'ignores: [""]\n', ok: false },
  { name: 'the file is a list', yaml: '- infraPools\n', ok: false },
  { name: 'helmValues of a chart calico-lint does not read', yaml: 'helmValues:\n  - paths: [values.yaml]\n    chart: calico\n', ok: false },
  { name: 'helmValues of tigera-operator', yaml: 'helmValues:\n  - paths: [values.yaml]\n    chart: tigera-operator\n    key: calico\n', ok: true },
];

/** What only the loader can tell: JSON Schema has no notion of these (so editors do not flag them; calico-lint does). */
const LOADER_ONLY: Array<{ name: string; yaml: string; why: RegExp }> = [
  { name: 'host bits set', yaml: 'reservedCidrs: [10.96.0.1/12]\n', why: /host bits set/ },
  { name: 'two clusters with one name', yaml: 'clusters:\n  - name: p\n    paths: [a]\n  - name: p\n    paths: [b]\n', why: /the same name/ },
  { name: 'one infra pool listed twice', yaml: 'infraPools:\n  - name: infra\n  - name: infra\n', why: /the same pool/ },
];

describe('JSON Schema of the configuration', () => {
  it(`${SCHEMA_FILE} is current (run \`node --import tsx scripts/build-schema.ts\`)`, async () => {
    assert.equal(await readFile(path.join(REPO_ROOT, SCHEMA_FILE), 'utf8'), schemaText());
  });

  it('describes every key, and lists every rule id with its description', () => {
    const keys = describedKeys(schema);
    assert.ok(keys.length > 20);
    assert.deepEqual(keys.filter(([, described]) => !described).map(([key]) => key), [], 'keys without a description');
    const rules = (schema.properties as Record<string, { properties: Record<string, { description: string }> }>).rules!.properties;
    assert.deepEqual(Object.keys(rules), RULE_IDS);
    assert.match(rules['no-host-network']!.description, /hostNetwork.*\(default: error\)$/s);
  });

  it('accepts every configuration in fixtures/ and docs/, as the loader does', async () => {
    const texts: Array<[string, string]> = [];
    for (const file of await readdir(path.join(REPO_ROOT, 'fixtures'), { recursive: true })) {
      if (/(^|\/)\.calico-lint\.(ya?ml|json)$/.test(file)) texts.push([`fixtures/${file}`, await readFile(path.join(REPO_ROOT, 'fixtures', file), 'utf8')]);
    }
    // The YAML examples of the configuration documentation that are whole configuration files.
    const docs = await readFile(path.join(REPO_ROOT, 'docs/configuration.md'), 'utf8');
    for (const [, block] of docs.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      if (/^(infraPools|clusters|rules|hostNetwork|reservedCidrs|defaultNamespace):/m.test(block!) && loaderProblems(block!) === undefined) {
        texts.push(['docs/configuration.md', block!]);
      }
    }
    assert.ok(texts.length >= 2, `configurations found: ${texts.length}`);
    for (const [name, text] of texts) {
      assert.equal(loaderProblems(text), undefined, name);
      assert.equal(schemaProblems(text), undefined, name);
    }
  });

  for (const row of TABLE) {
    it(`${row.ok ? 'accepts' : 'flags'}, like the loader: ${row.name}`, () => {
      const loader = loaderProblems(row.yaml);
      const schemaVerdict = schemaProblems(row.yaml);
      assert.equal(loader === undefined, row.ok, `loader: ${loader}`);
      assert.equal(schemaVerdict === undefined, row.ok, `schema: ${schemaVerdict}`);
    });
  }

  for (const row of LOADER_ONLY) {
    it(`leaves to the loader what JSON Schema cannot express: ${row.name}`, () => {
      assert.match(loaderProblems(row.yaml) ?? '', row.why);
      assert.equal(schemaProblems(row.yaml), undefined);
    });
  }

  // One difference, on purpose: an IPv4 tail of an IPv6 address with a leading zero (`::1.02.3.4`), which
  // ipaddr.js accepts and Go's net.ParseIP (Calico's) rejects. The schema follows Calico; the generator leaves it out.
  it('the CIDR pattern accepts exactly the texts the loader reads as an address or CIDR', () => {
    const pattern = new RegExp(CIDR_PATTERN);
    const tailOctet = fc.oneof(fc.integer({ min: 0, max: 255 }).map(String), fc.constantFrom('256', '300', ''));
    const tail = fc.tuple(tailOctet, tailOctet, tailOctet, tailOctet).map((parts) => parts.join('.'));
    const octet = fc.oneof(fc.integer({ min: 0, max: 255 }).map(String), fc.constantFrom('256', '01', '300', ''));
    const v4 = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
    const group = fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 1, maxLength: 4 }), fc.constantFrom('', '12345', 'g'));
    const v6 = fc.oneof(
      fc.array(group, { minLength: 2, maxLength: 9 }).map((groups) => groups.join(':')),
      fc.tuple(fc.array(group, { maxLength: 4 }), fc.array(group, { maxLength: 4 })).map(([a, b]) => `${a.join(':')}::${b.join(':')}`),
      fc.tuple(fc.array(group, { maxLength: 6 }), tail).map(([a, b]) => `${a.join(':')}${a.length ? ':' : '::'}${b}`),
    );
    const prefix = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 140 }).map((n) => `/${n}`), fc.constantFrom('/', '/01', '/x'));
    fc.assert(fc.property(fc.oneof(v4, v6), prefix, (address, suffix) => {
      const text = address + suffix;
      const parsed = parseCidr(text);
      assert.equal(pattern.test(text), parsed.ok, `${JSON.stringify(text)}: loader ${parsed.ok}`);
    }), { numRuns: 3000 });
    assert.equal(pattern.test('::1.02.3.4'), false);
  });
});
