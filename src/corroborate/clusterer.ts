import { CorroborateError } from '../model/errors.ts';
import { contradictionsOf } from './contradictions.ts';
import { dayNumber } from './days.ts';
import { coverShare, gapBound, scoreBoundWithCover, type Feature, type StoryProfile } from './features.ts';
import { matchScore, scoreMatch } from './match.ts';
import { defaultPolicy, POLICY_GEOMETRY } from './policy.ts';
import { emptyReach, unreachableParts, widenReach, type StoryReach } from './reach.ts';
import { independentSources } from './sources.ts';
import { cheapParts, cheapWords, emptySummary, refinedParts, summariseMember, unitTerms, type StorySummary } from './summary.ts';
import type { Assignment, ClustererState, MatchPolicy, ReportInput, Story, StoryReport, StoryUnit } from './types.ts';
import { unitsOf } from './units.ts';
import { WordFrequency } from './words.ts';

// Incremental story clustering. Each arriving report is cut into units (its events); each unit
// joins the best-scoring story found through the index, when that score reaches the policy's
// threshold, and opens a story of its own otherwise. Only stories indexed under the unit's
// date buckets (and its country) are scored, never all of them; a follow-up headline (a toll
// update, an aftermath) looks back further than others. The same reports in the same
// order give the same stories, ids and reasons. No storage: `state()` returns plain data, and
// `StoryClusterer.fromState` continues from it.

const BUCKET_DAYS = 7;
const ANY_COUNTRY = '*';
/**
 * A unit is compared with at most this many of a story's units: the first COMPARE_EDGE and the
 * latest COMPARE_EDGE (the story's date, size, largest toll and headline words still count
 * every report). A story of a big event can gather hundreds of reports; comparing each new one
 * with all of them made the work per report grow with the story. The first reports set what
 * the event is, the latest what is being said now. Stories of up to 2 × COMPARE_EDGE units are
 * compared whole, so nothing changes for them (every UCDP story is smaller).
 */
export const COMPARE_EDGE = 32;

/** How far below the best score a bound must be to stop the search: floating-point rounding, no more. */
const BOUND_SLACK = 1e-9;

interface StoryWork extends StoryProfile {
  id: string;
  /** What a unit is compared with: every unit while the story is small, else the first and latest COMPARE_EDGE. */
  units: StoryUnit[];
  /** Every unit, in the order they joined. */
  all: StoryUnit[];
  assignments: Assignment[];
  articles: Set<string>;
  words: Map<string, number>;
  /** The types, places, actors, count kinds and publishers of all its units (reach.ts). */
  reach: StoryReach;
  /** Its compare members' words, places and publishers, for the refined bound (summary.ts). */
  summary: StorySummary;
  /** coverShare of the last headline asked about, with the headline's words and the word counts' version it holds for. */
  cover: { words: readonly string[] | null; at: number; value: number | null };
}

/** Every candidate story scored for one unit: what training reads (see train.ts). */
export interface CandidateObservation {
  unit: StoryUnit;
  candidates: Array<{ storyId: string; articles: string[]; score: number; features: Feature[] }>;
}

export interface ClustererOptions {
  /** Called once per unit with every candidate story and its features, before the unit is placed. */
  observe?: (o: CandidateObservation) => void;
}

/** A report passed with its units already cut (`unitsOf`): its analysis is not needed again. */
export type CutReport = Omit<ReportInput, 'analysis'> & { analysis?: ReportInput['analysis'] };

export class StoryClusterer {
  readonly policy: MatchPolicy;
  private readonly freq: WordFrequency;
  private readonly stories = new Map<string, StoryWork>();
  /** bucket → country (or "*" for units with none) → story ids, in opening order. */
  private readonly index = new Map<number, Map<string, Set<string>>>();
  private readonly seenArticles = new Set<string>();
  private readonly nearDupOf = new Map<string, string>();
  private readonly byArticle = new Map<string, string[]>();
  private arrivals = 0;
  /** Candidate stories seen, given the cheap bound, given the refined bound, and fully scored, for benchmarks. */
  readonly stats = { candidates: 0, bounded: 0, refined: 0, scored: 0 };
  private readonly observe: ClustererOptions['observe'];

  constructor(policy: Partial<MatchPolicy> = {}, options: ClustererOptions = {}) {
    // A policy that brings its own weights, bias and threshold does not need the shipped model.
    const complete = policy.weights !== undefined && policy.bias !== undefined && policy.threshold !== undefined;
    this.policy = { ...(complete ? POLICY_GEOMETRY : defaultPolicy()), ...policy } as MatchPolicy;
    this.observe = options.observe;
    this.freq = new WordFrequency(this.policy.background);
  }

  /**
   * Adds one report; returns where each of its units went. A caller that has already cut the
   * report into units (`unitsOf(report, arrival)`, with an arrival above every one added so far)
   * may pass them, which spares cutting it twice (and the report then needs no analysis).
   */
  add(report: ReportInput | CutReport, cut?: StoryUnit[]): Assignment[] {
    this.check(report, cut !== undefined && cut.length > 0);
    this.seenArticles.add(report.articleId);
    if (report.nearDupOf) this.nearDupOf.set(report.articleId, report.nearDupOf);
    let units: StoryUnit[];
    if (cut && cut.length > 0) {
      if (cut.some((u) => u.articleId !== report.articleId || u.arrival < this.arrivals)) throw new CorroborateError('E_DATA', `report "${report.articleId}": the units passed are not this report's, or arrive before earlier reports`);
      units = cut;
      this.arrivals = cut[0].arrival + 1;
    } else units = unitsOf(report as ReportInput, this.arrivals++);
    this.freq.add(units[0]?.words ?? []);
    return units.map((u) => this.place(u));
  }

  /** Every story, in the order they were opened. */
  allStories(): Story[] {
    return [...this.stories.values()].map((s) => this.view(s));
  }

  story(id: string): Story | null {
    const s = this.stories.get(id);
    return s ? this.view(s) : null;
  }

  /** The ids of the stories an article's units belong to, in unit order, without repeats. */
  storiesOf(articleId: string): string[] {
    return [...new Set(this.byArticle.get(articleId) ?? [])];
  }

  state(): ClustererState {
    const units: StoryUnit[] = [];
    const assignments: Assignment[] = [];
    for (const s of this.stories.values()) {
      units.push(...s.all);
      assignments.push(...s.assignments);
    }
    const byArrival = (a: StoryUnit, b: StoryUnit) => a.arrival - b.arrival || a.key.localeCompare(b.key);
    return {
      version: 2,
      policy: this.policy,
      units: units.sort(byArrival),
      assignments,
      nearDupOf: Object.fromEntries(this.nearDupOf),
      wordReports: this.freq.reports,
      wordFrequency: Object.fromEntries(this.freq.df),
    };
  }

  /** A clusterer that continues from a saved state as if its reports had just been added. */
  static fromState(state: ClustererState): StoryClusterer {
    if (state.version !== 2) throw new CorroborateError('E_DATA', `story state version ${String(state.version)} is not supported (expected 2)`);
    const c = new StoryClusterer(state.policy);
    c.loadStories(state);
    c.freq.load(state.wordReports, Object.entries(state.wordFrequency));
    return c;
  }

  /**
   * Takes in more whole stories (every unit of each, with its assignment, in arrival order) that
   * this clusterer does not hold, as fromState would have; the word counts are left as they are.
   * With evictStories, a long-lived clusterer (the store's) follows the days a stream needs.
   */
  loadStories(part: Pick<ClustererState, 'units' | 'assignments' | 'nearDupOf'>): void {
    const unitByKey = new Map(part.units.map((u) => [u.key, u]));
    for (const a of part.assignments) {
      const unit = unitByKey.get(a.unit);
      if (!unit) throw new CorroborateError('E_DATA', `story state: assignment of unknown unit "${a.unit}"`);
      let s = this.stories.get(a.storyId);
      if (!s) this.stories.set(a.storyId, (s = emptyStory(a.storyId)));
      this.attach(s, unit, a);
    }
    for (const u of part.units) this.seenArticles.add(u.articleId);
    for (const [k, v] of Object.entries(part.nearDupOf)) this.nearDupOf.set(k, v);
    this.arrivals = part.units.reduce((m, u) => Math.max(m, u.arrival + 1), this.arrivals);
  }

  /** Whether this clusterer holds the story. */
  holds(storyId: string): boolean {
    return this.stories.has(storyId);
  }

  /** Units held, over all stories. */
  unitCount(): number {
    let n = 0;
    for (const s of this.stories.values()) n += s.all.length;
    return n;
  }

  /**
   * Forgets every story whose first day `keep` rejects, with its index entries and what it
   * knew of its reports (an article is forgotten once no story held has a unit of it). A unit
   * only ever scores stories whose first day is within the window of its own day, so a caller
   * that keeps every story a coming unit can reach gets the joins it would get with all of
   * them. Returns the units forgotten.
   */
  evictStories(keep: (firstDay: number) => boolean): number {
    let dropped = 0;
    const articles = new Set<string>();
    for (const [id, s] of this.stories) {
      if (keep(s.firstDay)) continue;
      this.stories.delete(id);
      dropped += s.all.length;
      for (const u of s.all) {
        articles.add(u.articleId);
        const byCountry = this.index.get(Math.floor(dayNumber(u.day)! / BUCKET_DAYS));
        const country = u.place?.country ?? ANY_COUNTRY;
        const ids = byCountry?.get(country);
        ids?.delete(id);
        if (ids && ids.size === 0) byCountry!.delete(country);
      }
    }
    for (const articleId of articles) {
      const left = (this.byArticle.get(articleId) ?? []).filter((id) => this.stories.has(id));
      if (left.length > 0) {
        this.byArticle.set(articleId, left);
        continue;
      }
      this.byArticle.delete(articleId);
      this.seenArticles.delete(articleId);
      this.nearDupOf.delete(articleId);
    }
    for (const [bucket, byCountry] of this.index) if (byCountry.size === 0) this.index.delete(bucket);
    return dropped;
  }

  private check(report: ReportInput | CutReport, cut: boolean): void {
    const name = `report "${report.articleId}"`;
    if (!report.articleId) throw new CorroborateError('E_DATA', 'a report has an empty articleId');
    if (this.seenArticles.has(report.articleId)) throw new CorroborateError('E_DATA', `${name} was already added`);
    if (dayNumber(report.published) === null) throw new CorroborateError('E_DATA', `${name}: published "${report.published}" is not a YYYY-MM-DD day`);
    if (!cut && (!report.analysis || !Array.isArray(report.analysis.events))) throw new CorroborateError('E_DATA', `${name} has no analysis`);
  }

  private place(unit: StoryUnit): Assignment {
    // The best-scoring candidate, the older one on a tie. Training (observe) needs every
    // candidate's features; otherwise candidates are scored without details, most promising
    // first (by an upper bound of their score), until no bound left can beat the best found:
    // the same choice as scoring them all. Only the story joined is explained.
    let best: { story: StoryWork; score: number; order: number } | null = null;
    const seen: CandidateObservation['candidates'] = [];
    const candidates = this.candidates(unit);
    if (this.observe) {
      for (let i = 0; i < candidates.length; i++) {
        const story = candidates[i];
        const m = scoreMatch(unit, story, this.freq, this.policy);
        if (!m) continue;
        seen.push({ storyId: story.id, articles: [...story.articles], score: m.score, features: m.features });
        if (!best || m.score > best.score) best = { story, score: m.score, order: i };
      }
    } else best = this.search(unit, candidates);
    this.observe?.({ unit, candidates: seen });
    if (best && best.score >= this.policy.threshold) {
      const m = scoreMatch(unit, best.story, this.freq, this.policy)!;
      const a: Assignment = { unit: unit.key, articleId: unit.articleId, eventId: unit.eventId, storyId: best.story.id, how: 'joined', score: m.score, reasons: m.reasons };
      this.attach(best.story, unit, a);
      return a;
    }
    const id = `story:${unit.key}`;
    const story = emptyStory(id);
    this.stories.set(id, story);
    const a: Assignment = {
      unit: unit.key,
      articleId: unit.articleId,
      eventId: unit.eventId,
      storyId: id,
      how: 'started',
      score: null,
      reasons: [],
      nearest: best ? { storyId: best.story.id, score: best.score } : null,
    };
    this.attach(story, unit, a);
    return a;
  }

  /**
   * The best-scoring candidate without scoring them all: each gets the cheap bound (scoreBound
   * less what its reach cannot give); the highest bound is taken next: a cheap one is refined
   * (summary.ts: the headline similarity, place and series families recounted from the story's
   * compare members), a refined one is scored in full. Once no bound left reaches the best score
   * found, none can beat it (nor tie it, which would give the story opened first), so the choice
   * is the one scoring every candidate makes.
   */
  private search(unit: StoryUnit, candidates: StoryWork[]): { story: StoryWork; score: number; order: number } | null {
    const terms = unitTerms(unit, this.freq);
    const at = this.freq.at;
    const day = dayNumber(unit.day)!;
    // Candidates by their first day's distance from the unit's: one bound (gapBound) per group.
    const byGap: number[][] = [];
    for (let i = 0; i < candidates.length; i++) {
      const story = candidates[i];
      if (story.articles.size === 1 && story.articles.has(unit.articleId)) continue;
      const gap = Math.abs(day - story.firstDay);
      (byGap[gap] ??= []).push(i);
      this.stats.candidates++;
    }
    const groups: Array<{ gap: number; bound: number }> = [];
    byGap.forEach((members, gap) => {
      if (members) groups.push({ gap, bound: gapBound(unit, gap, this.policy) });
    });
    groups.sort((a, b) => b.bound - a.bound || a.gap - b.gap);
    let nextGroup = 0;
    const cheap = new BoundHeap<{ i: number; bound: number; parts: number; words: number }>();
    const refined = new BoundHeap<{ i: number; bound: number }>();
    let best: { story: StoryWork; score: number; order: number } | null = null;
    for (;;) {
      const g = nextGroup < groups.length ? groups[nextGroup] : null;
      const c = cheap.top();
      const r = refined.top();
      const gb = g ? g.bound : -Infinity;
      const cb = c ? c.bound : -Infinity;
      const rb = r ? r.bound : -Infinity;
      const ceiling = Math.max(gb, cb, rb);
      // BOUND_SLACK: the bounds are sums of the same terms in other orders, so one may fall a
      // rounding error below another or below a score it equals; stopping only once the ceiling is
      // clearly below the best keeps such a tie in play (a story scoring under the best never wins).
      if (ceiling === -Infinity || (best && ceiling < best.score - BOUND_SLACK)) break;
      if (gb === ceiling) {
        // A group that may hold a winner: each of its stories gets the cheap bound.
        nextGroup++;
        for (const i of byGap[g!.gap]) {
          const story = candidates[i];
          // The units of one report share their headline words: its cover of a story is counted once.
          const memo = story.cover;
          if (memo.at !== at || (memo.words !== unit.words && !sameWords(memo.words, unit.words))) {
            memo.value = coverShare(unit.words, story.words, this.freq);
            memo.words = unit.words;
            memo.at = at;
          }
          const bound = scoreBoundWithCover(unit, story, memo.value, this.policy)!;
          const drops = unreachableParts(unit, story.reach, story.words, this.freq, this.policy, memo.value);
          this.stats.bounded++;
          const b = bound - drops.total;
          if (!best || b >= best.score) cheap.push({ i, bound: b, parts: cheapParts(terms, memo.value, drops, this.policy), words: cheapWords(terms, memo.value, this.policy) });
        }
      } else if (cb === ceiling) {
        const x = cheap.pop()!;
        this.stats.refined++;
        // The parts it must reach to matter: the best score, less what the other parts count.
        const need = best ? best.score - (x.bound - x.parts) : -Infinity;
        const parts = refinedParts(terms, candidates[x.i].summary, this.freq, this.policy, x.words, need);
        if (parts === null) continue;
        const bound = Math.min(x.bound, x.bound - x.parts + parts);
        if (!best || bound >= best.score) refined.push({ i: x.i, bound });
      } else {
        const { i } = refined.pop()!;
        this.stats.scored++;
        const score = matchScore(unit, candidates[i], this.freq, this.policy);
        if (score === null) continue;
        if (!best || score > best.score || (score === best.score && i < best.order)) best = { story: candidates[i], score, order: i };
      }
    }
    return best;
  }

  private attach(story: StoryWork, unit: StoryUnit, a: Assignment): void {
    story.all.push(unit);
    if (story.all.length <= 2 * COMPARE_EDGE) {
      story.units.push(unit);
      summariseMember(story.summary, unit);
    } else {
      // The first COMPARE_EDGE stay; the oldest of the latest makes room for this one.
      const [left] = story.units.splice(COMPARE_EDGE, 1);
      story.units.push(unit);
      summariseMember(story.summary, unit, left);
    }
    story.assignments.push(a);
    widenReach(story.reach, unit);
    const day = dayNumber(unit.day)!;
    story.firstDay = Math.min(story.firstDay, day);
    story.lastDay = Math.max(story.lastDay, day);
    if (!story.articles.has(unit.articleId)) {
      story.articles.add(unit.articleId);
      story.reports = story.articles.size;
      for (const w of unit.words) story.words.set(w, (story.words.get(w) ?? 0) + 1);
      story.cover.words = null;
    }
    for (const c of unit.counts) if (c.kind === 'killed' && (story.maxKilled === null || c.value > story.maxKilled)) story.maxKilled = c.value;
    const mine = this.byArticle.get(unit.articleId);
    if (mine) mine.push(story.id);
    else this.byArticle.set(unit.articleId, [story.id]);
    const bucket = Math.floor(day / BUCKET_DAYS);
    let byCountry = this.index.get(bucket);
    if (!byCountry) this.index.set(bucket, (byCountry = new Map()));
    const country = unit.place?.country ?? ANY_COUNTRY;
    let ids = byCountry.get(country);
    if (!ids) byCountry.set(country, (ids = new Set()));
    ids.add(story.id);
  }

  /**
   * Stories whose first day is within the window of `unit`'s day (the longer follow-up window for
   * a toll update or an aftermath), in its country or with none.
   */
  private candidates(unit: StoryUnit): StoryWork[] {
    const day = dayNumber(unit.day)!;
    const followUp = unit.cues.includes('update') || unit.cues.includes('aftermath');
    const window = followUp ? Math.max(this.policy.windowDays, this.policy.followUpWindowDays) : this.policy.windowDays;
    const from = Math.floor((day - window) / BUCKET_DAYS);
    const to = Math.floor((day + window) / BUCKET_DAYS);
    const country = unit.place?.country ?? null;
    const ids = new Set<string>();
    for (let b = from; b <= to; b++) {
      const byCountry = this.index.get(b);
      if (!byCountry) continue;
      for (const [c, set] of byCountry) if (country === null || c === country || c === ANY_COUNTRY) for (const id of set) ids.add(id);
    }
    const out: StoryWork[] = [];
    for (const id of ids) {
      const s = this.stories.get(id)!;
      if (Math.abs(s.firstDay - day) <= window) out.push(s);
    }
    // Opening order, so ties go to the older story whatever order the index yields.
    return out.sort((a, b) => a.units[0].arrival - b.units[0].arrival || a.id.localeCompare(b.id));
  }

  private view(s: StoryWork): Story {
    const reports: StoryReport[] = [];
    const byArticle = new Map<string, StoryReport>();
    for (const u of s.all) {
      const r = byArticle.get(u.articleId);
      if (r) r.units.push(u.key);
      else {
        const report: StoryReport = { articleId: u.articleId, publisher: u.publisher, published: u.published, units: [u.key] };
        byArticle.set(u.articleId, report);
        reports.push(report);
      }
    }
    const byDay = [...reports].sort((a, b) => a.published.localeCompare(b.published));
    const first = byDay[0];
    const latest = byDay[byDay.length - 1];
    const places = new Map(s.all.filter((u) => u.place).map((u) => [u.place!.id, u.place!]));
    return {
      id: s.id,
      reports,
      publishers: [...new Set(reports.map((r) => r.publisher))],
      independentSources: independentSources(reports, this.nearDupOf),
      firstReport: { articleId: first.articleId, published: first.published },
      latestReport: { articleId: latest.articleId, published: latest.published },
      types: [...new Set(s.all.map((u) => u.type).filter((t): t is string => t !== null))],
      places: [...places.values()],
      contradictions: contradictionsOf(s.all),
      assignments: s.assignments,
    };
  }
}

function emptyStory(id: string): StoryWork {
  return {
    id, units: [], all: [], assignments: [], articles: new Set(), words: new Map(), reach: emptyReach(), summary: emptySummary(),
    cover: { words: null, at: -1, value: null }, firstDay: Infinity, lastDay: -Infinity, reports: 0, maxKilled: null,
  };
}

function sameWords(a: readonly string[] | null, b: readonly string[]): boolean {
  if (a === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A max-heap of candidates by bound; equal bounds come out in candidate order. */
class BoundHeap<T extends { i: number; bound: number }> {
  private readonly items: T[] = [];
  private above(a: T, b: T): boolean {
    return a.bound > b.bound || (a.bound === b.bound && a.i < b.i);
  }
  top(): T | undefined {
    return this.items[0];
  }
  push(x: T): void {
    const h = this.items;
    let k = h.length;
    h.push(x);
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (!this.above(h[k], h[p])) break;
      [h[k], h[p]] = [h[p], h[k]];
      k = p;
    }
  }
  pop(): T | undefined {
    const h = this.items;
    const out = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < h.length && this.above(h[l], h[m])) m = l;
        if (r < h.length && this.above(h[r], h[m])) m = r;
        if (m === k) break;
        [h[k], h[m]] = [h[m], h[k]];
        k = m;
      }
    }
    return out;
  }
}
