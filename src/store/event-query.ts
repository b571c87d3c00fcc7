import { loadActorGazetteer, resolveActorName } from '../gazetteer/actors.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import { isValidIsoDate } from '../analyze.ts';
import { CorroborateError } from '../model/errors.ts';
import type { EventFilter, Store, StoryFilter } from './store.ts';

// `corroborate events` options as people write them (an actor name or alias, a place name, a
// distance with its unit, a country name) resolved through the same gazetteers the analysis
// uses, into the store's EventFilter. Every option that cannot be resolved is an error naming it.

export interface EventQueryOptions {
  actor?: string;
  type?: string;
  since?: string;
  until?: string;
  near?: string;
  within?: string;
  country?: string;
  limit?: number;
  minSources?: number;
  /** true: protests broken up by force; false: protests without (`--intervention`, `--no-intervention`). */
  intervention?: boolean;
}

export const DEFAULT_WITHIN_KM = 50;

export async function resolveEventFilter(opts: EventQueryOptions, store: Pick<Store, 'actorIds'>): Promise<EventFilter> {
  const filter: EventFilter = {};
  if (opts.type !== undefined) {
    const known = Object.keys(readDataJson<{ types: Record<string, unknown> }>('events.json').types);
    const types = opts.type.split(',').map((t) => t.trim()).filter(Boolean);
    for (const t of types) {
      if (!known.includes(t)) throw new CorroborateError('E_BAD_OPTION', `--type "${t}" is no event type; use one of: ${known.join(', ')}`);
    }
    filter.types = types;
  }
  for (const [name, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
    if (value !== undefined && !isValidIsoDate(value)) throw new CorroborateError('E_BAD_OPTION', `${name} "${value}" is not a valid YYYY-MM-DD date`);
  }
  if (opts.since) filter.since = opts.since;
  if (opts.until) filter.until = opts.until;
  if (opts.since && opts.until && opts.since > opts.until) throw new CorroborateError('E_BAD_OPTION', `--since ${opts.since} is after --until ${opts.until}`);
  if (opts.actor !== undefined) filter.actors = await resolveActor(opts.actor, store);
  if (opts.country !== undefined) filter.country = resolveCountry(opts.country);
  if (opts.within !== undefined && opts.near === undefined) throw new CorroborateError('E_BAD_OPTION', '--within needs --near PLACE');
  if (opts.near !== undefined) {
    const place = resolvePlace(opts.near, filter.country);
    filter.near = { lat: place.lat, lon: place.lon, km: opts.within === undefined ? DEFAULT_WITHIN_KM : parseDistance(opts.within) };
  }
  if (opts.limit !== undefined) filter.limit = opts.limit;
  if (opts.minSources !== undefined) filter.minSources = opts.minSources;
  if (opts.intervention !== undefined) {
    // The mark is a protest's: with other types only, nothing could match.
    if (filter.types && !filter.types.includes('protest')) {
      const flag = opts.intervention ? '--intervention' : '--no-intervention';
      throw new CorroborateError('E_BAD_OPTION', `${flag} is about protests, and --type ${filter.types.join(',')} has none; add protest to --type or drop it`);
    }
    filter.intervention = opts.intervention;
  }
  return filter;
}

export interface StoryQueryOptions {
  since?: string;
  until?: string;
  country?: string;
  type?: string;
  minSources?: number;
  limit?: number;
}

/** `corroborate stories` options resolved into the store's StoryFilter, each bad one named. */
export function resolveStoryFilter(opts: StoryQueryOptions): StoryFilter {
  const filter: StoryFilter = {};
  if (opts.type !== undefined) filter.types = parseTypes(opts.type);
  for (const [name, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
    if (value !== undefined && !isValidIsoDate(value)) throw new CorroborateError('E_BAD_OPTION', `${name} "${value}" is not a valid YYYY-MM-DD date`);
  }
  if (opts.since && opts.until && opts.since > opts.until) throw new CorroborateError('E_BAD_OPTION', `--since ${opts.since} is after --until ${opts.until}`);
  if (opts.since) filter.since = opts.since;
  if (opts.until) filter.until = opts.until;
  if (opts.country !== undefined) filter.country = resolveCountry(opts.country);
  if (opts.minSources !== undefined) filter.minSources = opts.minSources;
  if (opts.limit !== undefined) filter.limit = opts.limit;
  return filter;
}

function parseTypes(value: string): string[] {
  const known = Object.keys(readDataJson<{ types: Record<string, unknown> }>('events.json').types);
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  for (const t of types) {
    if (!known.includes(t)) throw new CorroborateError('E_BAD_OPTION', `--type "${t}" is no event type; use one of: ${known.join(', ')}`);
  }
  return types;
}

/** The actor and its units: "Pakistan police" also finds events of its counter-terrorism department. */
async function resolveActor(name: string, store: Pick<Store, 'actorIds'>): Promise<string[]> {
  const g = loadActorGazetteer();
  const id = g.get(name.trim()) ? name.trim() : resolveActorName(g, name).id;
  if (!id) throw new CorroborateError('E_BAD_OPTION', `--actor "${name}" is no actor we know (try: corroborate actors "${name}")`);
  const canonical = g.canonical(id);
  const ids = new Set([id]);
  for (const stored of await store.actorIds()) if (stored === id || g.canonical(stored) === id || (canonical !== id && stored === canonical)) ids.add(stored);
  return [...ids].sort();
}

function resolveCountry(value: string): string {
  const g = loadPlaceGazetteer();
  const code = /^[A-Za-z]{2}$/.test(value.trim())
    ? value.trim().toUpperCase()
    : g.candidates(value.trim()).find((p) => p.kind === 'country')?.country;
  if (!code || !g.get(`country:${code}`)) throw new CorroborateError('E_BAD_OPTION', `--country "${value}" is no country we know (use an ISO code such as PK)`);
  return code;
}

function resolvePlace(name: string, country: string | undefined): { lat: number; lon: number } {
  const g = loadPlaceGazetteer();
  const explained = g.explain(name, country ? new Set([country]) : undefined);
  const picked = explained.mentions[0]?.place ?? explained.candidates.find((c) => !country || c.country === country);
  if (!picked || picked.lat === null || picked.lon === null) {
    throw new CorroborateError('E_BAD_OPTION', `--near "${name}" is no place we can locate (try: corroborate places "${name}")`);
  }
  return { lat: picked.lat, lon: picked.lon };
}

export function parseDistance(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(km|mi|m)?\s*$/i.exec(value);
  if (!m) throw new CorroborateError('E_BAD_OPTION', `--within "${value}" is not a distance such as 50km, 30mi or 500m`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 'km').toLowerCase();
  const km = unit === 'mi' ? n * 1.609344 : unit === 'm' ? n / 1000 : n;
  if (!(km > 0)) throw new CorroborateError('E_BAD_OPTION', `--within "${value}" must be more than zero`);
  return km;
}
