// The few parts of autocannon's API the benchmarks use (it ships no types).
declare module "autocannon" {
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    total: number;
  }
  interface Result {
    requests: Histogram & { sent: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    "4xx": number;
    "5xx": number;
    duration: number;
  }
  interface Request {
    method?: string;
    path?: string;
    setupRequest?: (req: { path?: string }, context: Record<string, unknown>) => { path?: string };
  }
  interface Options {
    url: string;
    connections?: number;
    headers?: Record<string, string>;
    duration?: number;
    amount?: number;
    overallRate?: number;
    pipelining?: number;
    requests?: Request[];
    timeout?: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
  export type { Options, Result };
}
