import type { EntityMention, PlaceEntry, PlaceKind } from '../model/types.ts';
import type { RawToken } from '../recognize/tokenize.ts';
import { readDataJson } from './load.ts';
import { TokenTrie } from './trie.ts';

export interface PlaceGazetteer {
  get(id: string): PlaceEntry | undefined;
  /**
   * Finds place names and picks one entry for each. `contextCountries` are countries already in
   * play in the document (from actors, the publisher); they outweigh population.
   */
  match(text: string, tokens: readonly RawToken[], contextCountries?: ReadonlySet<string>): EntityMention[];
  /** Every entry whose name or alias is exactly `name` (case-insensitive). */
  candidates(name: string): PlaceEntry[];
  readonly size: number;
}

interface PlaceFile {
  version: number;
  places: PlaceEntry[];
}

const KIND_PRIOR: Record<PlaceKind, number> = {
  country: 3,
  admin1: 2,
  'populated-place': 1.5,
  admin2: 1,
  region: 0.5,
  other: 0,
};

export function buildPlaceGazetteer(entries: readonly PlaceEntry[]): PlaceGazetteer {
  const byId = new Map<string, PlaceEntry>();
  const trie = new TokenTrie();
  const byName = new Map<string, PlaceEntry[]>();
  for (const e of entries) {
    byId.set(e.id, e);
    const exact = new Set((e as { caseSensitive?: string[] }).caseSensitive ?? []);
    for (const alias of new Set([e.name, ...e.aliases])) {
      trie.add(alias, e.id, exact.has(alias));
      const key = alias.toLowerCase();
      const list = byName.get(key) ?? [];
      list.push(e);
      byName.set(key, list);
    }
  }

  function score(p: PlaceEntry, countries: ReadonlySet<string>): number {
    let s = KIND_PRIOR[p.kind];
    if (p.country && countries.has(p.country)) s += 10;
    if (p.population) s += Math.log10(p.population) / 2;
    return s;
  }

  return {
    size: byId.size,
    get: (id) => byId.get(id),
    candidates: (name) => byName.get(name.toLowerCase()) ?? [],
    match(text, tokens, contextCountries = new Set()) {
      const matches = trie.match(text, tokens);
      // Countries named outright are context for every other place in the document.
      const countries = new Set(contextCountries);
      for (const m of matches) {
        if (m.values.length === 1) {
          const p = byId.get(m.values[0].entity);
          if (p?.country) countries.add(p.country);
        }
      }
      return matches.map((m) => {
        let chosen = m.values[0];
        let rule = `place-alias:${chosen.entity}`;
        if (m.values.length > 1) {
          let best = -Infinity;
          for (const v of m.values) {
            const s = score(byId.get(v.entity)!, countries);
            if (s > best) {
              best = s;
              chosen = v;
            }
          }
          rule = `place-disambiguated:${chosen.entity}:country-context+kind+population`;
        }
        return { start: m.start, end: m.end, entity: chosen.entity, alias: chosen.alias, rule };
      });
    },
  };
}

let cached: PlaceGazetteer | null = null;

/** The curated place gazetteer from data/places.json, loaded once per process. */
export function loadPlaceGazetteer(): PlaceGazetteer {
  cached ??= buildPlaceGazetteer(readDataJson<PlaceFile>('places.json').places);
  return cached;
}
