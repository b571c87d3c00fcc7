import type { Doc, EntityMention, Token } from '../model/types.ts';
import { firstStartingAt } from '../model/span-order.ts';

// A wire or local dateline opening a sentence: "KABUL, Nov 26 (Reuters) —", "QUETTA:",
// "PESHAWAR/ISLAMABAD, November 25 -", and in incident notes a date and a colon ("04/16/2017:").
// It says where and when the report was filed, and is no part of the sentence's clause. One
// definition, asked three questions: how long it is (attribution reads the clause after it),
// whether a place is its town (events: the report's town is the last guess of where), and
// where it ends, so that a date inside it is the filing day (events: not the day of what the sentence reports).

/** The longest dateline, in tokens ("KABUL/ISLAMABAD, Nov 25 —", "PESHAWAR (Reuters) -"). */
const MAX_DATELINE = 10;

/** The dash or colon that closes a dateline. */
function isMark(w: string): boolean {
  return /^(?:[—–:-]|--)$/.test(w);
}

/**
 * How many tokens a dateline takes at the start of a sentence (toks are the sentence's): a date
 * and a colon, or a town in capitals (or a place the gazetteer knows) and then only capitalised words, numbers
 * and punctuation up to a dash or colon. 0 when there is none.
 */
export function datelineLength(doc: Doc, toks: readonly Token[]): number {
  // "04/16/2017: Assailants accused …": a date and a colon.
  const date = toks[0] ? firstStartingAt(doc.dates, toks[0].start) : undefined;
  if (date) {
    const colon = toks.findIndex((t) => t.start >= date.end);
    if (colon > 0 && toks[colon].lower === ':' && colon + 1 < toks.length) return colon + 1;
  }
  return townDatelineLength(doc, toks);
}

/** The length of a dateline that opens with its town ("QUETTA, November 25:"), or 0. */
function townDatelineLength(doc: Doc, toks: readonly Token[]): number {
  if (toks.length === 0) return 0;
  // "QUETTA:", "Quetta, November 25:": a town in capitals, or a place the gazetteer knows.
  const town = doc.text.slice(toks[0].start, toks[0].end);
  const place = firstStartingAt(doc.placeMentions, toks[0].start) !== undefined;
  if (!/^\p{Lu}{3,}$/u.test(town) && !place) return 0;
  // "ISPR: Five terrorists killed in Khyber", "CTD: …": capitals that name an actor, not a town,
  // are the headline's source (attribution-headlines reads it), no dateline.
  if (!place && firstStartingAt(doc.actorMentions, toks[0].start) !== undefined) return 0;
  for (let k = 1; k < toks.length && k <= MAX_DATELINE; k++) {
    const w = doc.text.slice(toks[k].start, toks[k].end);
    if (isMark(w)) return k + 1 < toks.length ? k + 1 : 0;
    if (/^\p{Ll}/u.test(w)) return 0;
  }
  return 0;
}

/**
 * Where a town's dateline ends ("KABUL, Nov 26 (Reuters) -": its dash), or -1 when the sentence
 * has none: a date ending by then is the report's filing day. Once per sentence, for all its dates.
 */
export function datelineFilingEnd(doc: Doc, toks: readonly Token[]): number {
  const n = townDatelineLength(doc, toks);
  return n > 0 ? toks[n - 1].start : -1;
}

/**
 * The place opens the sentence and a dash or colon follows it, after an agency's name in
 * brackets if any ("PESHAWAR:", "Quetta —", "KABUL (Reuters) -").
 */
export function isDatelinePlace(toks: readonly Token[], p: EntityMention): boolean {
  if (toks.length === 0 || p.start !== toks[0].start) return false;
  let k = toks.findIndex((t) => t.start >= p.end);
  if (k < 0) return false;
  if (toks[k].lower === '(') {
    const close = toks.findIndex((t, i) => i > k && t.lower === ')');
    if (close < 0 || close - k > 4) return false;
    k = close + 1;
  }
  return k < toks.length && isMark(toks[k].lower);
}
