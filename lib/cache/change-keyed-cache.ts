/**
 * Answers kept until the directory changes: each is stored with the change counter it was computed at
 * (lib/queries: `changeCounter`) and served while the counter still reads the same. Bounded by a count and
 * a byte total, the least recently used going first; concurrent asks for the same key and counter share one
 * computation, so a burst of identical requests costs one.
 */
export class ChangeKeyedCache<V> {
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  private readonly kept = new Map<string, { change: number; value: V; bytes: number }>();
  private readonly computing = new Map<string, Promise<V>>();
  private bytes = 0;

  constructor(
    private readonly limits: { entries: number; bytes: number },
    private readonly sizeOf: (value: V) => number,
    /** Called with each answer the cache lets go of (replaced or evicted). */
    private readonly released: (value: V) => void = () => {},
  ) {}

  /** The answer for `key` at `change`: kept, being computed by an earlier caller, or computed now. */
  get(key: string, change: number, compute: () => Promise<V>): Promise<V> {
    const hit = this.kept.get(key);
    if (hit?.change === change) {
      this.kept.delete(key);
      this.kept.set(key, hit);
      return Promise.resolve(hit.value);
    }
    const flight = `${change}\u0000${key}`;
    let pending = this.computing.get(flight);
    if (!pending) {
      pending = compute()
        .then((value) => (this.keep(key, change, value), value))
        .finally(() => this.computing.delete(flight));
      this.computing.set(flight, pending);
    }
    return pending;
  }

  private keep(key: string, change: number, value: V): void {
    const current = this.kept.get(key);
    // A slower computation at an older counter must not replace a newer answer.
    if (current && current.change > change) return this.released(value);
    if (current) this.drop(key);
    const bytes = this.sizeOf(value);
    if (bytes > this.limits.bytes) return this.released(value);
    this.kept.set(key, { change, value, bytes });
    this.bytes += bytes;
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const gone = this.kept.get(key);
    if (!gone) return;
    this.bytes -= gone.bytes;
    this.kept.delete(key);
    this.released(gone.value);
  }
}
