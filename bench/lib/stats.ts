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

/** mulberry32 with a fixed seed: the same query points on every run and machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kazakhstan's bounding box: query points are drawn uniformly inside it. */
export const KZ_BBOX = { west: 46.5, south: 40.6, east: 87.3, north: 55.4 };

export function queryPoints(count: number, seed = 5): { lat: number; lng: number }[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    lat: KZ_BBOX.south + rand() * (KZ_BBOX.north - KZ_BBOX.south),
    lng: KZ_BBOX.west + rand() * (KZ_BBOX.east - KZ_BBOX.west),
  }));
}
