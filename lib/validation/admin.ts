import { z } from "zod";
import { ROLES } from "../auth/roles";
import { AccountEmailSchema, AccountNameSchema, PasswordLengthSchema } from "./account";
import { ApiEntrySchema } from "./entry";
import { RegionIsoSchema } from "./fields";
import { EntriesQuerySchema, intParam } from "./query";
import { textField } from "./entry-input";

export const AdminEntriesQuerySchema = EntriesQuerySchema.omit({ format: true, bbox: true }).extend({
  status: z.enum(["active", "closed", "any"]).default("any"),
});

export const AdminEntrySchema = ApiEntrySchema.extend({
  version: z.int(),
  licenceIssuedOn: z.string().optional(),
  memberSince: z.string().optional(),
  ownerId: z.string().optional(),
}).meta({ id: "AdminEntry" });

export type AdminEntry = z.infer<typeof AdminEntrySchema>;

export const AdminEntryPageSchema = z
  .object({ items: z.array(AdminEntrySchema), total: z.int(), nextCursor: z.string().nullable() })
  .meta({ id: "AdminEntryPage" });
export type AdminEntryPage = z.infer<typeof AdminEntryPageSchema>;

export const FieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }).meta({ id: "FieldChange" });

export const RevisionSchema = z
  .object({ version: z.int(), action: z.string(), actor: z.string(), at: z.string(), note: z.string().optional(), changes: z.array(FieldChangeSchema) })
  .meta({ id: "Revision" });
export type Revision = z.infer<typeof RevisionSchema>;

export const WriteResultSchema = z.object({ id: z.string(), version: z.int(), changes: z.array(FieldChangeSchema) }).meta({ id: "WriteResult" });
export type WriteResult = z.infer<typeof WriteResultSchema>;

export const ConflictSchema = z
  .object({
    error: z.object({
      code: z.literal("conflict"),
      message: z.string(),
      currentVersion: z.int(),
      changes: z.array(FieldChangeSchema).meta({ description: "what changed since the version you edited: before = that version, after = now" }),
      changedBy: z.array(z.string()),
    }),
  })
  .meta({ id: "Conflict" });
export type Conflict = z.infer<typeof ConflictSchema>["error"];

export const RoleSchema = z.enum(ROLES).meta({ id: "Role" });

export const NewUserSchema = z
  .object({
    email: AccountEmailSchema,
    name: AccountNameSchema,
    password: PasswordLengthSchema,
    role: RoleSchema,
    regions: z.array(RegionIsoSchema).max(20).default([]),
  })
  .meta({ id: "NewUser" });

export const UserUpdateSchema = z.object({ role: RoleSchema, regions: z.array(RegionIsoSchema).max(20).default([]) }).meta({ id: "UserUpdate" });

export const UserSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: RoleSchema, regions: z.array(z.string()), createdAt: z.string() })
  .meta({ id: "User" });
export type ApiUser = z.infer<typeof UserSchema>;

export const RejectSchema = z.object({ reason: z.string().trim().min(1, "give a reason").max(1000) });
/** One field of a request accepted, or rejected with the reason the proposer reads. */
export const FieldDecisionSchema = z
  .object({
    field: z.string().max(40).meta({ description: "a field of the request's diff" }),
    accept: z.boolean(),
    reason: textField(1000),
  })
  .meta({ id: "FieldDecision" });
export type FieldDecision = z.infer<typeof FieldDecisionSchema>;

export const ApproveSchema = z.object({
  note: textField(1000),
  decisions: z
    .array(FieldDecisionSchema)
    .max(40)
    .optional()
    .meta({ description: "per field of a contact change or a correction; a field not named is accepted. All rejected: the request is rejected" })
    .superRefine((decisions, ctx) => {
      decisions?.forEach((d, i) => {
        if (!d.accept && !d.reason) ctx.addIssue({ code: "custom", path: [i, "reason"], message: "give a reason for a rejected field" });
      });
    }),
});

const ChangeStatusSchema = z.enum(["pending", "approved", "rejected"]);
export const CompletenessQuerySchema = z.strictObject({
  format: z.enum(["json", "csv"]).default("json").meta({ description: "csv: one row per court that lacks a fact" }),
});
const CourtFactSchema = z.enum(["address", "phone", "hours", "nameKk"]);
export const CompletenessSchema = z
  .object({
    regions: z.array(
      z.object({
        regionIso: z.string().nullable().meta({ description: "null: courts of no one region (military courts)" }),
        courts: z.int(),
        with: z.record(CourtFactSchema, z.int()),
        gaps: z.array(z.object({ id: z.string(), name: z.object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() }), lacks: z.array(CourtFactSchema) })),
      }),
    ),
  })
  .meta({ id: "Completeness" });

export const ChangesQuerySchema = z.strictObject({
  status: ChangeStatusSchema.default("pending"),
  limit: intParam(1, 200).default(50),
  cursor: z.string().max(200).optional().meta({ description: "nextCursor of the previous page" }),
});
export const ClaimSchema = z.object({ entryId: z.string().min(1).max(200), licenceNumber: z.string().trim().min(1, "is required").max(50) }).meta({ id: "Claim" });
export const ChangeRequestResultSchema = z
  .object({ id: z.string(), status: z.string(), entryId: z.string().nullish(), reason: z.string().optional(), decisions: z.array(FieldDecisionSchema).optional() })
  .meta({ id: "ChangeRequestResult" });

/** A practitioner's request as its requester sees it (GET /api/v1/me). */
export const OwnChangeRequestSchema = z
  .object({
    id: z.string(),
    type: z.enum(["claim", "create", "update", "correction"]),
    entryId: z.string().optional(),
    status: ChangeStatusSchema,
    reason: z.string().optional(),
    decisions: z.array(FieldDecisionSchema).optional().meta({ description: "how each field was decided, when decided field by field" }),
    createdAt: z.string(),
  })
  .meta({ id: "OwnChangeRequest" });
export type OwnChangeRequest = z.infer<typeof OwnChangeRequestSchema>;

/** A request in the moderation queue (GET /api/v1/admin/changes): who asked, for what, with what. */
export const ChangeRequestSchema = OwnChangeRequestSchema.extend({
  entryName: z.string().optional(),
  regionIso: z.string().optional(),
  requester: z.string().optional().meta({ description: "the requester's e-mail (none for a visitor's correction)" }),
  origin: z.enum(["visitor", "court_staff", "practitioner"]).meta({ description: "who proposed it" }),
  contact: z.string().optional().meta({ description: "a visitor's contact, if given (editors only)" }),
  source: z.string().optional().meta({ description: "where the proposer says the new value is published" }),
  payload: z.unknown().meta({ description: "the proposed entry or contacts, as sent" }),
  diff: z.array(FieldChangeSchema).meta({ description: "each field the request would change: before (the entry now) → after" }),
}).meta({ id: "ChangeRequest" });
export type ChangeRequest = z.infer<typeof ChangeRequestSchema>;

export const ChangeRequestPageSchema = z
  .object({ items: z.array(ChangeRequestSchema), total: z.int(), nextCursor: z.string().nullable() })
  .meta({ id: "ChangeRequestPage" });
export type ChangeRequestPage = z.infer<typeof ChangeRequestPageSchema>;

/** The signed-in person (GET /api/v1/me): who they are, their listings and their requests. */
export const MeSchema = z
  .object({
    user: UserSchema.omit({ createdAt: true }),
    listings: z.array(AdminEntrySchema),
    requests: z.array(OwnChangeRequestSchema),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof MeSchema>;
