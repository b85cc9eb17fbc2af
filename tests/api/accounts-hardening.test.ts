import { afterAll, describe, expect, it, vi } from "vitest";

// As `next start` runs it: better-auth decides its cookie defaults from NODE_ENV when its modules load.
vi.hoisted(() => {
  (process.env as Record<string, string>).NODE_ENV = "production";
  delete process.env.SITE_URL;
});

import { useScratchDatabase } from "./scratch-db";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { POST as createUserRoute } from "@/app/api/v1/admin/users/route";
import { createUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db/client";
import { send, signedIn } from "./actors";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";

useScratchDatabase("accounts-hardening");

const SITE = "http://127.0.0.1:3430";
let client = 0;
/** Each call from its own client address, as the production server stamps it: these tests are not about the per-address rate limits. */
const nextIp = () => `198.51.100.${++client}`;

function post(path: string, body: unknown, options: { origin?: string; cookie?: string; site?: string; headers?: Record<string, string> } = {}) {
  const site = options.site ?? SITE;
  const headers: Record<string, string> = { "content-type": "application/json", origin: options.origin ?? site, [CLIENT_ADDRESS_HEADER]: nextIp(), ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  return authPost(new Request(`${site}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

async function sessionOf(cookie: string, site = SITE) {
  const res = await authGet(new Request(`${site}/api/auth/get-session`, { headers: { cookie } }));
  return (await res.json()) as { user: { email: string } } | null;
}

const STRONG = "granite steppe lantern 47";

describe("sign-up limits every field (400 naming it, nothing stored)", () => {
  it.each([
    ["name", { name: "x".repeat(10_000_000), email: "long-name@example.org", password: STRONG }],
    ["name", { name: "   ", email: "blank-name@example.org", password: STRONG }],
    ["email", { name: "Long Mail", email: `${"m".repeat(250)}@example.org`, password: STRONG }],
    ["password", { name: "Long Password", email: "long-password@example.org", password: `${STRONG} `.repeat(6) }],
    ["image", { name: "Long Image", email: "long-image@example.org", password: STRONG, image: `https://example.org/${"i".repeat(3000)}` }],
  ])("%s too long or empty", async (field, body) => {
    const res = await post("/sign-up/email", body);
    expect(res.status).toBe(400);
    const error = await res.json();
    expect(error.field).toBe(field);
    expect(error.code).toBe(body.name.trim() === "" ? "invalid_parameter" : "too_long");
    expect(error.message).toMatch(new RegExp(`^${field}: `));
    expect(await db().user.count({ where: { email: body.email.toLowerCase() } })).toBe(0);
  });

  it("a body that is not an object is a 400 on the body", async () => {
    const res = await post("/sign-up/email", ["not", "an", "object"]);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "invalid_parameter", field: "body" });
  });

  it("the name is stored trimmed, and update-user refuses a name over 200 characters", async () => {
    const res = await post("/sign-up/email", { name: "  Dana Sarsen  ", email: "dana@example.org", password: STRONG });
    expect(res.status).toBe(200);
    expect((await db().user.findUniqueOrThrow({ where: { email: "dana@example.org" } })).name).toBe("Dana Sarsen");
    const update = await post("/update-user", { name: "n".repeat(201) }, { cookie: cookieOf(res) });
    expect(update.status).toBe(400);
    expect((await update.json()).field).toBe("name");
    expect((await db().user.findUniqueOrThrow({ where: { email: "dana@example.org" } })).name).toBe("Dana Sarsen");
  });

  it("a session keeps at most 500 characters of its User-Agent", async () => {
    const res = await post("/sign-in/email", { email: "dana@example.org", password: STRONG }, { headers: { "user-agent": "A".repeat(5000) } });
    expect(res.status).toBe(200);
    const sessions = await db().session.findMany({ where: { user: { email: "dana@example.org" } } });
    expect(Math.max(...sessions.map((s) => s.userAgent?.length ?? 0))).toBe(500);
  });
});

describe("password policy on sign-up and password change", () => {
  it.each([["aaaaaaaaaa"], ["password12"], ["0123456789"], ["          "], ["weak-one@example.org"]])("sign-up refuses %j: 400 weak_password", async (password) => {
    const res = await post("/sign-up/email", { name: "Weak One", email: "weak-one@example.org", password });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "weak_password", field: "password", message: expect.stringContaining("too easy to guess") });
    expect(await db().user.count({ where: { email: "weak-one@example.org" } })).toBe(0);
  });

  it("a password change refuses a weak new password and signs out every other session", async () => {
    const email = "changer@example.org";
    const first = await post("/sign-up/email", { name: "Changer", email, password: STRONG });
    const second = await post("/sign-in/email", { email, password: STRONG });
    const [a, b] = [cookieOf(first), cookieOf(second)];
    expect((await sessionOf(b))?.user.email).toBe(email);

    const weak = await post("/change-password", { currentPassword: STRONG, newPassword: "changer12345" }, { cookie: a });
    expect(weak.status).toBe(400);
    expect((await weak.json()).code).toBe("weak_password");
    // Strong but for the account's own name in it: weak for this person.
    const personal = await post("/change-password", { currentPassword: STRONG, newPassword: "granite changer steppe 47" }, { cookie: a });
    expect(personal.status).toBe(400);
    expect(await personal.json()).toMatchObject({ code: "weak_password", field: "newPassword", message: expect.stringMatching(/^newPassword: /) });

    // The client asks to keep other sessions; the server revokes them anyway.
    const changed = await post("/change-password", { currentPassword: STRONG, newPassword: "obsidian canyon ferry 82", revokeOtherSessions: false }, { cookie: a });
    expect(changed.status).toBe(200);
    expect(await sessionOf(b)).toBeNull();
    expect((await sessionOf(cookieOf(changed)))?.user.email).toBe(email);
  });
});

describe("the same policy for accounts an admin creates (admin:create and the Users form)", () => {
  it("createUser refuses a weak password (weak_password on field password), and POST /api/v1/admin/users answers it with a 400", async () => {
    await expect(createUser(db(), { email: "root@example.org", name: "Root", password: "password12", role: "admin" })).rejects.toMatchObject({
      code: "weak_password",
      field: "password",
      message: expect.stringMatching(/^password: The password is too easy to guess/),
    });
    const admin = await signedIn("admin");
    const res = await send(createUserRoute, "POST", "/api/v1/admin/users", { as: admin, origin: "http://localhost", body: { email: "ed@example.org", name: "Ed", password: "ed@example.org", role: "editor" } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "weak_password", field: "password" });
    expect(await db().user.count({ where: { email: { in: ["root@example.org", "ed@example.org"] } } })).toBe(0);
  });
});

describe("sign-up does not tell whether an account exists", () => {
  it("a new and an existing e-mail get the same status, body shape and cookie; the existing account is untouched", async () => {
    const owner = await post("/sign-up/email", { name: "Owner", email: "owner@example.org", password: STRONG });
    expect(owner.status).toBe(200);
    const hashBefore = (await db().account.findFirstOrThrow({ where: { user: { email: "owner@example.org" } } })).password;

    const fresh = await post("/sign-up/email", { name: "Someone", email: "someone-new@example.org", password: "velvet harbour quarry 19" });
    const again = await post("/sign-up/email", { name: "Someone", email: "OWNER@example.org", password: "velvet harbour quarry 19" });
    expect(again.status).toBe(fresh.status);
    const [a, b] = [await fresh.json(), await again.json()];
    const shape = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === null ? "null" : typeof x]));
    expect(shape(b)).toEqual(shape(a));
    expect(shape(b.user)).toEqual(shape(a.user));
    expect(b.user).toMatchObject({ email: "owner@example.org", name: "Someone", role: "practitioner" });
    expect(b.user.id).not.toBe((await db().user.findUniqueOrThrow({ where: { email: "owner@example.org" } })).id);
    const cookieNames = (res: Response) => res.headers.getSetCookie().map((c) => c.split("=")[0]);
    expect(cookieNames(again)).toEqual(cookieNames(fresh));
    // The same cookie attributes (lifetime, HttpOnly, SameSite, Path), and the same user fields as a new account's.
    const attributes = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";").slice(1).map((p) => p.trim()).sort());
    expect(attributes(again)).toEqual(attributes(fresh));
    expect(b.user).toMatchObject({ emailVerified: a.user.emailVerified, role: a.user.role, regions: a.user.regions, image: a.user.image });
    expect(a.user).toMatchObject({ emailVerified: false, role: "practitioner", regions: "[]" });

    expect(await db().user.count({ where: { email: "owner@example.org" } })).toBe(1);
    expect((await db().account.findFirstOrThrow({ where: { user: { email: "owner@example.org" } } })).password).toBe(hashBefore);
    expect(await sessionOf(cookieOf(again))).toBeNull(); // nobody is signed in to someone else's account
  });
});

describe("trusted origins without SITE_URL: only the origin the request came to", () => {
  it("a callbackURL on another local port, or an Origin of one, is refused; the request's own origin is accepted", async () => {
    await post("/sign-up/email", { name: "Caller", email: "caller@example.org", password: STRONG });
    const body = { email: "caller@example.org", password: STRONG };
    for (const url of ["http://localhost:9999/steal", "http://127.0.0.1:3431/", "https://localhost/x"]) {
      const res = await post("/sign-in/email", { ...body, callbackURL: url });
      expect(res.status, url).toBe(403);
    }
    expect((await post("/sign-in/email", { ...body, callbackURL: `${SITE}/ru/admin` })).status).toBe(200);
    expect((await post("/sign-in/email", { ...body, callbackURL: "/ru/admin" })).status).toBe(200);

    const signedIn = cookieOf(await post("/sign-in/email", body));
    const crossPort = await post("/sign-out", {}, { cookie: signedIn, origin: "http://127.0.0.1:8080" });
    expect(crossPort.status).toBe(403);
    expect((await sessionOf(signedIn))?.user.email).toBe("caller@example.org");
  });
});

describe("the session cookie is Secure only over https", () => {
  afterAll(() => {
    delete process.env.SITE_URL;
    delete (globalThis as { courtsGisAuth?: unknown }).courtsGisAuth;
  });

  it("over plain http://127.0.0.1 (production mode): no Secure, no __Secure- prefix, and the next request is signed in", async () => {
    await post("/sign-up/email", { name: "Plain", email: "plain@example.org", password: STRONG });
    const res = await post("/sign-in/email", { email: "plain@example.org", password: STRONG });
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(cookie).not.toMatch(/;\s*secure/i);
    expect(cookie).not.toMatch(/^__Secure-/);
    expect((await sessionOf(cookieOf(res)))?.user.email).toBe("plain@example.org");
  });

  it("a request that came over https without SITE_URL gets a Secure cookie", async () => {
    const site = "https://127.0.0.1:3430";
    const res = await post("/sign-in/email", { email: "plain@example.org", password: STRONG }, { site });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().find((c) => c.includes("session_token"))).toMatch(/;\s*secure/i);
  });

  it("with SITE_URL=https://…: __Secure- and Secure", async () => {
    process.env.SITE_URL = "https://courts.example.kz";
    delete (globalThis as { courtsGisAuth?: unknown }).courtsGisAuth; // a fresh better-auth reads SITE_URL
    const site = "https://courts.example.kz";
    const res = await post("/sign-in/email", { email: "plain@example.org", password: STRONG }, { site });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/;\s*secure/i);
    expect((await sessionOf(cookieOf(res), site))?.user.email).toBe("plain@example.org");
  });
});
