import type { ActorEntry, ActorType, EntityMention } from '../model/types.ts';
import { tokenize, type RawToken } from '../recognize/tokenize.ts';
import { readDataJson } from './load.ts';
import { TokenTrie, type TrieMatch, type TrieValue } from './trie.ts';

// Curated actors (data/actors.json) and generic actors made per country from templates
// (data/actors-generic.json): "police:PK", "protesters:IN", "unidentified-armed-group:AF".
// One token trie holds curated aliases, template nouns and country words, so a document is
// still matched in one pass; country words only serve to name the country of a generic noun
// next to them ("Pakistani police", "Military Forces of Russia") or of the document.

export interface ActorGazetteer {
  /** A curated entry, or a generic one synthesised from its id ("police:PK", "protesters"). */
  get(id: string): ActorEntry | undefined;
  /** Actor mentions; `date` (YYYY-MM-DD) settles aliases shared across periods ("Afghan forces"). */
  match(text: string, tokens: readonly RawToken[], date?: string | null): EntityMention[];
  /** The id of a template in a country, a curated stand-in when there is one ("military", "PK" → "pakistan-army"). */
  instantiate(template: string, country: string | null, date?: string | null): string;
  /** ISO alpha-2 of a country name or demonym ("Pakistan", "Pakistani"), or null. */
  countryOf(word: string): string | null;
  /** The generic template of an id ("police:PK" → "police"; also a curated stand-in), or null. */
  templateOf(id: string): string | null;
  /** The branch of a curated actor that acts in a country ("islamic-state", "AF" → "is-kp"), or null. */
  branchOf(id: string, country: string): string | null;
  /** Whether a curated actor has branches by country at all: branchOf() is null for every country when not. */
  hasBranches(id: string): boolean;
  /** The actor a unit belongs to at the level ACLED codes ("pakistan-ctd" → "pakistan-police"); else the id. */
  canonical(id: string): string;
  /** Every entry an alias (any case) can stand for, before context decides: for explaining a match. */
  candidates(alias: string): ActorCandidate[];
  readonly size: number;
  readonly templates: readonly GenericTemplate[];
}

export interface ActorCandidate {
  /** Actor id, or the template id for a generic noun, or the country code for a country word. */
  id: string;
  via: 'curated-alias' | 'generic-noun' | 'after-country-noun' | 'country-name' | 'demonym';
  name: string;
  active?: { from?: string; to?: string };
  standsFor?: StandsFor[];
  caseSensitive?: boolean;
}

interface DatedChoice {
  from?: string;
  to?: string;
  id: string;
}

export interface SharedAlias {
  alias: string;
  ids: string[];
  byDate?: DatedChoice[];
}

export interface StandsFor {
  template: string;
  from?: string;
  to?: string;
}

export type CuratedActor = ActorEntry & {
  active?: { from?: string; to?: string };
  /** The generic actor(s) of its country this entry is ("military" for pakistan-army). */
  standsFor?: StandsFor[];
  /** A unit of another actor, at the level ACLED codes ("pakistan-ctd" → "pakistan-police"). */
  unitOf?: string;
  /** Aliases match whatever their case (generic names such as "Separatists"). */
  anyCase?: boolean;
  /** The branch that acts in a country ("Islamic State" in Afghanistan is IS-KP): country code → actor id. */
  branches?: Record<string, string>;
  /** The actor's type over time, when it changed ("afghan-taliban": rebel until 2021-08-14, then state). */
  typeHistory?: Array<{ type: ActorType; from?: string; to?: string }>;
};

export interface GenericTemplate {
  id: string;
  /** With "{country}" in it: "Police Forces of {country}". */
  name: string;
  type: ActorType;
  /** Whose country a bare mention takes: the nationality in the text (state forces) or where it happens. */
  countryBy: 'nationality' | 'location';
  aliases: string[];
  /** Nouns that are this actor only right after a country word ("Turkish forces", "Syrian regime"). */
  afterCountry?: string[];
  /** Mentions that name nobody ("gunmen"): GTD's "Unknown". */
  unidentified?: boolean;
  /** Country → the template an implied, unnamed perpetrator takes there instead of this one. */
  impliedAs?: Record<string, string>;
  /**
   * Country → the template an implied perpetrator takes there when the sentence names one of the
   * methods (word starts, any case): organised crime's hallmarks ("drive-by", "tiro de gracia").
   */
  impliedAsByMethod?: Record<string, { as: string; methods: string[] }>;
  /** Country ('*' for any other) → the template a mention takes there ("gendarmerie" is police, in Turkey military). */
  instantiateAs?: Record<string, string>;
  /** Countries where, in an exchange of fire with state forces, this actor is the second side, whoever the text names first. */
  secondInClashWithState?: string[];
}

export interface CountryWords {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
}

interface ActorFile {
  version: number;
  sharedAliases?: SharedAlias[];
  actors: CuratedActor[];
}

export interface GenericFile {
  version: number;
  templates: GenericTemplate[];
  countries: CountryWords[];
}

// Trie values for the non-curated entries are tagged by a prefix no curated id can have.
const GENERIC = '@g:';
const AFTER_COUNTRY = '@n:';
const COUNTRY_NAME = '@c:';
const DEMONYM = '@d:';

type Item =
  | { kind: 'curated'; m: TrieMatch; value: TrieValue; rule: string }
  | { kind: 'generic' | 'after-country'; m: TrieMatch; template: string; alias: string }
  | { kind: 'country'; m: TrieMatch; country: string; strong: boolean; alias: string };

/** Heads that a named group absorbs: "TTP militants", "Taliban fighters", "Pakistan Army soldiers", "Red Command drug traffickers", "Houthi militia", "CPI (Maoist) cadres". */
/** Nouns after a name that are its weapons, and may be an event's trigger ("Houthi artillery strikes"), not its people. */
const WEAPON_NOUN = /artillery|jets?$|warplanes?|aircraft|drones?$|helicopters?|planes?$|tanks?$|ships?$|aviation|air defen[cs]e/i;
/** The office words after which a state's bare force noun is that force ("an army spokesman"). */
const SPOKESPERSON_WORDS = new Set(['spokesman', 'spokesperson', 'spokeswoman', 'spokesmen', 'spokespersons', 'spokespeople']);
const ABSORBED = new Set(['unidentified-armed-group', 'unidentified-gang', 'communal-militia', 'civilians', 'military', 'police']);

export function buildActorGazetteer(
  entries: readonly CuratedActor[],
  shared: readonly SharedAlias[] = [],
  generic: GenericFile = { version: 1, templates: [], countries: [] },
): ActorGazetteer {
  const sharedByAlias = new Map(shared.map((s) => [s.alias.toLowerCase(), s]));
  const byId = new Map<string, CuratedActor>();
  const templates = new Map(generic.templates.map((t) => [t.id, t]));
  const countries = new Map(generic.countries.map((c) => [c.code, c]));
  const countryByWord = new Map<string, string>();
  const standIns = new Map<string, Array<{ id: string; from?: string; to?: string }>>();
  const synthesized = new Map<string, ActorEntry>();
  const trie = new TokenTrie();
  const byAlias = new Map<string, Array<{ tag: string; exact: boolean }>>();
  const addAlias = (alias: string, tag: string, exact = false) => {
    trie.add(alias, tag, exact);
    const key = alias.toLowerCase().replace(/’/g, "'");
    const list = byAlias.get(key) ?? [];
    if (!list.some((x) => x.tag === tag)) list.push({ tag, exact });
    byAlias.set(key, list);
  };

  for (const e of entries) {
    byId.set(e.id, e);
    const exact = new Set(e.caseSensitive ?? []);
    // anyCase: common-noun names ("Separatists", "Anarchists") that a sentence writes in lower case.
    for (const alias of [e.name, ...e.aliases]) addAlias(e.anyCase && !exact.has(alias) ? alias.toLowerCase() : alias, e.id, exact.has(alias));
    for (const alias of exact) addAlias(alias, e.id, true);
    for (const s of e.standsFor ?? []) {
      if (!e.country) continue;
      const key = `${s.template}:${e.country}`;
      const list = standIns.get(key) ?? [];
      list.push({ id: e.id, from: s.from, to: s.to });
      standIns.set(key, list);
    }
  }
  for (const t of generic.templates) {
    for (const alias of t.aliases) addAlias(alias, GENERIC + t.id);
    const own = new Set(t.aliases.map((a) => a.toLowerCase()));
    for (const alias of t.afterCountry ?? []) if (!own.has(alias.toLowerCase())) addAlias(alias, AFTER_COUNTRY + t.id);
  }
  for (const c of generic.countries) {
    const seen = new Set<string>();
    const add = (word: string, tag: string) => {
      const key = word.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      if (!countryByWord.has(key)) countryByWord.set(key, c.code);
      // Acronyms ("US", "DRC") only in capitals; other words need a capital, which the trie checks.
      addAlias(word, tag + c.code, /^[A-Z.]{2,5}$/.test(word));
    };
    for (const n of c.names) add(n, COUNTRY_NAME);
    for (const d of c.demonyms) add(d, DEMONYM);
  }

  function inRange(date: string, r: { from?: string; to?: string }): boolean {
    return (!r.from || r.from <= date) && (!r.to || date <= r.to);
  }

  function instantiate(template: string, country: string | null, date?: string | null): string {
    if (!country) return template;
    // A template that is another one's in a country ("gendarmerie": police, in Turkey military).
    const as = templates.get(template)?.instantiateAs;
    if (as) template = as[country] ?? as['*'] ?? template;
    const list = standIns.get(`${template}:${country}`);
    if (list && list.length > 0) {
      if (date) {
        const dated = list.find((s) => inRange(date, s));
        if (dated) return dated.id;
      }
      // Without a date, a country whose forces changed hands keeps the generic id rather than a guess.
      const undated = list.find((s) => !s.from && !s.to);
      if (undated) return undated.id;
      if (date) return list.find((s) => !s.to)?.id ?? list[0].id;
    }
    return `${template}:${country}`;
  }

  function get(id: string): ActorEntry | undefined {
    const curated = byId.get(id);
    if (curated) return curated;
    const cached = synthesized.get(id);
    if (cached) return cached;
    const colon = id.lastIndexOf(':');
    const t = templates.get(colon < 0 ? id : id.slice(0, colon));
    const cc = colon < 0 ? null : id.slice(colon + 1);
    if (!t || (cc !== null && !countries.has(cc))) return undefined;
    const countryName = cc ? countries.get(cc)!.name : 'country not known';
    const entry: ActorEntry = {
      id,
      name: t.name.replace('{country}', countryName),
      type: t.type,
      country: cc,
      aliases: [],
    };
    synthesized.set(id, entry);
    return entry;
  }

  /**
   * The template of the state force a curated alias names when the alias opens with another
   * country's word ("Pakistani troops": the Pakistan Army, a military) and its template is named by
   * nationality; null otherwise ("ISPR", a group, a force of the same country).
   */
  function coordinatedForceTemplate(item: Item, country: string): string | null {
    if (item.kind !== 'curated') return null;
    const entry = byId.get(item.value.entity);
    const template = entry?.type === 'state' ? entry.standsFor?.find((f) => !f.from && !f.to)?.template : undefined;
    if (!template || entry!.country === country || templates.get(template)?.countryBy !== 'nationality') return null;
    const opening = item.value.alias.trim().toLowerCase().split(/\s+/)[0];
    return countryByWord.get(opening) === entry!.country ? template : null;
  }

  function classify(m: TrieMatch, date: string | null | undefined): Item {
    if (m.values.length === 1) {
      const v = m.values[0];
      const e = v.entity;
      if (e.charCodeAt(0) !== 64) return { kind: 'curated', m, value: v, rule: `actor-alias:${e}` };
      const tag = e.slice(0, 3);
      if (tag === GENERIC || tag === AFTER_COUNTRY) return { kind: tag === GENERIC ? 'generic' : 'after-country', m, template: e.slice(3), alias: v.alias };
      return { kind: 'country', m, country: e.slice(3), strong: tag === COUNTRY_NAME, alias: v.alias };
    }
    const curated = m.values.filter((v) => !v.entity.startsWith('@'));
    if (curated.length > 0) {
      let chosen = curated[0];
      let rule = `actor-alias:${chosen.entity}`;
      if (curated.length > 1) {
        const byDate = date ? sharedByAlias.get(chosen.alias.toLowerCase())?.byDate : undefined;
        const dated = byDate?.find((c) => inRange(date!, c));
        const active = date
          ? curated.find((v) => {
              const a = byId.get(v.entity)?.active;
              return !a || inRange(date, a);
            })
          : undefined;
        const pick = dated ? curated.find((v) => v.entity === dated.id) : active;
        if (pick) {
          chosen = pick;
          rule = `actor-alias:${chosen.entity}:${dated ? 'by-date' : 'active-period'}`;
        }
      }
      return { kind: 'curated', m, value: chosen, rule };
    }
    const g = m.values.find((v) => v.entity.startsWith(GENERIC)) ?? m.values.find((v) => v.entity.startsWith(AFTER_COUNTRY));
    if (g) {
      const generic = g.entity.startsWith(GENERIC);
      return { kind: generic ? 'generic' : 'after-country', m, template: g.entity.slice(3), alias: g.alias };
    }
    const c = m.values.find((v) => v.entity.startsWith(COUNTRY_NAME)) ?? m.values[0];
    return { kind: 'country', m, country: c.entity.slice(3), strong: c.entity.startsWith(COUNTRY_NAME), alias: c.alias };
  }

  return {
    size: byId.size,
    templates: generic.templates,
    get,
    instantiate,
    countryOf: (word) => countryByWord.get(word.trim().toLowerCase()) ?? null,
    candidates(alias) {
      const list = byAlias.get(alias.trim().toLowerCase().replace(/’/g, "'")) ?? [];
      return list.map(({ tag, exact }): ActorCandidate => {
        const prefix = tag.slice(0, 3);
        if (prefix === GENERIC || prefix === AFTER_COUNTRY) {
          const t = templates.get(tag.slice(3))!;
          return { id: t.id, via: prefix === GENERIC ? 'generic-noun' : 'after-country-noun', name: t.name };
        }
        if (prefix === COUNTRY_NAME || prefix === DEMONYM) {
          const c = countries.get(tag.slice(3))!;
          return { id: c.code, via: prefix === COUNTRY_NAME ? 'country-name' : 'demonym', name: c.name };
        }
        const e = byId.get(tag)!;
        return { id: e.id, via: 'curated-alias', name: e.name, active: e.active, standsFor: e.standsFor, caseSensitive: exact || undefined };
      });
    },
    templateOf(id) {
      const curated = byId.get(id);
      if (curated) return curated.standsFor?.[0]?.template ?? null;
      const colon = id.lastIndexOf(':');
      const t = colon < 0 ? id : id.slice(0, colon);
      return templates.has(t) ? t : null;
    },
    branchOf(id, country) {
      return byId.get(id)?.branches?.[country] ?? null;
    },
    hasBranches(id) {
      return byId.get(id)?.branches !== undefined;
    },
    canonical(id) {
      let cur = id;
      for (let i = 0; i < 4; i++) {
        const up = byId.get(cur)?.unitOf;
        if (!up) break;
        cur = up;
      }
      return cur;
    },
    match(text, tokens, date) {
      const raw = trie.match(text, tokens);
      const items: Item[] = new Array(raw.length);
      for (let i = 0; i < raw.length; i++) items[i] = classify(raw[i], date);
      const out: EntityMention[] = [];
      let pending: number[] | null = null;
      // Evidence for the country in play: country names outweigh demonyms; the countries of named
      // actors count only for generics named by location ("Taliban" says nothing of whose "soldiers").
      let byWords: Map<string, number> | null = null;
      let byActors: Map<string, number> | null = null;

      for (let i = 0; i < items.length; i++) {
        const it = items[i];
        const next = i + 1 < items.length ? items[i + 1] : null;
        if (it.kind === 'country') {
          const negated = it.m.firstToken > 0 && tokens[it.m.firstToken - 1].lower === '-';
          if (negated) continue;
          byWords = vote(byWords, it.country, it.strong ? 3 : 2);
          // "Afghan and Pakistani border forces": a country word joined by "and" to another one
          // before a state's force noun is that force of its own country too (session 20, news42).
          // (Not a crowd, named by where it is: "Afghan and Pakistani protesters" in Peshawar.)
          // "Indian and Pakistani troops": the same when the second country word opens a curated
          // alias of a state force ("Pakistani troops" is the Pakistan Army's): the first word is
          // the force of its template in its own country (session 20, news45).
          const joined = next && next.m.firstToken === it.m.lastToken + 2 && tokens[it.m.lastToken + 1].lower === 'and' ? next : null;
          const head = joined?.kind === 'country' && i + 2 < items.length ? items[i + 2] : null;
          const coordinated =
            head && (head.kind === 'generic' || head.kind === 'after-country') && templates.get(head.template)?.countryBy === 'nationality' && adjacent(tokens, joined!.m, head.m)
              ? head.template
              : joined
                ? coordinatedForceTemplate(joined, it.country)
                : null;
          if (coordinated) {
            out.push({ start: it.m.start, end: it.m.end, entity: instantiate(coordinated, it.country, date), alias: text.slice(it.m.start, it.m.end), rule: `actor-generic:${coordinated}:coordinated-country-word:${it.country}` });
            continue;
          }
          if (next && (next.kind === 'generic' || next.kind === 'after-country') && adjacent(tokens, it.m, next.m)) {
            const id = instantiate(next.template, it.country, date);
            i++;
            // "Turkish army warplanes": a further noun of the same actor is part of the name.
            let end = next.m.end;
            const more = i + 1 < items.length ? items[i + 1] : null;
            if (more && (more.kind === 'generic' || more.kind === 'after-country') && more.template === next.template && more.m.firstToken === next.m.lastToken + 1) {
              end = more.m.end;
              i++;
            }
            out.push({ start: it.m.start, end, entity: id, alias: text.slice(it.m.start, end), rule: `actor-generic:${next.template}:country-word:${it.country}` });
          }
          continue;
        }
        if (it.kind === 'curated') {
          const entry = byId.get(it.value.entity);
          // A state actor's name carries its nationality ("Pakistani police"); a group's country is only where it is based.
          if (entry && entry.country && entry.standsFor?.some((f) => !f.from && !f.to)) byWords = vote(byWords, entry.country, 1);
          else if (entry && entry.country && entry.type !== 'external') byActors = vote(byActors, entry.country, 1);
          let end = it.m.end;
          let rule = it.rule;
          if (next && (next.kind === 'generic' || (next.kind === 'after-country' && !WEAPON_NOUN.test(next.alias))) && ABSORBED.has(next.template) && next.m.firstToken === it.m.lastToken + 1) {
            end = next.m.end;
            rule += `+head:${next.alias}`;
            i++;
          }
          out.push({ start: it.m.start, end, entity: it.value.entity, alias: it.value.alias, rule });
          continue;
        }
        if (next && next.kind === 'country' && ofCountry(tokens, it.m, next.m)) {
          byWords = vote(byWords, next.country, 3);
          const id = instantiate(it.template, next.country, date);
          out.push({ start: it.m.start, end: next.m.end, entity: id, alias: text.slice(it.m.start, next.m.end), rule: `actor-generic:${it.template}:of-country:${next.country}` });
          i++;
          continue;
        }
        // "An army spokesman", "a government spokesperson" (news58): a state's force or body named
        // by its bare noun before its spokesperson is that actor, whose office speaks for it, as
        // "the army" is; alone, "army" or "military" waits for a country word ("Pakistani army").
        const office = it.kind === 'after-country' && templates.get(it.template)?.type === 'state' && SPOKESPERSON_WORDS.has(tokens[it.m.lastToken + 1]?.lower ?? '');
        if (it.kind === 'generic' || office) {
          (pending ??= []).push(out.length);
          out.push({ start: it.m.start, end: it.m.end, entity: it.template, alias: it.alias, rule: office ? '+before-spokesperson' : '' });
        }
      }

      if (pending) {
        const byWord = byWords && strongest(byWords);
        const byActor = byActors && strongest(byActors);
        for (const at of pending) {
          const template = out[at].entity;
          const inPlay = byWord ?? (templates.get(template)?.countryBy === 'location' ? byActor : null);
          out[at].entity = instantiate(template, inPlay, date);
          out[at].rule = `actor-generic:${template}:${inPlay ? `country-in-text:${inPlay}` : 'no-country'}${out[at].rule}`;
        }
      }
      return out;
    },
  };
}

function vote(votes: Map<string, number> | null, cc: string, weight: number): Map<string, number> {
  const v = votes ?? new Map<string, number>();
  v.set(cc, (v.get(cc) ?? 0) + weight);
  return v;
}

/** b right after a, or after a possessive: "Pakistani police", "Pakistan's army". */
function adjacent(tokens: readonly RawToken[], a: TrieMatch, b: TrieMatch): boolean {
  return b.firstToken === a.lastToken + 1 || (b.firstToken === a.lastToken + 2 && tokens[a.lastToken + 1].lower === "'s");
}

/** "Military Forces of Pakistan", "Military Forces of the Democratic Republic of Congo". */
function ofCountry(tokens: readonly RawToken[], generic: TrieMatch, country: TrieMatch): boolean {
  if (tokens[generic.lastToken + 1]?.lower !== 'of') return false;
  const gap = country.firstToken - generic.lastToken;
  return gap === 2 || (gap === 3 && tokens[generic.lastToken + 2].lower === 'the');
}

function strongest(votes: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let weight = 0;
  for (const [cc, w] of votes) if (w > weight) [best, weight] = [cc, w];
  return best;
}

let cached: ActorGazetteer | null = null;

/** The curated and generic actor gazetteer from data/, loaded once per process. */
export function loadActorGazetteer(): ActorGazetteer {
  if (!cached) {
    const file = readDataJson<ActorFile>('actors.json');
    const generic = readDataJson<GenericFile>('actors-generic.json');
    cached = buildActorGazetteer(file.actors, file.sharedAliases, generic);
  }
  return cached;
}

/** How a gold or user-given actor name resolved, for `corroborate actors` and the scorers. */
export interface NameResolution {
  id: string | null;
  /** The part of the name that matched, and the rule of the match. */
  matched: string | null;
  rule: string;
  country: string | null;
  date: string | null;
  unit: string | null;
}

// "Police Forces of Pakistan (2018-) Counter Terrorism Department": a regime period in
// parentheses, then an optional unit.
const PERIOD = /^(.*?)\s*\((\d{4})-(\d{4})?\)\s*(.*)$/;
const TRAILING_PARENS = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * Resolves an actor name as the gold sets write it (ACLED "Protesters (India)", "Military
 * Forces of Russia (2000-) Air Force", "JNIM: Group for Support of Islam and Muslims"; GTD
 * "National Liberation Front (FNL) (Burundi)"; UCDP "Government of Pakistan") through the same
 * gazetteer the text goes through: the whole name must be one mention. A country in
 * parentheses places a generic actor ("Protesters" + India → protesters:IN) or picks a branch
 * ("Islamic State (Afghanistan)" → is-kp); a period gives the date for regime-dependent ids.
 */
export function resolveActorName(
  g: ActorGazetteer,
  name: string,
  date: string | null = null,
  fallbackCountry: string | null = null,
): NameResolution {
  let rest = name.trim().replace(/\s+/g, ' ');
  // ACLED "Unidentified Gang and/or Police Militia", "Islamic State (West Africa) - Lake Chad
  // Faction and/or Boko Haram - JAS": either may have done it; the first named stands for both.
  const either = rest.indexOf(' and/or ');
  if (either > 0) rest = rest.slice(0, either);
  let country: string | null = null;
  let unit: string | null = null;
  const period = PERIOD.exec(rest);
  if (period) {
    rest = period[1];
    unit = period[4] || null;
    date ??= period[3] ? `${period[3]}-01-01` : `${period[2]}-12-31`;
  }
  const variants: string[] = [];
  const push = (s: string) => {
    const t = s.trim();
    if (t && !variants.includes(t)) variants.push(t);
  };
  push(rest);
  // Peel "(Country)" and "(ABBR)" groups from the end: "National Liberation Front (FNL) (Burundi)".
  for (let parens = TRAILING_PARENS.exec(rest); parens; parens = TRAILING_PARENS.exec(rest)) {
    const cc = g.countryOf(parens[2]);
    if (cc && !country) country = cc;
    rest = parens[1];
    push(rest);
    if (!cc) push(parens[2]);
  }
  // GTD "Arauco Malleco Coordinating Group (CAM) - Chile"; ACLED "Islamic State (West Africa) - Lake Chad Faction".
  for (const v of [...variants]) {
    const dash = /^(.*\S) - (.+)$/.exec(v);
    if (dash) {
      const cc = g.countryOf(dash[2]);
      if (cc && !country) country = cc;
      push(dash[1]);
    }
  }
  // ACLED "Fulani Ethnic Militia (Nigeria)", "Twic Clan Militia (South Sudan)": the community is
  // part of ACLED's name; we keep one communal militia per country.
  for (const v of [...variants]) {
    const communal = /^.+? ((?:Sub-Clan|Clan|Communal|Ethnic|Tribal) Militia)$/.exec(v);
    if (communal) push(communal[1]);
  }
  // ACLED "ABBR: Full Name".
  for (const v of [...variants]) {
    const colon = /^([^:]{1,40}): (.+)$/.exec(v);
    if (colon) {
      push(colon[2]);
      push(colon[1]);
    }
  }
  for (const v of [...variants]) if (/^the /i.test(v)) push(v.slice(4));

  for (const v of variants) {
    const hit = wholeMention(g, v, date);
    if (!hit) continue;
    let id = hit.entity;
    let rule = hit.rule;
    const template = g.templateOf(id);
    if (template && !g.get(id)?.country && (country ?? fallbackCountry)) {
      const cc = (country ?? fallbackCountry)!;
      id = g.instantiate(template, cc, date);
      rule += country ? `+country:${cc}` : `+record-country:${cc}`;
    }
    const branch = country ? g.branchOf(id, country) : null;
    if (branch) {
      id = branch;
      rule += `+branch:${country}`;
    }
    if (unit) {
      const u = wholeMention(g, unit, date) ?? wholeMention(g, `${v} ${unit}`, date);
      if (u && !g.templateOf(u.entity) && g.canonical(u.entity) === u.entity && u.entity !== id) {
        // A unit that is an actor of its own ("Supreme Political Council": the Houthis' regime).
        return { id: u.entity, matched: unit, rule: `${u.rule}:unit-of:${id}`, country, date, unit };
      }
    }
    return { id: g.canonical(id), matched: v, rule, country, date, unit };
  }
  return { id: null, matched: null, rule: 'no-whole-match', country, date, unit };
}

function wholeMention(g: ActorGazetteer, s: string, date: string | null): EntityMention | null {
  const mentions = g.match(s, tokenize(s), date);
  return mentions.length === 1 && mentions[0].start === 0 && mentions[0].end === s.length ? mentions[0] : null;
}

/** Why a query resolves as it does: as a whole name, as text with mentions, and the candidates. */
export interface ActorExplanation {
  query: string;
  date: string | null;
  /** The query read as one name, the way gold names are read. */
  asName: NameResolution & { entry: ActorEntry | null };
  /** The query read as text: each mention, the entry it resolved to and the rule that decided. */
  mentions: Array<{ text: string; start: number; end: number; id: string; entry: ActorEntry | null; rule: string; candidates: ActorCandidate[] }>;
}

export function explainActor(g: ActorGazetteer, query: string, date: string | null = null): ActorExplanation {
  const asName = resolveActorName(g, query, date);
  const mentions = g.match(query, tokenize(query), date).map((m) => {
    const surface = query.slice(m.start, m.end);
    // A merged mention ("Pakistani police") has candidates for each of its parts.
    const parts = g.candidates(surface).length > 0 ? [surface] : tokenize(surface).length > 1 ? splitCandidates(g, surface) : [surface];
    return {
      text: surface,
      start: m.start,
      end: m.end,
      id: m.entity,
      entry: g.get(m.entity) ?? null,
      rule: m.rule,
      candidates: parts.flatMap((p) => g.candidates(p)),
    };
  });
  return { query, date, asName: { ...asName, entry: asName.id ? g.get(asName.id) ?? null : null }, mentions };
}

/** The longest known aliases a merged surface is made of, left to right. */
function splitCandidates(g: ActorGazetteer, surface: string): string[] {
  const toks = tokenize(surface);
  const out: string[] = [];
  let i = 0;
  while (i < toks.length) {
    let j = toks.length - 1;
    while (j > i && g.candidates(surface.slice(toks[i].start, toks[j].end)).length === 0) j--;
    out.push(surface.slice(toks[i].start, toks[j].end));
    i = j + 1;
  }
  return out;
}

/**
 * True for an id made from a template ("unidentified-armed-group:AF", "protesters"), false for
 * curated actors, stand-ins included. GTD codes the generic ones as perpetrator "Unknown".
 */
export function isGenericActorId(g: ActorGazetteer, id: string): boolean {
  return g.templateOf(id) !== null && (g.get(id)?.aliases.length ?? 0) === 0;
}
