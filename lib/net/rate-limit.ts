import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { sharedLimiterStore, type LimiterStore } from "./rate-limit-store";

/**
 * Requests per client per window, by what a request costs us. Generous for people (a map session makes a
 * few dozen cheap reads a minute), tight where each request is heavy (markers, export) or guesses a
 * password (sign-in, sign-up). Each is overridden by RATE_LIMIT_<NAME> ("600/60": requests / seconds).
 *
 * The heavy routes also have a `total` over all clients in the same window (RATE_LIMIT_<NAME>_TOTAL): one
 * markers answer over 100 000 entries costs the server's only thread ~0.5 s and an export seconds, so
 * per-client limits alone would let a handful of addresses take all of it. Past the total these routes
 * refuse everyone for the rest of the window, and the cheap routes (locate, nearest, search) stay fast.
 */
const DEFAULTS = {
  // 600 a minute, counted in 10 s windows: a window is also the burst a client can send at once, and four
  // addresses each spending a minute's 600 in the first seconds held the server for 20 s (bench/flood.ts).
  read: { requests: 100, seconds: 10 },
  // A page is rendered on the server per request (its nonce): dearer than an API read.
  page: { requests: 300, seconds: 60 },
  markers: { requests: 30, seconds: 60, total: 60 },
  export: { requests: 3, seconds: 600, total: 10 },
  "sign-in": { requests: 10, seconds: 60 },
  "sign-up": { requests: 5, seconds: 60 },
  // Practitioners' corrections and, later, ratings: written by people, read by editors.
  contribution: { requests: 30, seconds: 3600 },
  // Citizens' ratings of courts: a person rating one court on all four criteria (and correcting one) posts
  // about 5; a court's waiting room or a family shares one address, so an hour's 30 would lock out the
  // second visitor. 20 in 10 minutes lets them in, yet caps one address at 120 an hour, and the per-browser
  // replacement rule means repeats from one browser do not add up.
  rating: { requests: 20, seconds: 600 },
} satisfies Record<string, Limit>;

export type RateLimitBucket = keyof typeof DEFAULTS;
export const RATE_LIMIT_BUCKETS = Object.keys(DEFAULTS) as RateLimitBucket[];

export interface Limit {
  requests: number;
  seconds: number;
  /** Requests of all clients together in the same window. */
  total?: number;
}

export const rateLimitEnvName = (bucket: RateLimitBucket) => `RATE_LIMIT_${bucket.toUpperCase().replaceAll("-", "_")}`;

/** RATE_LIMIT_<NAME>(_TOTAL) for every bucket, set so high that nobody reaches them (benchmarks of raw speed). */
export const UNLIMITED_ENV: Record<string, string> = Object.fromEntries(
  RATE_LIMIT_BUCKETS.flatMap((b) => [[rateLimitEnvName(b), "1000000000/60"], [`${rateLimitEnvName(b)}_TOTAL`, "1000000000"]]),
);

/**
 * A bucket's limit: RATE_LIMIT_<NAME> when set ("600/60", or "600" for a minute) and RATE_LIMIT_<NAME>_TOTAL
 * (a number), else the defaults. A malformed value throws: a typo must not silently remove a limit.
 */
export function bucketLimit(bucket: RateLimitBucket, env: Record<string, string | undefined> = process.env): Limit {
  const name = rateLimitEnvName(bucket);
  const defaults: Limit = DEFAULTS[bucket];
  const value = env[name]?.trim();
  const totalValue = env[`${name}_TOTAL`]?.trim();
  const match = value ? /^(\d+)(?:\/(\d+))?$/.exec(value) : null;
  const limit = value ? (match ? { requests: Number(match[1]), seconds: Number(match[2] ?? 60) } : null) : { requests: defaults.requests, seconds: defaults.seconds };
  if (!limit || limit.requests < 1 || limit.seconds < 1) throw new Error(`${name}: "${value}" is not <requests>/<seconds>, e.g. 600/60`);
  const total = totalValue ? Number(totalValue) : defaults.total;
  if (totalValue && !(/^\d+$/.test(totalValue) && total! >= 1)) throw new Error(`${name}_TOTAL: "${totalValue}" is not a number of requests`);
  return total === undefined ? limit : { ...limit, total };
}

/**
 * The buckets whose per-client counts live in the database when several instances share one (PostgreSQL):
 * a password guess or a heavy request must not get another try from every instance behind the proxy. The
 * cheap reads (read, page) stay per instance: an upsert per request would cost about what the read does,
 * so behind N instances a client gets up to N times their limit. The totals over all clients stay per
 * instance too, on purpose: they guard each instance's own thread.
 */
const SHARED_BUCKETS: ReadonlySet<RateLimitBucket> = new Set(["sign-in", "sign-up", "contribution", "rating", "markers", "export"]);

/** Counters of every bucket, per client and (where a bucket has a total) for all clients together. */
export class RateLimits {
  private readonly limiters = new Map<RateLimitBucket, { perClient: RateLimiterAbstract; all: RateLimiterMemory | null }>();

  constructor(
    private readonly limitOf: (bucket: RateLimitBucket) => Limit,
    private readonly shared?: LimiterStore,
  ) {}

  /** Counts one request of `client` in `bucket`: null when it may go ahead, else the seconds until it may retry. */
  async take(bucket: RateLimitBucket, client: string): Promise<number | null> {
    return (await this.count(bucket, client)).retryAfter;
  }

  /** Counts one request of `client` in `bucket`, and tells where the client stands in its window. */
  async count(bucket: RateLimitBucket, client: string): Promise<Quota> {
    const { perClient, all } = this.limitersOf(bucket);
    const own = await consume(perClient, client);
    const shared = own.retryAfter === null && all ? await consume(all, "all") : null;
    const retryAfter = own.retryAfter ?? shared?.retryAfter ?? null;
    return {
      limit: perClient.points,
      windowSeconds: perClient.duration,
      remaining: retryAfter === null ? own.remaining : 0,
      resetSeconds: retryAfter ?? own.resetSeconds,
      retryAfter,
    };
  }

  private limitersOf(bucket: RateLimitBucket) {
    let found = this.limiters.get(bucket);
    if (!found) {
      const { requests, seconds, total } = this.limitOf(bucket);
      const perClient = { keyPrefix: bucket, points: requests, duration: seconds };
      found = {
        perClient: this.shared && SHARED_BUCKETS.has(bucket) ? this.shared(perClient) : new RateLimiterMemory(perClient),
        all: total === undefined ? null : new RateLimiterMemory({ keyPrefix: `${bucket}-total`, points: total, duration: seconds }),
      };
      this.limiters.set(bucket, found);
    }
    return found;
  }
}

/**
 * Where a client stands after one more request: what the RateLimit-* headers say. `retryAfter` is null when
 * the request may go ahead, else the seconds until the client may retry (its own window, or the shared one).
 */
export interface Quota {
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
  retryAfter: number | null;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

async function consume(limiter: RateLimiterAbstract, key: string): Promise<{ remaining: number; resetSeconds: number; retryAfter: number | null }> {
  try {
    const state = await limiter.consume(key);
    return { remaining: state.remainingPoints, resetSeconds: seconds(state.msBeforeNext), retryAfter: null };
  } catch (refused) {
    if (refused instanceof RateLimiterRes) return { remaining: 0, resetSeconds: seconds(refused.msBeforeNext), retryAfter: seconds(refused.msBeforeNext) };
    throw refused;
  }
}

// One set of counters per process, shared by every route bundle Next.js loads; limits read on first use.
const holder = globalThis as unknown as { courtsGisRateLimits?: RateLimits };

export function takeRequest(bucket: RateLimitBucket, client: string): Promise<Quota> {
  holder.courtsGisRateLimits ??= new RateLimits((b) => bucketLimit(b), sharedLimiterStore());
  return holder.courtsGisRateLimits.count(bucket, client);
}
