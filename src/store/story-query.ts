import type { Kysely } from 'kysely';
import { dayNumber } from '../corroborate/days.ts';
import type { StoryUnit } from '../corroborate/types.ts';
import type { Database, StoriesTable } from './schema.ts';
import type { StoryDetail, StoryFilter, StoryReportView, StoryRow } from './store.ts';

// Reading stories back: the list `corroborate stories` prints, and one story with its reports
// side by side for `corroborate story ID`. The same queries on both backends; the JSON columns
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
    .select(['su.unit', 'su.how', 'su.score', 'su.reasons', 'su.near_dup_of', 'a.id as article_id', 'a.title', 'a.url', 'a.source', 'a.published'])
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
      counts: unit.counts,
      how: u.how,
      score: u.score === null ? null : Number(u.score),
      reasons: JSON.parse(u.reasons),
    });
  }
  return { ...storyRowOf(row, title), reportsSideBySide: reports };
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
  };
}
