import type { Kysely } from 'kysely';
import { dayNumber } from '../corroborate/days.ts';
import type { StoryUnit } from '../corroborate/types.ts';
import type { Database, StoriesTable } from './schema.ts';
import type { ArticleRecord, StoryDetail, StoryFilter, StoryLink, StoryReportView, StoryRow } from './store.ts';

// Reading stories back: the list `corroborate stories` prints (and GET /v1/stories pages), one
// story with its reports side by side for `corroborate story ID`, which stories an article's
// events joined, and one stored article. The same queries on both backends; the JSON columns
// are text on both, so the country and type filters match the quoted value inside that text.

export async function findStories(db: Kysely<Database>, filter: StoryFilter): Promise<StoryRow[]> {
  let q = db
    .selectFrom('stories as s')
    .leftJoin('articles as a', 'a.id', 's.first_article')
    .selectAll('s')
    .select('a.title as title');
  if (filter.since) q = q.where('s.last_day', '>=', dayNumber(filter.since)!);
  if (filter.until) q = q.where('s.first_day', '<=', dayNumber(filter.until)!);
  if (filter.minSources !== undefined && filter.minSources > 1) q = q.where('s.independent_sources', '>=', filter.minSources);
  if (filter.country) q = q.where('s.countries', 'like', `%"${filter.country}"%`);
  if (filter.types?.length) {
    const types = filter.types;
    q = q.where((eb) => eb.or(types.map((t) => eb('s.types', 'like', `%"${t}"%`))));
  }
  if (filter.articles) {
    const ids = filter.articles;
    if (ids.length === 0) return [];
    q = q.where('s.id', 'in', (eb) => eb.selectFrom('story_units as su').select('su.story_id').where('su.article_id', 'in', ids));
  }
  if (filter.after) {
    const day = dayNumber(filter.after.firstDay)!;
    const seq = filter.after.openedSeq;
    q = q.where((eb) => eb.or([eb('s.first_day', '>', day), eb.and([eb('s.first_day', '=', day), eb('s.opened_seq', '>', seq)])]));
  }
  q = q.orderBy('s.first_day').orderBy('s.opened_seq');
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  return (await q.execute()).map((r) => storyRowOf(r, r.title));
}

export async function getStory(db: Kysely<Database>, id: string): Promise<StoryDetail | null> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const units = await db
    .selectFrom('story_units as su')
    .innerJoin('articles as a', 'a.id', 'su.article_id')
    .leftJoin('events as e', (j) => j.onRef('e.article_id', '=', 'su.article_id').onRef('e.event_id', '=', 'su.event_id'))
    .select(['su.unit', 'su.how', 'su.score', 'su.reasons', 'su.near_dup_of', 'a.id as article_id', 'a.title', 'a.url', 'a.source', 'a.published', 'e.text as event_text'])
    .where('su.story_id', '=', id)
    .orderBy('su.unit_seq')
    .execute();
  const reports: StoryReportView[] = [];
  const byArticle = new Map<string, StoryReportView>();
  let title: string | null = null;
  for (const u of units) {
    const unit = JSON.parse(u.unit) as StoryUnit;
    let r = byArticle.get(u.article_id);
    if (!r) {
      r = { articleId: u.article_id, publisher: unit.publisher, published: unit.published, title: u.title, url: u.url, nearDupOf: u.near_dup_of, units: [] };
      byArticle.set(u.article_id, r);
      reports.push(r);
    }
    if (u.article_id === row.first_article) title = u.title;
    r.units.push({
      key: unit.key,
      eventId: unit.eventId,
      type: unit.type,
      day: unit.day,
      place: unit.place?.name ?? null,
      text: u.event_text ?? null,
      counts: unit.counts,
      how: u.how,
      score: u.score === null ? null : Number(u.score),
      reasons: JSON.parse(u.reasons),
    });
  }
  return { ...storyRowOf(row, title), reportsSideBySide: reports };
}

/** The stories the events of these articles joined, in clustering order, each pair once. */
export async function storyLinks(db: Kysely<Database>, articleIds: readonly string[]): Promise<StoryLink[]> {
  if (articleIds.length === 0) return [];
  const out: StoryLink[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < articleIds.length; i += 500) {
    const rows = await db
      .selectFrom('story_units as su')
      .innerJoin('stories as s', 's.id', 'su.story_id')
      .select(['su.article_id', 'su.event_id', 'su.story_id', 'su.unit_seq', 's.reports', 's.independent_sources'])
      .where('su.article_id', 'in', articleIds.slice(i, i + 500))
      .orderBy('su.unit_seq')
      .execute();
    for (const r of rows) {
      const key = `${r.article_id}\u0000${r.event_id ?? ''}\u0000${r.story_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ articleId: r.article_id, eventId: r.event_id, storyId: r.story_id, reports: Number(r.reports), independentSources: Number(r.independent_sources) });
    }
  }
  return out;
}

export async function getArticle(db: Kysely<Database>, id: string): Promise<ArticleRecord | null> {
  const row = await db
    .selectFrom('articles')
    .select(['id', 'title', 'source', 'url', 'published', 'origin', 'near_dup_of', 'ingested_at', 'analysis'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    url: row.url,
    published: row.published,
    origin: row.origin,
    nearDuplicateOf: row.near_dup_of,
    ingestedAt: row.ingested_at,
    analysis: JSON.parse(row.analysis),
  };
}

/** One value a contradiction lists, with each report that states it and the words it rests on. */
export interface ContradictionStatement {
  articleId: string;
  publisher: string;
  published: string;
  title: string | null;
  /** The event of that report the value comes from; null for a report without events. */
  eventId: string | null;
  /** The words that state it (a count's phrase), or the value itself for places and dates. */
  text: string;
  /** Who gave the figure when it is a rival toll beside the event's own ("the Taliban"); else null. */
  toldBy: string | null;
  /** The clause or sentence of that event in the report. */
  sentence: string | null;
}

export interface ExplainedContradiction {
  field: string;
  values: Array<{ value: string; reports: string[]; statedBy: ContradictionStatement[] }>;
}

/**
 * The story's contradictions with, for each value, the reports saying it: publisher, day, and
 * the event and words in that report it comes from, so a reader can go to the exact text.
 */
export function explainContradictions(story: StoryDetail): ExplainedContradiction[] {
  const reports = new Map(story.reportsSideBySide.map((r) => [r.articleId, r]));
  return story.contradictions.map((c) => ({
    field: c.field,
    values: c.values.map((v) => ({
      value: v.value,
      reports: v.reports,
      statedBy: v.reports.flatMap((articleId) => {
        const r = reports.get(articleId);
        if (!r) return [];
        const where = statementIn(r, c.field, v.value);
        const sentence = r.units.find((u) => u.eventId === where.eventId)?.text ?? null;
        return [{ articleId, publisher: r.publisher, published: r.published, title: r.title, eventId: where.eventId, text: where.text, toldBy: where.toldBy, sentence }];
      }),
    })),
  }));
}

/** The unit of a report stating `value` for `field`, as the contradiction rules read it. */
function statementIn(r: StoryReportView, field: string, value: string): { eventId: string | null; text: string; toldBy: string | null } {
  if (field === 'place') {
    const u = r.units.find((x) => x.place === value);
    return { eventId: u?.eventId ?? null, text: value, toldBy: null };
  }
  if (field === 'date') {
    const u = r.units.find((x) => x.day === value);
    return { eventId: u?.eventId ?? null, text: value, toldBy: null };
  }
  for (const u of r.units) {
    for (const c of u.counts) {
      if (c.kind !== field) continue;
      const stated = c.qualifier === 'exact' ? String(c.value) : `${c.qualifier} ${c.value}`;
      if (stated === value) return { eventId: u.eventId, text: c.text, toldBy: c.toldBy ?? null };
    }
  }
  return { eventId: r.units[0]?.eventId ?? null, text: value, toldBy: null };
}

function isoDay(n: number): string {
  return new Date(Number(n) * 86_400_000).toISOString().slice(0, 10);
}

function storyRowOf(r: StoriesTable, title: string | null): StoryRow {
  return {
    id: r.id,
    firstDay: isoDay(r.first_day),
    lastDay: isoDay(r.last_day),
    firstPublished: r.first_published,
    latestPublished: r.latest_published,
    firstArticle: r.first_article,
    latestArticle: r.latest_article,
    reports: Number(r.reports),
    independentSources: Number(r.independent_sources),
    publishers: JSON.parse(r.publishers),
    types: JSON.parse(r.types),
    places: JSON.parse(r.places),
    countries: JSON.parse(r.countries),
    contradictions: JSON.parse(r.contradictions),
    title,
    position: { firstDay: isoDay(r.first_day), openedSeq: Number(r.opened_seq) },
  };
}
