/** Where the gazetteer leaves people out, stated beside every figure computed from it. */
export interface Coverage {
  /** Gazetteer settlements counted here (inside a district outline). */
  settlements: number;
  /** Of which GeoNames gives a population. */
  withPopulation: number;
  /** Their inhabitants together: the population the figures describe (villages under ~1 000 are not in it). */
  population: number;
  /** Of that population, the part whose serving court has no location (its distance is unknown). */
  populationWithoutDistance: number;
}

/** Population-weighted distances to the serving court (straight-line, great-circle, not road). */
export interface AccessFigures {
  coverage: Coverage;
  meanKm: number | null;
  medianKm: number | null;
  maxKm: number | null;
  /** Shares (0–1) of the covered population with a known distance that live farther than 25, 50 and 100 km. */
  shareOver25Km: number | null;
  shareOver50Km: number | null;
  shareOver100Km: number | null;
  /** Active courts of the area (every kind), and per 100 000 covered inhabitants. */
  courts: number;
  courtsPer100k: number | null;
}

export interface WeightedDistance {
  km: number | null;
  population: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The figures of a set of settlements, each weighted by its population (places without one weigh nothing). */
export function summarise(places: WeightedDistance[], courts: number): AccessFigures {
  const weighted = places.filter((p): p is { km: number; population: number } => p.km !== null && (p.population ?? 0) > 0);
  const population = places.reduce((sum, p) => sum + (p.population ?? 0), 0);
  const known = weighted.reduce((sum, p) => sum + p.population, 0);
  const coverage = {
    settlements: places.length,
    withPopulation: places.filter((p) => (p.population ?? 0) > 0).length,
    population,
    populationWithoutDistance: population - known,
  };
  const courtsPer100k = population > 0 ? round1((courts / population) * 100_000) : null;
  if (known === 0) return { coverage, meanKm: null, medianKm: null, maxKm: null, shareOver25Km: null, shareOver50Km: null, shareOver100Km: null, courts, courtsPer100k };
  const share = (km: number) => round3(weighted.reduce((sum, p) => sum + (p.km > km ? p.population : 0), 0) / known);
  return {
    coverage,
    meanKm: round1(weighted.reduce((sum, p) => sum + p.km * p.population, 0) / known),
    medianKm: round1(weightedMedian(weighted, known)),
    maxKm: round1(Math.max(...weighted.map((p) => p.km))),
    shareOver25Km: share(25),
    shareOver50Km: share(50),
    shareOver100Km: share(100),
    courts,
    courtsPer100k,
  };
}

/** The distance half of the people live within: the first place, nearest first, where the running population reaches half. */
function weightedMedian(places: { km: number; population: number }[], total: number): number {
  const sorted = [...places].sort((a, b) => a.km - b.km);
  let running = 0;
  for (const p of sorted) {
    running += p.population;
    if (running * 2 >= total) return p.km;
  }
  return sorted[sorted.length - 1]!.km;
}
