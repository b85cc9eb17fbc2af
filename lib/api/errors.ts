import { z } from "zod";

/** The one error body every API route returns. */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "machine-readable, e.g. invalid_parameter, not_found" }),
      message: z.string(),
      field: z.string().optional().meta({ description: "the input field at fault, where there is one" }),
    }),
  })
  .meta({ id: "Error" });
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

/** An error that is about HTTP itself (the request body, the route's own parameters); domain errors live in lib/errors.ts. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * The first zod issue as an ApiError naming its field: the body path ("phones.0.number"), or for a query
 * string just the parameter ("kind", not "kind.0").
 */
export function fromZodError(error: z.ZodError, source: "query" | "body" = "body"): ApiError {
  const issue = error.issues[0];
  // A strict query schema met a parameter it does not know: name that parameter, not the query string.
  if (source === "query" && issue?.code === "unrecognized_keys") {
    const name = issue.keys[0]!.slice(0, 100);
    return new ApiError(400, "invalid_parameter", `unknown parameter: ${name}`, name);
  }
  const path = source === "query" ? issue?.path.slice(0, 1) : issue?.path;
  // An issue with the input as a whole (a JSON body that is null, a list, a number) names the body itself.
  const field = path && path.length > 0 ? path.join(".") : source;
  const message = issue ? `${field ?? "input"}: ${issue.message}` : "invalid input";
  return new ApiError(400, "invalid_parameter", message, field);
}
