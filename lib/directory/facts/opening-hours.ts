import OpeningHours from "opening_hours";
import { asLocalWallClock } from "./almaty-time";

// Opening hours are stored in OpenStreetMap's opening_hours syntax ("Mo-Fr 09:00-18:30; Sa,Su off") and
// evaluated by the opening_hours package, in Kazakhstan's time.

const TIME_RANGES = { mode: 0, tag_key: "opening_hours", map_value: false, warnings_severity: 4, locale: "en" } as const;

/** Why a value is not usable opening hours, or null when it is. */
export function openingHoursProblem(value: string): string | null {
  // The package has no Kazakh holiday calendar: a PH or SH rule would silently never apply.
  if (/\b(PH|SH)\b/.test(value.replace(/"[^"]*"/g, ""))) return "public (PH) and school (SH) holidays are not known for Kazakhstan: leave them out";
  try {
    new OpeningHours(value, null, TIME_RANGES);
    return null;
  } catch {
    return 'is not in opening_hours syntax (e.g. "Mo-Fr 09:00-18:30; Sa,Su off")';
  }
}

function parse(value: string): OpeningHours | null {
  try {
    return openingHoursProblem(value) ? null : new OpeningHours(value, null, TIME_RANGES);
  } catch {
    return null;
  }
}

/** 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
const weekday = (d: Date) => ((d.getDay() + 6) % 7) as Weekday;
const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
const DAY = 86_400_000;

export interface NextChange {
  /** "today", "tomorrow", or the weekday when it is further away (within the week ahead). */
  day: "today" | "tomorrow" | Weekday;
  time: string; // HH:MM, Kazakhstan time
}

export interface OpenState {
  open: boolean;
  /** The hours say "unknown" (or "open" with a comment that leaves it open) for this moment. */
  unknown: boolean;
  comment?: string;
  /** When it closes (if open) or opens (if closed); absent when nothing changes within a week. */
  next?: NextChange;
}

/** Whether it is open at `instant`, and when that changes: "open now, closes 18:30" / "opens Monday 09:00". */
export function openState(value: string, instant: Date): OpenState | null {
  const hours = parse(value);
  if (!hours) return null;
  const at = asLocalWallClock(instant);
  const [open, , unknown, comment] = hours.getStatePair(at);
  const change = hours.getNextChange(at, new Date(at.getTime() + 7 * DAY));
  let next: NextChange | undefined;
  if (change) {
    const days = Math.round((new Date(change).setHours(0, 0, 0, 0) - new Date(at).setHours(0, 0, 0, 0)) / DAY);
    next = { day: days === 0 ? "today" : days === 1 ? "tomorrow" : weekday(change), time: hhmm(change) };
  }
  return { open, unknown, ...(comment ? { comment } : {}), ...(next ? { next } : {}) };
}

export interface DayHours {
  weekday: Weekday;
  /** The day `instant` falls on, in Kazakhstan. */
  today: boolean;
  /** Open intervals as HH:MM; an interval that runs past midnight ends at 24:00 and goes on the next day. */
  intervals: { from: string; to: string; unknown: boolean; comment?: string }[];
}

/** The week (Monday to Sunday) that contains `instant`, day by day, for the weekly table. */
export function weekHours(value: string, instant: Date): DayHours[] | null {
  const hours = parse(value);
  if (!hours) return null;
  const at = asLocalWallClock(instant);
  const monday = new Date(at.getFullYear(), at.getMonth(), at.getDate() - weekday(at));
  const days: DayHours[] = [];
  for (let i = 0; i < 7; i++) {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
    const end = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i + 1);
    const intervals = hours.getOpenIntervals(start, end).map(([from, to, unknown, comment]) => ({
      from: hhmm(from),
      to: to.getTime() >= end.getTime() ? "24:00" : hhmm(to),
      unknown,
      ...(comment ? { comment } : {}),
    }));
    days.push({ weekday: i as Weekday, today: i === weekday(at), intervals });
  }
  return days;
}
