import { describe, expect, it } from "vitest";
import { db, type Db } from "@/lib/db/client";
import { repository } from "@/lib/queries/repository";

// A client createDb did not make (a transaction's) cannot use the read-only connection: the same SQL runs
// through Prisma, and must give the same rows, typed the same way.
describe("the SQLite repository on a transaction client", () => {
  it("answers the SQL questions exactly as the read-only connection does", async () => {
    const fast = repository(db());
    const questions = async (repo: ReturnType<typeof repository>) => ({
      search: await repo.searchEntries({ q: "алматы", kinds: ["court"] }, 5, 0),
      page: await repo.searchEntries({ region: "KZ-75", status: "any" }, 3, 2),
      courts: await repo.regionCourts("KZ-71"),
      markers: (await repo.markers({ region: "KZ-71" })).slice(0, 20),
      change: await repo.changeCounter(),
    });
    const expected = await questions(fast);
    expect(expected.search.items.length).toBeGreaterThan(0);
    expect(expected.courts.length).toBeGreaterThan(0);
    expect(expected.courts[0]!.updatedAt).toBeInstanceOf(Date);
    expect(typeof expected.courts[0]!.sample).toBe("boolean");
    const viaPrisma = await db().$transaction((tx) => questions(repository(tx as unknown as Db)));
    expect(viaPrisma).toEqual(expected);
  });
});
