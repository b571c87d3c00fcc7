// Calendar arithmetic on UTC day numbers (days since 1970-01-01) for the TimeML side of the date
// recogniser, and TimeML's names for calendar units (ISO weeks, quarters, halves, decades).

export const DAY_MS = 86_400_000;

export function dayOf(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Whole days of years 1000 to 9999 are split by arithmetic (no Date made); others as Date splits them. */
const FIRST_FAST_DAY = -354285; // 1000-01-01
const LAST_FAST_DAY = 2932896; // 9999-12-31

/** A whole day of years 1000 to 9999: one partsOf splits by arithmetic. */
export function isFastDay(day: number): boolean {
  return day >= FIRST_FAST_DAY && day <= LAST_FAST_DAY && Number.isInteger(day);
}

export function partsOf(day: number): [number, number, number] {
  if (!isFastDay(day)) {
    const dt = new Date(day * DAY_MS);
    return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
  }
  // Civil from days (proleptic Gregorian, as Date counts), on days since 0000-03-01.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (!(m >= 1 && m <= 12 && y >= 100 && y <= 9999) || !Number.isInteger(m) || !Number.isInteger(y)) {
    // Date.UTC reads years 0 to 99 as 1900 to 1999; outside the plain cases Date decides.
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  if (m !== 2) return MONTH_DAYS[m - 1];
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** 0 = Sunday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A day number from "YYYY-MM-DD", or NaN. */
export function dayFromIso(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/**
 * isoDay's strings by day: a text names a handful of days many times over (its resolution walks
 * call isoDay for the same few), and the formatting was 1.5% of a per-text profile. Bounded.
 */
const ISO_DAY_CACHE = new Map<number, string>();
const ISO_DAY_CACHE_MAX = 4096;

export function isoDay(day: number): string {
  const hit = ISO_DAY_CACHE.get(day);
  if (hit !== undefined) return hit;
  const [y, m, d] = partsOf(day);
  const s = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  if (ISO_DAY_CACHE.size >= ISO_DAY_CACHE_MAX) ISO_DAY_CACHE.clear();
  ISO_DAY_CACHE.set(day, s);
  return s;
}

/** ISO 8601 week of a day: [week-year, week number]. */
export function isoWeek(day: number): [number, number] {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  const thursday = day - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  return [year, Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1];
}

export function weekName(day: number): string {
  const [y, w] = isoWeek(day);
  return `${y}-W${pad2(w)}`;
}

export function quarterOf(day: number): [number, number] {
  const [y, m] = partsOf(day);
  return [y, Math.floor((m - 1) / 3) + 1];
}

/** The TIMEX3 name of the calendar unit [first, last] covers exactly, or null. */
export function calendarName(first: string, last: string): string | null {
  const a = dayFromIso(first);
  const b = dayFromIso(last);
  if (Number.isNaN(a) || Number.isNaN(b) || b < a) return null;
  if (a === b) return first;
  const [y1, m1, d1] = first.split('-').map(Number);
  const [y2, m2, d2] = last.split('-').map(Number);
  const monday = (((a + 3) % 7) + 7) % 7 === 0;
  if (b - a === 6 && monday) return weekName(a);
  if (b - a === 1 && weekdayOf(a) === 6) return `${weekName(a)}-WE`;
  if (d1 !== 1 || d2 !== daysInMonth(y2, m2)) return null;
  if (y1 === y2) {
    if (m1 === m2) return `${y1}-${pad2(m1)}`;
    if (m1 === 1 && m2 === 12) return String(y1);
    if (m2 - m1 === 2 && (m1 - 1) % 3 === 0) return `${y1}-Q${(m1 - 1) / 3 + 1}`;
    if (m2 - m1 === 5 && (m1 === 1 || m1 === 7)) return `${y1}-H${m1 === 1 ? 1 : 2}`;
    return null;
  }
  if (m1 === 1 && m2 === 12 && y1 % 10 === 0 && y2 === y1 + 9) return String(y1 / 10);
  return null;
}

/** A TIMEX3 calendar value moved by whole years ("1989-Q3" → "1988-Q3"); null for other shapes. */
export function shiftYears(value: string, years: number): string | null {
  const m = /^(\d{4})(-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?|W\d{2}|SP|SU|FA|WI))?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]) + years;
  let rest = m[2] ?? '';
  if (rest === '-02-29' && daysInMonth(y, 2) === 28) rest = '-02-28';
  return `${String(y).padStart(4, '0')}${rest}`;
}
