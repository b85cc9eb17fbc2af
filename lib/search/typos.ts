/**
 * Typo tolerance by the rule Meilisearch and Typesense use: a word of 5–8 letters may be one edit away,
 * one of 9 or more two, a shorter word must be typed right (a 3-letter word one edit away from hundreds
 * of others would match noise).
 */
export function editLimit(word: string): number {
  const letters = [...word].length;
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

/** Every string reachable from `word` by deleting up to `k` characters, `word` itself included. */
// Stryker disable all: a deeper, repeated or extra deletion only adds candidates that editDistance then refuses
function deletions(word: string, k: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let step = 0; step < k; step++) {
    const next: string[] = [];
    for (const w of frontier)
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (out.has(d)) continue;
        out.add(d);
        next.push(d);
      }
    frontier = next;
  }
  return out;
}
// Stryker restore all

/** Optimal-string-alignment distance (a swap of neighbours counts as one edit), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  // Stryker disable next-line ConditionalExpression: a shortcut; the rows' minimum stops such a pair within max + 1 rows
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: at i or j = 1, a[i - 2] or b[j - 2] is undefined and never equal
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The words of a vocabulary one or two edits from a query word, found through a deletion map
 * (SymSpell): each vocabulary word is stored under every string its deletions make, so a query looks up
 * its own deletions instead of comparing itself with every word. Built once per vocabulary (for entries:
 * once per change of the directory), then each look-up costs a few dozen map reads whatever its size.
 */
export class TypoIndex {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly sorted: string[];

  constructor(vocabulary: Iterable<string>) {
    const unique = new Set(vocabulary);
    this.sorted = [...unique].sort();
    for (const word of unique) {
      // A word's own edit limit is as deep as its deletions need to go. A query within its limit k(q) of the
      // word meets it at a string the word reaches by deleting the substituted letters and those it has over
      // the query: for a query as long or longer, at most k(q) minus the length difference, which is within
      // the word's own limit (8 letters under a 9-letter query: 2 − 1); for a shorter one, at most k(q).
      for (const d of deletions(word, editLimit(word))) {
        const list = this.byDeletion.get(d);
        if (list) list.push(word);
        else this.byDeletion.set(d, [word]);
      }
    }
  }

  get size(): number {
    return this.sorted.length;
  }

  /** Whether some vocabulary word starts with `prefix` (a binary search: the words are kept sorted). */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo]!.startsWith(prefix);
  }

  /** Vocabulary words within the word's edit limit (never the word itself), closest first, at most `max`. */
  corrections(word: string, max = 3): string[] {
    const k = editLimit(word);
    // Stryker disable next-line ConditionalExpression: a shortcut; with no edit allowed only the word itself is within reach, and it is never offered
    if (k === 0) return [];
    const found = new Map<string, number>();
    for (const d of deletions(word, k))
      // Stryker disable next-line ArrayDeclaration: a made-up candidate is refused by its distance like any other
      for (const candidate of this.byDeletion.get(d) ?? []) {
        if (candidate === word || found.has(candidate)) continue;
        const distance = editDistance(word, candidate, k);
        if (distance <= k) found.set(candidate, distance);
      }
    // Stryker disable next-line EqualityOperator: the words are a map's keys, never equal
    return [...found].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([w]) => w);
  }
}
