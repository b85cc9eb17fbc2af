import type { Db } from "../../db/client";
import type { DirectoryRepository } from "../repository";

export async function regionCounts(db: Db): ReturnType<DirectoryRepository["regionCounts"]> {
  const [regions, groups] = await Promise.all([
    db.region.findMany({ orderBy: { iso: "asc" } }),
    db.entry.groupBy({ by: ["regionIso", "kind"], where: { status: "active" }, _count: { _all: true } }),
  ]);
  return { regions, counts: groups.map((g) => ({ regionIso: g.regionIso, kind: g.kind, count: g._count._all })) };
}
