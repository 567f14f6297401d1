/**
 * Plain Helm values files of the tigera-operator chart (src/resources/
 * helm-values-file.ts): recognised by content on strong evidence only,
 * declared in the configuration (`helmValues`), and checked as the
 * Installation the chart renders, at the positions written in the file.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { allRules } from '../rules/index.js';
import { crdSchemaValid } from '../rules/crd-schema-valid.js';
import { ippoolValid } from '../rules/ippool-valid.js';
import { selectorYamlTag } from '../rules/selector-yaml-tag.js';
import { lintSources } from '../src/lint.js';
import { recogniseTigeraOperatorValues, rendersInstallation } from '../src/resources/helm-values-file.js';
import { REPO_ROOT, runBin, summaryOf, withoutSummary, workspace } from './helpers/cli.js';
import { makeConfig, ruleTester, yaml } from './helpers/rule-tester.js';

const CHART_VALUES = path.join(REPO_ROOT, 'test/helm-values/projectcalico-calico/charts/tigera-operator/values.yaml');

/** A user's values file as Calico's Helm guide shows it, with an infra pool. */
const USER_VALUES = yaml`
  # helm install calico projectcalico/tigera-operator -f values.yaml
  installation:
    kubernetesProvider: ""
    calicoNetwork:
      ipPools:
      - name: tenant
        cidr: 10.244.0.0/16
        encapsulation: VXLANCrossSubnet
      - name: infra
        cidr: 100.64.0.0/16
        natOutgoing: Enabled
        nodeSelector: "!all()"
  tigeraOperator:
    version: v1.38.6
`;

describe('tigera-operator values files: the evidence', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['installation.calicoNetwork with a CalicoNetworkSpec field', 'installation:\n  calicoNetwork:\n    ipPools: []\n', '`installation.calicoNetwork.ipPools`'],
    ['the chart key tigeraOperator beside installation', 'installation: {enabled: true}\ntigeraOperator: {image: tigera/operator}\n', '`tigeraOperator.image` beside `installation`'],
    ['an umbrella chart: the same under tigera-operator', 'tigera-operator:\n  installation:\n    calicoNetwork: {bgp: Disabled}\n', '`tigera-operator.installation.calicoNetwork.bgp`'],
    // Chart.yaml `dependencies: [{name: tigera-operator, alias: calico}]`: the values sit under the alias.
    ['an umbrella chart: the same under an alias, beside another dependency', 'ingress-nginx:\n  controller: {replicaCount: 2}\ncalico:\n  installation:\n    calicoNetwork: {ipPools: []}\n', '`calico.installation.calicoNetwork.ipPools`'],
    ['an umbrella chart whose other dependency has an installation key', 'app:\n  installation: {enabled: true, mode: standalone}\n', undefined],
    // Another chart's values with an `installation:` key are not read.
    ['another chart\'s installation key', 'installation:\n  enabled: true\n  mode: standalone\nimage: {repository: nginx}\n', undefined],
    ['calicoNetwork that holds no operator field', 'installation:\n  calicoNetwork: {region: eu, zones: [a]}\n', undefined],
    // A misspelt field is what crd-schema-valid reports: it must not hide the file.
    ['calicoNetwork with a misspelt operator field', 'installation:\n  calicoNetwork:\n    ipPool: []\n', '`installation.calicoNetwork.ipPool` (a misspelling of `ipPools`)'],
    ['calicoNetwork with a field in the wrong case', 'installation:\n  calicoNetwork: {IPPools: []}\n', '`installation.calicoNetwork.IPPools` (a misspelling of `ipPools`)'],
    // Calico's EKS and AKS Helm guides: `installation: {kubernetesProvider: EKS}` and nothing else.
    ['installation.kubernetesProvider alone', 'installation:\n  kubernetesProvider: EKS\n', '`installation.kubernetesProvider`'],
    ['installation.kubernetesProvider that is not a string', 'installation:\n  kubernetesProvider: {name: x}\n', undefined],
    ['the chart key defaultFelixConfiguration beside installation', 'installation: {enabled: true}\ndefaultFelixConfiguration: {enabled: true}\n', '`defaultFelixConfiguration` beside `installation`'],
    ['defaultFelixConfiguration without installation', 'defaultFelixConfiguration: {enabled: true}\n', undefined],
    ['calicoNetwork that is not a mapping', 'installation:\n  calicoNetwork: yes\n', undefined],
    ['tigeraOperator without the chart\'s fields', 'installation: {}\ntigeraOperator: {enabled: true}\n', undefined],
    ['a Kubernetes object', 'apiVersion: v1\nkind: ConfigMap\ninstallation:\n  calicoNetwork: {ipPools: []}\n', undefined],
    ['installation that is not a mapping', 'installation: calico\ntigeraOperator: {image: x}\n', undefined],
  ];
  for (const [name, text, evidence] of cases) {
    it(name, () => assert.equal(recogniseTigeraOperatorValues(parse(text))?.evidence, evidence));
  }

  it('the chart\'s own values.yaml (vendored) is recognised by its tigeraOperator key', async () => {
    const values = recogniseTigeraOperatorValues(parse(await readFile(CHART_VALUES, 'utf8'), { version: '1.1' }));
    assert.equal(values?.evidence, '`tigeraOperator.image` beside `installation`');
    assert.deepEqual(values?.installationPath, ['installation']);
  });

  it('installation.enabled as the chart\'s `{{ if .Values.installation.enabled }}` reads it', () => {
    const table: Array<[unknown, boolean]> = [
      [undefined, true], [true, true], ['true', true], ['false', true], [1, true], [{ a: 1 }, true], [[1], true],
      [false, false], [null, false], [0, false], ['', false], [{}, false], [[], false],
    ];
    for (const [enabled, renders] of table) {
      const installation = enabled === undefined ? {} : { enabled };
      assert.equal(rendersInstallation(installation), renders, JSON.stringify(enabled));
    }
  });
});

ruleTester(ippoolValid, {
  valid: [
    { name: 'a correct values file', code: USER_VALUES },
    {
      name: 'installation.enabled: false renders no Installation (custom-resources.yaml), so its pools are not checked',
      code: yaml`
        installation:
          enabled: no
          calicoNetwork:
            ipPools:
            - cidr: 10.244.0.1/16
        tigeraOperator: {image: tigera/operator}
      `,
    },
    {
      name: 'installation.enabled: false inside RKE2 HelmChartConfig values: no Installation either',
      code: yaml`
        apiVersion: helm.cattle.io/v1
        kind: HelmChartConfig
        metadata: {name: rke2-calico, namespace: kube-system}
        spec:
          valuesContent: |-
            installation:
              enabled: false
              calicoNetwork:
                ipPools:
                - cidr: 10.244.0.1/16
      `,
    },
    {
      name: 'another chart with an installation key is not read',
      code: yaml`
        installation:
          ipPools:
          - cidr: 10.244.0.1/16
      `,
    },
    {
      name: 'values in a second document: Helm reads the first only',
      code: 'a: 1\n---\ninstallation:\n  calicoNetwork:\n    ipPools:\n    - cidr: 10.244.0.1/16\n',
    },
  ],
  invalid: [
    {
      name: 'a pool with host bits set, at its line and column in the values file',
      code: USER_VALUES.replace('100.64.0.0/16', '100.64.0.1/16'),
      errors: [{
        message: 'ipPools[1].cidr "100.64.0.1/16" has host bits set: did you mean "100.64.0.0/16"? A pool CIDR must be strictly masked ' +
          '(Calico\'s IPPool validation rejects it)',
        line: 10, column: 13, endLine: 10, endColumn: 26,
      }],
    },
    {
      name: 'enabled: true and an IPPool field: the pool is checked, and `enabled` is not part of the Installation',
      code: yaml`
        installation:
          enabled: true
          calicoNetwork:
            ipPools:
            - cidr: 10.244.0.0/16
              disabled: false
      `,
      errors: [{
        message: 'ipPools[0].disabled is not a field of an Installation pool: its counterpart `disableNewAllocations` defaults to false, ' +
          'so `false` carries nothing over: delete the line',
        line: 6, column: 7, endLine: 6, endColumn: 15,
      }],
    },
    {
      name: 'an umbrella chart\'s values under tigera-operator',
      code: yaml`
        tigera-operator:
          installation:
            calicoNetwork:
              ipPools:
              - cidr: 10.244.0.0/16
                encapsulation: vxlan
      `,
      errors: [{
        message: 'ipPools[0].encapsulation "vxlan" is not valid: the values are case-sensitive. Write `encapsulation: VXLAN` (Kubernetes rejects the Installation)',
        line: 6, column: 24, endLine: 6, endColumn: 29,
      }],
    },
    {
      name: 'an umbrella chart\'s values under the tigera-operator dependency\'s alias',
      code: yaml`
        ingress-nginx:
          controller: {replicaCount: 2}
        calico:
          installation:
            calicoNetwork:
              ipPools:
              - cidr: 10.1.0.1/16
      `,
      errors: [{
        message: 'ipPools[0].cidr "10.1.0.1/16" has host bits set: did you mean "10.1.0.0/16"? A pool CIDR must be strictly masked ' +
          '(Calico\'s IPPool validation rejects it)',
        line: 7, column: 15, endLine: 7, endColumn: 26,
      }],
    },
    {
      name: 'a file declared in helmValues with a key: read without the evidence',
      code: yaml`
        calico:
          installation:
            calicoNetwork:
              pools: {}
              ipPools:
              - cidr: 10.244.0.0/33
      `,
      config: { helmValues: [{ paths: ['*.yaml'], chart: 'tigera-operator', key: 'calico' }] },
      errors: [{
        message: 'ipPools[0].cidr "10.244.0.0/33" is not a valid CIDR (the prefix length must be a number from 0 to 32). Write a network as ' +
          'address/length, e.g. "10.244.0.0/16" (the operator rejects it: "IP pool CIDR (10.244.0.0/33) is invalid: invalid CIDR address: 10.244.0.0/33")',
        line: 6, column: 15, endLine: 6, endColumn: 28,
      }],
    },
  ],
});

ruleTester(crdSchemaValid, {
  valid: [{ name: 'a correct values file', code: USER_VALUES }],
  invalid: [
    {
      name: 'a misspelt calicoNetwork field: the file is still recognised, and the typo reported where it is written',
      code: yaml`
        installation:
          kubernetesProvider: ""
          calicoNetwork:
            ipPool:
            - cidr: 10.0.0.0/16
      `,
      errors: [{
        message: 'installation.calicoNetwork.ipPool is not a field of Installation (operator.tigera.io/v1) in Calico v3.32: kubectl refuses it ' +
          '(strict field validation), and server-side apply, GitOps tools and `--validate=false` drop it with at most a warning, so its ' +
          'setting is silently lost. Did you mean `ipPools`?',
        line: 4, column: 5, endLine: 4, endColumn: 11,
      }],
    },
    {
      name: 'Calico\'s EKS Helm guide values, with the provider in the wrong case',
      code: 'installation:\n  kubernetesProvider: eks\n',
      errors: [{
        message: 'installation.kubernetesProvider is "eks", which the Installation schema of Calico v3.32 does not allow (Kubernetes refuses ' +
          'the object): use one of "", EKS, GKE, AKS, OpenShift, DockerEnterprise, RKE2, TKG, Kind (did you mean EKS?)',
        line: 2, column: 23, endLine: 2, endColumn: 26,
      }],
    },
  ],
});

ruleTester(selectorYamlTag, {
  valid: [{ name: 'a quoted selector in a values file', code: USER_VALUES }],
  invalid: [{
    name: 'an unquoted !all() in a values file',
    code: USER_VALUES.replace('nodeSelector: "!all()"', 'nodeSelector: !all()  # infra only'),
    errors: [{
      message: 'Unquoted `!all()` is a YAML tag, not a selector: `nodeSelector` is read as empty, which Calico treats as `all()` ' +
        '(every node). Quote it: `nodeSelector: "!all()"`',
      line: 12, column: 21, endLine: 12, endColumn: 27,
    }],
  }],
});

describe('tigera-operator values files with every rule', () => {
  it('the chart\'s own values.yaml gives nothing', async () => {
    const text = await readFile(CHART_VALUES, 'utf8');
    assert.deepEqual(lintSources([{ filePath: '/repo/values.yaml', text }], { config: makeConfig(), rules: allRules }), []);
  });

  it('infra pool checks and overlaps see the values file\'s pools', () => {
    const text = USER_VALUES.replace('nodeSelector: "!all()"', 'nodeSelector: all()');
    const ippool = 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: other}\nspec: {cidr: 10.244.128.0/17}\n';
    const findings = lintSources([{ filePath: '/repo/values.yaml', text }, { filePath: '/repo/pool.yaml', text: ippool }], {
      config: makeConfig({ infraPools: [{ name: 'infra', allowedNamespaces: ['ci'] }] }),
      rules: allRules,
    });
    assert.deepEqual(findings.map((f) => `${path.basename(f.filePath)}:${f.range.line}:${f.range.column} ${f.ruleId}`).sort(), [
      'pool.yaml:4:14 ippool-cidr-overlap',
      'values.yaml:12:21 ippool-infra-node-selector',
    ].sort());
  });
});

describe('tigera-operator values files on the command line', () => {
  it('the vendored chart values with a user\'s pools: each mistake at its place, and the summary counts the pools', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-values-'));
    await cp(CHART_VALUES, path.join(root, 'values.yaml'));
    const clean = runBin(['-f', 'json', '.'], { cwd: root });
    assert.equal(clean.status, 0);
    // Recognised and read (a comment names projectcalico.org): an Installation without pools.
    assert.equal(summaryOf(clean.stderr), 'calico-lint: 1 file read, 1 document parsed, 1 cluster: 0 pools and 0 workloads checked, 0 templates skipped: no problems');
    const chart = await readFile(CHART_VALUES, 'utf8');
    await writeFile(path.join(root, 'values.yaml'), chart.replace('  kubernetesProvider: ""\n',
      '  kubernetesProvider: ""\n  calicoNetwork:\n    ipPools:\n    - name: infra\n      cidr: 100.64.0.0/16\n      nodeSelector: !all()\n'));
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    assert.equal(run.status, 1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
    assert.deepEqual(result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`), ['15:21 selector-yaml-tag']);
  });

  it('Fleet HelmOp: plain values are checked at their lines; values Fleet renders per cluster are a notice (rancher/turtles b2e1223)', async () => {
    const cwd = await workspace({
      'plain.yaml': yaml`
        apiVersion: fleet.cattle.io/v1alpha1
        kind: HelmOp
        metadata: {name: calico-plain}
        spec:
          helm:
            repo: https://docs.tigera.io/calico/charts
            chart: tigera-operator
            values:
              installation:
                calicoNetwork:
                  ipPools:
                  - cidr: 10.244.0.0/16
                    encapsulation: VXLANN
      `,
      'templated.yaml': yaml`
        apiVersion: fleet.cattle.io/v1alpha1
        kind: HelmOp
        metadata: {name: calico-cni}
        spec:
          helm:
            chart: tigera-operator
            templateValues:
              installation: |-
                calicoNetwork:
                  ipPools:
                    \${- range $cidr := .ClusterValues.Cluster.spec.clusterNetwork.pods.cidrBlocks }
                    - cidr: "\${ $cidr }"
                      encapsulation: VXLAN
                    \${- end}
      `,
      'in-values.yaml': yaml`
        apiVersion: fleet.cattle.io/v1alpha1
        kind: HelmApp
        metadata: {name: calico-app, namespace: fleet-default}
        spec:
          helm:
            chart: tigera-operator
            values:
              installation:
                calicoNetwork:
                  ipPools:
                  - cidr: "\${ .ClusterValues.podCIDR }"
                    encapsulation: VXLANN
      `,
    });
    const run = runBin(['-f', 'json', '.'], { cwd });
    assert.equal(run.status, 1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    assert.deepEqual(results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}:${m.column} ${m.ruleId}`)),
      ['plain.yaml:13:28 ippool-valid']);
    const notices = run.stderr.split('\n').filter((line) => line.startsWith('calico-lint: ') && !line.includes(' files read'));
    assert.deepEqual(notices, [
      'calico-lint: in-values.yaml:8:7: HelmApp/fleet-default/calico-app `spec.helm.values.installation` holds `${ … }` templates that Fleet renders ' +
        'for each target cluster: the Installation its tigera-operator values render was not linted. Lint the values rendered for a cluster (declare a rendered copy in `helmValues`)',
      'calico-lint: templated.yaml:8:7: HelmOp/default/calico-cni `spec.helm.templateValues.installation` is a template that Fleet renders ' +
        'for each target cluster: the Installation its tigera-operator values render was not linted. Lint the values rendered for a cluster (declare a rendered copy in `helmValues`)',
    ]);
  });

  it('Azimuth\'s addon HelmRelease and Sveltos ClusterProfile values templates: a notice each, not a silent pass', async () => {
    const cwd = await workspace({
      'stackhpc.yaml': yaml`
        apiVersion: addons.stackhpc.com/v1alpha1
        kind: HelmRelease
        metadata: {name: example-cni-calico}
        spec:
          clusterName: example
          chart: {repo: https://projectcalico.docs.tigera.io/charts, name: tigera-operator, version: v3.23.3}
          valuesSources:
            - template: |
                installation:
                  calicoNetwork:
                    ipPools:
                {% for cidr in cluster.spec.clusterNetwork.pods.cidrBlocks %}
                      - cidr: {{ cidr }}
                {% endfor %}
      `,
      'sveltos.yaml': yaml`
        apiVersion: config.projectsveltos.io/v1beta1
        kind: ClusterProfile
        metadata: {name: deploy-calico}
        spec:
          helmCharts:
          - chartName: projectcalico/tigera-operator
            values: |
              installation:
                calicoNetwork:
                  ipPools:
                  {{ range $cidr := .Cluster.spec.clusterNetwork.pods.cidrBlocks }}
                    - cidr: {{ $cidr }}
                  {{ end }}
          - chartName: projectcalico/tigera-operator
            values: |
              installation:
                calicoNetwork: {bgp: Disabled}
      `,
    });
    const run = runBin(['-f', 'json', '.'], { cwd });
    assert.equal(run.status, 0);
    assert.deepEqual(withoutSummary(run.stderr).split('\n').filter(Boolean), [
      'calico-lint: stackhpc.yaml:8:7: HelmRelease/default/example-cni-calico `spec.valuesSources.0.template` is a Jinja template that the Cluster API ' +
        'addon provider renders for each cluster: its tigera-operator values were not linted. Lint the values rendered for a cluster (declare a rendered copy in `helmValues`)',
      'calico-lint: sveltos.yaml:7:5: ClusterProfile/default/deploy-calico `spec.helmCharts.0.values` is a template that Sveltos renders for each matching cluster: ' +
        'its tigera-operator values were not linted. Lint the values rendered for a cluster (declare a rendered copy in `helmValues`)',
    ]);
  });

  it('Cluster API HelmChartProxy valuesTemplate: a notice, not a silent pass', async () => {
    const cwd = await workspace({
      'calico-addon.yaml': yaml`
        apiVersion: addons.cluster.x-k8s.io/v1alpha1
        kind: HelmChartProxy
        metadata: {name: calico}
        spec:
          clusterSelector: {matchLabels: {cni: calico}}
          repoURL: https://docs.tigera.io/calico/charts
          chartName: tigera-operator
          valuesTemplate: |
            installation:
              cni:
                type: Calico
              calicoNetwork:
                bgp: Disabled
                ipPools:{{range $i, $cidr := .Cluster.spec.clusterNetwork.pods.cidrBlocks }}
                - cidr: {{ $cidr }}
                  encapsulation: VXLAN{{end}}
      `,
    });
    const run = runBin(['-f', 'json', '.'], { cwd });
    assert.equal(run.status, 0);
    assert.equal(run.stderr.split('\n')[0], 'calico-lint: calico-addon.yaml:8:3: HelmChartProxy/default/calico `spec.valuesTemplate` is a Go template ' +
      'that Cluster API renders for each cluster: its tigera-operator values were not linted. Lint the values rendered for a cluster ' +
      '(declare a rendered copy in `helmValues`)');
    assert.equal(summaryOf(run.stderr), 'calico-lint: 1 file read, 1 document parsed, 1 cluster: 0 pools and 0 workloads checked, 1 template skipped: no problems');
  });
});
