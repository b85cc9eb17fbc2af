import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { RouteContract } from "./contract";
import { OPEN_USE_DESCRIPTION, registerOpenUseComponents } from "./open-use";

/** The one OpenAPI document, from the routes' contracts. */
export function openApiDocument(contracts: readonly RouteContract[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description: "Sign in with POST /api/auth/sign-in/email. State-changing requests must come from this site (Origin checked).",
  });
  registerOpenUseComponents(registry);
  for (const contract of contracts) registry.registerPath(contract);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Courts-GIS Kazakhstan API",
      version: "1.0.0",
      description:
        "Open directory of Kazakhstan's courts, advocates, notaries and mediators. Court locations are approximate (the seat settlement). Entries with sample: true are fictional.\n\n" + OPEN_USE_DESCRIPTION,
    },
    servers: [{ url: "/" }],
  });
}
