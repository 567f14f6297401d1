import { poolAnnotationNamespace } from '../../rules/pool-annotation-namespace.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const config = {
  infraPools: [
    { name: 'infra', allowedNamespaces: ['gitlab-runners', 'ci-*'] },
    { name: 'infra6', allowedNamespaces: ['logging'] },
    { name: 'locked', allowedNamespaces: [] },
  ],
};

const POOLS = yaml`
  apiVersion: crd.projectcalico.org/v1
  kind: IPPool
  metadata: {name: infra}
  spec: {cidr: 100.64.0.0/16, nodeSelector: "!all()"}
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: {name: infra6}
  spec: {cidr: "fd00:64::/64", nodeSelector: "!all()"}
  ---
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: {name: tenant}
  spec: {cidr: 10.244.0.0/16}
  ---
`;

const FIX = 'Remove the request, or add the namespace to `infraPools[].allowedNamespaces`.';

ruleTester(poolAnnotationNamespace, {
  valid: [
    {
      name: 'an allowed namespace, by name, by glob, on a Pod and on a template',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: runner
          namespace: gitlab-runners
          annotations: {cni.projectcalico.org/ipv4pools: '["infra"]'}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: nightly, namespace: ci-nightly}
        spec:
          template:
            metadata:
              annotations: {cni.projectcalico.org/ipv4pools: '["100.64.0.0/16"]'}
      `,
    },
    {
      name: 'a tenant namespace asking for a tenant pool',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: tenant-a
          annotations: {cni.projectcalico.org/ipv4pools: '["tenant", "10.244.0.0/16"]', cni.projectcalico.org/ipAddrs: '["10.244.3.4"]'}
      `,
    },
    {
      name: 'an infra pool in ipv4pools beside ipAddrs: the CNI plugin ignores ipv4pools and takes the tenant address',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: tenant-a
          annotations: {cni.projectcalico.org/ipv4pools: '["infra"]', cni.projectcalico.org/ipAddrs: '["10.244.3.4"]'}
      `,
    },
    {
      name: 'an allowed Namespace annotation, and an IPv6 infra pool in its namespace',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: logging
          annotations: {cni.projectcalico.org/ipv6pools: '["fd00:64::/64"]'}
      `,
    },
    {
      name: "a controller's own metadata is ignored by Calico (another rule reports it)",
      config,
      code: POOLS + yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: tenant-a
          annotations: {cni.projectcalico.org/ipv4pools: '["infra"]'}
        spec: {template: {spec: {}}}
      `,
    },
    {
      name: 'malformed values are left to pool-annotation-valid',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: tenant-a
          annotations:
            cni.projectcalico.org/ipv4pools: “["infra"]"
      `,
    },
    {
      name: 'a CIDR inside an infra pool but not equal to it asks for no pool (Calico needs the exact CIDR)',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: tenant-a
          annotations: {cni.projectcalico.org/ipv4pools: '["100.64.1.0/24"]'}
      `,
    },
    {
      name: 'without infraPools in the configuration nothing is reserved',
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations: {cni.projectcalico.org/ipv4pools: '["infra"]'}
      `,
    },
  ],
  invalid: [
    {
      name: 'a Pod in a tenant namespace asking by name',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: tenant-a
          annotations:
            cni.projectcalico.org/ipv4pools: '["infra"]'
      `,
      errors: [{
        message:
          'Pod/tenant-a/web asks for infra pool "infra" (by name) in `cni.projectcalico.org/ipv4pools`, but namespace "tenant-a" ' +
          `is not allowed (only "gitlab-runners", "ci-*" may use it). ${FIX}`,
        line: 22, column: 38, endLine: 22, endColumn: 49,
      }],
    },
    {
      name: 'a Deployment template without namespace (defaultNamespace) asking by CIDR',
      config,
      code: POOLS + yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipv4pools: '["100.64.0.0/16"]'
      `,
      errors: [{
        message:
          'Deployment/default/web asks for infra pool "infra" (by CIDR "100.64.0.0/16") in `cni.projectcalico.org/ipv4pools`, ' +
          `but namespace "default" is not allowed (only "gitlab-runners", "ci-*" may use it). ${FIX}`,
        line: 23, column: 42, endLine: 23, endColumn: 61,
      }],
    },
    {
      name: 'a CronJob template asking for an address inside the infra pool',
      config,
      code: POOLS + yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: report, namespace: tenant-b}
        spec:
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations: {cni.projectcalico.org/ipAddrs: '["100.64.7.9"]'}
      `,
      errors: [{
        message:
          'CronJob/tenant-b/report asks for infra pool "infra" (by address "100.64.7.9") in `cni.projectcalico.org/ipAddrs`, ' +
          `but namespace "tenant-b" is not allowed (only "gitlab-runners", "ci-*" may use it). ${FIX}`,
        line: 24, column: 56, endLine: 24, endColumn: 72,
      }],
    },
    {
      name: 'IPv4-mapped IPv6 notation is IPv4 to Calico: an address and a CIDR of the infra pool',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          namespace: shop
          annotations:
            cni.projectcalico.org/ipAddrs: '["::ffff:100.64.7.9"]'
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          annotations:
            cni.projectcalico.org/ipv4pools: '["::ffff:100.64.0.0/112"]'
      `,
      errors: [
        {
          message:
            'Pod/shop/p asks for infra pool "infra" (by address "::ffff:100.64.7.9") in `cni.projectcalico.org/ipAddrs`, ' +
            `but namespace "shop" is not allowed (only "gitlab-runners", "ci-*" may use it). ${FIX}`,
          line: 22, column: 36, endLine: 22, endColumn: 59,
        },
        {
          message:
            'Namespace "shop" asks, for every pod in it, for infra pool "infra" (by CIDR "::ffff:100.64.0.0/112") in `cni.projectcalico.org/ipv4pools`, ' +
            `but namespace "shop" is not allowed (only "gitlab-runners", "ci-*" may use it). ${FIX}`,
          line: 29, column: 38, endLine: 29, endColumn: 65,
        },
      ],
    },
    {
      name: 'a Namespace annotation applies to every pod in it',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: tenant-c
          annotations:
            cni.projectcalico.org/ipv6pools: '["infra6"]'
      `,
      errors: [{
        message:
          'Namespace "tenant-c" asks, for every pod in it, for infra pool "infra6" (by name) in `cni.projectcalico.org/ipv6pools`, ' +
          `but namespace "tenant-c" is not allowed (only "logging" may use it). ${FIX}`,
        line: 21, column: 38, endLine: 21, endColumn: 50,
      }],
    },
    {
      name: 'an infra pool named in the configuration but defined elsewhere, and one no namespace may use',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: gitlab-runners
          annotations: {cni.projectcalico.org/ipv4pools: '["infra", "locked"]'}
      `,
      errors: [{
        message:
          'Pod/gitlab-runners/web asks for infra pool "locked" (by name) in `cni.projectcalico.org/ipv4pools`, ' +
          `but namespace "gitlab-runners" is not allowed (no namespace is allowed to use it). ${FIX}`,
        line: 6, column: 50, endLine: 6, endColumn: 71,
      }],
    },
  ],
});

ruleTester(poolAnnotationNamespace, {
  valid: [
    {
      name: 'ipAddrs on a Namespace does nothing (Calico reads it from pods only)',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: tenant-d
          annotations: {cni.projectcalico.org/ipAddrs: '["100.64.0.9"]'}
      `,
    },
    {
      name: 'a bare IP in ipv4pools is a pool name to Calico, not a /32 CIDR',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: tenant-d
          annotations: {cni.projectcalico.org/ipv4pools: '["100.64.0.9"]'}
      `,
    },
  ],
  invalid: [
    {
      name: 'a CIDR request from a Namespace',
      config,
      code: POOLS + yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: tenant-d
          annotations: {cni.projectcalico.org/ipv4pools: '["100.64.0.0/16"]'}
      `,
      errors: [{
        message:
          'Namespace "tenant-d" asks, for every pod in it, for infra pool "infra" (by CIDR "100.64.0.0/16") in `cni.projectcalico.org/ipv4pools`, ' +
          `but namespace "tenant-d" is not allowed (only "gitlab-runners", "ci-*" may use it). ${FIX}`,
        line: 20, column: 50, endLine: 20, endColumn: 69,
      }],
    },
  ],
});
