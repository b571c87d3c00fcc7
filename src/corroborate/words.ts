import { readDataJson } from '../gazetteer/load.ts';

// Headline words for matching reports: lower-cased, possessives and light suffixes cut
// ("attacks" → "attack", "kills", "killed" → "kill"; not "-er", which cuts "border"), and abbreviations, variants, number
// words and near-synonyms folded by data/story-words.json ("Pak" → "pakistan", "six" → "6",
// "blast" → "bomb"). No stop list: rarity (how few of the reports seen so far use a word) makes
// "in", "Pakistan" and "killed" count for almost nothing.

let folds: Map<string, string> | null = null;
function fold(word: string): string | undefined {
  folds ??= new Map(Object.entries(readDataJson<{ fold: Record<string, string> }>('story-words.json').fold));
  return folds.get(word);
}

const SUFFIXES = ['ings', 'ing', 'ed', 'es', 's'];

export function normaliseWord(raw: string): string | null {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  const folded = fold(lower) ?? fold(lower.replace(/'s$/, ''));
  if (folded) return folded;
  let w = lower.replace(/'s$/, '').replace(/'/g, '');
  if (/^\d+$/.test(w)) return w;
  if (w.length < 3) return null;
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** The distinct normalised words of a text, in first-seen order. */
export function headlineWords(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}]+)*/gu)) {
    // A hyphenated compound the fold list knows stays whole ("air-strikes"); others split.
    const parts = m[0].includes('-') && !fold(m[0].toLowerCase()) ? m[0].split('-') : [m[0]];
    for (const p of parts) {
      const w = normaliseWord(p);
      if (w) out.add(w);
    }
  }
  return [...out];
}

/**
 * How often headline words occur in a background of reports seen before the stream (counted with
 * the match weights over the training reports' headlines and shipped in the model file):
 * `weight` imaginary reports in which each word has its background rate. A young stream, or a
 * handful of reports in isolation, then knows that "Pakistan" and "killed" are common and
 * "Quetta" is not.
 */
export interface WordBackground {
  /** Reports the background was counted over. */
  reports: number;
  /** How many imaginary reports the background stands for in the rarity. */
  weight: number;
  /** Background reports using each word (words used once are left out: they count as unseen). */
  df: Record<string, number>;
}

/**
 * How many reports use each word; updated once per report, in arrival order. Rarity is an
 * inverse document frequency scaled to 0..1, smoothed with imaginary reports: with a background,
 * `background.weight` reports in which each word has its background rate; without one,
 * PRIOR_REPORTS in which every word has PRIOR_RATE (in a young stream of a handful of reports,
 * where every word is in "all" of them, rarity stays near that of a word in one report of
 * twenty). Either prior fades as real reports arrive.
 */
const PRIOR_REPORTS = 10;
const PRIOR_RATE = 0.05;

export class WordFrequency {
  /** How many reports use each word: the counts a state saves (set them through `load`). */
  readonly df = new Map<string, number>();
  private readonly prior: { reports: number; rate: (word: string) => number };
  private count = 0;
  /**
   * Rarity depends on the report count, so every word's rarity changes with each report. Kept
   * per word (with the version it was computed at) and recomputed the first time it is asked for
   * after a report, instead of dropping every memo per report: a word's prior and a word list's
   * words are looked up once, not per report.
   */
  private version = 0;
  private logN = 0;
  private logAt = -1;
  private readonly entries = new Map<string, WordEntry>();
  private readonly lists = new WeakMap<readonly string[], ListEntry>();
  /** Each word list compared, as a set (word lists of units never change once made). */
  private readonly sets = new WeakMap<readonly string[], ReadonlySet<string>>();

  constructor(background?: WordBackground | null) {
    if (!background) this.prior = { reports: PRIOR_REPORTS, rate: () => PRIOR_RATE };
    else {
      const df = new Map(Object.entries(background.df));
      // A word the background has at most once counts as used half a time, smoothed by half a report.
      const n = background.reports + 1;
      this.prior = { reports: background.weight, rate: (w) => ((df.get(w) ?? 0.5) + 0.5) / n };
    }
  }

  /** Reports counted so far. */
  get reports(): number {
    return this.count;
  }

  /** Changes whenever any rarity may have changed (each report counted, each load): a key for memos of rarities. */
  get at(): number {
    return this.version;
  }

  add(words: readonly string[]): void {
    this.count++;
    this.version++;
    for (const w of new Set(words)) {
      const n = (this.df.get(w) ?? 0) + 1;
      this.df.set(w, n);
      const e = this.entries.get(w);
      if (e !== undefined) e.df = n;
    }
  }

  /** Replaces the counts with saved ones (a state's `wordReports` and `wordFrequency`). */
  load(reports: number, df: Iterable<[string, number]>): void {
    this.count = reports;
    this.version++;
    this.df.clear();
    for (const [w, n] of df) this.df.set(w, n);
    for (const e of this.entries.values()) e.df = this.df.get(e.word) ?? 0;
  }

  /** Near 0 for a word every report uses, near 1 for one no other report has used. */
  rarity(word: string): number {
    const e = this.entry(word);
    return e.at === this.version ? e.rarity : this.refresh(e);
  }

  /** The summed rarity of `words`, added up in their order. */
  mass(words: readonly string[]): number {
    let l = this.lists.get(words);
    if (l === undefined) this.lists.set(words, (l = { at: -1, mass: 0, entries: words.map((w) => this.entry(w)) }));
    if (l.at !== this.version) {
      let m = 0;
      for (const e of l.entries) m += e.at === this.version ? e.rarity : this.refresh(e);
      l.mass = m;
      l.at = this.version;
    }
    return l.mass;
  }

  setOf(words: readonly string[]): ReadonlySet<string> {
    let s = this.sets.get(words);
    if (!s) this.sets.set(words, (s = new Set(words)));
    return s;
  }

  private entry(word: string): WordEntry {
    let e = this.entries.get(word);
    if (e === undefined) this.entries.set(word, (e = { word, prior: this.prior.reports * this.prior.rate(word), df: this.df.get(word) ?? 0, at: -1, rarity: 0 }));
    return e;
  }

  // The same arithmetic, in the same order, as an inverse document frequency computed afresh.
  private refresh(e: WordEntry): number {
    const n = this.count + this.prior.reports + 1;
    if (this.logAt !== this.version) {
      this.logN = Math.log(n);
      this.logAt = this.version;
    }
    const df = e.df;
    e.rarity = Math.max(0, Math.min(1, Math.log(n / (df + e.prior + 1)) / this.logN));
    e.at = this.version;
    return e.rarity;
  }
}

interface WordEntry {
  word: string;
  /** The prior's imaginary reports using the word: fixed for a given background. */
  prior: number;
  /** Reports using the word (the df map's count, kept here so a refresh looks nothing up). */
  df: number;
  /** The version `rarity` was computed at. */
  at: number;
  rarity: number;
}

interface ListEntry {
  at: number;
  mass: number;
  entries: WordEntry[];
}
