// Ratings of courts (issue 13): a court's aggregates with 1 000 000 sample ratings in the database (in-process
// and over HTTP), posting a rating over HTTP, and a mixed run of writes and reads at a steady rate with the
// count checked after. Usage: npm run bench:ratings [-- --ratings=1000000 --seconds=60 --rate=<req/s> --mixed-only]
import { createDb } from "../lib/db/client";
import { courtRatings, ratingTable } from "../lib/ratings/aggregates";
import { numberArg } from "./lib/args";
import { ratingCount, ratingsBenchDatabase } from "./lib/rating-samples";
import { ensureBuild, startServer } from "./lib/server";
import { median, percentile, timeEach } from "./lib/stats";
import { printTable } from "./lib/table";

const PORT = 3462;
class Skip extends Error {}
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const ms = (n: number) => Math.round(n * 1000) / 1000;

async function main() {
  const count = numberArg("ratings", 1_000_000);
  const seconds = numberArg("seconds", 60);
  // The sustainable rate: by default half of what one client doing one request at a time gets (from the p50s
  // below), so the server keeps up instead of queueing; --rate sets it.
  const rateArg = process.argv.some((a) => a.startsWith("--rate=")) ? numberArg("rate", 1) : null;
  const p50s: number[] = [];
  const { file, hotCourt } = await ratingsBenchDatabase(count);
  const rows: Record<string, string | number>[] = [];
  // Each figure as soon as it is measured (the whole run takes minutes), the table at the end.
  const report = (row: Record<string, string | number>) => {
    rows.push(row);
    console.error(JSON.stringify(row));
  };
  const mixedOnly = process.argv.includes("--mixed-only");

  const db = createDb(file);
  try {
    if (mixedOnly) throw new Skip();
    const quiet = (await ratingTable(db, {}, { limit: 500 })).items;
    const typical = quiet[Math.floor(quiet.length / 2)]!.entryId;
    for (const [name, run, n] of [
      [`a court's aggregates, in-process (the court with ${(await courtRatings(db, hotCourt, { limit: 10 })).overall.count} ratings)`, () => courtRatings(db, hotCourt, { limit: 10 }), 2000],
      [`a court's aggregates, in-process (a typical court)`, () => courtRatings(db, typical, { limit: 10 }), 2000],
      // Every tally row of the country (courts × criteria × months): a heavier read, timed fewer times.
      ["the national table, in-process (all criteria)", () => ratingTable(db, {}, { limit: 500 }), 100],
    ] as const) {
      await timeEach(range(10), run);
      const times = await timeEach(range(n), run);
      report({ what: name, "p50 (ms)": ms(median(times)), "p99 (ms)": ms(percentile(times, 99)), n: times.length });
    }
  } catch (error) {
    if (!(error instanceof Skip)) throw error;
  } finally {
    await db.$disconnect();
  }

  ensureBuild();
  const server = await startServer(file, PORT);
  try {
    const post = (score: number) =>
      fetch(`${server.url}/api/v1/entries/${hotCourt}/ratings`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ criterion: "service", score }) });
    const get = () => fetch(`${server.url}/api/v1/entries/${hotCourt}/ratings`);
    const statusOf = async (res: Promise<Response>) => {
      const r = await res;
      await r.arrayBuffer();
      return r.status;
    };
    for (const [name, run, expected] of [
      ["POST a rating over HTTP (a new browser each time)", (i: number) => statusOf(post((i % 5) + 1)), 201],
      ["GET a court's aggregates over HTTP", () => statusOf(get()), 200],
    ] as const) {
      if (mixedOnly) break;
      await timeEach(range(100), run);
      const statuses: number[] = [];
      const times = await timeEach(range(1000), async (i) => statuses.push(await run(i)));
      if (statuses.some((s) => s !== expected)) throw new Error(`${name}: got ${[...new Set(statuses)].join(", ")}`);
      p50s.push(median(times));
      report({ what: name, "p50 (ms)": ms(median(times)), "p99 (ms)": ms(percentile(times, 99)), n: times.length });
    }
    const rate = rateArg ?? (p50s.length ? Math.max(1, Math.floor((0.5 * 1000) / (p50s.reduce((a, b) => a + b, 0) / p50s.length))) : 20);

    // The mixed run: half writes, half reads, started at a steady `rate` per second whatever the answers take.
    const before = ratingCount(file);
    let created = 0;
    let errors = 0;
    const failures = new Map<string, number>();
    const failed = (what: string) => {
      errors++;
      failures.set(what, (failures.get(what) ?? 0) + 1);
    };
    const latencies: number[] = [];
    const inFlight = new Set<Promise<void>>();
    const start = performance.now();
    for (let i = 0; performance.now() - start < seconds * 1000; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const t0 = performance.now();
      const request = (i % 2 === 0 ? statusOf(post((i % 5) + 1)) : statusOf(get()))
        .then((status) => {
          latencies.push(performance.now() - t0);
          if (status === 201) created++;
          else if (status !== 200) failed(String(status));
        })
        .catch((error: unknown) => failed(error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)))
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
    await Promise.all(inFlight);
    const after = ratingCount(file);
    report({
      what: `mixed ${seconds} s at ${rate} req/s (half POST, half GET): ${created} ratings created, count after ${after - before} more, errors ${errors}`,
      "p50 (ms)": ms(median(latencies)),
      "p99 (ms)": ms(percentile(latencies, 99)),
      n: latencies.length,
    });
    if (errors > 0 || after - before !== created) throw new Error(`mixed run: ${errors} errors (${JSON.stringify([...failures])}); ${created} created, the count grew by ${after - before}`);
  } finally {
    await server.stop();
  }
  printTable(`Ratings with ${count} sample ratings in the database`, rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
