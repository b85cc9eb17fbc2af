// The public map page in headless Chromium against the production build (next build + next start):
// the JavaScript it loads (bytes, gzip) and the time to first render — first markers visible, and every
// located entry on the map (clusters included). Usage: npm run bench:map [-- --sizes=20000 --runs=5 --port=3150]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { chromium } from "@playwright/test";
import { numberArg, sizesArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";
import { ensureBuild, startServer } from "./lib/server";
import { printTable } from "./lib/table";

/** The real data: 396 courts and 9 000 sample practitioners. */
const REAL_SIZE = 9396;
const CHROMIUM = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"].find((p) => fs.existsSync(p));

function locatedCount(file: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    const row = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Entry" WHERE "status" = 'active' AND "lat" IS NOT NULL`).get() as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}

/** Bytes of the page's scripts as served from .next/static, raw and gzip-compressed. */
function scriptBytes(urls: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const url of new Set(urls)) {
    const file = path.join(process.cwd(), ".next", "static", decodeURIComponent(new URL(url).pathname.replace(/^\/_next\/static\//, "")));
    const body = fs.readFileSync(file);
    raw += body.length;
    gzip += zlib.gzipSync(body, { level: 6 }).length;
  }
  return { raw, gzip };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const [size] = sizesArg([REAL_SIZE]);
  const runs = numberArg("runs", 5);
  const port = numberArg("port", 3150);
  const file = await benchDatabase(size!);
  const located = locatedCount(file);
  ensureBuild();
  const server = await startServer(file, port);
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ["--disable-gpu"] });
  const first: number[] = [];
  const all: number[] = [];
  let scripts: string[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      const urls: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script" && r.url().includes("/_next/static/")) urls.push(r.url());
      });
      await page.goto(`${server.url}/en`);
      await page.waitForFunction(() => document.querySelector(".leaflet-marker-icon") !== null, null, { polling: "raf", timeout: 60_000 });
      first.push(await page.evaluate(() => performance.now()));
      // Every located entry is on the map: single markers plus the counts on the cluster icons.
      await page.waitForFunction(
        (n) => {
          const singles = document.querySelectorAll(".kind-marker").length;
          const clustered = [...document.querySelectorAll(".cluster-icon [aria-hidden]")].reduce((s, e) => s + Number(e.textContent), 0);
          return singles + clustered >= n;
        },
        located,
        { polling: 100, timeout: 120_000 },
      );
      all.push(await page.evaluate(() => performance.now()));
      scripts = urls;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const bytes = scriptBytes(scripts);
  printTable(`Map page (/en), ${size} entries (${located} located), headless Chromium, ${runs} runs`, [
    { measure: "JavaScript loaded (files)", value: new Set(scripts).size },
    { measure: "JavaScript loaded (KiB, raw)", value: Math.round(bytes.raw / 1024) },
    { measure: "JavaScript loaded (KiB, gzip)", value: Math.round(bytes.gzip / 1024) },
    { measure: "first markers visible (ms, median)", value: Math.round(median(first)) },
    { measure: "all entries on the map (ms, median)", value: Math.round(median(all)) },
    { measure: "all entries on the map (ms, worst)", value: Math.round(Math.max(...all)) },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
