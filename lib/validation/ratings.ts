import { z } from "zod";
import { CRITERION_CODES, ITEM_CODES, MAX_COMMENT_LENGTH } from "../ratings/criteria";
import { LocalizedNameSchema, RegionIsoSchema } from "./fields";
import { intParam } from "./query";

export const CriterionSchema = z
  .enum(CRITERION_CODES, { error: `must be one of ${CRITERION_CODES.join(", ")}` })
  .meta({ id: "RatingCriterion", description: "The Supreme Court's Digital Agent criteria: comfort, service, personnel, procedures" });
const ItemSchema = z.enum(ITEM_CODES, { error: "is not an item of any criterion" });
const itemList = z.array(ItemSchema).max(6).default([]);
const text = (what: string) => z.string().trim().min(1, `${what} is empty`).max(MAX_COMMENT_LENGTH, `at most ${MAX_COMMENT_LENGTH} characters`);

export const RatingInputSchema = z
  .strictObject({
    criterion: CriterionSchema,
    score: z.number({ error: "must be a whole number from 1 to 5" }).int("must be a whole number from 1 to 5").min(1, "must be from 1 to 5").max(5, "must be from 1 to 5"),
    good: itemList.meta({ description: "items of the criterion that went well" }),
    bad: itemList.meta({ description: "items of the criterion that went badly" }),
    comment: text("the comment").optional().meta({ description: "shown to the public only after an editor approves it" }),
  })
  .meta({ id: "RatingInput" });
export type RatingInput = z.infer<typeof RatingInputSchema>;

export const RatingResultSchema = z
  .object({
    id: z.number().int(),
    replaced: z.boolean().meta({ description: "true when it replaced this browser's rating of the same court and criterion from the last 30 days" }),
    commentStatus: z.enum(["pending"]).nullable(),
  })
  .meta({ id: "RatingResult" });

export const EntryRatingsQuerySchema = z.strictObject({
  limit: intParam(1, 50).default(10).meta({ description: "approved comments per page" }),
  cursor: z.string().max(200).optional(),
});

export const RatingTableQuerySchema = z.strictObject({
  region: RegionIsoSchema.optional(),
  criterion: CriterionSchema.optional().meta({ description: "omitted: all four criteria together" }),
  limit: intParam(1, 500).default(500).meta({ description: "courts per page (the whole country fits in one)" }),
  cursor: z.string().max(200).optional(),
  format: z.enum(["json", "csv"]).default("json"),
});
export type RatingTableQuery = z.infer<typeof RatingTableQuerySchema>;

const DistributionSchema = z.array(z.number().int()).length(5).meta({ description: "counts of 1, 2, 3, 4 and 5 stars" });

const SummaryFields = {
  count: z.number().int(),
  mean: z.number().nullable(),
  distribution: DistributionSchema,
  negativeShare: z.number().nullable().meta({ description: "share of 1- and 2-star ratings" }),
  score: z.number().meta({ description: "Bayesian average: (priorWeight × priorMean + sum of scores) / (priorWeight + count)" }),
};

export const RankingMethodSchema = z
  .object({ method: z.literal("bayesian-average"), priorMean: z.number(), priorWeight: z.number(), minCount: z.number().int() })
  .meta({ id: "RankingMethod" });

export const CourtRatingsSchema = z
  .object({
    entryId: z.string(),
    sample: z.boolean().meta({ description: "some of the ratings are generated samples" }),
    overall: z.object(SummaryFields),
    criteria: z.array(
      z.object({
        criterion: CriterionSchema,
        ...SummaryFields,
        trend: z.array(z.object({ month: z.string().meta({ description: "YYYY-MM" }), count: z.number().int(), mean: z.number().nullable() })),
      }),
    ),
    comments: z.object({
      items: z.array(
        z.object({
          id: z.number().int(),
          criterion: CriterionSchema,
          score: z.number().int(),
          text: z.string(),
          createdAt: z.string(),
          sample: z.boolean(),
          reply: z.object({ text: z.string(), at: z.string().nullable() }).nullable().meta({ description: "the court's public answer" }),
        }),
      ),
      nextCursor: z.string().nullable(),
    }),
    ranking: RankingMethodSchema,
  })
  .meta({ id: "CourtRatings" });
export type CourtRatings = z.infer<typeof CourtRatingsSchema>;

export const RatingTableSchema = z
  .object({
    criterion: CriterionSchema.nullable(),
    region: z.string().nullable(),
    total: z.number().int(),
    items: z.array(
      z.object({
        rank: z.number().int().nullable().meta({ description: "null: fewer ratings than ranking.minCount" }),
        entryId: z.string(),
        name: LocalizedNameSchema,
        regionIso: z.string().nullable(),
        courtKind: z.string().nullable(),
        sample: z.boolean(),
        ...SummaryFields,
      }),
    ),
    nextCursor: z.string().nullable(),
    ranking: RankingMethodSchema,
  })
  .meta({ id: "RatingTable" });
export type RatingTable = z.infer<typeof RatingTableSchema>;

// The editors' side: comments to review, decisions, the court's reply.
export const RatingCommentQueueQuerySchema = z.strictObject({
  status: z.enum(["pending", "approved", "rejected"]).default("pending"),
  limit: intParam(1, 200).default(50),
  cursor: z.string().max(200).optional(),
});
export const RejectCommentSchema = z.strictObject({ reason: text("the reason") });
export const ReplySchema = z.strictObject({ text: text("the reply") });

export const ReviewCommentSchema = z
  .object({
    id: z.number().int(),
    entryId: z.string(),
    court: LocalizedNameSchema,
    regionIso: z.string().nullable(),
    criterion: CriterionSchema,
    score: z.number().int(),
    text: z.string(),
    status: z.enum(["pending", "approved", "rejected"]),
    reason: z.string().nullable(),
    reviewerName: z.string().nullable(),
    reply: z.string().nullable(),
    createdAt: z.string(),
    sample: z.boolean(),
  })
  .meta({ id: "RatingCommentForReview" });
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;
export const ReviewCommentPageSchema = z.object({ items: z.array(ReviewCommentSchema), total: z.number().int(), nextCursor: z.string().nullable() });
