import fs from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as Pg from "@/lib/db/generated-postgresql/client";
import type * as Sqlite from "@/lib/db/generated/client";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, postgresqlSchema } from "@/scripts/postgresql-schema";

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with the other provider (run `npx tsx scripts/postgresql-schema.ts` after editing prisma/schema.prisma)", () => {
    expect(fs.readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(postgresqlSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("gives both clients the same rows, so the Db type (the SQLite client's) fits the PostgreSQL client's results", () => {
    expectTypeOf<Pg.Entry>().toEqualTypeOf<Sqlite.Entry>();
    expectTypeOf<Pg.Region>().toEqualTypeOf<Sqlite.Region>();
    expectTypeOf<Pg.District>().toEqualTypeOf<Sqlite.District>();
    expectTypeOf<Pg.User>().toEqualTypeOf<Sqlite.User>();
    expectTypeOf<Pg.Session>().toEqualTypeOf<Sqlite.Session>();
    expectTypeOf<Pg.Account>().toEqualTypeOf<Sqlite.Account>();
    expectTypeOf<Pg.Verification>().toEqualTypeOf<Sqlite.Verification>();
    expectTypeOf<Pg.Revision>().toEqualTypeOf<Sqlite.Revision>();
    expectTypeOf<Pg.ChangeRequest>().toEqualTypeOf<Sqlite.ChangeRequest>();
    expectTypeOf<Pg.FactSource>().toEqualTypeOf<Sqlite.FactSource>();
    expectTypeOf<Pg.CourtInvite>().toEqualTypeOf<Sqlite.CourtInvite>();
    expectTypeOf<Pg.ImportBatch>().toEqualTypeOf<Sqlite.ImportBatch>();
    expectTypeOf<Pg.ImportJob>().toEqualTypeOf<Sqlite.ImportJob>();
    expectTypeOf<Pg.Rating>().toEqualTypeOf<Sqlite.Rating>();
    expectTypeOf<Pg.RatingComment>().toEqualTypeOf<Sqlite.RatingComment>();
  });
});
