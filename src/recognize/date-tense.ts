// Past bias is the default for a weekday, a month or a day written without a year: news reports
// what happened. A clause in the future ("will visit on Thursday", "payable Jan. 2", "plans to
// redeem on Nov. 16") points at the next one instead. This pass moves such mentions forward;
// their rule says so ("+future-tense" in place of "+past-bias").

import type { DateMention } from '../model/types.ts';
import { dayFromIso, daysInMonth, isoDay, partsOf } from './date-calendar.ts';
import { timemlLexicon } from './date-timeml.ts';
import { longestFirst, phraseSource } from './regex.ts';

let cues: { future: RegExp; deadline: RegExp; past: RegExp } | null = null;

function cueRegex(words: string[], atEnd = false): RegExp {
  const alt = longestFirst(words, (w) => phraseSource(w, "['’]"));
  return new RegExp(String.raw`(?:^|[^\p{L}'’])(?:${alt})(?![\p{L}])${atEnd ? String.raw`\s*$` : ''}`, 'iu');
}

function tenseCues(): { future: RegExp; deadline: RegExp; past: RegExp } {
  if (!cues) {
    const lex = timemlLexicon();
    cues = { future: cueRegex(lex.futureCues), deadline: cueRegex(lex.futureDeadlineCues, true), past: cueRegex(lex.pastCues) };
  }
  return cues;
}

/** How far back in the sentence a cue may stand from the date it moves. */
const WINDOW = 70;
/** Where a clause ends: a cue behind one belongs to another clause. */
const CLAUSE_BREAK = /[,;:]|[”"]\s|\b(?:that|who|which|where|when|while|after|before|because|but)\b/gi;

/** Moves past-biased mentions in future clauses to the next such day or month on or after `ref`. */
export function applyFutureTense(mentions: DateMention[], text: string, ref: number | null, sentenceStartOf: (pos: number) => number): void {
  if (ref === null) return;
  const { future, deadline, past } = tenseCues();
  for (const m of mentions) {
    if (!m.value || !m.rule.endsWith('+past-bias')) continue;
    const from = Math.max(sentenceStartOf(m.start), m.start - WINDOW);
    const window = text.slice(from, m.start);
    let clause = 0;
    for (const b of window.matchAll(CLAUSE_BREAK)) clause = b.index + b[0].length;
    const before = window.slice(clause);
    if (!(future.test(before) || deadline.test(before)) || past.test(before)) continue;
    // "Until Thursday, they had not called": the rest of the sentence can put it in the past too.
    const sentenceEnd = text.slice(m.end, m.end + 120).search(/[.!?](?:\s|$)/);
    if (past.test(text.slice(m.end, m.end + (sentenceEnd < 0 ? 120 : sentenceEnd)))) continue;
    const first = dayFromIso(m.value.start);
    const last = dayFromIso(m.value.end);
    if (last >= ref) continue;
    let start: number;
    let end: number;
    if (m.precision === 'day' && /(?:sun|mon|tues|wednes|thurs|fri|satur)day/i.test(m.text)) {
      const weeks = Math.ceil((ref - first) / 7);
      start = first + 7 * weeks;
      end = start;
    } else if (m.precision === 'day') {
      const [y, mo, d] = partsOf(first);
      start = dayFromIso(`${y + 1}-${String(mo).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y + 1, mo))).padStart(2, '0')}`);
      end = start;
    } else if (m.precision === 'month') {
      const [y, mo] = partsOf(first);
      start = dayFromIso(`${y + 1}-${String(mo).padStart(2, '0')}-01`);
      end = start + daysInMonth(y + 1, mo) - 1;
    } else {
      continue;
    }
    m.value = { start: isoDay(start), end: isoDay(end) };
    m.rule = `${m.rule.slice(0, -'+past-bias'.length)}+future-tense`;
  }
}
