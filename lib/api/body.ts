import { z } from "zod";
import { ApiError, fromZodError } from "./errors";

const MAX_BODY_BYTES = 1_000_000;

/** A JSON request body validated by `schema`; bad JSON or bad fields are a 400 naming the field. */
export async function parseBody<S extends z.ZodType>(schema: S, req: Request): Promise<z.output<S>> {
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new ApiError(413, "too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes`);
  let value: unknown;
  try {
    value = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON", "body");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZodError(parsed.error, "body");
  return parsed.data;
}

/**
 * The request body as bytes, refused with a 413 as soon as it is known to be larger than `maxBytes`: by its
 * Content-Length before anything is read, else while it is read. Held once, in a buffer of its own (so it
 * can be handed to a worker thread without a copy).
 */
export async function readBodyBytes(req: Request, maxBytes: number, what = "The file"): Promise<Uint8Array> {
  const tooLarge = () => new ApiError(413, "too_large", `${what} is larger than ${Math.round(maxBytes / 1e6)} MB`, "file");
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  let body = new Uint8Array(Number.isFinite(declared) && declared > 0 ? declared : 64 * 1024);
  let length = 0;
  if (req.body) {
    for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
      if (length + chunk.length > maxBytes) throw tooLarge();
      if (length + chunk.length > body.length) {
        const grown = new Uint8Array(Math.min(maxBytes, Math.max(body.length * 2, length + chunk.length)));
        grown.set(body.subarray(0, length));
        body = grown;
      }
      body.set(chunk, length);
      length += chunk.length;
    }
  }
  return length === body.length ? body : body.slice(0, length);
}
