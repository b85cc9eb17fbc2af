import type { IncomingMessage, ServerResponse } from "node:http";

// Next.js drops Content-Encoding (and Content-Length) from a route handler's Response and then gzips the
// body itself: a stored gzip sent from a route reached the client gzipped twice. So a route names its
// body's encoding in a header of ours, and the production server (scripts/server.ts) turns that into
// Content-Encoding as the headers are written; Next's compression leaves an encoded response alone.

/** Set by the production server on every request (a client's own copy replaced): stored gzip may be sent. */
export const PRECOMPRESSED_OK_HEADER = "x-courts-precompressed-ok";
/** A route's response header: the body is already in this encoding. */
export const BODY_ENCODING_HEADER = "x-courts-body-encoding";

export function passPrecompressed(req: IncomingMessage, res: ServerResponse): void {
  req.headers[PRECOMPRESSED_OK_HEADER] = "1";
  const rename = (name: string) => (name.toLowerCase() === BODY_ENCODING_HEADER ? "content-encoding" : name);
  const setHeader = res.setHeader.bind(res);
  const appendHeader = res.appendHeader.bind(res);
  res.setHeader = ((name: string, value: Parameters<typeof setHeader>[1]) => setHeader(rename(name), value));
  res.appendHeader = ((name: string, value: Parameters<typeof appendHeader>[1]) => appendHeader(rename(name), value));
}
