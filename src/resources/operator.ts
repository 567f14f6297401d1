/**
 * What the Tigera operator makes of an Installation before it validates its
 * pools: the CNI plugin, IPAM plugin and BGP setting in effect, with the
 * operator's defaults (tigera/operator pkg/controller/installation/core_controller.go
 * `fillDefaults`: CNI by kubernetesProvider, IPAM by CNI, BGP by CNI and provider).
 */
import { getIn, type Resource } from './resource.js';

export interface OperatorNetwork {
  /** spec.cni.type, or its default (AKS: AzureVNET, EKS: AmazonVPC, GKE: GKE, else Calico). */
  cniType: unknown;
  /** spec.cni.ipam.type, or its default for the CNI plugin. */
  ipamType: unknown;
  /** spec.calicoNetwork.bgp, or its default (Disabled for a non-Calico CNI or on EKS). */
  bgp: unknown;
  /** Whether spec.cni.type / spec.calicoNetwork.bgp are written (for messages). */
  cniWritten: boolean;
  bgpWritten: boolean;
  /** spec.calicoNetwork.clusterRoutingMode as written (Felix lets Felix program unencapsulated routes). */
  clusterRoutingMode: unknown;
  /** spec.calicoNetwork.windowsDataplane as written: Calico for Windows is on unless it is missing or Disabled (pkg/common/windows.go). */
  windowsDataplane: unknown;
}

const DEFAULT_CNI: Readonly<Record<string, string>> = { AKS: 'AzureVNET', EKS: 'AmazonVPC', GKE: 'GKE' };
const DEFAULT_IPAM: Readonly<Record<string, string>> = { AzureVNET: 'AzureVNET', AmazonVPC: 'AmazonVPC', GKE: 'HostLocal' };

function written(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

export function operatorNetwork(installation: Resource): OperatorNetwork {
  const object = installation.object;
  const provider = getIn(object, ['spec', 'kubernetesProvider']);
  const cniWritten = written(getIn(object, ['spec', 'cni', 'type']));
  const cniType = cniWritten
    ? getIn(object, ['spec', 'cni', 'type'])
    : (typeof provider === 'string' && Object.hasOwn(DEFAULT_CNI, provider) ? DEFAULT_CNI[provider] : 'Calico');
  const ipamWritten = getIn(object, ['spec', 'cni', 'ipam', 'type']);
  const ipamType = written(ipamWritten)
    ? ipamWritten
    : (typeof cniType === 'string' && Object.hasOwn(DEFAULT_IPAM, cniType) ? DEFAULT_IPAM[cniType] : 'Calico');
  const bgpValue = getIn(object, ['spec', 'calicoNetwork', 'bgp']);
  const bgpWritten = written(bgpValue);
  const bgp = bgpWritten ? bgpValue : cniType === 'Calico' && provider !== 'EKS' ? 'Enabled' : 'Disabled';
  return {
    cniType,
    ipamType,
    bgp,
    cniWritten,
    bgpWritten,
    clusterRoutingMode: getIn(object, ['spec', 'calicoNetwork', 'clusterRoutingMode']),
    windowsDataplane: getIn(object, ['spec', 'calicoNetwork', 'windowsDataplane']),
  };
}
