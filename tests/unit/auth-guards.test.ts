import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { secureCookiesOverHttps } from "@/lib/auth/cookies";
import { assertSameOrigin, siteOrigin } from "@/lib/auth/origin";
import {
  canAcceptCourtInvite,
  canEditEntry,
  canInviteCourtStaff,
  canModerate,
  canReviewChanges,
  canReviewRatingComments,
  isSignedIn,
  moderatedRegions,
} from "@/lib/auth/permissions";
import { isRole, type Actor, type Role } from "@/lib/auth/roles";
import { authSecret } from "@/lib/auth/secret";
import { Forbidden } from "@/lib/errors";

const saved = { SITE_URL: process.env.SITE_URL, BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET, DATABASE_PATH: process.env.DATABASE_PATH };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const request = (method: string, headers: Record<string, string> = {}, url = "http://127.0.0.1:3000/api/v1/admin/entries") => new Request(url, { method, headers });

describe("siteOrigin", () => {
  beforeEach(() => delete process.env.SITE_URL);

  it("SITE_URL's origin when set, else the Host the browser addressed, else the URL's own", () => {
    expect(siteOrigin(request("GET", { host: "courts.example.kz" }))).toBe("http://courts.example.kz");
    expect(siteOrigin(request("GET", {}, "https://localhost:8443/x"))).toBe("https://localhost:8443");
    process.env.SITE_URL = "https://sud.example.kz/base/path";
    expect(siteOrigin(request("GET", { host: "other.example" }))).toBe("https://sud.example.kz");
  });
});

describe("assertSameOrigin", () => {
  beforeEach(() => delete process.env.SITE_URL);
  const refused = (req: Request) => {
    try {
      assertSameOrigin(req);
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(Forbidden);
      return (e as Forbidden).code;
    }
  };

  it("reads are never refused, whoever asks", () => {
    for (const m of ["GET", "HEAD", "OPTIONS"]) expect(refused(request(m, { origin: "https://evil.example", "sec-fetch-site": "cross-site" })), m).toBeNull();
  });

  it("a write with an Origin must come from the site's own", () => {
    expect(refused(request("POST", { origin: "http://127.0.0.1:3000" }))).toBeNull();
    expect(refused(request("POST", { origin: "https://evil.example" }))).toBe("cross_site");
    expect(() => assertSameOrigin(request("POST", { origin: "https://evil.example" }))).toThrow("Cross-site requests may not change anything");
    expect(refused(request("DELETE", { origin: "http://127.0.0.1:3001" }))).toBe("cross_site");
    // With an Origin, Sec-Fetch-Site is not asked.
    expect(refused(request("PUT", { origin: "http://127.0.0.1:3000", "sec-fetch-site": "cross-site" }))).toBeNull();
  });

  it("without an Origin, Sec-Fetch-Site must be same-origin or none; neither header: a non-browser client", () => {
    expect(refused(request("POST", { "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(refused(request("POST", { "sec-fetch-site": "none" }))).toBeNull();
    expect(refused(request("POST", { "sec-fetch-site": "same-site" }))).toBe("cross_site");
    expect(refused(request("PATCH", { "sec-fetch-site": "cross-site" }))).toBe("cross_site");
    expect(refused(request("POST"))).toBeNull();
  });
});

describe("secureCookiesOverHttps", () => {
  const withCookies = (...cookies: string[]) => {
    const headers = new Headers({ "content-type": "application/json", "x-kept": "1" });
    for (const c of cookies) headers.append("set-cookie", c);
    return new Response("body", { status: 201, statusText: "Created", headers });
  };

  it("over https marks every cookie Secure once, keeping the rest of the response", async () => {
    const res = secureCookiesOverHttps(new Request("https://sud.kz/api/auth/sign-in"), withCookies("a=1; Path=/", "b=2; Path=/; Secure", "c=3;secure"));
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/; Secure", "b=2; Path=/; Secure", "c=3;secure"]);
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("Created");
    expect(res.headers.get("x-kept")).toBe("1");
    expect(await res.text()).toBe("body");
  });

  it("over http, or with nothing to change, the very same response", () => {
    const plain = withCookies("a=1");
    expect(secureCookiesOverHttps(new Request("http://sud.kz/"), plain)).toBe(plain);
    const none = withCookies();
    expect(secureCookiesOverHttps(new Request("https://sud.kz/"), none)).toBe(none);
    const already = withCookies("a=1; Secure", "b=2; HttpOnly; secure", "c=3;Secure");
    expect(secureCookiesOverHttps(new Request("https://sud.kz/"), already)).toBe(already);
    // "secured" in a value is not the attribute.
    expect(secureCookiesOverHttps(new Request("https://sud.kz/"), withCookies("a=secured")).headers.getSetCookie()).toEqual(["a=secured; Secure"]);
  });
});

describe("authSecret", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
    delete process.env.BETTER_AUTH_SECRET;
    process.env.DATABASE_PATH = path.join(dir, "var", "db", "x.sqlite");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("BETTER_AUTH_SECRET when set", () => {
    process.env.BETTER_AUTH_SECRET = "from-env";
    expect(authSecret()).toBe("from-env");
    expect(fs.existsSync(path.join(dir, "var"))).toBe(false);
  });

  it("else a random one made once beside the database (its folders made too), readable by its owner only, and reused", () => {
    const first = authSecret();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = path.join(dir, "var", "db", "auth-secret");
    expect(fs.readFileSync(file, "utf8")).toBe(first);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(authSecret()).toBe(first);
    fs.writeFileSync(file, "  kept-secret \n");
    expect(authSecret()).toBe("kept-secret");
  });
});

describe("roles and the remaining permissions", () => {
  const actor = (role: Role, regions: string[] = []): Actor => ({ id: role, email: `${role}@example.org`, name: role, role, regions });
  const all = [actor("admin"), actor("editor", ["KZ-75"]), actor("practitioner", ["KZ-75"])];

  it("isRole knows the three roles only", () => {
    expect(["admin", "editor", "practitioner"].every(isRole)).toBe(true);
    expect(["root", "", null, undefined, 1, "Admin"].some(isRole)).toBe(false);
  });

  it("staff review and invite, practitioners accept invites, everyone signed in is signed in", () => {
    expect(all.map(canReviewChanges)).toEqual([true, true, false]);
    expect(all.map(canReviewRatingComments)).toEqual([true, true, false]);
    expect(all.map(canInviteCourtStaff)).toEqual([true, true, false]);
    expect(all.map(canAcceptCourtInvite)).toEqual([false, false, true]);
    expect(all.map(isSignedIn)).toEqual([true, true, true]);
  });

  it("an editor's regions: only those listed; no region (undefined or null) is nobody's but the admin's", () => {
    const [admin, editor, practitioner] = all as [Actor, Actor, Actor];
    expect(canEditEntry(editor, { regionIso: undefined })).toBe(false);
    expect(canEditEntry(admin, { regionIso: undefined })).toBe(true);
    expect(canModerate(editor, null)).toBe(false);
    expect(canModerate(editor, "KZ-71")).toBe(false);
    expect(canModerate(practitioner, "KZ-75")).toBe(false);
    expect(moderatedRegions(practitioner)).toEqual(["KZ-75"]);
  });
});
