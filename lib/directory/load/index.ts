import path from "node:path";
import type { Db } from "../../db/client";
import { loadBoundaries } from "./boundaries";
import { readCourts } from "./courts";
import { loadHistory, type HistoryReport } from "./history";
import { placeCourtsInTheirDistricts, type PlacementReport } from "./placement";
import { generateSamples } from "./samples";
import { loadSeenFacts, type SeenFactsReport } from "./seen-facts";
import { upsertSourceEntries, type UpsertCounts } from "./upsert";
import { refreshSearchText } from "../write";

export const DATA_DIR = path.join(process.cwd(), "data");

export interface LoadReport {
  regions: UpsertCounts;
  districts: UpsertCounts;
  courts: UpsertCounts;
  seenFacts: SeenFactsReport;
  placement: PlacementReport;
  history: HistoryReport;
  samples: UpsertCounts | null;
  /** Entries whose search text was computed the old way (a database made before a change of lib/search or lib/places). */
  searchTextRefreshed: number;
}

/**
 * Loads boundaries, courts (with the facts seen on public pages, placed in their own districts), the courts'
 * history and (unless turned off) the fictional sample practitioners. Safe to re-run.
 */
export async function loadDirectory(db: Db, options: { samples: boolean; dataDir?: string }): Promise<LoadReport> {
  const dataDir = options.dataDir ?? DATA_DIR;
  const { regions, districts } = await loadBoundaries(db, dataDir);
  const courts = await upsertSourceEntries(db, readCourts(dataDir));
  const seenFacts = await loadSeenFacts(db, dataDir);
  const placement = await placeCourtsInTheirDistricts(db);
  const history = await loadHistory(db, dataDir);
  let samples: UpsertCounts | null = null;
  if (options.samples) {
    const katoBySourceId = new Map((await db.district.findMany({ select: { kato: true, sourceId: true } })).map((d) => [d.sourceId, d.kato]));
    samples = await upsertSourceEntries(db, generateSamples(dataDir, katoBySourceId));
  }
  return { regions, districts, courts, seenFacts, placement, history, samples, searchTextRefreshed: (await refreshSearchText(db)).updated };
}

/** SAMPLES=0 (or false/no/off) leaves the fictional practitioners out. */
export function samplesWanted(env = process.env): boolean {
  return !/^(0|false|no|off)$/i.test(env.SAMPLES ?? "");
}
