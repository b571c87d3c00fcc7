import type { DateMention } from '../model/types.ts';

// Our date values in TIMEX3 `value` form, so the TempEval-3 value score can compare strings.
// A value is a first and last day plus a precision; TIMEX3 names calendar units instead. The
// conversion is by shape: one day, an ISO week, a weekend, a month, a quarter, a half, a year or
// a decade becomes its TIMEX3 name. Three of our rules carry TimeML's own conventions:
// - a part of a period ("late November", "earlier this week"): TimeML keeps the whole period in
//   `value` and puts the part in `mod`, so the enclosing period is written;
// - "since 1993": TimeML tags "1993" and treats "since" as a signal, so the inner date is written;
// - a trailing window ("the past four years"): a DURATION, P4Y.
// Anything else (a span of years, an open range) has no TIMEX3 value: it is written as an ISO
// interval "start/end", which never equals a gold value and so counts as a value miss.

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** ISO 8601 week of a day: [week-year, week number]. */
function isoWeek(day: number): [number, number] {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  const thursday = day - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = dayNumber(`${year}-01-01`);
  return [year, Math.floor((thursday - jan1) / 7) + 1];
}

function weekName(day: number): string {
  const [y, w] = isoWeek(day);
  return `${y}-W${String(w).padStart(2, '0')}`;
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The TIMEX3 name of the calendar unit [first, last] covers exactly, or null. */
export function calendarName(first: string, last: string): string | null {
  const a = dayNumber(first);
  const b = dayNumber(last);
  if (Number.isNaN(a) || Number.isNaN(b) || b < a) return null;
  if (a === b) return first;
  const [y1, m1, d1] = first.split('-').map(Number);
  const [y2, m2, d2] = last.split('-').map(Number);
  const weekday = (((a + 3) % 7) + 7) % 7;
  if (b - a === 6 && weekday === 0) return weekName(a);
  if (b - a === 1 && weekday === 5) return `${weekName(a)}-WE`;
  if (d1 !== 1 || d2 !== lastDayOfMonth(y2, m2)) return null;
  if (y1 === y2) {
    if (m1 === m2) return `${y1}-${String(m1).padStart(2, '0')}`;
    if (m1 === 1 && m2 === 12) return String(y1);
    if (m2 - m1 === 2 && (m1 - 1) % 3 === 0) return `${y1}-Q${(m1 - 1) / 3 + 1}`;
    if (m2 - m1 === 5 && (m1 === 1 || m1 === 7)) return `${y1}-H${m1 === 1 ? 1 : 2}`;
    return null;
  }
  if (m1 === 1 && m2 === 12 && y1 % 10 === 0 && y2 === y1 + 9) return String(y1 / 10);
  return null;
}

function enclosing(first: string, last: string, unit: 'week' | 'month' | 'year' | null): string {
  const [y, m] = first.split('-').map(Number);
  if (unit === 'week') return weekName(dayNumber(first));
  if (unit === 'month' || (unit === null && first.slice(0, 7) === last.slice(0, 7))) return `${y}-${String(m).padStart(2, '0')}`;
  return String(y);
}

const WINDOW_UNIT: Record<string, string> = { days: 'D', weeks: 'W', months: 'M', years: 'Y', week: 'W', month: 'M', year: 'Y' };

function duration(first: string, last: string, unit: string): string | null {
  const a = dayNumber(first);
  const b = dayNumber(last);
  const letter = WINDOW_UNIT[unit];
  if (!letter) return null;
  const [y1, m1] = first.split('-').map(Number);
  const [y2, m2] = last.split('-').map(Number);
  const n =
    letter === 'D' ? b - a : letter === 'W' ? Math.round((b - a) / 7) : letter === 'M' ? (y2 - y1) * 12 + (m2 - m1) : y2 - y1;
  return n > 0 ? `P${n}${letter}` : null;
}

/** The TIMEX3 `value` our mention stands for, or null when it is unresolved. */
export function timex3Value(m: Pick<DateMention, 'value' | 'precision' | 'rule'>): string | null {
  if (!m.value) return null;
  const { start, end } = m.value;
  if (m.precision === 'day') return start;
  if (m.precision === 'month') return start.slice(0, 7);
  if (m.precision === 'year') return start.slice(0, 4);
  const window = /^relative-window:(\w+)$/.exec(m.rule) ?? /^relative-period:(?:the-(?:past|last)|past)-(week|month|year)$/.exec(m.rule);
  if (window) return duration(start, end, window[1]) ?? `${start}/${end}`;
  const part = /^period-part:[\w-]+\+(.*)$/.exec(m.rule);
  if (part) return enclosing(start, end, null);
  const edge = /^relative-period:(?:earlier|later)-this-(week|month|year)$/.exec(m.rule);
  if (edge) return enclosing(start, end, edge[1] as 'week' | 'month' | 'year');
  const since = /^since-range\+(.*)$/.exec(m.rule);
  if (since) {
    // The inner rule says what "since" wrapped: a year, a month, or a day.
    const inner = since[1];
    if (inner === 'year') return start.slice(0, 4);
    if (inner === 'decade') return start.slice(0, 3);
    if (/\bchrono:ENMonthNameParser\b/.test(inner)) return start.slice(0, 7);
    return start;
  }
  return calendarName(start, end) ?? `${start}/${end}`;
}
