import type { Db } from "../db/client";
import { requireEntry } from "../directory/entries";
import { Invalid } from "../errors";
import type { RatingInput } from "../validation/ratings";
import { browserTokenHash, clientHash } from "./browser-token";
import { isItemOf } from "./criteria";
import { recordRating, type RecordedRating } from "./write";

/** Who rates, as far as we know: the browser's (verified) token and the client's address key. Neither is stored. */
export interface Rater {
  browserToken: string;
  clientKey: string;
}

/**
 * A citizen's rating of a court: courts only (an advocate, notary or mediator is a 400 naming `id`), active
 * ones, and only items of the chosen criterion. It counts at once; its comment waits for an editor.
 */
export async function rateCourt(db: Db, entryId: string, input: RatingInput, rater: Rater, now = new Date()): Promise<RecordedRating> {
  const entry = await requireEntry(db, entryId);
  if (entry.kind !== "court") throw new Invalid("id", "id: only courts can be rated");
  if (entry.status !== "active") throw new Invalid("id", "id: this court is closed");
  for (const field of ["good", "bad"] as const) {
    const stray = input[field].find((item) => !isItemOf(input.criterion, item));
    if (stray) throw new Invalid(field, `${field}: "${stray}" is not an item of ${input.criterion}`);
  }
  const both = input.good.find((item) => input.bad.includes(item));
  if (both) throw new Invalid("bad", `bad: "${both}" is marked both good and bad`);
  return recordRating(
    db,
    {
      entryId, criterion: input.criterion, score: input.score, good: [...new Set(input.good)], bad: [...new Set(input.bad)], comment: input.comment,
      browserTokenHash: browserTokenHash(rater.browserToken), clientHash: clientHash(rater.clientKey), sample: false,
    },
    now,
  );
}
