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

/**
 * (news61) A lapse that opens a clause, between an earlier act and the trigger of the next: "and
 * a week later four people were killed", "; two days later, gunmen ...". Read on the text from
 * the earlier act's trigger to the later one's: the lapse follows a clause break or "and", and
 * no clause break stands between it and the trigger but its own comma. The phrase needs no
 * comma after it here (RELATIVE_DAY does, as it is read anywhere in a clause): at a clause's
 * opening it can only count time. A lapse of no stated number ("several days later", "a few
 * weeks later") counts no day (`rel` null).
 */
const CLAUSE_LAPSE = /(?:[,;:]\s*(?:(?:and|but|then|while)\s+)?|\s(?:and|but|then|while)\s+)(?:(a|an|one|two|three|four|five|six|seven|\d{1,2})|several|a\s+few)\s+(days?|weeks?|months?)\s+later\b(?=,?\s*[^,;:]*$)/i;

export function clauseLapse(text: string, from: number, to: number): { start: number; rel: RelativeDay | null } | null {
  const m = CLAUSE_LAPSE.exec(text.slice(from, to));
  if (!m) return null;
  const end = from + m.index + m[0].length;
  const start = end - m[0].replace(/^.*?((?:\S+|a\s+few)\s+(?:days?|weeks?|months?)\s+later)$/is, '$1').length;
  if (!m[1]) return { start, rel: null };
  const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  const base = { start, end, text: text.slice(start, end) };
  if (/^months?$/i.test(m[2])) return { start, rel: { ...base, offset: 0, months: n } };
  return { start, rel: { ...base, offset: n * (/^weeks?$/i.test(m[2]) ? 7 : 1) } };
}
