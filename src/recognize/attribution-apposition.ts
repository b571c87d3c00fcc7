import type { AttributionKind } from '../model/types.ts';
import { speechWords } from './speech-words.ts';
import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { MAX_PARENTHETICAL } from './attribution-sentence.ts';
import { ARTICLES, NAME_JOINERS, nameRunStart, isCapitalisedWord } from './attribution-words.ts';
import { GROUP_NOUNS } from './attribution-anaphora.ts';
import { actorSourceKind } from './attribution-kinds.ts';
import { OFFICE_PREPOSITIONS } from './attribution-bodies.ts';

// What stands between a source and its verb in commas or brackets: a parenthetical, an
// apposition that names or describes the source ("The interior minister, Mohsin Naqvi, said"),
// a bracketed gloss ("(BLA)").

/** The longest bracketed gloss after a name ("(BLA)", "(TTP-JA)"), in tokens between the brackets. */
const MAX_GLOSS = 4;

/**
 * "The Balochistan Liberation Army (BLA) claimed": the token before a bracketed acronym or short
 * gloss that ends at `j`, so the name before it is the source; `j` itself otherwise, and when a
 * known name ends with the bracket.
 */
export function beforeGloss(s: SentenceCtx, j: number): number {
  if (j < 2 || s.toks[j].lower !== ')') return j;
  // A name whose gazetteer alias holds its brackets ("Ansar al-Islam (Burkina Faso)") is whole.
  if (s.actorEnds.has(s.toks[j].end) || s.placeEnds.has(s.toks[j].end)) return j;
  for (let k = j - 1; k >= 1 && j - k <= MAX_GLOSS + 1; k--) {
    const w = s.toks[k].lower;
    if (w === '(') return k < j - 1 ? k - 1 : j;
    if (!/^[\p{L}\p{N}'-]+$/u.test(w)) return j;
  }
  return j;
}

/** A parenthetical between a source and its verb: where it opens, and what it is when an apposition. */
interface Parenthetical {
  /** Index of the comma that opens it. */
  open: number;
  /** A name ("…, Mohsin Naqvi, told"). */
  name: boolean;
  /** A description by a source noun ("…, an Islamabad-based think tank, said"), or null. */
  described: SourcePhrase | null;
  /** A body's name after "the" (", the Inter-Services Public Relations (ISPR), said"). */
  body: boolean;
  /** Whatever a person's name opening the sentence is described as ("Malik Shah Wali, a member of the jirga,"). */
  person: boolean;
}

/**
 * The parenthetical that the comma at `close` ends, or null; each apposition test runs once
 * (session 12 ran them here and again in sourceBefore).
 */
export function parentheticalBefore(s: SentenceCtx, close: number): Parenthetical | null {
  for (let k = close - 1; k > 0 && close - k <= MAX_PARENTHETICAL; k--) {
    if (s.toks[k].lower !== ',') continue;
    const name = isAppositiveName(s, k + 1, close - 1);
    const described = describingSource(s, k + 1, close - 1);
    const body = !name && !described && isAppositiveBody(s, k + 1, close - 1);
    const person = !name && !described && !body && describesPersonNamed(s, k, close - 1);
    // "Police, acting on a tip-off, said": any participle opens one too.
    const w = s.toks[k + 1]?.lower ?? '';
    const opener = s.pat.parentheticalOpeners.has(w) || (w.length > 5 && /ing$/.test(w) && /^\p{Ll}/u.test(s.doc.text[s.toks[k + 1].start])) || isDiscourseAdverb(s, k + 1, close - 1);
    return opener || name || described || body || person ? { open: k, name, described, body, person } : null;
  }
  return null;
}

/** Adverbs that, alone in commas, link a sentence to what came before ("The minister, however, said"). */
const DISCOURSE_ADVERBS = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'nevertheless', 'nonetheless', 'instead', 'separately', 'moreover', 'furthermore', 'likewise', 'similarly', 'later', 'earlier', 'then', 'again', 'therefore', 'thus']);

/** Possessives in "for its part", "for his part". */
const PART_OWNERS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

/**
 * ", however,", ", meanwhile,", ", for its part,": a linking adverb filling the parenthetical
 * (tokens from..to) between a source and its verb (news43: "A Pakistani security official,
 * however, insisted" had no source).
 */
function isDiscourseAdverb(s: SentenceCtx, from: number, to: number): boolean {
  if (from === to) return DISCOURSE_ADVERBS.has(s.toks[from].lower);
  return to === from + 2 && s.toks[from].lower === 'for' && PART_OWNERS.has(s.toks[from + 1].lower) && s.toks[to].lower === 'part';
}

/**
 * ", an Islamabad-based think tank,": an apposition that says what the name before it is, by a
 * source noun at its end; that noun gives the kind.
 */
function describingSource(s: SentenceCtx, from: number, to: number): SourcePhrase | null {
  if (to <= from) return null;
  if (ARTICLES.has(s.toks[from].lower)) {
    const noun = s.endingAt.get(to)?.values.find((v) => v.entity.startsWith('source:'));
    if (noun) return { start: from, end: to, kind: noun.entity.slice(7) as AttributionKind, rule: `source-lexicon:${noun.alias}` };
    // "The Tehreek-e-Jihad Pakistan, a little-known group, has claimed": a group names itself.
    if (GROUP_NOUNS.has(s.toks[to].lower) && to - from <= MAX_DESCRIBED_OFFICE) return { start: from, end: to, kind: 'named', rule: `source-group:${s.toks[to].lower}` };
  } else if (!/^\p{Ll}/u.test(s.doc.text[s.toks[from].start])) return null;
  // ", the chief spokesman of the Islamic Emirate,", ", the head of UNAMA,": an office and whose it
  // is; the wire's ", spokesman for the provincial police," has no article.
  for (let k = from + 1; k < to && k - from <= MAX_DESCRIBED_OFFICE; k++) {
    if (!OFFICE_PREPOSITIONS.has(s.toks[k].lower)) continue;
    const office = s.toks[k - 1].lower;
    const lexical = s.endingAt.get(k - 1)?.values.find((v) => v.entity.startsWith('source:'));
    if (lexical) return { start: from, end: to, kind: lexical.entity.slice(7) as AttributionKind, rule: `source-lexicon:${lexical.alias}+of` };
    if (speechWords().personTitles.has(office)) return { start: from, end: to, kind: 'official', rule: `source-office:${office}+of` };
    return null;
  }
  return null;
}

/** The most words of an apposition describing a person, its article left out ("a member of the district jirga"). */
const MAX_PERSON_DESCRIPTION = 6;

/**
 * "Malik Shah Wali, a member of the jirga, told", "Shah Wali, a tribal elder, said": a person's
 * name opening the sentence (two to four capitalised words), then an apposition opened by "a" /
 * "an" and a word in lower case, filling tokens from `open` + 1 to `to`. What the person is
 * described as need be no source noun: the name is the source (news47).
 */
function describesPersonNamed(s: SentenceCtx, open: number, to: number): boolean {
  const from = open + 1;
  if (!['a', 'an'].includes(s.toks[from].lower) || to <= from || to - from > MAX_PERSON_DESCRIPTION) return false;
  if (!/^\p{Ll}/u.test(s.doc.text[s.toks[from + 1].start])) return false;
  return organisationNameStart(s, open - 1) === 0 && isAppositiveName(s, 0, open - 1);
}

/** The furthest an office word stands from the apposition's article, in tokens ("the chief spokesman"). */
const MAX_DESCRIBED_OFFICE = 4;

/** Where the capitalised name ending at `end` starts, when it opens the sentence; else null. */
export function organisationNameStart(s: SentenceCtx, end: number): number | null {
  if (nameRunStart(s, end) > 0 || !/^\p{Lu}/u.test(s.doc.text[s.toks[end].start])) return null;
  return 0;
}

/** "The interior minister, Mohsin Naqvi, told …": two to four capitalised words, a person's name. */
export function isAppositiveName(s: SentenceCtx, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k <= to; k++) if (!isCapitalisedWord(s, k)) return false;
  return true;
}

/** The most words of a body's name in apposition, its article and bracketed gloss left out. */
const MAX_BODY_NAME = 6;

/**
 * ", the Inter-Services Public Relations (ISPR),", ", the Islamic Emirate,": "the" and a
 * capitalised name (its joining words in lower case), with a bracketed gloss or none, filling the
 * apposition from `from` to `to`: the name of the body a source noun before it speaks for.
 */
export function isAppositiveBody(s: SentenceCtx, from: number, to: number): boolean {
  if (s.toks[from].lower !== 'the' || to <= from) return false;
  const end = beforeGloss(s, to);
  if (end <= from || end - from > MAX_BODY_NAME) return false;
  const capitalised = (k: number) => /^\p{Lu}/u.test(s.doc.text.slice(s.toks[k].start, s.toks[k].end));
  if (!capitalised(from + 1) || !capitalised(end)) return false;
  for (let k = from + 1; k <= end; k++) if (!capitalised(k) && !NAME_JOINERS.has(s.toks[k].lower)) return false;
  return true;
}

/** The words that open a naming apposition (", known as the Islamic State in Khorasan Province,"). */
const NAMING_OPENERS = new Set(['known as', 'also known as', 'called', 'calling itself', 'named']);

/**
 * "The Islamic State group's affiliate in the region, known as the Islamic State in Khorasan
 * Province, claimed …": a subject opening the sentence and named in an apposition after it by a
 * known actor is that actor speaking; the source runs from the sentence's start to the name's
 * end (session 19, news41). `close` is the comma before the verb. Null when the apposition is no
 * naming of an actor, or the subject before it has a comma of its own.
 */
export function namedInApposition(s: SentenceCtx, close: number): SourcePhrase | null {
  const name = s.actorEnds.get(s.toks[close - 1]?.end ?? -1);
  if (!name || close < 4) return null;
  for (let k = close - 2; k > 0 && close - k <= MAX_PARENTHETICAL; k--) {
    if (s.toks[k].lower !== ',') continue;
    let n = k + 1;
    let opener = '';
    for (const words of [3, 2, 1]) {
      const phrase = s.toks.slice(k + 1, k + 1 + words).map((t) => t.lower).join(' ');
      if (NAMING_OPENERS.has(phrase)) { opener = phrase; n = k + 1 + words; break; }
    }
    if (!opener) return null;
    if (ARTICLES.has(s.toks[n]?.lower ?? '')) n++;
    // The name fills the rest of the apposition, and the subject before it has no comma.
    if (n >= close || s.toks[n].start !== name.start) return null;
    for (let i = 0; i < k; i++) if (s.toks[i].lower === ',') return null;
    return { start: 0, end: close - 1, kind: actorSourceKind(s, name.entity), rule: `source-actor:${name.entity}+named-in-apposition`, actor: name.entity };
  }
  return null;
}

/**
 * "Jamaat-ul-Ahrar, a TTP splinter group, claimed": the known actor whose name is the whole
 * subject before a describing apposition (tokens from..to), or undefined.
 */
export function actorNamed(s: SentenceCtx, from: number, to: number): string | undefined {
  const m = s.actorEnds.get(s.toks[to].end);
  if (!m) return undefined;
  const first = s.toks[from];
  // "The Tehreek-e-Jihad Pakistan": an article before the name is part of the subject.
  const start = ARTICLES.has(first.lower) && from < to ? s.toks[from + 1].start : first.start;
  return m.start <= start ? m.entity : undefined;
}
