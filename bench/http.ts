// HTTP on loopback against the production server (next build + next start) with 100 000 entries:
// requests/s and latency for nearest, search and locate (autocannon).
// Usage: npm run bench:http [-- --sizes=100000 --seconds=10 --connections=4]
import autocannon from "autocannon";
import { benchDatabase } from "./lib/dataset";
import { ensureBuild, startServer } from "./lib/server";
import { cycling, LOAD_ROUTES } from "./lib/routes";
import { printTable } from "./lib/table";
import { numberArg, sizesArg } from "./lib/args";

const PORT = 3301;
async function main() {
  const [size] = sizesArg([100_000]);
  const seconds = numberArg("seconds", 10);
  const connections = numberArg("connections", 4);
  const file = await benchDatabase(size!);
  ensureBuild();
  const server = await startServer(file, PORT);
  const rows: Record<string, string | number>[] = [];
  try {
    for (const [name, make] of Object.entries(LOAD_ROUTES)) {
      await autocannon({ url: server.url, connections, duration: 2, requests: cycling(make) }); // warm-up
      const r = await autocannon({ url: server.url, connections, duration: seconds, requests: cycling(make) });
      rows.push({
        route: name,
        "req/s": Math.round(r.requests.average),
        "p50 (ms)": r.latency.p50,
        "p99 (ms)": r.latency.p99,
        requests: r.requests.total,
        "errors + non-2xx": r.errors + r.timeouts + r.non2xx,
      });
    }
  } finally {
    await server.stop();
  }
  printTable(`HTTP on loopback, ${size} entries, ${connections} connections, ${seconds} s per route`, rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
