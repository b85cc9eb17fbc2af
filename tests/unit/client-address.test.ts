import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, clientKey, parseTrustedProxies, requestClientKey } from "@/lib/net/client-address";

const nobody = parseTrustedProxies(undefined);
const localProxy = parseTrustedProxies("127.0.0.1");

describe("clientAddress", () => {
  it("without a trusted proxy is the socket's peer, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", nobody)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "203.0.113.1, 10.0.0.1", nobody)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", "203.0.113.1", nobody)).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", localProxy)).toBe("198.51.100.7");
  });

  it("behind a trusted proxy is the right-most address that is not a trusted proxy", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.1", localProxy)).toBe("203.0.113.1");
    // The client wrote "6.6.6.6" itself; the proxy appended the address it really saw.
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.1", localProxy)).toBe("203.0.113.1");
    const chain = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.1, 10.1.2.3", chain)).toBe("203.0.113.1");
    expect(clientAddress("10.9.9.9", ["6.6.6.6, 203.0.113.1", "10.1.2.3"], chain)).toBe("203.0.113.1");
  });

  it("a proxy-style value cannot put everyone in one bucket: each socket stays its own client", () => {
    const spoof = "10.0.0.1, 10.0.0.2";
    expect(clientAddress("198.51.100.7", spoof, nobody)).not.toBe(clientAddress("198.51.100.8", spoof, nobody));
  });

  it("when the chain runs out or holds junk, answers with the last hop it can vouch for", () => {
    expect(clientAddress("127.0.0.1", undefined, localProxy)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "", localProxy)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "not-an-address", localProxy)).toBe("127.0.0.1");
    const chain = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    expect(clientAddress("127.0.0.1", "203.0.113.1, junk, 10.1.2.3", chain)).toBe("10.1.2.3");
  });

  it("reads an IPv4-mapped IPv6 peer as IPv4, for the trust check and the answer", () => {
    expect(clientAddress("::ffff:198.51.100.7", undefined, nobody)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.1", localProxy)).toBe("203.0.113.1");
  });

  it("trusts IPv6 proxies and ranges", () => {
    const v6 = parseTrustedProxies("::1 fd00::/8");
    expect(clientAddress("::1", "2001:db8::5, fd12::1", v6)).toBe("2001:db8::5");
    expect(clientAddress("2001:db8::9", "203.0.113.1", v6)).toBe("2001:db8::9");
  });
});

describe("parseTrustedProxies", () => {
  it("takes addresses and CIDR ranges separated by commas or spaces", () => {
    const t = parseTrustedProxies(" 127.0.0.1,10.0.0.0/8  192.168.1.0/24 ");
    expect(["127.0.0.1", "10.200.3.4", "192.168.1.77"].map((a) => t.has(a))).toEqual([true, true, true]);
    expect(["127.0.0.2", "11.0.0.1", "192.168.2.1", "junk"].map((a) => t.has(a))).toEqual([false, false, false, false]);
    expect(t.empty).toBe(false);
    expect(parseTrustedProxies("").empty).toBe(true);
  });

  it("refuses a malformed entry instead of trusting nobody or everybody", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/8/1", "::1/129", "1.2.3"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });
});

describe("clientKey", () => {
  it("is the address for IPv4 and the /64 network for IPv6", () => {
    expect(clientKey("203.0.113.1")).toBe("203.0.113.1");
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("2001:db8:0:1::1.2.3.4")).toBe("2001:db8:0:1::/64");
  });

  it("reads the server's header; a request without it (not through our server) is 'unknown'", () => {
    expect(requestClientKey(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.1" }))).toBe("203.0.113.1");
    expect(requestClientKey(new Headers({ "x-forwarded-for": "203.0.113.1" }))).toBe("unknown");
    expect(requestClientKey(new Headers({ [CLIENT_ADDRESS_HEADER]: "junk" }))).toBe("unknown");
  });
});
