/**
 * The mutation score per folder of lib/, read from the incremental files the Stryker runs leave under
 * reports/mutation/ (scripts/test-mutation.sh). Score as Stryker counts it: killed and timed-out mutants over
 * all valid ones (killed, timeout, survived, no coverage); compile errors (the TypeScript checker) and mutants
 * disabled with a `// Stryker disable` comment are left out.
 */
import fs from "node:fs";
import path from "node:path";

interface Report {
  files: Record<string, { mutants: { status: string; mutatorName: string; location: { start: { line: number } }; replacement?: string }[] }>;
}

const DIR = path.join(process.cwd(), "reports", "mutation");
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith(".incremental.json")).sort() : [];
if (files.length === 0) {
  console.log("No mutation results yet under reports/mutation/: run `npm run test:mutation`.");
  process.exit(0);
}

type Counts = Record<"Killed" | "Timeout" | "Survived" | "NoCoverage" | "CompileError" | "RuntimeError" | "Ignored" | "Pending", number>;
const empty = (): Counts => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0, Pending: 0 });
const score = (c: Counts) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return valid === 0 ? NaN : (100 * (c.Killed + c.Timeout)) / valid;
};

const total = empty();
const rows: string[] = [];
const survivors: string[] = [];
for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")) as Report;
  const counts = empty();
  for (const [name, { mutants }] of Object.entries(report.files))
    for (const m of mutants) {
      const status = m.status as keyof Counts;
      counts[status] = (counts[status] ?? 0) + 1;
      total[status] = (total[status] ?? 0) + 1;
      if (status === "Survived" || status === "NoCoverage") survivors.push(`${name}:${m.location.start.line} ${m.mutatorName} (${status})`);
    }
  const name = file.replace(/\.incremental\.json$/, "");
  const mutated = Object.keys(report.files);
  // A run of one file ("directory/export.ts") is named by it; a folder's by the folder.
  const label = mutated.length === 1 && name.includes("-") ? mutated[0]! : name === "lib" ? "lib/*.ts" : `lib/${name}/`;
  rows.push(
    `| ${label} | ${score(counts).toFixed(1)} % | ${counts.Killed} | ${counts.Timeout} | ${counts.Survived} | ${counts.NoCoverage} | ${counts.CompileError + counts.RuntimeError} | ${counts.Ignored} |`,
  );
}
console.log("| folder | score | killed | timeout | survived | no coverage | invalid (type errors) | ignored (static, or disabled by a comment) |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
console.log(`| **all measured** | **${score(total).toFixed(1)} %** | ${total.Killed} | ${total.Timeout} | ${total.Survived} | ${total.NoCoverage} | ${total.CompileError + total.RuntimeError} | ${total.Ignored} |`);
if (process.argv.includes("--survivors")) {
  console.log(`\nSurvivors (${survivors.length}):`);
  for (const s of survivors) console.log(`  ${s}`);
}
