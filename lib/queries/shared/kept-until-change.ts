/**
 * A value built from the database and kept until the entry change counter moves (any instance's write moves
 * it, as it lives in the database), rebuilt once per change, not per query; a failed build is not kept.
 */
export function keptUntilChange<T>(changeCounter: () => Promise<number>, build: () => Promise<T>): () => Promise<T> {
  let built: { change: number; value: Promise<T> } | null = null;
  return async () => {
    const change = await changeCounter();
    if (built?.change !== change) {
      const value = build();
      built = { change, value };
      value.catch(() => {
        if (built?.value === value) built = null;
      });
    }
    return built.value;
  };
}
