import fc from "fast-check";
import { COURT_KINDS, ENTRY_KINDS, REGION_ISO_CODES } from "../../lib/directory/kinds";

/**
 * Malformed and edge-case requests for every API route, shared by the suite (in-process, small counts)
 * and bench/fuzz.ts (over HTTP, full counts).
 */

/** Values that have broken parsers somewhere: number edge cases, odd Unicode, FTS and SQL syntax, junk lists. */
const NASTY = [
  "", " ", "\t", "NaN", "nan", "Infinity", "-Infinity", "1e309", "-1e309", "1e-400", "0x1F", "0b11", "1_000", "1,5",
  "١٢٣", "٣٤", "+", "-", ".", "..", "1.2.3", "-0", "+0", "00", "9".repeat(400), "-".concat("9".repeat(40)),
  "null", "undefined", "true", "[]", "{}", "[1,2]", "%", "%%", "%00", "\u0000", "\uFFFF", "\uFEFF", "\u202E",
  "😀", "👩‍👩‍👧", "ёЁ", "ӘәҒғҚқҢңӨөҰұҮүҺһІі", "İı", "ß", "Ωmega", "\u0301", "'; DROP TABLE Entry; --", '"', "*", "NEAR(",
  "AND", "OR NOT", "a*b", "^", "court,", ",court", ",,,", "court,judge", "1,2,3", "1,2,3,4,5", "180,90,-180,-90",
  "-181,0,0,0", "0,0,0,0", "-180,-90,180,90", "a,b,c,d", "1e3,1,2,3", "bm9wZQ", "eyJvIjotMX0", "eyJvIjoxZTl9",
  "eyJvIjoiMSJ9", "eyJvIjoxLjV9", "KZ-99", "kz-75", "KZ-75 ", "sample-advocate-00001", "../../etc/passwd",
];

const nastyNumber = fc.oneof(
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.integer().map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toExponential()),
);

const cursorLike = fc.oneof(
  fc.jsonValue().map((o) => Buffer.from(JSON.stringify({ o })).toString("base64url")),
  fc.base64String({ maxLength: 64 }),
  fc.integer().map((o) => Buffer.from(JSON.stringify({ o })).toString("base64url")),
);

const bboxLike = fc
  .array(fc.oneof(fc.double(), fc.integer({ min: -200, max: 200 }).map(Number)), { minLength: 0, maxLength: 6 })
  .map((xs) => xs.join(","));

/** `enormous` is the longest string generated: over HTTP, Node refuses request lines past 16 KB itself. */
export function hostileValue(enormous: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...NASTY),
    nastyNumber,
    cursorLike,
    bboxLike,
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.integer({ min: 201, max: enormous }).map((n) => "ж".repeat(Math.floor(n / 2))),
  );
}

const latitude = fc.double({ min: 40, max: 56, noNaN: true }).map((n) => n.toFixed(5));
const longitude = fc.double({ min: 46, max: 88, noNaN: true }).map((n) => n.toFixed(5));
const kinds = fc.subarray([...ENTRY_KINDS], { minLength: 1 }).map((k) => k.join(","));

export interface FuzzRoute {
  name: string;
  /** The path, given a generated id segment for routes that have one. */
  path: (id: string) => string;
  /** Query parameters with well-formed values, mixed with hostile ones so validation is passed field by field. */
  params: Record<string, fc.Arbitrary<string>>;
}

export const PUBLIC_ROUTES: FuzzRoute[] = [
  { name: "regions", path: () => "/api/v1/regions", params: { format: fc.constantFrom("json", "geojson") } },
  {
    name: "entries",
    path: () => "/api/v1/entries",
    params: {
      kind: kinds,
      region: fc.constantFrom(...REGION_ISO_CODES),
      courtKind: fc.constantFrom(...COURT_KINDS),
      q: fc.string({ maxLength: 30 }),
      bbox: fc.constantFrom("76.8,43.1,77.1,43.4", "46,40,88,56"),
      limit: fc.integer({ min: 1, max: 500 }).map(String),
      cursor: fc.integer({ min: 0, max: 1000 }).map((o) => Buffer.from(JSON.stringify({ o })).toString("base64url")),
      format: fc.constantFrom("json", "geojson"),
    },
  },
  {
    name: "markers",
    path: () => "/api/v1/markers",
    params: { kind: kinds, region: fc.constantFrom(...REGION_ISO_CODES), courtKind: fc.constantFrom(...COURT_KINDS), q: fc.string({ maxLength: 30 }) },
  },
  { name: "entry", path: (id) => `/api/v1/entries/${encodeURIComponent(id)}`, params: {} },
  {
    name: "nearest",
    path: () => "/api/v1/nearest",
    params: { lat: latitude, lng: longitude, kind: kinds, courtKind: fc.constantFrom(...COURT_KINDS), limit: fc.integer({ min: 1, max: 100 }).map(String) },
  },
  { name: "locate", path: () => "/api/v1/locate", params: { lat: latitude, lng: longitude } },
  { name: "openapi", path: () => "/api/v1/openapi.json", params: {} },
];

export interface FuzzRequest {
  route: FuzzRoute;
  url: string;
}

/** One request: each known parameter absent, well-formed or hostile (sometimes repeated), plus stray keys. */
export function requestFor(route: FuzzRoute, enormous: number): fc.Arbitrary<FuzzRequest> {
  const hostile = hostileValue(enormous);
  const entries = Object.entries(route.params).map(([key, good]) =>
    fc
      .oneof(
        { weight: 2, arbitrary: fc.constant<string[]>([]) },
        { weight: 3, arbitrary: good.map((v) => [v]) },
        { weight: 4, arbitrary: hostile.map((v) => [v]) },
        { weight: 1, arbitrary: fc.array(fc.oneof(good, hostile), { minLength: 2, maxLength: 3 }) },
      )
      .map((values) => values.map((v) => [key, v] as [string, string])),
  );
  const stray = fc.array(fc.tuple(fc.oneof(fc.constantFrom("lat", "q", "__proto__", "constructor", ""), fc.string({ maxLength: 8 })), hostile), {
    maxLength: 2,
  });
  return fc.tuple(fc.tuple(...entries), stray, fc.oneof(fc.constant("sample-advocate-00001"), hostile)).map(([pairs, extra, id]) => {
    const search = new URLSearchParams([...pairs.flat(), ...extra]);
    const qs = search.toString();
    return { route, url: route.path(id) + (qs ? `?${qs}` : "") };
  });
}

export function anyRequest(routes: FuzzRoute[], enormous: number): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...routes.map((r) => requestFor(r, enormous)));
}

/** Why a response breaks the contract (5xx, or a 4xx outside the one error shape / not naming a field), or null. */
export function contractViolation(request: FuzzRequest, status: number, body: unknown): string | null {
  if (status >= 500) return `${status} for ${request.url.slice(0, 300)}`;
  if (status < 400) return null;
  const error = (body as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
  if (!error || typeof error.code !== "string" || typeof error.message !== "string")
    return `${status} without the error shape for ${request.url.slice(0, 300)}: ${JSON.stringify(body).slice(0, 200)}`;
  if (status === 400) {
    // A stray parameter the route does not know is refused by its name (the API's one rule for them).
    const sent = [...new URL(request.url, "http://localhost").searchParams.keys()];
    if (typeof error.field === "string" && sent.includes(error.field) && error.message === `unknown parameter: ${error.field}`) return null;
    const known = [...Object.keys(request.route.params), "id"];
    if (typeof error.field !== "string" || !known.includes(error.field))
      return `400 naming no known field (${String(error.field)}) for ${request.url.slice(0, 300)}`;
  }
  return null;
}
