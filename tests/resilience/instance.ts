// One app instance for the multi-instance tests: a process of its own (its own caches, k-d tree, memory) that
// serves a few of the app's route handlers over HTTP on a free port, on the database DATABASE_URL names, and
// prints "listening <port>". The handlers are the app's own, called as Next.js calls them.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { POST as auth } from "../../app/api/auth/[...all]/route";
import { GET as adminEntry, PUT as saveEntry } from "../../app/api/v1/admin/entries/[id]/route";
import { POST as createEntry } from "../../app/api/v1/admin/entries/route";
import { GET as entry } from "../../app/api/v1/entries/[id]/route";
import { GET as nearest } from "../../app/api/v1/nearest/route";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ROUTES: [string, RegExp, Handler][] = [
  ["POST", /^\/api\/auth\/.+$/, auth],
  ["POST", /^\/api\/v1\/admin\/entries$/, createEntry],
  ["GET", /^\/api\/v1\/admin\/entries\/(?<id>[^/]+)$/, adminEntry as Handler],
  ["PUT", /^\/api\/v1\/admin\/entries\/(?<id>[^/]+)$/, saveEntry as Handler],
  ["GET", /^\/api\/v1\/entries\/(?<id>[^/]+)$/, entry as Handler],
  ["GET", /^\/api\/v1\/nearest$/, nearest],
];

const server = http.createServer((incoming, outgoing) => {
  const chunks: Buffer[] = [];
  incoming.on("data", (c: Buffer) => chunks.push(c));
  incoming.on("end", () => {
    void (async () => {
      const url = new URL(incoming.url ?? "/", "http://localhost");
      const found = ROUTES.map(([method, path, handler]) => ({ method, match: path.exec(url.pathname), handler })).find((r) => r.method === incoming.method && r.match);
      if (!found) {
        outgoing.writeHead(404).end();
        return;
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(incoming.headers)) if (typeof v === "string") headers.set(k, v);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const res = await found.handler(new Request(url, { method: incoming.method, headers, body }), { params: Promise.resolve({ ...found.match!.groups }) });
      const out: Record<string, string[]> = {};
      res.headers.forEach((value, key) => (out[key] = key === "set-cookie" ? res.headers.getSetCookie() : [value]));
      outgoing.writeHead(res.status, out).end(Buffer.from(await res.arrayBuffer()));
    })().catch((error: unknown) => {
      console.error(error);
      outgoing.writeHead(500).end();
    });
  });
});

server.listen(0, "127.0.0.1", () => console.log(`listening ${(server.address() as AddressInfo).port}`));
