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
