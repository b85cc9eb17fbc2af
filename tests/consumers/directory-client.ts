// A small consumer of the open API, typed only by what openapi-typescript generates from the published
// document (var/consumers/api.d.ts, made by tests/api/openapi-lint.test.ts). If the document stops describing
// what these calls use — an operationId, a parameter, a response field, the GeoJSON variant — this stops compiling.
import type { operations } from "../../var/consumers/api";

type Query<Op extends keyof operations> = NonNullable<operations[Op]["parameters"]["query"]>;
type Ok<Op extends keyof operations> = operations[Op]["responses"] extends { 200: { content: infer C } } ? C : never;

type Fetch = (url: string) => Promise<Response>;

async function getJson<T>(fetcher: Fetch, path: string, query: Record<string, string | string[] | undefined>): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value ?? []].flat()) params.append(key, v);
  const res = await fetcher(`${path}?${params}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** Names and distances of the entries nearest to a point. */
export async function nearestNames(fetcher: Fetch, query: Query<"findNearest">): Promise<string[]> {
  const body = await getJson<Ok<"findNearest">["application/json"]>(fetcher, "/api/v1/nearest", { ...query, format: "json" });
  return body.items.map((e) => `${e.name.ru ?? e.id} ${e.distanceKm.toFixed(1)} km`);
}

/** The same as GeoJSON: the features' [lng, lat] positions. */
export async function nearestPositions(fetcher: Fetch, query: Query<"findNearest">): Promise<number[][]> {
  const body = await getJson<Ok<"findNearest">["application/geo+json"]>(fetcher, "/api/v1/nearest", { ...query, format: "geojson" });
  return body.features.flatMap((f) => (f.geometry ? [f.geometry.coordinates] : []));
}

/** Which courts serve a point, with their role. */
export async function servingCourts(fetcher: Fetch, query: Query<"locatePoint">): Promise<{ role: string; id: string }[]> {
  const body = await getJson<Ok<"locatePoint">["application/json"]>(fetcher, "/api/v1/locate", query);
  return body.inKazakhstan ? body.courts.map((c) => ({ role: c.role, id: c.entry.id })) : [];
}

/** The outline containing a point, as GeoJSON. */
export async function containingOutline(fetcher: Fetch, query: Query<"locatePoint">): Promise<string | null> {
  const body = await getJson<Ok<"locatePoint">["application/geo+json"]>(fetcher, "/api/v1/locate", { ...query, format: "geojson" });
  const outline = body.features[0];
  return outline && "layer" in outline.properties ? `${outline.properties.layer} ${outline.id}` : null;
}

/** Every id of a filtered search, page by page. */
export async function allEntryIds(fetcher: Fetch, query: Omit<Query<"listEntries">, "cursor">): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page: Ok<"listEntries">["application/json"] = await getJson(fetcher, "/api/v1/entries", { ...query, cursor });
    ids.push(...page.items.map((e) => e.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** Courts per region. */
export async function courtsPerRegion(fetcher: Fetch): Promise<Record<string, number>> {
  const body = await getJson<Ok<"listRegions">["application/json"]>(fetcher, "/api/v1/regions", {});
  return Object.fromEntries(body.items.map((r) => [r.iso, r.counts.court]));
}
