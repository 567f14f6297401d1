/**
 * Inline suppression: `# calico-lint-disable-next-line` comments and the
 * `calico-lint/disable` annotation, with the engine's own checks
 * invalid-suppression and unused-suppression. Real rules where they fit,
 * synthetic ones for workloads.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ippoolInfraNodeSelector } from '../rules/ippool-infra-node-selector.js';
import { allRules } from '../rules/index.js';
import { unresolvedTagsIn } from '../src/parse/parse-manifest.js';
import { selectorYamlTag } from '../rules/selector-yaml-tag.js';
import type { ConfigFileContents } from '../src/config/schema.js';
import type { Finding } from '../src/engine/finding.js';
import type { ResourceRule, Rule } from '../src/engine/rule.js';
import { invalidSuppression, suppressionRules, unusedSuppression } from '../src/engine/suppressions.js';
import { rulesMeta, toLintResults } from '../src/format/lint-results.js';
import { lintSources } from '../src/lint.js';
import { REPO_ROOT } from './helpers/cli.js';
import { makeConfig, yaml } from './helpers/rule-tester.js';

/** Reports every resource at its name (so, for a workload, on the controller's own fields). */
const everyResource: ResourceRule = {
  meta: {
    id: 'every-resource',
    description: 'a rule used only by the suppression tests',
    remediation: 'nothing to do, it is a test',
    docsUrl: 'https://example.invalid/rule.md',
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'resource',
  },
  check(resource, context) {
    context.report({ resource, message: `saw ${resource.displayName}` });
  },
};

/**
 * Reports every unquoted YAML tag, at the tag: a second rule that fires at the same place as
 * selector-yaml-tag (ippool-infra-node-selector leaves tags to selector-yaml-tag: one mistake, one finding).
 */
const everyTag: ResourceRule = {
  meta: { ...everyResource.meta, id: 'every-tag', defaultSeverity: 'error' },
  check(resource, context) {
    for (const tag of unresolvedTagsIn(resource.doc, resource.path)) context.report({ resource, range: tag.range, message: 'a tag' });
  },
};

const RULES: readonly Rule[] = [selectorYamlTag, everyTag, everyResource];
const INFRA = { infraPools: [{ name: 'infra' }, { name: 'a' }, { name: 'b' }] };

interface Run {
  code: string;
  config?: ConfigFileContents;
  filePath?: string;
  quiet?: boolean;
  rules?: readonly Rule[];
}

function lint({ code, config, filePath = '/repo/m.yaml', quiet = false, rules = RULES }: Run): Finding[] {
  return lintSources([{ filePath, text: code }], { config: makeConfig(config), rules, quiet });
}

const at = (r: Finding['range']) => `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;

/** Reported findings in file order as `rule@line:col-endLine:endCol:severity`, with the message for the engine's checks. */
function reported(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => !f.suppressions)
    .sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column)
    .map((f) => {
      const base = `${f.ruleId}@${at(f.range)}:${f.severity}`;
      return f.ruleId === invalidSuppression.id || f.ruleId === unusedSuppression.id ? `${base} ${f.message}` : base;
    });
}

/** Suppressed findings as `rule@line:col-endLine:endCol`, followed by the justifications. */
function suppressed(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.suppressions)
    .map((f) => `${f.ruleId}@${at(f.range)} ${f.suppressions!.map((s) => `${s.kind}:${s.justification}`).join(' | ')}`);
}

interface Case extends Run {
  name: string;
  reported: string[];
  suppressed: string[];
}

const TAGGED_POOL_HEAD = yaml`
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata:
    name: infra
  spec:
    cidr: 100.64.0.0/16
`;

/** An IPPool named infra; `specLines` go under `spec:`, after its cidr. */
function taggedPool(...specLines: string[]): string {
  return TAGGED_POOL_HEAD + specLines.map((line) => (line === '' ? '\n' : `  ${line}\n`)).join('');
}

const cases: Case[] = [
  {
    name: 'a comment directive suppresses the rule it names on the next line, not another rule',
    config: INFRA,
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag -- Helm renders this line quoted',
      'nodeSelector: !all()',
    ),
    reported: ['every-resource@4:9-4:14:1', 'every-tag@8:17-8:23:2'],
    suppressed: ['selector-yaml-tag@8:17-8:23 directive:Helm renders this line quoted'],
  },
  {
    name: 'stacked directives, with a plain comment and a blank line between them, all apply to the next content line',
    config: INFRA,
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag -- reason A',
      '# an ordinary comment',
      '',
      '# calico-lint-disable-next-line every-tag -- reason B',
      'nodeSelector: !all()',
    ),
    reported: ['every-resource@4:9-4:14:1'],
    suppressed: [
      'selector-yaml-tag@11:17-11:23 directive:reason A',
      'every-tag@11:17-11:23 directive:reason B',
    ],
  },
  {
    name: 'one directive names two rules, separated by a comma',
    config: INFRA,
    rules: [selectorYamlTag, everyTag],
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag,every-tag -- both -- known',
      'nodeSelector: !all()',
    ),
    reported: [],
    suppressed: [
      'selector-yaml-tag@8:17-8:23 directive:both -- known',
      'every-tag@8:17-8:23 directive:both -- known',
    ],
  },
  {
    name: 'a directive only covers its own line: the same finding one line further is reported',
    rules: [selectorYamlTag],
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag -- reason',
      'natOutgoing: true',
      'nodeSelector: !all()',
    ),
    reported: [
      'unused-suppression@7:3-7:62:1 Unused suppression: no "selector-yaml-tag" finding on line 8 to suppress',
      'selector-yaml-tag@9:17-9:23:2',
    ],
    suppressed: [],
  },
  {
    name: 'in a multi-document file, the directive applies in its own document only',
    rules: [selectorYamlTag],
    code: yaml`
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: a
      spec:
        nodeSelector: !all()
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: b
      spec:
        # calico-lint-disable-next-line selector-yaml-tag -- b is never applied
        nodeSelector: !all()
    `,
    reported: ['selector-yaml-tag@6:17-6:23:2'],
    suppressed: ['selector-yaml-tag@14:17-14:23 directive:b is never applied'],
  },
  {
    name: 'a comment directive inside a List item',
    rules: [selectorYamlTag],
    code: yaml`
      apiVersion: v1
      kind: List
      items:
      - apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          name: a
        spec:
          # calico-lint-disable-next-line selector-yaml-tag -- reason
          nodeSelector: !all()
      - apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          name: b
        spec:
          nodeSelector: !all()
    `,
    reported: ['selector-yaml-tag@16:19-16:25:2'],
    suppressed: ['selector-yaml-tag@10:19-10:25 directive:reason'],
  },
  {
    name: 'an annotation on the object suppresses the rule it names anywhere inside, not another rule',
    config: INFRA,
    code: yaml`
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: infra
        annotations:
          calico-lint/disable: "selector-yaml-tag, every-resource -- kustomize quotes it on render"
      spec:
        nodeSelector: !all()
    `,
    reported: ['every-tag@8:17-8:23:2'],
    suppressed: [
      'selector-yaml-tag@8:17-8:23 directive:kustomize quotes it on render',
      'every-resource@4:9-4:14 directive:kustomize quotes it on render',
    ],
  },
  {
    name: "an annotation on a Deployment's pod template covers the whole workload, including the Deployment's own fields",
    code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          metadata:
            annotations:
              calico-lint/disable: every-resource -- the chart only lets us set pod annotations
          spec:
            containers: []
    `,
    reported: [],
    suppressed: ['every-resource@4:9-4:12 directive:the chart only lets us set pod annotations'],
  },
  {
    name: "an annotation on a CronJob's pod template (spec.jobTemplate.spec.template)",
    code: yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: backup
      spec:
        jobTemplate:
          spec:
            template:
              metadata:
                annotations:
                  calico-lint/disable: "every-resource -- reason"
              spec: {}
    `,
    reported: [],
    suppressed: ['every-resource@4:9-4:15 directive:reason'],
  },
  {
    name: 'an annotation in a List item covers that item only',
    rules: [selectorYamlTag],
    code: yaml`
      apiVersion: v1
      kind: List
      items:
      - apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          name: a
          annotations: {calico-lint/disable: "selector-yaml-tag -- reason"}
        spec:
          nodeSelector: !all()
      - apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          name: b
        spec:
          nodeSelector: !all()
    `,
    reported: ['selector-yaml-tag@16:19-16:25:2'],
    suppressed: ['selector-yaml-tag@10:19-10:25 directive:reason'],
  },
  {
    name: 'a comment directive without a reason is reported and suppresses nothing',
    rules: [selectorYamlTag],
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag',
      'nodeSelector: !all()',
    ),
    reported: [
      'invalid-suppression@7:3-7:52:2 Suppression without a reason: say why after " -- ", ' +
        '`# calico-lint-disable-next-line <rule-id> -- <reason>`',
      'selector-yaml-tag@8:17-8:23:2',
    ],
    suppressed: [],
  },
  {
    name: 'an empty reason after -- is no reason',
    rules: [selectorYamlTag],
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag --',
      'nodeSelector: !all()',
    ),
    reported: [
      'invalid-suppression@7:3-7:55:2 Suppression without a reason: say why after " -- ", ' +
        '`# calico-lint-disable-next-line <rule-id> -- <reason>`',
      'selector-yaml-tag@8:17-8:23:2',
    ],
    suppressed: [],
  },
  {
    name: 'a reason without the " -- " separator is no reason',
    rules: [selectorYamlTag],
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag because Helm quotes it',
      'nodeSelector: !all()',
    ),
    reported: [
      'invalid-suppression@7:3-7:75:2 Suppression without a reason: say why after " -- ", ' +
        '`# calico-lint-disable-next-line <rule-id> -- <reason>`',
      'selector-yaml-tag@8:17-8:23:2',
    ],
    suppressed: [],
  },
  {
    name: 'an annotation without a reason is reported at the annotation value',
    rules: [selectorYamlTag],
    code: yaml`
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: a
        annotations:
          calico-lint/disable: selector-yaml-tag
      spec:
        nodeSelector: !all()
    `,
    reported: [
      'invalid-suppression@6:26-6:43:2 Suppression without a reason: say why after " -- ", ' +
        '`calico-lint/disable: "<rule-id> -- <reason>"`',
      'selector-yaml-tag@8:17-8:23:2',
    ],
    suppressed: [],
  },
  {
    name: 'an unknown rule id is reported with the closest known id, and the whole directive suppresses nothing',
    config: INFRA,
    rules: [selectorYamlTag, ippoolInfraNodeSelector],
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag, ipool-infra-node-selector -- reason',
      'nodeSelector: !all()',
    ),
    reported: [
      'invalid-suppression@7:3-7:89:2 Unknown rule "ipool-infra-node-selector" in a suppression (did you mean "ippool-infra-node-selector"?)',
      'selector-yaml-tag@8:17-8:23:2',
    ],
    suppressed: [],
  },
  {
    name: 'an unknown rule id in an annotation, far from every known id',
    rules: [selectorYamlTag],
    code: yaml`
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: a
        annotations: {calico-lint/disable: "no-latest-tag -- reason"}
    `,
    reported: ['invalid-suppression@5:38-5:63:2 Unknown rule "no-latest-tag" in a suppression'],
    suppressed: [],
  },
  {
    name: 'rule ids separated by spaces, an unknown directive, a non-string annotation, and the engine ids are malformed',
    rules: [selectorYamlTag],
    code: yaml`
      # calico-lint-disable-next-line selector-yaml-tag every-resource -- reason
      # calico-lint-disable-line selector-yaml-tag -- reason
      # calico-lint-disable-next-line unused-suppression -- reason
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: a
        annotations:
          calico-lint/disable: [selector-yaml-tag]
    `,
    reported: [
      'invalid-suppression@1:1-1:75:2 Malformed suppression: "selector-yaml-tag every-resource" is not a rule id, ' +
        'separate rule ids with ", "',
      'invalid-suppression@2:1-2:55:2 Unknown directive "calico-lint-disable-line": comments support only ' +
        '`calico-lint-disable-next-line` (write `# calico-lint-disable-next-line <rule-id> -- <reason>`; ' +
        'for a whole object use the annotation `calico-lint/disable: "<rule-id> -- <reason>"`)',
      'invalid-suppression@3:1-3:61:2 "unused-suppression" cannot be suppressed by a directive: ' +
        'set its severity under `rules:` in the configuration',
      'invalid-suppression@9:26-9:45:2 Malformed suppression: the annotation must be a string, ' +
        'write `calico-lint/disable: "<rule-id> -- <reason>"`',
    ],
    suppressed: [],
  },
  {
    name: 'an empty rule id, no rule id at all, and no blank after the keyword are malformed',
    rules: [selectorYamlTag, everyResource],
    code: yaml`
      # calico-lint-disable-next-line selector-yaml-tag,, every-resource -- reason
      # calico-lint-disable-next-line -- reason
      # calico-lint-disable-next-line:selector-yaml-tag -- reason
      apiVersion: v1
      kind: ConfigMap
    `,
    reported: [
      'invalid-suppression@1:1-1:77:2 Malformed suppression: empty rule id in "selector-yaml-tag,, every-resource", ' +
        'separate rule ids with ", "',
      'invalid-suppression@2:1-2:42:2 Malformed suppression: name the rules it suppresses, ' +
        '`# calico-lint-disable-next-line <rule-id> -- <reason>`',
      'invalid-suppression@3:1-3:60:2 Malformed suppression: write `# calico-lint-disable-next-line <rule-id> -- <reason>`',
      'every-resource@5:7-5:16:1',
    ],
    suppressed: [],
  },
  {
    name: 'an unused comment directive and an unused annotation are reported at the directive',
    rules: [selectorYamlTag],
    code: yaml`
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: ok
        annotations:
          calico-lint/disable: "selector-yaml-tag -- reason"
      spec:
        # calico-lint-disable-next-line selector-yaml-tag -- reason
        nodeSelector: "!all()"
      # calico-lint-disable-next-line selector-yaml-tag -- reason
    `,
    reported: [
      'unused-suppression@6:26-6:55:1 Unused suppression: no "selector-yaml-tag" finding in "IPPool/ok" to suppress',
      'unused-suppression@8:3-8:62:1 Unused suppression: no "selector-yaml-tag" finding on line 9 to suppress',
      'unused-suppression@10:1-10:60:1 Unused suppression: no YAML content follows it',
    ],
    suppressed: [],
  },
  {
    name: 'a directive naming two rules where one suppresses nothing reports that one',
    rules: [selectorYamlTag, ippoolInfraNodeSelector],
    code: taggedPool(
      '# calico-lint-disable-next-line ippool-infra-node-selector, selector-yaml-tag -- reason',
      'nodeSelector: !all()',
    ),
    reported: [
      'unused-suppression@7:3-7:90:1 Unused suppression: no "ippool-infra-node-selector" finding on line 8 to suppress',
    ],
    suppressed: ['selector-yaml-tag@8:17-8:23 directive:reason'],
  },
  {
    name: 'a rule that did not run (off) makes no directive unused',
    rules: [selectorYamlTag],
    config: { rules: { 'selector-yaml-tag': 'off' } },
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag -- reason',
      'nodeSelector: !all()',
    ),
    reported: [],
    suppressed: [],
  },
  {
    name: 'rules: {unused-suppression: off} silences unused directives; invalid-suppression takes its severity from rules too',
    rules: [selectorYamlTag],
    config: { rules: { 'unused-suppression': 'off', 'invalid-suppression': 'warn' } },
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag -- reason',
      'natOutgoing: true',
      '# calico-lint-disable-next-line selector-yaml-tag',
      'nodeSelector: !all()',
    ),
    reported: [
      'invalid-suppression@9:3-9:52:1 Suppression without a reason: say why after " -- ", ' +
        '`# calico-lint-disable-next-line <rule-id> -- <reason>`',
      'selector-yaml-tag@10:17-10:23:2',
    ],
    suppressed: [],
  },
  {
    name: 'rules: {invalid-suppression: off} silences invalid directives, which still suppress nothing',
    rules: [selectorYamlTag],
    config: { rules: { 'invalid-suppression': 'off' } },
    code: taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag',
      'nodeSelector: !all()',
    ),
    reported: ['selector-yaml-tag@8:17-8:23:2'],
    suppressed: [],
  },
  {
    name: '--quiet drops unused-suppression (a warning), and a warning rule that did not run makes no directive unused',
    quiet: true,
    rules: [selectorYamlTag, ippoolInfraNodeSelector, everyResource],
    code: taggedPool(
      '# calico-lint-disable-next-line every-resource -- reason',
      'nodeSelector: !all()',
    ),
    reported: ['selector-yaml-tag@8:17-8:23:2'],
    suppressed: [],
  },
  {
    name: 'a # inside a quoted string or a block scalar is not a comment, so never a directive',
    rules: [selectorYamlTag],
    code: yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: notes
      data:
        quoted: "
          # calico-lint-disable-next-line selector-yaml-tag -- in a string"
        nodeSelector: !all()
        single: '
          # calico-lint-disable-next-line nope -- in a string'
        script: |
          # calico-lint-disable-next-line selector-yaml-tag -- in a block scalar
        namespaceSelector: !all()
    `,
    reported: ['selector-yaml-tag@8:17-8:23:2', 'selector-yaml-tag@13:22-13:28:2'],
    suppressed: [],
  },
  {
    name: 'a trailing comment is not a directive',
    rules: [selectorYamlTag],
    code: taggedPool(
      'natOutgoing: true # calico-lint-disable-next-line selector-yaml-tag -- trailing',
      'nodeSelector: !all()',
    ),
    reported: ['selector-yaml-tag@8:17-8:23:2'],
    suppressed: [],
  },
  {
    name: 'fatal findings are never suppressed, and a broken file reports no unused comment directive',
    rules: [selectorYamlTag],
    code: yaml`
      # calico-lint-disable-next-line selector-yaml-tag -- reason
      a: 1
      # calico-lint-disable-next-line selector-yaml-tag -- reason
      a: [2
    `,
    reported: ['null@5:1-5:2:2'],
    suppressed: [],
  },
  {
    name: 'in a file with a broken document, an unused annotation on a parsed object is still reported',
    rules: [selectorYamlTag],
    code: yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: a
        annotations: {calico-lint/disable: "selector-yaml-tag -- reason"}
      ---
      kind: [calico-lint
    `,
    reported: [
      'unused-suppression@5:38-5:67:1 Unused suppression: no "selector-yaml-tag" finding in "ConfigMap/default/a" to suppress',
      'null@8:1-8:2:2',
    ],
    suppressed: [],
  },
  {
    name: 'comments in a .json file are not directives; annotations in JSON are',
    filePath: '/repo/pools.json',
    config: INFRA,
    rules: [ippoolInfraNodeSelector],
    code: [
      '# calico-lint-disable-next-line ippool-infra-node-selector -- JSON has no comments',
      '{"apiVersion": "v1", "kind": "List", "items": [',
      '{"apiVersion": "projectcalico.org/v3", "kind": "IPPool", "metadata": {"name": "a"}, "spec": {"nodeSelector": ""}},',
      '{"apiVersion": "projectcalico.org/v3", "kind": "IPPool", "metadata": {"name": "b",',
      ' "annotations": {"calico-lint/disable": "ippool-infra-node-selector -- reason"}}, "spec": {"nodeSelector": ""}}',
      ']}',
      '',
    ].join('\n'),
    reported: ['ippool-infra-node-selector@3:110-3:112:2'],
    suppressed: ['ippool-infra-node-selector@5:108-5:110 directive:reason'],
  },
];

describe('suppressions', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const findings = lint(testCase);
      assert.deepEqual({ reported: reported(findings), suppressed: suppressed(findings) }, {
        reported: testCase.reported,
        suppressed: testCase.suppressed,
      });
    });
  }

  it('puts suppressed findings in LintResult.suppressedMessages, in ESLint\'s shape, uncounted', () => {
    const filePath = '/repo/m.yaml';
    const code = taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag -- quoted when rendered',
      'nodeSelector: !all()',
    );
    const findings = lintSources([{ filePath, text: code }], { config: makeConfig(INFRA), rules: [selectorYamlTag, everyTag] });
    const [result] = toLintResults([filePath], findings);
    const tagFinding = findings.find((f) => f.ruleId === 'selector-yaml-tag')!;
    assert.deepEqual(result, {
      filePath,
      messages: [{
        ruleId: 'every-tag', severity: 2, message: 'a tag',
        line: 8, column: 17, endLine: 8, endColumn: 23, fingerprintKey: 'IPPool/infra',
      }],
      suppressedMessages: [{
        ruleId: 'selector-yaml-tag', severity: 2, message: tagFinding.message,
        line: 8, column: 17, endLine: 8, endColumn: 23, fingerprintKey: 'IPPool/infra',
        // As in ESLint, a suppressed message keeps its fix; --fix applies only those of reported messages.
        fix: { range: tagFinding.fix!.range, text: '"!all()"' },
        suppressions: [{ kind: 'directive', justification: 'quoted when rendered' }],
      }],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it("one mistake, one finding: an unquoted !all() on an infra pool, with every rule, is covered by the README's one-line suppression", () => {
    const filePath = '/repo/m.yaml';
    const plain = taggedPool('nodeSelector: !all()');
    const findings = lintSources([{ filePath, text: plain }], { config: makeConfig(INFRA), rules: allRules });
    assert.deepEqual(reported(findings), ['selector-yaml-tag@7:17-7:23:2']);
    const code = taggedPool(
      '# calico-lint-disable-next-line selector-yaml-tag -- this is a Helm template; the chart quotes the value',
      'nodeSelector: !all()',
    );
    const suppressedRun = lintSources([{ filePath, text: code }], { config: makeConfig(INFRA), rules: allRules });
    assert.deepEqual(reported(suppressedRun), []);
    assert.deepEqual(suppressed(suppressedRun), ['selector-yaml-tag@8:17-8:23 directive:this is a Helm template; the chart quotes the value']);
  });

  it('counts nothing for a file whose findings are all suppressed', () => {
    const filePath = '/repo/m.yaml';
    const code = TAGGED_POOL_HEAD + '  nodeSelector: !all()\n';
    const annotated = code.replace('  name: infra\n', '  name: infra\n  annotations: {calico-lint/disable: "selector-yaml-tag -- r"}\n');
    const [result] = toLintResults([filePath], lintSources([{ filePath, text: annotated }], { config: makeConfig(), rules: [selectorYamlTag] }));
    assert.deepEqual([result!.messages.length, result!.suppressedMessages.length, result!.errorCount, result!.warningCount], [0, 1, 0, 0]);
  });

  it('lists invalid-suppression and unused-suppression in rulesMeta with their docs URLs', () => {
    const meta = rulesMeta(suppressionRules.map((m) => ({ meta: m })));
    assert.deepEqual(Object.keys(meta), ['invalid-suppression', 'unused-suppression']);
    assert.equal(meta['invalid-suppression']!.docs!.url, 'https://github.com/calico-lint/calico-lint/blob/main/docs/rules/invalid-suppression.md');
    assert.equal(meta['unused-suppression']!.docs!.url, 'https://github.com/calico-lint/calico-lint/blob/main/docs/rules/unused-suppression.md');
    assert.deepEqual(suppressionRules.map((m) => [m.id, m.defaultSeverity, m.scope]), [
      ['invalid-suppression', 'error', 'engine'],
      ['unused-suppression', 'warn', 'engine'],
    ]);
  });

  for (const meta of suppressionRules) {
    it(`${meta.id} has a docs page with every section`, async () => {
      const page = await readFile(path.join(REPO_ROOT, 'docs/rules', `${meta.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${meta.id}\n`));
      for (const section of ['## What it catches', '## Why it matters', '## Examples', '## How to fix', '## Options']) {
        assert.ok(page.includes(`\n${section}\n`), `${meta.id}.md lacks "${section}"`);
      }
      assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${meta.defaultSeverity} · \\*\\*Scope:\\*\\* engine · \\*\\*Fixable:\\*\\* no`));
    });
  }
});
