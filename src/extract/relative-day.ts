import { dayFromIso, daysInMonth, isoDay, pad2 } from '../recognize/date-calendar.ts';

// "A day earlier, a soldier was martyred", "two Levies personnel were shot dead ... the same
// day", "Two days earlier, a constable was injured": a day told relative to the story's last
// dated event. The date recogniser leaves such phrases unresolved (they count from another date
// in the text, or read as durations); an event whose sentence has no date of its own but one of
// these phrases happened that many days from the last event before it with a day's date.

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

// "a day after a blast in Jalalabad" counts from the blast told next, not from the last event:
// "before/after" holds only before a comma or a reference back ("after the attack").
// "Hours later, gunmen ambushed ...", "minutes after the blast": the same day. "A week after the
// attack", "two weeks later": seven days a week. "A month after the bombing", "two months
// later": calendar months (March 14 → April 14; January 31 → the last day of February).
const RELATIVE_DAY =
  /\b(?:(?:on\s+)?(?:the|that)\s+(same|next|following|previous)\s+day|the\s+day\s+(before|after)(?=\s*(?:,|$|(?:the|that|this)\s))|(a|an|one|two|three|four|five|six|seven|\d)\s+(days?|weeks?|months?)\s+(earlier|later|before|after)(?=\s*(?:,|\.|$|(?:the|that|this)\s))|(?:(?:a\s+few|several|two|three|four|five|six|\d)\s+)?(hours|minutes)\s+(later|after)(?=\s*(?:,|\.|$|(?:the|that|this)\s)))/i;

export interface RelativeDay {
  start: number;
  end: number;
  text: string;
  /** Days from the anchor event: 0 the same day, -1 the day before, 2 two days later. */
  offset: number;
  /** Calendar months from the anchor event, for "a month after", "two months later" (offset 0). */
  months?: number;
}

/** The first relative-day phrase in text[from, to), or null. */
export function relativeDay(text: string, from: number, to: number): RelativeDay | null {
  const m = RELATIVE_DAY.exec(text.slice(from, to));
  if (!m) return null;
  let offset: number;
  if (m[1]) offset = { same: 0, next: 1, following: 1, previous: -1 }[m[1].toLowerCase() as 'same'] ?? 0;
  else if (m[2]) offset = m[2].toLowerCase() === 'before' ? -1 : 1;
  else if (m[6]) offset = 0;
  else {
    const sign = /^(?:earlier|before)$/i.test(m[5]) ? -1 : 1;
    const n = NUMBER_WORDS[m[3].toLowerCase()] ?? Number(m[3]);
    if (/^months?$/i.test(m[4])) return { start: from + m.index, end: from + m.index + m[0].length, text: m[0], offset: 0, months: sign * n };
    offset = sign * n * (/^weeks?$/i.test(m[4]) ? 7 : 1);
  }
  return { start: from + m.index, end: from + m.index + m[0].length, text: m[0], offset };
}

/** The day `rel` counts to from the anchor's day ("YYYY-MM-DD"). */
export function countedDay(anchor: string, rel: RelativeDay): string {
  if (!rel.months) return isoDay(dayFromIso(anchor) + rel.offset);
  const [y, m, d] = anchor.split('-').map(Number);
  const total = y * 12 + (m - 1) + rel.months;
  const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(Math.min(d, daysInMonth(year, month)))}`;
}
