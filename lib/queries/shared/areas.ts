import type { Db } from "../../db/client";
import type { DirectoryRepository } from "../repository";

export async function areas(db: Db): ReturnType<DirectoryRepository["areas"]> {
  const [regions, districts] = await Promise.all([db.region.findMany(), db.district.findMany()]);
  return { regions, districts };
}
