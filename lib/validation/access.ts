import { z } from "zod";
import { CourtKindSchema, LocalizedNameSchema, RegionIsoSchema } from "./fields";
import { LocateQuerySchema, OutlineDetailSchema } from "./query";

export const AccessQuerySchema = z.strictObject({
  region: RegionIsoSchema.optional().meta({ description: "only this region's districts and settlements (the country's figures and every region's stay)" }),
  format: z.enum(["json", "csv", "geojson"]).default("json").meta({
    description: "json: everything; csv: one row per settlement; geojson: the districts' outlines with their figures (the choropleth)",
  }),
  detail: OutlineDetailSchema,
});
export type AccessQuery = z.infer<typeof AccessQuerySchema>;

export const WhatIfQuerySchema = LocateQuerySchema.pick({ lat: true, lng: true });

const km = z.number().meta({ description: "straight-line (great-circle) kilometres, not road distance" });
const share = z.number().min(0).max(1).nullable();

export const AccessFiguresSchema = z
  .object({
    coverage: z
      .object({
        settlements: z.number().int().meta({ description: "gazetteer settlements counted (villages under ~1 000 inhabitants are not in the gazetteer)" }),
        withPopulation: z.number().int().meta({ description: "of which GeoNames gives a population" }),
        population: z.number().int().meta({ description: "their inhabitants: the population these figures describe" }),
        populationWithoutDistance: z.number().int().meta({ description: "of that population, the part whose serving court has no location" }),
      })
      .meta({ description: "what part of the population the figures cover" }),
    meanKm: km.nullable().meta({ description: "population-weighted mean straight-line distance to the serving (district or city) court" }),
    medianKm: km.nullable(),
    maxKm: km.nullable(),
    shareOver25Km: share,
    shareOver50Km: share,
    shareOver100Km: share,
    courts: z.number().int().meta({ description: "active courts of every kind in the area" }),
    courtsPer100k: z.number().nullable().meta({ description: "courts per 100 000 covered inhabitants" }),
  })
  .meta({ id: "AccessFigures" });

const CourtDistanceSchema = z.object({ courtId: z.string(), km });

const AreaSchema = { name: LocalizedNameSchema, figures: AccessFiguresSchema };

export const AccessSettlementSchema = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: "GeoNames' Latin name" }),
    lat: z.number(),
    lng: z.number(),
    population: z.number().int().nullable(),
    regionIso: z.string(),
    districtKato: z.string(),
    serving: CourtDistanceSchema.nullable().meta({ description: "the nearest of the court(s) serving its district (district or city court)" }),
    regional: CourtDistanceSchema.nullable().meta({ description: "its regional court" }),
    nearest: z.partialRecord(CourtKindSchema, CourtDistanceSchema).meta({ description: "the nearest located court of each kind" }),
  })
  .meta({ id: "AccessSettlement" });

export const AccessBuildingSchema = z
  .object({
    status: z.enum(["built", "planned"]).meta({ description: "built 2016–2019, or planned for 2020–2021 as of January 2020" }),
    year: z.number().int(),
    courtAsWritten: z.string().meta({ description: "the court as the report writes it (Kazakh)" }),
    budgetAsWritten: z.string(),
    budgetTenge: z.number().nullable(),
    budgetSource: z.enum(["republican", "local"]),
    court: z.object({ id: z.string(), nameRu: z.string(), lat: z.number().nullable(), lng: z.number().nullable() }).nullable().meta({
      description: "the current court, where its name clearly corresponds; null: not matched (listed, not guessed)",
    }),
  })
  .meta({ id: "AccessBuilding" });

export const AccessResponseSchema = z
  .object({
    method: z.string(),
    coverageNote: z.string(),
    region: z.string().nullable(),
    country: AccessFiguresSchema,
    regions: z.array(z.object({ iso: z.string(), ...AreaSchema })),
    districts: z.array(z.object({ kato: z.string(), regionIso: z.string(), ...AreaSchema })),
    settlements: z.array(AccessSettlementSchema),
    outsideDistricts: z.number().int().meta({ description: "gazetteer settlements outside every district outline, left out" }),
    courts: z.array(z.object({ id: z.string(), name: LocalizedNameSchema, courtKind: CourtKindSchema.nullable(), regionIso: z.string().nullable(), lat: z.number().nullable(), lng: z.number().nullable() })),
    buildings: z.array(AccessBuildingSchema),
    buildingsSource: z.string(),
  })
  .meta({ id: "Access" });
export type AccessResponse = z.infer<typeof AccessResponseSchema>;

export const AccessFeatureCollectionSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        id: z.string(),
        geometry: z.unknown(),
        properties: z.object({ kato: z.string(), regionIso: z.string(), ...AreaSchema }),
      }),
    ),
  })
  .meta({ id: "AccessDistricts" });

export const WhatIfResponseSchema = z
  .object({
    note: z.string(),
    point: z.object({ lat: z.number(), lng: z.number() }),
    region: z.object({ iso: z.string(), name: LocalizedNameSchema }),
    district: z.object({ kato: z.string(), name: LocalizedNameSchema }),
    districtSettlements: z.number().int(),
    closer: z.object({ settlements: z.number().int(), population: z.number().int(), meanGainKm: km.nullable(), maxGainKm: km.nullable() }),
    changes: z.array(z.object({ id: z.string(), name: z.string(), population: z.number().int().nullable(), beforeKm: km.nullable(), afterKm: km })),
    regionBefore: AccessFiguresSchema,
    regionAfter: AccessFiguresSchema,
    countryBefore: AccessFiguresSchema,
    countryAfter: AccessFiguresSchema,
  })
  .meta({ id: "WhatIf" });
export type WhatIfResponse = z.infer<typeof WhatIfResponseSchema>;
