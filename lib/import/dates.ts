/** A registry date, "dd.mm.yyyy" or "yyyy-mm-dd", as yyyy-mm-dd; impossible dates (31.02, month 13) are errors. */
export function parseRegistryDate(text: string): { date: string } | { error: string } {
  const s = text.trim();
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const ymd = dmy ? null : /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const parts: [string, string, string] | null = dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : null;
  if (!parts) return { error: `"${s.slice(0, 40)}" is not a date (dd.mm.yyyy or yyyy-mm-dd)` };
  const [y, mo, d] = parts;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // A day or month out of range moves the date into another month (31.04 is 01.05, 00.01 is 31.12 before,
  // month 13 is January after): the month alone tells. Not the year: Date.UTC reads years 0-99 as 1900-1999.
  if (date.getUTCMonth() !== month - 1) return { error: `"${s}" is not a real date` };
  if (year < 1900 || time > Date.now() + 86_400_000) return { error: `"${s}" is outside 1900 to today` };
  return { date: `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}` };
}
