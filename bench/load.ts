// Load: 60 s at the sustainable rate against the production server (loopback), a mix of nearest, search
// and locate; 0 errors and flat memory. The rate is 70 % of the throughput a 10 s probe reaches; 20 s at
// that rate come first (JIT, caches). Memory is judged on the server's live heap after a full GC, taken
// every 5 s by bench/lib/heap-probe.cjs; resident memory is shown too (V8 grows it lazily).
// Usage: npm run bench:load [-- --seconds=60 --rate=<req/s> --sizes=100000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { numberArg, sizesArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";
import { cycling, LOAD_ROUTES } from "./lib/routes";
import { ensureBuild, startServer } from "./lib/server";
import { printTable } from "./lib/table";

const PORT = 3305;
const routes = Object.values(LOAD_ROUTES);
const mixed = (i: number) => routes[i % routes.length]!(Math.floor(i / routes.length));

/** Heap-after-GC samples (MB) of the process that serves: the one with the largest heap (next start may fork). */
function heapSamples(file: string): { at: number; mb: number }[] {
  const rows = (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split(" ").map(Number) as [number, number, number]);
  const server = rows.reduce<[number, number]>((best, r) => (r[2] > best[1] ? [r[0], r[2]] : best), [0, 0])[0];
  return rows.filter(([pid]) => pid === server).map(([, at, bytes]) => ({ at, mb: bytes / 1e6 }));
}

async function main() {
  const [size] = sizesArg([100_000]);
  const seconds = numberArg("seconds", 60);
  const file = await benchDatabase(size!);
  ensureBuild();
  const heapFile = path.join(os.tmpdir(), `courts-gis-heap-${process.pid}.log`);
  fs.rmSync(heapFile, { force: true });
  const server = await startServer(file, PORT, {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(__dirname, "lib", "heap-probe.cjs")}`.trim(),
    HEAP_PROBE_FILE: heapFile,
  });
  try {
    const probe = await autocannon({ url: server.url, connections: 4, duration: 10, requests: cycling(mixed) });
    const rate = Math.max(1, Math.round(numberArg("rate", probe.requests.average * 0.7)));
    await autocannon({ url: server.url, connections: 8, duration: 20, overallRate: rate, requests: cycling(mixed) });
    const start = Date.now();
    const rssStart = server.rssMb();
    const r = await autocannon({ url: server.url, connections: 8, duration: seconds, overallRate: rate, requests: cycling(mixed) });
    await new Promise((resolve) => setTimeout(resolve, 5500)); // one more heap sample after the last request
    const rssEnd = server.rssMb();
    const heap = heapSamples(heapFile).filter((s) => s.at >= start - 5000);
    const [first, last] = [heap[0]?.mb ?? NaN, heap.at(-1)?.mb ?? NaN];
    const growth = (last - first) / first;
    const failures = r.errors + r.timeouts + r.non2xx;
    const pass = failures === 0 && growth < 0.1;
    printTable(`Load: ${seconds} s at ${rate} req/s (70 % of the ${Math.round(probe.requests.average)} req/s probe) after 20 s of warm-up, nearest/search/locate mixed, ${size} entries`, [
      {
        "req/s achieved": Math.round(r.requests.average),
        requests: r.requests.total,
        "errors + non-2xx": failures,
        "p50 (ms)": r.latency.p50,
        "p99 (ms)": r.latency.p99,
        "live heap after GC, start → end (MB)": `${first.toFixed(1)} → ${last.toFixed(1)} (${(growth * 100).toFixed(1)} %)`,
        "resident, start → end (MB)": `${Math.round(rssStart)} → ${Math.round(rssEnd)}`,
        verdict: pass ? "pass" : "FAIL",
      },
    ]);
    console.log(`live heap after GC every 5 s (MB): ${heap.map((s) => s.mb.toFixed(1)).join(" ")}`);
    if (!pass) process.exitCode = 1;
  } finally {
    await server.stop();
    fs.rmSync(heapFile, { force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
