import type { Cue } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { phraseAt } from './tokens.ts';
import type { SentenceCtx } from './attribution-sentence.ts';
import { MODALS, PHRASE_CANNOT_END } from './attribution-words.ts';

// Readings of a reporting verb that change its certainty or its cue: a demand, a negated "rule
// out", a dismissal ("described … as propaganda"), an expectation with no source, a report inside
// another source's report, a denial contesting what came before.

/** The denial's source stands in an apposition or relative clause after a comma that takes what came before as its object. */
export function contestsWhatCameBefore(s: SentenceCtx, cue: Cue): boolean {
  const from = cue.sourceSpan?.start ?? cue.start;
  const sentence = s.doc.sentences[cue.sentence];
  return s.pat.contestsBefore.test(s.doc.text.slice(Math.max(sentence.start, from - 60), from));
}

/**
 * The contesting source speaks for itself only: its cue covers what follows it, the apposition
 * from its comma on, which src/extract/claims.ts splits off as the denier's claim; what came
 * before stays the accuser's (or no one's) claim.
 */
export function contestingDenial(cue: Cue): Cue {
  return { ...cue, scope: 'following', rule: `${cue.rule}${CONTESTS}` };
}

/** The rule mark of a denial contesting what came before in its sentence. */
export const CONTESTS = '+contests-what-came-before';

/**
 * Whether an attribution cue's source follows, with at most "that" and an article between, the
 * verb of a source already speaking in its sentence ("said the Taliban denied").
 */
export function reportedBy(s: SentenceCtx, cue: Cue, cues: readonly Cue[]): boolean {
  const from = cue.sourceSpan?.start ?? cue.start;
  for (let k = cues.length - 1; k >= s.sentenceFirstCue; k--) {
    const outer = cues[k];
    if (outer.sentence === cue.sentence && outer.attribution && outer.end <= from && /^\s+(?:that\s+)?(?:(?:the|an?)\s+)?$/i.test(s.doc.text.slice(outer.end, from))) return true;
  }
  return false;
}

const EXPECTATION_VERBS = new Set(['expect', 'expects', 'expected', 'predict', 'predicts', 'predicted', 'anticipate', 'anticipates', 'anticipated', 'foresee', 'foresees']);

/** How far "to" may follow an expectation's verb ("expected casualties in the east to rise"), in tokens. */
const MAX_EXPECTED_OBJECT = 5;

/**
 * "the mission expected casualties to rise": a verb of expectation whose subject is no source
 * still makes what follows a prediction, when it reports a clause ("that …", "… to rise"); a
 * certainty cue, not an attribution. Not when negated ("did not expect").
 */
export function expectationWithoutSource(s: SentenceCtx, m: TrieMatch, si: number): Cue | null {
  // Not "project", "promised", "pledged allegiance to": nouns, adjectives and acts as often.
  if (!EXPECTATION_VERBS.has(s.toks[m.firstToken].lower)) return null;
  // "is expected to", "expected to" are certainty.json's own cues.
  if (s.pat.passiveAuxiliaries.has(s.toks[m.firstToken - 1]?.lower ?? '') || s.toks[m.lastToken + 1]?.lower === 'to') return null;
  for (let k = m.firstToken - 1; k >= 0 && k >= m.firstToken - 2; k--) {
    const w = s.toks[k].lower;
    if (s.pat.negations.has(w) || w === "n't") return null;
  }
  let clause = s.toks[m.lastToken + 1]?.lower === 'that';
  for (let k = m.lastToken + 1; !clause && k < s.toks.length && k <= m.lastToken + MAX_EXPECTED_OBJECT; k++) {
    const w = s.toks[k].lower;
    // The words before "to" are its object, not another verb's ("predict ovulation may be used to").
    if (!/^[\p{L}\p{N}]/u.test(w) || MODALS.has(w) || s.pat.passiveAuxiliaries.has(w) || s.ctx.lexicons.auxiliaries.has(w)) break;
    clause = w === 'to' && /^\p{L}/u.test(s.toks[k + 1]?.lower ?? '');
  }
  return clause ? predictionCue(s, m, si, 'no-source') : null;
}

/** Verbs of claiming whose subject, named or not, vouches for nothing ("A video circulating online claims"). */
const CLAIM_VERBS = new Set(['claim', 'claims', 'claimed', 'allege', 'alleges', 'alleged']);

/** Words before a verb of claiming that make it no sentence's main verb ("who claimed", "and claimed", "to claim"). */
const NOT_CLAIMANT = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'to']);

/** Conjunctions of time or cause that open a clause with its own subject ("after a lobbyist claimed"). */
const SUBORDINATORS = new Set(['after', 'because', 'when', 'since', 'before', 'until', 'while', 'as', 'following', 'once']);

/** The most words of a claimant's phrase searched for such a conjunction. */
const MAX_CLAIMANT_WORDS = 4;

/** Pronouns that take a base-form verb. */
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);

/** Words that open the clause a claim reports ("claims that", "claimed they", "claims to show"). */
const CLAIMED_CLAUSE_OPENERS = new Set(['that', 'to', 'he', 'she', 'they', 'it', 'there']);

/**
 * "A video circulating on social media claims to show …", "Posts sharing it claimed that …": a
 * verb of claiming whose subject is no source still hedges what it reports, when it reports a
 * clause; a certainty cue, not an attribution. Not in a passive ("is claimed", certainty.json's)
 * nor negated ("did not claim").
 */
export function claimWithoutSource(s: SentenceCtx, m: TrieMatch, si: number): Cue | null {
  if (m.firstToken < 1 || m.firstToken !== m.lastToken || !CLAIM_VERBS.has(s.toks[m.firstToken].lower)) return null;
  const before = s.toks[m.firstToken - 1].lower;
  if (s.pat.passiveAuxiliaries.has(before) || !/^[\p{L}\p{N}]/u.test(before)) return null;
  // "their claim to the land" is a noun; "gathered to claim that", "the priest who claimed that",
  // "killing 35 and claimed to have" tell another's claim inside a clause of acts, which the
  // sentence's main verb asserts.
  if (PHRASE_CANNOT_END.has(before) || NOT_CLAIMANT.has(before)) return null;
  // "He claims that …": a person the text named before, whose claim the hedge model judges as it did.
  let subject = m.firstToken - 1;
  while (subject > 0 && s.ctx.lexicons.auxiliaries.has(s.toks[subject].lower)) subject--;
  if (s.toks[subject].lower === 'he' || s.toks[subject].lower === 'she') return null;
  // A base form takes a plural subject ("they claim", "critics allege"); "his disputed claim that" is a noun.
  const form = s.toks[m.firstToken].lower;
  if ((form === 'claim' || form === 'allege') && !PLURAL_PRONOUNS.has(before) && !/[^s]s$/.test(before)) return null;
  // "The demonstrations were carried out after a lobbyist claimed that …": a claim in a clause of
  // time or cause is why the main clause's act happened, which the sentence asserts.
  for (let k = m.firstToken - 1; k > 0 && k >= m.firstToken - MAX_CLAIMANT_WORDS; k--) if (SUBORDINATORS.has(s.toks[k].lower)) return null;
  for (let k = m.firstToken - 1; k >= 0 && k >= m.firstToken - 2; k--) {
    const w = s.toks[k].lower;
    if (s.pat.negations.has(w) || w === "n't") return null;
  }
  const next = s.toks[m.lastToken + 1]?.lower ?? '';
  if (!CLAIMED_CLAUSE_OPENERS.has(next)) return null;
  const after = s.toks[m.lastToken + 2];
  if (next === 'to' && (!after || !/^\p{Ll}/u.test(s.doc.text[after.start]) || PHRASE_CANNOT_END.has(after.lower))) return null;
  const start = s.toks[m.firstToken].start;
  const end = s.toks[m.lastToken].end;
  return { start, end, text: s.doc.text.slice(start, end), kind: 'hedge', sentence: si, rule: `attribution-verb:${m.values[0].alias}+no-source` };
}

/** A modal and its negation in one token ("cannot", "can't"). */
export const NEGATED_MODALS = new Set(['cannot', "can't", "couldn't", "won't", "wouldn't", "mustn't", "shouldn't"]);

/** "did not rule out", "has not ruled out", "cannot rule out": a negation within the two words before "rule(d) out". */
export function isNegatedRuleOut(s: SentenceCtx, first: number): boolean {
  if (!/^rul(?:e|es|ed|ing)$/.test(s.toks[first]?.lower ?? '') || s.toks[first + 1]?.lower !== 'out') return false;
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    const w = s.toks[k].lower;
    if (s.pat.negations.has(w) || w === "n't" || NEGATED_MODALS.has(w.replace('’', "'"))) return true;
  }
  return false;
}

/** The most tokens between a characterisation verb and its dismissive judgement ("described the group's casualty figures as 'pure propaganda'"). */
const MAX_CHARACTERISED = 12;

/** Words that may stand between "as" and the judgement: quotation marks, articles, intensifiers. */
const JUDGEMENT_MODIFIERS = new Set(['"', '“', '”', "'", '‘', '’', 'a', 'an', 'pure', 'mere', 'sheer', 'complete', 'completely', 'totally', 'utterly', 'entirely', 'absolutely', 'nothing', 'but', 'baseless', 'malicious', 'false']);

/**
 * "described the report as 'pure propaganda'", "termed the allegations baseless and
 * fabricated": a characterisation verb whose object a judgement of dismissiveCharacterisations
 * dismisses, within its clause ("describe" needs "as" before the judgement).
 */
export function dismissesObject(s: SentenceCtx, m: TrieMatch): boolean {
  const verb = s.toks[m.firstToken].lower;
  if (m.firstToken !== m.lastToken || !s.pat.characterisationVerbs.has(verb)) return false;
  const needsAs = verb.startsWith('describ');
  for (let k = m.lastToken + 1; k < s.toks.length && k <= m.lastToken + MAX_CHARACTERISED; k++) {
    const w = s.toks[k].lower;
    if (/^[,;.:!?]$/.test(w) || w === 'that') return false;
    if (needsAs && w !== 'as') continue;
    let j = needsAs ? k + 1 : k;
    for (;;) {
      if (phraseAt(s.toks, j, s.pat.dismissiveJudgements)) return true;
      if (!needsAs || !JUDGEMENT_MODIFIERS.has(s.toks[j]?.lower ?? '') || j > k + 4) break;
      j++;
    }
    if (needsAs) return false;
  }
  return false;
}

/**
 * "expected the interim Afghan government to act", "expects Pakistan to do more": an expectation
 * verb, its object and "to" before one of demandsAfterExpect is a demand made of that object.
 */
export function isDemand(s: SentenceCtx, m: TrieMatch): boolean {
  if (!EXPECTATION_VERBS.has(s.toks[m.firstToken].lower) || s.toks[m.lastToken + 1]?.lower === 'to') return false;
  for (let k = m.lastToken + 2; k < s.toks.length && k <= m.lastToken + 1 + MAX_EXPECTED_OBJECT; k++) {
    if (s.toks[k].lower !== 'to') continue;
    return phraseAt(s.toks, k + 1, s.pat.demandsAfterExpect);
  }
  return false;
}

/** A prediction cue on an expectation verb, a certainty cue with no source of its own. */
export function predictionCue(s: SentenceCtx, m: TrieMatch, si: number, why: string): Cue {
  const start = s.toks[m.firstToken].start;
  const end = s.toks[m.lastToken].end;
  return { start, end, text: s.doc.text.slice(start, end), kind: 'prediction', sentence: si, rule: `attribution-verb:${m.values[0].alias}+${why}` };
}
