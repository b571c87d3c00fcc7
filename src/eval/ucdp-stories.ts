import { analyze } from '../analyze.ts';
import { StoryClusterer } from '../corroborate/clusterer.ts';
import { dayNumber } from '../corroborate/days.ts';
import { defaultPolicy, POLICY_GEOMETRY, type StoryModelFile } from '../corroborate/policy.ts';
import { STORY_TRAINING, trainStoryWeights, type StoryTrainingOptions, type StoryWeights, type TrainingReport } from '../corroborate/train.ts';
import type { Assignment, MatchPolicy, ReportInput } from '../corroborate/types.ts';
import type { Analysis } from '../model/analysis.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/open.ts';
import { contentHash, prepareRows } from '../store/rows.ts';
import type { Store } from '../store/store.ts';
import { readCsv } from './csv.ts';
import { f1, nameKey, round } from './metrics.ts';
import type { EvalMiss, EvalOptions, EvalResult, Scorer } from './types.ts';

// Story clustering scored against UCDP GED Pakistan. Each UCDP event lists the news reports
// behind it (source_headline, source_office, source_date, ";"-separated). Every distinct
// (headline, day, office) is one article: the headline is its text and title, the day its
// publication date, the office its publisher. All of them go through `analyze` and the
// clusterer in date order; two reports belong together in the gold when UCDP lists them under at
// least one common event, and in ours when they share at least one story (a round-up report may
// be in several of either).

const REQUIRED = ['id', 'source_headline', 'source_office', 'source_date'];

export interface UcdpReport {
  headline: string;
  day: string;
  office: string;
  /** UCDP event ids listing this report, in file order. */
  events: string[];
  /** The first line that lists it. */
  line: number;
}

/**
 * The reports of one row, or the reason the row cannot be read. Headlines are split on ";" not
 * followed by a space ("Troops trade fire; four civilians killed" is one headline); when that
 * still leaves more headlines than offices, a piece that starts in lower case is rejoined to the
 * one before it ("…college bus;gunmen take over hospital"). Only the first line of a headline
 * is kept (some carry an author line after it).
 */
export function rowReports(headlines: string, offices: string, days: string): Array<{ headline: string; office: string; day: string }> | string {
  const off = offices.split(';').map((s) => s.trim());
  const dd = days.split(';').map((s) => s.trim());
  let hh = headlines.split(/;(?! )/);
  for (let i = hh.length - 1; i > 0 && hh.length > off.length; i--) {
    if (/^\p{Ll}/u.test(hh[i])) hh = [...hh.slice(0, i - 1), `${hh[i - 1]};${hh[i]}`, ...hh.slice(i + 1)];
  }
  hh = hh.map((h) => h.split(/\r?\n/)[0].trim());
  if (hh.length !== off.length || hh.length !== dd.length) {
    return `${hh.length} headline(s), ${off.length} source_office value(s) and ${dd.length} source_date value(s) do not pair up`;
  }
  const out: Array<{ headline: string; office: string; day: string }> = [];
  for (let i = 0; i < hh.length; i++) {
    if (!hh[i]) return `headline ${i + 1} is empty`;
    if (dayNumber(dd[i]) === null) return `source_date "${dd[i]}" is not a YYYY-MM-DD day`;
    out.push({ headline: hh[i], office: off[i] || 'unknown', day: dd[i] });
  }
  return out;
}

export function readUcdpReports(path: string): { reports: UcdpReport[]; events: number; skipped: Array<{ line: number; reason: string }> } {
  const { rows, skipped } = readCsv(path, REQUIRED, { trailingSeparator: true });
  const byKey = new Map<string, UcdpReport>();
  let events = 0;
  for (const { line, values: r } of rows) {
    if (!r.source_headline.trim()) continue;
    const parts = rowReports(r.source_headline, r.source_office, r.source_date);
    if (typeof parts === 'string') {
      skipped.push({ line, reason: parts });
      continue;
    }
    events++;
    for (const p of parts) {
      const key = `${p.headline}\u0000${p.day}\u0000${p.office}`;
      const known = byKey.get(key);
      if (known) {
        if (!known.events.includes(r.id)) known.events.push(r.id);
      } else byKey.set(key, { ...p, events: [r.id], line });
    }
  }
  // Arrival order: by publication day, then by where the file first lists the report.
  const reports = [...byKey.values()].sort((a, b) => a.day.localeCompare(b.day) || a.line - b.line);
  return { reports, events, skipped: skipped.sort((a, b) => a.line - b.line) };
}

/** A headline read as one sentence: without a final stop it would be read as a heading, which makes no claims or events. */
export function headlineText(headline: string): string {
  return /[.!?]["'’”)]*$/.test(headline) ? headline : `${headline}.`;
}

export interface PairCounts {
  goldPairs: number;
  ourPairs: number;
  common: number;
}

export interface StoryScores {
  pairwisePrecision: number;
  pairwiseRecall: number;
  pairwiseF1: number;
  bcubedPrecision: number;
  bcubedRecall: number;
  bcubedF1: number;
}

/** Each item's co-members (itself included) under possibly overlapping groups. */
function coMembers(groups: ReadonlyArray<readonly number[]>, n: number): Array<Set<number>> {
  const out = Array.from({ length: n }, (_, i) => new Set([i]));
  for (const g of groups) for (const a of g) for (const b of g) out[a].add(b);
  return out;
}

/**
 * Pairwise and B-cubed scores of `ours` against `gold`, both lists of (possibly overlapping)
 * groups of item indices 0..n-1. Pairwise: over unordered pairs that share a group. B-cubed with
 * overlap: item i's set is i plus everything sharing any group with it; its precision is
 * |ours(i) ∩ gold(i)| / |ours(i)|, its recall the same over |gold(i)|; both are averaged over
 * items, and F1 is their harmonic mean.
 */
export function scoreGroups(gold: ReadonlyArray<readonly number[]>, ours: ReadonlyArray<readonly number[]>, n: number): StoryScores & PairCounts {
  const g = coMembers(gold, n);
  const o = coMembers(ours, n);
  let goldPairs = 0;
  let ourPairs = 0;
  let common = 0;
  let bp = 0;
  let br = 0;
  for (let i = 0; i < n; i++) {
    let both = 0;
    for (const j of o[i]) if (g[i].has(j)) both++;
    bp += both / o[i].size;
    br += both / g[i].size;
    goldPairs += g[i].size - 1;
    ourPairs += o[i].size - 1;
    common += both - 1;
  }
  [goldPairs, ourPairs, common] = [goldPairs / 2, ourPairs / 2, common / 2];
  const { p, r } = pairwise({ goldPairs, ourPairs, common });
  const bP = n === 0 ? 0 : bp / n;
  const bR = n === 0 ? 0 : br / n;
  return {
    goldPairs,
    ourPairs,
    common,
    pairwisePrecision: round(p),
    pairwiseRecall: round(r),
    pairwiseF1: round(f1(p, r)),
    bcubedPrecision: round(bP),
    bcubedRecall: round(bR),
    bcubedF1: round(f1(bP, bR)),
  };
}

/** Pairwise precision and recall of pair counts (one scoring's, or pooled over parts). */
function pairwise(c: PairCounts): { p: number; r: number } {
  return { p: c.ourPairs === 0 ? 0 : c.common / c.ourPairs, r: c.goldPairs === 0 ? 0 : c.common / c.goldPairs };
}

/** Gold groups: for each UCDP event, the indices of its reports. */
export function goldGroups(reports: readonly UcdpReport[]): number[][] {
  const byEvent = new Map<string, number[]>();
  reports.forEach((r, i) => {
    for (const e of r.events) {
      if (!byEvent.has(e)) byEvent.set(e, []);
      byEvent.get(e)!.push(i);
    }
  });
  return [...byEvent.values()];
}

export interface ClusterRun {
  groups: number[][];
  clusterer: StoryClusterer;
  /** Story ids per report index. */
  storiesOf: string[][];
}

/** The clusterer's input for each report, in order: `report-<index>`, identical headlines marked near-duplicates. */
export function reportInputs(reports: readonly UcdpReport[], analyses: readonly Analysis[]): ReportInput[] {
  const firstByText = new Map<string, string>();
  return reports.map((r, i) => {
    const articleId = `report-${i}`;
    const text = nameKey(r.headline);
    const dup = firstByText.get(text) ?? null;
    if (!dup) firstByText.set(text, articleId);
    return { articleId, publisher: r.office, published: r.day, title: r.headline, analysis: analyses[i], nearDupOf: dup };
  });
}

/**
 * Runs the clusterer over the reports in their order (analyses by the same index). A report the
 * store would take for a duplicate of an earlier one (the same text but for case and spacing, the
 * same publisher and day: `contentHash`) is not added again and is in the first copy's stories,
 * as `clusterReportsInStore` has it; otherwise it would count once more in the word rarity.
 */
export function clusterReports(reports: readonly UcdpReport[], analyses: readonly Analysis[], policy: Partial<MatchPolicy> = {}): ClusterRun {
  const clusterer = new StoryClusterer(policy);
  const firstCopy = new Map<string, number>();
  const copyOf: number[] = [];
  reportInputs(reports, analyses).forEach((input, i) => {
    const key = contentHash(headlineText(reports[i].headline), reports[i].office, reports[i].day);
    const first = firstCopy.get(key);
    copyOf.push(first ?? i);
    if (first !== undefined) return;
    firstCopy.set(key, i);
    clusterer.add(input);
  });
  const storiesOf = reports.map((_, i) => clusterer.storiesOf(`report-${copyOf[i]}`));
  const members = new Map<string, number[]>();
  storiesOf.forEach((ids, i) => {
    for (const id of ids) {
      if (!members.has(id)) members.set(id, []);
      members.get(id)!.push(i);
    }
  });
  return { groups: [...members.values()], clusterer, storiesOf };
}

/**
 * The reports ingested into a fresh store (a temporary SQLite file unless `store` is given), in
 * their order, and their stories read back from it: what `corroborate ingest` and `corroborate
 * stories` would give. Groups are report indices per story, as `clusterReports` returns them.
 */
export async function clusterReportsInStore(reports: readonly UcdpReport[], analyses: readonly Analysis[], store?: Store): Promise<{ groups: number[][]; storiesOf: string[][]; stories: number }> {
  const dir = store ? null : mkdtempSync(join(tmpdir(), 'corroborate-ucdp-'));
  const s = store ?? (await openStore({ db: join(dir!, 'stories.db') }));
  try {
    const ids: string[] = [];
    for (let start = 0; start < reports.length; start += 200) {
      const batch = analyses.slice(start, start + 200).map((a, k) => prepareRows(a, `ucdp report ${start + k + 1} (line ${reports[start + k].line})`));
      const outcomes = await s.writeArticles(batch, '1970-01-01T00:00:00.000Z');
      for (const o of outcomes) ids.push(o.status === 'duplicate' ? o.of! : o.id);
      await s.clusterStories();
    }
    const byArticle = new Map<string, string[]>();
    for (const m of await s.storyMemberships()) {
      if (!byArticle.has(m.articleId)) byArticle.set(m.articleId, []);
      byArticle.get(m.articleId)!.push(m.storyId);
    }
    const storiesOf = ids.map((id) => byArticle.get(id) ?? []);
    const members = new Map<string, number[]>();
    storiesOf.forEach((list, i) => {
      for (const id of list) {
        if (!members.has(id)) members.set(id, []);
        members.get(id)!.push(i);
      }
    });
    return { groups: [...members.values()], storiesOf, stories: members.size };
  } finally {
    if (!store) await s.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Reports grouped by publication day: the date-only baseline. */
export function sameDayGroups(reports: readonly UcdpReport[]): number[][] {
  const byDay = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (!byDay.has(r.day)) byDay.set(r.day, []);
    byDay.get(r.day)!.push(i);
  });
  return [...byDay.values()];
}

/**
 * A split of the UCDP events in two halves by calendar month (half A: events whose first report
 * is in an even month counted from year 0, half B: odd), so that each half keeps the full
 * density of reports per day that makes clustering hard, unlike a random split of events.
 */
export function halfOf(reports: readonly UcdpReport[], half: 0 | 1): { reports: UcdpReport[]; index: number[] } {
  return splitByMonth(reports, (month) => month % 2 === half);
}

/**
 * The reports of the UCDP events whose first report falls in a month (year × 12 + month) that
 * `keep` accepts, each with only those events; `index` gives each one's position in `reports`.
 */
function splitByMonth(reports: readonly UcdpReport[], keep: (month: number) => boolean): { reports: UcdpReport[]; index: number[] } {
  const month = eventMonths(reports);
  const inPart = (e: string) => keep(month.get(e)!);
  const out: UcdpReport[] = [];
  const index: number[] = [];
  reports.forEach((r, i) => {
    const events = r.events.filter(inPart);
    if (events.length > 0) {
      out.push({ ...r, events });
      index.push(i);
    }
  });
  return { reports: out, index };
}

/** Each UCDP event's month (year × 12 + month) of its first report among `reports`. */
function eventMonths(reports: readonly UcdpReport[]): Map<string, number> {
  const firstDay = new Map<string, string>();
  for (const r of reports) for (const e of r.events) if (!firstDay.has(e) || r.day < firstDay.get(e)!) firstDay.set(e, r.day);
  return new Map([...firstDay].map(([e, d]) => [e, Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7))]));
}

/** Thresholds (log-odds) of the sweep: where the shipped one is chosen, and what the report shows. */
export const SWEEP = [-1.5, -1.25, -1, -0.875, -0.75, -0.625, -0.5, -0.375, -0.25, -0.125, 0, 0.125, 0.25, 0.5];

/**
 * The threshold of best pairwise F1 over `f1s` (one per SWEEP entry), each smoothed with its
 * neighbours in the sweep (the mean of three), so that one lucky merge of a large story does not
 * pick a spike. Ties go to the lower threshold.
 */
export function chooseThreshold(f1s: readonly number[]): { threshold: number; smoothedF1: number } {
  let best = { threshold: SWEEP[0], smoothedF1: -1 };
  for (let k = 0; k < SWEEP.length; k++) {
    const smoothed = (f1s[Math.max(0, k - 1)] + f1s[k] + f1s[Math.min(SWEEP.length - 1, k + 1)]) / 3;
    if (smoothed > best.smoothedF1 + 1e-12) best = { threshold: SWEEP[k], smoothedF1: smoothed };
  }
  return best;
}

export interface HalfData {
  reports: UcdpReport[];
  analyses: Analysis[];
  gold: number[][];
}

export function halves(reports: readonly UcdpReport[], analyses: readonly Analysis[]): [HalfData, HalfData] {
  return [monthPart(reports, analyses, (m) => m % 2 === 0), monthPart(reports, analyses, (m) => m % 2 === 1)];
}

/** The reports of the UCDP events whose first report falls in a month `keep` accepts (see splitByMonth), with their gold. */
function monthPart(reports: readonly UcdpReport[], analyses: readonly Analysis[], keep: (month: number) => boolean): HalfData {
  const part = splitByMonth(reports, keep);
  return { reports: part.reports, analyses: part.index.map((i) => analyses[i]), gold: goldGroups(part.reports) };
}

/** All the reports as one part: what the shipped model is fitted on. */
export function wholeData(reports: readonly UcdpReport[], analyses: readonly Analysis[]): HalfData {
  return { reports: [...reports], analyses: [...analyses], gold: goldGroups(reports) };
}

/** Training reports of one half: clusterer inputs with their UCDP events as gold stories. */
export function trainingReports(half: HalfData): TrainingReport[] {
  return reportInputs(half.reports, half.analyses).map((report, i) => ({ report, gold: half.reports[i].events }));
}

/** How the in-memory clusterer under `policy` scores against `part`'s gold groups. */
function scoreUnder(part: HalfData, policy: MatchPolicy): StoryScores & PairCounts {
  return scoreGroups(part.gold, clusterReports(part.reports, part.analyses, policy).groups, part.reports.length);
}

/** Pairwise F1 of `fit` on `half` at each SWEEP threshold. */
function sweepF1(half: HalfData, fit: StoryWeights): number[] {
  return SWEEP.map((threshold) => scoreUnder(half, fittedPolicy({ ...fit, threshold })).pairwiseF1);
}

/**
 * The months of `half`'s events (by their first report) in calendar order, dealt into `folds`
 * parts: the first month to part 0, the next to part 1, and so on, as the halves A and B deal
 * the months of the whole file. Each part keeps the full density of reports per day.
 */
export function innerFolds(half: HalfData, folds: number): Array<{ scored: HalfData; rest: HalfData }> {
  const months = [...new Set(eventMonths(half.reports).values())].sort((a, b) => a - b);
  const rank = new Map(months.map((m, i) => [m, i]));
  return Array.from({ length: folds }, (_, k) => ({
    scored: monthPart(half.reports, half.analyses, (m) => rank.get(m)! % folds === k),
    rest: monthPart(half.reports, half.analyses, (m) => rank.get(m)! % folds !== k),
  }));
}

/**
 * Pairwise F1 at each SWEEP threshold on reports of `half` that the weights have not seen: each
 * of its inner folds scored under weights trained on the other folds, the pairs of all folds
 * pooled into one precision and recall (a fold alone is small: one merge moves its F1 by points).
 */
function innerSweepF1(half: HalfData, folds: number, options: StoryTrainingOptions): number[] {
  const pooled = SWEEP.map(() => ({ goldPairs: 0, ourPairs: 0, common: 0 }));
  for (const { scored, rest } of innerFolds(half, folds)) {
    const weights = trainStoryWeights(trainingReports(rest), options);
    SWEEP.forEach((threshold, j) => {
      const s = scoreUnder(scored, fittedPolicy({ ...weights, threshold }));
      pooled[j].goldPairs += s.goldPairs;
      pooled[j].ourPairs += s.ourPairs;
      pooled[j].common += s.common;
    });
  }
  return pooled.map((c) => {
    const { p, r } = pairwise(c);
    return f1(p, r);
  });
}

/**
 * Fits the match weights on one part of the data (a half, or all of it) and chooses the
 * threshold on that same part; whatever is not in it stays unseen. The threshold is the smoothed
 * best of SWEEP (chooseThreshold) over the fit's F1 on the part's own reports (seen), or, with
 * `thresholdFolds` (since session 18), over the mean of that curve and the part's inner
 * cross-validation curve (innerSweepF1): the seen curve peaks where the fit's own decisions were
 * learnt, the inner one where a fit of the same kind does best on months it did not see.
 */
export function fitOnHalf(half: HalfData, options: StoryTrainingOptions = STORY_TRAINING) {
  const fit = trainStoryWeights(trainingReports(half), options);
  const f1s = sweepF1(half, fit);
  const inner = (options.thresholdFolds ?? 0) > 1 ? innerSweepF1(half, options.thresholdFolds!, options) : null;
  const { threshold, smoothedF1 } = chooseThreshold(inner ? f1s.map((x, k) => (x + inner[k]) / 2) : f1s);
  return { ...fit, threshold, smoothedF1, sweep: SWEEP.map((t, k) => ({ threshold: t, pairwiseF1: f1s[k], ...(inner ? { innerPairwiseF1: round(inner[k]) } : {}) })) };
}

/** The policy of a fit: the geometry, its weights and its threshold. */
export function fittedPolicy(fit: Pick<StoryWeights, 'bias' | 'weights' | 'background'> & { threshold: number }): MatchPolicy {
  return { ...POLICY_GEOMETRY, threshold: fit.threshold, bias: fit.bias, weights: fit.weights, background: fit.background };
}

export interface UnseenScore {
  trainedOn: string;
  scoredOn: string;
  threshold: number;
  pairwisePrecision: number;
  pairwiseRecall: number;
  pairwiseF1: number;
  /** The mean unseen pairwise F1 over the BAND thresholds, when asked for (see BAND). */
  bandF1?: number;
}

/**
 * The thresholds of SWEEP from -1 to -0.25, where every fit's chosen threshold has fallen. The
 * unseen F1 at the one chosen threshold moves by two or three points with one merge of a large
 * story, or with the choice moving one step; its mean over this band moves only when the whole
 * curve does, so it tells a change that improves the match from one that moves a single decision
 * (session 8: the chosen-threshold scores of six halvings moved by up to ±0.02 under changes
 * whose band means moved by less than 0.003).
 */
export const BAND = SWEEP.filter((t) => t >= -1 && t <= -0.25);

/**
 * Two parts crosswise: weights and threshold fitted on the first scored on the second, and fitted
 * on the second scored on the first. By default the parts are the halves A and B (the UCDP events
 * split by month parity). With `band`, each also gets its bandF1 (seven more scorings of a part).
 */
export function crossHalves(parts: readonly [HalfData, HalfData], options: StoryTrainingOptions = STORY_TRAINING, names: readonly [string, string] = ['half A', 'half B'], band = false): [UnseenScore, UnseenScore] {
  return ([[0, 1], [1, 0]] as const).map(([fitOn, scoreOn]) => {
    const fit = fitOnHalf(parts[fitOn], options);
    const s = scoreUnder(parts[scoreOn], fittedPolicy(fit));
    const score: UnseenScore = { trainedOn: names[fitOn], scoredOn: names[scoreOn], threshold: fit.threshold, pairwisePrecision: s.pairwisePrecision, pairwiseRecall: s.pairwiseRecall, pairwiseF1: s.pairwiseF1 };
    if (band) {
      const f1s = BAND.map((t) => (t === fit.threshold ? s.pairwiseF1 : scoreUnder(parts[scoreOn], fittedPolicy({ ...fit, threshold: t })).pairwiseF1));
      score.bandF1 = round(f1s.reduce((a, b) => a + b, 0) / f1s.length);
    }
    return score;
  }) as [UnseenScore, UnseenScore];
}

/**
 * Cross-validation by month: the UCDP events split in `folds` parts by (year × 12 + month) modulo
 * `folds`; each part is scored under weights and threshold fitted on the others. The pairs of all
 * parts are pooled into one precision, recall and F1 (a part alone is small: one large story
 * moves its F1 by points).
 */
export function crossValidate(reports: readonly UcdpReport[], analyses: readonly Analysis[], folds: number, options: StoryTrainingOptions = STORY_TRAINING) {
  let [goldPairs, ourPairs, common] = [0, 0, 0];
  const perFold: Array<{ fold: number; threshold: number; pairwiseF1: number }> = [];
  for (let k = 0; k < folds; k++) {
    const fit = fitOnHalf(monthPart(reports, analyses, (m) => m % folds !== k), options);
    const s = scoreUnder(monthPart(reports, analyses, (m) => m % folds === k), fittedPolicy(fit));
    [goldPairs, ourPairs, common] = [goldPairs + s.goldPairs, ourPairs + s.ourPairs, common + s.common];
    perFold.push({ fold: k, threshold: fit.threshold, pairwiseF1: s.pairwiseF1 });
  }
  const { p, r } = pairwise({ goldPairs, ourPairs, common });
  return { folds, pairwisePrecision: round(p), pairwiseRecall: round(r), pairwiseF1: round(f1(p, r)), perFold };
}

/**
 * Every way to halve the months by (year × 12 + month) modulo 4 into two parts of two residues
 * ({0,2}|{1,3}: the halves A and B; {0,1}|{2,3}; {0,3}|{1,2}), each part fitted and scored on the
 * other: six unseen scores. One halving's two numbers move by a point or two with one merge of a
 * large story; the six together say how much a change is worth. The {0,2}|{1,3} halving is the
 * halves A and B: `halvesAB`, crossHalves's scores of them when the caller has them, spares
 * fitting them again.
 */
export function monthHalvings(reports: readonly UcdpReport[], analyses: readonly Analysis[], options: StoryTrainingOptions = STORY_TRAINING, halvesAB?: readonly [UnseenScore, UnseenScore]) {
  const scores: Array<{ trainedOn: string; scoredOn: string; threshold: number; pairwiseF1: number; bandF1: number }> = [];
  for (const set of [[0, 2], [0, 1], [0, 3]]) {
    const name = (inSet: boolean) => `months ${(inSet ? set : [0, 1, 2, 3].filter((r) => !set.includes(r))).join(',')} mod 4`;
    const names = [name(true), name(false)] as const;
    const crossed =
      set[1] === 2 && halvesAB && halvesAB.every((u) => u.bandF1 !== undefined)
        ? halvesAB
        : crossHalves([monthPart(reports, analyses, (m) => set.includes(m % 4)), monthPart(reports, analyses, (m) => !set.includes(m % 4))], options, names, true);
    for (const [k, u] of crossed.entries()) scores.push({ trainedOn: names[k], scoredOn: names[1 - k], threshold: u.threshold, pairwiseF1: u.pairwiseF1, bandF1: u.bandF1! });
  }
  const mean = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / xs.length);
  const f1s = scores.map((x) => x.pairwiseF1);
  const bands = scores.map((x) => x.bandF1);
  return {
    meanPairwiseF1: mean(f1s),
    lowestPairwiseF1: Math.min(...f1s),
    band: { thresholds: `${BAND[0]} … ${BAND[BAND.length - 1]}`, meanPairwiseF1: mean(bands), lowestPairwiseF1: Math.min(...bands) },
    scores,
  };
}

/** Months modulo this many parts in the cross-validation that training records. */
export const CV_FOLDS = 4;

/**
 * The model file fitted on all of `path` (both halves), threshold chosen on it. The unseen
 * evidence it records: the two halves crosswise (fitted on one, scored on the other) and a
 * cross-validation over CV_FOLDS month parts.
 */
export function trainStoryModel(path: string, date: string, options: StoryTrainingOptions = STORY_TRAINING): StoryModelFile {
  const { reports } = readUcdpReports(path);
  return trainStoryModelOn(reports, analyseReports(reports), date, options);
}

/** trainStoryModel on reports already read and analysed (analyses by the same index): for runs on other analyses or on a part of the file. */
export function trainStoryModelOn(reports: readonly UcdpReport[], analyses: readonly Analysis[], date: string, options: StoryTrainingOptions = STORY_TRAINING): StoryModelFile {
  const fit = fitOnHalf(wholeData(reports, analyses), options);
  const unseen = crossHalves(halves(reports, analyses), options, undefined, true);
  const cv = crossValidate(reports, analyses, CV_FOLDS, options);
  const halvings = monthHalvings(reports, analyses, options, unseen);
  const four = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    name: 'story-match',
    kind: 'logistic-regression',
    task: 'same story or not, for a unit (an event of a new report) and a candidate story (src/corroborate/features.ts)',
    training: {
      file: 'ucdp-pakistan/dev.csv',
      data: 'all of it: both halves (UCDP events split by the month parity of their first report); the unseen evidence is below',
      reports: reports.length,
      rows: fit.rows,
      positives: fit.positives,
      iterations: fit.iterations,
      options,
      date,
      thresholdSweep: Object.fromEntries(fit.sweep.map((x) => [String(x.threshold), x.pairwiseF1])),
      ...(options.thresholdFolds && options.thresholdFolds > 1
        ? {
            innerSweep: {
              by: `the reports' months in calendar order dealt into ${options.thresholdFolds} parts, each scored under weights fitted on the others, pairs pooled; the threshold is the smoothed best of the mean of this curve and thresholdSweep`,
              pairwiseF1: Object.fromEntries(fit.sweep.map((x) => [String(x.threshold), x.innerPairwiseF1])),
            },
          }
        : {}),
      smoothedF1: four(fit.smoothedF1),
      unseenHalves: unseen.map((u) => ({ ...u })),
      crossValidation: { by: `UCDP events by (year × 12 + month) modulo ${CV_FOLDS}, pairs pooled`, ...cv },
      monthHalvings: { by: 'UCDP events by (year × 12 + month) modulo 4, two residues a part, each part fitted and scored on the other', ...halvings },
    },
    threshold: fit.threshold,
    bias: fit.bias,
    weights: fit.weights,
    ...(fit.background ? { background: fit.background } : {}),
  };
}

/** Each report's headline analysed as one article, as the scorer does. */
export function analyseReports(reports: readonly UcdpReport[]): Analysis[] {
  return reports.map((r) => analyze(headlineText(r.headline), { name: `report "${r.headline}"`, published: r.day, source: r.office, title: r.headline }));
}

function why(a: Assignment | undefined): string {
  if (!a) return '';
  if (a.how === 'started') return a.nearest ? `nearest story scored ${a.nearest.score}` : 'no candidate story';
  return `score ${a.score}: ${a.reasons.map((r) => `${r.feature} ${r.points > 0 ? '+' : ''}${r.points} (${r.detail})`).join('; ')}`;
}

function pairMisses(reports: readonly UcdpReport[], run: ClusterRun, gold: number[][], limit: number): EvalMiss[] {
  if (limit <= 0) return [];
  const g = coMembers(gold, reports.length);
  const o = coMembers(run.groups, reports.length);
  const assignments = new Map<string, Assignment>();
  for (const s of run.clusterer.allStories()) for (const a of s.assignments) assignments.set(a.articleId, a);
  const missed: EvalMiss[] = [];
  const wrong: EvalMiss[] = [];
  const label = (i: number) => `[${reports[i].day} ${reports[i].office}] ${reports[i].headline}`;
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const inGold = g[i].has(j);
      const inOurs = o[i].has(j);
      if (inGold === inOurs) continue;
      const record = `reports ${i} & ${j}`;
      const text = `${label(i)}  ||  ${label(j)}`;
      const shared = reports[i].events.filter((e) => reports[j].events.includes(e));
      if (inGold && missed.length < limit) {
        missed.push({ metric: 'missedPair', record, text, gold: `same UCDP event ${shared.join(', ')}`, ours: `apart: ${run.storiesOf[j].join(', ')}; ${why(assignments.get(`report-${j}`))}` });
      } else if (!inGold && wrong.length < limit) {
        wrong.push({
          metric: 'wrongPair',
          record,
          text,
          gold: `UCDP events ${reports[i].events.join(', ')} vs ${reports[j].events.join(', ')}`,
          ours: `together: ${why(assignments.get(`report-${j}`))}`,
        });
      }
    }
  }
  return [...missed, ...wrong];
}

export const ucdpStoriesScorer: Scorer = {
  name: 'ucdp-stories',
  description: 'UCDP GED Pakistan reports (headline, day, office) clustered into stories; pairwise and B-cubed F1 against UCDP events',
  async run(path: string, options: EvalOptions): Promise<EvalResult> {
    const t0 = performance.now();
    const { reports, events, skipped } = readUcdpReports(path);
    const analyses = analyseReports(reports);
    const gold = goldGroups(reports);
    const policy = defaultPolicy();
    // The headline numbers come from the stories of a fresh store the reports were ingested
    // into; the in-memory run (the same clusterer) serves the halves, the sweep and the misses.
    const stored = await clusterReportsInStore(reports, analyses);
    const run = clusterReports(reports, analyses, policy);
    const ours = scoreGroups(gold, stored.groups, reports.length);
    const inMemory = scoreGroups(gold, run.groups, reports.length);
    const alone = scoreGroups(gold, [], reports.length);
    const sameDay = scoreGroups(gold, sameDayGroups(reports), reports.length);

    // The shipped model was fitted on all of the dev file. The unseen evidence: the same training
    // run on half A alone, scored on half B, and on half B alone, scored on half A.
    const parts = halves(reports, analyses);
    const shipped = parts.map((h) => scoreUnder(h, policy));
    const unseen = crossHalves(parts);
    const sweepRows = SWEEP.map((threshold) => {
      const p = { ...policy, threshold };
      const cells = parts.map((h) => scoreUnder(h, p));
      const all = threshold === policy.threshold ? ours : scoreGroups(gold, clusterReports(reports, analyses, p).groups, reports.length);
      return [
        threshold.toFixed(3) + (threshold === policy.threshold ? '*' : ''),
        ...cells.map((c) => c.pairwiseF1.toFixed(4)),
        all.pairwiseF1.toFixed(4),
        all.pairwisePrecision.toFixed(4),
        all.pairwiseRecall.toFixed(4),
        all.bcubedF1.toFixed(4),
      ];
    });

    const stories = run.clusterer.allStories();
    const row = (name: string, s: StoryScores) => [name, s.pairwisePrecision.toFixed(4), s.pairwiseRecall.toFixed(4), s.pairwiseF1.toFixed(4), s.bcubedF1.toFixed(4)];
    return {
      dataset: 'ucdp-stories',
      records: reports.length,
      metrics: {
        pairwiseF1: ours.pairwiseF1,
        pairwisePrecision: ours.pairwisePrecision,
        pairwiseRecall: ours.pairwiseRecall,
        bcubedF1: ours.bcubedF1,
        bcubedPrecision: ours.bcubedPrecision,
        bcubedRecall: ours.bcubedRecall,
        baselineAlonePairwiseF1: alone.pairwiseF1,
        baselineSameDayPairwiseF1: sameDay.pairwiseF1,
        halfBUnseenPairwiseF1: unseen[0].pairwiseF1,
        halfAUnseenPairwiseF1: unseen[1].pairwiseF1,
      },
      support: {
        reports: reports.length,
        events,
        goldPairs: ours.goldPairs,
        ourPairs: ours.ourPairs,
        commonPairs: ours.common,
        stories: stored.stories,
        inMemoryPairwiseF1: inMemory.pairwiseF1,
        storiesWithContradictions: stories.filter((s) => s.contradictions.length > 0).length,
        halfAReports: parts[0].reports.length,
        halfBReports: parts[1].reports.length,
        threshold: policy.threshold,
        halfAThreshold: unseen[0].threshold,
        halfBThreshold: unseen[1].threshold,
      },
      skipped,
      misses: pairMisses(reports, run, gold, options.errors),
      tables: [
        {
          title: 'ours against the baselines',
          header: ['grouping', 'pairP', 'pairR', 'pairF1', 'B3 F1'],
          rows: [row('our stories', ours), row('every report alone', alone), row('same publication day', sameDay)],
        },
        {
          title: 'unseen halves (halves split the UCDP events by month parity; the shipped weights are fitted on both)',
          header: ['model', 'trained on', 'threshold', 'scored on', 'pairP', 'pairR', 'pairF1'],
          rows: [
            ...unseen.map((u) => ['fitted here', u.trainedOn, u.threshold.toFixed(3), `${u.scoredOn} (unseen)`, u.pairwisePrecision.toFixed(4), u.pairwiseRecall.toFixed(4), u.pairwiseF1.toFixed(4)]),
            ...shipped.map((x, k) => ['shipped', 'both halves', policy.threshold.toFixed(3), `half ${'AB'[k]} (seen)`, x.pairwisePrecision.toFixed(4), x.pairwiseRecall.toFixed(4), x.pairwiseF1.toFixed(4)]),
          ],
        },
        {
          title: 'pairwise F1 of the shipped weights by threshold (* = shipped, chosen on all of the dev file)',
          header: ['threshold', 'F1 half A', 'F1 half B', 'F1 all', 'P all', 'R all', 'B3 F1 all'],
          rows: sweepRows,
        },
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
