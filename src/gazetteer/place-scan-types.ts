import type { Span } from '../model/types.ts';
import type { RawToken } from '../recognize/tokenize.ts';
import type { FeatureHint } from './place-names.ts';

// Types of the place scan: a scanned token, a posting, a segment (a stretch that may name a place), the scan's input.

export interface ScanToken extends RawToken {
  sentence?: number;
}

export interface Posting {
  entry: number;
  flags: number;
}

/** A stretch of text that may name a place: a gazetteer name, or a capitalised run no name covers. */
export interface Segment extends Span {
  first: number; // token indices, inclusive
  last: number;
  key: string;
  /** Postings that fit the surface (case rules); empty for an unknown run. */
  postings: Posting[];
  /** The feature word after the name and the last token it covers. */
  feature: FeatureHint | null;
  featureWord: string | null;
  featureLast: number;
  /** The locative preposition before the name ("in", "near"), looking past "the" and adjectives. */
  prep: string | null;
  /** The name starts a sentence (or follows a quote), so its capital letter says nothing. */
  sentenceInitial: boolean;
  /** The capitalised run holds other capitalised words: the name may be part of a longer name. */
  embedded: boolean;
  /** Inside an actor's name ("Islamic State of Iraq"). */
  insideActor: boolean;
  /** The name (with its feature words) is a line of its own: a dateline or a location field. */
  wholeLine: boolean;
  /**
   * The name opens a bracket right after a word ("City Hall (Yangsan)", "junction (Al
   * Nabatieh)"), where event notes put the location of what they just named.
   */
  bracketed: boolean;
  /** The name is the object of a verb that takes a place ("shelled Sumy", "raided Jalalpur"). */
  verbObject: boolean;
}

export interface ScanInput {
  text: string;
  tokens: readonly ScanToken[];
  /** Spans where no place may start (dates). */
  blocked: readonly Span[];
  actorSpans: readonly Span[];
}
