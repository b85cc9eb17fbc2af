// Builds the benchmark databases (var/bench/entries-<n>.sqlite) ahead of the benchmarks; each benchmark
// also builds what it needs on first use. Usage: npm run bench:prepare [-- --sizes=10000,100000]
import { sizesArg } from "./lib/args";
import { benchDatabase } from "./lib/dataset";

async function main() {
  for (const size of sizesArg([10_000, 100_000])) console.log(await benchDatabase(size));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
