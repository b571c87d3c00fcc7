// Every date mention read as TimeML TIMEX3 expressions (type and normalised value), after the
// recogniser has settled the mentions. Our value is a first and last day plus a precision;
// TIMEX3 names calendar units instead, so the reading goes by shape (one day, an ISO week, a
// weekend, a month, a quarter, a half, a year, a decade) and by TimeML's conventions:
// - a part of a period ("late November", "earlier this week") keeps the whole period in `value`
//   (TimeML puts the part in `mod`); a half ("the first half of 1989") is 1989-H1;
// - "since 1993": TimeML tags "1993" and treats "since" as a signal;
// - a trailing window ("the past four years") is a DURATION, P4Y;
// - a part of the day ("Friday night") is the day plus TMO/TAF/TEV/TNI;
// - a range of two dates ("from Aug. 26 to Oct. 20", "between 1994 and 1997") is two TIMEX3s;
// - "the quarter" is the quarter last talked about, "a year earlier" the date last talked about
//   (in this or the previous sentence, else the last quarter) a year back, as annotators read
//   them in company reports.
// Mentions without a TimeML reading (open ranges, known events, unresolved dates) get none.

import type { DateMention, Timex } from '../model/types.ts';
import { calendarName, dayFromIso, isoDay, pad2, shiftYears, weekName } from './date-calendar.ts';
import type { TimexHint } from './date-timeml.ts';

function enclosing(first: string, last: string, unit: 'week' | 'month' | 'year' | null): string {
  const [y, m] = first.split('-').map(Number);
  if (unit === 'week') return weekName(dayFromIso(first));
  if (unit === 'month' || (unit === null && first.slice(0, 7) === last.slice(0, 7))) return `${y}-${pad2(m)}`;
  return String(y);
}

const WINDOW_UNIT: Record<string, string> = { hours: 'H', days: 'D', weeks: 'W', months: 'M', years: 'Y', week: 'W', month: 'M', year: 'Y' };

function windowDuration(first: string, last: string, unit: string): string | null {
  const a = dayFromIso(first);
  const b = dayFromIso(last);
  const letter = WINDOW_UNIT[unit];
  if (!letter) return null;
  const [y1, m1] = first.split('-').map(Number);
  const [y2, m2] = last.split('-').map(Number);
  if (letter === 'H') return null;
  const n = letter === 'D' ? b - a : letter === 'W' ? Math.round((b - a) / 7) : letter === 'M' ? (y2 - y1) * 12 + (m2 - m1) : y2 - y1;
  return n > 0 ? `P${n}${letter}` : null;
}

const PART_OF_DAY: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', tonight: 'TNI', overnight: 'TNI' };
const PART_OF_DAY_WORD = /\b(morning|afternoon|evening|night|tonight|overnight)\b/i;

const RANGE_JOIN = /\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b|[-–—])\s*/gi;
const LEAD_WORD = /^(?:from|between)\s+/i;
const DAY_NUMBER = /(?<![\d])\d{1,2}(?:st|nd|rd|th)?(?![\d])|\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b|\b(?:today|yesterday|tomorrow)\b/i;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** The written granularity of one end of a range. */
function granularity(part: string): 'day' | 'month' | 'year' {
  if (DAY_NUMBER.test(part.replace(/\b(?:1[89]|20)\d\d\b/g, ''))) return 'day';
  if (MONTH_WORD.test(part)) return 'month';
  return 'year';
}

function atGranularity(iso: string, g: 'day' | 'month' | 'year'): string {
  return g === 'day' ? iso : g === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** "Aug. 26 to Oct. 20" → two readings, each end at its written granularity; null when it does not split. */
function splitRange(m: DateMention): Timex[] | null {
  if (!m.value) return null;
  RANGE_JOIN.lastIndex = 0;
  let join: RegExpExecArray | null;
  while ((join = RANGE_JOIN.exec(m.text)) !== null) {
    if (join.index > 0 && join.index + join[0].length < m.text.length) break;
  }
  if (!join) return null;
  const leftRaw = m.text.slice(0, join.index);
  const lead = LEAD_WORD.exec(leftRaw)?.[0].length ?? 0;
  const left = leftRaw.slice(lead);
  const right = m.text.slice(join.index + join[0].length);
  if (!left.trim() || !right.trim()) return null;
  const rightStart = m.start + join.index + join[0].length;
  return [
    { start: m.start + lead, end: m.start + join.index, type: 'DATE', value: atGranularity(m.value.start, granularity(left)) },
    { start: rightStart, end: m.end, type: 'DATE', value: atGranularity(m.value.end, granularity(right)) },
  ];
}

/** The reading of a mention from its value, precision, rule and text. */
/** One reading of a mention: from its start (or `from`) to its end. */
function one(m: DateMention, value: string, type: Timex['type'] = 'DATE', from = m.start): Timex[] {
  return [{ start: from, end: m.end, type, value }];
}

export function readingOf(m: DateMention): Timex[] {
  if (!m.value || m.rule.startsWith('known-event:')) return [];
  const { start, end } = m.value;
  if (m.precision === 'day') {
    if (m.rule.startsWith('overnight')) return one(m, `${isoDay(dayFromIso(start))}TNI`, 'TIME');
    const part = PART_OF_DAY_WORD.exec(m.text);
    if (part) return one(m, `${start}${PART_OF_DAY[part[1].toLowerCase()]}`, 'TIME');
    return one(m, start);
  }
  if (m.precision === 'month') return one(m, start.slice(0, 7));
  if (m.precision === 'year') return one(m, start.slice(0, 4));
  if (m.rule.startsWith('overnight')) return one(m, `${start}TNI`, 'TIME');
  if (m.rule === 'year-range' || (m.rule.startsWith('chrono:') && start !== end)) {
    const parts = splitRange(m);
    if (parts) return parts;
  }
  const window = /^relative-window:(\w+)$/.exec(m.rule) ?? /^relative-period:(?:the-(?:past|last)|past)-(week|month|year)$/.exec(m.rule);
  if (window) {
    const d = windowDuration(start, end, window[1]);
    return d ? one(m, d, 'DURATION') : [];
  }
  const part = /^period-part:([\w-]+)\+(.*)$/.exec(m.rule);
  if (part) {
    if ((part[1] === 'first-half' || part[1] === 'second-half') && part[2] === 'year') {
      return one(m, `${start.slice(0, 4)}-H${part[1] === 'first-half' ? 1 : 2}`);
    }
    return one(m, enclosing(start, end, null));
  }
  const edge = /^relative-period:(?:earlier|later)-this-(week|month|year)$/.exec(m.rule);
  if (edge) return one(m, enclosing(start, end, edge[1] as 'week' | 'month' | 'year'));
  const since = /^since-range\+(.*)$/.exec(m.rule);
  if (since) {
    // TimeML tags what "since" governs: the inner rule says whether it was a year, a month or a day.
    const inner = since[1];
    const at = m.start + (/^(?:ever\s+)?since\s+/i.exec(m.text)?.[0].length ?? 0);
    if (inner === 'year' || inner === 'timeml:year') return one(m, start.slice(0, 4), 'DATE', at);
    if (inner === 'decade') return one(m, start.slice(0, 3), 'DATE', at);
    if (/\bchrono:ENMonthNameParser\b/.test(inner)) return one(m, start.slice(0, 7), 'DATE', at);
    if (inner.startsWith('chrono:')) return one(m, start, 'DATE', at);
    return [];
  }
  const name = calendarName(start, end);
  return name ? one(m, name) : [];
}

/** The last date the text gave that is at least as fine as `unit`, at `unit`, moved by `shift` units. */
function storyDate(recent: ReadonlyArray<{ value: string }>, unit: 'day' | 'month' | 'year', shift: number): string | null {
  const width = unit === 'day' ? 10 : unit === 'month' ? 7 : 4;
  for (let i = recent.length - 1; i >= 0; i--) {
    const v = recent[i].value;
    if (!/^\d{4}(?:-\d{2}){0,2}$/.test(v) || v.length < width) continue;
    const at = v.slice(0, width);
    if (shift === 0) return at;
    if (unit === 'year') return String(Number(at) + shift);
    if (unit === 'month') {
      const [y, m] = at.split('-').map(Number);
      const t = y * 12 + (m - 1) + shift;
      return `${Math.floor(t / 12)}-${pad2((t % 12) + 1)}`;
    }
    return isoDay(dayFromIso(at) + shift);
  }
  return null;
}

const CALENDAR_VALUE = /^\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d{2}(?:-\d{2})?))?$/;
const YEAR_AGO = /^(?:a|one)\s+year\s+(?:ago|earlier|before)$/i;

/**
 * Sets `timex` on every mention. `hints` holds, per mention, the TimeML rules' own reading
 * (date-timeml.ts) or undefined; `sentenceStartOf` gives the start of the sentence holding an
 * offset. Mentions are in text order, so anchors ("the quarter") look back only.
 */
export function annotateTimex(
  mentions: DateMention[],
  hints: ReadonlyArray<TimexHint | undefined>,
  sentenceStartOf: (pos: number) => number,
): void {
  let lastQuarter: string | null = null;
  const recent: Array<{ value: string; sentence: number }> = [];
  let previousSentence = -1;
  let currentSentence = -1;
  mentions.forEach((m, i) => {
    const sentence = sentenceStartOf(m.start);
    if (sentence !== currentSentence) {
      previousSentence = currentSentence;
      currentSentence = sentence;
    }
    const hint = hints[i];
    let parts: Timex[];
    const yearAgo = !hint && YEAR_AGO.test(m.text) && m.value ? m.value.start.slice(0, 4) : null;
    if (hint && 'value' in hint) {
      parts = [{ start: m.start, end: m.end, type: hint.type, value: hint.value }];
    } else if (hint || yearAgo) {
      const anchor = hint ? hint.anchor : 'year-earlier';
      const fallback = hint ? hint.fallback : yearAgo;
      let value: string | null;
      if (hint && hint.anchor === 'story') {
        value = storyDate(recent, hint.unit, hint.shift);
      } else if (anchor === 'quarter') {
        value = lastQuarter ?? fallback;
      } else if (anchor === 'year-earlier-quarter') {
        value = (lastQuarter ? shiftYears(lastQuarter, -1) : null) ?? fallback;
      } else {
        const near = [...recent].reverse().find((r) => r.sentence === currentSentence || r.sentence === previousSentence);
        const shifted = near ? shiftYears(near.value, -1) : null;
        value = shifted ?? (lastQuarter ? shiftYears(lastQuarter, -1) : null) ?? fallback;
      }
      parts = value ? [{ start: m.start, end: m.end, type: 'DATE', value }] : [];
    } else {
      parts = readingOf(m);
    }
    if (parts.length > 0) m.timex = parts;
    // Only dates the text itself gives are anchors; a date counted back from one is not.
    if (yearAgo || (hint && 'anchor' in hint)) return;
    for (const p of parts) {
      if (p.type !== 'DATE' || !CALENDAR_VALUE.test(p.value)) continue;
      if (/-Q\d$/.test(p.value)) lastQuarter = p.value;
      recent.push({ value: p.value, sentence });
    }
  });
}
