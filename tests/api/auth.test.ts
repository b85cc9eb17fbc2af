import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { db } from "@/lib/db/client";
import { ORIGIN } from "./actors";

useScratchDatabase("auth");

const post = (path: string, body: unknown, ip = "203.0.113.7") =>
  authPost(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip }, body: JSON.stringify(body) }));

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
});
