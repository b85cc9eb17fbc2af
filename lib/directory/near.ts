import type { NearestEntry } from "../validation/entry";
import type { LocateResponse } from "../validation/responses";

// Plain data shared by the server's first render and the browser: how many offices near a point, grouped how.

/** Near a point: this many courts, and this many practitioners. */
export const NEAR_COURTS = 10;
export const NEAR_PRACTITIONERS = 30;

/** The offices near a point, as the home page groups them: courts, then practitioners (nearest first each). */
export interface NearResults {
  courts: NearestEntry[];
  practitioners: NearestEntry[];
  locate: LocateResponse;
}
