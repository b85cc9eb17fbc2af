import type { Db } from "../db/client";
import type { FactSource } from "../db/generated/client";
import type { ContentColumn } from "./columns";
import type { Tx } from "./write";

// Where each fact of an entry came from: published on a page (loaded with its URL and the page's date), or
// proposed by a visitor, court staff or a practitioner and approved by an editor, or typed by an editor.
// Rows are written in the transaction that changes the entry, so a fact never outlives its source record.

export const FACT_ORIGINS = ["published", "visitor", "court_staff", "practitioner", "editor"] as const;
export type FactOrigin = (typeof FACT_ORIGINS)[number];

export interface NewFactSource {
  field: ContentColumn;
  origin: FactOrigin;
  sourceUrl?: string | null;
  publishedOn?: string | null;
  confidence?: "high" | "medium" | null;
  proposedBy?: string | null;
  approvedBy?: string | null;
  requestId?: string | null;
}

export async function recordFactSources(tx: Tx, entryId: string, sources: NewFactSource[], at = new Date()): Promise<void> {
  if (sources.length === 0) return;
  await tx.factSource.createMany({
    data: sources.map((s) => ({
      entryId,
      field: s.field,
      origin: s.origin,
      sourceUrl: s.sourceUrl ?? null,
      publishedOn: s.publishedOn ?? null,
      confidence: s.confidence ?? null,
      proposedBy: s.proposedBy ?? null,
      approvedBy: s.approvedBy ?? null,
      requestId: s.requestId ?? null,
      recordedAt: at,
    })),
  });
}

/** Who proposed a request's facts, as provenance names them: visitors stay anonymous ("visitor"). */
export function proposerOrigin(request: { userId: string | null }, entryKind: string | null): FactOrigin {
  if (request.userId === null) return "visitor";
  return entryKind === "court" ? "court_staff" : "practitioner";
}

/** The source of each field of an entry as it stands: the newest record per field. */
export async function currentFactSources(db: Db | Tx, entryId: string): Promise<FactSource[]> {
  // An entry has some 27 fields; a few records each is the most it ever gathers, the bound keeps it so.
  const rows = await db.factSource.findMany({ where: { entryId }, orderBy: { id: "desc" }, take: 500 });
  const newest = new Map<string, FactSource>();
  for (const row of rows) if (!newest.has(row.field)) newest.set(row.field, row);
  return [...newest.values()].sort((a, b) => a.field.localeCompare(b.field));
}
