import { Invalid } from "../errors";

/** Cursors are opaque to clients: base64url of the next offset. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { o: unknown };
    if (typeof o === "number" && Number.isSafeInteger(o) && o >= 0 && o <= 1_000_000) return o;
  } catch {
    // fall through to the error below
  }
  throw new Invalid("cursor", "cursor: is not a cursor returned by this API");
}
