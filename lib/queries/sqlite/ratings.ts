import type { Db } from "../../db/client";
import type { CommentRow, CourtTallyRow, RatingsRepository, ReviewCommentRow, TallyRow } from "../ratings";
import { sqliteReader } from "./reader";

const COUNTS = `SUM(t."n1") AS "n1", SUM(t."n2") AS "n2", SUM(t."n3") AS "n3", SUM(t."n4") AS "n4", SUM(t."n5") AS "n5", SUM(t."samples") AS "samples"`;

const COMMENT_COLUMNS = `c."id", c."entryId", r."criterion", r."score", c."text", c."status", c."reason", c."reviewerName", c."reply", c."replyByName",
  c."repliedAt", c."sample", c."createdAt"`;
const CURRENT_COMMENTS = `"RatingComment" c JOIN "Rating" r ON r."id" = c."ratingId" AND r."replacedAt" IS NULL`;

const withBooleans = <T extends { sample: unknown }>(rows: T[]) => rows.map((row) => ({ ...row, sample: Number(row.sample) === 1 }));

/** Courts of the given region codes only (null: every region), as one JSON array parameter. */
function regionCondition(isoCodes: string[] | null): { sql: string; params: string[] } {
  if (isoCodes === null) return { sql: "", params: [] };
  return { sql: ` AND e."regionIso" IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(isoCodes)] };
}

/**
 * Ratings on the read-only connection. A court's aggregates read its tally rows (primary key
 * entryId, criterion, month: a few dozen rows however many ratings), never the ratings themselves.
 */
export function sqliteRatings(db: Db): RatingsRepository {
  const reader = sqliteReader(db);
  const reviewFrom = (regions: string[] | null) => {
    const region = regionCondition(regions);
    return { sql: `${CURRENT_COMMENTS} JOIN "Entry" e ON e."id" = c."entryId" WHERE c."status" = ?${region.sql}`, params: region.params };
  };
  return {
    courtTally: (entryId) =>
      reader.rows<TallyRow>(
        `SELECT "criterion", "month", "n1", "n2", "n3", "n4", "n5", "samples" FROM "rating_tally" WHERE "entryId" = ? ORDER BY "criterion", "month"`,
        [entryId],
      ),
    courtTallies: async ({ region, criterion }) => {
      const rows = await reader.rows<CourtTallyRow>(
        `SELECT e."id" AS "entryId", e."nameKk", e."nameRu", e."nameEn", e."regionIso", e."courtKind", e."sample", ${COUNTS}
         FROM "rating_tally" t JOIN "Entry" e ON e."id" = t."entryId"
         WHERE e."kind" = 'court' AND e."status" = 'active' AND (? IS NULL OR e."regionIso" = ?) AND (? IS NULL OR t."criterion" = ?)
         GROUP BY e."id" HAVING SUM(t."n1" + t."n2" + t."n3" + t."n4" + t."n5") > 0`,
        [region ?? null, region ?? null, criterion ?? null, criterion ?? null],
      );
      return withBooleans(rows);
    },
    approvedComments: async (entryId, limit, beforeId) =>
      withBooleans(
        await reader.rows<CommentRow>(
          `SELECT ${COMMENT_COLUMNS} FROM ${CURRENT_COMMENTS} WHERE c."entryId" = ? AND c."status" = 'approved' AND c."id" < ? ORDER BY c."id" DESC LIMIT ?`,
          [entryId, beforeId ?? Number.MAX_SAFE_INTEGER, limit],
        ),
      ),
    reviewComments: async ({ status, regions }, limit, afterId) => {
      const from = reviewFrom(regions);
      return withBooleans(
        await reader.rows<ReviewCommentRow>(
          `SELECT ${COMMENT_COLUMNS}, e."regionIso", e."nameKk", e."nameRu", e."nameEn" FROM ${from.sql} AND c."id" > ? ORDER BY c."id" LIMIT ?`,
          [status, ...from.params, afterId ?? 0, limit],
        ),
      );
    },
    reviewCommentCount: async ({ status, regions }) => {
      const from = reviewFrom(regions);
      const [row] = await reader.rows<{ n: number }>(`SELECT COUNT(*) AS "n" FROM ${from.sql}`, [status, ...from.params]);
      return Number(row?.n ?? 0);
    },
    commentById: async (id) => {
      const [row] = await reader.rows<ReviewCommentRow>(
        `SELECT ${COMMENT_COLUMNS}, e."regionIso", e."nameKk", e."nameRu", e."nameEn" FROM "RatingComment" c JOIN "Rating" r ON r."id" = c."ratingId"
         JOIN "Entry" e ON e."id" = c."entryId" WHERE c."id" = ?`,
        [id],
      );
      return row ? withBooleans([row])[0]! : null;
    },
    currentRatingCount: async () => {
      const [row] = await reader.rows<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Rating" WHERE "replacedAt" IS NULL`, []);
      return Number(row?.n ?? 0);
    },
  };
}
