import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { auth, authRateLimitBucket } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { ORIGIN } from "./actors";

useScratchDatabase("auth");

const post = (path: string, body: unknown, ip = "203.0.113.7") =>
  authPost(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip }, body: JSON.stringify(body) }));

/** A sign-in past the route's per-address limit (which the test above spends). */
const signInPast = () => auth().api.signInEmail({ body: { email: "p1@example.org", password: "a-long-password-1" }, asResponse: true });

describe("accounts", () => {
  it("a sign-up is always a practitioner, whatever it asks for, with an HttpOnly SameSite session cookie", async () => {
    const res = await post("/sign-up/email", { email: "p1@example.org", password: "a-long-password-1", name: "P One", role: "admin", regions: '["KZ-75"]' }, "203.0.113.1");
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const user = await db().user.findUniqueOrThrow({ where: { email: "p1@example.org" } });
    expect(user.role).toBe("practitioner");
    expect(user.regions).toBe("[]");
    const account = await db().account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain("a-long-password-1");
  });

  it("login attempts are rate-limited", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await post("/sign-in/email", { email: "p1@example.org", password: "wrong-password-x" }, "203.0.113.9")).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("a session lasts 7 days, and is extended only once it is a day old", async () => {
    const signIn = await signInPast();
    const cookie = signIn.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    const week = 7 * 24 * 3600;
    expect(cookie).toMatch(new RegExp(`Max-Age=${week}\\b`));
    const token = decodeURIComponent(cookie.split(";")[0]!.split("=")[1]!).split(".")[0]!;
    const session = await db().session.findUniqueOrThrow({ where: { token } });
    expect(Math.abs(session.expiresAt.getTime() - Date.now() - week * 1000)).toBeLessThan(60_000);

    const getSession = () => auth().handler(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie: cookie.split(";")[0]! } }));
    const hoursOld = async (hours: number) => {
      const expiresAt = new Date(Date.now() + week * 1000 - hours * 3600_000);
      await db().session.update({ where: { token }, data: { expiresAt } });
      expect((await getSession()).status).toBe(200);
      return { before: expiresAt, after: (await db().session.findUniqueOrThrow({ where: { token } })).expiresAt };
    };
    const young = await hoursOld(12);
    expect(young.after).toEqual(young.before);
    const old = await hoursOld(25);
    expect(old.after.getTime() - Date.now()).toBeGreaterThan(week * 1000 - 60_000);
  });

  it("better-auth itself refuses a sign-out from another site, even when called past our route's own check", async () => {
    const signIn = await signInPast();
    const cookie = signIn.headers.getSetCookie().find((c) => c.includes("session_token"))!.split(";")[0]!;
    const signOut = (origin: string) =>
      auth().handler(new Request(`${ORIGIN}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin, "content-type": "application/json" }, body: "{}" }));
    expect((await signOut("https://evil.example")).status).toBe(403);
    expect(await db().session.count({ where: { token: decodeURIComponent(cookie.split("=")[1]!).split(".")[0]! } })).toBe(1);
  });

  it("sign-in and sign-up each count in their own bucket; every other auth route as a read", () => {
    const bucket = (path: string) => authRateLimitBucket(new Request(`${ORIGIN}${path}`));
    expect(bucket("/api/auth/sign-in/email")).toBe("sign-in");
    expect(bucket("/api/auth/sign-up/email")).toBe("sign-up");
    expect(bucket("/api/auth/get-session")).toBe("read");
    expect(bucket("/api/auth/change-password")).toBe("read");
    expect(bucket("/x/api/auth/sign-up/email")).toBe("read");
  });
});
