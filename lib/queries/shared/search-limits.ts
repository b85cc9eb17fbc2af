/**
 * A text query counts its matches up to this many, then says "at least" (EntryPage.totalIsLowerBound): a
 * 3-letter prefix matches tens of thousands of entries at 100 000, and counting them all was most of its time.
 */
export const TEXT_COUNT_LIMIT = 1000;

/** Coordinates to 5 decimals (about a metre): the markers' JSON stays small and no precision we have is lost. */
export const COORDINATE_DECIMALS = 5;
