import { LOCALES, type Locale } from "@/i18n/locales";
import { COURT_KINDS, ENTRY_KINDS, REGION_ISO_CODES, SPECIALISATIONS, type CourtKind, type EntryKind, type RegionIso, type Specialisation } from "@/lib/directory/kinds";

/** Everything the home page shows is in its URL, so a reload or a shared link restores the same view. */
export interface ViewState {
  kinds: EntryKind[];
  courtKind?: CourtKind;
  region?: RegionIso;
  q: string;
  /** Practitioners who speak every one of these languages and practise in every one of these areas. */
  languages: Locale[];
  specialisations: Specialisation[];
  point?: { lat: number; lng: number };
  view?: { zoom: number; lat: number; lng: number };
  entry?: string;
  /** On a phone, which of the two the page shows. */
  pane: "list" | "map";
}

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined =>
  list.includes(v as T) ? (v as T) : undefined;
const listOf = <T extends string>(list: readonly T[], v: string | undefined): T[] =>
  [...new Set((v ?? "").split(","))].filter((x): x is T => oneOf(list, x) !== undefined);
const numbers = (v: string | undefined, sep: string) => (v ?? "").split(sep).map((p) => (p.trim() === "" ? NaN : Number(p)));
const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Unknown or malformed values are dropped, never an error: a stale link still opens the map. */
export function parseViewState(params: Params): ViewState {
  const kinds = (first(params.kind) ?? "").split(",").filter((k): k is EntryKind => oneOf(ENTRY_KINDS, k) !== undefined);
  const [lat, lng] = numbers(first(params.at), ",");
  const [zoom, vLat, vLng] = numbers(first(params.map), "/");
  const valid = (la?: number, ln?: number) => la !== undefined && ln !== undefined && Math.abs(la) <= 90 && Math.abs(ln) <= 180;
  const entry = first(params.entry);
  return {
    kinds: [...new Set(kinds)],
    courtKind: oneOf(COURT_KINDS, first(params.courtKind)),
    region: oneOf(REGION_ISO_CODES, first(params.region)),
    q: (first(params.q) ?? "").slice(0, 200),
    languages: listOf(LOCALES, first(params.language)),
    specialisations: listOf(SPECIALISATIONS, first(params.specialisation)),
    point: valid(lat, lng) ? { lat: lat!, lng: lng! } : undefined,
    view:
      valid(vLat, vLng) && zoom !== undefined && zoom >= 0 && zoom <= 19 ? { zoom: Math.round(zoom * 4) / 4, lat: vLat!, lng: vLng! } : undefined,
    entry: entry && /^[\w-]{1,100}$/.test(entry) ? entry : undefined,
    pane: first(params.show) === "map" ? "map" : "list",
  };
}

export function viewStateToQuery(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.kinds.length) p.set("kind", state.kinds.join(","));
  if (state.courtKind) p.set("courtKind", state.courtKind);
  if (state.region) p.set("region", state.region);
  if (state.q.trim()) p.set("q", state.q);
  if (state.languages.length) p.set("language", state.languages.join(","));
  if (state.specialisations.length) p.set("specialisation", state.specialisations.join(","));
  if (state.point) p.set("at", `${round(state.point.lat, 5)},${round(state.point.lng, 5)}`);
  if (state.view) p.set("map", `${round(state.view.zoom, 2)}/${round(state.view.lat, 4)}/${round(state.view.lng, 4)}`);
  if (state.entry) p.set("entry", state.entry);
  if (state.pane === "map") p.set("show", "map");
  return p.toString();
}

/** The kinds the query asks for; a court kind implies courts. */
export function effectiveKinds(state: Pick<ViewState, "kinds" | "courtKind">): EntryKind[] | undefined {
  if (state.courtKind) return ["court"];
  return state.kinds.length ? state.kinds : undefined;
}
