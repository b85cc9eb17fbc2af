import { z } from "zod";
import { LOCALES } from "../../i18n/locales";
import { CourtKindSchema, EntryKindSchema, LatitudeSchema, LongitudeSchema, RegionIsoSchema, SpecialisationSchema } from "./fields";

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

/** Practitioner filters (issue 12): an entry matches when it has every language and every area asked for. */
const practitionerFilters = {
  language: listParam(z.enum(LOCALES, { error: "must be kk, ru or en" }))
    .optional()
    .meta({ description: "languages the practitioner speaks, comma-separated (kk, ru, en): each of them" }),
  specialisation: listParam(SpecialisationSchema).optional().meta({ description: "areas of practice, comma-separated: each of them" }),
};

/** Outlines exact (GIS use) or simplified for drawing. */
export const OutlineDetailSchema = z.enum(["full", "map"]).default("full").meta({
  description:
    "with format=geojson: full, the outlines as loaded; map, simplified for drawing (each shared border simplified once, so neighbours still meet; about a third of the points). Locating a point always uses the full outlines",
});

export const RegionsQuerySchema = z.strictObject({
  format: FormatSchema,
  detail: OutlineDetailSchema,
  v: z.string().max(100).optional().meta({ description: "the data version (the ETag of the outlines, without quotes): with it, format=geojson may be cached for a year" }),
});

export const DistrictsQuerySchema = RegionsQuerySchema.extend({
  region: RegionIsoSchema.optional().meta({ description: "only the districts of this region" }),
});

export const EntriesQuerySchema = z.strictObject({
  kind: listParam(EntryKindSchema).optional(),
  region: RegionIsoSchema.optional(),
  courtKind: listParam(CourtKindSchema).optional(),
  q: single.optional(),
  bbox: BboxSchema.optional(),
  ...practitionerFilters,
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
  ...practitionerFilters,
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

/** The zoom levels the markers answer for (a fractional map zoom asks for the level below). */
export const MARKER_ZOOMS = { min: 0, max: 20, country: 4 } as const;

/**
 * The entries' filters for the map's view: clusters and points in `bbox` at `zoom`. Without a bbox, the
 * country view (the whole map at zoom 4).
 */
export const MarkersQuerySchema = EntriesQuerySchema.pick({ kind: true, region: true, courtKind: true, q: true, language: true, specialisation: true }).extend({
  bbox: BboxSchema.optional().meta({ description: "west,south,east,north of the view; without it, the whole map" }),
  zoom: intParam(MARKER_ZOOMS.min, MARKER_ZOOMS.max)
    .default(MARKER_ZOOMS.country)
    .meta({ description: `the map's zoom level, ${MARKER_ZOOMS.min}–${MARKER_ZOOMS.max} (default ${MARKER_ZOOMS.country}, the country view)` }),
});

/**
 * Routes that take no parameters: every query schema is strict, so a mistyped or unsupported parameter is a 400
 * naming it rather than silently ignored (a consumer would otherwise trust a filter that never applied).
 */
export const NoQuerySchema = z.strictObject({});

/** A static file named with its version (`?v=`), so that it may be cached for a year. */
export const VersionedFileQuerySchema = z.strictObject({ v: z.string().max(100).optional() });
