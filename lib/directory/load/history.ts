import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Db } from "../../db/client";
import type { Entry } from "../../db/generated/client";
import { formerNameList, phoneList, type StoredFormerName } from "../../db/list-columns";
import { updateEntry, writeTransaction } from "../write";
import { LOADER, upsertSourceEntries, type SourceEntry, type UpsertCounts } from "./upsert";

// data/courts/seen/court-history-seen.csv: courts that were abolished or merged, with the page that says so.
// A row is loaded only when its text names the successor(s) after "слит в", "объединён в" or "дела
// переданы" and each named court is exactly one active court of the old court's region; the old court becomes
// a closed entry pointing to its successor, and the successor keeps the old name (so searching it finds the
// court that does the work now). Nothing else is guessed: "вероятный преемник" and rows naming no successor
// are reported.

interface HistoryRow {
  old_name: string;
  new_name_or_fate: string;
  source_url: string;
}

export interface UnmatchedHistoryRow {
  line: number;
  oldName: string;
  reason: string;
}

export interface HistoryReport {
  closed: UpsertCounts;
  formerNamesAdded: number;
  unmatched: UnmatchedHistoryRow[];
}

const SUCCESSOR = /(?:слит|объединён|объединен)\s+в\s+(.+)|дела\s+переданы\s+(.+)/iu;
const DECREE_DATE = /от\s+(\d{2})\.(\d{2})\.(\d{4})/u;

const words = (s: string) => s.toLowerCase().replace(/[«»"()]/g, " ").split(/\s+/).filter(Boolean);
/** The same word in another case ending: "районному" ~ "районный", "суду" ~ "суд", "Астаны" ~ "Астана". */
function sameWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const shorter = Math.min(a.length, b.length);
  return common >= Math.min(shorter, Math.max(3, shorter - 3));
}
/** The court's name starts with the phrase's words (the rest of the name is its place). */
const namesStartWith = (name: string, phrase: string) => {
  const n = words(name);
  const p = words(phrase);
  return p.length <= n.length && p.every((w, i) => sameWord(w, n[i]!));
};

/** The region the old name places the court in: its city ("г. Астаны") or its oblast ("Акмолинской области"). */
function regionOf(oldName: string, regions: { iso: string; nameRu: string }[]): string | null {
  const key = (nameRu: string) => words(nameRu).find((w) => w !== "область")!;
  // A town that is not a region of its own ("города Рудного") leaves the oblast to say it.
  for (const place of [/(?:г\.|города)\s*([\p{L}-]+)/u.exec(oldName)?.[1], /([\p{L}-]+)\s+области/u.exec(oldName)?.[1]]) {
    if (!place) continue;
    const found = regions.filter((r) => sameWord(place.toLowerCase(), key(r.nameRu)));
    if (found.length === 1) return found[0]!.iso;
  }
  return null;
}

function courtKindOf(oldName: string): string | null {
  if (/районный суд|районного суда|^районный/iu.test(oldName) || /^Районный суд/u.test(oldName)) return "district";
  if (/^суд(\s|$)/iu.test(oldName) && /города/u.test(oldName)) return "city";
  return null;
}

const historyId = (oldName: string) => `history-${createHash("sha256").update(oldName).digest("hex").slice(0, 12)}`;

interface Matched {
  oldName: string;
  regionIso: string;
  courtKind: string;
  successors: Entry[];
  until?: string;
  url: string;
}

/** Matches each row to its successors among the active courts; what cannot be matched clearly is reported. */
export function matchHistory(rows: HistoryRow[], courts: Entry[], regions: { iso: string; nameRu: string }[]): { matched: Matched[]; unmatched: UnmatchedHistoryRow[] } {
  const matched: Matched[] = [];
  const unmatched: UnmatchedHistoryRow[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const fail = (reason: string) => unmatched.push({ line, oldName: row.old_name, reason });
    const named = SUCCESSOR.exec(row.new_name_or_fate);
    if (!named) return fail("names no successor clearly");
    const regionIso = regionOf(row.old_name, regions);
    if (!regionIso) return fail("the old name places the court in no one region");
    const courtKind = courtKindOf(row.old_name);
    if (!courtKind) return fail("the old name does not say what kind of court it was");
    const text = (named[1] ?? named[2]!).split(/\s+указом|\s*\(|;/u)[0]!.trim();
    const successors: Entry[] = [];
    for (const phrase of text.split(/\s+и\s+/u)) {
      const found = courts.filter((c) => c.regionIso === regionIso && c.nameRu && namesStartWith(c.nameRu, phrase));
      if (found.length !== 1) return fail(`"${phrase}" is ${found.length === 0 ? "no" : `${found.length} (ambiguous)`} current court of ${regionIso}`);
      successors.push(found[0]!);
    }
    const date = DECREE_DATE.exec(row.new_name_or_fate);
    matched.push({ oldName: row.old_name.trim(), regionIso, courtKind, successors, until: date ? `${date[3]}-${date[2]}-${date[1]}` : undefined, url: row.source_url });
  });
  return { matched, unmatched };
}

export function readHistory(dataDir: string): HistoryRow[] {
  const file = path.join(dataDir, "courts", "seen", "court-history-seen.csv");
  return fs.existsSync(file) ? parse<HistoryRow>(fs.readFileSync(file), { columns: true, skip_empty_lines: true }) : [];
}

/** Loads the court history: closed former courts (idempotent, by the source digest) and the successors' former names (added once). */
export async function loadHistory(db: Db, dataDir: string): Promise<HistoryReport> {
  const courts = await db.entry.findMany({ where: { kind: "court", status: "active" } });
  const regions = await db.region.findMany({ select: { iso: true, nameRu: true } });
  const { matched, unmatched } = matchHistory(readHistory(dataDir), courts, regions);
  const closedCourts: SourceEntry[] = matched.map((m) => ({
    id: historyId(m.oldName),
    kind: "court",
    courtKind: m.courtKind,
    nameRu: m.oldName,
    regionIso: m.regionIso,
    phones: phoneList.serialize([]),
    status: "closed",
    // One successor is named on the entry; work split between two is found through their former names.
    replacedById: m.successors.length === 1 ? m.successors[0]!.id : null,
    source: `court-history-seen.csv: ${m.url}`,
    sample: false,
  }));
  const closed = await upsertSourceEntries(db, closedCourts);
  let formerNamesAdded = 0;
  await writeTransaction(db, async (tx) => {
    for (const m of matched) {
      for (const successor of m.successors) {
        const row = await tx.entry.findUniqueOrThrow({ where: { id: successor.id } });
        const names = formerNameList.parse(row.formerNames);
        if (names.some((n) => n.name === m.oldName)) continue;
        const added: StoredFormerName = m.until ? { name: m.oldName, lang: "ru", until: m.until } : { name: m.oldName, lang: "ru" };
        await updateEntry(tx, LOADER, successor.id, { formerNames: formerNameList.serialize([...names, added]) }, { action: "load", note: `merged: ${m.url}` });
        formerNamesAdded++;
      }
    }
  });
  return { closed, formerNamesAdded, unmatched };
}
