/**
 * A realistic GitOps repository of three clusters (fixtures/multi-cluster):
 * calico-lint must report exactly the planted mistakes — every finding
 * expected, none unexpected — and suppress exactly the two accepted ones.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin, REPO_ROOT } from './helpers/cli.js';

const FIXTURE = path.join(REPO_ROOT, 'fixtures/multi-cluster');
const RISK = "on the node's network (port clashes, no pod network policy, CVE-2020-15257).";
const FIX_NS = 'Remove the request, or add the namespace to `infraPools[].allowedNamespaces`.';
const ALLOWED = 'only "gitlab-runners", "ci-*", "logging" may use it';

const EXPECTED: Array<[string, string, string]> = [
  ['clusters/prod-a/ci/nightly.yaml:28:5', 'pool-annotation-valid',
    "`cni.projectcalico.org/ipv4pools` on a CronJob's own metadata does nothing: Calico reads it only from pods and Namespaces. " +
    'Move it to `spec.jobTemplate.spec.template.metadata.annotations`.'],
  ['clusters/prod-a/kube-system/calico-node.yaml:33:7', 'no-host-network',
    `\`hostNetwork: true\` puts DaemonSet/kube-system/kube-proxy ${RISK} Nothing in its manifest shows that it needs the node's network. ` +
    "Remove it, or list the workload in `hostNetwork.allow` if it truly needs the node's network."],
  ['clusters/prod-a/logging/fluent-bit.yaml:33:7', 'no-host-network',
    `\`hostNetwork: true\` puts DaemonSet/logging/vector ${RISK} Namespace "logging" may use infra pool "infra": ` +
    `remove hostNetwork and add \`cni.projectcalico.org/ipv4pools: '["infra"]'\` under \`spec.template.metadata.annotations\`.`],
  ['clusters/prod-a/tenants/shop.yaml:20:40', 'fixed-address-replicas',
    '`cni.projectcalico.org/ipAddrs` fixes "100.64.3.7" for every pod of this Deployment, which runs 3 pods (replicas: 3): ' +
    'only one pod can hold the address, and the others fail when their sandbox is created (Calico: "Address already assigned ' +
    'in block"). Run a single pod, or request a pool with `cni.projectcalico.org/ipv4pools` instead of a fixed address.'],
  ['clusters/prod-a/tenants/shop.yaml:20:40', 'pool-annotation-namespace',
    'Deployment/shop/storefront asks for infra pool "infra" (by address "100.64.3.7") in `cni.projectcalico.org/ipAddrs`, ' +
    `but namespace "shop" is not allowed (${ALLOWED}). ${FIX_NS}`],
  ['clusters/prod-b/calico/ippools.yaml:27:9', 'ippool-cidr-overlap',
    'IPPool "batch" (10.244.128.0/24) overlaps IPPool "tenant-ipv4" (10.244.0.0/16) at clusters/prod-b/calico/ippools.yaml:7:9 ' +
    'in cluster "prod-b". Both would hand out the same addresses; give each pool its own range.'],
  ['clusters/prod-b/calico/ippools.yaml:37:9', 'ippool-cidr-overlap',
    'IPPool "legacy" (10.96.64.0/20) overlaps reserved range 10.96.0.0/12 (`reservedCidrs`). Move the pool out of it.'],
  ['clusters/prod-b/tenants/namespaces.yaml:14:38', 'pool-annotation-namespace',
    'Namespace "reporting" asks, for every pod in it, for infra pool "infra" (by name) in `cni.projectcalico.org/ipv4pools`, ' +
    `but namespace "reporting" is not allowed (${ALLOWED}). ${FIX_NS}`],
  ['clusters/staging/calico.yaml:17:17', 'selector-yaml-tag',
    'Unquoted `!all()` is a YAML tag, not a selector: `nodeSelector` is read as empty, which Calico treats as `all()` (every node). ' +
    'Quote it: `nodeSelector: "!all()"`'],
  ['clusters/staging/calico.yaml:25:9', 'ippool-valid',
    'spec.cidr "172.16.0.1/16" has host bits set: did you mean "172.16.0.0/16"? A pool CIDR must be strictly masked ' +
    '(Calico rejects it: "IPPool CIDR is not strictly masked")'],
  ['clusters/staging/calico.yaml:35:3', 'no-host-network',
    `\`hostNetwork: true\` puts Pod/gitlab-runners/runner-debug ${RISK} Namespace "gitlab-runners" may use infra pool "infra": ` +
    `remove hostNetwork and add \`cni.projectcalico.org/ipv4pools: '["infra"]'\` under \`metadata.annotations\`.`],
];

const SUPPRESSED: Array<[string, string, string]> = [
  ['clusters/prod-a/monitoring/node-exporter.yaml:16:7', 'no-host-network',
    "node metrics need the host's network namespace; reviewed in SEC-42"],
  ['clusters/prod-b/calico/ippools.yaml:47:9', 'ippool-cidr-overlap', 'migration window, removed after CHG-7'],
];

interface Message { ruleId: string; line: number; column: number; message: string; suppressions?: Array<{ justification: string }> }
interface Result { filePath: string; messages: Message[]; suppressedMessages: Message[]; errorCount: number }

describe('multi-cluster fixture repository', () => {
  // Run from inside the fixture: paths in messages are relative to the working folder.
  const run = runBin(['--config', '../.calico-lint.yaml', '-f', 'json'], { cwd: FIXTURE });
  const results = JSON.parse(run.stdout) as Result[];
  const where = (result: Result, m: Message) => `${path.relative(FIXTURE, result.filePath)}:${m.line}:${m.column}`;

  it('exits 1 with nothing on standard error', () => {
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
  });

  it('reports exactly the planted findings, with their messages', () => {
    const actual = results.flatMap((result) => result.messages.map((m) => [where(result, m), m.ruleId, m.message]));
    assert.deepEqual(actual, EXPECTED);
  });

  it('suppresses exactly the two accepted findings, keeping their reasons', () => {
    const actual = results.flatMap((result) =>
      result.suppressedMessages.map((m) => [where(result, m), m.ruleId, m.suppressions?.[0]?.justification]));
    assert.deepEqual(actual, SUPPRESSED);
  });

  it('lints every manifest of the three clusters', () => {
    assert.equal(results.length, 11);
  });
});
