import { z } from "zod";
import { ApiEntrySchema, NearestEntrySchema } from "./entry";
import { CourtKindSchema, EntryKindSchema, LocalizedNameSchema } from "./fields";

const KindCountsSchema = z.object({ court: z.number(), advocate: z.number(), notary: z.number(), mediator: z.number() });

export const ApiRegionSchema = z
  .object({
    iso: z.string(),
    kato: z.string(),
    type: z.enum(["oblast", "city"]),
    name: LocalizedNameSchema,
    nameRuAlt: z.string().optional(),
    counts: KindCountsSchema,
  })
  .meta({ id: "Region" });

export const RegionsResponseSchema = z.object({ items: z.array(ApiRegionSchema) });

export const EntryPageSchema = z
  .object({
    items: z.array(ApiEntrySchema),
    total: z.number().int().meta({ description: "how many entries match; for a text query (q) counted up to 1 000: see totalIsLowerBound" }),
    totalIsLowerBound: z.boolean().optional().meta({ description: "present (true) when a text query matches more than 1 000 entries: total is then 1 000, read it as \"at least 1 000\", and paging ends there" }),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "EntryPage" });

export const NearestResponseSchema = z.object({
  point: z.object({ lat: z.number(), lng: z.number() }),
  items: z.array(NearestEntrySchema),
});
export type NearestResponse = z.infer<typeof NearestResponseSchema>;

export const ApiDistrictSchema = z
  .object({ kato: z.string(), sourceId: z.string(), type: z.string(), name: LocalizedNameSchema })
  .meta({ id: "District" });

export const LocateResponseSchema = z
  .object({
    point: z.object({ lat: z.number(), lng: z.number() }),
    inKazakhstan: z.boolean(),
    message: z.string().optional(),
    region: ApiRegionSchema.pick({ iso: true, kato: true, type: true, name: true }).nullable(),
    district: ApiDistrictSchema.nullable(),
    courts: z.array(
      z.object({
        role: z.enum(["district", "specialised", "regional"]).meta({
          description: "district: the district or city court(s); specialised: the region's specialised interdistrict courts; regional: the regional court",
        }),
        entry: ApiEntrySchema,
      }),
    ),
  })
  .meta({ id: "Locate" });
export type LocateResponse = z.infer<typeof LocateResponseSchema>;

export const DistrictsResponseSchema = z
  .object({ items: z.array(ApiDistrictSchema.extend({ regionIso: z.string() })) })
  .meta({ id: "Districts", description: "The districts (and cities of district rank) with their names and region" });

export const MarkerRowSchema = z
  .tuple([
    z.string().meta({ description: "id" }),
    EntryKindSchema,
    CourtKindSchema.nullable(),
    z.string().nullable().meta({ description: "name in Kazakh" }),
    z.string().nullable().meta({ description: "name in Russian" }),
    z.string().nullable().meta({ description: "name in English" }),
    z.string().nullable().meta({ description: "region ISO 3166-2 code" }),
    z.string().nullable().meta({ description: "locality" }),
    z.boolean().meta({ description: "sample: a fictional practitioner" }),
    z.number().nullable().meta({ description: "latitude, null when unlocated" }),
    z.number().nullable().meta({ description: "longitude, null when unlocated" }),
  ])
  .meta({ id: "MarkerRow", description: "[id, kind, courtKind, nameKk, nameRu, nameEn, regionIso, locality, sample, lat, lng]" });
export type MarkerRow = z.infer<typeof MarkerRowSchema>;

export const MarkerClusterSchema = z
  .tuple([
    z.number().meta({ description: "latitude" }),
    z.number().meta({ description: "longitude" }),
    z.number().int().meta({ description: "entries in the cluster" }),
    z.number().int().meta({ description: "the zoom at which the cluster splits: zoom there to see its parts" }),
  ])
  .meta({ id: "MarkerCluster", description: "[lat, lng, count, expansionZoom]" });
export type MarkerCluster = z.infer<typeof MarkerClusterSchema>;

const FacetCountsSchema = z.record(z.string(), z.number().int());

export const MarkersResponseSchema = z
  .object({
    total: z.number().int().meta({ description: "every entry matching the filters, located or not" }),
    located: z.number().int().meta({ description: "those of them with a location (the clusters' counts and the points in the whole map add up to it)" }),
    zoom: z.number().int().meta({ description: "the zoom the answer is for: the one asked, or lower where the view held too many markers" }),
    clusters: z.array(MarkerClusterSchema),
    items: z.array(MarkerRowSchema).meta({ description: "the single entries in the view (not in a cluster)" }),
    facets: z
      .object({ languages: FacetCountsSchema, specialisations: FacetCountsSchema })
      .meta({ description: "how many of the matching entries speak each language and practise in each area" }),
  })
  .meta({ id: "Markers", description: "The map's view: clusters and single entries in the bbox at the zoom, bounded whatever the directory holds" });
export type MarkersResponse = z.infer<typeof MarkersResponseSchema>;

export const ApiPlaceSchema = z
  .object({
    id: z.string().meta({ description: "stable id: region:<ISO>, district:<KATO>, or settlement:<GeoNames id>" }),
    kind: z.enum(["region", "district", "city", "settlement"]),
    name: z.object({ kk: z.string().nullable(), ru: z.string().nullable(), en: z.string() }).meta({ description: "null where no open source gives the name in that language" }),
    regionIso: z.string(),
    districtKato: z.string().optional().meta({ description: "the district the point lies in (absent for a region)" }),
    point: z.object({ lat: z.number(), lng: z.number() }).meta({ description: "a point inside the place (a settlement's own point; an area's pole of inaccessibility)" }),
    match: z.enum(["exact", "prefix", "typo"]).meta({ description: "how the query matched: a whole name, the start of a name or a word in it, within 1 edit (5–8 letters) or 2 (9 or more)" }),
  })
  .meta({ id: "Place" });

export const PlacesResponseSchema = z.object({ items: z.array(ApiPlaceSchema) }).meta({ id: "Places" });
