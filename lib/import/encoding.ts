import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import type { ImportEncoding } from "../validation/import";

// Which character set an uploaded file is in. Excel in Kazakhstan often saves CSV as Windows-1251, and
// "Unicode text" as UTF-16 with a BOM; a file read with the wrong one would import as U+FFFD or mojibake.

export type { ImportEncoding };
export type TextEncoding = Exclude<ImportEncoding, "auto">;

const ICONV_NAME: Record<TextEncoding, string> = { "utf-8": "utf8", cp1251: "win1251", "utf-16le": "utf16le", "utf-16be": "utf16be" };

export interface Decoding {
  encoding: TextEncoding;
  /** Some bytes are not valid in `encoding` (UTF-8 only): they read as U+FFFD, and every field holding one is a problem. */
  lossy: boolean;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Enough of the file to tell Cyrillic text from bytes that merely fail as UTF-8.
const SAMPLE_BYTES = 64 * 1024;
const CYRILLIC = /[\u0401\u0406\u0410-\u044f\u0451\u0456]/g;
const NON_ASCII = /[^\u0000-\u007f]/g; // eslint-disable-line no-control-regex -- the ASCII range starts at NUL

/** Text decoded as cp1251 reads as Cyrillic words: nearly every non-ASCII character a Cyrillic letter. */
function plausibleCyrillic(bytes: Uint8Array): boolean {
  const sample = iconv.decode(bytes.subarray(0, SAMPLE_BYTES), "win1251");
  const nonAscii = sample.match(NON_ASCII)?.length ?? 0;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  return (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with no non-ASCII character there is no Cyrillic one either, and 0 / 0 is NaN, never >= 0.9: the guard only says so
    nonAscii > 0 &&
    cyrillic / nonAscii >= 0.9
  );
}

/**
 * The encoding to read `bytes` with: the declared one, else a byte-order mark (UTF-16 LE/BE, UTF-8), else
 * UTF-8 when the bytes are valid UTF-8, else cp1251 when they read as Cyrillic, else UTF-8 with the invalid
 * bytes reported.
 */
export function detectEncoding(bytes: Uint8Array, declared: ImportEncoding = "auto"): Decoding {
  const utf8 = () => ({ encoding: "utf-8" as const, lossy: !isUtf8(startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes) });
  if (declared === "utf-8") return utf8();
  if (declared !== "auto") return { encoding: declared, lossy: false };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", lossy: false };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", lossy: false };
  const asUtf8 = utf8();
  if (!asUtf8.lossy || startsWith(bytes, UTF8_BOM)) return asUtf8;
  return plausibleCyrillic(bytes) ? { encoding: "cp1251", lossy: false } : asUtf8;
}

const CHUNK_BYTES = 1 << 20;

/**
 * The text of `bytes`, a megabyte at a time (a byte-order mark dropped), so a parser can start before it is
 * all decoded; `read.bytes` follows how far it got.
 */
export function* decodedChunks(bytes: Uint8Array, encoding: TextEncoding, read = { bytes: 0 }): Generator<string> {
  // Stryker disable next-line ObjectLiteral: iconv-lite strips the mark by default too; said here so it does not depend on that
  const decoder = iconv.getDecoder(ICONV_NAME[encoding], { stripBOM: true });
  // Stryker disable next-line EqualityOperator: one more pass at the end decodes no bytes: no text, read.bytes stays the length
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    const text = decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(CHUNK_BYTES, bytes.length - at)));
    read.bytes = Math.min(at + CHUNK_BYTES, bytes.length);
    // Stryker disable next-line ConditionalExpression: an empty chunk (a byte-order mark alone) adds nothing to the text a reader joins or parses
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

export const decodeAll = (bytes: Uint8Array, encoding: TextEncoding): string => [...decodedChunks(bytes, encoding)].join("");

/** The character a lossy decoding put where bytes were invalid. */
export const REPLACEMENT = "\uFFFD";
