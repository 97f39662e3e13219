/** Calendar arithmetic on "YYYY-MM-DD" strings (UTC, no time zones involved). */

export interface DateRange {
  readonly start: string;
  readonly end: string;
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(date + 'T00:00:00Z').getUTCDay();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

export function monthRange(year: number, month: number): DateRange {
  return { start: iso(year, month, 1), end: iso(year, month, daysInMonth(year, month)) };
}

export function dayRange(date: string): DateRange {
  return { start: date, end: date };
}

/** Monday-to-Sunday week holding `date`. */
export function weekRange(date: string): DateRange {
  const back = (weekday(date) + 6) % 7;
  const start = addDays(date, -back);
  return { start, end: addDays(start, 6) };
}

/** Parses "2020-08-20" or "2020-08" or "2020" (a partial date means its first day). */
export function parseIsoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  return isValidDate(y, mo, d) ? iso(y, mo, d) : null;
}
