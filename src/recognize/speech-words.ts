import { readDataJson } from '../gazetteer/load.ts';
import { longestFirst } from './regex.ts';

// The words other stages read as "a source speaks here": reporting verbs, offices and source
// nouns. They live in data/lexicons/attribution.json beside the attribution cues, so a verb or
// an office is added once and every stage that asks "is this a source speaking?" sees it.

interface SpeechWordFile {
  sources: Record<string, string[]>;
  speechVerbs: string[];
  bareClauseVerbs: string[];
  offices: string[];
  titles: string[];
}

export interface SpeechWords {
  /** The commonest reporting verbs' forms ("said", "told", "confirmed", "denied"), lower-cased. */
  verbs: ReadonlySet<string>;
  /** The same as a regular-expression alternation, longest first, for patterns over raw text. */
  verbAlternation: string;
  /** Reporting verbs that take a bare clause ("said security forces had …"). */
  bareClauseVerbs: ReadonlySet<string>;
  /** Words of an office that speaks for an institution ("spokesman", "minister", "ISPR"), lower-cased. */
  offices: ReadonlySet<string>;
  /** Offices, ranks and honorifics that mark the next capitalised words as a person's name. */
  personTitles: ReadonlySet<string>;
  /** Offices, titles and one-word source nouns ("officials", "residents", "correspondent") as an alternation. */
  sourceNounAlternation: string;
  /** One-word source nouns written in lower case in the lexicon ("residents", "police"), not names ("Reuters"). */
  commonSourceNouns: ReadonlySet<string>;
}

let words: SpeechWords | null = null;

export function speechWords(): SpeechWords {
  if (words) return words;
  const file = readDataJson<SpeechWordFile>('lexicons/attribution.json');
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const offices = lower(file.offices);
  const personTitles = new Set([...offices, ...lower(file.titles)]);
  const nouns = Object.values(file.sources).flat().filter((n) => !/\s/.test(n)).map((n) => n.toLowerCase());
  words = {
    verbs: lower(file.speechVerbs),
    verbAlternation: longestFirst(lower(file.speechVerbs)),
    bareClauseVerbs: lower(file.bareClauseVerbs),
    offices,
    personTitles,
    sourceNounAlternation: longestFirst(new Set([...personTitles, ...nouns])),
    commonSourceNouns: new Set(Object.values(file.sources).flat().filter((n) => /^\p{Ll}+$/u.test(n))),
  };
  return words;
}
