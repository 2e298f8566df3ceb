// Which addresses a webhook may reach: public unicast only. Everything an attacker could use to
// reach the tracker's own network (loopback, private, link-local, unique-local, multicast,
// reserved and documentation ranges) is refused, in IPv4 and IPv6, IPv4-mapped IPv6 included.
import { BlockList, isIP } from "node:net";

const REFUSED_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata services live here)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

const REFUSED_V6: [string, number][] = [
  ["::", 96], // unspecified, loopback (::1) and the deprecated IPv4-compatible ::a.b.c.d
  ["64:ff9b::", 96], // NAT64: reaches IPv4 addresses through a translator
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments (Teredo, ORCHID…)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: carries an IPv4 address
  ["fc00::", 7], // unique-local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];

// IPv4-mapped addresses (::ffff:0:0/96) are not listed: isPublicAddress checks the IPv4 address
// they carry (and a BlockList holding that subnet would match every IPv4 address).
const refused = new BlockList();
for (const [network, prefix] of REFUSED_V4) refused.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of REFUSED_V6) refused.addSubnet(network, prefix, "ipv6");

const MAPPED_DOTTED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;
const MAPPED_HEX = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/** The IPv4 address an IPv4-mapped IPv6 address carries (::ffff:a.b.c.d or ::ffff:xxxx:yyyy). */
function mappedIpv4(address: string): string | null {
  const dotted = MAPPED_DOTTED.exec(address);
  if (dotted) return dotted[1]!;
  const hex = MAPPED_HEX.exec(address);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** True for an address a webhook may be sent to; false for anything else, including non-addresses. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 4) return !refused.check(bare, "ipv4");
  if (family !== 6) return false;
  const mapped = mappedIpv4(bare);
  if (mapped !== null) return isIP(mapped) === 4 && !refused.check(mapped, "ipv4");
  return !refused.check(bare, "ipv6");
}
