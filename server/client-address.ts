// Who is the client? The socket's peer, unless that peer is a proxy named in TRUSTED_PROXIES
// (addresses or CIDRs, comma-separated): then X-Forwarded-For is read from the right, past every
// trusted proxy, to the first address no trusted proxy vouches for. By default no proxy is
// trusted, so a client cannot choose its address by sending the header itself.
import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "../lib/http/client-address";

const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.)/, "");
const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

export function parseTrustedProxies(setting = process.env.TRUSTED_PROXIES ?? ""): BlockList {
  const list = new BlockList();
  for (const item of setting.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address = "", bits] = item.split("/");
    const ip = plain(address);
    if (!isIP(ip)) throw new Error(`TRUSTED_PROXIES: "${item}" is not an address or CIDR`);
    if (bits === undefined) list.addAddress(ip, family(ip));
    else list.addSubnet(ip, Number(bits), family(ip));
  }
  return list;
}

export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: BlockList): string {
  let client = plain(peer ?? "");
  if (!client) return "unknown";
  const hops = (forwardedFor ?? "").split(",").map(plain).filter((hop) => isIP(hop));
  while (trusted.check(client, family(client)) && hops.length) client = hops.pop()!;
  return client;
}

/** Replaces anything the client sent under the header with the address worked out here. */
export function stampClientAddress(request: IncomingMessage, trusted: BlockList): void {
  const forwarded = request.headers["x-forwarded-for"];
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trusted);
}
