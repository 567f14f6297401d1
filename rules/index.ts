/**
 * Every rule calico-lint runs. One rule per file in this folder; adding a rule
 * means adding its file, its docs page (docs/rules/<id>.md) and a line here.
 */
import type { Rule } from '../src/engine/rule.js';
import { calicoNodeEnvValid } from './calico-node-env-valid.js';
import { calicoNodePoolEnv } from './calico-node-pool-env.js';
import { clusterFactsConflict } from './cluster-facts-conflict.js';
import { crdSchemaValid } from './crd-schema-valid.js';
import { cniConfigPools } from './cni-config-pools.js';
import { installationPoolOutsidePodCidr } from './installation-pool-outside-pod-cidr.js';
import { ipreservationRange } from './ipreservation-range.js';
import { ippoolOutsidePodCidr } from './ippool-outside-pod-cidr.js';
import { loadbalancerPoolNotAdvertised } from './loadbalancer-pool-not-advertised.js';
import { poolCapacity } from './pool-capacity.js';
import { poolOverlapsClusterRange } from './pool-overlaps-cluster-range.js';
import { serviceLoadbalancerAnnotation } from './service-loadbalancer-annotation.js';
import { ippoolCidrOverlap } from './ippool-cidr-overlap.js';
import { ippoolAllowedUsesChange } from './ippool-allowed-uses-change.js';
import { ippoolDedicatedAutoAssign } from './ippool-dedicated-auto-assign.js';
import { ippoolDuplicateName } from './ippool-duplicate-name.js';
import { ippoolEnvChange } from './ippool-env-change.js';
import { ippoolImmutableChange } from './ippool-immutable-change.js';
import { ippoolInfraNodeSelector } from './ippool-infra-node-selector.js';
import { installationPoolChange } from './installation-pool-change.js';
import { ippoolMisplacedField } from './ippool-misplaced-field.js';
import { ippoolRemovedInUse } from './ippool-removed-in-use.js';
import { fixedAddressReplicas } from './fixed-address-replicas.js';
import { helmValuesPostRenderer } from './helm-values-post-renderer.js';
import { helmValuesUnread } from './helm-values-unread.js';
import { installationName } from './installation-name.js';
import { ippoolValid } from './ippool-valid.js';
import { noHostNetwork } from './no-host-network.js';
import { poolAnnotationNamespace } from './pool-annotation-namespace.js';
import { poolAnnotationValid } from './pool-annotation-valid.js';
import { selectorYamlTag } from './selector-yaml-tag.js';

export const allRules: readonly Rule[] = [
  selectorYamlTag,
  ippoolInfraNodeSelector,
  ippoolValid,
  ippoolMisplacedField,
  crdSchemaValid,
  noHostNetwork,
  poolAnnotationNamespace,
  poolAnnotationValid,
  ippoolCidrOverlap,
  ippoolDuplicateName,
  installationName,
  ippoolDedicatedAutoAssign,
  fixedAddressReplicas,
  calicoNodeEnvValid,
  helmValuesPostRenderer,
  helmValuesUnread,
  // Compared with the base branch (--base):
  ippoolImmutableChange,
  ippoolAllowedUsesChange,
  installationPoolChange,
  ippoolRemovedInUse,
  ippoolEnvChange,
  // The whole address space, from facts read from the repository (src/facts/):
  poolOverlapsClusterRange,
  installationPoolOutsidePodCidr,
  ippoolOutsidePodCidr,
  loadbalancerPoolNotAdvertised,
  serviceLoadbalancerAnnotation,
  calicoNodePoolEnv,
  cniConfigPools,
  ipreservationRange,
  poolCapacity,
  clusterFactsConflict,
];
