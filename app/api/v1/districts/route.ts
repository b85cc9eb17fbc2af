import { db } from "@/lib/db/client";
import { districtOutlines } from "@/lib/directory/districts";
import { publicPreflight } from "@/lib/api/cors";
import { geoJson } from "@/lib/api/geojson";
import { outlineGeometries } from "@/lib/geo/map-outlines";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { DistrictsQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { format, detail, v, region } = parseQuery(DistrictsQuerySchema, req.url);
  const all = await districtOutlines(db());
  const districts = region ? all.filter((d) => d.district.regionIso === region) : all;
  if (format === "geojson") {
    // Simplified over every district, so a region's answer has the same borders as the country's.
    const geometries = outlineGeometries((detail === "map" ? all : districts).map(({ district, geometry }) => ({ id: district.kato, geometry })), detail);
    const outlines = {
      type: "FeatureCollection",
      features: districts.map(({ district }) => ({ type: "Feature", id: district.kato, geometry: geometries.get(district.kato), properties: district })),
    };
    // ?v=<its ETag> names this exact body: the map keeps the outlines for a year.
    return geoJson(req, outlines, { version: v });
  }
  return revalidatedJson(req, { items: districts.map((d) => d.district) });
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
