/**
 * Calico kinds, modelled in the style of `kubernetes-models` (which has no
 * Calico package: `@kubernetes-models/calico` does not exist on the registry).
 * Field names and defaults follow projectcalico/api `pkg/apis/projectcalico/v3/ippool.go`
 * and tigera/operator `api/v1/installation_types.go`.
 *
 * These describe what a *valid* object looks like. Manifests are untrusted, so
 * code never assumes a value has these types without checking.
 */
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';

/** Both API groups carry the same IPPool spec. */
export const IPPOOL_API_VERSIONS = ['projectcalico.org/v3', 'crd.projectcalico.org/v1'] as const;
export type IPPoolApiVersion = (typeof IPPOOL_API_VERSIONS)[number];

export type EncapsulationMode = 'Always' | 'CrossSubnet' | 'Never';
export type AllowedUse = 'Workload' | 'Tunnel' | 'LoadBalancer';
export type AssignmentMode = 'Automatic' | 'Manual';

export interface IIPPoolSpec {
  /** The pool CIDR, strictly masked. */
  cidr: string;
  /** Default 26 (IPv4) / 122 (IPv6). */
  blockSize?: number;
  ipipMode?: EncapsulationMode;
  vxlanMode?: EncapsulationMode;
  natOutgoing?: boolean;
  disabled?: boolean;
  disableBGPExport?: boolean;
  /** Which nodes draw from this pool automatically. Empty means `all()`. */
  nodeSelector?: string;
  /** v3.31+: which namespaces draw from this pool automatically. */
  namespaceSelector?: string;
  /** Default [Workload, Tunnel]. */
  allowedUses?: AllowedUse[];
  /** v3.30+. `Manual` keeps the pool out of automatic assignment. */
  assignmentMode?: AssignmentMode;
  /** Legacy v1 CRD fields, removed in v3.32. */
  ipip?: { enabled?: boolean; mode?: string };
  'nat-outgoing'?: boolean;
}

export interface IIPPool {
  apiVersion: IPPoolApiVersion;
  kind: 'IPPool';
  metadata: IObjectMeta;
  spec: IIPPoolSpec;
}

export const INSTALLATION_API_VERSION = 'operator.tigera.io/v1';

export type OperatorEncapsulation = 'IPIP' | 'IPIPCrossSubnet' | 'VXLAN' | 'VXLANCrossSubnet' | 'None';

/** An entry of `Installation.spec.calicoNetwork.ipPools`. */
export interface IInstallationIPPool {
  name?: string;
  cidr: string;
  blockSize?: number;
  encapsulation?: OperatorEncapsulation;
  natOutgoing?: 'Enabled' | 'Disabled';
  nodeSelector?: string;
  disableBGPExport?: boolean;
  disableNewAllocations?: boolean;
  allowedUses?: AllowedUse[];
  assignmentMode?: AssignmentMode;
}

export interface IInstallation {
  apiVersion: typeof INSTALLATION_API_VERSION;
  kind: 'Installation';
  metadata: IObjectMeta;
  spec?: {
    calicoNetwork?: {
      ipPools?: IInstallationIPPool[];
    };
  };
}
