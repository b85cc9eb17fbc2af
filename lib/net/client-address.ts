import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * The header our own server (scripts/server.ts) sets on every request it hands to Next.js: the client's
 * address by the rule below. It drops any copy a client sent, so — unlike X-Forwarded-For, which
 * `next start` passes through as the client wrote it — route handlers can trust it.
 */
export const CLIENT_ADDRESS_HEADER = "x-courts-client-address";

/** The reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY): addresses or CIDR ranges. */
export interface TrustedProxies {
  has(address: string): boolean;
  readonly empty: boolean;
}

/**
 * TRUST_PROXY's value: addresses and CIDR ranges separated by commas or spaces ("127.0.0.1",
 * "10.0.0.0/8, ::1"). A malformed entry throws: a typo must not silently trust nobody (or everybody).
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || extra !== undefined || (bits !== undefined && (!/^\d+$/.test(prefix!) || bits > maxBits))) {
      throw new Error(`TRUST_PROXY: "${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return {
    empty: entries.length === 0,
    has: (address) => {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/** "::ffff:1.2.3.4" (how a dual-stack socket reports an IPv4 peer) is 1.2.3.4. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

/**
 * Who the client is. The socket's peer, unless that peer is a trusted proxy: then X-Forwarded-For is read
 * from the right (each proxy appends the address it received from), skipping trusted proxies, and the
 * first address not belonging to one is the client. Everything to the left of it was written by the
 * client and is ignored. If the chain runs out, or holds something that is not an address, the last
 * hop we can vouch for is the answer.
 */
export function clientAddress(socketAddress: string, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  let client = plain(socketAddress);
  if (!trusted.has(client)) return client;
  const chain = [forwardedFor ?? []].flat().join(",").split(",").map((hop) => hop.trim()).filter(Boolean);
  for (const hop of chain.reverse()) {
    if (isIP(hop) === 0) return client;
    client = plain(hop);
    if (!trusted.has(client)) return client;
  }
  return client;
}

/** What our server does to each request before Next.js sees it: the client's address, in place of any copy the client sent. */
export function stampClientAddress(req: IncomingMessage, trusted: TrustedProxies): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress ?? "", req.headers["x-forwarded-for"], trusted);
}

/**
 * The key a client's requests are counted under: its address, or for IPv6 its /64 network (one
 * subscriber usually holds a whole /64, so counting single addresses would let it pick a fresh one per
 * request).
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  // An embedded IPv4 tail ("64:ff9b::1.2.3.4") is the last two groups.
  const hex = address.toLowerCase().replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
    `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`);
  const [head = "", tail = ""] = hex.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = hex.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** The address the server put on the request; requests that did not come through it share one key. */
export function requestClientKey(headers: Headers): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER);
  return address && isIP(address) !== 0 ? clientKey(address) : "unknown";
}
