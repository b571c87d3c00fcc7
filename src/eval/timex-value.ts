import type { DateMention } from '../model/types.ts';
import { readingOf } from '../recognize/date-timex.ts';

// Our date values in TIMEX3 \`value\` form. The recogniser reads every mention as TIMEX3
// (src/recognize/date-timex.ts, on \`DateMention.timex\`); this is the same reading for a bare
// value, precision and rule, for tests and tools that build mentions by hand.

export { calendarName } from '../recognize/date-calendar.ts';

/** The TIMEX3 \`value\` a mention stands for (its first reading), or null when it has none. */
export function timex3Value(m: Pick<DateMention, 'value' | 'precision' | 'rule'> & Partial<Pick<DateMention, 'start' | 'end' | 'text'>>): string | null {
  const full: DateMention = { start: 0, end: 0, text: '', relative: false, resolved: m.value !== null, ...m };
  return readingOf(full)[0]?.value ?? null;
}
