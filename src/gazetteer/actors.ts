import type { ActorEntry, EntityMention } from '../model/types.ts';
import type { RawToken } from '../recognize/tokenize.ts';
import { readDataJson } from './load.ts';
import { TokenTrie } from './trie.ts';

export interface ActorGazetteer {
  get(id: string): ActorEntry | undefined;
  /** Actor mentions; `date` (YYYY-MM-DD) settles aliases shared across periods ("Afghan forces"). */
  match(text: string, tokens: readonly RawToken[], date?: string | null): EntityMention[];
  readonly size: number;
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

interface ActorFile {
  version: number;
  sharedAliases?: SharedAlias[];
  actors: Array<ActorEntry & { active?: { from?: string; to?: string } }>;
}

export function buildActorGazetteer(
  entries: readonly (ActorEntry & { active?: { from?: string; to?: string } })[],
  shared: readonly SharedAlias[] = [],
): ActorGazetteer {
  const sharedByAlias = new Map(shared.map((s) => [s.alias.toLowerCase(), s]));
  const byId = new Map<string, ActorEntry & { active?: { from?: string; to?: string } }>();
  const trie = new TokenTrie();
  for (const e of entries) {
    byId.set(e.id, e);
    const exact = new Set(e.caseSensitive ?? []);
    for (const alias of [e.name, ...e.aliases]) trie.add(alias, e.id, exact.has(alias));
    for (const alias of exact) trie.add(alias, e.id, true);
  }
  return {
    size: byId.size,
    get: (id) => byId.get(id),
    match(text, tokens, date) {
      return trie.match(text, tokens).map((m) => {
        let chosen = m.values[0];
        let rule = `actor-alias:${chosen.entity}`;
        if (m.values.length > 1) {
          const byDate = date ? sharedByAlias.get(chosen.alias.toLowerCase())?.byDate : undefined;
          const dated = byDate?.find((c) => (!c.from || c.from <= date!) && (!c.to || date! <= c.to));
          const active = date
            ? m.values.find((v) => {
                const a = byId.get(v.entity)?.active;
                return !a || ((!a.from || a.from <= date) && (!a.to || date <= a.to));
              })
            : undefined;
          const pick = dated ? m.values.find((v) => v.entity === dated.id) : active;
          if (pick) {
            chosen = pick;
            rule = `actor-alias:${chosen.entity}:${dated ? 'by-date' : 'active-period'}`;
          }
        }
        return { start: m.start, end: m.end, entity: chosen.entity, alias: chosen.alias, rule };
      });
    },
  };
}

let cached: ActorGazetteer | null = null;

/** The curated actor gazetteer from data/actors.json, loaded once per process. */
export function loadActorGazetteer(): ActorGazetteer {
  if (!cached) {
    const file = readDataJson<ActorFile>('actors.json');
    cached = buildActorGazetteer(file.actors, file.sharedAliases);
  }
  return cached;
}
