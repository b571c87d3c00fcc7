import type { PlaceKind } from '../model/types.ts';
import type { Segment } from './place-scan.ts';

// Types shared by the resolver's parts: the document context, a resolution, a candidate reading, a chain link.

export interface DocumentContext {
  /** Countries of the actors in play and of the publisher, with a weight each. */
  countries: ReadonlyMap<string, number>;
  /** Admin units in play before any name is read (the provinces a country cue's organisation works in). */
  admins?: ReadonlySet<number>;
  /** Countries of the organisations (country cues) the text names: "CCOO" puts Spain here. */
  cueCountries?: ReadonlySet<string>;
  /**
   * Countries named only by a demonym (PlaceMatchOptions.demonymCountries): the guesses' country
   * when nothing else names one. Asked for only then, so the text is scanned for demonyms only then.
   */
  demonymCountries?: () => ReadonlySet<string>;
  /** Whether a word is a demonym (PlaceMatchOptions.isDemonym). */
  isDemonym?: (word: string) => boolean;
}

export interface Resolution {
  segment: Segment;
  /** Entry index, or -1 for an unresolved name. */
  entry: number;
  /** For an unresolved name: the entry it sits inside (-1 when none is known). */
  container: number;
  unresolvedKind: PlaceKind;
  precision: 1 | 2 | 3;
  evidence: string[];
  rule: string;
}

export interface Candidate {
  entry: number; // -1: unresolved
  flags: number;
  fuzzy: boolean;
  base: number;
  why: string[];
  /**
   * An unknown name between two chain members: the one reading of the next member it stands
   * inside; -1 for every other reading. Always set, so that every candidate has one shape (an
   * object with one more field has another hidden class, and code optimised for the one was
   * thrown away at the other; session 20, perf20).
   */
  via: number;
}

export type Link = ',' | '(' | 'of' | 'in';

/** What one document's resolutions so far say: by segment, and the countries, admin units and points in play. */
export interface Resolved {
  out: Map<Segment, Resolution>;
  countries: Map<string, number>;
  admins: Set<number>;
  points: Array<[number, number]>;
}
