/**
 * service-loadbalancer-annotation against kube-controllers' LoadBalancer controller, verified in
 * projectcalico/calico at commit 87c15906f2 (master, August 2026),
 * kube-controllers/pkg/controllers/loadbalancer/loadbalancer_controller.go:
 * - IsCalicoManagedLoadBalancer 905-935: only type LoadBalancer, loadBalancerClass unset or "calico";
 * - parseAnnotations 972-995: each loadBalancerIPs entry through cnet.ParseIP (Go net.ParseIP: no
 *   prefix length; libcalico-go/lib/net/ip.go:56-67), then at most one IPv4 and one IPv6 address.
 * In v3.32.1 (the default calicoVersion) the same code sits 23-24 lines earlier (882-912, 948-971).
 */
import { serviceLoadbalancerAnnotation } from '../../rules/service-loadbalancer-annotation.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pool = (name: string, spec: string) => `---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: ${spec}\n`;
const LB_POOLS = pool('lb', '{cidr: 192.168.30.0/24, allowedUses: [LoadBalancer]}') + pool('lb6', '{cidr: "fd00:30::/112", allowedUses: [LoadBalancer]}');
/** 10 lines of pools; the annotation is on line 17 (line 7 without the pools), its value from column 40. */
const service = (annotation: string, spec = '{type: LoadBalancer}', pools = LB_POOLS) =>
  `${pools}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    ${annotation}\nspec: ${spec}\n`;
const ips = (list: string) => `projectcalico.org/loadBalancerIPs: '${list}'`;
const at = (list: string, line = 17) => ({ line, column: 40, endLine: line, endColumn: 40 + list.length + 2 });

const twoV4 = '["192.168.30.7", "192.168.30.8"]';
const slash32 = '["192.168.30.7/32"]';
const notIp = '["web.example.com"]';

ruleTester(serviceLoadbalancerAnnotation, {
  valid: [
    { name: 'one address of each family (loadbalancer_controller.go:985-995)', code: service(ips('["192.168.30.7", "fd00:30::7"]')) },
    { name: 'IPv4-mapped notation counts as IPv4 (cnet.ParseIP To4, libcalico-go/lib/net/ip.go:63-65)', code: service(ips('["::ffff:192.168.30.7"]')) },
    { name: 'a ClusterIP Service (the default type) is not Calico-managed: ignored, no error (loadbalancer_controller.go:906-908)', code: service(ips(twoV4), '{ports: [{port: 80}]}') },
    { name: 'a NodePort Service: ignored (loadbalancer_controller.go:906-908)', code: service("projectcalico.org/ipv4pools: '[\"nope\"]'", '{type: NodePort}') },
    { name: 'another loadBalancerClass: ignored (loadbalancer_controller.go:911-913, 927-930)', code: service(ips(slash32), '{type: LoadBalancer, loadBalancerClass: metallb.io/metallb}') },
    { name: 'a cni. annotation on a ClusterIP Service: ignored like the rest', code: service("cni.projectcalico.org/ipv4pools: '[\"lb\"]'", '{type: ClusterIP}') },
  ],
  invalid: [
    {
      name: 'two IPv4 addresses (loadbalancer_controller.go:993-995)',
      code: service(ips(twoV4)),
      errors: [{
        message: '`projectcalico.org/loadBalancerIPs` lists 2 IPv4 and 0 IPv6 addresses: kube-controllers accepts at most one of each family ' +
          '("at max only one ipv4 and one ipv6 address can be specified. Received 2 ipv4 and 0 ipv6 addresses") and assigns none. Keep one address per family.',
        ...at(twoV4),
      }],
    },
    {
      name: 'an address in /32 form (loadbalancer_controller.go:981-984)',
      code: service(ips(slash32)),
      errors: [{
        message: '`projectcalico.org/loadBalancerIPs` lists "192.168.30.7/32", which is not an IP address (write it without a prefix length): ' +
          'kube-controllers refuses the whole annotation ("could not parse 192.168.30.7/32 as a valid IP address") and assigns no address.',
        ...at(slash32),
      }],
    },
    {
      name: 'not an address, checked even without pools in the repository (loadbalancer_controller.go:981-984)',
      code: service(ips(notIp), '{type: LoadBalancer}', ''),
      errors: [{
        message: '`projectcalico.org/loadBalancerIPs` lists "web.example.com", which is not an IP address: ' +
          'kube-controllers refuses the whole annotation ("could not parse web.example.com as a valid IP address") and assigns no address.',
        ...at(notIp, 7),
      }],
    },
    {
      name: 'with loadBalancerClass "calico" (loadbalancer_controller.go:911, 918-920)',
      code: service(ips(twoV4), '{type: LoadBalancer, loadBalancerClass: calico}'),
      errors: [{
        message: '`projectcalico.org/loadBalancerIPs` lists 2 IPv4 and 0 IPv6 addresses: kube-controllers accepts at most one of each family ' +
          '("at max only one ipv4 and one ipv6 address can be specified. Received 2 ipv4 and 0 ipv6 addresses") and assigns none. Keep one address per family.',
        ...at(twoV4),
      }],
    },
  ],
});
