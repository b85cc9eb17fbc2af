import type { Db } from "../../db/client";
import type { CommentRow, CourtTallyRow, RatingsRepository, ReviewCommentRow, TallyRow } from "../ratings";
import { postgresqlReader } from "./reader";

const COUNTS = `SUM(t."n1") AS "n1", SUM(t."n2") AS "n2", SUM(t."n3") AS "n3", SUM(t."n4") AS "n4", SUM(t."n5") AS "n5", SUM(t."samples") AS "samples"`;

// Times as text the way SQLite holds Prisma's DateTime, so both engines answer the same strings.
const isoText = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"')`;

const COMMENT_COLUMNS = `c."id", c."entryId", r."criterion", r."score", c."text", c."status", c."reason", c."reviewerName", c."reply", c."replyByName",
  ${isoText(`c."repliedAt"`)} AS "repliedAt", c."sample", ${isoText(`c."createdAt"`)} AS "createdAt"`;
const CURRENT_COMMENTS = `"RatingComment" c JOIN "Rating" r ON r."id" = c."ratingId" AND r."replacedAt" IS NULL`;

/** Ratings as lib/queries/sqlite/ratings.ts reads them, in PostgreSQL's SQL: the tally rows, never the ratings. */
export function postgresqlRatings(db: Db): RatingsRepository {
  const reader = postgresqlReader(db);
  // $1 is the status; the regions (null: every region) are $2 when given.
  const reviewFrom = (regions: string[] | null) => ({
    sql: `${CURRENT_COMMENTS} JOIN "Entry" e ON e."id" = c."entryId" WHERE c."status" = $1${regions === null ? "" : ` AND e."regionIso" = ANY($2::text[])`}`,
    params: regions === null ? [] : [regions],
  });
  return {
    courtTally: (entryId) =>
      reader.rows<TallyRow>(
        `SELECT "criterion", "month", "n1", "n2", "n3", "n4", "n5", "samples" FROM "rating_tally" WHERE "entryId" = $1 ORDER BY "criterion" COLLATE "C", "month"`,
        [entryId],
      ),
    courtTallies: ({ region, criterion }) =>
      reader.rows<CourtTallyRow>(
        `SELECT e."id" AS "entryId", e."nameKk", e."nameRu", e."nameEn", e."regionIso", e."courtKind", e."sample", ${COUNTS}
         FROM "rating_tally" t JOIN "Entry" e ON e."id" = t."entryId"
         WHERE e."kind" = 'court' AND e."status" = 'active' AND ($1::text IS NULL OR e."regionIso" = $1) AND ($2::text IS NULL OR t."criterion" = $2)
         GROUP BY e."seq" HAVING SUM(t."n1" + t."n2" + t."n3" + t."n4" + t."n5") > 0`,
        [region ?? null, criterion ?? null],
      ),
    approvedComments: (entryId, limit, beforeId) =>
      reader.rows<CommentRow>(
        `SELECT ${COMMENT_COLUMNS} FROM ${CURRENT_COMMENTS} WHERE c."entryId" = $1 AND c."status" = 'approved' AND c."id" < $2 ORDER BY c."id" DESC LIMIT $3`,
        [entryId, beforeId ?? 2 ** 31 - 1, limit],
      ),
    reviewComments: ({ status, regions }, limit, afterId) => {
      const from = reviewFrom(regions);
      const next = from.params.length + 2;
      return reader.rows<ReviewCommentRow>(
        `SELECT ${COMMENT_COLUMNS}, e."regionIso", e."nameKk", e."nameRu", e."nameEn" FROM ${from.sql} AND c."id" > $${next} ORDER BY c."id" LIMIT $${next + 1}`,
        [status, ...from.params, afterId ?? 0, limit],
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
         JOIN "Entry" e ON e."id" = c."entryId" WHERE c."id" = $1`,
        [id],
      );
      return row ?? null;
    },
    currentRatingCount: async () => {
      const [row] = await reader.rows<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Rating" WHERE "replacedAt" IS NULL`, []);
      return Number(row?.n ?? 0);
    },
  };
}
