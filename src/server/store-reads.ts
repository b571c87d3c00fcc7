// Reads the Store interface has no method for yet. GET /v1/articles/:id needs one article's row;
// the Store has no `getArticle`, so this asks the store's own Kysely handle, with the schema's
// types, for that one row. It is a stopgap: when the Store grows `getArticle(id)`, this file goes.

import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { Store } from '../store/store.ts';

export interface ArticleRecord {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  origin: string;
  nearDuplicateOf: string | null;
  ingestedAt: string;
  /** The stored Analysis JSON, as analyze produced it. */
  analysis: unknown;
}

export async function getArticle(store: Store, id: string): Promise<ArticleRecord | null> {
  const row = await kyselyOf(store)
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

function kyselyOf(store: Store): Kysely<Database> {
  const db = (store as unknown as { db?: Kysely<Database> }).db;
  if (!db || typeof db.selectFrom !== 'function') {
    throw new Error('this Store implementation exposes no Kysely handle; GET /v1/articles/:id needs Store.getArticle');
  }
  return db;
}
