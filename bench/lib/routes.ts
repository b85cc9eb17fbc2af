import { queryPoints } from "./stats";

const points = queryPoints(1000, 11);
const words = ["ахм", "нурлан", "akhmet", "smirnov", "алматы", "жанар", "ким", "petrov", "сауле", "astana"];
const at = (i: number) => points[i % points.length]!;

/** The public read routes under load, each request with the next query point or word. */
export const LOAD_ROUTES: Record<string, (i: number) => string> = {
  nearest: (i) => `/api/v1/nearest?lat=${at(i).lat.toFixed(5)}&lng=${at(i).lng.toFixed(5)}&limit=10`,
  search: (i) => `/api/v1/entries?q=${encodeURIComponent(words[i % words.length]!)}&limit=20`,
  locate: (i) => `/api/v1/locate?lat=${at(i).lat.toFixed(5)}&lng=${at(i).lng.toFixed(5)}`,
};

/** autocannon's `requests` option that walks through `make(0)`, `make(1)`, … */
export function cycling(make: (i: number) => string) {
  let i = 0;
  return [{ method: "GET", setupRequest: (req: { path?: string }) => ({ ...req, path: make(i++) }) }];
}
