/**
 * Addresses as Calico reads them. Calico parses with Go's `net` package, for
 * which an IPv4-mapped IPv6 address (`::ffff:10.0.0.5`) *is* IPv4: `To4()`
 * returns the IPv4 address, `IPNet.String()` prints `::ffff:10.0.0.0/112` as
 * `10.0.0.0/16`, and `ip.To4() != nil` is how Calico tells the families apart
 * (cni-plugin/internal/pkg/utils/utils.go `ResolvePools`, cni-plugin/pkg/k8s/k8s.go
 * `validateAndExtractIPs`, libcalico-go/lib/net/ipnet.go `Version`). IPAM keys
 * pools by `IPNet.String()` (libcalico-go/lib/ipam/ipam.go `determinePools`),
 * so both notations name the same pool.
 */
import { parseCidr, type Cidr, type CidrParseResult } from './cidr.js';

const MAPPED_PREFIX = 0xffffn << 32n;
const IPV4_SPAN = 1n << 32n;

export type CalicoCidrParseResult =
  | (Extract<CidrParseResult, { ok: true }> & { /** Written in IPv4-mapped IPv6 notation. */ mapped: boolean })
  | Extract<CidrParseResult, { ok: false }>;

/**
 * `parseCidr`, then an IPv4-mapped IPv6 network of prefix length 96 or more
 * becomes the IPv4 network Go sees (`::ffff:10.0.0.0/112` → `10.0.0.0/16`).
 * With a shorter prefix the masked network is no longer mapped (`::/64`) and
 * stays IPv6, as in Go.
 */
export function parseCalicoCidr(text: string): CalicoCidrParseResult {
  const parsed = parseCidr(text);
  if (!parsed.ok) return parsed;
  const mapped = toIPv4IfMapped(parsed.cidr);
  return mapped ? { ...parsed, cidr: mapped, mapped: true } : { ...parsed, mapped: false };
}

function toIPv4IfMapped(cidr: Cidr): Cidr | undefined {
  if (cidr.family !== 6 || cidr.prefixLength < 96) return undefined;
  if (cidr.first < MAPPED_PREFIX || cidr.first >= MAPPED_PREFIX + IPV4_SPAN) return undefined;
  const first = cidr.first - MAPPED_PREFIX;
  const last = cidr.last - MAPPED_PREFIX;
  const prefixLength = cidr.prefixLength - 96;
  const n = Number(first);
  const address = `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  return { family: 4, prefixLength, first, last, canonical: `${address}/${prefixLength}` };
}
