import { readDataJson } from '../gazetteer/load.ts';
import { TokenTrie } from '../gazetteer/trie.ts';
import { phraseSource } from '../recognize/regex.ts';

// data/events.json compiled: one trie of trigger phrases ("<type>|verb" or "<type>|noun") and
// one of casualty words ("killed" / "wounded").

export interface EventTypeSpec {
  count: string | null;
  roles: 'agent-target' | 'parties';
  /** Violence against people: casualty counts attach to it, and a casualty verb adds no event beside it. */
  violent?: boolean;
  /** Without a known actor as its agent the trigger makes no event ("No group has claimed responsibility"). */
  needsAgent?: boolean;
  peopleOnly?: string[];
  /** Triggers that make the event only when what they act on is an armed post (`postNouns`): "destroyed three posts". */
  postsOnly?: string[];
  /** Triggers that make the event only when what they act on is a thing restricted (`restricted`): "banned rallies", "suspended mobile internet" (security-measure.ts). */
  restrictsOnly?: string[];
  /** (news67) Triggers that make a sentencing only with a penalty after them in their clause: "awarded 10 years in prison", not "awarded medals" (sentencing.ts). */
  penaltyOnly?: string[];
  /** The things a 'restrictsOnly' trigger must act on: gatherings, the internet, a road, the border. */
  restricted?: string[];
  /** Triggers that close a way (a road, the border): done by a crowd, a protest's blockade, not a measure (security-measure.ts). */
  blockades?: string[];
  /** Words naming a strike from the air ("jets", "drones", "air raid"): a bombing whose trigger holds one is an air strike. */
  airWords?: string[];
  /**
   * Triggers that tell a return of people across a border ("returned from", "repatriated to"), not
   * a forced removal: their count kind is `returned`, and they make the event only when the clause
   * counts the people (docs/taxonomy.md, "Deportations and returns").
   */
  returns?: string[];
  /** Triggers that make the event only when a country's name follows them: "sent back to Afghanistan", "returned from Iran". */
  toCountry?: string[];
  /**
   * Triggers that make the event only when their clause names, after them, a country that people
   * were moved from or to ("expelled 800 Afghans from Iran", "returnees had arrived in Kabul from
   * Pakistan", "expelled from the country"), and no diplomats: "expelled from the party" is none.
   */
  countryInClause?: string[];
  /**
   * Plural nouns of people moved across a border that, after a demonym right after the count,
   * name who they are: "3,000 Afghan refugees", "1,500 Pakistani families" (deportation.ts).
   */
  movedPeople?: string[];
  /** The generic actor template of the crowd a protest or riot always has ("protesters"): its first agent. */
  crowd?: string;
  verbs: string[];
  nouns: string[];
  /** Verbs that make the event only beside a stated purpose and with no agent but a crowd ("residents blocked the road to demand water"). */
  weakVerbs?: string[];
  /**
   * By trigger word, the words right before or after it that give it a sense naming no event of
   * this type: "the Torkham border crossing" (a place), "stood with the Afghan people" (solidarity).
   * `objectNouns`: nouns that, as the trigger's object (one of the next three words, before any
   * punctuation) or right before it ("a report released on Wednesday"), give it another sense:
   * "released a statement" publishes, it frees nobody.
   * `afterName`: trigger words that after a place preposition, a determiner and up to three
   * capitalised words name a place where something else happened: "exchanged fire at the Chaman
   * crossing", "near the Ghulam Khan crossing" (session 20, news42; "The Chaman crossing was
   * closed" stays a movement).
   */
  otherSense?: {
    wordBefore?: Record<string, string[]>;
    wordAfter?: Record<string, string[]>;
    objectNouns?: Record<string, string[]>;
    afterName?: string[];
    /**
     * Every trigger word the tables above name (filled by the loader, not in data/events.json):
     * a trigger not among them is in no other sense, so its neighbours are not gathered.
     */
    words?: ReadonlySet<string>;
  };
  /**
   * Trigger words that, beside a violent act, tell a step of that act and no event of this type:
   * "the assailants fled after police arrived", "gunmen entered the house and opened fire"
   * (attack-movement.ts).
   */
  attackSteps?: string[];
  /** The phrases that state a purpose for `weakVerbs` ("to demand", "denouncing"). */
  purpose?: string[];
  /** Phrases that make a protest in their sentence this type, done by its crowd ("with burning tires"). */
  protestCues?: string[];
}

interface EventFile {
  types: Record<string, EventTypeSpec>;
  casualties: Record<string, string[]>;
  notCountUnits: string[];
  notCountBodies: string[];
  casualtyPeople: string[];
  postNouns?: string[];
}

export interface EventLexicon {
  types: ReadonlyMap<string, EventTypeSpec>;
  triggers: TokenTrie;
  /** Purpose phrases of the types with weak verbs, each tagged with its type. */
  purposes: TokenTrie;
  casualties: TokenTrie;
  /** Each type's protest cues as one phrase test (whole words, any case); types without cues are absent. */
  protestCues: ReadonlyMap<string, RegExp>;
  /** Lower-cased casualty words ("killed", "killing"): as triggers they only add counts beside a violent event. */
  casualtyWords: ReadonlySet<string>;
  notCountUnits: ReadonlySet<string>;
  /** "a two-member bench": after a size compound, a body whose size the number gives. */
  notCountBodies: ReadonlySet<string>;
  /** Nouns for people, with their regular plurals: the heads a casualty count may add up. */
  people: ReadonlySet<string>;
  /** Nouns of armed posts a 'postsOnly' trigger must act on ("posts", "checkposts", "bunkers"). */
  posts: ReadonlySet<string>;
  /** Every type's 'restricted' words, lower-cased. */
  restricted: ReadonlySet<string>;
}

let cached: EventLexicon | null = null;

export function loadEventLexicon(): EventLexicon {
  if (cached) return cached;
  const file = readDataJson<EventFile>('events.json');
  const triggers = new TokenTrie();
  const purposes = new TokenTrie();
  for (const [type, spec] of Object.entries(file.types)) {
    for (const v of spec.verbs) triggers.add(v, `${type}|verb`, /^\p{Lu}{2,}/u.test(v));
    for (const n of spec.nouns) triggers.add(n, `${type}|noun`, /^\p{Lu}{2,}/u.test(n));
    for (const v of spec.weakVerbs ?? []) triggers.add(v, `${type}|weak`);
    for (const p of spec.purpose ?? []) purposes.add(p, type);
  }
  const casualties = new TokenTrie();
  const casualtyWords = new Set<string>();
  for (const [kind, words] of Object.entries(file.casualties)) {
    for (const w of words) {
      casualties.add(w, kind);
      casualtyWords.add(w.toLowerCase());
    }
  }
  const protestCues = new Map<string, RegExp>();
  for (const [type, spec] of Object.entries(file.types)) {
    if (!spec.protestCues?.length) continue;
    const alternatives = spec.protestCues.map((c) => phraseSource(c));
    protestCues.set(type, new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i'));
  }
  cached = {
    types: new Map(Object.entries(file.types).map(([type, spec]) => [type, withSenseFormsSpread(spec)])),
    protestCues,
    triggers,
    purposes,
    casualties,
    casualtyWords,
    notCountUnits: new Set(file.notCountUnits),
    notCountBodies: new Set(file.notCountBodies),
    people: withPlurals(file.casualtyPeople),
    posts: new Set(file.postNouns ?? []),
    restricted: new Set(Object.values(file.types).flatMap((t) => t.restricted ?? []).map((w) => w.toLowerCase())),
  };
  return cached;
}

/**
 * `otherSense` keys may name several forms of one trigger ("release | releases | released"), so
 * one word list serves every form; the lexicon looks words up by one form, so each gets the list.
 */
function withSenseFormsSpread(spec: EventTypeSpec): EventTypeSpec {
  const sense = spec.otherSense;
  if (!sense) return spec;
  const spread = (byWord: Record<string, string[]> | undefined): Record<string, string[]> | undefined => {
    if (!byWord) return undefined;
    const out: Record<string, string[]> = {};
    for (const [key, words] of Object.entries(byWord)) {
      for (const form of key.split('|')) out[form.trim()] = words;
    }
    return out;
  };
  const spreadSense = { wordBefore: spread(sense.wordBefore), wordAfter: spread(sense.wordAfter), objectNouns: spread(sense.objectNouns), afterName: sense.afterName };
  // (Most triggers of a type with another sense have none: "killed", "attack" of `attack`, whose
  // one such word is "fought". Session 23, perf24: the words are asked first.)
  const words = new Set([...Object.keys(spreadSense.wordBefore ?? {}), ...Object.keys(spreadSense.wordAfter ?? {}), ...Object.keys(spreadSense.objectNouns ?? {}), ...(sense.afterName ?? [])]);
  return { ...spec, otherSense: { ...spreadSense, words } };
}

/** "passer-by" → passers-by, "passerby" → passersby: the head before "by" takes the plural. */
const HEAD_FIRST = /^(\p{L}+er)(-?by)$/u;

/** "soldier" → soldier, soldiers; "militiaman" → militiamen; "deputy" → deputies; "passer-by" → passers-by. */
function withPlurals(nouns: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of nouns) {
    const last = n.split(' ').pop()!;
    out.add(last);
    const headFirst = HEAD_FIRST.exec(last);
    if (headFirst) {
      out.add(`${headFirst[1]}s${headFirst[2]}`);
      continue;
    }
    if (/man$/.test(last)) out.add(last.replace(/man$/, 'men'));
    else if (/[^aeiou]y$/.test(last)) out.add(last.replace(/y$/, 'ies'));
    else if (/(?:s|sh|ch|x)$/.test(last)) out.add(`${last}es`);
    else out.add(`${last}s`);
  }
  return out;
}

/** Words that open a movement verb's path or object: "crossing into", "crossing the border". */
const PATH_AFTER = new Set(['into', 'over', 'through', 'from', 'to', 'toward', 'towards', 'back', 'the', 'a', 'an']);

/** Whether a trigger word (lower-cased) is in another sense by its neighbours (`otherSense`). */
export function inOtherSense(spec: EventTypeSpec, trigger: string, before: string | undefined, following: readonly string[], afterName = false): boolean {
  const sense = spec.otherSense;
  if (!sense) return false;
  // ("The Taliban crossing into Chaman": a subject's verb, with its path after it.)
  if (afterName && !!sense.afterName?.includes(trigger) && !PATH_AFTER.has(following[0] ?? '')) return true;
  const after = following[0];
  if ((!!before && !!sense.wordBefore?.[trigger]?.includes(before)) || (!!after && !!sense.wordAfter?.[trigger]?.includes(after))) return true;
  const objects = sense.objectNouns?.[trigger];
  if (!objects) return false;
  if (before && objects.includes(before)) return true;
  for (let k = 0; k < following.length && k < 3; k++) {
    const w = following[k];
    if (!/^\p{L}/u.test(w)) break;
    if (objects.includes(w)) return true;
  }
  return false;
}
