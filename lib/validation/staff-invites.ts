import { z } from "zod";

export const CourtInviteSchema = z
  .object({ entryId: z.string(), code: z.string().meta({ description: "shown once: only its hash is kept" }), expiresAt: z.string() })
  .meta({ id: "CourtInvite" });
export type CourtInvite = z.infer<typeof CourtInviteSchema>;

export const InviteCodeSchema = z.object({ code: z.string().trim().min(1, "is required").max(100) }).meta({ id: "InviteCode" });
export const AcceptedInviteSchema = z.object({ entryId: z.string().meta({ description: "the court whose staff you now are" }) }).meta({ id: "AcceptedInvite" });
