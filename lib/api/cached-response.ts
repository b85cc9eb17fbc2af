import type { EncodedBody } from "../cache/encoded-body";
import { BODY_ENCODING_HEADER, PRECOMPRESSED_OK_HEADER } from "../net/precompressed";
import { etagMatches } from "./respond";

// Responses for bodies built once and kept (lib/cache): the gzip made with them is sent as it is to a
// client that accepts it, when the production server can pass it on (lib/net/precompressed.ts); else the
// plain bytes, which Next compresses itself.

/** The stored gzip may go to this client: it accepts gzip and our server passes the encoding on. */
export function sendsGzip(req: Request): boolean {
  return req.headers.get(PRECOMPRESSED_OK_HEADER) === "1" && acceptsGzip(req);
}

/** Whether Accept-Encoding allows gzip (`gzip` or `*`, with a q above 0). */
export function acceptsGzip(req: Request): boolean {
  const header = req.headers.get("accept-encoding");
  if (!header) return false;
  let gzip: number | null = null;
  let any: number | null = null;
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name === "gzip") gzip = weight;
    else if (name === "*") any = weight;
  }
  return (gzip ?? any ?? 0) > 0;
}

/** The request's If-None-Match holds `etag` (the one rule of lib/api/respond.ts: weak, strong, a list or *). */
const isUnchanged = (req: Request, etag: string): boolean => etagMatches(req.headers.get("if-none-match"), etag);

/** A kept body: 304 when the client has it, else its gzip or plain bytes as the client accepts. */
export function encodedResponse(req: Request, body: EncodedBody, headers: Record<string, string>): Response {
  const all = { ...headers, etag: body.etag, vary: "accept-encoding" };
  if (isUnchanged(req, body.etag)) return new Response(null, { status: 304, headers: all });
  const gzip = sendsGzip(req);
  const bytes = gzip ? body.gzip : body.body;
  // A Buffer's memory is an ArrayBuffer (never shared); sent as it is, not copied.
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: { ...all, ...(gzip ? { [BODY_ENCODING_HEADER]: "gzip" } : {}), "content-length": String(bytes.length) },
  });
}

/** A kept file, streamed: its opened `file` (plain or gzip as `gzip` says) of `bytes`, with `etag`. */
export function fileResponse(req: Request, file: { stream: ReadableStream<Uint8Array>; bytes: number; gzip: boolean; etag: string }, headers: Record<string, string>): Response {
  const all = { ...headers, etag: file.etag, vary: "accept-encoding" };
  if (isUnchanged(req, file.etag)) {
    void file.stream.cancel();
    return new Response(null, { status: 304, headers: all });
  }
  return new Response(file.stream, {
    status: 200,
    headers: { ...all, ...(file.gzip ? { [BODY_ENCODING_HEADER]: "gzip" } : {}), "content-length": String(file.bytes) },
  });
}
