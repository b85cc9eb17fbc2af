/**
 * The production server: `next start`, plus the client's address. Next.js only fills X-Forwarded-For from
 * the socket when the client sent none, so a route handler cannot tell a client's own claim from the
 * truth; here every request gets CLIENT_ADDRESS_HEADER from the socket (or, from a TRUST_PROXY proxy, from
 * its X-Forwarded-For), replacing any copy the client sent.
 *
 *   tsx scripts/server.ts [-H host] [-p port]     (port: -p, else $PORT, else 3000)
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseTrustedProxies, stampClientAddress } from "../lib/net/client-address";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname;
  const trusted = parseTrustedProxies(process.env.TRUST_PROXY);
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  // Imported after NODE_ENV is set, as `next start` does.
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    stampClientAddress(req, trusted);
    void handle(req, res);
  });
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
