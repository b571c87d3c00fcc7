import type { RawToken } from '../recognize/tokenize.ts';
import { readDataJson } from './load.ts';
import { TokenTrie } from './trie.ts';

// Names that place a text in one country without being places or actors we extract: national
// trade unions, parties, student bodies, a monitoring mission ("KCTU", "SNES-FSU", "OSCE SMM").
// They weigh in the choice among namesakes like an actor's country does, and tell where a note
// happened when it names no place we know (data/places-supplement/country-cues.json).

interface CueGroup {
  country: string;
  names: string[];
  /** Provinces the organisation works in, when that is a few of its country's ("OSCE SMM": Donetsk, Luhansk). */
  admin1?: string[];
}

interface CueFile {
  cues: CueGroup[];
}

export interface CountryCue {
  start: number;
  end: number;
  country: string;
  /** The name as the data writes it. */
  cue: string;
  /** The provinces (admin1 names) the organisation works in; empty when the whole country. */
  admin1: readonly string[];
}

let trie: TokenTrie | null = null;
let groups: CueGroup[] = [];

function cueTrie(): TokenTrie {
  if (trie) return trie;
  const t = new TokenTrie();
  groups = readDataJson<CueFile>('places-supplement/country-cues.json').cues;
  groups.forEach(({ names }, g) => {
    // Acronyms (no lower-case letter) match in their exact case only: "LFI", not "lfi".
    for (const name of names) t.add(name, String(g), name === name.toUpperCase());
  });
  trie = t;
  return t;
}

/** The country cues of a text, in order; a name listed under two countries gives none. */
export function findCountryCues(text: string, tokens: readonly RawToken[]): CountryCue[] {
  const out: CountryCue[] = [];
  for (const m of cueTrie().match(text, tokens)) {
    const found = m.values.map((v) => groups[Number(v.entity)]);
    const countries = new Set(found.map((g) => g.country));
    if (countries.size !== 1) continue;
    const admin1 = found.length === 1 ? found[0].admin1 ?? [] : [];
    out.push({ start: m.start, end: m.end, country: found[0].country, cue: m.values[0].alias, admin1 });
  }
  return out;
}
