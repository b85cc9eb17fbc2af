// Load: 60 s at the sustainable rate against the production server (loopback), a mix of nearest, search
// and locate; 0 errors and flat memory. The rate is 70 % of the throughput a 10 s probe reaches.
// Usage: npm run bench:load [-- --seconds=60 --rate=<req/s> --sizes=100000]
import autocannon from "autocannon";
import { numberArg, sizesArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";
import { cycling, LOAD_ROUTES } from "./lib/routes";
import { ensureBuild, startServer } from "./lib/server";
import { printTable } from "./lib/table";

const PORT = 3305;
const routes = Object.values(LOAD_ROUTES);
const mixed = (i: number) => routes[i % routes.length]!(Math.floor(i / routes.length));

async function main() {
  const [size] = sizesArg([100_000]);
  const seconds = numberArg("seconds", 60);
  const file = await benchDatabase(size!);
  ensureBuild();
  const server = await startServer(file, PORT);
  try {
    const probe = await autocannon({ url: server.url, connections: 4, duration: 10, requests: cycling(mixed) });
    const rate = Math.max(1, Math.round(numberArg("rate", probe.requests.average * 0.7)));
    const memory: { at: number; mb: number }[] = [{ at: 0, mb: server.rssMb() }];
    const sampler = setInterval(() => memory.push({ at: memory.length * 5, mb: server.rssMb() }), 5000);
    let r: Awaited<ReturnType<typeof autocannon>>;
    try {
      r = await autocannon({ url: server.url, connections: 8, duration: seconds, overallRate: rate, requests: cycling(mixed) });
    } finally {
      clearInterval(sampler);
    }
    memory.push({ at: seconds, mb: server.rssMb() });
    const settled = memory.find((m) => m.at >= 10) ?? memory[0]!;
    const last = memory.at(-1)!;
    const growth = (last.mb - settled.mb) / settled.mb;
    const failures = r.errors + r.timeouts + r.non2xx;
    printTable(`Load: ${seconds} s at ${rate} req/s (70 % of the ${Math.round(probe.requests.average)} req/s probe), nearest/search/locate mixed, ${size} entries`, [
      {
        "req/s achieved": Math.round(r.requests.average),
        requests: r.requests.total,
        "errors + non-2xx": failures,
        "p50 (ms)": r.latency.p50,
        "p99 (ms)": r.latency.p99,
        "server memory at 10 s (MB)": Math.round(settled.mb),
        "at the end (MB)": Math.round(last.mb),
        "growth after warm-up": `${(growth * 100).toFixed(1)} %`,
        verdict: failures === 0 && growth < 0.1 ? "pass" : "FAIL",
      },
    ]);
    console.log(`memory every 5 s (MB): ${memory.map((m) => Math.round(m.mb)).join(" ")}`);
    if (failures > 0 || growth >= 0.1) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
