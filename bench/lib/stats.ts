import { prng } from "../../lib/directory/load/samples";

/** Percentile by nearest rank over a copy of the samples (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

/** Milliseconds since `t0` (a process.hrtime.bigint() reading). */
export const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Runs `fn` once per input and returns the time of each call in milliseconds. */
export async function timeEach<T>(inputs: T[], fn: (input: T) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const input of inputs) {
    const t0 = process.hrtime.bigint();
    await fn(input);
    times.push(msSince(t0));
  }
  return times;
}

/** The samples' seeded PRNG (mulberry32): the same query points on every run and machine. */
export const seededRandom = prng;

/** Kazakhstan's bounding box: query points are drawn uniformly inside it. */
export const KZ_BBOX = { west: 46.5, south: 40.6, east: 87.3, north: 55.4 };

export function queryPoints(count: number, seed = 5): { lat: number; lng: number }[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    lat: KZ_BBOX.south + rand() * (KZ_BBOX.north - KZ_BBOX.south),
    lng: KZ_BBOX.west + rand() * (KZ_BBOX.east - KZ_BBOX.west),
  }));
}
