// Kazakhstan keeps one time zone, UTC+5, since 1 March 2024. The zone comes from the runtime's tz data
// (this Node ships tz data 2025c, which knows the change; tests/unit/almaty-time.test.ts checks it), never from a fixed offset written here.
export const COURT_TIME_ZONE = "Asia/Almaty";

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: COURT_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** The date and time an instant shows on a clock in Kazakhstan. */
export function wallClock(instant: Date): WallClock {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** Minutes Kazakhstan's clocks are ahead of UTC at an instant. */
export function utcOffsetMinutes(instant: Date): number {
  const w = wallClock(instant);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The opening_hours package reads a Date through its local getters (getDay, getHours…), in the server's own
 * zone. This Date shows Kazakhstan's wall clock through those getters, whatever zone the server runs in.
 */
export const asLocalWallClock = (instant: Date): Date => {
  const w = wallClock(instant);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
};
