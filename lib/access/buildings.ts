import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Entry } from "../db/generated/client";

/** A court building of the Supreme Court's January 2020 report (data/courts/BUILDINGS.md). */
export interface ReportBuilding {
  /** "built" 2016–2019, or "planned" for 2020–2021 as of January 2020 (a plan, not a fact of completion). */
  status: "built" | "planned";
  year: number;
  /** The court as the report writes it, in Kazakh. */
  courtAsWritten: string;
  /** The budget as written ("1.3 млрд тенге"), and in tenge. */
  budgetAsWritten: string;
  budgetTenge: number | null;
  budgetSource: "republican" | "local";
  /** The current court the building belongs to, where its name clearly corresponds; else null. */
  court: { id: string; nameRu: string; lat: number | null; lng: number | null } | null;
}

interface BuildingRow {
  status: string;
  year: string;
  court_as_written_kk: string;
  court_ru_guess_for_matching: string;
  budget: string;
  budget_source: string;
}

const SCALE: Record<string, number> = { млн: 1e6, млрд: 1e9 };

function tenge(written: string): number | null {
  const m = /^([\d.]+)\s+(млн|млрд)\s+тенге$/.exec(written.trim());
  return m ? Math.round(Number(m[1]) * SCALE[m[2]!]!) : null;
}

/**
 * The one current court a hint names: its Russian name is the hint, or the hint followed by the rest of the name
 * ("Жаркаинский районный суд" → "… Акмолинской области"). None or several: no match, rather than a guess.
 */
function matchCourt(hint: string, courts: Entry[]): Entry | null {
  const found = courts.filter((c) => c.nameRu !== null && (c.nameRu === hint || c.nameRu.startsWith(`${hint} `)));
  return found.length === 1 ? found[0]! : null;
}

export function readReportBuildings(dataDir: string, courts: Entry[]): ReportBuilding[] {
  const rows = parse<BuildingRow>(fs.readFileSync(path.join(dataDir, "courts", "buildings-2016-2021.csv")), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  return rows.map((r) => {
    const court = matchCourt(r.court_ru_guess_for_matching, courts);
    return {
      status: r.status === "built" ? "built" : "planned",
      year: Number(r.year),
      courtAsWritten: r.court_as_written_kk,
      budgetAsWritten: r.budget,
      budgetTenge: tenge(r.budget),
      budgetSource: r.budget_source === "republican" ? "republican" : "local",
      court: court ? { id: court.id, nameRu: court.nameRu!, lat: court.lat, lng: court.lng } : null,
    };
  });
}
