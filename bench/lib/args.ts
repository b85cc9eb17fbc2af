/** `--sizes=10000,100000` on the command line, else the defaults. */
export function sizesArg(defaults: number[]): number[] {
  const arg = process.argv.find((a) => a.startsWith("--sizes="));
  if (!arg) return defaults;
  const sizes = arg.slice("--sizes=".length).split(",").map(Number);
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1000)) throw new Error(`--sizes: whole numbers of at least 1000, got ${arg}`);
  return sizes;
}

/** `--name=value` as a positive number, else the default. */
export function numberArg(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  const n = Number(arg.slice(name.length + 3));
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: a positive number, got ${arg}`);
  return n;
}
