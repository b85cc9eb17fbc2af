import fs from "node:fs";
import { Readable } from "node:stream";
import { parseQuery, route } from "@/lib/api/respond";
import { VersionedFileQuerySchema } from "@/lib/validation/query";
import { SCALAR_BUNDLE } from "@/components/api-docs/scalar-bundle";

/** Scalar's standalone bundle for the API documentation page (/{locale}/api), named by its version (?v=). */
export const GET = route(
  (req) => {
    parseQuery(VersionedFileQuerySchema, req.url);
    return new Response(Readable.toWeb(fs.createReadStream(SCALAR_BUNDLE)) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "text/javascript; charset=utf-8",
        "content-length": String(fs.statSync(SCALAR_BUNDLE).size),
        "cache-control": "public, max-age=31536000, immutable",
      },
    });
  },
  { limit: "read", query: "parsed" },
);
