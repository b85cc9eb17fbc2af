import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { ATTRIBUTIONS, DATA_LICENCES } from "../directory/attributions";
import type { RouteContract } from "./contract";
import { OPEN_USE_DESCRIPTION, registerOpenUseComponents } from "./open-use";

const DESCRIPTION = [
  "Open directory of Kazakhstan's courts, advocates, notaries and mediators. Court locations are approximate (the seat settlement). Entries with sample: true are fictional.",
  "",
  "**Licences.** The API's code carries no licence; its content is open data: ODbL 1.0 (OpenStreetMap-derived parts; share-alike for the combined database) and CC BY 4.0 (GeoNames coordinates, geokz boundaries). Credit the sources when you reuse the data:",
  "",
  ...ATTRIBUTIONS.map((a) => `- ${a.text} (${a.licence})`),
].join("\n");

/** Where the API is: relative to wherever the document was fetched from, and the public address when SITE_URL is set. */
function servers(siteUrl: string | undefined) {
  return [{ url: "/" }, ...(siteUrl ? [{ url: new URL(siteUrl).origin, description: "The public site" }] : [])];
}

/** The one OpenAPI document, from the routes' contracts keyed by operationId (app/api/v1/contracts.ts). */
export function openApiDocument(operations: Readonly<Record<string, RouteContract>>, siteUrl = process.env.SITE_URL) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description:
      "better-auth's session cookie (named __Secure-better-auth.session_token on an https site). Sign in with POST /api/auth/sign-in/email. State-changing requests must come from this site (Origin checked).",
  });
  registerOpenUseComponents(registry);
  for (const [operationId, contract] of Object.entries(operations)) registry.registerPath({ ...contract, operationId });
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Courts-GIS Kazakhstan API",
      version: "1.0.0",
      description: `${DESCRIPTION}\n\n${OPEN_USE_DESCRIPTION}`,
      license: { name: DATA_LICENCES[0].name, identifier: DATA_LICENCES[0].identifier },
    },
    servers: servers(siteUrl),
  });
  return { ...document, info: { ...document.info, "x-data-licences": DATA_LICENCES } };
}
