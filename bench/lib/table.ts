import os from "node:os";

/**
 * Prints rows as a Markdown table (so it can be pasted into the README as it is), with the machine's
 * load: figures taken while other work shares the cores are slower, and say so.
 */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const headers = Object.keys(rows[0]!);
  const cell = (v: string | number | undefined) => (typeof v === "number" ? fmt(v) : (v ?? ""));
  const lines = [
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${headers.map((h) => cell(r[h])).join(" | ")} |`),
  ];
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(`\n### ${title}\n\n${lines.join("\n")}\n\n(${os.cpus().length} cores, load average ${load} at the end of the run)\n`);
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toLocaleString("en-US").replace(/,/g, " ");
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}
