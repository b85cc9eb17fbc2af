// Flood: does one well-behaved client stay served while others flood the public API? On the production
// server (scripts/server.ts, 100 000 entries): a 10 s probe finds the throughput of a mixed public load
// (nearest, search, locate, markers, export) with the limits off; then, with the production limits, several
// "attackers" send that mix at 4× that rate for 60 s, each from its own loopback address (127.0.0.11, .12,
// … — the server sees distinct socket addresses), while a client on 127.0.0.2 asks locate or nearest every
// 200 ms. Passes when that client's p99 stays under 1 s and it is never refused. A second table follows the
// flood 10 s at a time with the server's event-loop delay and requests in flight (bench/lib/loop-probe.cjs),
// which tells a held thread from a queue.
// Usage: npm run bench:flood [-- --seconds=60 --attackers=4 --factor=4 --rate=40 --unprotected]
// (--rate: flood at this many requests a second and skip the probe — the probe follows the machine's load,
// so runs at different loads flood at different rates; --unprotected floods a server with the limits off
// too, for comparison: the finding as it was. FLOOD_CPU_PROFILE=<file> writes the flooded server's CPU
// profile.)
// The probe runs after one request of each markers query and export format (built once, then cached), so
// it measures the rate the mix is served at; the flood's server starts cold, as after a restart or an edit.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { numberArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";
import { cycling, LOAD_ROUTES } from "./lib/routes";
import { ensureBuild, startServer, type RunningServer } from "./lib/server";
import { percentile, queryPoints } from "./lib/stats";
import { printTable } from "./lib/table";

const PORT = 3414;
const CLIENT_ADDRESS = "127.0.0.2";
const CLIENT_EVERY_MS = 200;
const REQUEST_TIMEOUT_MS = 15_000;
/** Requests one attacker keeps open at most; more would only queue in its own sockets. */
const MAX_OPEN_PER_ATTACKER = 64;

const MARKER_QUERIES = ["", "kind=advocate", "kind=notary,mediator", "kind=court", "region=KZ-75", "kind=advocate&region=KZ-71"];
const MIX: ((i: number) => string)[] = [
  LOAD_ROUTES.nearest!,
  LOAD_ROUTES.search!,
  LOAD_ROUTES.locate!,
  (i) => `/api/v1/markers?${MARKER_QUERIES[i % MARKER_QUERIES.length]}`,
  (i) => `/api/v1/export?format=${i % 2 ? "geojson" : "csv"}`,
];
const mixed = (i: number) => MIX[i % MIX.length]!(Math.floor(i / MIX.length));

const points = queryPoints(500, 23);
const clientPath = (i: number) => {
  const p = points[i % points.length]!;
  return i % 2 ? `/api/v1/locate?lat=${p.lat.toFixed(5)}&lng=${p.lng.toFixed(5)}` : `/api/v1/nearest?lat=${p.lat.toFixed(5)}&lng=${p.lng.toFixed(5)}&limit=10`;
};

interface Tally {
  sent: number;
  skipped: number;
  ok: number;
  refused: number;
  shed: number;
  other: number;
  errors: number;
  latencies: number[];
  /** When each answer came (ms since the flood began) and how long it took. */
  answers: { at: number; ms: number }[];
}
const tally = (): Tally => ({ sent: 0, skipped: 0, ok: 0, refused: 0, shed: 0, other: 0, errors: 0, latencies: [], answers: [] });
let floodStart = 0;
let floodStartEpoch = 0;

/** One GET from `agent`'s local address, the whole body read; counts its outcome into `t`. */
function send(url: string, path: string, agent: http.Agent, t: Tally): Promise<void> {
  t.sent++;
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.get(`${url}${path}`, { agent, timeout: REQUEST_TIMEOUT_MS, headers: { "accept-encoding": "gzip" } }, (res) => {
      res.resume();
      res.on("end", () => {
        const ms = performance.now() - t0;
        t.latencies.push(ms);
        t.answers.push({ at: t0 - floodStart, ms });
        const s = res.statusCode ?? 0;
        if (s >= 200 && s < 400) t.ok++;
        else if (s === 429) t.refused++;
        else if (s === 503) t.shed++;
        else t.other++;
        resolve();
      });
      res.on("error", () => (t.errors++, resolve()));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => (t.errors++, t.latencies.push(performance.now() - t0), resolve()));
  });
}

/** `rate` requests a second in all, spread over the attackers, for `seconds`; and the client's steady requests. */
async function flood(server: RunningServer, rate: number, attackers: number, seconds: number) {
  const attack = tally();
  const client = tally();
  const agents = Array.from({ length: attackers }, (_, a) => new http.Agent({ keepAlive: true, maxSockets: MAX_OPEN_PER_ATTACKER, localAddress: `127.0.0.${11 + a}` }));
  const clientAgent = new http.Agent({ keepAlive: true, localAddress: CLIENT_ADDRESS });
  const open = new Array<number>(attackers).fill(0);
  const pending: Promise<void>[] = [];
  const start = performance.now();
  floodStart = start;
  floodStartEpoch = Date.now();
  let issued = 0;
  let asked = 0;
  const attackTimer = setInterval(() => {
    const due = Math.floor(((performance.now() - start) / 1000) * rate);
    for (; issued < due; issued++) {
      const a = issued % attackers;
      if (open[a]! >= MAX_OPEN_PER_ATTACKER) {
        attack.skipped++;
        continue;
      }
      open[a]!++;
      pending.push(send(server.url, mixed(issued), agents[a]!, attack).then(() => void open[a]!--));
    }
  }, 10);
  const clientTimer = setInterval(() => pending.push(send(server.url, clientPath(asked++), clientAgent, client)), CLIENT_EVERY_MS);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  clearInterval(attackTimer);
  clearInterval(clientTimer);
  await Promise.all(pending);
  for (const agent of [...agents, clientAgent]) agent.destroy();
  return { attack, client };
}

/** Each markers query and export format once, one after another, so the probe finds them built. */
async function warmUp(server: RunningServer): Promise<void> {
  const paths = [...MARKER_QUERIES.map((q) => `/api/v1/markers?${q}`), "/api/v1/export?format=csv", "/api/v1/export?format=geojson"];
  for (const p of paths) {
    const res = await fetch(`${server.url}${p}`, { headers: { "accept-encoding": "gzip" } });
    if (!res.ok) throw new Error(`warm-up: ${p} answered ${res.status}`);
    await res.arrayBuffer();
  }
}

function row(who: string, t: Tally, seconds: number) {
  return {
    who,
    "req/s sent": Math.round(t.sent / seconds),
    sent: t.sent,
    "not sent (sockets full)": t.skipped,
    "2xx/3xx": t.ok,
    "refused (429)": t.refused,
    "shed (503)": t.shed,
    "other status": t.other,
    "errors/timeouts": t.errors,
    "p50 (ms)": Math.round(percentile(t.latencies, 50)),
    "p99 (ms)": Math.round(percentile(t.latencies, 99)),
    "max (ms)": Math.round(Math.max(...t.latencies)),
  };
}

const TIMELINE_SECONDS = 10;

/** The loop probe's lines: time, delay p50, p99, max (ms), requests in flight, their peak in that second. */
function readLoopProbe(file: string): { at: number; p99: number; max: number; peak: number }[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(" ").map(Number))
    .map(([at, , p99, max, , peak]) => ({ at: at! - floodStartEpoch, p99: p99!, max: max!, peak: peak! }));
}

function timeline(client: Tally, loop: ReturnType<typeof readLoopProbe>, seconds: number) {
  const rows = [];
  for (let from = 0; from < seconds; from += TIMELINE_SECONDS) {
    const inWindow = <T extends { at: number }>(xs: T[]) => xs.filter((x) => x.at >= from * 1000 && x.at < (from + TIMELINE_SECONDS) * 1000);
    const answers = inWindow(client.answers).map((a) => a.ms);
    const probe = inWindow(loop);
    rows.push({
      seconds: `${from}–${from + TIMELINE_SECONDS}`,
      "client answers": answers.length,
      "client p50 (ms)": Math.round(percentile(answers, 50)),
      "client p99 (ms)": Math.round(percentile(answers, 99)),
      "loop delay p99, worst second (ms)": Math.max(0, ...probe.map((p) => p.p99)),
      "loop delay max (ms)": Math.max(0, ...probe.map((p) => p.max)),
      "in flight, peak": Math.max(0, ...probe.map((p) => p.peak)),
    });
  }
  return rows;
}

async function main() {
  const seconds = numberArg("seconds", 60);
  const attackers = Math.round(numberArg("attackers", 4));
  const factor = numberArg("factor", 4);
  if (attackers > 200) throw new Error("--attackers: at most 200 (127.0.0.11 … 127.0.0.210)");
  const file = await benchDatabase(100_000);
  ensureBuild();
  const loadBefore = os.loadavg()[0]!.toFixed(1);

  const fixedRate = process.argv.some((a) => a.startsWith("--rate=")) ? numberArg("rate", 1) : null;
  const compare = process.argv.includes("--unprotected");
  let probeRate = fixedRate === null ? 0 : fixedRate / factor;
  let unprotected: Awaited<ReturnType<typeof flood>> | null = null;
  if (fixedRate === null || compare) {
    const open = await startServer(file, PORT);
    try {
      if (fixedRate === null) {
        // Markers and export are built once per state of the directory and then served from the cache: without
        // this the 10 s probe measured mostly the first export's build, not the rate the mix is served at.
        await warmUp(open);
        // With gzip, as browsers and the flood ask: plain, one markers answer is 21 MB and one export 42 MB.
        const probe = await autocannon({ url: open.url, connections: 4, duration: 10, headers: { "accept-encoding": "gzip" }, requests: cycling(mixed) });
        probeRate = Math.max(1, probe.requests.average);
      }
      if (compare) unprotected = await flood(open, probeRate * factor, attackers, seconds);
    } finally {
      await open.stop();
    }
  }

  const rate = probeRate * factor;
  const probeFile = path.join(os.tmpdir(), `flood-loop-${process.pid}.txt`);
  fs.rmSync(probeFile, { force: true });
  const probeEnv = {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(__dirname, "lib", "loop-probe.cjs")}`.trim(),
    LOOP_PROBE_FILE: probeFile,
    // FLOOD_CPU_PROFILE=<file>: the flooded server's CPU profile, to see what holds its thread.
    CPU_PROFILE_FILE: process.env.FLOOD_CPU_PROFILE ?? "",
  };
  const server = await startServer(file, PORT, probeEnv, { rateLimits: true });
  let result: Awaited<ReturnType<typeof flood>>;
  try {
    result = await flood(server, rate, attackers, seconds);
  } finally {
    await server.stop();
  }
  const loop = readLoopProbe(probeFile);
  fs.rmSync(probeFile, { force: true });
  const pass = percentile(result.client.latencies, 99) < 1000 && result.client.refused === 0 && result.client.errors === 0;
  const addresses = `127.0.0.11–${10 + attackers}`;
  printTable(
    `Flood: ${seconds} s at ${rate.toFixed(1)} req/s (${fixedRate === null ? `${factor}× the ${probeRate.toFixed(1)} req/s probe of` : "set by --rate;"} nearest/search/locate/markers/export) from ${attackers} attackers (${addresses}), one client (${CLIENT_ADDRESS}) every ${CLIENT_EVERY_MS} ms, 100 000 entries`,
    [
      ...(unprotected ? [row("client, limits off", unprotected.client, seconds), row("attackers, limits off", unprotected.attack, seconds)] : []),
      row("client", result.client, seconds),
      row("attackers", result.attack, seconds),
    ],
  );
  printTable(`The same flood, ${TIMELINE_SECONDS} s at a time: the client's answers and the server's event loop (perf_hooks.monitorEventLoopDelay, per second) and requests in flight`, timeline(result.client, loop, seconds));
  console.log(`client p99 under 1 s and never refused: ${pass ? "pass" : "FAIL"}; load average ${loadBefore} before, ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} after`);
  if (!pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
