import { createHash } from 'node:crypto';
import type { Analysis } from '../model/analysis.ts';
import { dayNumber } from '../corroborate/days.ts';
import { publisherKey } from '../corroborate/sources.ts';
import type { StoryUnit } from '../corroborate/types.ts';
import { unitsOf } from '../corroborate/units.ts';
import { interventionOf } from '../model/intervention.ts';
import { canonicalUrl } from './canonical-url.ts';
import { bandBuckets, factsOf, minhash, signatureToHex } from './near-dup.ts';
import type { ActorsTable, ArticlesTable, ClaimsTable, EventActorsTable, EventsTable } from './schema.ts';

// An Analysis cut into the rows the store keeps. Pure and deterministic, so it runs in the
// analysis workers and the writer only decides duplicates and inserts.

export interface PreparedArticle {
  /** What reports call this input: "dir/a.txt", "feed.xml#3", "batch.jsonl:12". */
  origin: string;
  article: Omit<ArticlesTable, 'seq' | 'near_dup_of' | 'near_dup_similarity' | 'ingested_at'>;
  claims: ClaimsTable[];
  events: EventsTable[];
  eventActors: EventActorsTable[];
  actors: ActorsTable[];
  /** LSH buckets of the MinHash signature. */
  buckets: number[];
  /**
   * The report's story units (`unitsOf`, cut here in the analysis worker so that the writer never
   * parses the Analysis JSON again), numbered arrival 0: the store renumbers them when it
   * clusters. null when the article has no valid publication day (stories skip it).
   */
  units: StoryUnit[] | null;
}

/**
 * The duplicate key of an article: its text (case and whitespace do not make a new article), its
 * publisher and its publication day. The same text from another publisher, or on another day, is
 * another report of it: stored, and linked to the first copy as a near-duplicate (one
 * independent source), so a story can list every outlet that ran it.
 */
export function contentHash(text: string, source: string | null = null, published: string | null = null): string {
  return createHash('sha256')
    .update(text.toLowerCase().replace(/\s+/g, ' ').trim())
    .update(`\u0000${source === null ? '' : publisherKey(source)}\u0000${published ?? ''}`)
    .digest('hex');
}

/** The store's article id: "art-" + 16 hex of sha256 of the text, publisher and day (the Analysis id hashes the text alone). */
export function storeArticleId(text: string, source: string | null, published: string | null): string {
  const h = createHash('sha256').update(text);
  if (source !== null || published !== null) h.update(`\u0000${source === null ? '' : publisherKey(source)}\u0000${published ?? ''}`);
  return 'art-' + h.digest('hex').slice(0, 16);
}

const COUNT_COLUMNS = ['killed', 'wounded', 'kidnapped', 'arrested', 'released'] as const;

export function prepareRows(analysis: Analysis, origin: string): PreparedArticle {
  const a = analysis.article;
  const text = analysis.text;
  const sig = minhash(text);
  const claimsById = new Map(analysis.claims.map((c) => [c.id, c]));
  const places = new Map(analysis.places.map((p) => [p.id, p]));
  const id = storeArticleId(text, a.source, a.published);
  const article: PreparedArticle['article'] = {
    id,
    content_hash: contentHash(text, a.source, a.published),
    canonical_url: canonicalUrl(a.url),
    url: a.url,
    title: a.title,
    source: a.source,
    byline: a.byline,
    published: a.published,
    language: a.language,
    text,
    analysis: JSON.stringify(analysis),
    minhash: signatureToHex(sig),
    facts: JSON.stringify(factsOf(analysis)),
    origin,
  };
  const claims: ClaimsTable[] = analysis.claims.map((c, idx) => ({
    article_id: id,
    idx,
    claim_id: c.id,
    start_offset: c.start,
    end_offset: c.end,
    text: c.text,
    attribution_kind: c.attribution.kind,
    attribution_source: c.attribution.source,
    certainty: c.certainty,
    events: JSON.stringify(c.events),
  }));
  const events: EventsTable[] = [];
  const eventActors: EventActorsTable[] = [];
  analysis.events.forEach((e, idx) => {
    const claim = e.claim ? claimsById.get(e.claim) : undefined;
    const place = e.place ? places.get(e.place) : undefined;
    const firstCount = (kind: string) => e.counts.find((c) => c.kind === kind)?.value ?? null;
    const counts = Object.fromEntries(COUNT_COLUMNS.map((k) => [k, firstCount(k)])) as Record<(typeof COUNT_COLUMNS)[number], number | null>;
    events.push({
      article_id: id,
      idx,
      event_id: e.id,
      type: e.type,
      start_offset: e.start,
      end_offset: e.end,
      text: text.slice(e.start, e.end),
      trigger: e.trigger.text,
      claim_id: e.claim,
      attribution_kind: claim?.attribution.kind ?? null,
      certainty: claim?.certainty ?? null,
      date_start: e.date?.start ?? null,
      date_end: e.date?.end ?? null,
      date_precision: e.date?.precision ?? null,
      event_date: e.date?.start ?? a.published,
      event_date_end: e.date?.end ?? a.published,
      place_id: e.place,
      place_name: place?.name ?? null,
      country: place?.country ?? null,
      admin1: place?.admin1 ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      geo_precision: place?.precision ?? null,
      ...counts,
      counts: JSON.stringify(e.counts),
      agent: e.actors.find((x) => x.role === 'agent')?.actor ?? null,
      target: e.actors.find((x) => x.role === 'target')?.actor ?? null,
      intervention: interventionOf(e),
    });
    e.actors.forEach((x, ord) =>
      eventActors.push({ article_id: id, event_idx: idx, ord, actor_id: x.actor, role: x.role, inferred: x.inferred ? 1 : 0 }),
    );
  });
  const actors: ActorsTable[] = analysis.actors.map((x) => ({ id: x.id, name: x.name, type: x.type, country: x.country }));
  const units = a.published !== null && dayNumber(a.published) !== null ? unitsOf({ articleId: id, publisher: a.source ?? 'unknown', published: a.published, title: a.title, analysis }, 0) : null;
  return { origin, article, claims, events, eventActors, actors, buckets: bandBuckets(sig), units };
}
