import { type Kysely, sql } from 'kysely';
import { StoryClusterer, type CutReport } from '../corroborate/clusterer.ts';
import { dayNumber } from '../corroborate/days.ts';
import { defaultPolicy } from '../corroborate/policy.ts';
import type { Assignment, ClustererState, MatchPolicy, Story, StoryUnit } from '../corroborate/types.ts';
import { unitsOf } from '../corroborate/units.ts';
import type { Analysis } from '../model/analysis.ts';
import type { Backend } from './migrations.ts';
import type { RowWriter } from './row-writer.ts';
import { chunks } from './collections.ts';
import type { Database, StoriesTable, StoryUnitsTable } from './schema.ts';

// Stories in the store. Clustering runs over stored articles in ingest order (`seq`), whoever
// stored them: `clusterPending` takes the articles after `story_progress.last_seq`, adds them to
// the clusterer (src/corroborate, unchanged), and writes where each unit went (story_units, with
// the join's reasons), the stories they touched (stories, contradictions as JSON) and the word
// counts, in one transaction that also moves `last_seq`. The result is a function of the
// articles and their order only: a run killed between two steps, or several processes taking
// turns, end with the same rows as one uninterrupted run.
//
// Incremental, and with flat memory: the clusterer only ever scores stories whose first day
// lies within the match window of a unit's day (clusterer.ts `candidates`). So the clusterer
// this process keeps is rebuilt from the tables with just the stories whose first day lies in
// the days the next articles need (each unit's day ± the window, plus slack), and the word counts; it is kept across batches
// while those cover the batch and no other process has clustered in between, and dropped when
// it grows past MAX_CACHED_UNITS. Every story a unit could join is then in memory, so the joins
// are the ones a clusterer holding every story would make.
//
// One detail: the store cuts each report into units once, numbered by the store-wide arrival
// count, and hands them to the clusterer, whose own count (the highest arrival it loaded, plus
// one) it then follows. Arrival only orders stories (the older wins a tie), and it rises with
// ingest order either way.

/** Reports per clustering transaction. */
export const CLUSTER_BATCH = 500;
/** Days loaded beyond what a batch needs, so consecutive batches reuse the clusterer. */
const SLACK_DAYS = 45;
/** Reports clustered between two rebuilds need stories from at most this many days in all. */
const NEED_BUDGET_DAYS = 400;
/** A kept clusterer holding more units than this is rebuilt around the current days. */
const MAX_CACHED_UNITS = 60_000;

interface Cache {
  clusterer: StoryClusterer;
  /** The store's last_seq this clusterer reflects. */
  lastSeq: number;
  /** Day intervals (sorted, disjoint) whose stories were all loaded, or opened here since. */
  covered: Array<[number, number]>;
  units: number;
  /** First and last unit day of each story held. */
  days: Map<string, { first: number; last: number }>;
}

/** What a caller of clusterPending has at hand, by article id. */
export interface ClusterInputs {
  analyses?: ReadonlyMap<string, Analysis>;
  units?: ReadonlyMap<string, StoryUnit[]>;
}

export interface ClusterOutcome {
  /** Articles taken off the pending list (clustered, or skipped for having no publication day). */
  articles: number;
  /** Articles skipped: no valid publication day, which every report needs. */
  skipped: number;
  units: number;
  /** Whether the in-memory clusterer was rebuilt from the tables. */
  rebuilt: boolean;
}

type Tx = Kysely<Database>;

/** What planPending placed: the rows to write and where the progress row moves. */
export interface ClusterPlan {
  outcome: ClusterOutcome;
  /** The progress row's last_seq the plan was made from: writePlan's caller checks it is unchanged. */
  expectedLastSeq: number;
  lastSeq: number;
  arrivals: number;
  units: number;
  wordReports: number;
  unitRows: StoryUnitsTable[];
  storyRows: StoriesTable[];
  wordRows: Array<{ word: string; df: number }>;
}

export class StoryIndexer {
  readonly policy: MatchPolicy;
  private cache: Cache | null = null;
  private readonly window: number;

  private readonly rows: RowWriter;

  constructor(rows: RowWriter, policy: MatchPolicy = defaultPolicy()) {
    this.rows = rows;
    this.policy = policy;
    this.window = Math.max(policy.windowDays, policy.followUpWindowDays);
  }

  /** Forgets the kept clusterer (after a failed transaction). */
  reset(): void {
    this.cache = null;
  }

  /**
   * Clusters up to `limit` pending articles inside `trx`, which the caller opened with the write
   * lock (SQLite BEGIN IMMEDIATE; PostgreSQL: this locks the progress row). `given` may hold,
   * by article id, what the caller has at hand: the units the analysis worker cut (PreparedArticle
   * `units`, numbered from arrival 0) or the analysis, to spare reading and parsing it back.
   */
  async clusterPending(trx: Tx, backend: Backend, limit = CLUSTER_BATCH, given: ClusterInputs = {}): Promise<ClusterOutcome> {
    const plan = await this.planPending(trx, backend, limit, given);
    if (plan.outcome.articles > 0) await this.writePlan(trx, plan);
    return plan.outcome;
  }

  /**
   * The reading and scoring half of clusterPending: takes the pending articles, places their
   * units in the kept clusterer and returns the rows to write, writing nothing. It reads the
   * tables (progress, pending articles, the stories of new days), so on SQLite it can run in a
   * read transaction while another connection writes articles; `writePlan` then writes the rows
   * under the write lock, after checking that nobody clustered in between (`expectedLastSeq`).
   * It stops before a group of reports that needs stories from the tables while rows of this
   * plan are still unwritten (a rebuild reads the tables, so those rows must go first): the next
   * call continues from there, with the same result.
   */
  async planPending(trx: Tx, backend: Backend, limit = CLUSTER_BATCH, given: ClusterInputs = {}): Promise<ClusterPlan> {
    const { analyses, units: cutUnits } = given;
    let pq = trx.selectFrom('story_progress').selectAll().where('id', '=', 1);
    if (backend === 'postgres') pq = pq.forUpdate();
    const progress = await pq.executeTakeFirstOrThrow();
    const lastSeq = Number(progress.last_seq);
    const pending = await trx
      .selectFrom('articles')
      .select(['id', 'seq', 'title', 'source', 'published', 'near_dup_of'])
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    const outcome: ClusterOutcome = { articles: 0, skipped: 0, units: 0, rebuilt: false };
    const plan: ClusterPlan = { outcome, expectedLastSeq: lastSeq, lastSeq, arrivals: 0, units: 0, wordReports: 0, unitRows: [], storyRows: [], wordRows: [] };
    if (pending.length === 0) return plan;

    const missing = pending.filter((p) => !cutUnits?.has(p.id) && !analyses?.has(p.id) && p.published !== null && dayNumber(p.published) !== null).map((p) => p.id);
    const loaded = new Map<string, Analysis>();
    for (const part of chunks(missing, 500)) {
      const rows = await trx.selectFrom('articles').select(['id', 'analysis']).where('id', 'in', part).execute();
      for (const r of rows) loaded.set(r.id, JSON.parse(r.analysis) as Analysis);
    }

    // Each pending article in order: a report, or an article skipped for having no valid day.
    const reports: Array<{ seq: number; report: { input: CutReport; units: StoryUnit[]; days: number[] } | null }> = [];
    let arrival = Number(progress.arrivals);
    for (const p of pending) {
      if (p.published === null || dayNumber(p.published) === null) {
        reports.push({ seq: Number(p.seq), report: null });
        continue;
      }
      const cut = cutUnits?.get(p.id);
      const input: CutReport = { articleId: p.id, publisher: p.source ?? 'unknown', published: p.published, title: p.title, nearDupOf: p.near_dup_of };
      // Units cut in the worker carry arrival 0; the report's place in the store's order is set here.
      const units = cut ? cut.map((u) => ({ ...u, arrival })) : unitsOf({ ...input, analysis: analyses?.get(p.id) ?? loaded.get(p.id)! }, arrival);
      arrival++;
      reports.push({ seq: Number(p.seq), report: { input, units, days: units.map((u) => dayNumber(u.day)!) } });
    }

    const touched = new Set<string>();
    const openedBy = new Map<string, number>();
    const wordCounts = new Map<string, number>();
    let unitSeq = Number(progress.units);
    let wordReports = Number(progress.word_reports);
    let arrivals = Number(progress.arrivals);
    let done = 0;

    // Reports are taken in groups whose windows (each unit's day ± the longest window) span at
    // most NEED_BUDGET_DAYS in all: a batch of articles from all over the calendar would
    // otherwise load every story at once. Articles that arrive roughly in date order make one
    // group of the whole batch.
    let i = 0;
    groups: while (i < reports.length) {
      const group: typeof reports = [];
      let need: Array<[number, number]> = [];
      let j = i;
      for (; j < reports.length; j++) {
        const r = reports[j].report;
        if (!r) {
          group.push(reports[j]);
          continue;
        }
        const next = mergeIntervals([...need, ...r.days.map((d) => [d - this.window, d + this.window] as [number, number])]);
        if (group.some((g) => g.report) && span(next) > NEED_BUDGET_DAYS) break;
        group.push(reports[j]);
        need = next;
      }
      const c = this.cache;
      if (need.length > 0 && (!c || c.lastSeq !== lastSeq || c.units > MAX_CACHED_UNITS || !need.every((iv) => covers(c.covered, iv)))) {
        // The tables must hold this plan's rows before they are read again: stop here.
        if (done > 0 && plan.unitRows.length > 0) break groups;
        const wanted = mergeIntervals(need.map(([a, b]) => [a - SLACK_DAYS, b + SLACK_DAYS] as [number, number]));
        if (c && c.lastSeq === lastSeq) {
          // The kept clusterer moves to the days wanted: stories outside them are forgotten, the
          // stored stories of the days it lacks are loaded. Only those days are read.
          await this.follow(trx, c, wanted);
          if (c.units > MAX_CACHED_UNITS) {
            this.cache = await this.rebuild(trx, wanted, wordReports);
            this.cache.lastSeq = lastSeq;
          }
        } else {
          this.cache = await this.rebuild(trx, wanted, wordReports);
          this.cache.lastSeq = lastSeq;
        }
        outcome.rebuilt = true;
      }
      const cache = this.cache;
      for (const { report } of group) {
        done++;
        if (!report) {
          outcome.skipped++;
          continue;
        }
        const { input, units } = report;
        const assignments = cache!.clusterer.add(input, units);
        arrivals++;
        wordReports++;
        for (const w of new Set(units[0]?.words ?? [])) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
        assignments.forEach((a, k) => {
          const unit = units[k];
          unitSeq += 1;
          touched.add(a.storyId);
          if (a.how === 'started') openedBy.set(a.storyId, unitSeq);
          plan.unitRows.push(unitRow(unit, a, unitSeq, input.nearDupOf ?? null));
          widen(cache!.days, a.storyId, dayNumber(unit.day)!);
        });
        cache!.units += units.length;
      }
      i = j;
    }
    const cache = this.cache;
    if (cache) plan.storyRows = [...touched].sort().map((id) => storyRow(cache.clusterer.story(id)!, cache.days.get(id)!, openedBy.get(id) ?? 0));
    plan.wordRows = [...wordCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([word, df]) => ({ word, df }));
    outcome.articles = done;
    outcome.units = plan.unitRows.length;
    plan.lastSeq = reports[done - 1].seq;
    plan.arrivals = arrivals;
    plan.units = unitSeq;
    plan.wordReports = wordReports;
    // The kept clusterer now reflects the plan; writePlan's caller resets it if the write fails.
    if (cache) cache.lastSeq = plan.lastSeq;
    return plan;
  }

  /** Writes what planPending placed, and moves the progress row; the caller holds the write lock. */
  async writePlan(trx: Tx, plan: ClusterPlan): Promise<void> {
    await this.rows.insert(trx, 'story_units', plan.unitRows);
    await this.rows.insert(trx, 'stories', plan.storyRows, { conflict: { target: 'id', set: STORY_UPDATE_SET } });
    await this.rows.insert(trx, 'story_words', plan.wordRows, { conflict: { target: 'word', set: { df: 'story_words.df + excluded.df' } } });
    await trx
      .updateTable('story_progress')
      .set({ last_seq: plan.lastSeq, arrivals: plan.arrivals, units: plan.units, word_reports: plan.wordReports })
      .where('id', '=', 1)
      .execute();
  }

  /** A clusterer holding every story whose first day is in one of `covered`, and all the word counts. */
  private async rebuild(trx: Tx, covered: Array<[number, number]>, wordReports: number): Promise<Cache> {
    this.cache = null;
    const part = await this.storiesOfDays(trx, covered, () => false);
    const words = await trx.selectFrom('story_words').select(['word', 'df']).execute();
    const state: ClustererState = {
      version: 2,
      policy: this.policy,
      ...part.state,
      wordReports: Number(wordReports),
      wordFrequency: Object.fromEntries(words.map((w) => [w.word, Number(w.df)])),
    };
    return { clusterer: StoryClusterer.fromState(state), lastSeq: -1, covered, units: part.state.units.length, days: part.days };
  }

  /**
   * Moves a kept clusterer to hold the stories of `wanted` days: forgets those whose first day
   * lies outside them and loads the stored ones of the days it did not cover. What it then holds
   * is what `rebuild(wanted)` would load (the word counts it has kept up itself), and its memory
   * follows the days a stream needs, not the size of the store.
   */
  private async follow(trx: Tx, cache: Cache, wanted: Array<[number, number]>): Promise<void> {
    const inWanted = (day: number) => wanted.some(([a, b]) => a <= day && day <= b);
    cache.units -= cache.clusterer.evictStories(inWanted);
    for (const id of [...cache.days.keys()]) if (!cache.clusterer.holds(id)) cache.days.delete(id);
    const missing = subtractIntervals(wanted, cache.covered);
    if (missing.length > 0) {
      const part = await this.storiesOfDays(trx, missing, (id) => cache.clusterer.holds(id));
      cache.clusterer.loadStories(part.state);
      for (const [id, d] of part.days) cache.days.set(id, d);
      cache.units += part.state.units.length;
    }
    cache.covered = wanted;
  }

  /** The stored stories whose first day is in one of `days` (those `skip` names aside), whole: every unit and assignment. */
  private async storiesOfDays(
    trx: Tx,
    days: Array<[number, number]>,
    skip: (id: string) => boolean,
  ): Promise<{ state: Pick<ClustererState, 'units' | 'assignments' | 'nearDupOf'>; days: Map<string, { first: number; last: number }> }> {
    const ids: string[] = [];
    for (const part of chunks(days, 50)) {
      const rows = await trx
        .selectFrom('stories')
        .select('id')
        .where((eb) => eb.or(part.map(([lo, hi]) => eb.and([eb('first_day', '>=', lo), eb('first_day', '<=', hi)]))))
        .execute();
      for (const r of rows) if (!skip(r.id)) ids.push(r.id);
    }
    const rows: StoryUnitsTable[] = [];
    for (const part of chunks(ids, 500)) rows.push(...(await trx.selectFrom('story_units').selectAll().where('story_id', 'in', part).execute()));
    rows.sort((a, b) => Number(a.unit_seq) - Number(b.unit_seq));
    const nearDupOf: Record<string, string> = {};
    for (const r of rows) if (r.near_dup_of) nearDupOf[r.article_id] = r.near_dup_of;
    const units = rows.map((r) => JSON.parse(r.unit) as StoryUnit);
    const storyDays = new Map<string, { first: number; last: number }>();
    units.forEach((u, i) => widen(storyDays, rows[i].story_id, dayNumber(u.day)!));
    return { state: { units, assignments: rows.map(assignmentOf), nearDupOf }, days: storyDays };
  }
}

/** The days of `xs` that none of `minus` covers (both sorted and disjoint). */
function subtractIntervals(xs: ReadonlyArray<[number, number]>, minus: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a0, b] of xs) {
    let a = a0;
    for (const [c, d] of minus) {
      if (d < a || c > b) continue;
      if (c > a) out.push([a, c - 1]);
      a = Math.max(a, d + 1);
      if (a > b) break;
    }
    if (a <= b) out.push([a, b]);
  }
  return out;
}

const STORY_UPDATE_COLUMNS = [
  'first_day',
  'last_day',
  'first_published',
  'latest_published',
  'first_article',
  'latest_article',
  'reports',
  'independent_sources',
  'publishers',
  'types',
  'places',
  'countries',
  'contradictions',
  'contradiction_count',
] as const;
const STORY_UPDATE_SET: Record<string, string> = Object.fromEntries(STORY_UPDATE_COLUMNS.map((c) => [c, `excluded.${c}`]));

function unitRow(unit: StoryUnit, a: Assignment, unitSeq: number, nearDupOf: string | null): StoryUnitsTable {
  return {
    unit_key: unit.key,
    unit_seq: unitSeq,
    arrival: unit.arrival,
    article_id: unit.articleId,
    event_id: unit.eventId,
    story_id: a.storyId,
    how: a.how,
    score: a.score,
    reasons: JSON.stringify(a.reasons),
    nearest: a.nearest ? JSON.stringify(a.nearest) : null,
    near_dup_of: nearDupOf,
    unit: JSON.stringify(unit),
  };
}

export function assignmentOf(r: StoryUnitsTable): Assignment {
  const a: Assignment = {
    unit: r.unit_key,
    articleId: r.article_id,
    eventId: r.event_id,
    storyId: r.story_id,
    how: r.how as Assignment['how'],
    score: r.score === null ? null : Number(r.score),
    reasons: JSON.parse(r.reasons),
  };
  if (r.how === 'started') a.nearest = r.nearest ? JSON.parse(r.nearest) : null;
  return a;
}

/** Sorted, disjoint intervals covering the same days as `xs`. */
function mergeIntervals(xs: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...xs].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Days covered by sorted, disjoint intervals. */
function span(xs: ReadonlyArray<[number, number]>): number {
  return xs.reduce((n, [a, b]) => n + (b - a + 1), 0);
}

/** Whether one of the disjoint `covered` intervals holds all of `iv`. */
function covers(covered: ReadonlyArray<[number, number]>, iv: [number, number]): boolean {
  return covered.some(([a, b]) => a <= iv[0] && iv[1] <= b);
}

function widen(days: Map<string, { first: number; last: number }>, id: string, day: number): void {
  const d = days.get(id);
  if (!d) days.set(id, { first: day, last: day });
  else {
    d.first = Math.min(d.first, day);
    d.last = Math.max(d.last, day);
  }
}

function storyRow(s: Story, days: { first: number; last: number }, openedSeq: number): StoriesTable {
  return {
    id: s.id,
    first_day: days.first,
    last_day: days.last,
    first_published: s.firstReport.published,
    latest_published: s.latestReport.published,
    first_article: s.firstReport.articleId,
    latest_article: s.latestReport.articleId,
    reports: s.reports.length,
    independent_sources: s.independentSources,
    publishers: JSON.stringify(s.publishers),
    types: JSON.stringify(s.types),
    places: JSON.stringify(s.places),
    countries: JSON.stringify([...new Set(s.places.map((p) => p.country).filter((c): c is string => c !== null))].sort()),
    contradictions: JSON.stringify(s.contradictions),
    contradiction_count: s.contradictions.length,
    opened_seq: openedSeq,
  };
}
