import fs from "node:fs";
import path from "node:path";

// Scalar's browser bundle, served from our own origin (no CDN; the docs page works offline) by
// app/api/docs/scalar.js/route.ts. Read from node_modules at run time rather than copied into the repository
// (3.5 MB). The page asks for it with the package's version in the query, so a year-long cache is safe.
const PACKAGE = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@scalar", "api-reference");
export const SCALAR_BUNDLE = path.join(PACKAGE, "dist", "browser", "standalone.js");

export const scalarBundleUrl = () =>
  `/api/docs/scalar.js?v=${(JSON.parse(fs.readFileSync(path.join(PACKAGE, "package.json"), "utf8")) as { version: string }).version}`;
