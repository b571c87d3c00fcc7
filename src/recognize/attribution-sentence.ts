import type { AttributionKind, Certainty, Cue, Doc, EntityMention, Token } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { AttributionPatterns } from './attribution-patterns.ts';

// The sentence an attribution is read in, shared by every part of the attribution recogniser:
// its tokens and lexicon matches (SentenceCtx), the source phrase the readers return, and the
// cue built from a source and its verb.

/** Longest parenthetical between a source and its verb, in tokens. */
export const MAX_PARENTHETICAL = 25;

export interface SourcePhrase {
  start: number; // token index (inclusive)
  end: number; // token index (inclusive)
  kind: AttributionKind;
  rule: string;
  actor?: string;
  /** Coordinated sources ("Troops and the Frontier Corps said"): the known actors among them, each of which speaks. */
  actors?: readonly string[];
  /** The source's text when it is not the words at start..end: a pronoun shows its antecedent's. */
  text?: string;
}

export interface SentenceCtx {
  doc: Doc;
  ctx: Context;
  pat: AttributionPatterns;
  toks: Token[];
  endingAt: Map<number, TrieMatch>;
  actorEnds: Map<number, EntityMention>;
  placeEnds: Map<number, EntityMention>;
  actorStarts: Map<number, EntityMention>;
  /** The sentence's index. */
  si: number;
  /** The document's cues so far; those of this sentence start at sentenceFirstCue. */
  cues: readonly Cue[];
  sentenceFirstCue: number;
}

export function makeCue(
  doc: Doc,
  toks: Token[],
  firstTok: number,
  lastTok: number,
  src: SourcePhrase,
  certainty: Certainty,
  scope: 'sentence' | 'following',
  sentence: number,
  rule: string,
): Cue {
  const start = toks[firstTok].start;
  const end = toks[lastTok].end;
  const srcStart = toks[src.start].start;
  const srcEnd = toks[src.end].end;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    kind: 'attribution',
    attribution: src.kind,
    source: src.text ?? doc.text.slice(srcStart, srcEnd),
    sourceSpan: { start: srcStart, end: srcEnd },
    certainty,
    scope,
    sentence,
    rule,
    ...(src.actor ? { sourceActor: src.actor } : {}),
    ...(src.actors ? { sourceActors: src.actors } : {}),
  };
}

export function indexByEnd(mentions: readonly EntityMention[]): Map<number, EntityMention> {
  return new Map(mentions.map((m) => [m.end, m]));
}

export function indexByStart(mentions: readonly EntityMention[]): Map<number, EntityMention> {
  return new Map(mentions.map((m) => [m.start, m]));
}

export function tokenIndexAt(toks: Token[], offset: number): number | null {
  const i = toks.findIndex((t) => t.start === offset);
  return i === -1 ? null : i;
}
