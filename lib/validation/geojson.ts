import { z } from "zod";
import { ApiDistrictSchema, ApiRegionSchema } from "./responses";

// GeoJSON (RFC 7946) answers as the OpenAPI document describes them: positions are [longitude, latitude].

const PositionSchema = z.array(z.number()).min(2).max(3).meta({ description: "[longitude, latitude]" });

const PointSchema = z.object({ type: z.literal("Point"), coordinates: PositionSchema });
const AreaSchema = z
  .object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()) })
  .meta({ description: "a Polygon or MultiPolygon, as RFC 7946 §3.1.6–3.1.7 define them" });

/** An entry as a Feature: its Point (null when unlocated); the properties are the Entry's fields without `location`, plus `precision`. */
export const EntryFeatureSchema = z
  .object({
    type: z.literal("Feature"),
    id: z.string(),
    geometry: PointSchema.nullable(),
    properties: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "EntryFeature" });

export const EntryFeatureCollectionSchema = z
  .object({ type: z.literal("FeatureCollection"), features: z.array(EntryFeatureSchema) })
  .meta({ id: "EntryFeatureCollection" });

export const NearestFeatureCollectionSchema = EntryFeatureCollectionSchema.extend({
  point: z.object({ lat: z.number(), lng: z.number() }),
}).meta({ id: "NearestFeatureCollection", description: "The nearest entries, nearest first; each feature's properties carry distanceKm" });

export const LocateFeatureCollectionSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    point: z.object({ lat: z.number(), lng: z.number() }),
    inKazakhstan: z.boolean(),
    message: z.string().optional(),
    features: z.array(
      z.union([
        z.object({
          type: z.literal("Feature"),
          id: z.string(),
          geometry: AreaSchema,
          properties: z.object({
            layer: z.enum(["district", "region"]),
            region: ApiRegionSchema.pick({ iso: true, kato: true, type: true, name: true }),
            district: ApiDistrictSchema.nullable(),
          }),
        }),
        EntryFeatureSchema.extend({
          properties: z.record(z.string(), z.unknown()).meta({ description: "the Entry's fields, plus layer: \"court\" and role" }),
        }),
      ]),
    ),
  })
  .meta({
    id: "LocateFeatureCollection",
    description:
      "First the outline containing the point (its district; its region where no district covers it), then the courts that serve it as Point features (role in properties, null geometry when unlocated). Empty outside Kazakhstan.",
  });

export const RegionFeatureCollectionSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(z.object({ type: z.literal("Feature"), id: z.string(), geometry: AreaSchema, properties: ApiRegionSchema })),
  })
  .meta({ id: "RegionFeatureCollection" });

export const DistrictFeatureCollectionSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z.object({ type: z.literal("Feature"), id: z.string(), geometry: AreaSchema, properties: ApiDistrictSchema.extend({ regionIso: z.string() }) }),
    ),
  })
  .meta({ id: "DistrictFeatureCollection" });
