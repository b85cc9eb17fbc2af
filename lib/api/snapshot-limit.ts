import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { ApiError } from "./errors";

/**
 * Snapshot requests of all clients together (this branch has no per-client address): files are read from disk,
 * so the bound is generous; it keeps a loop of downloads from filling the server's only thread.
 */
const limiter = new RateLimiterMemory({ keyPrefix: "snapshots", points: Number(process.env.RATE_LIMIT_SNAPSHOTS ?? 120), duration: 60 });

export async function takeSnapshotRequest(): Promise<void> {
  try {
    await limiter.consume("all");
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const seconds = Math.ceil(refusal.msBeforeNext / 1000);
    throw new ApiError(429, "rate_limited", `Too many snapshot requests; try again in ${seconds} s`, undefined, { retryAfter: seconds });
  }
}
