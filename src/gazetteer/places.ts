import type { EntityMention, PlaceEntry, PlaceKind, Span } from '../model/types.ts';
import type { RawToken } from '../recognize/tokenize.ts';
import { tokenize } from '../recognize/tokenize.ts';
import { PlaceResolver, type Resolution } from './disambiguate.ts';
import { findCountryCues } from './country-cues.ts';
import { countryOfNameForm } from './name-form.ts';
import { readDataJson } from './load.ts';
import { loadPlaceIndex, type LoadReport, type PlaceIndex } from './place-index.ts';
import { nameKey } from './place-names.ts';
import { scanPlaces, type ScanToken, type Segment } from './place-scan.ts';
import { spellingKey } from './spelling-key.ts';
import { KINDS } from './place-store.ts';

// The place gazetteer: GeoNames cities500 and admin units with our curated supplement on top,
// compiled at build time (scripts/build-gazetteer.ts) and matched in one pass over the tokens.
// Names are resolved with the whole document (see disambiguate.ts). A name that sits in a
// locative chain but fits no entry is kept as an unresolved place inside its container: its id
// is "unresolved:<kind>:<container id>:<name>", from which get() rebuilds the entry.

export interface PlaceMatchOptions {
  /** Countries in play besides those named in the text (actors, publisher), with weights. */
  countries?: ReadonlyMap<string, number> | ReadonlySet<string>;
  /** Spans where no place starts (dates: "May", "Sunday"). */
  blocked?: readonly Span[];
  /** Actor mentions: a GeoNames name inside one ("Islamic State of Iraq") is not a place. */
  actorSpans?: readonly Span[];
  /**
   * Countries the text names only by a demonym with no actor after it ("Pakistani official says
   * 3 killed"): no weight in the reading of names, only the country of the guesses about unknown
   * names in a text about one country (disambiguate.ts, pakistanAlone), which asks for them only
   * when nothing else names a country.
   */
  demonymCountries?: () => ReadonlySet<string>;
  /** Whether a word is a demonym ("Afghan", "Pakistani"): an unknown word so shaped is no place ("the Afghan border areas of X"). */
  isDemonym?: (word: string) => boolean;
}

export interface PlaceCandidateReport {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  feature: string;
  curated: boolean;
}

export interface PlaceExplanation {
  query: string;
  key: string;
  /** Every entry with that name, curated first, then by population. */
  candidates: PlaceCandidateReport[];
  /** What the recogniser makes of the query as a text, mention by mention. */
  mentions: Array<EntityMention & { text: string; place: PlaceEntry }>;
}

export interface PlaceGazetteer {
  get(id: string): PlaceEntry | undefined;
  /**
   * Finds place names and picks one entry for each, using the whole text. The third argument
   * is the countries in play (a set, or weights by country), or fuller options.
   */
  match(text: string, tokens: readonly RawToken[], context?: ReadonlySet<string> | PlaceMatchOptions): EntityMention[];
  /** match() of each text, faster over many (each phase over every text in turn). */
  matchMany(inputs: ReadonlyArray<{ text: string; tokens: readonly RawToken[]; context?: ReadonlySet<string> | PlaceMatchOptions }>): EntityMention[][];
  /** Every entry whose name or alias is `name` (case, diacritics and hyphens ignored). */
  candidates(name: string): PlaceEntry[];
  /** Every entry of a country whose name has this spellingKey (place-names.ts), of any kind. */
  spellingMates(key: string, country: string): PlaceEntry[];
  /** Candidates of a name and what the recogniser picks, for `corroborate places`. */
  explain(query: string, countries?: ReadonlySet<string>): PlaceExplanation;
  /**
   * The admin1 a place belonged to on a date (YYYY-MM-DD): a town in North Waziristan was in
   * the Federally Administered Tribal Areas until May 2018, in Khyber Pakhtunkhwa since. Without
   * a date, or for a place no boundary change touched, its admin1 today.
   */
  admin1At(id: string, date: string | null): string | null;
  readonly size: number;
  readonly attribution: string;
}

/** A text between the two halves of PlaceGazetteer.match. */
interface StartedMatch {
  text: string;
  tokens: readonly RawToken[];
  weights: ReadonlyMap<string, number>;
  cues: ReturnType<typeof findCountryCues>;
  segments: Segment[];
  demonyms: (() => ReadonlySet<string>) | undefined;
  isDemonym: ((word: string) => boolean) | undefined;
}

interface FormerAdmin1File {
  formerAdmin1: Array<{ name: string; country: string; to: string; within: string[] }>;
}

const UNRESOLVED = 'unresolved:';
/** A country cue ("KCTU", "OSCE SMM") weighs a little more than an actor's country (1). */
const COUNTRY_CUE_WEIGHT = 1.5;
const ADMIN_WORDS = /\s+(district|province|city|town|village|area|region|state|division|governorate|county|agency|tehsil|municipality|oblast)$/i;

/** "residents of X", "the village of X": "of" introducing where people live. */
const OF_RESIDENTS = new Set(['residents', 'inhabitants', 'village', 'town', 'villagers', 'outskirts', 'commune', 'municipality']);
/** Capitalised words after "in" or "at" that are no village ("in January", "at Christmas"). */
const NOT_VILLAGES = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan',
  'parliament', 'congress', 'court', 'front', 'support', 'solidarity', 'protest', 'response', 'memory', 'honour', 'honor',
]);

export function buildPlaceGazetteer(index: PlaceIndex): PlaceGazetteer {
  const resolver = new PlaceResolver(index);

  function get(id: string): PlaceEntry | undefined {
    if (id.startsWith(UNRESOLVED)) return unresolvedEntry(id);
    const i = index.indexOfId(id);
    return i < 0 ? undefined : index.entry(i);
  }

  // Unresolved entries are made from their id alone and asked for again and again (events,
  // actors, the report): made once, as index.entry keeps its materialised entries.
  const unresolved = new Map<string, PlaceEntry | undefined>();
  function unresolvedEntry(id: string): PlaceEntry | undefined {
    if (unresolved.has(id)) return unresolved.get(id);
    const e = makeUnresolvedEntry(id);
    if (unresolved.size >= 20_000) unresolved.clear();
    unresolved.set(id, e);
    return e;
  }

  function makeUnresolvedEntry(id: string): PlaceEntry | undefined {
    const rest = id.slice(UNRESOLVED.length);
    const kindEnd = rest.indexOf(':');
    const nameStart = rest.lastIndexOf(':');
    if (kindEnd < 0 || nameStart <= kindEnd) return undefined;
    const kind = rest.slice(0, kindEnd) as PlaceKind;
    if (!KINDS.includes(kind)) return undefined;
    const containerId = rest.slice(kindEnd + 1, nameStart);
    const name = rest.slice(nameStart + 1);
    const c = containerId === '-' ? undefined : get(containerId);
    const inCountry = c?.kind === 'country';
    const centre = c && c.kind !== 'country' ? settlementCentre(unitAround(index.indexOfId(c.id))) : null;
    return {
      id,
      name,
      kind,
      country: c?.country ?? null,
      admin1: c && !inCountry ? (c.kind === 'admin1' ? c.admin1 ?? c.name : c.admin1) : null,
      admin2: c && !inCountry && c.kind !== 'admin1' ? (c.kind === 'admin2' ? c.admin2 ?? c.name : c.admin2 ?? null) : null,
      lat: centre ? centre[0] : c?.lat ?? null,
      lon: centre ? centre[1] : c?.lon ?? null,
      aliases: [name],
    };
  }

  /**
   * The admin unit an unknown village "in" this container lies in: the unit itself, or, for a
   * town that gives its name to its district or province ("Starodubivka, Donetsk"; "Mondoro
   * (Douentza, Mopti)"), that unit; -1 for any other town.
   */
  function unitAround(e: number): number {
    if (e < 0) return -1;
    const kind = index.kind(e);
    if (kind === 'admin1' || kind === 'admin2') return e;
    if (kind !== 'populated-place') return -1;
    const own = index.looseKey(index.name(e));
    for (const a of [index.admin2(e), index.admin1(e)]) if (a >= 0 && index.looseKeyOf(a) === own) return a;
    return -1;
  }

  const centres = new Map<number, [number, number] | null>();
  /**
   * Where an unknown village inside an admin unit most likely is: the middle (median latitude
   * and longitude) of the unit's known towns, not its seat, which can lie at one end of it.
   */
  function settlementCentre(admin: number): [number, number] | null {
    if (admin < 0) return null;
    let c = centres.get(admin);
    if (c !== undefined) return c;
    const lats: number[] = [];
    const lons: number[] = [];
    for (const e of index.childrenOf(admin)) {
      if (index.kind(e) !== 'populated-place') continue;
      const lat = index.lat(e);
      if (Number.isNaN(lat)) continue;
      lats.push(lat);
      lons.push(index.lon(e));
    }
    c = lats.length >= 3 ? [median(lats), median(lons)] : null;
    centres.set(admin, c);
    return c;
  }

  function mentionOf(text: string, r: Resolution): EntityMention {
    const s = r.segment;
    if (r.entry >= 0) {
      index.noteId(index.id(r.entry), r.entry);
      return {
        start: s.start, end: s.end, entity: index.id(r.entry), alias: text.slice(s.start, s.end), rule: r.rule,
        precision: r.precision, evidence: r.evidence,
      };
    }
    const name = text.slice(s.start, s.end).replace(/\s+/g, ' ').replace(/:/g, ' ');
    const container = r.container >= 0 ? index.id(r.container) : '-';
    if (r.container >= 0) index.noteId(container, r.container);
    return {
      start: s.start, end: s.end, entity: `${UNRESOLVED}${r.unresolvedKind}:${container}:${name}`, alias: name,
      rule: r.rule, precision: r.precision, evidence: r.evidence, unresolved: true,
    };
  }

  function match(text: string, tokens: readonly RawToken[], context?: ReadonlySet<string> | PlaceMatchOptions): EntityMention[] {
    return finishMatch(startMatch(text, tokens, context));
  }

  /**
   * match() of many texts: every text's names found first, then every text's resolved, so the
   * scan's word table and the index's name keys stay in the CPU caches across the texts, and
   * then the resolver's entries. The same mentions as match() on each.
   */
  function matchMany(inputs: ReadonlyArray<{ text: string; tokens: readonly RawToken[]; context?: ReadonlySet<string> | PlaceMatchOptions }>): EntityMention[][] {
    const started = inputs.map((x) => startMatch(x.text, x.tokens, x.context));
    return started.map(finishMatch);
  }

  /** The first half of match(): the weights of the countries in play, the country cues and the name segments. */
  function startMatch(text: string, tokens: readonly RawToken[], context?: ReadonlySet<string> | PlaceMatchOptions): StartedMatch {
    const opts: PlaceMatchOptions = context instanceof Set ? { countries: context } : (context as PlaceMatchOptions | undefined) ?? {};
    // The resolver copies the weights before adding to them: a map given is passed as it is.
    let weights: ReadonlyMap<string, number>;
    if (opts.countries instanceof Map) weights = opts.countries;
    else {
      const w = new Map<string, number>();
      if (opts.countries) for (const c of opts.countries as ReadonlySet<string>) w.set(c, 2);
      weights = w;
    }
    const cues = findCountryCues(text, tokens);
    if (cues.length > 0) {
      const w = new Map(weights);
      for (const c of cues) if ((w.get(c.country) ?? 0) < COUNTRY_CUE_WEIGHT) w.set(c.country, COUNTRY_CUE_WEIGHT);
      weights = w;
    }
    const segments: Segment[] = scanPlaces(index, {
      text,
      tokens: tokens as readonly ScanToken[],
      blocked: opts.blocked ?? [],
      actorSpans: opts.actorSpans ?? [],
    });
    return { text, tokens, weights, cues, segments, demonyms: opts.demonymCountries, isDemonym: opts.isDemonym };
  }

  /** The second half of match(): the segments resolved with the whole text. */
  function finishMatch({ text, tokens, weights, cues, segments, demonyms, isDemonym }: StartedMatch): EntityMention[] {
    const admins = cueAdmins(cues);
    // By push, not map: doc.placeMentions is read by much optimised code, which a holey array (a
    // map TurboFan inlined makes one) sent back to be compiled again (session 20, perf20).
    const mentions: EntityMention[] = [];
    for (const r of resolver.resolve(text, tokens, segments, { countries: weights, admins, cueCountries: new Set(cues.map((c) => c.country)), demonymCountries: demonyms, isDemonym })) mentions.push(mentionOf(text, r));
    if (mentions.some((m) => !m.unresolved || !m.entity.includes(':-:'))) return mentions;
    const inferred = cues.length > 0 ? countryOfCues(cues) : countryOfNameFormAt(text, tokens);
    return [...mentions, ...inferred].sort((a, b) => a.start - b.start);
  }

  /**
   * A text that names no place we know and no organisation of one country, but a village after
   * "in", "at", "near" or "residents of" ("50 people took to the streets in Leuterhausen"): the
   * country its spelling points to (name-form.ts), at precision 3, marked as inferred. Only when
   * one country is far likelier than any other.
   */
  function countryOfNameFormAt(text: string, tokens: readonly RawToken[]): EntityMention[] {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const w = tokens[i].lower;
      const locative = w === 'in' || w === 'at' || w === 'near' || (w === 'of' && OF_RESIDENTS.has(tokens[i - 1]?.lower ?? ''));
      if (!locative) continue;
      const t = tokens[i + 1];
      const name = text.slice(t.start, t.end);
      if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name) || NOT_VILLAGES.has(t.lower)) continue;
      const guess = countryOfNameForm(index, name);
      if (!guess) continue;
      const c = index.indexOfId(`country:${guess.country}`);
      if (c < 0) continue;
      return [{
        start: t.start, end: t.end, entity: index.id(c), alias: name, rule: `place-inferred-from-name-form:${name}`,
        precision: 3, evidence: [`name-form:${guess.country}`, 'inferred'],
      }];
    }
    return [];
  }

  /**
   * A text that names no place we know but an organisation of one country ("KCTU members
   * picketed in front of the county office") happened in that country, as far as we can tell:
   * the country, at precision 3, marked as inferred from the cue (its rule and span say which).
   * Only when every cue names the same country.
   */
  function countryOfCues(cues: ReturnType<typeof findCountryCues>): EntityMention[] {
    if (cues.length === 0 || cues.some((c) => c.country !== cues[0].country)) return [];
    // An organisation that works in a few provinces places the text in the first of them.
    const province = cues.map((c) => cueAdmin1(c.country, c.admin1[0])).find((e) => e !== undefined);
    const i = province ?? index.indexOfId(`country:${cues[0].country}`);
    if (i < 0) return [];
    const c = cues[0];
    return [{
      start: c.start, end: c.end, entity: index.id(i), alias: c.cue, rule: `place-inferred-from-cue:${c.cue}`,
      precision: 3, evidence: [`country-cue:${c.cue}`, 'inferred'],
    }];
  }

  /** The entry of a cue's province by name, in the cue's country. */
  function cueAdmin1(country: string, name: string | undefined): number | undefined {
    if (!name) return undefined;
    const e = candidates(name).find((p) => p.kind === 'admin1' && p.country === country);
    return e ? index.indexOfId(e.id) : undefined;
  }

  /** The provinces the organisations a text names work in (empty for most cues). */
  function cueAdmins(cues: ReturnType<typeof findCountryCues>): Set<number> | undefined {
    let out: Set<number> | undefined;
    for (const c of cues) for (const name of c.admin1) {
      const e = cueAdmin1(c.country, name);
      if (e !== undefined && e >= 0) (out ??= new Set()).add(e);
    }
    return out;
  }

  function candidates(name: string): PlaceEntry[] {
    let k = index.key(nameKey(name));
    // "Saberi district", "Logar Province": the admin word is not part of the name.
    if (!index.isName(k)) k = index.key(nameKey(name.replace(ADMIN_WORDS, '')));
    const out: PlaceEntry[] = [];
    if (index.isName(k)) {
      const [a, b] = index.postingRange(k);
      for (let p = a; p < b; p++) out.push(index.entry(index.postingEntry(p)));
    }
    for (const e of looseAdminCandidates(name)) if (!out.some((x) => x.id === e.id)) out.push(e);
    return out;
  }

  /** Admin units by a loose spelling key ("Shahidi Hassas district" → Shahīd-e Ḩasās). */
  function looseAdminCandidates(name: string): PlaceEntry[] {
    return index.looseAdmins(name).map((i) => index.entry(i));
  }

  function explain(query: string, countries: ReadonlySet<string> = new Set()): PlaceExplanation {
    const key = nameKey(query.replace(/\s*\([^)]*\)\s*$/, '').split(',')[0] ?? query);
    const k = index.key(key);
    const list: PlaceCandidateReport[] = [];
    if (index.isName(k)) {
      const [a, b] = index.postingRange(k);
      for (let p = a; p < b; p++) {
        const i = index.postingEntry(p);
        const e = index.entry(i);
        list.push({
          id: e.id, name: e.name, kind: e.kind, country: e.country, admin1: e.admin1, admin2: e.admin2 ?? null,
          lat: e.lat, lon: e.lon, population: index.population(i), feature: index.feature(i), curated: index.isCurated(i),
        });
      }
    }
    const mentions = match(query, tokenize(query), { countries }).map((m) => ({
      ...m, text: query.slice(m.start, m.end), place: get(m.entity)!,
    }));
    return { query, key, candidates: list, mentions };
  }

  const former = readDataJson<FormerAdmin1File>('places-supplement/former-admin1.json').formerAdmin1;
  function admin1At(id: string, date: string | null): string | null {
    const p = get(id);
    if (!p) return null;
    if (date) {
      // An unresolved place sits where its container sits.
      const probe = id.startsWith(UNRESOLVED) ? id.slice(id.indexOf(':', UNRESOLVED.length) + 1, id.lastIndexOf(':')) : id;
      const i = index.indexOfId(probe);
      const a2 = i >= 0 && index.admin2(i) >= 0 ? index.id(index.admin2(i)) : null;
      for (const f of former) {
        if (date > f.to || p.country !== f.country) continue;
        if (f.within.includes(probe) || (a2 !== null && f.within.includes(a2))) return f.name;
      }
    }
    return p.kind === 'admin1' ? p.admin1 ?? p.name : p.admin1;
  }

  /** spellingMates' tables, one per country, built when the country is first asked about. */
  const spellingByCountry = new Map<string, Map<string, number[]>>();
  function spellingMates(key: string, country: string): PlaceEntry[] {
    let table = spellingByCountry.get(country);
    if (!table) {
      table = new Map();
      for (let i = 0; i < index.size; i++) {
        if (!index.countryIs(i, country)) continue;
        // A curated entry is also known by its aliases ("Sar-e Pul" and "Sari Pul").
        for (const n of index.isCurated(i) ? index.entry(i).aliases : [index.name(i)]) {
          const k = spellingKey(n);
          const list = table.get(k);
          if (!list) table.set(k, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
      spellingByCountry.set(country, table);
    }
    return (table.get(key) ?? []).map((i) => index.entry(i));
  }

  return { get, match, matchMany, candidates, spellingMates, explain, admin1At, size: index.size, attribution: index.attribution };
}

let cached: PlaceGazetteer | null = null;
let lastLoad: LoadReport | null = null;

/** The compiled place gazetteer, loaded once per process (compiled first if the cache is missing). */
export function loadPlaceGazetteer(): PlaceGazetteer {
  if (!cached) {
    const { index, report } = loadPlaceIndex();
    lastLoad = report;
    cached = buildPlaceGazetteer(index);
  }
  return cached;
}

/** How the gazetteer was loaded in this process: from the cache or compiled, and how long it took. */
export function placeGazetteerLoadReport(): LoadReport | null {
  return lastLoad;
}

function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  const m = xs.length >> 1;
  return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
}
