// Access to justice (lib/access): the whole country's figures from scratch, one what-if, and the /access page's
// first render in headless Chromium against the production build. Also prints the national figures and the
// regions whose covered population lives farthest from its court. Usage: npm run bench:access [-- --runs=20 --port=3470 --no-page]
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { createDb } from "../lib/db/client";
import { buildAccessModel } from "../lib/access/model";
import { readSettlements } from "../lib/access/settlements";
import { whatIfAt } from "../lib/access/service";
import { DATA_DIR } from "../lib/directory/load";
import { repository } from "../lib/queries/repository";
import { numberArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";
import { ensureBuild, startServer } from "./lib/server";
import { median, percentile, queryPoints, timeEach } from "./lib/stats";
import { printTable } from "./lib/table";

/** The real data: 396 courts and 9 000 sample practitioners. */
const REAL_SIZE = 9396;
const CHROMIUM = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"].find((p) => fs.existsSync(p));

async function computeFigures(file: string, runs: number) {
  const db = createDb(file);
  try {
    const repo = repository(db);
    // From scratch: the database reads, the gazetteer file and every settlement's distances and every area's figures.
    const scratch = async () => {
      const [courts, { regions, districts }] = await Promise.all([repo.activeCourts(), repo.areas()]);
      return buildAccessModel({ settlements: readSettlements(DATA_DIR), courts, regions, districts });
    };
    await scratch();
    const scratchTimes = await timeEach(Array.from({ length: runs }), scratch);
    const [courts, { regions, districts }] = await Promise.all([repo.activeCourts(), repo.areas()]);
    const settlements = readSettlements(DATA_DIR);
    const computeTimes = await timeEach(Array.from({ length: runs }), () => buildAccessModel({ settlements, courts, regions, districts }));
    const model = await scratch();
    const points = queryPoints(2000, 14);
    await whatIfAt(db, 48, 68);
    const inside: { lat: number; lng: number }[] = [];
    for (const p of points) if (inside.length < 500 && (await whatIfAt(db, p.lat, p.lng).then(() => true, () => false))) inside.push(p);
    const whatIfTimes = await timeEach(inside, (p) => whatIfAt(db, p.lat, p.lng));
    printTable("Access figures (in-process, real data)", [
      { measure: `country from scratch (ms, median of ${runs})`, value: median(scratchTimes).toFixed(1) },
      { measure: "country from scratch (ms, worst)", value: Math.max(...scratchTimes).toFixed(1) },
      { measure: `of which the computation, rows in hand (ms, median of ${runs})`, value: median(computeTimes).toFixed(1) },
      { measure: `one what-if (ms, median of ${inside.length} points in districts)`, value: median(whatIfTimes).toFixed(2) },
      { measure: "one what-if (ms, p99)", value: percentile(whatIfTimes, 99).toFixed(2) },
      { measure: "one what-if (ms, worst)", value: Math.max(...whatIfTimes).toFixed(2) },
    ]);
    const c = model.country;
    printTable("National figures (straight-line km to the serving district/city court, covered population)", [
      { measure: "covered population (gazetteer, settlements ≥ ~1 000)", value: c.coverage.population },
      { measure: "settlements counted / with a population", value: `${c.coverage.settlements} / ${c.coverage.withPopulation}` },
      { measure: "mean km", value: c.meanKm ?? "–" },
      { measure: "median km", value: c.medianKm ?? "–" },
      { measure: "share > 25 / 50 / 100 km", value: `${c.shareOver25Km} / ${c.shareOver50Km} / ${c.shareOver100Km}` },
      { measure: "courts per 100 000 covered inhabitants", value: c.courtsPer100k ?? "–" },
    ]);
    printTable(
      "Regions by mean distance (farthest first)",
      [...model.regions]
        .sort((a, b) => (b.figures.meanKm ?? 0) - (a.figures.meanKm ?? 0))
        .map((r) => ({ region: r.name.en, "mean km": r.figures.meanKm ?? "–", "median km": r.figures.medianKm ?? "–", "> 50 km": r.figures.shareOver50Km ?? "–", "covered population": r.figures.coverage.population })),
    );
  } finally {
    await db.$disconnect();
  }
}

async function pageRender(file: string, runs: number, port: number) {
  ensureBuild();
  const server = await startServer(file, port);
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ["--disable-gpu"] });
  const content: number[] = [];
  const choropleth: number[] = [];
  try {
    // Run 0 warms the server (its first render compiles and fills caches, as a production server's first
    // visitors do) and is not counted.
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${server.url}/en/access`);
      await page.waitForSelector(".access-chart");
      const painted = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? performance.now());
      await page.waitForFunction(() => document.querySelectorAll(".access-map path.leaflet-interactive").length > 200, null, { polling: "raf", timeout: 60_000 });
      const drawn = await page.evaluate(() => performance.now());
      if (run > 0) {
        content.push(painted);
        choropleth.push(drawn);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  printTable(`/en/access in headless Chromium, ${runs} runs`, [
    { measure: "first contentful paint: figures, table, chart (ms, median)", value: Math.round(median(content)) },
    { measure: "first contentful paint (ms, worst)", value: Math.round(Math.max(...content)) },
    { measure: "choropleth drawn: 224 districts (ms, median)", value: Math.round(median(choropleth)) },
    { measure: "choropleth drawn (ms, worst)", value: Math.round(Math.max(...choropleth)) },
  ]);
}

async function main() {
  const file = await benchDatabase(REAL_SIZE);
  await computeFigures(file, numberArg("runs", 20));
  if (!process.argv.includes("--no-page")) await pageRender(file, 5, numberArg("port", 3470));
  console.log(`load average: ${fs.readFileSync("/proc/loadavg", "utf8").trim()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
