import { describeCountIn, type CountToWrite } from '../model/count-words.ts';
import type { StoredEvent } from './store.ts';

// Stored events as CSV with ACLED's column names where a column means the same thing (so tools
// built for ACLED exports read ours), as GeoJSON points, as JSON, and as a plain table.

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

/**
 * Our own columns after ACLED's: what ACLED has no column for. The count columns (fatalities,
 * wounded, ...) hold the event's own figure of their kind; `counts` writes every count, so a
 * rival toll and who gave it, and kinds with no column (deported, returned, ...), survive.
 * `intervention` (last, so the columns before it keep their places) holds the cue words of a
 * protest broken up by force, ACLED's "Protest with intervention" ("batons"); empty otherwise.
 */
export const EXTRA_COLUMNS = ['wounded', 'kidnapped', 'arrested', 'released', 'actor1_id', 'actor2_id', 'attribution', 'certainty', 'published', 'url', 'article_id', 'event_id', 'counts', 'intervention'] as const;

/**
 * A stored event's count as the analysis gives it (the `counts` JSON column), with the first
 * figure's teller as `claimSource` when the event has a teller's figure beside it (`claim_sources`).
 */
export interface ExportCount extends CountToWrite {
  toldBy?: { text: string; start: number; end: number };
}

/** The event's counts as the exports give them: the stored JSON, and `claimSource` where findEvents found one. */
export function eventCounts(e: Pick<StoredEvent, 'counts' | 'claim_sources'>): ExportCount[] {
  const counts = JSON.parse(e.counts) as ExportCount[];
  const sources = e.claim_sources;
  if (!sources) return counts;
  return counts.map((c, i) => (sources[i] ? { ...c, claimSource: sources[i] } : c));
}

/**
 * Every count in analysis order, "; " between them, each as every output writes it
 * (src/model/count-words.ts): "12 killed per Police; 8 killed per the Taliban; 3 wounded".
 */
export function countsText(counts: readonly CountToWrite[]): string {
  return counts.map((c) => describeCountIn(counts, c)).join('; ');
}

export type CountryName = (code: string) => string | null;

/**
 * ACLED's time_precision: 1 the day is known, 2 within a week (or only the publication date
 * places it), 3 a month or more.
 */
export function timePrecision(e: StoredEvent): number {
  if (e.date_precision === null) return 2;
  if (e.date_precision === 'day') return 1;
  if (e.date_precision === 'range' && e.date_start && e.date_end) {
    const days = (Date.parse(e.date_end) - Date.parse(e.date_start)) / 86_400_000;
    return days <= 7 ? 2 : 3;
  }
  return 3;
}

export function csvRow(e: StoredEvent, countryName: CountryName): Record<string, string | number | null> {
  return {
    event_id_cnty: `${e.article_id}:${e.event_id}`,
    event_date: e.event_date,
    year: e.event_date ? Number(e.event_date.slice(0, 4)) : null,
    time_precision: timePrecision(e),
    event_type: e.type,
    actor1: e.agent_name ?? e.agent,
    actor2: e.target_name ?? e.target,
    country: e.country ? (countryName(e.country) ?? e.country) : null,
    admin1: e.admin1,
    location: e.place_name,
    latitude: e.lat,
    longitude: e.lon,
    geo_precision: e.geo_precision,
    source: e.article_source,
    notes: e.text,
    fatalities: e.killed ?? 0,
    wounded: e.wounded,
    kidnapped: e.kidnapped,
    arrested: e.arrested,
    released: e.released,
    actor1_id: e.agent,
    actor2_id: e.target,
    attribution: e.attribution_kind,
    certainty: e.certainty,
    published: e.article_published,
    url: e.article_url,
    article_id: e.article_id,
    event_id: e.event_id,
    counts: countsText(eventCounts(e)),
    intervention: e.intervention ?? null,
  };
}

export function toCsv(events: readonly StoredEvent[], countryName: CountryName): string {
  const columns = [...ACLED_COLUMNS, ...EXTRA_COLUMNS];
  const lines = [columns.join(',')];
  for (const e of events) {
    const row = csvRow(e, countryName);
    lines.push(columns.map((c) => csvField(row[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** One CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break; empty for null. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toGeoJson(events: readonly StoredEvent[], countryName: CountryName): object {
  return {
    type: 'FeatureCollection',
    features: events
      .filter((e) => e.lat !== null && e.lon !== null)
      .map((e) => ({
        type: 'Feature',
        id: `${e.article_id}:${e.event_id}`,
        geometry: { type: 'Point', coordinates: [Number(e.lon), Number(e.lat)] },
        properties: { ...csvRow(e, countryName), actors: e.actors, counts: eventCounts(e) },
      })),
  };
}

export function toJson(events: readonly StoredEvent[]): object[] {
  return events.map((e) => ({
    id: `${e.article_id}:${e.event_id}`,
    type: e.type,
    date: e.date_start === null ? null : { start: e.date_start, end: e.date_end, precision: e.date_precision },
    eventDate: e.event_date,
    place: e.place_id === null ? null : { id: e.place_id, name: e.place_name, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, precision: e.geo_precision },
    actors: e.actors,
    counts: eventCounts(e),
    intervention: e.intervention ?? null,
    text: e.text,
    trigger: e.trigger,
    claim: { id: e.claim_id, attribution: e.attribution_kind, certainty: e.certainty },
    article: { id: e.article_id, title: e.article_title, source: e.article_source, published: e.article_published, url: e.article_url },
    ...(e.distance_km !== undefined ? { distanceKm: Math.round(e.distance_km * 10) / 10 } : {}),
  }));
}

export function toTable(events: readonly StoredEvent[]): string {
  if (events.length === 0) return 'no events match\n';
  const rows = events.map((e) => [
    e.event_date ?? '',
    e.intervention ? `${e.type} with intervention (${e.intervention})` : e.type,
    [e.place_name, e.country].filter(Boolean).join(', '),
    e.actors.map((a) => `${a.actor}${a.role === 'agent' ? '' : `(${a.role})`}`).join(' '),
    casualties(eventCounts(e)),
    e.article_source ?? '',
  ]);
  const head = ['date', 'type', 'place', 'actors', 'casualties', 'source'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)].join('\n') + `\n${events.length} event${events.length === 1 ? '' : 's'}\n`;
}

/** Killed and wounded, every figure of each with its teller: "12 killed per Police · 8 killed per the Taliban, 3 wounded". */
function casualties(counts: readonly ExportCount[]): string {
  return ['killed', 'wounded']
    .map((kind) => counts.filter((c) => c.kind === kind).map((c) => describeCountIn(counts, c)).join(' · '))
    .filter(Boolean)
    .join(', ');
}
