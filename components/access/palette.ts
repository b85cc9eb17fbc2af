// Viridis (colour-blind safe, sequential), light for near, dark for far: the choropleth and its legend share it.
export const DISTANCE_BINS = [
  { upToKm: 1, colour: "#fde725" },
  { upToKm: 10, colour: "#7ad151" },
  { upToKm: 25, colour: "#22a884" },
  { upToKm: 50, colour: "#2a788e" },
  { upToKm: 100, colour: "#414487" },
  { upToKm: Infinity, colour: "#440154" },
] as const;

export const NO_DATA_COLOUR = "#d9d9d9";

export function distanceColour(km: number | null): string {
  if (km === null) return NO_DATA_COLOUR;
  return DISTANCE_BINS.find((b) => km < b.upToKm)!.colour;
}
