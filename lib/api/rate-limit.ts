import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Requests per client per window, by what a request costs us. Generous for people (a map session makes a
 * few dozen cheap reads a minute), tight where each request is heavy (markers, export) or guesses a
 * password (sign-in, sign-up). Each is overridden by RATE_LIMIT_<NAME> ("600/60": requests / seconds).
 */
const DEFAULTS = {
  read: { requests: 600, seconds: 60 },
  markers: { requests: 120, seconds: 60 },
  export: { requests: 10, seconds: 60 },
  "sign-in": { requests: 10, seconds: 60 },
  "sign-up": { requests: 5, seconds: 60 },
  // Practitioners' corrections and, later, ratings: written by people, read by editors.
  contribution: { requests: 30, seconds: 3600 },
} satisfies Record<string, Limit>;

export type RateLimitBucket = keyof typeof DEFAULTS;
export const RATE_LIMIT_BUCKETS = Object.keys(DEFAULTS) as RateLimitBucket[];

interface Limit {
  requests: number;
  seconds: number;
}

export const rateLimitEnvName = (bucket: RateLimitBucket) => `RATE_LIMIT_${bucket.toUpperCase().replaceAll("-", "_")}`;

/** RATE_LIMIT_<NAME> for every bucket, set so high that no client reaches it (benchmarks of raw speed). */
export const UNLIMITED_ENV: Record<string, string> = Object.fromEntries(RATE_LIMIT_BUCKETS.map((b) => [rateLimitEnvName(b), "1000000000/60"]));

/** A bucket's limit: its RATE_LIMIT_<NAME> when set ("600/60", or "600" for a minute), else the default. */
export function bucketLimit(bucket: RateLimitBucket, env: Record<string, string | undefined> = process.env): Limit {
  const name = rateLimitEnvName(bucket);
  const value = env[name]?.trim();
  if (!value) return DEFAULTS[bucket];
  const match = /^(\d+)(?:\/(\d+))?$/.exec(value);
  const limit = match ? { requests: Number(match[1]), seconds: Number(match[2] ?? 60) } : null;
  // A typo must not silently remove the limit.
  if (!limit || limit.requests < 1 || limit.seconds < 1) throw new Error(`${name}: "${value}" is not <requests>/<seconds>, e.g. 600/60`);
  return limit;
}

// One set of counters per process, shared by every route bundle Next.js loads.
const holder = globalThis as unknown as { courtsGisRateLimiters?: Map<RateLimitBucket, RateLimiterMemory> };

function limiter(bucket: RateLimitBucket): RateLimiterMemory {
  holder.courtsGisRateLimiters ??= new Map();
  let found = holder.courtsGisRateLimiters.get(bucket);
  if (!found) {
    const { requests, seconds } = bucketLimit(bucket);
    found = new RateLimiterMemory({ keyPrefix: bucket, points: requests, duration: seconds });
    holder.courtsGisRateLimiters.set(bucket, found);
  }
  return found;
}

/** Counts one request of `client` in `bucket`: null when it may go ahead, else the seconds until it may retry. */
export async function takeRequest(bucket: RateLimitBucket, client: string): Promise<number | null> {
  try {
    await limiter(bucket).consume(client);
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}
