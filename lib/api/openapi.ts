import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { ApiEntrySchema } from "../validation/entry";
import { EntriesQuerySchema, LocateQuerySchema, MarkersQuerySchema, NearestQuerySchema, RegionsQuerySchema } from "../validation/query";
import { EntryPageSchema, LocateResponseSchema, MarkersResponseSchema, NearestResponseSchema, RegionsResponseSchema } from "../validation/responses";
import { ApiErrorSchema } from "./errors";

type Registrar = (registry: OpenAPIRegistry, errors: typeof errorResponses) => void;

const errorResponses = {
  400: { description: "Bad input: the message and `field` name the parameter at fault", content: { "application/json": { schema: ApiErrorSchema } } },
  404: { description: "Not found", content: { "application/json": { schema: ApiErrorSchema } } },
  429: {
    description: "Too many requests from this client (code `rate_limited`); `Retry-After` gives the seconds to wait",
    headers: { "Retry-After": { schema: { type: "integer" as const } } },
    content: { "application/json": { schema: ApiErrorSchema } },
  },
};

// Other parts of the API (the write API) add their paths here, so there is one document.
const registrars: Registrar[] = [];
export function registerOpenApi(registrar: Registrar): void {
  registrars.push(registrar);
}

const ok = (schema: z.ZodType, description = "OK") => ({ description, content: { "application/json": { schema } } });

function registerPublicApi(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/regions",
    summary: "The 20 regions with counts per kind; format=geojson adds the outlines",
    request: { query: RegionsQuerySchema },
    responses: { 200: ok(RegionsResponseSchema), 400: errorResponses[400], 429: errorResponses[429] },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/entries",
    summary: "Search and filter the directory; format=geojson returns a FeatureCollection",
    request: { query: EntriesQuerySchema },
    responses: { 200: ok(EntryPageSchema), 400: errorResponses[400], 429: errorResponses[429] },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/markers",
    summary: "Every matching entry at once in a compact form (the map's markers and the result list); same filters as /api/v1/entries",
    request: { query: MarkersQuerySchema },
    responses: { 200: ok(MarkersResponseSchema), 400: errorResponses[400], 429: errorResponses[429] },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/entries/{id}",
    summary: "One entry",
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: ok(ApiEntrySchema), 404: errorResponses[404], 429: errorResponses[429] },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/nearest",
    summary: "Located entries nearest to a point, by great-circle distance",
    request: { query: NearestQuerySchema },
    responses: { 200: ok(NearestResponseSchema), 400: errorResponses[400], 429: errorResponses[429] },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/locate",
    summary: "The region and district containing a point, and the courts that serve it",
    request: { query: LocateQuerySchema },
    responses: { 200: ok(LocateResponseSchema), 400: errorResponses[400], 429: errorResponses[429] },
  });
}

export function openApiDocument() {
  const registry = new OpenAPIRegistry();
  registerPublicApi(registry);
  for (const registrar of registrars) registrar(registry, errorResponses);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Courts-GIS Kazakhstan API",
      version: "1.0.0",
      description:
        "Open directory of Kazakhstan's courts, advocates, notaries and mediators. Court locations are approximate (the seat settlement). Entries with sample: true are fictional.",
    },
    servers: [{ url: "/" }],
  });
}
