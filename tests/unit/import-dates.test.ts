import { afterEach, describe, expect, it, vi } from "vitest";
import { parseRegistryDate } from "@/lib/import/dates";

// A registry's licence and membership dates, as an administrator's file writes them.

afterEach(() => {
  vi.useRealTimers();
});

describe("a registry date", () => {
  it("is read with the spaces around it", () => {
    expect(parseRegistryDate(" 21.12.2017 ")).toEqual({ date: "2017-12-21" });
    expect(parseRegistryDate("\t2017-12-21 ")).toEqual({ date: "2017-12-21" });
  });

  it.each(["x21.12.2017", "121.12.2017", "21.12.2017 г.", "21.12.20171", "x2017-12-21", "12017-12-21", "2017-12-21T00:00", "2017-12-211"])(
    "%s, a date with more around it, is not a date",
    (text) => expect(parseRegistryDate(text)).toEqual({ error: `"${text}" is not a date (dd.mm.yyyy or yyyy-mm-dd)` }),
  );

  it("says what it could not read, cut to 40 characters", () => {
    expect(parseRegistryDate("вчера")).toEqual({ error: '"вчера" is not a date (dd.mm.yyyy or yyyy-mm-dd)' });
    const long = "дата выдачи лицензии не указана в реестре Министерства";
    expect(parseRegistryDate(long)).toEqual({ error: `"${long.slice(0, 40)}" is not a date (dd.mm.yyyy or yyyy-mm-dd)` });
  });

  it.each(["31.02.2019", "31.04.2020", "00.05.2020", "32.01.2020", "2019-13-01", "2019-00-10", "29.02.2023", "2023-02-29", "31.13.2019"])(
    "%s is not a real date",
    (text) => expect(parseRegistryDate(text)).toEqual({ error: `"${text}" is not a real date` }),
  );

  it("the last days of months and a leap day are real", () => {
    expect(parseRegistryDate("31.12.2019")).toEqual({ date: "2019-12-31" });
    expect(parseRegistryDate("30.04.2020")).toEqual({ date: "2020-04-30" });
    expect(parseRegistryDate("29.02.2000")).toEqual({ date: "2000-02-29" });
  });

  it("1900 is the first year, and a year written 0050 is outside it rather than taken for 1950", () => {
    expect(parseRegistryDate("01.01.1900")).toEqual({ date: "1900-01-01" });
    expect(parseRegistryDate("31.12.1899")).toEqual({ error: '"31.12.1899" is outside 1900 to today' });
    expect(parseRegistryDate("01.01.0050")).toEqual({ error: '"01.01.0050" is outside 1900 to today' });
  });

  it("today and tomorrow (Kazakhstan is ahead of UTC) are accepted, the day after is not", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-01-28T10:00:00Z"));
    expect(parseRegistryDate("28.01.2024")).toEqual({ date: "2024-01-28" });
    expect(parseRegistryDate("2024-01-29")).toEqual({ date: "2024-01-29" });
    expect(parseRegistryDate("30.01.2024")).toEqual({ error: '"30.01.2024" is outside 1900 to today' });
    // Tomorrow's midnight exactly one day from now is still in.
    vi.setSystemTime(new Date("2024-01-28T00:00:00Z"));
    expect(parseRegistryDate("29.01.2024")).toEqual({ date: "2024-01-29" });
    vi.setSystemTime(new Date("2024-01-27T23:59:59.999Z"));
    expect(parseRegistryDate("29.01.2024")).toEqual({ error: '"29.01.2024" is outside 1900 to today' });
  });
});
