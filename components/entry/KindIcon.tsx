import type { EntryKind } from "@/lib/directory/kinds";

/** The same shape, colour and letter as the kind's map marker (see app/globals.css .kind-icon). */
export function KindIcon({ kind, letter }: { kind: EntryKind; letter: string }) {
  return (
    <span className={`kind-icon kind-icon--${kind}`} aria-hidden="true">
      <span>{letter}</span>
    </span>
  );
}
