import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientKey } from "./client-address";

// Load shedding at the door, before Next.js parses a request: the rate limits count requests per window,
// but a flood that stays within them can still keep more work in flight than the server's one thread gets
// through, and every request — a person's cheap locate too — then waits behind all of it. So, in flight at
// once:
//  - per client, at most `perClient` API requests (a browser opens 6 connections per site; more at once is
//    a script): the rest get 429 at once, costing the server next to nothing;
//  - for everyone together, at most `heavy` requests whose answer is megabytes or whose first build takes
//    seconds (markers, export, snapshot files): the rest get 503, so that a burst of them cannot fill the
//    thread. Cheap routes never wait for the heavy ones.
// Both answer in the one error shape with Retry-After.

export interface AdmissionLimits {
  /** API requests one client may have in flight at once. */
  perClient: number;
  /** Heavy requests (HEAVY_ROUTES) of all clients together in flight at once. */
  heavy: number;
}

const DEFAULTS: AdmissionLimits = { perClient: 8, heavy: 2 };

/** Answers of megabytes, or a first build of seconds (lib/directory/markers.ts, export-files.ts, snapshots.ts). */
const HEAVY_ROUTES = ["/api/v1/markers", "/api/v1/export", "/api/v1/snapshots/"];

export const isHeavyPath = (pathname: string) => HEAVY_ROUTES.some((r) => (r.endsWith("/") ? pathname.startsWith(r) : pathname === r || pathname === `${r}/`));

/** MAX_IN_FLIGHT_PER_CLIENT and MAX_HEAVY_IN_FLIGHT, else the defaults; a malformed value throws (a typo must not drop a limit). */
export function admissionLimits(env: Record<string, string | undefined> = process.env): AdmissionLimits {
  const read = (name: string, fallback: number) => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`${name}: "${value}" is not a whole number of requests`);
    return Number(value);
  };
  return { perClient: read("MAX_IN_FLIGHT_PER_CLIENT", DEFAULTS.perClient), heavy: read("MAX_HEAVY_IN_FLIGHT", DEFAULTS.heavy) };
}

/** Both limits out of the way: benchmarks of raw speed, and the browser tests (every one of them is 127.0.0.1). */
export const UNGATED_ENV: Record<string, string> = { MAX_IN_FLIGHT_PER_CLIENT: "1000000", MAX_HEAVY_IN_FLIGHT: "1000000" };

/** Seconds a refused client is asked to wait: the requests in flight are answered within about that. */
const RETRY_AFTER_SECONDS = 1;

export class Admission {
  private readonly perClient = new Map<string, number>();
  private heavy = 0;

  constructor(private readonly limits: AdmissionLimits) {}

  /**
   * Lets `req` in, or answers it with a refusal (then returns false). An admitted request holds its places
   * until its response is finished or its connection closes. Only API requests are counted: pages and
   * static files are not (pages have their own rate limit, counted in proxy.ts).
   */
  admit(req: IncomingMessage, res: ServerResponse): boolean {
    const pathname = (req.url ?? "/").split("?")[0]!;
    if (!pathname.startsWith("/api/")) return true;
    const address = req.headers[CLIENT_ADDRESS_HEADER];
    const client = typeof address === "string" ? clientKey(address) : "unknown";
    const own = this.perClient.get(client) ?? 0;
    if (own >= this.limits.perClient) return refuse(res, 429, "rate_limited", `Too many requests at once from this client (at most ${this.limits.perClient}); try again in ${RETRY_AFTER_SECONDS} s`);
    const heavy = isHeavyPath(pathname);
    if (heavy && this.heavy >= this.limits.heavy) return refuse(res, 503, "busy", `The server is busy with other large answers; try again in ${RETRY_AFTER_SECONDS} s`);
    this.perClient.set(client, own + 1);
    if (heavy) this.heavy++;
    res.once("close", () => {
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
      if (heavy) this.heavy--;
    });
    return true;
  }
}

/** A refusal in the one error shape (lib/api/errors.ts), written before Next.js sees the request. */
function refuse(res: ServerResponse, status: 429 | 503, code: string, message: string): false {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "retry-after": String(RETRY_AFTER_SECONDS),
    "cache-control": "no-store",
    // Public API callers in browsers must be able to read the refusal (lib/api/cors.ts grants every origin).
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "Retry-After",
  });
  res.end(body);
  return false;
}
