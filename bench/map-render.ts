// The public map page in headless Chromium against the production build (next build + next start): the
// JavaScript it loads (gzip), the time until the first markers show and until every located entry is
// reachable on the map (single markers plus the counts of the clusters), a pan/zoom redraw, and the size
// of the country view's markers answer (gzip).
// Usage: npm run bench:map [-- --sizes=20000,100000 --runs=3 --port=3150 --baseline=<a build of the code before>]
// With --baseline (a checkout of an earlier commit with its own node_modules and .next), the same measures
// run against it in the same run, and the table gives the ratio.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { chromium, type Browser } from "@playwright/test";
import { numberArg, sizesArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";
import { ensureBuild, startServer } from "./lib/server";
import { printTable } from "./lib/table";

const CHROMIUM = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"].find((p) => fs.existsSync(p));
const BASELINE = process.argv.find((a) => a.startsWith("--baseline="))?.slice("--baseline=".length);
/** Past this a measure is reported as not reached (the page never got there). */
const PAGE_TIMEOUT_MS = 180_000;

function locatedCount(file: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    const row = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Entry" WHERE "status" = 'active' AND "lat" IS NOT NULL`).get() as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}

/** Bytes of the page's scripts as served from <root>/.next/static, gzip-compressed. */
function scriptGzip(root: string, urls: string[]): number {
  let gzip = 0;
  for (const url of new Set(urls)) {
    const file = path.join(root, ".next", "static", decodeURIComponent(new URL(url).pathname.replace(/^\/_next\/static\//, "")));
    gzip += zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
  }
  return gzip;
}

/** The bench database of `size` entries as the code in `root` builds it (the baseline builds its own). */
async function databaseFor(root: string, size: number): Promise<string> {
  if (root === process.cwd()) return benchDatabase(size);
  const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["bench/prepare.ts", `--sizes=${size}`], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0) throw new Error(`the baseline could not build its ${size}-entry database`);
  return path.join(root, "var", "bench", `entries-${size}.sqlite`);
}

/**
 * A zoom in, timed from the map's request for its new view (sent at Leaflet's moveend, after the zoom
 * animation) to the last change of the marker pane once that answer is in: the layer's redraw, network
 * included. A page that asks nothing (the old one clustered in the page) is timed from the click to its
 * last change. Done once the pane has been quiet for 300 ms after the answer (or after the click when no
 * request came within 1 s). Text, not a function: tsx would name the inner functions with a helper the page
 * does not have.
 */
const REDRAW_SCRIPT = `new Promise((resolve) => {
  const pane = document.querySelector(".leaflet-marker-pane");
  const changes = [];
  const observer = new MutationObserver(() => changes.push(performance.now()));
  observer.observe(pane, { childList: true, subtree: true, attributes: true });
  const click = performance.now();
  const asked = () => performance.getEntriesByType("resource").find((e) => e.startTime > click && e.name.includes("/api/v1/markers"));
  document.querySelector(".leaflet-control-zoom-in").click();
  const check = () => {
    const request = asked();
    const now = performance.now();
    const settled = request ? request.responseEnd : now - click > 1000 ? click : null;
    const last = changes.length ? changes[changes.length - 1] : click;
    if (settled !== null && last >= settled && now - last > 300) {
      observer.disconnect();
      resolve(last - (request ? request.startTime : click));
    } else if (now - click > 20000) {
      observer.disconnect();
      resolve(NaN);
    } else setTimeout(check, 50);
  };
  setTimeout(check, 350);
})`;

const median = (all: number[]) => {
  const xs = all.filter(Number.isFinite);
  return xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN;
};

interface Measures {
  jsGzipKiB: number;
  firstMs: number;
  allMs: number;
  redrawMs: number;
  countryGzipKB: number;
}

async function measure(browser: Browser, root: string, size: number, runs: number, port: number): Promise<Measures> {
  ensureBuild(root);
  const file = await databaseFor(root, size);
  const located = locatedCount(file);
  const server = await startServer(file, port, {}, { root });
  const first: number[] = [];
  const all: number[] = [];
  const redraw: number[] = [];
  let scripts: string[] = [];
  try {
    const country = await (await fetch(`${server.url}/api/v1/markers`)).text();
    const countryGzipKB = zlib.gzipSync(country).length / 1000;
    // Run 0 warms the server (its first renders compile and fill caches, as a production server's first
    // visitors do) and is not counted.
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      const urls: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script" && r.url().includes("/_next/static/")) urls.push(r.url());
      });
      await page.goto(`${server.url}/en`);
      try {
        await page.waitForFunction(() => document.querySelector(".leaflet-marker-icon") !== null, null, { polling: "raf", timeout: PAGE_TIMEOUT_MS });
        const shown = await page.evaluate(() => performance.now());
        await page.waitForFunction(
          (n) => {
            const singles = document.querySelectorAll(".kind-marker").length;
            const clustered = [...document.querySelectorAll(".cluster-icon [aria-hidden]")].reduce((s, e) => s + Number(e.textContent), 0);
            return singles + clustered >= n;
          },
          located,
          { polling: 100, timeout: PAGE_TIMEOUT_MS },
        );
        const reachable = await page.evaluate(() => performance.now());
        const redrawn = Number(await page.evaluate(REDRAW_SCRIPT));
        if (run > 0) {
          first.push(shown);
          all.push(reachable);
          redraw.push(redrawn);
        }
      } catch (error) {
        console.error(`${root} at ${size}: ${(error as Error).message.split("\n")[0]}`);
      }
      scripts = urls.length ? urls : scripts;
      await context.close();
    }
    return { jsGzipKiB: scriptGzip(root, scripts) / 1024, firstMs: median(first), allMs: median(all), redrawMs: median(redraw), countryGzipKB };
  } finally {
    await server.stop();
  }
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "not reached");
const ratio = (after: number, before: number) => (Number.isFinite(after) && Number.isFinite(before) && before > 0 ? (after / before).toFixed(3) : "–");

async function main() {
  const sizes = sizesArg([20_000, 100_000]);
  const runs = numberArg("runs", 3);
  const port = numberArg("port", 3150);
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ["--disable-gpu"] });
  try {
    for (const size of sizes) {
      const after = await measure(browser, process.cwd(), size, runs, port);
      const before = BASELINE ? await measure(browser, path.resolve(BASELINE), size, runs, port + 1) : null;
      const rows: [string, keyof Measures, number][] = [
        ["map-page JavaScript (KiB gzip)", "jsGzipKiB", 0],
        ["first markers visible (ms, median)", "firstMs", 0],
        ["every entry reachable on the map (ms, median)", "allMs", 0],
        ["zoom-in redraw: request → markers drawn (ms, median)", "redrawMs", 0],
        ["country view markers answer (KB gzip)", "countryGzipKB", 1],
      ];
      printTable(
        `Map page (/en), ${size} entries, headless Chromium, ${runs} runs${before ? ", before (baseline) and after in the same run" : ""}`,
        rows.map(([label, key, digits]): Record<string, string> =>
          before
            ? { measure: label, before: fmt(before[key], digits), after: fmt(after[key], digits), "after / before": ratio(after[key], before[key]) }
            : { measure: label, value: fmt(after[key], digits) },
        ),
      );
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
