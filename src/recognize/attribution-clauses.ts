import type { TrieMatch } from '../gazetteer/trie.ts';
import type { SentenceCtx } from './attribution-sentence.ts';
import { MAX_PARENTHETICAL } from './attribution-sentence.ts';
import { MODALS, READER_DETERMINERS, ARTICLES } from './attribution-words.ts';
import { startsWithWordChar } from './word-start.ts';

// Where a source and its verb stand in their sentence, and so what the attribution covers: after
// an introduction, set in commas, at the end of the sentence, opening a clause of its own; and
// the anonymity phrases around it.

/** How far after its verb an anonymity phrase still qualifies the source, in tokens ("told AP on condition of anonymity that"). */
const MAX_ANONYMITY_AFTER = 10;

/**
 * "Speaking on condition of anonymity …, a police official said", "A Taliban official told The
 * Associated Press on condition of anonymity that …": the phrase in the sentence's introduction or
 * between the verb and what is said makes the source anonymous too.
 */
export function anonymityAround(s: SentenceCtx, srcStart: number, verbEnd: number): boolean {
  if (srcStart >= 2 && s.toks[srcStart - 1].lower === ',' && hasAnonymityPhrase(s, 0, srcStart - 2)) return true;
  let end = verbEnd + 1;
  while (end < s.toks.length && end - verbEnd <= MAX_ANONYMITY_AFTER && s.toks[end].lower !== 'that' && startsWithWordChar(s.toks[end].lower)) end++;
  return hasAnonymityPhrase(s, verbEnd + 1, end - 1);
}

export function hasAnonymityPhrase(s: SentenceCtx, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    for (const phrase of s.pat.anonymityPhrases) {
      if (i + phrase.length - 1 <= to && phrase.every((w, k) => s.toks[i + k].lower === w)) return true;
    }
  }
  return false;
}

/** The longest introductory phrase before a source, in tokens ("In a message posted on Telegram on Tuesday night,"). */
const MAX_INTRODUCTION = 12;

/** Words that open a phrase set before a sentence's subject ("In a statement,", "Speaking to Dawn,"). */
const INTRODUCERS = new Set([
  'in', 'on', 'at', 'around', 'between', 'after', 'during', 'later', 'earlier', 'meanwhile', 'separately', 'however', 'moreover', 'also',
  'addressing', 'speaking', 'talking', 'briefing', 'writing', 'responding', 'commenting', 'when', 'while', 'asked',
]);

function insideDate(s: SentenceCtx, at: number): boolean {
  return s.doc.dates.some((d) => d.start < at && at < d.end);
}

/** Adverbs that link a sentence to the one before, set in commas ("On Wednesday, however,"). */
export const CONNECTIVES = new Set(['however', 'meanwhile', 'moreover', 'though', 'also', 'separately', 'later', 'too']);

/**
 * "Speaking to reporters, a senior customs official said …", "In a statement, the district
 * administration said …": a short introductory phrase and a comma before the source leave it the
 * subject of the whole sentence, so its attribution covers all of it.
 */
export function afterIntroduction(s: SentenceCtx, start: number): boolean {
  // "In a statement, the TTP said": a group's name comes without its article.
  if (start >= 3 && ARTICLES.has(s.toks[start - 1].lower)) start--;
  if (start < 2 || s.toks[start - 1].lower !== ',') return false;
  // "Speaking on condition of anonymity because he was not authorised to talk to the media, …" runs
  // longer, and so does a reporter's question ("When asked whether Afghan forces had fired on …,").
  const question = s.toks[0].lower === 'asked' || (s.toks[0].lower === 'when' && s.toks[1]?.lower === 'asked');
  // "In the video, which was posted on the group's channels, Mehsud said": the phrase's noun with a
  // relative clause of its own in commas, the last before the source (news47).
  const relative = relativeClauseBefore(s, start - 1);
  if (start - 1 > (question || relative >= 0 || hasAnonymityPhrase(s, 0, start - 2) ? MAX_PARENTHETICAL : MAX_INTRODUCTION)) return false;
  for (let k = 1; k < start - 1; k++) {
    if (!/^[,;:]$/.test(s.toks[k].lower)) continue;
    if (k === relative) break;
    // "On Wednesday, however, the group said": one connecting adverb in commas.
    if (s.toks[k].lower === ',' && CONNECTIVES.has(s.toks[k + 1].lower) && k + 2 === start - 1) break;
    // "Meanwhile, in Pakistan, the CTD said": a connecting adverb opening the sentence, then the phrase.
    if (k === 1 && s.toks[k].lower === ',' && CONNECTIVES.has(s.toks[0].lower) && INTRODUCERS.has(s.toks[2]?.lower ?? '')) continue;
    // "On May 18, 2017, the group announced": the comma of a date.
    if (insideDate(s, s.toks[k].start)) continue;
    return false;
  }
  const first = s.toks[0].lower;
  return INTRODUCERS.has(first) || (/ing$/.test(first) && first.length > 5);
}

/** Words that open a relative clause describing the noun before its comma. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'where', 'whose']);

/** The comma opening a relative clause (", which was posted online") that the comma at `close` ends, or -1. */
function relativeClauseBefore(s: SentenceCtx, close: number): number {
  for (let k = close - 1; k > 1; k--) {
    if (!/^[,;:]$/.test(s.toks[k].lower)) continue;
    return s.toks[k].lower === ',' && RELATIVE_OPENERS.has(s.toks[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/** "despite what he described as repeated attempts": the source speaks inside a noun phrase of the clause, which it does not open. */
export function inFreeRelative(s: SentenceCtx, srcStart: number): boolean {
  return s.toks[srcStart - 1]?.lower === 'what';
}

/** "The attack, police said, was carried out by two men": a source and its verb set in commas inside what they say. */
export function isInserted(s: SentenceCtx, srcStart: number, verbEnd: number): boolean {
  // "The attackers, the minister told a news conference, had come from …": so is whom it was told.
  const end = verbEnd + listenerLength(s, verbEnd);
  return s.toks[srcStart - 1]?.lower === ',' && s.toks[end + 1]?.lower === ',' && end + 2 < s.toks.length;
}

/** A source after "; " or ", but" / ", while" / ", and" starts a clause of its own. */
export function opensClause(s: SentenceCtx, start: number): boolean {
  // (Session 21, news49) "...; the Taliban put the toll at eight": the source's article stands
  // between the ";" and the source phrase.
  if (start > 0 && SOURCE_ARTICLES.has(s.toks[start - 1].lower)) start--;
  const prev = s.toks[start - 1]?.lower;
  if (prev === ';') return true;
  const before = s.toks[start - 2]?.lower;
  return prev !== undefined && s.pat.clauseConjunctions.has(prev) && (before === ',' || before === ';');
}

/** An article before a source phrase that the phrase leaves out ("the Taliban"). */
const SOURCE_ARTICLES = new Set(['the', 'a', 'an']);

/** "Authorities claimed the attack was carried out by the ELN": the object of the match opens a clause, so it reports. */
export function opensClauseAfter(s: SentenceCtx, m: TrieMatch): boolean {
  const next = s.toks[m.lastToken + 1]?.lower ?? '';
  return s.pat.passiveAuxiliaries.has(next) || s.ctx.lexicons.auxiliaries.has(next) || MODALS.has(next);
}

/** An attribution at the end of its sentence ("..., officials said.") covers all of it. */
export function isPostposed(s: SentenceCtx, verbEnd: number): boolean {
  const toks = s.toks;
  // "after militants threatened to attack it": a threat's "to" takes the act threatened after it,
  // however short; the cue does not end the sentence (news51).
  if (toks[verbEnd].lower === 'to' && THREAT_VERBS.has(toks[verbEnd - 1]?.lower ?? '')) return false;
  // "…, the officer said, adding that …", "…, Dawn reported, citing hospital officials.": what
  // follows the participle is the same source speaking.
  if (toks[verbEnd + 1]?.lower === ',' && POSTPOSED_PARTICIPLES.has(toks[verbEnd + 2]?.lower ?? '')) return true;
  const listener = listenerLength(s, verbEnd);
  const rest = toks.slice(verbEnd + 1 + listener).filter((t) => /[\p{L}\p{N}]/u.test(t.lower));
  if (rest.length <= 2) return true;
  // "…, the TTP said in a statement.", "…, Mujahid told AFP on Wednesday.": a short phrase of
  // where or when the words were said still ends the sentence with its source; so does who made
  // up the audience ("…, told a gathering of tribal elders.").
  const opens = TRAILING_PHRASE_OPENERS.has(rest[0].lower) || (listener > 0 && rest[0].lower === 'of');
  return rest.length <= MAX_TRAILING_PHRASE && opens && !rest.some((t) => t.lower === 'that');
}

/** The verbs of the lexicon's "threatened to" cues (a prediction of the threatener's own act). */
const THREAT_VERBS = new Set(['threatened', 'threatens', 'threaten', 'threatening']);

/** Participles after a sentence-final source that go on with its words ("…, police said, adding that"). */
const POSTPOSED_PARTICIPLES = new Set(['adding', 'citing', 'quoting', 'saying', 'noting', 'stressing', 'insisting']);

/** "…, a shopkeeper told Dawn by telephone.", "…, the police chief told a news conference.": the outlet or audience someone spoke to, in tokens after "told"; 0 for none. */
function listenerLength(s: SentenceCtx, verbEnd: number): number {
  if (s.toks[verbEnd].lower !== 'told') return 0;
  // "…, residents told our reporter by telephone."
  const first = READER_DETERMINERS.has(s.toks[verbEnd + 1]?.lower ?? '') ? verbEnd + 2 : verbEnd + 1;
  for (let end = Math.min(s.toks.length - 1, first + 3); end >= first; end--) {
    const m = s.endingAt.get(end);
    if (m && m.firstToken === first && m.values.some((v) => v.entity === 'source:media')) return end - verbEnd;
  }
  // "told a joint news conference": one word may stand before the audience.
  for (const at of [first, first + 1]) {
    if (at > first && !/^\p{L}+$/u.test(s.toks[first]?.lower ?? '')) break;
    const audience = s.pat.audiences.find((p) => p.every((w, k) => s.toks[at + k]?.lower === w));
    if (audience) return at + audience.length - 1 - verbEnd;
  }
  return 0;
}

/** The longest phrase after a sentence-final reporting verb, in words ("in a post on X on Wednesday"). */
const MAX_TRAILING_PHRASE = 7;

const TRAILING_PHRASE_OPENERS = new Set(['in', 'on', 'at', 'by', 'during', 'after', 'late', 'earlier', 'later', 'yesterday', 'today', 'afp', 'reuters', 'reporters', 'journalists']);
