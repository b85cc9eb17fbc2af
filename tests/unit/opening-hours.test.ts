import { describe, expect, it } from "vitest";
import { utcOffsetMinutes, wallClock } from "@/lib/directory/facts/almaty-time";
import { openingHoursProblem, openState, weekHours } from "@/lib/directory/facts/opening-hours";
import { OpeningHoursInputSchema } from "@/lib/validation/entry-input";

// Kazakhstan moved to one zone, UTC+5, on 1 March 2024 (Almaty and Astana were UTC+6 before). The runtime's
// tz data must know it, or "open now" would be an hour off for every court.

const COURT_HOURS = "Mo-Fr 09:00-13:00,14:00-18:30; Sa,Su off";
/** An instant given as Kazakhstan wall-clock time (UTC+5). */
const almaty = (local: string) => new Date(`${local}+05:00`);

describe("Asia/Almaty in the runtime's time-zone data", () => {
  it("is UTC+5 in the winter of 2025", () => {
    expect(utcOffsetMinutes(new Date("2025-01-15T12:00:00Z"))).toBe(300);
    expect(wallClock(new Date("2025-01-15T12:00:00Z"))).toMatchObject({ year: 2025, month: 1, day: 15, hour: 17, minute: 0 });
  });

  it("was UTC+6 before 1 March 2024 (the data knows the change, not a fixed offset)", () => {
    expect(utcOffsetMinutes(new Date("2024-01-15T12:00:00Z"))).toBe(360);
  });
});

describe("open now, at fixed instants in Kazakhstan time", () => {
  it("on a Friday at 18:29 it is open and closes at 18:30", () => {
    expect(openState(COURT_HOURS, almaty("2025-01-17T18:29:00"))).toEqual({ open: true, unknown: false, next: { day: "today", time: "18:30" } });
  });

  it("on a Friday at 18:31 it is closed and opens on Monday at 09:00", () => {
    expect(openState(COURT_HOURS, almaty("2025-01-17T18:31:00"))).toEqual({ open: false, unknown: false, next: { day: 0, time: "09:00" } });
  });

  it("on a holiday-free Monday morning it is open until the lunch break, and before nine it opens today", () => {
    expect(openState(COURT_HOURS, almaty("2025-01-20T10:15:00"))).toEqual({ open: true, unknown: false, next: { day: "today", time: "13:00" } });
    expect(openState(COURT_HOURS, almaty("2025-01-20T08:00:00"))).toEqual({ open: false, unknown: false, next: { day: "today", time: "09:00" } });
  });

  it("on a Sunday evening it opens tomorrow", () => {
    expect(openState(COURT_HOURS, almaty("2025-01-19T20:00:00"))?.next).toEqual({ day: "tomorrow", time: "09:00" });
  });

  it("does not depend on the server's own zone: 13:29 UTC is 18:29 in Kazakhstan", () => {
    expect(openState(COURT_HOURS, new Date("2025-01-17T13:29:00Z"))?.open).toBe(true);
    expect(openState(COURT_HOURS, new Date("2025-01-17T13:31:00Z"))?.open).toBe(false);
  });
});

describe("the week's table", () => {
  it("lists Monday to Sunday with the intervals, marks today, and leaves closed days empty", () => {
    const week = weekHours(COURT_HOURS, almaty("2025-01-17T12:00:00"))!;
    expect(week.map((d) => d.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(week[0]!.intervals.map((i) => `${i.from}-${i.to}`)).toEqual(["09:00-13:00", "14:00-18:30"]);
    expect(week[5]!.intervals).toEqual([]);
    expect(week.filter((d) => d.today).map((d) => d.weekday)).toEqual([4]);
  });
});

describe("validation of opening hours", () => {
  it("accepts OSM opening_hours syntax and refuses anything else", () => {
    expect(openingHoursProblem(COURT_HOURS)).toBeNull();
    expect(openingHoursProblem("weekdays nine to six")).toMatch(/opening_hours syntax/);
    expect(OpeningHoursInputSchema.safeParse("Mo-Fr 09:00-18:00").success).toBe(true);
    expect(OpeningHoursInputSchema.safeParse("hours <script>").success).toBe(false);
  });

  it("refuses public-holiday rules, which the package cannot evaluate for Kazakhstan", () => {
    expect(openingHoursProblem("Mo-Fr 09:00-18:00; PH off")).toMatch(/holidays/);
    expect(openingHoursProblem('Mo-Fr 09:00-18:00 "closed on PH"')).toBeNull();
  });
});
