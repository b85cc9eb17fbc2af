import { languageList, specialisationList } from "../../db/list-columns";
import { ENTRY_KINDS, type CourtKind, type EntryKind } from "../../directory/kinds";
import type { MarkerFields } from "../repository";

/** A marker row as either engine's SQL selects it. */
export type MarkerRow = Omit<MarkerFields, "sample" | "kind" | "courtKind" | "languages" | "specialisations"> & {
  kind: string;
  courtKind: string | null;
  sample: number | bigint | boolean;
  languages: string;
  specialisations: string;
};

/**
 * The rows as markers. Without text the rows come in seq order and are grouped by kind here: sorting 100 000
 * rows by kind in SQL held the thread for its first step, before any row could be handed over.
 */
export function markerFields(rows: MarkerRow[], rankedByText: boolean): MarkerFields[] {
  const markers = rows.map((r) => ({
    ...r,
    kind: r.kind as EntryKind,
    courtKind: r.courtKind as CourtKind | null,
    sample: r.sample === true || Number(r.sample) === 1,
    languages: languageList.parse(r.languages),
    specialisations: specialisationList.parse(r.specialisations),
  }));
  return rankedByText ? markers : ENTRY_KINDS.flatMap((kind) => markers.filter((m) => m.kind === kind));
}

/** Rows in the order of `seqs`, unknown ones left out. */
export function inSeqOrder<T extends { seq: number }>(rows: T[], seqs: number[]): T[] {
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return seqs.map((s) => bySeq.get(s)).filter((r): r is T => r !== undefined);
}
