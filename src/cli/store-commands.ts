import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import { resolveEventFilter, type EventQueryOptions } from '../store/event-query.ts';
import { toCsv, toGeoJson, toJson, toTable } from '../store/export.ts';
import { openStore } from '../store/open.ts';
import { eventKey, type ClaimHit, type EventKey } from '../store/store.ts';
import { CorroborateError } from '../model/errors.ts';

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
  /** `DATE/SEQ/IDX` of the last event of the previous page (`-` for no date). */
  after?: string;
  format: 'table' | 'json' | 'csv' | 'geojson';
}

export async function eventsCommand(opts: EventsCommandOptions): Promise<void> {
  const store = await openStore({ db: opts.db, databaseUrl: process.env.DATABASE_URL });
  let out: string;
  try {
    const filter = await resolveEventFilter(opts, store);
    if (opts.after !== undefined) filter.after = parseEventKey(opts.after);
    // One more than the page, to know whether another page follows.
    let events = await store.findEvents(opts.limit === undefined ? filter : { ...filter, limit: opts.limit + 1 });
    if (opts.limit !== undefined && events.length > opts.limit) {
      events = events.slice(0, opts.limit);
      const k = eventKey(events[events.length - 1]);
      process.stderr.write(`more events follow: the next page is --after ${k.date ?? '-'}/${k.seq}/${k.idx}\n`);
    }
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

/** `DATE/SEQ/IDX` (DATE `-` for an event without a day) as an EventKey; an error naming the option otherwise. */
export function parseEventKey(value: string): EventKey {
  const m = /^(\d{4}-\d{2}-\d{2}|-)\/(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) throw new CorroborateError('E_BAD_OPTION', `--after "${value}" is not a page key such as 2021-08-15/1234/0 (printed on stderr after a page cut by --limit)`);
  return { date: m[1] === '-' ? null : m[1], seq: Number(m[2]), idx: Number(m[3]) };
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(s, (err) => (err ? reject(err) : resolve())));
}
