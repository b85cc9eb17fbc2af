import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as entries } from "@/app/api/v1/entries/route";
import { GET as entry } from "@/app/api/v1/entries/[id]/route";
import { GET as locate } from "@/app/api/v1/locate/route";
import { GET as markers } from "@/app/api/v1/markers/route";
import { GET as nearest } from "@/app/api/v1/nearest/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as regions } from "@/app/api/v1/regions/route";
import { anyRequest, contractViolation, PUBLIC_ROUTES, type FuzzRequest } from "./requests";

type Handler = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
const HANDLERS: Record<string, Handler> = { regions, entries, markers, entry, nearest, locate, openapi };

/** Calls the route handler the way Next.js does, id decoded from the path for the dynamic route. */
async function send(request: FuzzRequest): Promise<{ status: number; body: unknown }> {
  const url = new URL(request.url, "http://localhost");
  const id = decodeURIComponent(url.pathname.split("/")[4] ?? "");
  const res = await HANDLERS[request.route.name]!(new Request(url), { params: Promise.resolve({ id }) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

describe("fuzzing the public API (bench/fuzz.ts runs the full count over HTTP)", () => {
  it("malformed and edge-case requests never give a 5xx, and every 4xx is the error shape naming the field", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(anyRequest(PUBLIC_ROUTES, 100_000), async (request) => {
        const { status, body } = await send(request);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(contractViolation(request, status, body)).toBeNull();
      }),
      { numRuns: 1500, seed: 20261125 },
    );
    // The generator reaches both the handlers' success paths and their validation.
    expect(statuses.get(200)).toBeGreaterThan(50);
    expect(statuses.get(400)).toBeGreaterThan(50);
  }, 120_000);
});
