import { randomUUID } from "node:crypto";
import { auth } from "@/lib/auth/auth";
import { createUser } from "@/lib/auth/accounts";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

export const ORIGIN = "http://localhost";

export interface TestActor {
  id: string;
  email: string;
  cookie: string;
}

/** A real account, signed in through better-auth: its session cookie. */
export async function signedIn(role: Role, regions: string[] = []): Promise<TestActor> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.org`;
  const password = `pw-${randomUUID()}`;
  const { id } = await createUser(db(), { email, name: `Test ${role}`, password, role, regions });
  const res = await auth().api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { id, email, cookie };
}

type Handler = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;

export interface CallOptions {
  as?: TestActor | null;
  body?: unknown;
  origin?: string | null;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

/** Calls a route handler as a browser on this site would (same Origin, session cookie, JSON body). */
export async function send(handler: Handler, method: string, url: string, options: CallOptions = {}): Promise<{ status: number; body: any }> {
  const headers = new Headers({ "content-type": "application/json" });
  const origin = options.origin === undefined ? ORIGIN : options.origin;
  if (origin) headers.set("origin", origin);
  if (options.as) headers.set("cookie", options.as.cookie);
  for (const [k, v] of Object.entries(options.headers ?? {})) headers.set(k, v);
  const req = new Request(new URL(url, ORIGIN), {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : JSON.stringify(options.body ?? {}),
  });
  const res = await handler(req, { params: Promise.resolve(options.params ?? {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
