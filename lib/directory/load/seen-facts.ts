import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Db } from "../../db/client";
import { emailList, phoneList } from "../../db/list-columns";
import type { ContentColumn, EntryContent } from "../columns";
import { recordFactSources, type NewFactSource } from "../provenance";
import { updateEntry, writeTransaction, type WriteActor } from "../write";

// data/courts/seen/court-facts-seen.csv: facts copied from public pages, each with its URL and the page's
// date (see that folder's README.md and LOADING.md). Each goes onto its court with provenance "published";
// a court field that already holds a value (typed or approved since) is left alone, so a reload changes
// nothing and never overrules what an editor accepted.

const LOADER: WriteActor = { id: null, name: "loader" };
const FILE = path.join("courts", "seen", "court-facts-seen.csv");

interface SeenRow {
  source_id: string;
  name_kk: string;
  address_ru: string;
  address_kk: string;
  phones: string;
  email: string;
  website: string;
  source_urls: string;
  page_date: string;
  match_confidence: string;
  notes: string;
}

export interface SeenFact {
  entryId: string;
  field: ContentColumn;
  value: string;
  sourceUrl: string | null;
  publishedOn: string | null;
  confidence: "high" | "medium";
}

const URL_IN_BRACKETS = /\[(https?:\/\/[^\]\s]+)\]/;

/**
 * The page a fact was read on: the notes give one "… [url]" segment per statement. Segments about the
 * informal English names (not loaded) or, for other fields, about a Kazakh form are passed over.
 */
function urlFor(row: SeenRow, field: ContentColumn): string | null {
  const segments = row.notes.split(" | ").filter((s) => !/^name_en\b/.test(s));
  const wanted = field === "nameKk" ? segments.filter((s) => /\bkk\b|name_kk|kk form/.test(s)) : segments.filter((s) => !/^kk form|^name_kk/.test(s));
  for (const segment of [...wanted, ...segments]) {
    const url = URL_IN_BRACKETS.exec(segment)?.[1];
    if (url) return url;
  }
  return row.source_urls.split(";").map((u) => u.trim()).find(Boolean) ?? null;
}

/** "канцелярия: +77277179902 [as written: …]" → the E.164 number and its purpose. */
function phonesOf(text: string): string | null {
  const found = [...text.matchAll(/(?:(канцелярия|приёмная|приемная)\s*:\s*)?(\+7\d{10})/g)];
  if (found.length === 0) return null;
  const purpose = (label: string | undefined) => (label === "канцелярия" ? "chancellery" : label ? "reception" : undefined);
  return phoneList.serialize(found.map(([, label, number]) => (purpose(label) ? { number: number!, purpose: purpose(label) } : { number: number! })));
}

/** The facts of the file, one per court field; names in English are informal translations and are not loaded. */
export function readSeenFacts(dataDir: string): SeenFact[] {
  const rows = parse<SeenRow>(fs.readFileSync(path.join(dataDir, FILE)), { columns: true, skip_empty_lines: true });
  return rows.flatMap((row) => {
    const values: [ContentColumn, string | null][] = [
      ["address", row.address_ru.trim() || row.address_kk.trim() || null],
      ["phones", phonesOf(row.phones)],
      ["emails", row.email.trim() ? emailList.serialize([{ address: row.email.trim() }]) : null],
      ["website", row.website.trim() ? (/^https?:\/\//.test(row.website.trim()) ? row.website.trim() : `https://${row.website.trim()}`) : null],
      ["nameKk", row.name_kk.trim() || null],
    ];
    const publishedOn = row.page_date.split(";")[0]!.trim() || null;
    const confidence = row.match_confidence === "high" ? "high" : "medium";
    return values
      .filter((v): v is [ContentColumn, string] => v[1] !== null)
      .map(([field, value]) => ({ entryId: row.source_id, field, value, sourceUrl: urlFor(row, field), publishedOn, confidence }));
  });
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || v === "[]";

export interface SeenFactsReport {
  /** Facts written onto a court by this load. */
  written: number;
  /** Facts whose court was not found (a source id no longer in the court list). */
  unmatched: number;
}

export async function loadSeenFacts(db: Db, dataDir: string): Promise<SeenFactsReport> {
  const facts = readSeenFacts(dataDir);
  const report: SeenFactsReport = { written: 0, unmatched: 0 };
  const byEntry = new Map<string, SeenFact[]>();
  for (const f of facts) byEntry.set(f.entryId, [...(byEntry.get(f.entryId) ?? []), f]);
  await writeTransaction(db, async (tx) => {
    for (const [entryId, entryFacts] of byEntry) {
      const entry = await tx.entry.findUnique({ where: { id: entryId } });
      if (!entry || entry.kind !== "court") {
        report.unmatched += entryFacts.length;
        continue;
      }
      const recorded = await tx.factSource.findMany({ where: { entryId, origin: "published" }, select: { field: true, sourceUrl: true } });
      const known = new Set(recorded.map((r) => `${r.field} ${r.sourceUrl}`));
      const patch: Partial<EntryContent> = {};
      const sources: NewFactSource[] = [];
      for (const f of entryFacts) {
        const current = entry[f.field];
        if (!isEmpty(current) && current !== f.value) continue; // someone has set it since: theirs stands
        if (isEmpty(current)) Object.assign(patch, { [f.field]: f.value });
        if (!known.has(`${f.field} ${f.sourceUrl}`)) sources.push({ field: f.field, origin: "published", sourceUrl: f.sourceUrl, publishedOn: f.publishedOn, confidence: f.confidence });
      }
      const { changes } = await updateEntry(tx, LOADER, entryId, patch, { action: "load", note: FILE });
      report.written += changes.length;
      await recordFactSources(tx, entryId, sources);
    }
  });
  return report;
}
