// SQLite vs PostgreSQL + PostGIS side by side, in one run: nearest, search and locate over HTTP against the
// production server at 100 000 entries (the same data: the SQLite bench database copied with db:copy), then
// an import of 100 000 rows (the admin importer, fresh process) into a directory of boundaries and courts.
// PostgreSQL is a throwaway cluster on 127.0.0.1 (bench/lib/postgis.ts), fsync off as for SQLite's bench file.
// Usage: npm run bench:engines [-- --sizes=100000 --seconds=10 --connections=4]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { copyToPostgresql } from "../lib/db/copy";
import { numberArg, sizesArg } from "./lib/args";
import { baseDatabase, BENCH_DIR, benchDatabase, exportCsv, removeDatabase } from "./lib/dataset";
import { startPostgis } from "./lib/postgis";
import { cycling, LOAD_ROUTES } from "./lib/routes";
import { ensureBuild, startServer } from "./lib/server";
import { printTable } from "./lib/table";

const PORT = 3302;

function importRun(location: string, csv: string): { seconds: number; maxRssMb: number } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "lib", "import-worker.ts"), "importer", location, csv], { encoding: "utf8", maxBuffer: 1 << 24 });
  const r = JSON.parse(out.trim().split("\n").at(-1)!) as { maxRssMb: number };
  return { seconds: (performance.now() - t0) / 1000, maxRssMb: r.maxRssMb };
}

async function main() {
  const [size] = sizesArg([100_000]);
  const seconds = numberArg("seconds", 10);
  const connections = numberArg("connections", 4);
  const file = await benchDatabase(size!);
  ensureBuild();
  const cluster = await startPostgis();
  const url = (name: string) => `postgresql://postgres@127.0.0.1:${cluster.port}/${name}`;
  try {
    cluster.sql(`CREATE DATABASE directory; CREATE DATABASE import_base;`);
    const t0 = performance.now();
    await copyToPostgresql(file, url("directory"));
    const copySeconds = (performance.now() - t0) / 1000;
    cluster.sql(`\\c directory\nVACUUM ANALYZE;`);

    const http: Record<string, Record<string, number>> = {};
    for (const [engine, env] of [["SQLite", {}], ["PostgreSQL", { DATABASE_URL: url("directory") }]] as const) {
      const server = await startServer(file, PORT, env);
      try {
        for (const [route, make] of Object.entries(LOAD_ROUTES)) {
          await autocannon({ url: server.url, connections, duration: 2, requests: cycling(make) }); // warm-up
          const r = await autocannon({ url: server.url, connections, duration: seconds, requests: cycling(make) });
          if (r.errors + r.timeouts + r.non2xx > 0) throw new Error(`${engine} ${route}: ${r.errors + r.timeouts + r.non2xx} errors or non-2xx`);
          http[route] = { ...http[route], [`${engine} req/s`]: Math.round(r.requests.average), [`${engine} p50 (ms)`]: r.latency.p50, [`${engine} p99 (ms)`]: r.latency.p99 };
        }
      } finally {
        await server.stop();
      }
    }
    const rows = Object.entries(http).map(([route, r]) => ({
      route,
      ...r,
      "PostgreSQL / SQLite (req/s)": Number((r["PostgreSQL req/s"]! / r["SQLite req/s"]!).toFixed(2)),
    }));
    printTable(`HTTP on loopback, ${size} entries, ${connections} connections, ${seconds} s per route and engine`, rows);

    // Import: the same CSV into a directory of boundaries and courts on each engine, each in a fresh process.
    const csv = await exportCsv(size!);
    const sqliteBase = path.join(BENCH_DIR, "engines-import.sqlite");
    await baseDatabase(sqliteBase);
    const sqlite = importRun(sqliteBase, csv);
    removeDatabase(sqliteBase);
    await baseDatabase(url("import_base"));
    const postgresql = importRun(url("import_base"), csv);
    printTable(`Import of ${size} rows (CSV, admin importer, fresh process); db:copy of the ${size}-entry database to PostgreSQL: ${copySeconds.toFixed(1)} s`, [
      { engine: "SQLite", seconds: Number(sqlite.seconds.toFixed(1)), "peak memory (MB)": Math.round(sqlite.maxRssMb) },
      { engine: "PostgreSQL", seconds: Number(postgresql.seconds.toFixed(1)), "peak memory (MB)": Math.round(postgresql.maxRssMb) },
    ]);
    console.log(`load average: ${fs.readFileSync("/proc/loadavg", "utf8").trim()}`);
  } finally {
    cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
