/**
 * The production server: `next start`, plus the client's address. Next.js only fills X-Forwarded-For from
 * the socket when the client sent none, so a route handler cannot tell a client's own claim from the
 * truth; here every request gets CLIENT_ADDRESS_HEADER from the socket (or, from a TRUST_PROXY proxy, from
 * its X-Forwarded-For), replacing any copy the client sent. Then, before Next.js parses anything, the
 * admission step sheds what would only queue up (lib/net/admission.ts: requests in flight per client, and
 * heavy ones for everyone).
 *
 *   tsx scripts/server.ts [-H host] [-p port]     (port: -p, else $PORT, else 3000)
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { Admission, admissionLimits } from "../lib/net/admission";
import { parseTrustedProxies, stampClientAddress } from "../lib/net/client-address";
import { passPrecompressed } from "../lib/net/precompressed";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname;
  const trusted = parseTrustedProxies(process.env.TRUST_PROXY);
  const admission = new Admission(admissionLimits());
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  // Imported after NODE_ENV is set, as `next start` does.
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const handler: http.RequestListener = (req, res) => {
    stampClientAddress(req, trusted);
    if (!admission.admit(req, res)) return;
    passPrecompressed(req, res);
    void handle(req, res);
  };
  await warmUp(handler);
  const server = http.createServer(handler);
  server.listen(port, hostname, () => {
    console.log(`Ready on http://${hostname ?? "localhost"}:${port}${trusted.empty ? "" : ` (trusting X-Forwarded-For from ${process.env.TRUST_PROXY})`}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/**
 * Builds what every process builds on its first use, before the port opens: the nearest index (100 000
 * entries) and the district outlines for locate took seconds, and each route's first request loaded its
 * modules on the server's only thread (bench/flood.ts: the first 10 s of a flood after a start held
 * clients for seconds). The markers thread is started and given the map's first filters (the whole
 * directory and each kind alone) to index; the export's module is loaded by a request it refuses (a bad
 * format), since building an export takes seconds and few ask for it. Through the app itself, on a
 * loopback port of its own (the bundle's modules are not this script's).
 */
const WARM_UP_PATHS = [
  "/api/v1/nearest?lat=51.13&lng=71.43&limit=1",
  "/api/v1/locate?lat=51.13&lng=71.43",
  "/api/v1/entries?q=%D0%B0%D0%BB%D0%BC%D0%B0%D1%82%D1%8B&limit=1",
  "/api/v1/regions",
  "/api/v1/markers",
  ...["court", "advocate", "notary", "mediator"].map((kind) => `/api/v1/markers?kind=${kind}`),
  "/api/v1/export?format=warm-up",
];

async function warmUp(handler: http.RequestListener): Promise<void> {
  const warm = http.createServer(handler);
  await new Promise<void>((resolve) => warm.listen(0, "127.0.0.1", resolve));
  const { port } = warm.address() as { port: number };
  try {
    for (const path of WARM_UP_PATHS) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      if (!res.ok && !path.includes("warm-up")) console.error(`warm-up: ${path} answered ${res.status}`);
      await res.arrayBuffer();
    }
  } catch (error) {
    console.error("warm-up failed (the first requests will build what it would have):", error);
  } finally {
    warm.close();
    warm.closeAllConnections();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
