import type { AttributionKind, Certainty, Cue, Doc, EntityMention, PlaceEntry, Token } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { TokenTrie } from '../gazetteer/trie.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { phraseAt, sentenceTokenRanges } from './tokens.ts';
import { escapeRegExp, longestFirst } from './regex.ts';
import { speechWords } from './speech-words.ts';
import { datelineLength } from './dateline.ts';

// Attribution cues: a source phrase beside a reporting verb ("Security analysts note",
// "officials said", "said police") or after "according to". The source decides the kind:
// lexicon nouns (sources, officials, analysts, reports), a state actor (official), another
// named organisation, or a person's name (named). A group claiming responsibility for an act
// ("The TTP claimed responsibility") is a self-attribution.

/** Offices named by the district they serve ("DPO Lakki Marwat", "Commissioner Kohat"). */
const DISTRICT_OFFICES = new Set(['dpo', 'dco', 'sho', 'ssp', 'dig', 'igp', 'commissioner']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * The parts of data/lexicons/attribution.json that shape phrases rather than name sources,
 * compiled here beside their one user (ctx.lexicons holds the source and verb tries).
 */
interface AttributionPatternFile {
  passiveAuxiliaries: string[];
  parentheticalOpeners: string[];
  anonymityPhrases: string[];
  clauseConjunctions: string[];
  responsibilityClaims: string[];
  negations: string[];
  organisationHeads: string[];
  /** Actor id → full names of the spokespeople who speak for it. */
  spokespeople: Record<string, string[]>;
  contestedObjects: string[];
  demandsAfterExpect: string[];
  dismissiveCharacterisations: { verbs: string[]; judgements: string[] };
}

interface AttributionPatterns {
  passiveAuxiliaries: ReadonlySet<string>;
  parentheticalOpeners: ReadonlySet<string>;
  /** Token sequences, lower-cased. */
  anonymityPhrases: string[][];
  clauseConjunctions: ReadonlySet<string>;
  responsibilityClaims: TokenTrie;
  /**
   * The objects of responsibilityClaims without their first letter ("esponsibility", "redit"),
   * so a plain indexOf finds "responsibility" and "Responsibility" alike: most sentences hold
   * none and skip the trie.
   */
  claimObjectNeedles: string[];
  negations: ReadonlySet<string>;
  organisationHeads: ReadonlySet<string>;
  /** Surnames (lower-cased) of well-known spokespeople, named even when no full name came before. */
  spokespeopleSurnames: ReadonlySet<string>;
  /** A spokesperson's full name or surname (lower-cased) → the actor id it speaks for; null for a surname two groups share. */
  spokespersonActors: ReadonlyMap<string, string | null>;
  /** ", a charge the government denies", ", which the army rejected": a denial of what came before. */
  contestsBefore: RegExp;
  /** What a source expects someone to do when it demands rather than foresees ("expected the government to act"), as token sequences. */
  demandsAfterExpect: string[][];
  /** "described … as", "termed …": verbs whose object a judgement may dismiss. */
  characterisationVerbs: ReadonlySet<string>;
  /** "propaganda", "baseless", "a pack of lies": judgements that dismiss what they describe, as token sequences. */
  dismissiveJudgements: string[][];
}

let patterns: AttributionPatterns | null = null;

function loadPatterns(): AttributionPatterns {
  if (patterns) return patterns;
  const file = readDataJson<AttributionPatternFile>('lexicons/attribution.json');
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const responsibilityClaims = new TokenTrie();
  for (const p of file.responsibilityClaims) responsibilityClaims.add(p, 'claim-of-responsibility');
  const objects = new Set([...file.responsibilityClaims.map((p) => p.split(/\s+/).pop()!.toLowerCase()), ...CLAIMED_ATTACKS]);
  patterns = {
    passiveAuxiliaries: lower(file.passiveAuxiliaries),
    parentheticalOpeners: lower(file.parentheticalOpeners),
    anonymityPhrases: file.anonymityPhrases.map((p) => p.toLowerCase().split(/\s+/)),
    clauseConjunctions: lower(file.clauseConjunctions),
    responsibilityClaims,
    claimObjectNeedles: [...objects].map((w) => w.slice(1)),
    negations: lower(file.negations),
    organisationHeads: lower(file.organisationHeads),
    spokespeopleSurnames: new Set(Object.values(file.spokespeople).flat().map((n) => surnameOf(n))),
    spokespersonActors: spokespersonActorsOf(file.spokespeople),
    demandsAfterExpect: file.demandsAfterExpect.map((p) => p.toLowerCase().split(/\s+/)),
    characterisationVerbs: lower(file.dismissiveCharacterisations.verbs),
    dismissiveJudgements: file.dismissiveCharacterisations.judgements.map((p) => p.toLowerCase().split(/\s+/)),
    contestsBefore: new RegExp(`,\\s*(?:which\\s+|(?:(?:a|an|the|an?\\s+\\S+)\\s+)?(?:${longestFirst(file.contestedObjects)})\\s+(?:that\\s+|which\\s+)?)$`, 'i'),
  };
  return patterns;
}

function surnameOf(name: string): string {
  return name.split(/\s+/).pop()!.toLowerCase();
}

function spokespersonActorsOf(byActor: Record<string, string[]>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [actor, names] of Object.entries(byActor)) {
    for (const name of names) {
      out.set(name.toLowerCase(), actor);
      const surname = surnameOf(name);
      out.set(surname, out.has(surname) && out.get(surname) !== actor ? null : actor);
    }
  }
  return out;
}

function offsetsOf(text: string, needles: readonly string[]): number[] {
  const out: number[] = [];
  for (const n of needles) for (let i = text.indexOf(n); i !== -1; i = text.indexOf(n, i + n.length)) out.push(i);
  return out;
}

/** Longest parenthetical between a source and its verb, in tokens. */
const MAX_PARENTHETICAL = 25;

interface SourcePhrase {
  start: number; // token index (inclusive)
  end: number; // token index (inclusive)
  kind: AttributionKind;
  rule: string;
  actor?: string;
  /** The source's text when it is not the words at start..end: a pronoun shows its antecedent's. */
  text?: string;
}

export function recognizeAttribution(doc: Doc, ctx: Context): Cue[] {
  const cues: Cue[] = [];
  const ranges = sentenceTokenRanges(doc);
  const actorEnds = indexByEnd(doc.actorMentions);
  const placeEnds = indexByEnd(doc.placeMentions);
  const actorStarts = indexByStart(doc.actorMentions);
  const pat = loadPatterns();
  const claimObjects = offsetsOf(doc.text, pat.claimObjectNeedles);

  doc.sentences.forEach((sentence, si) => {
    if (sentence.heading) return;
    const [first, last] = ranges[si];
    const all = doc.tokens.slice(first, last);
    // "KABUL, Nov 26 — The Taliban denied …": the dateline is no part of the sentence's clause,
    // nor a live blog's time stamp ("10:42 PKT - The ISPR says …") or an interview's "Q:" / "A:".
    const toks = all.slice(leadLength(doc, all));
    if (toks.length === 0) return;
    const answer = answerCue(doc, all, si);
    if (answer) cues.push(answer);
    const matches = ctx.lexicons.attribution.match(doc.text, toks);
    const endingAt = new Map<number, TrieMatch>();
    for (const m of matches) endingAt.set(m.lastToken, m);

    const ctxS: SentenceCtx = { doc, ctx, pat, toks, endingAt, actorEnds, placeEnds, actorStarts, si, cues, sentenceFirstCue: cues.length };
    const mayClaim = claimObjects.some((at) => at >= sentence.start && at < sentence.end);
    const claimed = mayClaim ? withModifiedClaims(ctxS, pat.responsibilityClaims.match(doc.text, toks)).filter((m) => !opensClauseAfter(ctxS, m)) : [];
    for (const m of claimed) {
      const cue = responsibilityClaim(ctxS, m, si);
      if (cue) cues.push(cue);
    }
    for (const m of matches) {
      // "claimed" in "claimed responsibility" is an act, not a hedging report.
      if (claimed.some((c) => c.firstToken <= m.firstToken && m.firstToken <= c.lastToken)) continue;
      const verb = m.values.find((v) => v.entity.startsWith('verb:'));
      if (verb && !isReportingVerb(ctxS, m)) continue;
      // "Local television channels are reporting that …"; a bare "reporting" is a participle ("held a protest … reporting irregularities").
      if (verb && ctxS.toks[m.firstToken].lower === 'reporting' && !pat.passiveAuxiliaries.has(ctxS.toks[m.firstToken - 1]?.lower ?? '')) continue;
      // "pledged allegiance to the Islamic State" is an act done, not a promise.
      if (verb && ALLEGIANCE.has(ctxS.toks[m.lastToken + 1]?.lower ?? '')) continue;
      // "a civilian accused of adultery": the accused, not the accuser (an accusation names its object first).
      if (verb && ctxS.toks[m.firstToken].lower.startsWith('accuse') && ctxS.toks[m.lastToken + 1]?.lower === 'of') continue;
      if (verb) {
        // "Pakistan expected the interim Afghan government to act": a demand, no prediction of anyone's.
        const demand = verb.entity === 'verb:predicted' && isDemand(ctxS, m);
        // "The minister did not rule out an operation": what is not ruled out is possible, and the minister says so.
        const notRuledOut = verb.entity === 'verb:denied' && isNegatedRuleOut(ctxS, m.firstToken);
        // "described the report as 'pure propaganda'", "termed the allegations baseless": a denial.
        const dismissed = verb.entity === 'verb:asserted' && dismissesObject(ctxS, m);
        const certainty = demand ? 'asserted' : notRuledOut ? 'speculative' : dismissed ? 'denied' : (verb.entity.slice(5) as Certainty);
        let cue =
          sourceBeforeVerb(ctxS, m, certainty, si) ?? sourceAfterVerb(ctxS, m, certainty, si) ?? (certainty === 'predicted' ? expectationWithoutSource(ctxS, m, si) : null);
        // "A UN official said the mission expected casualties to rise": an expectation reported
        // by a source that speaks right before it is part of what that source says: it makes
        // the report a prediction, and splits off no claim of its own.
        if (cue?.attribution && certainty === 'predicted' && reportedBy(ctxS, cue, cues)) cue = predictionCue(ctxS, m, si, 'reported-by-source');
        // "Officials said the Taliban denied any role": the outer source reports the inner
        // one's denial (or claim, or account). The claim stays the outer source's, and takes
        // the inner verb's certainty; wherever the inner source stands, it opens no claim.
        else if (cue?.attribution && cue.scope === 'following' && reportedBy(ctxS, cue, cues)) cue = { ...cue, scope: 'sentence', rule: `${cue.rule}+reported-by-source` };
        // "He accused the army of killing civilians, a charge the government denies": the
        // denier contests the claim before it and is not its source. The cue stays, a denial.
        if (cue?.attribution && certainty === 'denied' && contestsWhatCameBefore(ctxS, cue)) cue = contestingDenial(cue);
        if (cue && demand) cue = { ...cue, rule: `${cue.rule}+demand` };
        if (cue && dismissed) cue = { ...cue, rule: `${cue.rule}+dismissed-as` };
        // "Bugti condemned the attack and vowed …": the longer cue of the same source replaces the condemnation.
        if (cue?.attribution && cues.length > ctxS.sentenceFirstCue && cues[cues.length - 1].start === cue.start && cues[cues.length - 1].attribution) cues.pop();
        if (cue) cues.push(cue);
      } else if (m.values.some((v) => v.entity === 'according')) {
        const src = sourceAt(ctxS, m.lastToken + 1);
        if (src) {
          cues.push(
            makeCue(doc, toks, m.firstToken, src.end, src, 'asserted', 'sentence', si, `attribution:according-to+${src.rule}`),
          );
        }
      }
    }
    cues.push(...headlineSources(ctxS, si));
  });
  return cues;
}

/** The fewest tokens of a headline before the colon that gives its source. */
const MIN_HEADLINE = 3;
/** Rule of a source ending a headline after a colon; the claims stage splits headlines at ";" by it. */
export const HEADLINE_SOURCE_RULE = 'attribution:headline-source';

/**
 * "Five soldiers killed in North Waziristan: officials", "Blast kills 3 in Quetta: police": a
 * headline that ends with its source after a colon is that source's, of the kind the lexicon
 * gives it. A headline has no full stop, and several may stand in one line joined by ";": the
 * source must end its headline (the sentence, or the ";" after it), must not open with an
 * article ("… by one group: the TTP." is an apposition), and the headline must have no source of
 * its own. The cue is the colon and the source, scope 'following': it heads its headline.
 */
function headlineSources(s: SentenceCtx, si: number): Cue[] {
  const out: Cue[] = [];
  const { toks } = s;
  let segStart = 0;
  for (let k = 0; k <= toks.length; k++) {
    if (k < toks.length && toks[k].lower !== ';') continue;
    const cue = headlineSource(s, segStart, k, si);
    if (cue) out.push(cue);
    segStart = k + 1;
  }
  return out;
}

function headlineSource(s: SentenceCtx, from: number, to: number, si: number): Cue | null {
  const { toks, doc } = s;
  // A full stop ending the sentence is prose, no headline; one before a ";" ("… in Kashmir.;Three
  // killed …") is left out.
  const stop = to - 1 > from && /^[.!?]$/.test(toks[to - 1].lower);
  if (stop && to === toks.length) return null;
  const end = stop ? to - 1 : to;
  let colon = -1;
  for (let k = end - 2; k >= from + MIN_HEADLINE; k--) {
    // "… shot dead -police", "… church blast - report": a wire's dash after a space does the same.
    if (toks[k].lower === ':' || (/^[-–—]$/.test(toks[k].lower) && doc.text[toks[k].start - 1] === ' ')) {
      colon = k;
      break;
    }
  }
  if (colon < 0 || colon + 1 >= end) return null;
  // "Hlatsit Pyaukkyar: Lighting Guerrilla Force, …: Falcon Group": a list of names and glosses.
  for (let k = from; k < colon; k++) if (toks[k].lower === ':' || toks[k].lower === toks[colon].lower) return null;
  if (ARTICLES.has(toks[colon + 1].lower)) return null;
  const lo = toks[from].start;
  const hi = toks[end - 1].end;
  if (s.cues.slice(s.sentenceFirstCue).some((c) => c.kind === 'attribution' && c.start < hi && c.end > lo)) return null;
  const src = sourceAt(s, colon + 1);
  // A source noun, a country or an organisation's office: not a bare name, which may be a gloss.
  if (!src || src.end !== end - 1 || src.kind === 'self' || /^(?:person-name|source-group)/.test(src.rule)) return null;
  return makeCue(doc, toks, colon, src.end, src, 'asserted', 'following', si, `${HEADLINE_SOURCE_RULE}+${src.rule}`);
}

/**
 * How many tokens open the sentence before its clause: a dateline, a live blog's time stamp
 * ("09:40 PKT -", "10:42 am:") and an interview's speaker mark ("Q:", "A:").
 */
function leadLength(doc: Doc, toks: readonly Token[]): number {
  const n = datelineLength(doc, toks);
  if (n > 0) return n;
  if (isSpeakerMark(doc, toks)) return 2;
  if (toks.length < 5 || !/^\d{1,2}$/.test(toks[0].lower) || !/^[:.]$/.test(toks[1].lower) || !/^\d{2}$/.test(toks[2].lower)) return 0;
  let k = 3;
  if (CLOCK_WORDS.has(toks[k].lower)) k++;
  // A time zone in capitals ("PKT", "GMT").
  if (k < toks.length && /^\p{Lu}{2,5}$/u.test(doc.text.slice(toks[k].start, toks[k].end))) k++;
  return k + 1 < toks.length && /^[-–—:]$/.test(toks[k].lower) ? k + 1 : 0;
}

const CLOCK_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'hrs', 'h']);

/** "Q: …" / "A: …": an interview's question or answer mark opening the sentence. */
function isSpeakerMark(doc: Doc, toks: readonly Token[]): boolean {
  return toks.length > 2 && toks[1].lower === ':' && /^[QA]$/.test(doc.text.slice(toks[0].start, toks[0].end));
}

/** The most capitalised words of an interviewee's name and office after "interview with" ("KP Home Minister Arshad Khattak"). */
const MAX_INTERVIEWEE = 7;

/**
 * "A: We have lost 143 policemen since January.": in an interview set out as questions and
 * answers, the answer is the interviewee's, named after "interview with" in the headline or the
 * text; a named source with the "A:" as its cue. Null when the text names no interviewee.
 */
function answerCue(doc: Doc, toks: readonly Token[], si: number): Cue | null {
  if (!isSpeakerMark(doc, toks) || doc.text[toks[0].start] !== 'A') return null;
  const who = interviewee(doc);
  if (!who) return null;
  const start = toks[0].start;
  const end = toks[1].end;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    kind: 'attribution',
    attribution: 'named',
    source: doc.text.slice(who.start, who.end),
    sourceSpan: who,
    certainty: 'asserted',
    scope: 'sentence',
    sentence: si,
    rule: `attribution:interview-answer+interviewee:${who.start}-${who.end}`,
  };
}

const interviewees = new WeakMap<Doc, { start: number; end: number } | null>();

/** The words after the first "interview with" of the text that are capitalised, a name with its office. */
function interviewee(doc: Doc): { start: number; end: number } | null {
  if (interviewees.has(doc)) return interviewees.get(doc)!;
  let found: { start: number; end: number } | null = null;
  const m = /\binterview(?:ed)?\s+with\s+/i.exec(doc.text);
  if (m) {
    const start = m.index + m[0].length;
    const line = /^[^\n]*/.exec(doc.text.slice(start))![0];
    let end = start;
    let count = 0;
    for (const w of line.matchAll(/\S+/g)) {
      const word = w[0].replace(/[,.;:!?]+$/, '');
      if (!/^\p{Lu}/u.test(word) && !NAME_JOINERS.has(word)) break;
      if (++count > MAX_INTERVIEWEE) break;
      if (/^\p{Lu}/u.test(word)) end = start + w.index! + word.length;
      if (word !== w[0]) break;
    }
    if (count >= 2 && end > start) found = { start, end };
  }
  interviewees.set(doc, found);
  return found;
}

/** The denial's source stands in an apposition or relative clause after a comma that takes what came before as its object. */
function contestsWhatCameBefore(s: SentenceCtx, cue: Cue): boolean {
  const from = cue.sourceSpan?.start ?? cue.start;
  const sentence = s.doc.sentences[cue.sentence];
  return s.pat.contestsBefore.test(s.doc.text.slice(Math.max(sentence.start, from - 60), from));
}

function contestingDenial(cue: Cue): Cue {
  const { attribution: _a, scope: _s, certainty: _c, ...rest } = cue;
  return { ...rest, kind: 'denial', rule: `${cue.rule}+contests-what-came-before` };
}

/**
 * Whether an attribution cue's source follows, with at most "that" and an article between, the
 * verb of a source already speaking in its sentence ("said the Taliban denied").
 */
function reportedBy(s: SentenceCtx, cue: Cue, cues: readonly Cue[]): boolean {
  const from = cue.sourceSpan?.start ?? cue.start;
  for (let k = cues.length - 1; k >= s.sentenceFirstCue; k--) {
    const outer = cues[k];
    if (outer.sentence === cue.sentence && outer.attribution && outer.end <= from && /^\s+(?:that\s+)?(?:(?:the|an?)\s+)?$/i.test(s.doc.text.slice(outer.end, from))) return true;
  }
  return false;
}

/** Participles that carry on the subject's speech after a comma ("…, saying …", "…, telling the house that …"). */
const SPEECH_PARTICIPLES = new Set(['saying', 'telling', 'adding']);

/** Objects that make a pledge an act of loyalty rather than a promise ("pledged allegiance"). */
const ALLEGIANCE = new Set(['allegiance', 'loyalty', 'fealty', 'bayah', "bay'ah"]);

const MODALS = new Set(['may', 'might', 'could', 'can', 'will', 'would', 'shall', 'should', 'must']);
const EXPECTATION_VERBS = new Set(['expect', 'expects', 'expected', 'predict', 'predicts', 'predicted', 'anticipate', 'anticipates', 'anticipated', 'foresee', 'foresees']);

/** How far "to" may follow an expectation's verb ("expected casualties in the east to rise"), in tokens. */
const MAX_EXPECTED_OBJECT = 5;

/**
 * "the mission expected casualties to rise": a verb of expectation whose subject is no source
 * still makes what follows a prediction, when it reports a clause ("that …", "… to rise"); a
 * certainty cue, not an attribution. Not when negated ("did not expect").
 */
function expectationWithoutSource(s: SentenceCtx, m: TrieMatch, si: number): Cue | null {
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

/** A modal and its negation in one token ("cannot", "can't"). */
const NEGATED_MODALS = new Set(['cannot', "can't", "couldn't", "won't", "wouldn't", "mustn't", "shouldn't"]);

/** "did not rule out", "has not ruled out", "cannot rule out": a negation within the two words before "rule(d) out". */
function isNegatedRuleOut(s: SentenceCtx, first: number): boolean {
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
function dismissesObject(s: SentenceCtx, m: TrieMatch): boolean {
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
function isDemand(s: SentenceCtx, m: TrieMatch): boolean {
  if (!EXPECTATION_VERBS.has(s.toks[m.firstToken].lower) || s.toks[m.lastToken + 1]?.lower === 'to') return false;
  for (let k = m.lastToken + 2; k < s.toks.length && k <= m.lastToken + 1 + MAX_EXPECTED_OBJECT; k++) {
    if (s.toks[k].lower !== 'to') continue;
    return phraseAt(s.toks, k + 1, s.pat.demandsAfterExpect);
  }
  return false;
}

/** A prediction cue on an expectation verb, a certainty cue with no source of its own. */
function predictionCue(s: SentenceCtx, m: TrieMatch, si: number, why: string): Cue {
  const start = s.toks[m.firstToken].start;
  const end = s.toks[m.lastToken].end;
  return { start, end, text: s.doc.text.slice(start, end), kind: 'prediction', sentence: si, rule: `attribution-verb:${m.values[0].alias}+${why}` };
}

/**
 * Whether a verb-lexicon match is the verb and not a word of a name or a unit: capitalised after
 * the sentence's first word it is part of a name ("the State Temporary Teacher Forum", "Daily
 * Report"); "state" is a verb only before "that" or punctuation.
 */
function isReportingVerb(s: SentenceCtx, m: TrieMatch): boolean {
  const t = s.toks[m.firstToken];
  if (m.firstToken > 0 && /^\p{Lu}/u.test(s.doc.text[t.start])) return false;
  // "it had added a warning label": adding a thing, not a word.
  if (ADDING.has(t.lower) && SINGULAR_INDEFINITE.has(s.toks[m.lastToken + 1]?.lower ?? '')) return false;
  // "Pakistan Taleban commander reported killed": a headline's passive (the commander was
  // reported killed), no one speaking; the report is the tag after it ("- paper") or none.
  // The fate ends its clause or a phrase follows; "confirmed killed militants were Afghans" is active.
  if (REPORTED_PASSIVES.has(t.lower) && FATES.has(s.toks[m.lastToken + 1]?.lower ?? '') && AFTER_FATE.has(s.toks[m.lastToken + 2]?.lower ?? '')) return false;
  if (t.lower === 'state' || t.lower === 'states') {
    // As a reporting verb it is followed by "that" or ends the clause ("as officials state,");
    // otherwise it is the adjective or the unit ("a state school", "in Kayah state").
    if (m.firstToken > 0 && s.placeEnds.has(s.toks[m.firstToken - 1].end)) return false;
    const next = s.toks[m.lastToken + 1]?.lower;
    return next === undefined || next === 'that' || !/^[\p{L}\p{N}]/u.test(next);
  }
  return true;
}

/** A reporting verb's past participles that open a headline's passive before a fate ("reported killed"). */
const REPORTED_PASSIVES = new Set(['reported', 'said', 'claimed', 'confirmed', 'feared', 'believed']);
/** The fates a headline's passive reports ("reported killed", "feared dead", "said arrested"). */
const FATES = new Set(['killed', 'dead', 'wounded', 'injured', 'hurt', 'arrested', 'detained', 'captured', 'abducted', 'kidnapped', 'missing', 'held', 'freed', 'released', 'shot', 'slain', 'executed', 'seized']);

/** What follows a headline's passive fate: a phrase of where, when or how, or its end ('' at the end). */
const AFTER_FATE = new Set(['', 'in', 'at', 'near', 'by', 'as', 'after', 'during', 'on', 'while', 'when', 'from', 'with', 'inside', 'outside', ',', ';', '-', '–', '—', ':', '.']);

/**
 * Verb forms that are as often nouns ("a housing project", "the reports"): after a phrase they
 * are more likely its last noun than the verb, so a source with a phrase does not take them.
 */
const NOUN_LIKE_VERBS = new Set([
  'project', 'projects', 'state', 'states', 'report', 'reports', 'note', 'notes', 'claim', 'claims', 'estimate', 'estimates',
  'forecast', 'forecasts', 'fear', 'fears', 'doubt', 'doubts', 'worry', 'worries', 'guess', 'stress', 'stresses',
  'highlight', 'highlights', 'add', 'adds', 'indicate', 'indicates', 'reckon', 'wonder', 'wonders', 'show', 'shows',
]);

const SINGULAR_INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const ADDING = new Set(['add', 'adds', 'added', 'adding']);
/** Participles of a document's reader before "by" ("a report seen by Reuters"). */
const SEEN = new Set(['seen', 'reviewed', 'obtained', 'viewed', 'examined']);
/** Words between "seen by" and its reader ("seen by this newspaper"). */
const READER_DETERMINERS = new Set(['this', 'the', 'a', 'an', 'our']);

/** Subject words that open the clause a reporting verb introduces ("claim he was killed"). */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'there']);

/** Noun-like verbs that value something ("estimate the losses at 3 million"). */
const VALUING_VERBS = new Set(['estimate', 'estimates', 'forecast', 'forecasts']);
/** The most words between a valuing verb and its "at" ("estimate the daily losses of traders at"). */
const MAX_VALUED = 6;

/**
 * The match is a verb even after a noun phrase: not a noun-like form, one opening a clause, or a
 * valuing verb with its object and "at" and a number ("Traders at the crossing estimate the
 * losses at $3 million a day").
 */
function clearlyAVerb(s: SentenceCtx, verb: TrieMatch): boolean {
  if (!NOUN_LIKE_VERBS.has(s.toks[verb.firstToken].lower)) return true;
  if (CLAUSE_OPENERS.has(s.toks[verb.lastToken + 1]?.lower ?? '')) return true;
  return VALUING_VERBS.has(s.toks[verb.lastToken].lower) && valuedAt(s, verb.lastToken + 1);
}

/** "the losses at 3 million", "the toll at around 40": an object, "at" and a figure, from token `from`. */
function valuedAt(s: SentenceCtx, from: number): boolean {
  if (!PHRASE_CANNOT_END.has(s.toks[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < s.toks.length && k - from <= MAX_VALUED; k++) {
    const w = s.toks[k].lower;
    if (w === 'at') return /^(?:[$£€]|rs\.?|pkr|\p{N})/u.test(s.toks[k + 1]?.lower ?? '') || /^(?:about|around|nearly|over|least|some|more|roughly)$/.test(s.toks[k + 1]?.lower ?? '');
    if (!/^[\p{L}\p{N}]/u.test(w)) return false;
  }
  return false;
}

/** Words that cannot end a source's phrase ("teachers from the ..."). */
const PHRASE_CANNOT_END = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

interface SentenceCtx {
  doc: Doc;
  ctx: Context;
  pat: AttributionPatterns;
  toks: Token[];
  endingAt: Map<number, TrieMatch>;
  actorEnds: Map<number, EntityMention>;
  placeEnds: Map<number, EntityMention>;
  actorStarts: Map<number, EntityMention>;
  /** The sentence's index. */
  si: number;
  /** The document's cues so far; those of this sentence start at sentenceFirstCue. */
  cues: readonly Cue[];
  sentenceFirstCue: number;
}

function sourceBeforeVerb(s: SentenceCtx, verb: TrieMatch, certainty: Certainty, si: number): Cue | null {
  const found = sourceBefore(s, verb);
  if (!found) return null;
  // "The senator asked whether the government had assessed how many …": a question's clause reports nothing.
  if (s.toks[found.src.start - 1]?.lower === 'whether') return null;
  const { anonymous } = found;
  let src = found.src;
  // "An intelligence assessment reviewed by this newspaper also says": the document speaks, not
  // whoever saw it; an unknown thing seen is no source.
  const by = src.start - (READER_DETERMINERS.has(s.toks[src.start - 1]?.lower ?? '') ? 2 : 1);
  if (by >= 2 && s.toks[by].lower === 'by' && SEEN.has(s.toks[by - 1].lower)) {
    const seen = sourceEndingAt(s, by - 2);
    if (!seen) return null;
    src = { ...seen, rule: `${seen.rule}+${s.toks[by - 1].lower}-by` };
  }
  // "according to a confidential military report seen by …": a singular indefinite phrase takes
  // no base-form verb, so a noun-like one ends the phrase as its noun.
  const form = s.toks[verb.firstToken].lower;
  if (NOUN_LIKE_VERBS.has(form) && !form.endsWith('s') && SINGULAR_INDEFINITE.has(s.toks[src.start].lower)) return null;
  // "The military accused India of backing the attackers and said 12 soldiers were killed": what
  // the accuser goes on to say is a claim of its own, not hedged by the accusation.
  if (found.ownClaim) {
    const why = found.headline ? 'second-verb-of-subject' : 'and-after-accusation';
    return makeCue(s.doc, s.toks, verb.firstToken, verb.lastToken, src, certainty, 'following', si, `attribution:source-verb+${src.rule}+${why}`);
  }
  // "..., officials said." covers the sentence; "..., but officials later denied that ..." opens
  // a claim of its own, as does a source in mid-sentence before what it says.
  const scope = opensClause(s, src.start)
    ? 'following'
    : isPostposed(s, verb.lastToken) || src.start <= 2 || afterIntroduction(s, src.start) || isInserted(s, src.start, verb.lastToken) || inFreeRelative(s, src.start)
      ? 'sentence'
      : 'following';
  const unnamed = anonymous || (scope === 'sentence' && anonymityAround(s, src.start, verb.lastToken));
  const phrase = unnamed ? { ...src, kind: 'anonymous' as const, rule: `${src.rule}+anonymity` } : src;
  return makeCue(s.doc, s.toks, src.start, verb.lastToken, phrase, certainty, scope, si, `attribution:source-verb+${phrase.rule}`);
}

/**
 * The source phrase before a reporting verb, over auxiliaries and adverbs ("officials later
 * denied") and a parenthetical ("Two police officials, speaking on condition of anonymity,
 * said"). A passive ("The government is expected to") has no source: it is a certainty cue.
 */
function sourceBefore(s: SentenceCtx, verb: TrieMatch): { src: SourcePhrase; anonymous: boolean; ownClaim?: boolean; headline?: boolean } | null {
  let j = verb.firstToken - 1;
  let passive = false;
  // "Officials could not rule out sabotage", "cannot rule out": a modal before a negated "rule out" is the source's too.
  const notRuledOut = isNegatedRuleOut(s, verb.firstToken);
  for (; j >= 0; j--) {
    const w = s.toks[j].lower;
    // "IS said its fighters …": an actor's acronym in capitals is no auxiliary.
    // A bare "claim" after it is a noun ("investigate IS claim 2 were killed").
    if (s.actorEnds.has(s.toks[j].end) && /^\p{Lu}{2,}$/u.test(s.doc.text.slice(s.toks[j].start, s.toks[j].end))) {
      const form = s.toks[verb.firstToken].lower;
      if (NOUN_LIKE_VERBS.has(form) && !/(?:s|ed)$/.test(form)) return null;
      break;
    }
    if (s.pat.passiveAuxiliaries.has(w)) passive = true;
    else if (notRuledOut && (MODALS.has(w) || NEGATED_MODALS.has(w.replace('’', "'")))) continue;
    else if (!s.ctx.lexicons.auxiliaries.has(w) && !isAdverb(s, j)) {
      // "Officials on Tuesday said": a date between the source and its verb.
      const date = dateEndingAt(s, j);
      if (date === null) break;
      j = date;
      if (j > 0 && DATE_PREPOSITIONS.has(s.toks[j - 1].lower)) j--;
    }
  }
  // "are saying" is active; "is expected", "was said", "been told" are passive.
  if (passive && !/ing$/.test(s.toks[verb.lastToken].lower)) return null;
  // "The TTP has not claimed the attack", "Police did not say how many died": nothing was said.
  if (!notRuledOut) for (let k = j + 1; k < verb.firstToken; k++) if (s.pat.negations.has(s.toks[k].lower) || s.toks[k].lower === "n't") return null;
  j = beforeGloss(s, j);
  let anonymous = false;
  let appositive: { start: number; end: number } | null = null;
  // "The group withdrew the claim, saying …": the participle's speaker is the sentence's subject.
  if (j > 0 && s.toks[j].lower === ',' && SPEECH_PARTICIPLES.has(s.toks[verb.firstToken].lower)) {
    const subject = coordinatedSubject(s, j);
    if (subject) return { src: subject, anonymous: false };
    const accuser = accuserGoingOn(s, j);
    return accuser ? { src: accuser, anonymous: false, ownClaim: true } : null;
  }
  if (j > 0 && s.toks[j].lower === ',') {
    const parenthetical = parentheticalBefore(s, j);
    if (parenthetical === null) {
      // "Taliban deny role, say attack was internal": a headline's second verb after a comma has the first one's subject.
      const subject = j === verb.firstToken - 1 ? subjectOfFirstVerb(s, j) : null;
      return subject ? { src: subject, anonymous: false, ownClaim: true, headline: true } : null;
    }
    const { open, described } = parenthetical;
    anonymous = hasAnonymityPhrase(s, open + 1, j - 1);
    if (parenthetical.name) appositive = { start: open + 1, end: j - 1 };
    // "The Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank, said"
    const nameStart = described ? organisationNameStart(s, open - 1) : null;
    if (described && nameStart !== null) {
      // A person's name ("Zahid Hussain, a Peshawar-based journalist,") is a named source; an
      // organisation's ("The Centre for Research and Security Studies, a think tank,") has the noun's kind.
      const person = isAppositiveName(s, nameStart, open - 1);
      const kind = person ? 'named' : described.kind;
      // "Ahmad Gulzar, a spokesman for the TTP,": the person speaks for the group.
      const actor = person ? spokespersonOwner(s, open + 1, j - 1) : null;
      const rule = `${described.rule}+apposition${person ? '+person' : ''}${actor ? `+spokesperson-of:${actor}` : ''}`;
      return { src: { start: nameStart, end: j - 1, kind, rule, ...(actor ? { actor } : {}) }, anonymous };
    }
    j = open - 1;
  }
  if (j < 0) return null;
  if (s.toks[j].lower === 'and' && !anonymous) {
    if (!opensReport(s, verb)) return null;
    const subject = coordinatedSubject(s, j);
    if (subject) return { src: subject, anonymous: false };
    const accuser = accuserGoingOn(s, j);
    return accuser ? { src: accuser, anonymous: false, ownClaim: true } : null;
  }
  const found = (clearlyAVerb(s, verb) ? (sourceWithPhraseAfter(s, j) ?? sourceWithRelativeClause(s, j)) : null) ?? sourceEndingAt(s, j);
  if (!found) return null;
  const src = selfStyled(s, found) ?? coordinatedSources(s, found, verb.lastToken) ?? found;
  // "The interior minister, Mohsin Naqvi, told …": the office and its holder's name, a named source.
  if (appositive) {
    // Only an office or a person takes a name in apposition; "an armed group, Watandost Front," is no speaker.
    // "A spokesman for the TTP, Mohammad Khurasani,": an actor's office is one too.
    const actorsOffice = /^source-actor:/.test(src.rule) && s.toks.slice(src.start, src.end + 1).some((t) => speechWords().offices.has(t.lower));
    if (!/^(?:source-lexicon|person-name|source-office-of)/.test(src.rule) && !actorsOffice) return null;
    // "The Taliban spokesman, Zabihullah Mujahid,": the holder speaks for the group.
    const actor = src.actor ?? spokespersonOwner(s, src.start, src.end);
    return { src: { ...src, end: appositive.end, kind: 'named', rule: `${src.rule}+apposition`, ...(actor ? { actor } : {}) }, anonymous };
  }
  return { src, anonymous };
}

/** The most sources before the last two of a list in commas ("officials, residents and journalists"). */
const MAX_LISTED_SOURCES = 3;

/** The kinds of coordinated sources, most accountable first: the claim is as strong as its best source. */
const KIND_PRECEDENCE: readonly AttributionKind[] = ['named', 'official', 'media', 'expert', 'anonymous'];

/**
 * "Police and residents said", "Dawn and Geo News reported": two sources joined by "and" that
 * open the sentence (or follow its introduction) speak together; the kind is the more accountable
 * one's. Null when no source ends just before the "and".
 */
function coordinatedSources(s: SentenceCtx, second: SourcePhrase, verbEnd: number): SourcePhrase | null {
  if (second.start < 2 || s.toks[second.start - 1].lower !== 'and' || !KIND_PRECEDENCE.includes(second.kind)) return null;
  const last = sourceWithPhraseAfter(s, second.start - 2) ?? sourceEndingAt(s, second.start - 2);
  if (!last || !KIND_PRECEDENCE.includes(last.kind) || last.text !== undefined) return null;
  let first: SourcePhrase = last;
  let kind = KIND_PRECEDENCE.indexOf(first.kind) <= KIND_PRECEDENCE.indexOf(second.kind) ? first.kind : second.kind;
  let rule = `${first.rule}+and+${second.rule}`;
  // "Afghan officials, residents of Kabul and journalists based in the city": a list in commas.
  for (let n = 0; n < MAX_LISTED_SOURCES && first.start >= 2 && s.toks[first.start - 1].lower === ','; n++) {
    const before: SourcePhrase | null = sourceWithPhraseAfter(s, first.start - 2) ?? sourceEndingAt(s, first.start - 2);
    if (!before || !KIND_PRECEDENCE.includes(before.kind) || before.text !== undefined) break;
    if (KIND_PRECEDENCE.indexOf(before.kind) < KIND_PRECEDENCE.indexOf(kind)) kind = before.kind;
    rule = `${before.rule}+,+${rule}`;
    first = before;
  }
  // "…, local officials and a security source said.": the sources end the sentence after a comma.
  const endingSentence = first.start > 2 && s.toks[first.start - 1].lower === ',' && isPostposed(s, verbEnd);
  if (first.start > 2 && !afterIntroduction(s, first.start) && !endingSentence) return null;
  return { start: first.start, end: second.end, kind, rule };
}

/** Words between a group's noun and the name it gives itself ("calling itself", "known as"). */
const SELF_STYLED = [['calling', 'itself'], ['which', 'calls', 'itself'], ['that', 'calls', 'itself'], ['styling', 'itself'], ['known', 'as']];
/** The most words of the noun phrase before such words ("A little-known militant group"). */
const MAX_SELF_STYLED_NOUN = 4;

/**
 * "A militant group calling itself Ittehad-ul-Mujahideen Pakistan said": the group and the name it
 * gives itself are one source, named; null unless such words stand right before the name.
 */
function selfStyled(s: SentenceCtx, name: SourcePhrase): SourcePhrase | null {
  for (const words of SELF_STYLED) {
    const at = name.start - words.length;
    if (at < 1 || !words.every((w, i) => s.toks[at + i].lower === w)) continue;
    let k = at - 1;
    while (k > 0 && at - k < MAX_SELF_STYLED_NOUN && /^\p{Ll}/u.test(s.doc.text[s.toks[k].start]) && !ARTICLES.has(s.toks[k].lower)) k--;
    if (!ARTICLES.has(s.toks[k].lower) && k !== 0) return null;
    if (k > 2 && !afterIntroduction(s, k)) return null;
    return { ...name, start: k, kind: 'named', rule: `${name.rule}+self-styled` };
  }
  return null;
}

/** The longest bracketed gloss after a name ("(BLA)", "(TTP-JA)"), in tokens between the brackets. */
const MAX_GLOSS = 4;

/**
 * "The Balochistan Liberation Army (BLA) claimed": the token before a bracketed acronym or short
 * gloss that ends at `j`, so the name before it is the source; `j` itself otherwise, and when a
 * known name ends with the bracket.
 */
function beforeGloss(s: SentenceCtx, j: number): number {
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

const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'late', 'early']);

/** The first token of a date mention whose last token is `j` ("Tuesday", "last week"), or null. */
function dateEndingAt(s: SentenceCtx, j: number): number | null {
  const end = s.toks[j].end;
  for (const d of s.doc.dates) {
    if (d.end === end) return tokenIndexAt(s.toks, d.start) ?? null;
    if (d.start > end) break;
  }
  return null;
}

/**
 * The verb reports a statement: "said …", or any reporting verb before "that" or a subject
 * ("noted that he had …"); not "announced civilian disobedience", "rejected violence".
 */
function opensReport(s: SentenceCtx, verb: TrieMatch): boolean {
  return speechWords().bareClauseVerbs.has(s.toks[verb.lastToken].lower) || CLAUSE_OPENERS.has(s.toks[verb.lastToken + 1]?.lower ?? '');
}

/** How far a coordinated reporting verb may stand from the source that opens its sentence, in tokens. */
const MAX_COORDINATED_GAP = 24;

/**
 * "Zabihullah Mujahid, the chief spokesman of the Islamic Emirate, condemned the attack and
 * said …": a reporting verb after "and" shares the subject of the verb before it, when that
 * subject is a source opening the sentence, no other "and" comes between, and no cue of the
 * sentence has named a source yet.
 */
function coordinatedSubject(s: SentenceCtx, and: number): SourcePhrase | null {
  // A sentence whose subject already speaks ("The TTP claimed responsibility … and said") has its
  // source; a condemnation is taken over by what follows it ("… condemned the attack and vowed").
  if (s.cues.length > s.sentenceFirstCue && !condemnationOpening(s)) return null;
  const src = sourceAt(s, 0);
  if (!src || and - src.end > MAX_COORDINATED_GAP) return null;
  // "The agency appealed for shelter and cash assistance, and said": after a comma the "and" joins
  // the clauses, so an "and" between with no comma before it joins words of the first clause.
  const clausal = s.toks[and - 1]?.lower === ',';
  for (let k = src.end + 1; k < and; k++) {
    if (s.toks[k].lower === ';') return null;
    if (s.toks[k].lower === 'and' && (!clausal || s.toks[k - 1].lower === ',')) return null;
  }
  return src;
}

/** The sentence's one cue so far is its opening source condemning ("Sarfraz Bugti condemned"). */
function condemnationOpening(s: SentenceCtx): boolean {
  if (s.cues.length !== s.sentenceFirstCue + 1) return false;
  const c = s.cues[s.sentenceFirstCue];
  return !!c.attribution && c.sourceSpan?.start === s.toks[0].start && /\bcondemn(?:s|ed)?$/i.test(c.text);
}

/**
 * "Police accused the BLA of planting the bomb and said …" (or ", saying …"): the subject opening
 * the sentence made an accusation (a hedged report) as its sentence's only cue, and goes on with a
 * plain report after "and" or a comma (no other "and" between); the source of that report, or null.
 */
function accuserGoingOn(s: SentenceCtx, and: number): SourcePhrase | null {
  if (s.cues.length !== s.sentenceFirstCue + 1) return null;
  const accusation = s.cues[s.sentenceFirstCue];
  if (!accusation.attribution || (accusation.certainty !== 'hedged' && accusation.certainty !== 'denied') || accusation.scope === undefined) return null;
  const span = accusation.sourceSpan;
  const start = span ? tokenIndexAt(s.toks, span.start) : null;
  if (!span || start !== 0) return null;
  let end = start;
  while (end + 1 < s.toks.length && s.toks[end + 1].end <= span.end) end++;
  if (and - end > MAX_COORDINATED_GAP + MAX_PARENTHETICAL) return null;
  const verbEnd = s.toks.findIndex((t) => t.end === accusation.end);
  for (let k = Math.max(verbEnd, end) + 1; k < and; k++) if (s.toks[k].lower === 'and' || s.toks[k].lower === ';') return null;
  return {
    start,
    end,
    kind: accusation.attribution,
    rule: `same-subject-as:${span.start}-${span.end}`,
    ...(accusation.source ? { text: accusation.source } : {}),
    ...(accusation.sourceActor ? { actor: accusation.sourceActor } : {}),
  };
}

/**
 * "Taliban deny role, say attack was internal", "Interior minister says …, rejects claims of
 * delays": a verb right after a comma, in a sentence whose one cue so far is a source opening it,
 * with its verb in the present (a headline's: "-s" or a base form) and no "and", ";" or other
 * comma between: that source again.
 */
function subjectOfFirstVerb(s: SentenceCtx, comma: number): SourcePhrase | null {
  if (s.cues.length !== s.sentenceFirstCue + 1) return null;
  const first = s.cues[s.sentenceFirstCue];
  if (!first.attribution || !first.sourceSpan || first.scope !== 'sentence' || tokenIndexAt(s.toks, first.sourceSpan.start) !== 0) return null;
  const verbEnd = s.toks.findIndex((t) => t.end === first.end);
  if (verbEnd < 0 || verbEnd >= comma || !/(?:s|^say|^deny|^reject|^claim|^vow|^warn)$/.test(s.toks[verbEnd].lower)) return null;
  for (let k = verbEnd + 1; k < comma; k++) if (s.toks[k].lower === 'and' || s.toks[k].lower === ';' || s.toks[k].lower === ',') return null;
  let end = 0;
  while (end + 1 < s.toks.length && s.toks[end + 1].end <= first.sourceSpan.end) end++;
  return {
    start: 0,
    end,
    kind: first.attribution,
    rule: `same-subject-as:${first.sourceSpan.start}-${first.sourceSpan.end}`,
    ...(first.source ? { text: first.source } : {}),
    ...(first.sourceActor ? { actor: first.sourceActor } : {}),
  };
}

/** Prepositions before a place that make it a location rather than a speaker. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'inside', 'outside', 'around']);

/** Prepositions that attach a short phrase to a source ("police in Bannu", "officials at the hospital"). */
const SOURCE_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'with', 'on']);
/** Adjectives with their preposition that attach a phrase to a source ("sources close to the talks"). */
const PHRASE_ADJECTIVES = new Set(['close to', 'familiar with', 'privy to', 'loyal to', 'linked to', 'aligned with', 'affiliated with', 'based in', 'based at', 'stationed in']);
/** The longest phrase after such a preposition, in tokens. */
const MAX_SOURCE_PHRASE = 6;

/**
 * "police in Bannu said", "officials at the district hospital said": a source noun or actor
 * followed by a short prepositional phrase ending at `j` is the whole source; its head decides the
 * kind. Only a head the lexicon or the actor gazetteer knows, and a phrase of a few words with no
 * punctuation, so "killed in Bannu said" finds nothing.
 */
function sourceWithPhraseAfter(s: SentenceCtx, j: number): SourcePhrase | null {
  if (PHRASE_CANNOT_END.has(s.toks[j].lower)) return null;
  // Tokens k+1..j are the phrase; toks[k] the preposition that opens it.
  for (let k = j - 1; k >= 1 && j - k <= MAX_SOURCE_PHRASE; k--) {
    if (!isPhraseWord(s, k + 1)) return null;
    const adjective = k >= 2 && PHRASE_ADJECTIVES.has(`${s.toks[k - 1].lower} ${s.toks[k].lower}`);
    if (!adjective && !SOURCE_PREPOSITIONS.has(s.toks[k].lower)) continue;
    const head = sourceEndingAt(s, adjective ? k - 2 : k - 1);
    // "Residents of the nearby village of Shatial": an "of" inside the phrase.
    if (!head && s.toks[k].lower === 'of' && !adjective) continue;
    if (!head || !/^source-(?:lexicon|actor):/.test(head.rule)) return null;
    return outerSource(s, head.start, j) ?? { ...head, end: j, rule: `${head.rule}+phrase` };
  }
  return null;
}

/**
 * "Doctors at the District Headquarters Hospital in Zhob said": the source found with its phrase
 * (the hospital in Zhob) is itself the phrase of a source before it, which is the speaker.
 */
function outerSource(s: SentenceCtx, innerStart: number, j: number): SourcePhrase | null {
  const p = innerStart - 1;
  if (p < 1 || (s.toks[p].lower !== 'at' && s.toks[p].lower !== 'from') || j - p > 2 * MAX_SOURCE_PHRASE) return null;
  const head = sourceEndingAt(s, p - 1);
  if (!head || !/^source-(?:lexicon|actor):/.test(head.rule)) return null;
  return { ...head, end: j, rule: `${head.rule}+phrase` };
}

/** The longest relative clause between a source and its verb, in tokens after "who" ("who served in Kabul"). */
const MAX_RELATIVE_CLAUSE = 6;

/**
 * "A former diplomat who served in Kabul said …": a source noun or actor with a short relative
 * clause and no commas ending at `j` is the whole source; its head decides the kind.
 */
function sourceWithRelativeClause(s: SentenceCtx, j: number): SourcePhrase | null {
  for (let k = j - 1; k >= 1 && j - k <= MAX_RELATIVE_CLAUSE; k--) {
    const w = s.toks[k].lower;
    if (w === 'who') {
      // "who served in Kabul" has no subject of its own; "the police who they claimed …" does.
      const next = s.toks[k + 1];
      if (k + 1 >= j || !/^\p{Ll}/u.test(s.doc.text[next.start]) || PRONOUNS.has(next.lower) || PHRASE_CANNOT_END.has(next.lower)) return null;
      const head = sourceEndingAt(s, k - 1);
      if (!head || !/^source-(?:lexicon|actor):/.test(head.rule)) return null;
      return { ...head, end: j, rule: `${head.rule}+who` };
    }
    if (!/^[\p{L}\p{N}]/u.test(w) || w === 'that' || w === 'which') return null;
  }
  return null;
}

/** "at the crossing", "in the building", "at the Torkham crossing": an -ing form after a determiner (and a name) is a noun. */
function isIngNoun(s: SentenceCtx, k: number): boolean {
  const before = (i: number) => s.toks[i]?.lower ?? '';
  if (PHRASE_CANNOT_END.has(before(k - 1))) return true;
  return k >= 2 && /^\p{Lu}/u.test(s.doc.text[s.toks[k - 1].start]) && PHRASE_CANNOT_END.has(before(k - 2));
}

/** A word of a noun phrase after a source: no punctuation, auxiliary, "to" or -ing form. */
function isPhraseWord(s: SentenceCtx, k: number): boolean {
  const w = s.toks[k].lower;
  if (!/^[\p{L}\p{N}]/u.test(w) || w === 'to' || (/ing$/.test(w) && !isIngNoun(s, k))) return false;
  return !s.pat.passiveAuxiliaries.has(w) && !s.ctx.lexicons.auxiliaries.has(w);
}

/** A parenthetical between a source and its verb: where it opens, and what it is when an apposition. */
interface Parenthetical {
  /** Index of the comma that opens it. */
  open: number;
  /** A name ("…, Mohsin Naqvi, told"). */
  name: boolean;
  /** A description by a source noun ("…, an Islamabad-based think tank, said"), or null. */
  described: SourcePhrase | null;
}

/**
 * The parenthetical that the comma at `close` ends, or null; each apposition test runs once
 * (session 12 ran them here and again in sourceBefore).
 */
function parentheticalBefore(s: SentenceCtx, close: number): Parenthetical | null {
  for (let k = close - 1; k > 0 && close - k <= MAX_PARENTHETICAL; k--) {
    if (s.toks[k].lower !== ',') continue;
    const name = isAppositiveName(s, k + 1, close - 1);
    const described = describingSource(s, k + 1, close - 1);
    // "Police, acting on a tip-off, said": any participle opens one too.
    const w = s.toks[k + 1]?.lower ?? '';
    const opener = s.pat.parentheticalOpeners.has(w) || (w.length > 5 && /ing$/.test(w) && /^\p{Ll}/u.test(s.doc.text[s.toks[k + 1].start]));
    return opener || name || described ? { open: k, name, described } : null;
  }
  return null;
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

/** Prepositions joining an office to the body it serves ("spokesman of the Islamic Emirate", "head of UNAMA"). */
const OFFICE_PREPOSITIONS = new Set(['of', 'for', 'at']);
/** The furthest an office word stands from the apposition's article, in tokens ("the chief spokesman"). */
const MAX_DESCRIBED_OFFICE = 4;

const ARTICLES = new Set(['a', 'an', 'the']);
/** Words inside an organisation's name ("Institute for Conflict and Security Studies"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', '&', 'the', '-']);
/** The longest organisation name before an apposition, in tokens. */
const MAX_ORGANISATION_NAME = 10;

/** Where the capitalised name ending at `end` starts, when it opens the sentence; else null. */
function organisationNameStart(s: SentenceCtx, end: number): number | null {
  if (nameRunStart(s, end) > 0 || !/^\p{Lu}/u.test(s.doc.text[s.toks[end].start])) return null;
  return 0;
}

/** Where the run of capitalised words and name joiners ending at `end` starts (at most MAX_ORGANISATION_NAME tokens). */
function nameRunStart(s: SentenceCtx, end: number): number {
  let k = end;
  while (k >= 0 && end - k < MAX_ORGANISATION_NAME && (/^\p{Lu}/u.test(s.doc.text[s.toks[k].start]) || NAME_JOINERS.has(s.toks[k].lower))) k--;
  return k + 1;
}

/** "The interior minister, Mohsin Naqvi, told …": two to four capitalised words, a person's name. */
function isAppositiveName(s: SentenceCtx, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k <= to; k++) if (!isCapitalisedWord(s, k)) return false;
  return true;
}

/** How far after its verb an anonymity phrase still qualifies the source, in tokens ("told AP on condition of anonymity that"). */
const MAX_ANONYMITY_AFTER = 10;

/**
 * "Speaking on condition of anonymity …, a police official said", "A Taliban official told The
 * Associated Press on condition of anonymity that …": the phrase in the sentence's introduction or
 * between the verb and what is said makes the source anonymous too.
 */
function anonymityAround(s: SentenceCtx, srcStart: number, verbEnd: number): boolean {
  if (srcStart >= 2 && s.toks[srcStart - 1].lower === ',' && hasAnonymityPhrase(s, 0, srcStart - 2)) return true;
  let end = verbEnd + 1;
  while (end < s.toks.length && end - verbEnd <= MAX_ANONYMITY_AFTER && s.toks[end].lower !== 'that' && /^[\p{L}\p{N}]/u.test(s.toks[end].lower)) end++;
  return hasAnonymityPhrase(s, verbEnd + 1, end - 1);
}

function hasAnonymityPhrase(s: SentenceCtx, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    for (const phrase of s.pat.anonymityPhrases) {
      if (i + phrase.length - 1 <= to && phrase.every((w, k) => s.toks[i + k].lower === w)) return true;
    }
  }
  return false;
}

/** "officials later denied": a lower-case -ly word not after a determiner ("the family") is an adverb. */
function isAdverb(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  if (t.lower.length < 5 || !t.lower.endsWith('ly')) return false;
  if (!/^\p{Ll}/u.test(s.doc.text[t.start])) return false;
  const prev = s.toks[k - 1]?.lower;
  return prev === undefined || !s.ctx.lexicons.sourceModifiers.has(prev);
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
const CONNECTIVES = new Set(['however', 'meanwhile', 'moreover', 'though', 'also', 'separately', 'later', 'too']);

/**
 * "Speaking to reporters, a senior customs official said …", "In a statement, the district
 * administration said …": a short introductory phrase and a comma before the source leave it the
 * subject of the whole sentence, so its attribution covers all of it.
 */
function afterIntroduction(s: SentenceCtx, start: number): boolean {
  // "In a statement, the TTP said": a group's name comes without its article.
  if (start >= 3 && ARTICLES.has(s.toks[start - 1].lower)) start--;
  if (start < 2 || s.toks[start - 1].lower !== ',') return false;
  // "Speaking on condition of anonymity because he was not authorised to talk to the media, …" runs
  // longer, and so does a reporter's question ("When asked whether Afghan forces had fired on …,").
  const question = s.toks[0].lower === 'asked' || (s.toks[0].lower === 'when' && s.toks[1]?.lower === 'asked');
  if (start - 1 > (question || hasAnonymityPhrase(s, 0, start - 2) ? MAX_PARENTHETICAL : MAX_INTRODUCTION)) return false;
  for (let k = 1; k < start - 1; k++) {
    if (!/^[,;:]$/.test(s.toks[k].lower)) continue;
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

/** "despite what he described as repeated attempts": the source speaks inside a noun phrase of the clause, which it does not open. */
function inFreeRelative(s: SentenceCtx, srcStart: number): boolean {
  return s.toks[srcStart - 1]?.lower === 'what';
}

/** "The attack, police said, was carried out by two men": a source and its verb set in commas inside what they say. */
function isInserted(s: SentenceCtx, srcStart: number, verbEnd: number): boolean {
  return s.toks[srcStart - 1]?.lower === ',' && s.toks[verbEnd + 1]?.lower === ',' && verbEnd + 2 < s.toks.length;
}

/** A source after "; " or ", but" / ", while" / ", and" starts a clause of its own. */
function opensClause(s: SentenceCtx, start: number): boolean {
  const prev = s.toks[start - 1]?.lower;
  if (prev === ';') return true;
  const before = s.toks[start - 2]?.lower;
  return prev !== undefined && s.pat.clauseConjunctions.has(prev) && (before === ',' || before === ';');
}

/** "Authorities claimed the attack was carried out by the ELN": the object of the match opens a clause, so it reports. */
function opensClauseAfter(s: SentenceCtx, m: TrieMatch): boolean {
  const next = s.toks[m.lastToken + 1]?.lower ?? '';
  return s.pat.passiveAuxiliaries.has(next) || s.ctx.lexicons.auxiliaries.has(next) || MODALS.has(next);
}

/**
 * "The TTP claimed responsibility for the attack": the claimant tells of its own act, so the
 * sentence is self-attributed to it ("No group has claimed responsibility" is not).
 */
function responsibilityClaim(s: SentenceCtx, m: TrieMatch, si: number): Cue | null {
  const found = sourceBefore(s, m);
  if (!found) return null;
  const { src } = found;
  for (let k = Math.max(0, src.start - 1); k < m.firstToken; k++) {
    if (s.pat.negations.has(s.toks[k].lower)) return null;
  }
  const phrase: SourcePhrase = { ...src, kind: 'self' };
  return makeCue(s.doc, s.toks, src.start, m.lastToken, phrase, 'asserted', 'sentence', si, `attribution:claim-of-responsibility+${src.rule}`);
}

/** The verb forms of a claim of an attack, and the attacks it can claim with words between ("IS claims deadly attack"). */
const CLAIM_FORMS = new Set(['claims', 'claimed', 'claim']);
const CLAIMED_ATTACKS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'bomb', 'assault', 'killing', 'killings', 'ambush']);
/** The most words between the verb and the attack ("claims pre-Christmas suicide bombing"). */
const MAX_CLAIM_MODIFIERS = 2;

/**
 * "IS claims deadly attack on tribal region", "Pakistani Taliban faction claims hospital bomb":
 * a claim of an attack with one or two lower-case words (an adjective, a place noun) between the
 * verb and the attack is the claimant's own act, as "claims attack" is (responsibilityClaims).
 */
function withModifiedClaims(s: SentenceCtx, matches: TrieMatch[]): TrieMatch[] {
  const out = [...matches];
  for (let k = 0; k + 1 < s.toks.length; k++) {
    if (!CLAIM_FORMS.has(s.toks[k].lower) || matches.some((m) => m.firstToken <= k && k <= m.lastToken)) continue;
    for (let n = k + 1; n <= k + 1 + MAX_CLAIM_MODIFIERS && n < s.toks.length; n++) {
      const between = s.toks[n - 1];
      if (n > k + 1 && !/^\p{Ll}[\p{L}-]*$/u.test(s.doc.text.slice(between.start, between.end)) || CLAIM_STOPS.has(between.lower)) break;
      if (CLAIMED_ATTACKS.has(s.toks[n].lower)) {
        out.push({ start: s.toks[k].start, end: s.toks[n].end, firstToken: k, lastToken: n, values: [{ entity: 'claim-of-responsibility', alias: `${s.toks[k].lower} … ${s.toks[n].lower}` }] as TrieMatch['values'] });
        break;
      }
    }
  }
  return out.sort((a, b) => a.firstToken - b.firstToken);
}

/** Words that end a claimed attack's modifiers ("claims that", "claimed to have"). */
const CLAIM_STOPS = new Set(['that', 'to', 'of', 'in', 'on', 'for', 'and', 'or', 'but', 'it', 'they', 'he', 'she', 'there', 'no', 'not', 'responsibility', 'credit']);

/** "..., said police." / "..., said Interior Minister Mohsin Naqvi." */
function sourceAfterVerb(s: SentenceCtx, verb: TrieMatch, certainty: Certainty, si: number): Cue | null {
  const prev = s.toks[verb.firstToken - 1];
  if (!prev || !/^[,"”’“]$/.test(s.doc.text.slice(prev.start, prev.end))) return null;
  const src = sourceAt(s, verb.lastToken + 1);
  if (!src) return null;
  // "…, said police." ends its clause; "…, said militant attacks rose" is what was said.
  const after = s.toks[src.end + 1]?.lower;
  if (after !== undefined && /^[\p{L}\p{N}]/u.test(after)) return null;
  return makeCue(s.doc, s.toks, verb.firstToken, src.end, src, certainty, 'sentence', si, `attribution:verb-source+${src.rule}`);
}

/** A source phrase whose last token is `j`, extended left over modifiers. */
function sourceEndingAt(s: SentenceCtx, j: number): SourcePhrase | null {
  const organisation = organisationEndingAt(s, j);
  if (organisation) return organisation;
  const office = officeOfName(s, j);
  if (office) return office;
  const tok = s.toks[j];
  const lexical = s.endingAt.get(j);
  const source = namedGroupEndingAt(s, j) ? undefined : lexical?.values.find((v) => v.entity.startsWith('source:'));
  const name = personNameEndingAt(s, j);
  if (name && (name.titled || !source)) return name;
  if (source) {
    let start = lexical!.firstToken;
    // "The Interior Ministry": a capitalised source noun takes the capitalised words of its name.
    if (start > 0 && /^\p{Lu}/u.test(s.doc.text[s.toks[start].start])) {
      while (start > 0 && isNameWord(s, start - 1)) start--;
    }
    // Modifiers, and the place or body the source serves ("the Khyber district administration",
    // "Bannu police"): one place or actor ending just before is taken whole.
    let owner: EntityMention | undefined;
    while (start > 0) {
      const o = owner ? undefined : ownerEndingAt(s, start - 1);
      if (o) {
        start = tokenIndexAt(s.toks, o.start) ?? start;
        owner = o;
        continue;
      }
      // "A US State Department official": the capitalised name of the body the source serves.
      // "The Islamic State's Amaq news agency": an outlet's name before a lower-case media noun.
      if ((isCapitalisedSource(s, start - 1) || isCapitalisedSource(s, start - 1, 'source:media')) && !/^\p{Lu}/u.test(s.doc.text[s.toks[start].start])) {
        start = s.endingAt.get(start - 1)!.firstToken;
        while (start > 0 && /^\p{Lu}/u.test(s.doc.text[s.toks[start - 1].start]) && !ARTICLES.has(s.toks[start - 1].lower)) start--;
        continue;
      }
      // "a PTA spokesperson": an acronym is the body the source serves.
      if (!isModifier(s, start - 1) && !(isAcronym(s, start - 1) && start === lexical!.firstToken)) break;
      start--;
    }
    // "Pakistan's officials": the country or actor before a possessive belongs to the source.
    let ownGroup: { actor?: string } | null = null;
    if (start >= 2 && s.toks[start - 1].lower === "'s") {
      const o = s.actorEnds.get(s.toks[start - 2].end) ?? s.placeEnds.get(s.toks[start - 2].end);
      if (o) {
        start = tokenIndexAt(s.toks, o.start) ?? start;
        // "The Afghan Taliban's spokesman": the article before the owner's name.
        if (start > 0 && s.toks[start - 1].lower === 'the') start--;
        owner = o;
      } else if (start >= 3 && GROUP_NOUNS.has(s.toks[start - 2].lower) && s.toks[start - 3].lower === 'the') {
        // "The group's spokesman": the armed or political group named before, when it spoke lately.
        ownGroup = { actor: groupAnaphor(s, start - 2)?.actor };
        start -= 3;
      }
    }
    // "A spokesman for Lady Reading Hospital": a capitalised name is whose spokesman it is.
    if (start < lexical!.firstToken) start = speakerFor(s, start);
    let kind = source.entity.slice(7) as AttributionKind;
    let rule = `source-lexicon:${lexical!.values[0].alias}`;
    // "A TTP spokesman said", "The TTP's media wing said": a non-state group speaks through its office.
    if ((kind === 'official' || kind === 'media') && owner && isNamedGroup(s, owner.entity)) {
      kind = 'named';
      rule += `+of:${owner.entity}`;
    } else if (kind === 'official' && ownGroup) {
      kind = 'named';
      rule += '+of:the-group';
    }
    // "A Taliban spokesman said": a state's spokesperson speaks officially, and for its actor too,
    // so that what the actor did by its own account is 'self' as a non-state group's is.
    const ownSpokesperson = owner && SPOKESPERSON_ROLES.has(s.toks[j].lower) && s.actorEnds.get(owner.end) === owner ? owner.entity : undefined;
    const actor = kind === 'named' ? (owner?.entity ?? ownGroup?.actor) : ownSpokesperson;
    const phrase: SourcePhrase = { start, end: j, kind, rule, ...(actor ? { actor } : {}) };
    return j === start + 1 && s.toks[start].lower === 'the' ? (definiteSource(s, phrase) ?? issuerOf(s, phrase) ?? phrase) : phrase;
  }
  const qualified = qualifiedActorEndingAt(s, j);
  if (qualified) return qualified;
  const actor = s.actorEnds.get(tok.end);
  if (actor) {
    let start = tokenIndexAt(s.toks, actor.start) ?? j;
    start = forceDescriptorBefore(s, speakerFor(s, start));
    return { start, end: j, kind: actorSourceKind(s, actor.entity), rule: `source-actor:${actor.entity}`, actor: actor.entity };
  }
  const place = s.placeEnds.get(tok.end);
  const entry = place ? s.ctx.places.get(place.entity) : undefined;
  // A country speaking is its government, and so is its capital ("a charge Kabul denies").
  if (place && entry && (entry.kind === 'country' || isCapital(s, entry))) {
    const start = tokenIndexAt(s.toks, place.start) ?? j;
    // "a hospital in Kabul said": a place after a preposition is where the speaker is, not who.
    if (start > 0 && PLACE_PREPOSITIONS.has(s.toks[start - 1].lower)) return name;
    const rule = `${entry.kind === 'country' ? 'source-country' : 'source-capital'}:${place.entity}`;
    return { start, end: j, kind: 'official', rule };
  }
  // "Deputy Commissioner Bannu", "DPO Lakki Marwat": an office named by the district it serves.
  if (place && entry && !name) {
    const at = tokenIndexAt(s.toks, place.start);
    if (at !== null && at > 0 && speechWords().personTitles.has(s.toks[at - 1].lower)) {
      return { start: titleRunStart(s, at - 1), end: j, kind: 'official', rule: `source-office-of:${place.entity}` };
    }
  }
  if (PRONOUNS.has(tok.lower)) return pronounSource(s, j);
  if (GROUP_NOUNS.has(tok.lower) && s.toks[j - 1]?.lower === 'the') {
    // "A spokesman for the group said": the office speaks for the group, whether or not the text
    // has named it speaking before.
    const office = speakerFor(s, j - 1);
    const group = groupAnaphor(s, j) ?? nameAnaphor(s, j);
    if (office === j - 1) return group;
    return group ? { ...group, start: office } : { start: office, end: j, kind: 'named', rule: `source-office-of-group:${tok.lower}` };
  }
  if (AGENCY_NOUNS.has(tok.lower)) {
    const agency = (s.toks[j - 1]?.lower === 'the' ? nameAnaphor(s, j) : null) ?? agencyEndingAt(s, j);
    if (agency) return agency;
  }
  if (s.toks[j - 1]?.lower === 'the' && s.pat.organisationHeads.has(tok.lower)) return nameAnaphor(s, j);
  // "UNHCR said", "In a statement, HRCP said": an acronym the gazetteers and lexicons do not know,
  // opening the sentence right before a reporting verb, is a body speaking by its name.
  if (!name && isAcronym(s, j) && !lexical && !s.actorEnds.has(tok.end) && !s.placeEnds.has(tok.end) && loneName(s, j)) {
    return { start: j, end: j, kind: 'named', rule: 'source-acronym:lone-word' };
  }
  return name ?? null;
}

/** Words that say what kind of force an actor named after them is ("the paramilitary Frontier Corps"). */
const FORCE_DESCRIPTORS = new Set(['paramilitary', 'paramilitaries']);

/**
 * "Pakistan's paramilitary Frontier Corps said", "the Pakistani paramilitary Frontier Corps": a
 * word of the force's kind before an actor's name, with its country (a place, a possessive or a
 * nationality the lexicon lists as a modifier) and article, belongs to the source, so it is not
 * cut off as a claim of its own. Returns the source's first token.
 */
function forceDescriptorBefore(s: SentenceCtx, start: number): number {
  if (start < 1 || !FORCE_DESCRIPTORS.has(s.toks[start - 1].lower)) return start;
  let k = start - 1;
  const b = k - 1;
  if (b >= 1 && (s.toks[b].lower === "'s" || s.toks[b].lower === '’s')) {
    const o = ownerEndingAt(s, b - 1);
    if (o) k = tokenIndexAt(s.toks, o.start) ?? k;
  } else if (b >= 0) {
    const o = ownerEndingAt(s, b);
    if (o) k = tokenIndexAt(s.toks, o.start) ?? k;
    else if (isCapitalisedWord(s, b) && s.ctx.lexicons.sourceModifiers.has(s.toks[b].lower)) k = b;
  }
  if (k > 0 && ARTICLES.has(s.toks[k - 1].lower)) k--;
  return k;
}

/** Nouns of a part of a group or a state's force that speaks for it ("Pakistani Taliban faction", "Pakistan paramilitary"). */
const ACTOR_QUALIFIERS = new Set(['faction', 'factions', 'paramilitary', 'paramilitaries', 'wing', 'offshoot', 'affiliate', 'branch']);

/** Words between the actor and its qualifier ("TTP splinter group", "Hamas's armed wing"). */
const QUALIFIER_MODIFIERS = new Set(['splinter', 'breakaway', 'dissident', 'armed', 'military', 'local', 'regional']);

/**
 * "Pakistani Taliban faction claims attack", "Pakistan paramilitary says", "A TTP splinter group
 * said": a gazetteer actor or a country, then a noun of one of its parts or forces, is that actor
 * speaking: a named group for a non-state group, official (with the actor) for a state, official
 * for a country. A noun the lexicon knows as a source ("TTP commander", "TTP media wing") is the
 * lexicon's.
 */
function qualifiedActorEndingAt(s: SentenceCtx, j: number): SourcePhrase | null {
  const noun = s.toks[j].lower;
  let k = j - 1;
  if (noun === 'group' || noun === 'groups') {
    if (!QUALIFIER_MODIFIERS.has(s.toks[k]?.lower ?? '')) return null;
    k--;
  } else if (!ACTOR_QUALIFIERS.has(noun)) return null;
  else if (QUALIFIER_MODIFIERS.has(s.toks[k]?.lower ?? '')) k--;
  if (k >= 1 && (s.toks[k].lower === "'s" || s.toks[k].lower === '’s')) k--;
  if (k < 0) return null;
  const owner = ownerEndingAt(s, k);
  if (!owner) return null;
  let start = tokenIndexAt(s.toks, owner.start);
  if (start === null) return null;
  if (start > 0 && ARTICLES.has(s.toks[start - 1].lower)) start--;
  const actor = s.actorEnds.get(s.toks[k].end) === owner ? owner.entity : undefined;
  if (actor) return { start, end: j, kind: actorSourceKind(s, actor) === 'anonymous' ? 'anonymous' : actorSourceKind(s, actor), rule: `source-actor-part:${noun}:${actor}`, actor };
  const entry = s.ctx.places.get(owner.entity);
  if (!entry || entry.kind !== 'country') return null;
  return { start, end: j, kind: 'official', rule: `source-country-part:${noun}:${owner.entity}` };
}

/** A body's noun that speaks in lower case after its owner's name ("The United Nations refugee agency said"). */
const AGENCY_NOUNS = new Set(['agency']);

/** The most words between an agency's determiner and its noun ("the UN's refugee agency"). */
const MAX_AGENCY_WORDS = 4;

/** Words that end an agency's phrase going back: what it cannot hold. */
const AGENCY_STOPS = new Set([',', ';', ':', 'and', 'or', 'but', 'that', 'which', 'who', 'to', 'of', 'for', 'by', 'in', 'on', 'at', 'from', 'with']);

/**
 * "The United Nations refugee agency said", "the UN's refugee agency", "The country's aid
 * agency": an agency, with its determiner and the few words (names, a possessive, lower-case
 * nouns) between, is a public body speaking, an official source; "the agency" alone is the agency
 * that spoke in the two sentences before, as it was named, or an official one. A phrase that does
 * not reach back to a determiner or the start of the clause is none ("officials briefed agency").
 * A news agency is the lexicon's (media), and a known actor's agency ("Pakistan's spy agency") is
 * that actor, both found before this.
 */
function agencyEndingAt(s: SentenceCtx, j: number): SourcePhrase | null {
  let k = j - 1;
  for (; k >= 0 && j - 1 - k < MAX_AGENCY_WORDS; k--) {
    const w = s.toks[k].lower;
    if (ARTICLES.has(w) || w === 'its' || w === 'their') break;
    if (AGENCY_STOPS.has(w) || s.ctx.lexicons.auxiliaries.has(w) || PRONOUNS.has(w) || !/^(?:[\p{L}][\p{L}.-]*|'s|’s)$/u.test(w)) return null;
    if (speechWords().verbs.has(w)) return null;
  }
  let start: number;
  if (k >= 0 && (ARTICLES.has(s.toks[k].lower) || s.toks[k].lower === 'its' || s.toks[k].lower === 'their')) start = k;
  else if (k < 0 || AGENCY_STOPS.has(s.toks[k].lower)) start = k + 1;
  else return null;
  if (start === j - 1 || start === j) {
    const c = lastCueBefore(s, (c) => !!c.attribution && c.attribution !== 'self' && !!c.sourceSpan && !isAnaphoric(c) && headNoun(s.doc.text.slice(c.sourceSpan.start, c.sourceSpan.end)) === s.toks[j].lower);
    if (c) return { start, end: j, kind: c.attribution!, rule: `definite-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, ...(c.source ? { text: c.source } : {}) };
  }
  return { start, end: j, kind: 'official', rule: `source-agency:${s.toks[j].lower}` };
}

/** The longest name after an office's "of" or "for", in tokens ("Rescue 1122", "Upper Kohistan"). */
const MAX_OFFICE_NAME = 4;

/**
 * "The deputy commissioner of Upper Kohistan", "A spokesman for Rescue 1122": an office, "of" or
 * "for", and a capitalised name (numbers included) that the lexicon and the actor gazetteer do not
 * know. The office of a place is an official; of another body, that body named.
 */
function officeOfName(s: SentenceCtx, j: number): SourcePhrase | null {
  if (s.endingAt.get(j)?.values.some((v) => v.entity.startsWith('source:')) || s.actorEnds.has(s.toks[j].end)) return null;
  let k = j;
  while (k >= 0 && j - k < MAX_OFFICE_NAME && /^(?:\p{Lu}\p{Ll}|\p{N}+$)/u.test(s.doc.text.slice(s.toks[k].start, s.toks[k].end))) k--;
  if (k === j || k < 1 || !/^\p{Lu}/u.test(s.doc.text[s.toks[k + 1].start])) return null;
  if (s.toks[k].lower === 'the') k--;
  if (k < 1 || !OFFICE_PREPOSITIONS.has(s.toks[k].lower) || !speechWords().offices.has(s.toks[k - 1].lower)) return null;
  const place = s.placeEnds.get(s.toks[j].end);
  const isPlace = place !== undefined && place.start === s.toks[k + 1 + (s.toks[k + 1].lower === 'the' ? 1 : 0)].start;
  return { start: titleRunStart(s, k - 1), end: j, kind: isPlace ? 'official' : 'named', rule: `source-office-of-name:${s.toks[k - 1].lower}` };
}

/** Nouns that, after "the", stand for an armed or political group named before ("the group said"). */
const GROUP_NOUNS = new Set(['group', 'organisation', 'organization', 'outfit', 'movement', 'faction', 'militia', 'network']);

/**
 * "The Free and Fair Election Network said … The network said …": "the" and a noun that is a
 * capitalised word of the name of a source that spoke in the two sentences before is that
 * source, as it was named.
 */
function nameAnaphor(s: SentenceCtx, j: number): SourcePhrase | null {
  const noun = s.toks[j].lower;
  const head = new RegExp(`(?:^|\\s)${escapeRegExp(noun[0].toUpperCase() + noun.slice(1))}(?:\\s|$)`, 'u');
  const named = (c: Cue) => !!c.attribution && !!c.source && !isAnaphoric(c) && head.test(c.source);
  const c = lastCueBefore(s, named);
  if (!c) return null;
  return { start: j - 1, end: j, kind: c.attribution!, rule: `name-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, text: c.source, ...(c.sourceActor ? { actor: c.sourceActor } : {}) };
}

/**
 * "The BLA said its fighters … The group said in a statement …": "the group" speaking is the
 * non-state group that spoke in the two sentences before, named as it was; with none, no source.
 */
function groupAnaphor(s: SentenceCtx, j: number): SourcePhrase | null {
  const isGroup = (c: Cue) => !!c.sourceSpan && !isAnaphoric(c) && ((!!c.sourceActor && isNamedGroup(s, c.sourceActor)) || SELF_NAMED_GROUP.test(c.rule));
  const c = lastCueBefore(s, isGroup) ?? onlyGroupBefore(s, isGroup);
  if (!c) return null;
  return { start: j - 1, end: j, kind: 'named', rule: `group-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, text: c.source, ...(c.sourceActor ? { actor: c.sourceActor } : {}) };
}

/** A group the text names by what it calls itself or by an apposition ("A militant group calling itself …", "…, a little-known group,"). */
const SELF_NAMED_GROUP = /self-styled|source-group:/;

/**
 * "A militant group calling itself X said … The group also warned …" further on: with no group
 * speaking in the two sentences before, the one group that spoke earlier in the text, when only
 * one did; null when none or several did.
 */
function onlyGroupBefore(s: SentenceCtx, isGroup: (c: Cue) => boolean): Cue | null {
  let found: Cue | null = null;
  for (let k = 0; k < s.sentenceFirstCue; k++) {
    const c = s.cues[k];
    if (!isGroup(c)) continue;
    if (found && (found.sourceActor ?? found.source) !== (c.sourceActor ?? c.source)) return null;
    found ??= c;
  }
  return found;
}

/**
 * "A senior police officer, speaking on condition of anonymity, said … the officer said": "the"
 * and the source noun of a source in the two sentences before is that source again, with its kind
 * and its words; null when none ends in that noun.
 */
function definiteSource(s: SentenceCtx, phrase: SourcePhrase): SourcePhrase | null {
  const noun = s.toks[phrase.end].lower;
  const c = lastCueBefore(
    s,
    (c) => !!c.attribution && c.attribution !== 'self' && !!c.sourceSpan && !isAnaphoric(c) && headNoun(s.doc.text.slice(c.sourceSpan.start, c.sourceSpan.end)) === noun,
  );
  // The same kind needs no antecedent: "the police" is the police, wherever they spoke before.
  if (!c || c.attribution === phrase.kind) return null;
  return { ...phrase, kind: c.attribution!, rule: `definite-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, ...(c.source ? { text: c.source } : {}) };
}

/** A body's words on paper that speak for it ("the statement said"). */
const ISSUED_NOUNS = new Set(['statement', 'communique', 'communiqué', 'release']);
/** The kinds of source that issue a statement: a body, not an unnamed person. */
const ISSUER_KINDS = new Set<AttributionKind>(['named', 'official', 'media', 'expert', 'self']);

/**
 * '"We are deeply concerned …," the statement said': "the statement" is the body that spoke in the
 * two sentences before ("In a statement, UNHCR said …"), as it was named, with its kind; with
 * none, the lexicon's noun (official).
 */
function issuerOf(s: SentenceCtx, phrase: SourcePhrase): SourcePhrase | null {
  if (!ISSUED_NOUNS.has(s.toks[phrase.end].lower)) return null;
  const c = lastCueBefore(s, (c) => !!c.attribution && ISSUER_KINDS.has(c.attribution) && !!c.sourceSpan && !!c.source && !isAnaphoric(c) && !PRONOUNS.has(c.source.toLowerCase()));
  if (!c) return null;
  return { ...phrase, kind: c.attribution === 'self' ? 'named' : c.attribution!, rule: `issuer-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, text: c.source, ...(c.sourceActor ? { actor: c.sourceActor } : {}) };
}

/** The head noun of a source phrase: its last word before a comma or a preposition ("A security official in Quetta" → "official"). */
function headNoun(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && (SOURCE_PREPOSITIONS.has(w) || w.endsWith(',')));
  const head = cut === -1 ? words[words.length - 1] : words[cut - 1];
  return head.replace(/,$/, '');
}

/** The part of a cue's rule that says what its source stands for ("group-of:12-40"). */
const ANAPHOR_RULE = /(?:pronoun|group|definite|name)-of:\S*/;

/** The part of a cue's rule that says what its source stands for ("group-of:12-40"), or ''. */
function anaphorRule(c: Cue): string {
  return ANAPHOR_RULE.exec(c.rule)?.[0] ?? '';
}

/** A cue whose source stands for one named before it ("they said", "the group said"). */
function isAnaphoric(c: Cue): boolean {
  return ANAPHOR_RULE.test(c.rule);
}

/** Joiners of an organisation's head to what follows it ("Commission of Pakistan", "Institute for Peace Studies"). */
const HEAD_JOINERS = new Set(['of', 'for']);

/**
 * "The Human Rights Commission of Pakistan said", "according to the Sarhad Chamber of Commerce":
 * a capitalised name whose head (organisationHeads) is joined by "of" or "for" to more capitalised
 * words is one source, ending at `j`; of the head's kind when it is a source noun ("the Ministry
 * of Interior"), named otherwise. Null when `j` ends no such name, or a known actor's name.
 */
function organisationEndingAt(s: SentenceCtx, j: number): SourcePhrase | null {
  const t = s.toks[j];
  if (!/^\p{Lu}/u.test(s.doc.text[t.start]) || NAME_JOINERS.has(t.lower)) return null;
  let start = nameRunStart(s, j);
  while (start < j && NAME_JOINERS.has(s.toks[start].lower)) start++;
  // The first "of" or "for" after a head, with capitalised words before it.
  let head = -1;
  for (let p = start + 1; p < j; p++) {
    if (!HEAD_JOINERS.has(s.toks[p].lower)) continue;
    if (s.pat.organisationHeads.has(s.toks[p - 1].lower) && /^\p{Lu}/u.test(s.doc.text[s.toks[p - 1].start])) head = p - 1;
    break;
  }
  if (head === -1) return null;
  // A known actor's whole name is the actor's ("the Islamic Emirate of Afghanistan").
  const actor = s.actorEnds.get(t.end);
  if (actor && actor.start <= s.toks[start].start) return null;
  const noun = s.endingAt.get(head)?.values.find((v) => v.entity.startsWith('source:'));
  const kind = noun ? (noun.entity.slice(7) as AttributionKind) : 'named';
  return { start, end: j, kind, rule: `source-organisation:${s.toks[head].lower}` };
}

/**
 * "the Balochistan Liberation Army (BLA) said": a non-state group whose name ends in a source noun
 * ("Army", "Front", "Office") is the group speaking, not the official body the noun names.
 */
function namedGroupEndingAt(s: SentenceCtx, j: number): boolean {
  const t = s.toks[j];
  if (!/^\p{Lu}/u.test(s.doc.text[t.start])) return false;
  const actor = s.actorEnds.get(t.end);
  return !!actor && actor.start !== t.start && isNamedGroup(s, actor.entity);
}

/** A named actor of the gazetteer that is not a state nor a generic one ("militants", "residents"). */
function isNamedGroup(s: SentenceCtx, id: string): boolean {
  const entry = s.ctx.actors.get(id);
  return !!entry && entry.type !== 'state' && s.ctx.actors.templateOf(id) === null;
}

/**
 * "a spokesman for the Islamic Emirate": the speaker before a body's name belongs to the source
 * phrase; where that phrase starts, or `start` itself when no title is there.
 */
function speakerFor(s: SentenceCtx, start: number): number {
  let k = start - 1;
  if (k >= 0 && s.toks[k].lower === 'the') k--;
  if (k >= 1 && (s.toks[k].lower === 'for' || s.toks[k].lower === 'of') && speechWords().personTitles.has(s.toks[k - 1].lower)) {
    start = k - 1;
    while (start > 0 && isModifier(s, start - 1)) start--;
  }
  return start;
}

/**
 * A state actor speaks officially; a generic one ("people", "residents", "militants") is an
 * unnamed source; a named group or person is named.
 */
function actorSourceKind(s: SentenceCtx, entity: string): AttributionKind {
  const entry = s.ctx.actors.get(entity);
  if (entry?.type === 'state') return 'official';
  return s.ctx.actors.templateOf(entity) !== null ? 'anonymous' : 'named';
}

/**
 * "Hospital sources put the toll at 19. The figure could rise, they said.": a third-person
 * pronoun speaking stands for the source that spoke earlier in its sentence ("Chaudhry said …,
 * despite what he described as …"), else the source named in the two sentences before, and takes
 * its kind; the rule names where that source is. No antecedent, no source.
 */
function pronounSource(s: SentenceCtx, j: number): SourcePhrase | null {
  if (!THIRD_PERSON.has(s.toks[j].lower)) return null;
  // "Baloch separatists have been waging an insurgency … They accuse Islamabad …": the actor
  // opening the sentence before, which did not speak there, is who speaks now.
  const subject = subjectNotSpeaking(s);
  if (subject) {
    return {
      start: j,
      end: j,
      kind: actorSourceKind(s, subject.entity),
      rule: `pronoun-of-subject:${subject.start}-${subject.end}`,
      text: s.doc.text.slice(subject.start, subject.end),
      actor: subject.entity,
    };
  }
  const pronoun = s.toks[j].lower;
  const a = earlierInSentence(s, pronoun) ?? antecedentOf(s, pronoun);
  if (!a || !a.attribution || !a.sourceSpan) return null;
  return {
    start: j,
    end: j,
    kind: a.attribution,
    rule: `pronoun-of:${a.sourceSpan.start}-${a.sourceSpan.end}`,
    ...(a.source ? { text: a.source } : {}),
    ...(a.sourceActor ? { actor: a.sourceActor } : {}),
  };
}

const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);

/**
 * "Baloch separatists have been waging an insurgency … They accuse Islamabad …": the sentence just
 * before opens with an actor that did not speak, so the pronoun is more likely that actor than a
 * source two sentences back: that actor's mention, or null.
 */
function subjectNotSpeaking(s: SentenceCtx): EntityMention | null {
  const prev = s.doc.sentences[s.si - 1];
  if (!prev || prev.heading) return null;
  if (s.cues.some((c) => c.sentence === s.si - 1)) return null;
  const opening = s.doc.text.slice(prev.start, Math.min(prev.end, prev.start + 40)).search(/\S/);
  const at = prev.start + Math.max(opening, 0);
  return s.doc.actorMentions.find((m) => m.start >= at && m.start < prev.end && /^(?:the\s+)?$/i.test(s.doc.text.slice(at, m.start))) ?? null;
}

/** The last source that spoke earlier in this sentence, not a claimant of its own act nor a pronoun. */
function earlierInSentence(s: SentenceCtx, pronoun: string): Cue | null {
  for (let k = s.cues.length - 1; k >= s.sentenceFirstCue; k--) {
    const c = s.cues[k];
    if (c.attribution && c.attribution !== 'self' && !isAnaphoric(c) && agrees(pronoun, c)) return c;
  }
  return null;
}

/** The last source named in the two sentences before this one, not a claimant of its own act nor a pronoun. */
function antecedentOf(s: SentenceCtx, pronoun: string): Cue | null {
  // "The group also warned … It said …": "the group" stands for the group it named, so "it" may too.
  return lastCueBefore(s, (c) => c.attribution !== 'self' && (!isAnaphoric(c) || /^group-of:/.test(anaphorRule(c))) && agrees(pronoun, c));
}

/** Singular nouns of a person speaking, beside the offices and titles ("a resident", "the doctor"). */
const PERSON_NOUNS = new Set([
  'resident', 'witness', 'eyewitness', 'doctor', 'relative', 'employee', 'staffer', 'trader', 'shopkeeper', 'survivor', 'passenger',
  'insider', 'analyst', 'expert', 'observer', 'researcher', 'diplomat', 'journalist', 'reporter', 'correspondent', 'source', 'villager',
  'elder', 'medic', 'member', 'man', 'woman', 'farmer', 'student', 'teacher', 'driver', 'father', 'mother', 'brother', 'son', 'cousin',
]);

/**
 * Whether a pronoun can stand for a cue's source: "he" and "she" for a person (a name, an office
 * holder, "a resident"), "it" for anything but a person ("One resident said … It said" is not the
 * resident); "they" for any source.
 */
function agrees(pronoun: string, c: Cue): boolean {
  if (pronoun === 'they') return true;
  const person = personhood(c);
  // "Residents said … It said": a plural source is no "it".
  if (pronoun === 'it' && c.source && isPluralNoun(headNoun(c.source))) return false;
  return person === 'either' || (pronoun === 'it' ? person === 'thing' : person === 'person');
}

/** Whether a source is a person, a body or a thing, or may be either (a capitalised name the gazetteers do not know). */
function isPluralNoun(head: string): boolean {
  if (speechWords().commonSourceNouns.has(head)) return /[^s]s$/.test(head);
  // "Aid workers in Nangarhar", "farmers": a plural the lexicon does not list, in lower case.
  return /^\p{Ll}+[^su]s$/u.test(head) && !SINGULAR_IN_S.has(head);
}

/** Lower-case words ending in "s" that are no plural. */
const SINGULAR_IN_S = new Set(['news', 'series', 'species', 'analysis', 'basis', 'crisis', 'thesis', 'means', 'headquarters']);

/** Whether `text` holds `word` as a word of its own: after its start or a space, before its end, a space or a comma. */
function hasCapitalsWord(text: string, word: string): boolean {
  return text.split(/\s+/).some((w) => w.startsWith(word) && (w.length === word.length || w[word.length] === ','));
}

function personhood(c: Cue): 'person' | 'thing' | 'either' {
  if (/person-name:capitalised|self-styled/.test(c.rule)) return 'either';
  if (/person-name|apposition|interview-answer/.test(c.rule)) return 'person';
  if (!c.source) return 'either';
  const head = headNoun(c.source);
  // "the ISPR": an office's acronym names the body, not a person.
  if (head.length > 1 && hasCapitalsWord(c.source, head.toUpperCase())) return 'thing';
  return PERSON_NOUNS.has(head) || speechWords().personTitles.has(head) ? 'person' : 'thing';
}

/** The latest cue of the two sentences before this one that `accept` takes, or null: where "they", "the group", "the officer" look back. */
function lastCueBefore(s: SentenceCtx, accept: (c: Cue) => boolean): Cue | null {
  for (let k = s.sentenceFirstCue - 1; k >= 0 && s.cues[k].sentence >= s.si - 2; k--) if (accept(s.cues[k])) return s.cues[k];
  return null;
}

/**
 * A town that is its country's capital: the gazetteer gives a country the point of its capital
 * (data/places.json), so the town at that point is the seat of government.
 */
function isCapital(s: SentenceCtx, entry: PlaceEntry): boolean {
  if (entry.kind !== 'populated-place' || !entry.country || entry.lat === null || entry.lon === null) return false;
  const country = s.ctx.places.get(`country:${entry.country}`);
  if (!country || country.lat === null || country.lon === null) return false;
  return Math.abs(country.lat - entry.lat) < 0.05 && Math.abs(country.lon - entry.lon) < 0.05;
}

/** The most words of a compound noun before a source noun after "according to" ("highways authority"). */
const MAX_COMPOUND = 2;

function isCompoundWord(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  return /^\p{Ll}[\p{Ll}-]+$/u.test(s.doc.text.slice(t.start, t.end)) && !PHRASE_CANNOT_END.has(t.lower) && !STOP_BEFORE_SOURCE.has(t.lower) && !s.ctx.lexicons.auxiliaries.has(t.lower) && !s.pat.passiveAuxiliaries.has(t.lower);
}

/** Words no compound noun holds. */
const STOP_BEFORE_SOURCE = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'by', 'with', 'to', 'and', 'or', 'that', 'who', 'which', 'said', 'says']);

/** A source phrase starting at token `i` (after "according to" or a post-posed verb). */
function sourceAt(s: SentenceCtx, i: number): SourcePhrase | null {
  let k = i;
  while (k < s.toks.length && isModifier(s, k)) k++;
  for (let end = Math.min(s.toks.length - 1, k + 5); end >= i; end--) {
    const src = sourceEndingAt(s, end);
    if (src && src.start >= i && src.start <= k) return { ...src, start: i };
  }
  // "the provincial highways authority", "the assembly secretariat": a compound's first nouns
  // before a source noun of the lexicon.
  for (let c = k; c < k + MAX_COMPOUND && c + 1 < s.toks.length && isCompoundWord(s, c); c++) {
    const noun = s.endingAt.get(c + 1);
    if (noun && noun.firstToken === c + 1 && noun.values.some((v) => v.entity.startsWith('source:'))) {
      const src = sourceEndingAt(s, c + 1);
      if (src) return { ...src, start: i, rule: `${src.rule}+compound` };
    }
  }
  return null;
}

/** Words of an office that speaks for a group ("Taliban spokesman Zabihullah Mujahid"). */
const SPOKESPERSON_ROLES = new Set(['spokesman', 'spokesperson', 'spokeswoman', 'spokesmen']);
const SPOKESPERSON_ROLE_WORD = new RegExp(`\\b(?:${[...SPOKESPERSON_ROLES].join('|')})\\b`, 'i');

/**
 * A person's name speaking, and the group it speaks for when the text or the lexicon ties the name
 * to a group's spokesperson: "TTP spokesman Mohammad Khurasani said" (the group before the office),
 * then "Khurasani said" or "Mohammad Khurasani said" further on (a source the text named so
 * before), or a name of `spokespeople` (attribution.json). Such a statement is the group's, as "A
 * TTP spokesman said" is.
 */
function personNameEndingAt(s: SentenceCtx, j: number): (SourcePhrase & { titled: boolean }) | null {
  const name = personNameOf(s, j);
  if (!name || name.kind !== 'named') return name;
  const actor = name.titled ? spokespersonOwner(s, name.start, j) : spokespersonTie(s, name.start, j);
  return actor ? { ...name, actor, rule: `${name.rule}+spokesperson-of:${actor}` } : name;
}

/**
 * "Taliban spokesman Zabihullah Mujahid", "The TTP's spokesman", "a spokesman for the TTP": the
 * actor whose spokesperson's office the words from `start` to `end` name; null with no such office.
 */
function spokespersonOwner(s: SentenceCtx, start: number, end: number): string | null {
  let role = false;
  let owner: string | null = null;
  for (let k = start; k <= end; k++) {
    if (SPOKESPERSON_ROLES.has(s.toks[k].lower)) role = true;
    owner ??= s.actorStarts.get(s.toks[k].start)?.entity ?? null;
  }
  return role ? owner : null;
}

/** The group a name with no office beside it speaks for: by the text's earlier sources, else the lexicon. */
function spokespersonTie(s: SentenceCtx, start: number, j: number): string | null {
  const words = s.doc.text.slice(s.toks[start].start, s.toks[j].end);
  // The name ends the source ("TTP spokesman Ahmad Gulzar") or opens its apposition ("Ahmad Gulzar, a spokesman for the TTP").
  const named = new RegExp(`(?:^|\\s)${escapeRegExp(words)}(?:$|,)`, 'u');
  for (let k = s.cues.length - 1; k >= 0; k--) {
    const c = s.cues[k];
    if (c.sourceActor && c.sourceSpan && SPOKESPERSON_ROLE_WORD.test(c.source ?? '') && named.test(s.doc.text.slice(c.sourceSpan.start, c.sourceSpan.end))) return c.sourceActor;
  }
  return s.pat.spokespersonActors.get(words.toLowerCase()) ?? null;
}

function personNameOf(s: SentenceCtx, j: number): (SourcePhrase & { titled: boolean }) | null {
  let k = j;
  while (k >= 0 && isCapitalisedWord(s, k) && j - k < 4) k--;
  const count = j - k;
  if (count === 0) return null;
  const nameStart = k + 1;
  const titled = k >= 0 && speechWords().personTitles.has(s.toks[k].lower);
  // A lone capitalised word at the start of a sentence is usually not a name ("Officials"), unless
  // it is the surname of a person the text named before ("Zabihullah Mujahid … Mujahid said"), or
  // of a spokesperson everyone in the region's press knows ("Mujahid said", with no full name).
  if (!titled && count < 2) {
    if (namedBefore(s, j)) return { start: j, end: j, kind: 'named', rule: 'person-name:surname', titled: false };
    if (s.pat.spokespeopleSurnames.has(s.toks[j].lower)) return { start: j, end: j, kind: 'named', rule: 'person-name:known-spokesperson', titled: false };
    return loneName(s, j) ? { start: j, end: j, kind: 'named', rule: 'person-name:lone-word', titled: false } : null;
  }
  // "DPO Lakki Marwat said": a district's name after a district office names the office, not its holder.
  if (titled && DISTRICT_OFFICES.has(s.toks[k].lower)) {
    const words = s.doc.text.slice(s.toks[nameStart].start, s.toks[j].end);
    const district = s.ctx.places.candidates(words).find((e) => e.kind === 'admin2' || e.kind === 'admin1');
    if (district) return { start: titleRunStart(s, k), end: j, kind: 'official', rule: `source-office-of:${district.id}`, titled: true };
  }
  let start = nameStart;
  if (titled) {
    start = titleRunStart(s, k);
    // "Balochistan Chief Minister Sarfraz Bugti": the place or body whose office it is belongs to the source.
    const owner = start > 0 ? ownerEndingAt(s, start - 1) : undefined;
    if (owner) start = tokenIndexAt(s.toks, owner.start) ?? start;
  }
  return { start, end: j, kind: 'named', rule: titled ? 'person-name:titled' : 'person-name:capitalised', titled };
}

/**
 * Where the run of an office's words ending at `k` starts: titles, modifiers and capitalised words
 * ("Deputy Commissioner", "the provincial Chief Minister").
 */
function titleRunStart(s: SentenceCtx, k: number): number {
  let start = k;
  while (start > 0 && (isModifier(s, start - 1) || isCapitalisedWord(s, start - 1) || speechWords().personTitles.has(s.toks[start - 1].lower) || isCapitalisedSource(s, start - 1) || isAcronym(s, start - 1))) start--;
  return start;
}

/** "Foreign Office spokesperson …": a capitalised word of a source noun names the office's body. */
function isCapitalisedSource(s: SentenceCtx, k: number, entity = 'source:official'): boolean {
  const m = s.endingAt.get(k);
  if (!m || !/^\p{Lu}/u.test(s.doc.text[s.toks[m.firstToken].start])) return false;
  return m.values.some((v) => v.entity === entity);
}

/** A place or actor mention ending with token `k`: whose office or body a source is. */
function ownerEndingAt(s: SentenceCtx, k: number): EntityMention | undefined {
  return s.placeEnds.get(s.toks[k].end) ?? s.actorEnds.get(s.toks[k].end);
}

/** Capitalised words that open a sentence before "said" and name no one ("Others said", "Both said"). */
const NO_NAME = new Set(['others', 'many', 'some', 'both', 'all', 'few', 'several', 'most', 'everyone', 'everybody', 'nobody', 'somebody', 'someone', 'one', 'another', 'this', 'that', 'these', 'those', 'none', 'each', 'either', 'neither', 'later', 'earlier', 'then', 'also']);

/**
 * "Meta said it had removed the accounts": a lone capitalised word that the gazetteers and
 * lexicons do not know, opening the sentence (or after its introduction) right before a
 * reporting verb, is a name speaking: an organisation's ("Meta") or a person's.
 */
function loneName(s: SentenceCtx, j: number): boolean {
  if (j !== 0 && !afterIntroduction(s, j)) return false;
  const t = s.toks[j];
  if (t.lower.length < 2 || NO_NAME.has(t.lower) || PRONOUNS.has(t.lower) || s.pat.negations.has(t.lower) || s.ctx.lexicons.sourceModifiers.has(t.lower)) return false;
  return speechWords().verbs.has(s.toks[j + 1]?.lower ?? '');
}

/** Whether the word at `j` ended a capitalised name of two or more words earlier in the text. */
function namedBefore(s: SentenceCtx, j: number): boolean {
  const t = s.toks[j];
  const word = s.doc.text.slice(t.start, t.end);
  if (word.length < 3) return false;
  return new RegExp(`\\p{Lu}[\\p{L}'’-]+\\s+${escapeRegExp(word)}\\b`, 'u').test(s.doc.text.slice(0, t.start));
}

function isCapitalisedWord(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  const surface = s.doc.text.slice(t.start, t.end);
  if (!/^\p{Lu}\p{Ll}/u.test(surface)) return false;
  // Words the gazetteers or lexicons know are not parts of a person's name.
  if (s.endingAt.has(k)) return false;
  if (s.actorEnds.has(t.end) || s.placeEnds.has(t.end) || s.actorStarts.has(t.start)) return false;
  return true;
}

/** "PTI", "PTA": a body's acronym in capitals (two to six letters), not a pronoun or a negation. */
function isAcronym(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  return !!t && /^\p{Lu}{2,6}$/u.test(s.doc.text.slice(t.start, t.end)) && !PRONOUNS.has(t.lower) && !s.pat.negations.has(t.lower);
}

/** A capitalised word of an organisation's name ("Interior", "Counter Terrorism"), not a pronoun or "No". */
function isNameWord(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  return /^\p{Lu}/u.test(s.doc.text[t.start]) && !PRONOUNS.has(t.lower) && !s.pat.negations.has(t.lower);
}

function isModifier(s: SentenceCtx, k: number): boolean {
  return s.ctx.lexicons.sourceModifiers.has(s.toks[k].lower);
}

/** An attribution at the end of its sentence ("..., officials said.") covers all of it. */
function isPostposed(s: SentenceCtx, verbEnd: number): boolean {
  const toks = s.toks;
  // "…, the officer said, adding that …", "…, Dawn reported, citing hospital officials.": what
  // follows the participle is the same source speaking.
  if (toks[verbEnd + 1]?.lower === ',' && POSTPOSED_PARTICIPLES.has(toks[verbEnd + 2]?.lower ?? '')) return true;
  const rest = toks.slice(verbEnd + 1 + listenerLength(s, verbEnd)).filter((t) => /[\p{L}\p{N}]/u.test(t.lower));
  if (rest.length <= 2) return true;
  // "…, the TTP said in a statement.", "…, Mujahid told AFP on Wednesday.": a short phrase of
  // where or when the words were said still ends the sentence with its source.
  return rest.length <= MAX_TRAILING_PHRASE && TRAILING_PHRASE_OPENERS.has(rest[0].lower) && !rest.some((t) => t.lower === 'that');
}

/** Participles after a sentence-final source that go on with its words ("…, police said, adding that"). */
const POSTPOSED_PARTICIPLES = new Set(['adding', 'citing', 'quoting', 'saying', 'noting', 'stressing', 'insisting']);

/** "…, a shopkeeper told Dawn by telephone.": the outlet someone spoke to, in tokens after "told"; 0 for none. */
function listenerLength(s: SentenceCtx, verbEnd: number): number {
  if (s.toks[verbEnd].lower !== 'told') return 0;
  // "…, residents told our reporter by telephone."
  const first = READER_DETERMINERS.has(s.toks[verbEnd + 1]?.lower ?? '') ? verbEnd + 2 : verbEnd + 1;
  for (let end = Math.min(s.toks.length - 1, first + 3); end >= first; end--) {
    const m = s.endingAt.get(end);
    if (m && m.firstToken === first && m.values.some((v) => v.entity === 'source:media')) return end - verbEnd;
  }
  return 0;
}

/** The longest phrase after a sentence-final reporting verb, in words ("in a post on X on Wednesday"). */
const MAX_TRAILING_PHRASE = 7;
const TRAILING_PHRASE_OPENERS = new Set(['in', 'on', 'at', 'by', 'during', 'after', 'late', 'earlier', 'later', 'yesterday', 'today', 'afp', 'reuters', 'reporters', 'journalists']);

function makeCue(
  doc: Doc,
  toks: Token[],
  firstTok: number,
  lastTok: number,
  src: SourcePhrase,
  certainty: Certainty,
  scope: 'sentence' | 'following',
  sentence: number,
  rule: string,
): Cue {
  const start = toks[firstTok].start;
  const end = toks[lastTok].end;
  const srcStart = toks[src.start].start;
  const srcEnd = toks[src.end].end;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    kind: 'attribution',
    attribution: src.kind,
    source: src.text ?? doc.text.slice(srcStart, srcEnd),
    sourceSpan: { start: srcStart, end: srcEnd },
    certainty,
    scope,
    sentence,
    rule,
    ...(src.actor ? { sourceActor: src.actor } : {}),
  };
}

function indexByEnd(mentions: readonly EntityMention[]): Map<number, EntityMention> {
  return new Map(mentions.map((m) => [m.end, m]));
}

function indexByStart(mentions: readonly EntityMention[]): Map<number, EntityMention> {
  return new Map(mentions.map((m) => [m.start, m]));
}

function tokenIndexAt(toks: Token[], offset: number): number | null {
  const i = toks.findIndex((t) => t.start === offset);
  return i === -1 ? null : i;
}
