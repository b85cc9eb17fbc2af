import path from "node:path";
import { defineConfig } from "prisma/config";

// Every prisma CLI command would otherwise try to download the native schema engine (no network here).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "scripts", "no-schema-engine.sh");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
});
