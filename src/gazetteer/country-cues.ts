import type { RawToken } from '../recognize/tokenize.ts';
import { readDataJson } from './load.ts';
import { TokenTrie } from './trie.ts';

// Names that place a text in one country without being places or actors we extract: national
// trade unions, parties, student bodies, a monitoring mission ("KCTU", "SNES-FSU", "OSCE SMM").
// They weigh in the choice among namesakes like an actor's country does, and tell where a note
// happened when it names no place we know (data/places-supplement/country-cues.json).

interface CueFile {
  cues: Array<{ country: string; names: string[] }>;
}

export interface CountryCue {
  start: number;
  end: number;
  country: string;
  /** The name as the data writes it. */
  cue: string;
}

let trie: TokenTrie | null = null;

function cueTrie(): TokenTrie {
  if (trie) return trie;
  const t = new TokenTrie();
  for (const { country, names } of readDataJson<CueFile>('places-supplement/country-cues.json').cues) {
    // Acronyms (no lower-case letter) match in their exact case only: "LFI", not "lfi".
    for (const name of names) t.add(name, country, name === name.toUpperCase());
  }
  trie = t;
  return t;
}

/** The country cues of a text, in order; a name listed under two countries gives none. */
export function findCountryCues(text: string, tokens: readonly RawToken[]): CountryCue[] {
  const out: CountryCue[] = [];
  for (const m of cueTrie().match(text, tokens)) {
    const countries = new Set(m.values.map((v) => v.entity));
    if (countries.size !== 1) continue;
    out.push({ start: m.start, end: m.end, country: m.values[0].entity, cue: m.values[0].alias });
  }
  return out;
}
