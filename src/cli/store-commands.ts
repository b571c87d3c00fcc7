import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import { resolveEventFilter, type EventQueryOptions } from '../store/event-query.ts';
import { toCsv, toGeoJson, toJson, toTable } from '../store/export.ts';
import { openStore } from '../store/open.ts';
import type { ClaimHit } from '../store/store.ts';

// `corroborate search` and `corroborate events`: open the store, ask, print.

export interface SearchCommandOptions {
  db?: string;
  limit: number;
  format: 'text' | 'json';
}

export async function searchCommand(query: string, opts: SearchCommandOptions): Promise<void> {
  const store = await openStore({ db: opts.db, databaseUrl: process.env.DATABASE_URL });
  let hits: ClaimHit[];
  try {
    hits = await store.searchClaims(query, { limit: opts.limit });
  } finally {
    await store.close();
  }
  const out =
    opts.format === 'json'
      ? JSON.stringify(hits, null, 2) + '\n'
      : hits.length === 0
        ? `no claims match "${query}"\n`
        : hits
            .map((h) => {
              const where = [h.published, h.source, h.title].filter(Boolean).join(' · ');
              const who = h.attributionSource ? `${h.attributionKind}: ${h.attributionSource}` : h.attributionKind;
              return `${where || h.articleId} [${who}; ${h.certainty}]\n  ${h.text}${h.url ? `\n  ${h.url}` : ''}\n`;
            })
            .join('\n');
  await write(out);
}

export interface EventsCommandOptions extends EventQueryOptions {
  db?: string;
  format: 'table' | 'json' | 'csv' | 'geojson';
}

export async function eventsCommand(opts: EventsCommandOptions): Promise<void> {
  const store = await openStore({ db: opts.db, databaseUrl: process.env.DATABASE_URL });
  let out: string;
  try {
    const filter = await resolveEventFilter(opts, store);
    const events = await store.findEvents(filter);
    const places = opts.format === 'csv' || opts.format === 'geojson' ? loadPlaceGazetteer() : null;
    const countryName = (code: string) => places?.get(`country:${code}`)?.name ?? null;
    out =
      opts.format === 'json'
        ? JSON.stringify(toJson(events), null, 2) + '\n'
        : opts.format === 'csv'
          ? toCsv(events, countryName)
          : opts.format === 'geojson'
            ? JSON.stringify(toGeoJson(events, countryName)) + '\n'
            : toTable(events);
  } finally {
    await store.close();
  }
  await write(out);
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(s, (err) => (err ? reject(err) : resolve())));
}
