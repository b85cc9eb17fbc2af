import { config } from "zod/v4/core";

// Runs before any page code in the browser. Zod compiles object parsers with `new Function` where it may, and its
// probe for that is itself a violation of our CSP (no 'unsafe-eval'), reported even though the throw is caught.
// The admin forms parse a handful of fields: the interpreted parser is plenty. (The server keeps the compiled one.)
config({ jitless: true });
