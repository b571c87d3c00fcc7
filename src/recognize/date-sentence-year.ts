// A sentence that opens on a date with its year ("In 2014, ...", "In March 2022, ...", or a year
// counted from publication: "Last year, ...") sets the
// time of what it tells, as the entries of a list of past attacks do. A day or month written
// without a year later in that sentence ("stormed the school on December 16") is in that year
// (or, after an opening month or day, the year before when the day would fall more than the
// 60 days after it that past bias allows), not in the year past
// bias picks from publication; a weekday ("during Friday prayers") is a
// day of that period we cannot name, so it is left unresolved rather than dated to the week of
// publication.

import type { DateMention } from '../model/types.ts';
import { dayFromIso, daysInMonth, pad2, shiftYears } from './date-calendar.ts';

/** What may stand before the opening date: "In", "Back in", "On", "During", "And in". */
const OPENER = /^\s*(?:(?:and|but|back|also|then|later|earlier|by|in|on|during|since)\s+)*$/i;
const WEEKDAY = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
/** As from publication (dates.ts FUTURE_GRACE_DAYS): "on 8 April ... declaring April 24th" is ahead. */
const GRACE_DAYS = 60;
const NOTE = 'a weekday of an earlier period the sentence opens with: its day is not said';

export function applySentenceYear(mentions: DateMention[], text: string, sentenceStartOf: (pos: number) => number): void {
  let opener: DateMention | null = null;
  let openerSentence = -1;
  for (const m of mentions) {
    const sentence = sentenceStartOf(m.start);
    if (sentence !== openerSentence) {
      opener = null;
      openerSentence = sentence;
      if ((!m.relative || m.precision === 'year') && m.value && m.precision !== 'range' && OPENER.test(text.slice(sentence, m.start)) && m.value.start.slice(0, 4) === m.value.end.slice(0, 4)) opener = m;
      continue;
    }
    if (!opener || !m.value || !m.rule.endsWith('+past-bias')) continue;
    let year = Number(opener.value!.start.slice(0, 4));
    const own = Number(m.value.start.slice(0, 4));
    // "On 1 March 2022, ... damaged after the rains in December": a month or day after an opening
    // month or day is before it, as one after publication would be (past bias from the opener).
    if (opener.precision !== 'year' && !WEEKDAY.test(m.text) && dayFromIso(`${year}${m.value.start.slice(4)}`) > dayFromIso(opener.value!.end) + GRACE_DAYS) year--;
    if (own === year) continue;
    if (WEEKDAY.test(m.text)) {
      if (m.value.start >= opener.value!.start && m.value.end <= opener.value!.end) continue;
      m.value = null;
      m.resolved = false;
      m.note = NOTE;
      m.rule = `${m.rule.slice(0, -'+past-bias'.length)}+sentence-period`;
      continue;
    }
    const start = shiftYears(m.value.start, year - own);
    if (!start) continue;
    const month = Number(start.slice(5, 7));
    const end = m.precision === 'month' ? `${start.slice(0, 8)}${pad2(daysInMonth(year, month))}` : shiftYears(m.value.end, year - own);
    if (!end) continue;
    m.value = { start, end };
    m.relative = opener.relative; // "Last year, ... in February" still counts from publication
    m.rule = `${m.rule.slice(0, -'+past-bias'.length)}+sentence-year`;
  }
}
