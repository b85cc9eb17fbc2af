import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTRACTS } from "@/app/api/v1/contracts";

const ROOT = path.join(__dirname, "..", "..");

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return d.name.startsWith("generated") ? [] : files(rel);
    return /\.tsx?$/.test(d.name) ? [rel] : [];
  });
}
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const offenders = (list: string[], pattern: RegExp) => list.filter((f) => pattern.test(read(f)));

describe("where things live", () => {
  it("keeps HTTP out of the domain: nothing under lib/ but lib/api imports lib/api", () => {
    const domain = files("lib").filter((f) => !f.startsWith(path.join("lib", "api")));
    expect(offenders(domain, /from "(\.\.\/)+api\/|from "@\/lib\/api\//)).toEqual([]);
  });

  it("writes the not-found message with its cut id once", () => {
    expect(offenders([...files("lib"), ...files("app")], /\.slice\(0, 80\)/)).toEqual([path.join("lib", "errors.ts")]);
  });

  it("holds read SQL in lib/queries only (the writer with its import stage, and the engine tooling keep theirs)", () => {
    const allowed = [path.join("lib", "directory", "write.ts"), path.join("lib", "directory", "write-postgresql.ts"), path.join("lib", "import", "stage.ts"), path.join("lib", "db", "migrate.ts"), path.join("lib", "db", "migrate-postgresql.ts"), path.join("lib", "db", "backup.ts"), path.join("lib", "db", "backup-postgresql.ts"), path.join("lib", "db", "copy.ts")];
    const sql = offenders([...files("lib"), ...files("app"), ...files("components")], /\b(SELECT|INSERT INTO|DELETE FROM)\b|\$queryRaw/);
    expect(sql.filter((f) => !f.startsWith(path.join("lib", "queries")) && !allowed.includes(f))).toEqual([]);
  });

  it("names permissions in routes instead of spelling out roles", () => {
    expect(offenders(files(path.join("app", "api")), /"(admin|editor|practitioner)"|\bROLES\b/)).toEqual([]);
  });

  it("reads and writes list columns through lib/db/list-columns.ts only", () => {
    const lists = /JSON\.(parse|stringify)\([^)]*\b(phones|emails|services|languages|regions)\b/;
    expect(offenders([...files("lib"), ...files("app")], lists)).toEqual([]);
  });

  it("has a contract beside every /api/v1 route, each of them in the list the OpenAPI document is made from", async () => {
    const routes = files(path.join("app", "api", "v1")).filter((f) => f.endsWith("route.ts") && !f.includes("openapi.json"));
    for (const route of routes) {
      const contract = path.join(path.dirname(route), "contract.ts");
      expect(fs.existsSync(path.join(ROOT, contract)), contract).toBe(true);
      const exported = Object.values((await import(path.join(ROOT, contract))) as Record<string, unknown>);
      for (const c of exported) expect(CONTRACTS, contract).toContain(c);
    }
  });
});
