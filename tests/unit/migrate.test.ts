import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { entrySearchText } from "@/lib/directory/entry-search-text";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "courts-gis-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("migrations", () => {
  const file = path.join(dir, "test.sqlite");

  it("apply once, are recorded in _prisma_migrations, and a second run applies nothing", () => {
    const first = migrate(file);
    expect(first.applied.length).toBeGreaterThan(0);
    const second = migrate(file);
    expect(second.applied).toEqual([]);
    const raw = new Database(file, { readonly: true });
    const rows = raw.prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations").all() as { checksum: string }[];
    raw.close();
    expect(rows).toHaveLength(first.applied.length);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  });

  it("refuse a migration edited after it was applied", () => {
    const migrations = path.join(dir, "migrations");
    fs.mkdirSync(path.join(migrations, "001_a"), { recursive: true });
    fs.writeFileSync(path.join(migrations, "001_a", "migration.sql"), "CREATE TABLE a (x INTEGER);");
    const db = path.join(dir, "edited.sqlite");
    migrate(db, migrations);
    fs.writeFileSync(path.join(migrations, "001_a", "migration.sql"), "CREATE TABLE a (y INTEGER);");
    expect(() => migrate(db, migrations)).toThrow(/changed after it was applied/);
  });

  it("roll back a failing migration whole", () => {
    const migrations = path.join(dir, "failing");
    fs.mkdirSync(path.join(migrations, "001_bad"), { recursive: true });
    fs.writeFileSync(path.join(migrations, "001_bad", "migration.sql"), "CREATE TABLE b (x INTEGER); INSERT INTO nope VALUES (1);");
    const db = path.join(dir, "failing.sqlite");
    expect(() => migrate(db, migrations)).toThrow();
    const raw = new Database(db, { readonly: true });
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").all();
    raw.close();
    expect(tables).toEqual([]);
  });

  it("give a schema the Prisma client works against, with FTS and R*Tree kept in sync by triggers", async () => {
    const db = createDb(file);
    try {
      await db.region.create({
        data: { iso: "KZ-75", kato: "750000000", type: "city", nameKk: "Алматы", nameRu: "Алматы", nameEn: "Almaty", geometry: "{}" },
      });
      const phones = JSON.stringify([{ number: "+77000000001" }]);
      const created = await db.entry.create({
        data: {
          id: "t-1", kind: "notary", nameRu: "Тестова Ә", regionIso: "KZ-75", phones, lat: 43.2, lng: 76.9, precision: "building",
          source: "test", searchText: entrySearchText({ nameRu: "Тестова Ә", phones }),
        },
      });
      const match = (q: string) => db.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*) AS n FROM entry_fts WHERE entry_fts MATCH ?`, q);
      expect(Number((await match('"тестова"*'))[0]!.n)).toBe(1);
      const inBox = () => db.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*) AS n FROM entry_rtree WHERE minLat >= 43 AND maxLat <= 44`);
      expect(Number((await inBox())[0]!.n)).toBe(1);
      await db.entry.update({
        where: { id: created.id },
        data: { lat: 50, searchText: entrySearchText({ nameRu: "Другая", phones }) },
      });
      expect(Number((await match('"тестова"*'))[0]!.n)).toBe(0);
      expect(Number((await inBox())[0]!.n)).toBe(0);
      await db.entry.delete({ where: { id: created.id } });
      expect(Number((await match('"другая"*'))[0]!.n)).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
