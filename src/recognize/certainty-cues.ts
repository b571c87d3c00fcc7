import type { Cue, CueKind, Doc, Token } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { TokenTrie } from '../gazetteer/trie.ts';
import { phraseAt, sentenceTokenRanges } from './tokens.ts';
import { startsWithWordChar } from './word-start.ts';

// Hedge, prediction, speculation and denial cues from data/lexicons/certainty.json: the phrase
// lexicon, and vague sources ("some critics", "many scholars", "others argue") whose view a
// claim reports without saying whose it is.

const KIND_OF: Record<string, CueKind> = {
  'certainty:hedged': 'hedge',
  'certainty:predicted': 'prediction',
  'certainty:speculative': 'speculation',
  'certainty:denied': 'denial',
};

interface WeaselSourceFile {
  weaselSources: { quantifiers: string[]; groups: string[]; verbQuantifiers: string[]; verbs: string[] };
}

interface WeaselSources {
  /** Quantifiers as token sequences ("a number of"). */
  quantifiers: TokenTrie;
  groups: ReadonlySet<string>;
  verbQuantifiers: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
}

let weasels: WeaselSources | null = null;

interface NotCueFile {
  notCues: {
    before: Record<string, string[]>;
    after: Record<string, string[]>;
    atSentenceStart: string[];
    afterSubjectOf: Record<string, string[]>;
    followedBy: Record<string, string[]>;
  };
}

/** Readings in which a cue phrase states no uncertainty, by the word next to it (certainty.json notCues). */
interface NotCues {
  before: ReadonlyMap<string, ReadonlySet<string>>;
  after: ReadonlyMap<string, ReadonlySet<string>>;
  atSentenceStart: ReadonlySet<string>;
  /** The word before the cue's one-word subject ("before he could"). */
  afterSubjectOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** Word sequences right after the cue ("could" + "not be independently verified"). */
  followedBy: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
}

let notCues: NotCues | null = null;

function loadNotCues(): NotCues {
  if (notCues) return notCues;
  const file = readDataJson<NotCueFile>('lexicons/certainty.json').notCues;
  const sets = (r: Record<string, string[]>) => new Map(Object.entries(r).map(([k, ws]) => [k, new Set(ws.map((w) => w.toLowerCase()))]));
  notCues = {
    before: sets(file.before),
    after: sets(file.after),
    atSentenceStart: new Set(file.atSentenceStart),
    afterSubjectOf: sets(file.afterSubjectOf),
    followedBy: new Map(Object.entries(file.followedBy).map(([k, ps]) => [k, ps.map((p) => p.toLowerCase().split(/\s+/))])),
  };
  return notCues;
}

/** '.' stands for punctuation and the sentence's end in the notCues lists, as a word does for itself. */
function wordOf(tok: Token | undefined): string {
  if (!tok) return '.';
  return startsWithWordChar(tok.lower) ? tok.lower : tok.lower === ',' ? ',' : '.';
}

/** Is this match of a cue phrase one of its readings that state no uncertainty ("due to the lack")? */
function isNotCue(alias: string, toks: readonly Token[], first: number, last: number, nc: NotCues): boolean {
  if (first === 0 && nc.atSentenceStart.has(alias)) return true;
  if (first > 0 && nc.before.get(alias)?.has(wordOf(toks[first - 1]))) return true;
  if (first > 1 && nc.afterSubjectOf.get(alias)?.has(wordOf(toks[first - 2]))) return true;
  const followers = nc.followedBy.get(alias);
  if (followers && phraseAt(toks, last + 1, followers)) return true;
  return nc.after.get(alias)?.has(wordOf(toks[last + 1])) ?? false;
}

function loadWeaselSources(): WeaselSources {
  if (weasels) return weasels;
  const file = readDataJson<WeaselSourceFile>('lexicons/certainty.json').weaselSources;
  const quantifiers = new TokenTrie();
  for (const q of file.quantifiers) quantifiers.add(q, 'quantifier');
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  weasels = { quantifiers, groups: lower(file.groups), verbQuantifiers: lower(file.verbQuantifiers), verbs: lower(file.verbs) };
  return weasels;
}

interface ReportedFutureFile {
  reportedFuture: {
    modals: string[];
    speechVerbs: string[];
    skip: string[];
    notBefore: string[];
    subordinators: string[];
    habits: { words: string[]; every: string[]; times: string[]; timeNouns: string[]; futureAnchors: string[] };
    maxParenthetical: number;
  };
}

interface ReportedFuture {
  modals: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  skip: ReadonlySet<string>;
  notBefore: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  habitWords: ReadonlySet<string>;
  habitEvery: ReadonlySet<string>;
  habitTimes: ReadonlySet<string>;
  timeNouns: ReadonlySet<string>;
  /** Token sequences, lower-cased. */
  futureAnchors: string[][];
  maxParenthetical: number;
  /**
   * Whether a text may hold a modal: its letters before any apostrophe ("would" of "wouldn't"),
   * case-insensitive. A token is its text lower-cased (tokenize.ts), so a text this misses has
   * no modal token and no reported-future cue. Null (always ask) were a modal not ASCII letters.
   */
  modalGate: RegExp | null;
}

let reportedFuture: ReportedFuture | null = null;

function loadReportedFuture(): ReportedFuture {
  if (reportedFuture) return reportedFuture;
  const file = readDataJson<ReportedFutureFile>('lexicons/certainty.json').reportedFuture;
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  reportedFuture = {
    modals: lower(file.modals),
    speechVerbs: lower(file.speechVerbs),
    skip: lower(file.skip),
    notBefore: lower(file.notBefore),
    subordinators: lower(file.subordinators),
    habitWords: lower(file.habits.words),
    habitEvery: lower(file.habits.every),
    habitTimes: lower(file.habits.times),
    timeNouns: lower(file.habits.timeNouns),
    futureAnchors: file.habits.futureAnchors.map((p) => p.toLowerCase().split(/\s+/)),
    maxParenthetical: file.maxParenthetical,
    modalGate: modalGate(file.modals),
  };
  return reportedFuture;
}

function modalGate(modals: readonly string[]): RegExp | null {
  const stems = [...new Set(modals.map((m) => m.toLowerCase().split(/['’]/)[0]))];
  // (Under /iu every ASCII letter matches whatever lower-cases to it, the Kelvin sign as "k".)
  return stems.every((w) => /^[a-z]+$/.test(w)) ? new RegExp(stems.join('|'), 'iu') : null;
}

/** How far before a verb of saying a subordinator makes it no main verb ("even though he announced"). */
const SUBORDINATOR_WINDOW = 4;

/** "after telling her", "even though he announced", "an announcement that stated": a verb of saying in a subordinate clause. */
function isMainVerb(toks: readonly Token[], at: number, rf: ReportedFuture): boolean {
  for (let k = at - 1; k >= 0 && k >= at - SUBORDINATOR_WINDOW; k--) {
    const w = toks[k].lower;
    if (w === ',') return true;
    if (rf.subordinators.has(w)) return false;
  }
  return true;
}

/** The most tokens between a verb of saying and the "would" of what it reports. */
const MAX_REPORTED_FUTURE = 25;

const isWord = startsWithWordChar;

/**
 * The comma closing a parenthetical that the comma at `open` opens in a reported clause ("said
 * that, after repairs, the crossing would", "said the crossing, closed since March, would"), when
 * only words stand between and a word follows; -1 for none.
 */
function parentheticalEnd(toks: readonly Token[], open: number, rf: ReportedFuture): number {
  for (let k = open + 1; k < toks.length && k - open <= rf.maxParenthetical + 1; k++) {
    const w = toks[k].lower;
    if (w === ',') return k > open + 1 && isWord(toks[k + 1]?.lower ?? '') ? k : -1;
    if (!isWord(w)) return -1;
  }
  return -1;
}

/**
 * "said he would visit the shrine every Friday", "would travel to Kabul twice a week", "would go
 * on Fridays": a frequency in the reported clause (from the verb of saying to the clause's end)
 * makes "would" a habit, unless the habit starts at a time to come ("would be open daily from
 * next week").
 */
function isHabit(toks: readonly Token[], from: number, would: number, rf: ReportedFuture): boolean {
  let end = would + 1;
  while (end < toks.length && isWord(toks[end].lower)) end++;
  let habit = false;
  for (let k = from; k < end; k++) {
    const w = toks[k].lower;
    if (phraseAt(toks, k, rf.futureAnchors)) return false;
    if (habit || !isWord(w)) continue;
    if (rf.habitWords.has(w)) habit = true;
    // "every Friday", "each morning", "every two weeks", "every other day".
    else if (rf.habitEvery.has(w)) habit = rf.timeNouns.has(toks[k + 1]?.lower ?? '') || (k + 2 < end && rf.timeNouns.has(toks[k + 2].lower));
    // "twice a week", "three times per month", "once every year".
    else if (rf.habitTimes.has(w)) habit = /^(?:a|per|every|each)$/.test(toks[k + 1]?.lower ?? '') && rf.timeNouns.has(toks[k + 2]?.lower ?? '');
  }
  return habit;
}

/**
 * "The TTP warned that more attacks would follow", "officials said the crossing would reopen on
 * Monday": "would" + a verb after a verb of saying is the future as the source saw it, a
 * prediction. Not "would have died if" (a counterfactual), "would often visit" (a habit), "would
 * like" (a wish) or "would not say" (a refusal).
 */
function reportedFutureCues(doc: Doc, toks: readonly Token[], si: number, rf: ReportedFuture): Cue[] {
  const out: Cue[] = [];
  let said = -1;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower.replace('’', "'");
    // The reported clause runs from the verb of saying to "would" with no punctuation between
    // ("saying that while Britain was fighting …, it would not grant": no longer the report's).
    if (!isWord(w)) {
      // "said that, after repairs, the crossing would reopen": a parenthetical in commas is passed over.
      const close = said >= 0 && w === ',' ? parentheticalEnd(toks, i, rf) : -1;
      if (close >= 0) {
        i = close;
        continue;
      }
      said = -1;
    }
    if (rf.speechVerbs.has(w)) said = isMainVerb(toks, i, rf) ? i : -1;
    if (!rf.modals.has(w) || said < 0 || i - said > MAX_REPORTED_FUTURE) continue;
    // A reported clause has a subject of its own: "which he claims would add" is a relative
    // clause's hypothetical, the verb of saying put inside it.
    if (i - said < 2 || (i - said === 2 && toks[said + 1].lower === 'that')) continue;
    if (w === "would've") continue;
    let k = i + 1;
    while (k < toks.length && rf.skip.has(toks[k].lower)) k++;
    const next = toks[k]?.lower.replace('’', "'");
    if (!next || !/^\p{L}/u.test(next) || rf.notBefore.has(next)) continue;
    if (isHabit(toks, said + 1, i, rf)) continue;
    out.push({ start: toks[i].start, end: toks[i].end, text: doc.text.slice(toks[i].start, toks[i].end), kind: 'prediction', sentence: si, rule: `certainty-reported-future:${w}` });
  }
  return out;
}

interface DeniedActFile {
  deniedActs: { verbs: string[]; acts: string[]; happened: string[]; nobody: string[]; harmed: string[]; harmNouns: string[]; harmReported: string[] };
  conditionals: { openers: string[]; modals: string[] };
}

/** certainty.json deniedActs and conditionals, as token sequences. */
interface DeniedActs {
  verbs: ReadonlySet<string>;
  acts: ReadonlySet<string>;
  happened: ReadonlyArray<readonly string[]>;
  nobody: ReadonlyArray<readonly string[]>;
  harmed: ReadonlySet<string>;
  harmNouns: ReadonlySet<string>;
  harmReported: ReadonlyArray<readonly string[]>;
  openers: ReadonlyArray<readonly string[]>;
  conditionalModals: ReadonlySet<string>;
}

let deniedActs: DeniedActs | null = null;

function loadDeniedActs(): DeniedActs {
  if (deniedActs) return deniedActs;
  const file = readDataJson<DeniedActFile>('lexicons/certainty.json');
  const seqs = (xs: string[]) => xs.map((x) => x.toLowerCase().split(/\s+/));
  deniedActs = {
    verbs: new Set(file.deniedActs.verbs.map((x) => x.toLowerCase())),
    acts: new Set(file.deniedActs.acts.map((x) => x.toLowerCase())),
    happened: seqs(file.deniedActs.happened),
    nobody: seqs(file.deniedActs.nobody),
    harmed: new Set(file.deniedActs.harmed.map((x) => x.toLowerCase())),
    harmNouns: new Set(file.deniedActs.harmNouns.map((x) => x.toLowerCase())),
    harmReported: seqs(file.deniedActs.harmReported),
    openers: seqs(file.conditionals.openers),
    conditionalModals: new Set(file.conditionals.modals.map((x) => x.toLowerCase())),
  };
  return deniedActs;
}

/** How many words may stand between "no" and its act ("no such strike", "no Pakistani drone strike"). */
const DENIED_ACT_MODIFIERS = 2;
/** How far after the act its happening may come ("no strike had taken place"), in tokens. */
const DENIED_ACT_REACH = 4;
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'been', 'be']);

/** The length of the first sequence of `seqs` starting at token `at`, or 0. */
function seqAt(toks: readonly Token[], at: number, seqs: ReadonlyArray<readonly string[]>): number {
  for (const q of seqs) if (q.every((w, j) => toks[at + j]?.lower === w)) return q.length;
  return 0;
}

/**
 * "Mujahid said no strike had taken place", "police said no one was killed", "said there was no
 * attack": a reported clause right after a verb of saying that says the act did not happen is
 * the source's denial of it (certainty.json deniedActs). The cue spans the clause's words from
 * "no" (or "there") to the word that closes the denial.
 */
function deniedActCues(doc: Doc, toks: readonly Token[], si: number, da: DeniedActs): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!da.verbs.has(toks[i].lower)) continue;
    let k = i + 1;
    if (toks[k]?.lower === 'that') k++;
    let last = -1;
    const who = seqAt(toks, k, da.nobody);
    if (who > 0) {
      // "no one was killed", "nobody had been hurt", "no one died".
      for (let j = k + who; j < toks.length && j <= k + who + 2; j++) {
        const w = toks[j].lower;
        if (da.harmed.has(w)) {
          last = j;
          break;
        }
        if (!BE_FORMS.has(w)) break;
      }
    } else {
      let no = k;
      // "there was no attack", "there had been no shelling".
      if (toks[k]?.lower === 'there') {
        no = k + 1;
        while (no < toks.length && no <= k + 2 && BE_FORMS.has(toks[no].lower)) no++;
        if (no === k + 1) continue;
      }
      if (toks[no]?.lower !== 'no') continue;
      let act = -1;
      for (let j = no + 1; j < toks.length && j <= no + 1 + DENIED_ACT_MODIFIERS; j++) {
        if (!isWord(toks[j].lower)) break;
        if (da.acts.has(toks[j].lower) || da.harmNouns.has(toks[j].lower)) act = j;
      }
      if (act < 0) continue;
      if (no > k) last = act;
      else {
        // "said no casualties were reported" (session 24): the harm as a noun, no one hurt.
        const harm = da.harmNouns.has(toks[act].lower);
        for (let j = act + 1; j < toks.length && j <= act + DENIED_ACT_REACH; j++) {
          if (!isWord(toks[j].lower)) break;
          const n = seqAt(toks, j, da.happened) || (harm ? seqAt(toks, j, da.harmReported) : 0);
          if (n > 0) {
            last = j + n - 1;
            break;
          }
        }
      }
    }
    if (last < 0) continue;
    out.push({ ...cueOf(doc, toks, k, last, si, 'certainty-denied-act'), kind: 'denial' });
  }
  return out;
}

/** Words after which a condition opens a clause of its own ("…, but if true the report would …", "said that if true …"). */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'but', 'and', 'that', '"', '“', '(', '—', '–']);

/** Whether token `i` opens its sentence or a clause after one of CLAUSE_OPENERS. */
function opensClause(toks: readonly Token[], i: number): boolean {
  return i === 0 || CLAUSE_OPENERS.has(toks[i - 1].lower);
}

/**
 * "If confirmed, the killing would be the most significant blow": a "would" after a condition on
 * the report's truth, past the comma that closes it, guesses at what the fact would mean:
 * speculative (certainty.json conditionals).
 */
function conditionalCues(doc: Doc, toks: readonly Token[], si: number, da: DeniedActs): Cue[] {
  const out: Cue[] = [];
  let open = false;
  for (let i = 0; i < toks.length; i++) {
    const n = seqAt(toks, i, da.openers);
    // "If confirmed, the killing would …"; without the comma ("If confirmed the killing would …",
    // session 24) only where the condition opens its clause, not an "if" of whether ("asked if
    // confirmed cases would rise").
    const comma = toks[i + n]?.lower === ',';
    if (n > 0 && (comma || opensClause(toks, i))) {
      open = true;
      i += comma ? n : n - 1;
      continue;
    }
    if (open && da.conditionalModals.has(toks[i].lower) && /^\p{L}/u.test(toks[i + 1]?.lower ?? '')) {
      out.push({ start: toks[i].start, end: toks[i].end, text: doc.text.slice(toks[i].start, toks[i].end), kind: 'speculation', sentence: si, rule: `certainty-conditional:${toks[i].lower}` });
      open = false;
    }
  }
  return out;
}

export function recognizeCertaintyCues(doc: Doc, ctx: Context): Cue[] {
  const cues: Cue[] = [];
  const ranges = sentenceTokenRanges(doc);
  const ws = loadWeaselSources();
  const nc = loadNotCues();
  const rf = loadReportedFuture();
  const da = loadDeniedActs();
  // (Session 22, perf22a) Most texts hold no "would": their sentences are not walked token by token for one.
  const mayReportFuture = !rf.modalGate || rf.modalGate.test(doc.text);
  doc.sentences.forEach((sentence, si) => {
    if (sentence.heading) return;
    const [first, last] = ranges[si];
    const toks = doc.tokens.slice(first, last);
    const taken: Array<[number, number]> = [];
    for (const m of ctx.lexicons.certainty.match(doc.text, toks)) {
      const text = doc.text.slice(m.start, m.end);
      const value = m.values[0];
      // "may" the modal, never "May" the month; a modal must be followed by a word.
      if (ctx.lexicons.lowercaseOnly.has(value.alias)) {
        const next = toks[m.lastToken + 1];
        if (text !== text.toLowerCase() || !next || !/^\p{L}/u.test(next.lower)) continue;
      }
      if (isNotCue(value.alias, toks, m.firstToken, m.lastToken, nc)) continue;
      // "IS claimed responsibility": the group's acronym in capitals, not the passive "is claimed".
      const opener = toks[m.firstToken];
      if (/^\p{Lu}{2,}$/u.test(doc.text.slice(opener.start, opener.end)) && doc.actorMentions.some((a) => a.start === opener.start && a.end === opener.end)) continue;
      taken.push([m.start, m.end]);
      cues.push({
        start: m.start,
        end: m.end,
        text,
        kind: KIND_OF[value.entity],
        sentence: si,
        rule: `certainty-lexicon:${value.alias}`,
      });
    }
    // "that, if confirmed, the deal would end": the condition's "would" is no reported plan.
    for (const cue of conditionalCues(doc, toks, si, da)) {
      taken.push([cue.start, cue.end]);
      cues.push(cue);
    }
    if (mayReportFuture) for (const cue of reportedFutureCues(doc, toks, si, rf)) {
      if (!taken.some(([s, e]) => s < cue.end && cue.start < e)) cues.push(cue);
    }
    for (const cue of weaselSourceCues(doc, toks, si, ws)) {
      if (!taken.some(([s, e]) => s < cue.end && cue.start < e)) cues.push(cue);
    }
    for (const cue of deniedActCues(doc, toks, si, da)) {
      if (!taken.some(([s, e]) => s < cue.end && cue.start < e)) cues.push(cue);
    }
  });
  return cues.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "some critics", "many Western scholars", "others argue": a view whose holders go unnamed. */
function weaselSourceCues(doc: Doc, toks: readonly Token[], si: number, ws: WeaselSources): Cue[] {
  const out: Cue[] = [];
  for (const q of ws.quantifiers.match(doc.text, toks)) {
    const quantifier = doc.text.slice(q.start, q.end).toLowerCase();
    let end = -1;
    let rule = '';
    const next = toks[q.lastToken + 1];
    const after = toks[q.lastToken + 2];
    if (next && ws.groups.has(next.lower)) {
      end = q.lastToken + 1;
      rule = `certainty-weasel-source:${quantifier}+${next.lower}`;
    } else if (next && after && /^\p{L}/u.test(next.lower) && ws.groups.has(after.lower)) {
      end = q.lastToken + 2;
      rule = `certainty-weasel-source:${quantifier}+${after.lower}`;
    }
    if (end >= 0) out.push(cueOf(doc, toks, q.firstToken, end, si, rule));
  }
  // "some say", "others argue", "many people believe": the quantifier is the whole subject.
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!ws.verbQuantifiers.has(toks[i].lower)) continue;
    const v = toks[i + 1].lower === 'people' ? i + 2 : i + 1;
    if (v >= toks.length || !ws.verbs.has(toks[v].lower)) continue;
    if (coversStart(out, toks[i].start)) continue;
    out.push(cueOf(doc, toks, i, v, si, `certainty-weasel-source:${toks[i].lower}+${toks[v].lower}`));
  }
  return out;
}

/**
 * `cues.some((c) => c.start <= at && at < c.end)`, with no closure: one over the loop index of
 * weaselSourceCues would make V8 allocate a context for every token of every sentence.
 */
function coversStart(cues: readonly Cue[], at: number): boolean {
  for (const c of cues) if (c.start <= at && at < c.end) return true;
  return false;
}

function cueOf(doc: Doc, toks: readonly Token[], first: number, last: number, si: number, rule: string): Cue {
  const start = toks[first].start;
  const end = toks[last].end;
  return { start, end, text: doc.text.slice(start, end), kind: 'hedge', sentence: si, rule };
}
