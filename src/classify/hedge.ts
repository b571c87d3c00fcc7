import { readDataJson } from '../gazetteer/load.ts';
import type { CueKind } from '../model/types.ts';
import { words } from './features.ts';
import { numberWords } from '../recognize/quantities.ts';
import { softmaxInPlace, strongestFirst, type FeatureWeight, type LinearModel } from './linear-model.ts';
import { loadModel } from './models.ts';

// The hedge model: a sentence-level uncertainty classifier (data/models/hedge.json, trained by
// `npm run train` on the CoNLL-2010 Wikipedia dev file) for the weasel wording our cue lexicon
// leaves alone ("many scholars", "often", "one of the most"). It reads one claim's words, the
// certainty cues our recognisers found in it, and the word families of data/lexicons/weasel.json:
//   w:<word>                lower-cased word (digits fold to '#'), except the cue lexicon's modals
//                           ("may", "will"): the model only judges claims no cue made uncertain,
//                           where "May" is the month, so it must not learn them as words
//   cue:<kind>:<text>       a cue in the claim; cuekind:<kind>
//   lex:<family>            a word of that family; lex:<family>:<phrase>; lex:<family>@start
//                           when it opens the claim (within its first three words)
//   lexn:<0..3>             how many family words, capped at 3
//   q:<next>, q@start:<next>  a quantifier ("some", "many") and what follows it: of, num,
//                           unit ("several months"), plural or other; q:people before a group
//   len:<0..5>              the claim's length in words, bucketed
//   p:<prefix>              the first four letters of a word of five or more ("suggest",
//                           "suggestion" and "suggested" share "p:sugg"; "possibility" and
//                           "possible" share "p:poss"), so a rare form counts with its kin
//   b:<word>_<word>         adjacent word pairs ("is_considered", "one_of", "tend_to")
// Prefixes and pairs leave the modals out, as the words do.
//   m:...                   a modal cue of the claim (weasel.json modalContext) in its context:
//                           m:<modal>, m:any; what follows it past adverbs ("may also be"):
//                           m:shape:<perfect|passive|be|able|bare|end> and m:<modal>:<shape>,
//                           m:v:<next word>, m:be:<word after "be">, m:adv:<adverb>, m:not and
//                           m:<modal>:not. Only a modal the cue rules found is one ("May" the
//                           month never is), so these tell epistemic "may have begun" from root
//                           "may be used to" when the model judges a claim only a modal made
//                           uncertain (HedgeJudge.judgeModal).
// The same function runs at training and at inference.

export const HEDGE_RULE = 'model:hedge-sentence';
/** The rule a claim gains when the model reads its modal cue as root (not speculative). */
export const MODAL_SENSE_RULE = 'model:modal-sense';

interface WeaselFile {
  families: Record<string, string[]>;
  quantifiers: string[];
  countPhrases: string[];
  irregularPlurals: string[];
  measureNouns: string[];
  groupNouns: string[];
  modalContext: { modals: string[]; adverbs: string[] };
}

interface WeaselPhrase {
  words: string[];
  /** Its features, named once: "lex:<family>", "lex:<family>:<words joined by _>", "lex:<family>@start". */
  features: { family: string; phrase: string; atStart: string };
  /** A count before a plural noun ("hundreds of families"), no family word there. */
  counts: boolean;
}

interface WeaselLexicon {
  /** Family phrases as word sequences, indexed by their first word. */
  byFirst: Map<string, WeaselPhrase[]>;
  quantifiers: ReadonlySet<string>;
  measureNouns: ReadonlySet<string>;
  groupNouns: ReadonlySet<string>;
  /** Plurals that do not end in "s" ("people", "children"): after a count phrase they make it a count. */
  irregularPlurals: ReadonlySet<string>;
  /** Number words and '#' (digits as words() folds them): a quantifier after one counts ("three others"). */
  numbers: ReadonlySet<string>;
  /** Modal cues whose sense the model judges, and the adverbs skipped after one. */
  judgedModals: ReadonlySet<string>;
  modalAdverbs: ReadonlySet<string>;
  /** What the features need to know of a word, for every word they need to know something of. */
  facts: ReadonlyMap<string, WordFacts>;
}

/** What the features need to know of one word: one lookup instead of one per question. */
interface WordFacts {
  /** A modal of the cue lexicon (CUE_MODALS): never a "w:" feature. */
  modal: boolean;
  /** Family phrases starting with the word. */
  phrases: WeaselPhrase[] | null;
  quantifier: boolean;
  /** In a judge's copy: where the model's weights for "w:<word>" are in its table (-1: none). */
  weightsAt: number;
  /** The judging (ScoreSink.stamp) that last added the word's weights: each word counts once. */
  stamp: number;
  /** In a judge's copy: the model's "p:" feature of the word's prefix (null: none, or a short word). */
  prefix: JudgedFeature | null;
  /** In a judge's copy: the model's "b:<word>_<next>" features, by the next word. */
  pairs: ReadonlyMap<string, JudgedFeature> | null;
}

/** Where a feature's weights are in the judge's table, with the judging that last added them: each counts once. */
interface JudgedFeature {
  weightsAt: number;
  stamp: number;
}

/** Modal cues of data/lexicons/certainty.json: handled by the cue rules, never model words. */
const CUE_MODALS = new Set(readDataJson<{ modals: string[] }>('lexicons/certainty.json').modals.map((m) => m.toLowerCase()));

let lexicon: WeaselLexicon | null = null;

export function loadWeaselLexicon(): WeaselLexicon {
  if (lexicon) return lexicon;
  const file = readDataJson<WeaselFile>('lexicons/weasel.json');
  const byFirst: WeaselLexicon['byFirst'] = new Map();
  const countPhrases = new Set(file.countPhrases.map((p) => words(p).join(' ')));
  for (const [family, phrases] of Object.entries(file.families)) {
    for (const p of phrases) {
      const ws = words(p);
      if (ws.length === 0) continue;
      const list = byFirst.get(ws[0]) ?? [];
      const features = { family: 'lex:' + family, phrase: 'lex:' + family + ':' + ws.join('_'), atStart: 'lex:' + family + '@start' };
      list.push({ words: ws, features, counts: countPhrases.has(ws.join(' ')) });
      byFirst.set(ws[0], list);
    }
  }
  const quantifiers = new Set(file.quantifiers);
  const facts = new Map<string, WordFacts>();
  for (const w of new Set([...byFirst.keys(), ...quantifiers, ...CUE_MODALS])) {
    facts.set(w, { modal: CUE_MODALS.has(w), phrases: byFirst.get(w) ?? null, quantifier: quantifiers.has(w), weightsAt: -1, stamp: 0, prefix: null, pairs: null });
  }
  lexicon = {
    byFirst,
    quantifiers,
    measureNouns: new Set(file.measureNouns),
    groupNouns: new Set(file.groupNouns),
    irregularPlurals: new Set(file.irregularPlurals),
    numbers: new Set(['#', ...numberWords()]),
    judgedModals: new Set(file.modalContext.modals),
    modalAdverbs: new Set(file.modalContext.adverbs),
    facts,
  };
  return lexicon;
}

/**
 * Is this cue a modal whose sense the hedge model judges: "may" or "might" followed (past the
 * lexicon's adverbs) by "be", the generic-possibility construction of reference text ("may be
 * used to", "may also be present", "may be larger")? `after` is the text after the cue. A modal
 * before a bare verb ("might attack") or "have" ("may have crossed") is not judged: it stays
 * speculative.
 */
export function isJudgedModal(cue: HedgeCue, after: string): boolean {
  const lex = loadWeaselLexicon();
  if ((cue.kind !== 'speculation' && cue.kind !== 'prediction') || !lex.judgedModals.has(cue.text.toLowerCase())) return false;
  for (const w of words(after.slice(0, 80))) if (!lex.modalAdverbs.has(w)) return w === 'be';
  return false;
}

export interface HedgeCue {
  text: string;
  kind: CueKind;
}

/**
 * Where hedgeFeatures puts what it finds: the claim's words (each "w:<word>") and its other
 * features, in the order they are found, repeats included. One function finds them for training
 * and for judging; only what is done with them differs.
 */
interface HedgeFeatureSink {
  word(w: string, facts: WordFacts | undefined): void;
  /** "p:<prefix>" of a word longer than PREFIX_LENGTH (the facts as word() had them) */
  prefix(w: string, facts: WordFacts | undefined): void;
  /** "b:<a>_<b>" */
  pair(a: string, b: string, factsOfA: WordFacts | undefined): void;
  feature(f: string): void;
}

/** Letters of a word's prefix feature; words longer than this have one. */
const PREFIX_LENGTH = 4;

/** The deduplicated features of one claim (or sentence), in first-seen order. */
export function hedgeFeatures(text: string, cues: readonly HedgeCue[], lex: WeaselLexicon = loadWeaselLexicon()): string[] {
  const list = new FeatureList();
  visitHedgeFeatures(text, cues, lex, lex.facts, list);
  return [...list.seen];
}

class FeatureList implements HedgeFeatureSink {
  readonly seen = new Set<string>();
  word(w: string): void {
    this.seen.add('w:' + w);
  }
  prefix(w: string): void {
    this.seen.add('p:' + w.slice(0, PREFIX_LENGTH));
  }
  pair(a: string, b: string): void {
    this.seen.add('b:' + a + '_' + b);
  }
  feature(f: string): void {
    this.seen.add(f);
  }
}

/** The strings of the lexn: and len: features, made once (each claim has one of each). */
const LEXN = [0, 1, 2, 3].map((k) => 'lexn:' + k);
const LEN = [0, 1, 2, 3, 4, 5].map((k) => 'len:' + k);

function visitHedgeFeatures(
  text: string,
  cues: readonly HedgeCue[],
  lex: WeaselLexicon,
  facts: ReadonlyMap<string, WordFacts>,
  sink: HedgeFeatureSink,
): void {
  const ws = words(text);
  const known = new Array<WordFacts | undefined>(ws.length);
  for (let i = 0; i < ws.length; i++) {
    const f = (known[i] = facts.get(ws[i]));
    if (!f?.modal) sink.word(ws[i], f);
  }
  for (let i = 0; i < ws.length; i++) {
    if (known[i]?.modal) continue;
    const w = ws[i];
    if (w.length > PREFIX_LENGTH) sink.prefix(w, known[i]);
    if (i + 1 < ws.length && !known[i + 1]?.modal) sink.pair(w, ws[i + 1], known[i]);
  }
  let modalCues: Set<string> | null = null;
  for (const c of cues) {
    if (c.kind === 'attribution') continue;
    sink.feature('cue:' + c.kind + ':' + c.text.toLowerCase());
    sink.feature('cuekind:' + c.kind);
    if (JUDGED_KINDS.has(c.kind) && lex.judgedModals.has(c.text.toLowerCase())) (modalCues ??= new Set()).add(c.text.toLowerCase());
  }
  if (modalCues) modalFeatures(ws, modalCues, lex, sink);
  let hits = 0;
  for (let i = 0; i < ws.length; i++) {
    const phrases = known[i]?.phrases;
    if (!phrases) continue;
    let here = false;
    for (const p of phrases) {
      if (!startsAt(ws, i, p.words)) continue;
      // "hundreds of families had fled": a round figure of news, not a weasel quantifier.
      if (p.counts && isPlural(ws[i + p.words.length], lex)) continue;
      // "most" and "most of" at one place are one weasel word, not two.
      if (!here) hits++;
      here = true;
      sink.feature(p.features.family);
      sink.feature(p.features.phrase);
      if (i < 3) sink.feature(p.features.atStart);
    }
  }
  sink.feature(LEXN[Math.min(hits, 3)]);
  for (let i = 0; i < ws.length; i++) {
    // "three others were wounded" counts; only a quantifier without a number before it is vague.
    if (!known[i]?.quantifier || (i > 0 && lex.numbers.has(ws[i - 1]))) continue;
    const next = ws[i + 1];
    const kind = next === undefined ? 'end' : next === 'of' ? 'of' : next === '#' ? 'num' : lex.measureNouns.has(next) ? 'unit' : next.endsWith('s') ? 'plural' : 'other';
    sink.feature('q:' + kind);
    if (i < 2) sink.feature('q@start:' + kind);
    if (next !== undefined && lex.groupNouns.has(next)) sink.feature('q:people');
  }
  const n = ws.length;
  sink.feature(LEN[n < 6 ? 0 : n < 12 ? 1 : n < 20 ? 2 : n < 30 ? 3 : n < 40 ? 4 : 5]);
}

/** A plural noun: a word ending in "s" (not "ss") or one of the lexicon's irregular plurals. */
function isPlural(w: string | undefined, lex: WeaselLexicon): boolean {
  return w !== undefined && ((w.endsWith('s') && !w.endsWith('ss') && w.length > 2) || lex.irregularPlurals.has(w));
}

/**
 * Sums a model's weights over the features as they are found, each counted once at its first
 * sighting: the order in which the LinearModel would add them up from hedgeFeatures' list, so
 * the same sums to the last bit, without a name made for a word, prefix or pair and without a
 * set per claim: each feature's stamp says whether this judging has added it.
 */
class ScoreSink implements HedgeFeatureSink {
  /** Marks what this judging has added, on the judge's own word facts and features. */
  private readonly stamp = ++lastStamp;
  constructor(
    private readonly known: KnownFeatures,
    readonly scores: Float64Array,
  ) {}
  prefix(w: string, facts: WordFacts | undefined): void {
    // A word the judge knows has its prefix's feature at hand; others look it up.
    this.addOnce(facts ? facts.prefix : this.known.prefixes.get(w.slice(0, PREFIX_LENGTH)));
  }
  pair(_a: string, b: string, factsOfA: WordFacts | undefined): void {
    // Every first word of a pair the model knows is in the judge's facts.
    const pairs = factsOfA?.pairs;
    if (pairs) this.addOnce(pairs.get(b));
  }
  word(_w: string, facts: WordFacts | undefined): void {
    // A word the model has no weight for adds nothing, however often it comes.
    if (!facts || facts.weightsAt < 0 || facts.stamp === this.stamp) return;
    facts.stamp = this.stamp;
    this.add(facts.weightsAt);
  }
  feature(f: string): void {
    // A feature the model has no weight for adds nothing, however often it comes.
    this.addOnce(this.known.others.get(f));
  }
  private addOnce(e: JudgedFeature | null | undefined): void {
    if (!e || e.stamp === this.stamp) return;
    e.stamp = this.stamp;
    this.add(e.weightsAt);
  }
  private add(at: number): void {
    const scores = this.scores;
    const weights = this.known.weights;
    for (let c = 0; c < scores.length; c++) scores[c] += weights[at + c];
  }
}

/**
 * The features of a claim pushing toward one class, named: the list topFeatures makes from
 * hedgeFeatures' (each feature the model knows, once, with a positive weight), with a name made
 * only for those. For the few claims found uncertain.
 */
class PushSink implements HedgeFeatureSink {
  private readonly stamp = ++lastStamp;
  readonly found: FeatureWeight[] = [];
  constructor(
    private readonly known: KnownFeatures,
    private readonly classIndex: number,
  ) {}
  word(w: string, facts: WordFacts | undefined): void {
    if (!facts || facts.weightsAt < 0 || facts.stamp === this.stamp) return;
    facts.stamp = this.stamp;
    const weight = this.known.weights[facts.weightsAt + this.classIndex];
    if (weight > 0) this.found.push({ feature: 'w:' + w, weight });
  }
  prefix(w: string, facts: WordFacts | undefined): void {
    const p = w.slice(0, PREFIX_LENGTH);
    this.note(facts ? facts.prefix : this.known.prefixes.get(p), 'p:', p);
  }
  pair(a: string, b: string, factsOfA: WordFacts | undefined): void {
    const pairs = factsOfA?.pairs;
    if (pairs) this.note(pairs.get(b), 'b:', a + '_' + b);
  }
  feature(f: string): void {
    this.note(this.known.others.get(f), '', f);
  }
  private note(e: JudgedFeature | null | undefined, family: string, name: string): void {
    if (!e || e.stamp === this.stamp) return;
    e.stamp = this.stamp;
    const weight = this.known.weights[e.weightsAt + this.classIndex];
    if (weight > 0) this.found.push({ feature: family + name, weight });
  }
}

/** The model's features as a judge reads them, prefixes and the rest with their stamps (words and pairs are in its facts). */
interface KnownFeatures {
  /** "p:<prefix>" by its prefix, for words without facts. */
  prefixes: ReadonlyMap<string, JudgedFeature>;
  /** Every feature but "w:", "p:" and "b:", by its name. */
  others: ReadonlyMap<string, JudgedFeature>;
  /**
   * Every feature's weight for every class, one feature after another, so a sum reads one small
   * table instead of two typed arrays per feature. A class the model gives a feature no weight
   * for holds 0, and adding 0 changes no sum (softmax reads -0 as 0): the sums stay addWeights'.
   */
  weights: Float64Array;
}

let lastStamp = 0;

const JUDGED_KINDS = new Set<CueKind>(['speculation', 'prediction']);

/** Past participles, roughly: enough to tell "may be used" from "may be larger". */
const PARTICIPLE = /(?:ed|en|wn|ought|ung|uilt|ound|eld|ade|one|ept)$/;

/** The m: features of each modal cue in the words (see the header). */
function modalFeatures(ws: readonly string[], modals: ReadonlySet<string>, lex: WeaselLexicon, sink: HedgeFeatureSink): void {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!modals.has(w)) continue;
    sink.feature('m:' + w);
    sink.feature('m:any');
    let j = i + 1;
    let negated = false;
    for (; j < ws.length && lex.modalAdverbs.has(ws[j]); j++) {
      sink.feature('m:adv:' + ws[j]);
      if (ws[j] === 'not') negated = true;
    }
    if (negated) {
      sink.feature('m:not');
      sink.feature('m:' + w + ':not');
    }
    const v = ws[j];
    const after = ws[j + 1];
    let shape = 'bare';
    if (v === undefined) shape = 'end';
    else if (v === 'have') shape = 'perfect';
    else if (v === 'be') shape = after === undefined ? 'be' : after === 'able' ? 'able' : PARTICIPLE.test(after) ? 'passive' : 'be';
    sink.feature('m:shape:' + shape);
    sink.feature('m:' + w + ':' + shape);
    if (v !== undefined) sink.feature('m:v:' + v);
    if ((shape === 'passive' || shape === 'be') && after !== undefined) sink.feature('m:be:' + after);
  }
}

function startsAt(ws: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > ws.length) return false;
  for (let j = 1; j < phrase.length; j++) if (ws[i + j] !== phrase[j]) return false;
  return true;
}

export interface HedgeVerdict {
  /** The model's probability that the claim is uncertain (4 decimals). */
  score: number;
  uncertain: boolean;
  /** The features pushing hardest toward "uncertain", strongest first. */
  features: FeatureWeight[];
}

/** A trained hedge model with its decision threshold, ready to judge claims. */
export class HedgeJudge {
  readonly id: string;
  readonly threshold: number;
  /** The probability from which a claim only a modal cue made uncertain stays uncertain. */
  readonly modalThreshold: number;
  private readonly uncertainIndex: number;

  /**
   * The lexicon's word facts with the model's weights added: "w:<word>", the word's prefix and
   * the pairs it starts. Every word of a "w:" or the first of a "b:" feature has facts.
   */
  private readonly facts: ReadonlyMap<string, WordFacts>;
  private readonly known: KnownFeatures;
  /** The per-class scores of the claim being judged (judge() is not re-entered). */
  private readonly scores: Float64Array;

  constructor(private readonly model: LinearModel) {
    this.id = model.id;
    const t = model.header.threshold;
    this.threshold = typeof t === 'number' ? t : 0.5;
    const tm = model.header.modalThreshold;
    this.modalThreshold = typeof tm === 'number' ? tm : this.threshold;
    this.uncertainIndex = model.classes.indexOf('uncertain');
    const facts = new Map<string, WordFacts>();
    for (const [w, f] of loadWeaselLexicon().facts) facts.set(w, { ...f });
    const factsOf = (w: string): WordFacts => {
      let known = facts.get(w);
      if (!known) facts.set(w, (known = { modal: false, phrases: null, quantifier: false, weightsAt: -1, stamp: 0, prefix: null, pairs: null }));
      return known;
    };
    const prefixes = new Map<string, JudgedFeature>();
    const pairs = new Map<string, Map<string, JudgedFeature>>();
    const others = new Map<string, JudgedFeature>();
    const classes = model.classes.length;
    const weights = new Float64Array([...model.featureNames()].length * classes);
    let end = 0;
    const place = (f: string): number => {
      const e = model.weightsOf(f)!;
      for (let i = 0; i < e.cls.length; i++) weights[end + e.cls[i]] = e.w[i];
      end += classes;
      return end - classes;
    };
    for (const f of model.featureNames()) {
      if (f.startsWith('p:')) prefixes.set(f.slice(2), { weightsAt: place(f), stamp: 0 });
      else if (f.startsWith('b:')) {
        // Words hold no "_" (WORD_PATTERN), so the first one splits the pair.
        const cut = f.indexOf('_');
        const first = f.slice(2, cut);
        let seconds = pairs.get(first);
        if (!seconds) pairs.set(first, (seconds = new Map()));
        seconds.set(f.slice(cut + 1), { weightsAt: place(f), stamp: 0 });
      } else if (f.startsWith('w:')) factsOf(f.slice(2)).weightsAt = place(f);
      else others.set(f, { weightsAt: place(f), stamp: 0 });
    }
    for (const [first, seconds] of pairs) factsOf(first).pairs = seconds;
    for (const [w, known] of facts) if (w.length > PREFIX_LENGTH) known.prefix = prefixes.get(w.slice(0, PREFIX_LENGTH)) ?? null;
    this.facts = facts;
    this.known = { prefixes, others, weights };
    this.scores = model.biasScores();
  }

  probability(features: readonly string[]): number {
    return this.model.probabilities(features)[this.uncertainIndex];
  }

  judge(text: string, cues: readonly HedgeCue[]): HedgeVerdict {
    const sink = new ScoreSink(this.known, this.model.resetToBias(this.scores));
    visitHedgeFeatures(text, cues, loadWeaselLexicon(), this.facts, sink);
    const p = softmaxInPlace(sink.scores)[this.uncertainIndex];
    const uncertain = p >= this.threshold;
    return {
      score: Math.round(p * 1e4) / 1e4,
      uncertain,
      // Rarely needed: named only for a claim found uncertain.
      features: uncertain ? this.pushingToward(this.uncertainIndex, text, cues) : [],
    };
  }

  /** The five features of a claim pushing hardest toward a class: topFeatures of its hedgeFeatures. */
  private pushingToward(classIndex: number, text: string, cues: readonly HedgeCue[]): FeatureWeight[] {
    const sink = new PushSink(this.known, classIndex);
    visitHedgeFeatures(text, cues, loadWeaselLexicon(), this.facts, sink);
    return strongestFirst(sink.found, 5);
  }

  /**
   * A claim only a modal cue made uncertain: does the modal stand (epistemic "may have begun")
   * or is it root (permission, ability, habit: "may be used to")? Uncertain at modalThreshold;
   * otherwise the features are those pushing hardest toward certain.
   */
  judgeModal(text: string, cues: readonly HedgeCue[]): HedgeVerdict {
    const features = hedgeFeatures(text, cues);
    const p = this.model.probabilities(features)[this.uncertainIndex];
    const uncertain = p >= this.modalThreshold;
    return {
      score: Math.round(p * 1e4) / 1e4,
      uncertain,
      features: uncertain ? [] : this.model.topFeatures(features, 1 - this.uncertainIndex, 5),
    };
  }
}

let judge: HedgeJudge | null = null;

/** The shipped hedge model (data/models/hedge.json), loaded once. */
export function loadHedgeJudge(): HedgeJudge {
  judge ??= new HedgeJudge(loadModel('hedge'));
  return judge;
}
