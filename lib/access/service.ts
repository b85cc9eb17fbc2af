import { ChangeKeyedCache } from "../cache/change-keyed-cache";
import { databaseLocationOf, type Db } from "../db/client";
import { DATA_DIR } from "../directory/load";
import { locatePoint } from "../directory/locate";
import { Invalid } from "../errors";
import { repository } from "../queries/repository";
import { readReportBuildings, type ReportBuilding } from "./buildings";
import { buildAccessModel, type AccessModel } from "./model";
import { readSettlements, type GazetteerSettlement } from "./settlements";
import { whatIf, type WhatIfResult } from "./what-if";

export interface AccessState {
  model: AccessModel;
  buildings: ReportBuilding[];
  /** District outlines (GeoJSON text) by KATO, for the choropleth. */
  districtGeometry: Map<string, string>;
}

// Rebuilt when any entry changed (the entry_change counter): a court added, moved or closed shows in the
// next answer. From scratch it takes a few milliseconds (bench/access.ts), so nothing is stored.
const states = new ChangeKeyedCache<AccessState>({ entries: 2, bytes: Infinity }, () => 0);
let settlements: GazetteerSettlement[] | null = null;

export async function accessState(db: Db): Promise<AccessState> {
  const repo = repository(db);
  // Read before the rows: an edit in between leaves a newer answer under the older counter, never the reverse.
  const change = await repo.changeCounter();
  return states.get(databaseLocationOf(db) ?? "", change, async () => {
    const [courts, { regions, districts }] = await Promise.all([repo.activeCourts(), repo.areas()]);
    settlements ??= readSettlements(DATA_DIR);
    return {
      model: buildAccessModel({ settlements, courts, regions, districts }),
      buildings: readReportBuildings(DATA_DIR, courts),
      districtGeometry: new Map(districts.map((d) => [d.kato, d.geometry])),
    };
  });
}

/** What a hypothetical court at the point would change (nothing is stored). */
export async function whatIfAt(db: Db, lat: number, lng: number): Promise<WhatIfResult> {
  const [{ model }, { district }] = await Promise.all([accessState(db), locatePoint(db, lat, lng)]);
  if (!district) throw new Invalid("lat", "lat, lng: the point is not inside any district of Kazakhstan, so no court there would serve one", { code: "outside_kazakhstan" });
  return whatIf(model, { lat, lng }, district.kato);
}
