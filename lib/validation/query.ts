import { z } from "zod";
import { CourtKindSchema, EntryKindSchema, LatitudeSchema, LongitudeSchema, RegionIsoSchema } from "./fields";

/** Query strings arrive as text: a number field must be a finite decimal number, nothing else. */
const numberParam = (inner: z.ZodNumber) =>
  z
    .string()
    .trim()
    .regex(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/, "must be a number")
    .transform(Number)
    .pipe(inner);

export const intParam = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`));

/** `kind=court&kind=notary` and `kind=court,notary` both give ["court", "notary"]. */
const listParam = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(20));

export const FormatSchema = z.enum(["json", "geojson"]).default("json");

const single = z.string().max(200);

export const BboxSchema = z
  .string()
  .transform((s) => s.split(",").map((p) => p.trim()))
  .pipe(
    z
      .array(z.string().regex(/^[-+]?(\d+\.?\d*|\.\d+)$/, "must be four numbers: west,south,east,north"))
      .length(4, "must be four numbers: west,south,east,north"),
  )
  .transform((p) => p.map(Number) as [number, number, number, number])
  .refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && s <= n && w <= e, {
    message: "must be west,south,east,north within -180..180 and -90..90, with west <= east and south <= north",
  });

export const RegionsQuerySchema = z.strictObject({
  format: FormatSchema,
  v: z.string().max(100).optional().meta({ description: "the data version (the ETag of the outlines, without quotes): with it, format=geojson may be cached for a year" }),
});

export const EntriesQuerySchema = z.strictObject({
  kind: listParam(EntryKindSchema).optional(),
  region: RegionIsoSchema.optional(),
  courtKind: listParam(CourtKindSchema).optional(),
  q: single.optional(),
  bbox: BboxSchema.optional(),
  limit: intParam(1, 500).default(50),
  cursor: z.string().max(200).optional(),
  format: FormatSchema,
});
export type EntriesQuery = z.infer<typeof EntriesQuerySchema>;

export const NearestQuerySchema = z.strictObject({
  lat: numberParam(LatitudeSchema),
  lng: numberParam(LongitudeSchema),
  kind: listParam(EntryKindSchema).optional(),
  courtKind: listParam(CourtKindSchema).optional(),
  limit: intParam(1, 100).default(10),
  format: FormatSchema,
});
export type NearestQuery = z.infer<typeof NearestQuerySchema>;

export const LocateQuerySchema = z.strictObject({
  lat: numberParam(LatitudeSchema),
  lng: numberParam(LongitudeSchema),
  format: FormatSchema,
});

export const PlacesQuerySchema = z.strictObject({
  q: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").meta({ description: "a place name as typed: Kazakh, Russian or Latin, typos allowed" }),
  limit: intParam(1, 20).default(8),
});

/** The entries' filters without paging: the map takes every match at once. */
export const MarkersQuerySchema = EntriesQuerySchema.pick({ kind: true, region: true, courtKind: true, q: true });

/**
 * Routes that take no parameters: every query schema is strict, so a mistyped or unsupported parameter is a 400
 * naming it rather than silently ignored (a consumer would otherwise trust a filter that never applied).
 */
export const NoQuerySchema = z.strictObject({});

/** A static file named with its version (`?v=`), so that it may be cached for a year. */
export const VersionedFileQuerySchema = z.strictObject({ v: z.string().max(100).optional() });
