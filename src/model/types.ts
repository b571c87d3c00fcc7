// The data model, in one place. The document owns the text; every annotation is a pair of
// character offsets into `Doc.text` plus the rule that produced it.

export interface Span {
  start: number;
  end: number;
}

/** Where an annotation came from: the component and the rule inside it. */
export interface Provenance {
  component: string;
  rule: string;
}

export interface Article {
  id: string;
  title: string | null;
  published: string | null; // YYYY-MM-DD
  source: string | null;
  url: string | null;
  byline: string | null;
  language: string;
}

export interface Sentence extends Span {
  heading: boolean;
  paragraph: number;
}

/** A word-like token; `lower` is the lower-cased surface form. */
export interface Token extends Span {
  lower: string;
  sentence: number;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'range';

export interface DateValue {
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD
}

export interface DateMention extends Span {
  text: string;
  value: DateValue | null;
  precision: DatePrecision;
  relative: boolean;
  resolved: boolean;
  /** Why a date stayed unresolved, e.g. "no publication date". */
  note?: string;
  rule: string;
  /**
   * The mention read as TimeML TIMEX3 expressions (usually one; a range such as "from 1994 to
   * 1997" gives one per end). Durations, sets and references to the present ("three months",
   * "every day", "now") are mentions too: they have `value: null` and only this reading.
   */
  timex?: Timex[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A TIMEX3 reading: its extent, type and normalised value ("1998-W32", "P3M", "PRESENT_REF"). */
export interface Timex extends Span {
  type: TimexType;
  value: string;
}

export type Qualifier = 'exact' | 'at-least' | 'at-most' | 'about';

export interface Quantity extends Span {
  text: string;
  value: number;
  qualifier: Qualifier;
  /** Offset where the number itself starts (after a qualifier such as "over"). */
  numberStart: number;
  rule: string;
}

export type ActorType =
  | 'state'
  | 'rebel'
  | 'political-militia'
  | 'identity-militia'
  | 'rioters'
  | 'protesters'
  | 'civilians'
  | 'external'
  | 'other';

export interface ActorEntry {
  id: string;
  name: string;
  type: ActorType;
  country: string | null; // ISO 3166 alpha-2
  aliases: string[];
  /** Aliases that only count when written exactly in this case (acronyms such as "TTA"). */
  caseSensitive?: string[];
}

export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'populated-place' | 'region' | 'other';

export interface PlaceEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  admin1: string | null;
  admin2?: string | null;
  lat: number | null;
  lon: number | null;
  population?: number;
  aliases: string[];
}

export interface EntityMention extends Span {
  /** Gazetteer id of the entity the mention resolved to. */
  entity: string;
  /** The alias that matched. */
  alias: string;
  rule: string;
  /**
   * Places only: how precisely the mention is located, like ACLED's geo_precision: 1 the town
   * itself, 2 part of a region or near a town (coded to that town), 3 a province or larger.
   */
  precision?: 1 | 2 | 3;
  /** Places only: the evidence the choice rests on ("inside:admin1:AF:LOG", "country-in-play:PK"). */
  evidence?: string[];
  /** Places only: a name no gazetteer entry fits, kept with the location of what contains it. */
  unresolved?: boolean;
}

export type CueKind =
  | 'attribution'
  | 'hedge'
  | 'prediction'
  | 'speculation'
  | 'denial';

export type AttributionKind =
  | 'named'
  | 'official'
  | 'anonymous'
  | 'expert'
  | 'media'
  | 'self'
  | 'unattributed';

export type Certainty = 'asserted' | 'hedged' | 'predicted' | 'speculative' | 'denied';

export interface Cue extends Span {
  text: string;
  kind: CueKind;
  /** For attribution cues: who is speaking. */
  attribution?: AttributionKind;
  /** For attribution cues: the source phrase ("Security analysts"). */
  source?: string;
  /** Span of the source phrase, when it is not the cue itself. */
  sourceSpan?: Span;
  /** For attribution cues: the certainty the reporting verb lends ("suggest" hedges). */
  certainty?: Certainty;
  /** For attribution cues whose source is a known actor: its gazetteer id. */
  sourceActor?: string;
  /** For attribution cues with coordinated sources ("Troops and the Frontier Corps said"): the known actors among them. */
  sourceActors?: readonly string[];
  /** For attribution cues: whether it covers its whole sentence or only what follows it. */
  scope?: 'sentence' | 'following';
  sentence: number;
  rule: string;
}

export interface Claim extends Span {
  id: string;
  sentence: number;
  attribution: { kind: AttributionKind; cue: (Span & { text: string }) | null; source: string | null };
  /** Gazetteer id of the actor speaking, when the source is a known actor. */
  sourceActor: string | null;
  /** Internal, not in the contract: the known actors among coordinated sources, each of which speaks. */
  sourceActors?: readonly string[];
  certainty: Certainty;
  cues: Array<Span & { text: string; kind: CueKind }>;
  /** Set when a trained model, not a cue, decided the claim's certainty: which model and why. */
  certaintyModel?: CertaintyModelVerdict;
  /**
   * Internal, not in the contract: the certainty the claim would have without its judged modal
   * cues ("may", "could", "will"), set when such a cue alone decides it; the hedge model then
   * judges the modal's sense (src/extract/claims.ts hedgeClaimsByModel).
   */
  withoutModal?: Certainty;
  events: string[];
  rule: string;
}

export interface CertaintyModelVerdict {
  /** '<model name>@<hash of the weights file>'. */
  model: string;
  rule: string;
  /** The model's probability that the claim is uncertain. */
  score: number;
  /** The features that pushed hardest toward uncertain, strongest first. */
  features: Array<{ feature: string; weight: number }>;
}

export type ActorRole = 'agent' | 'target' | 'party';

export interface EventCount {
  kind: string;
  value: number;
  qualifier: Qualifier;
  text: string;
  start: number;
  end: number;
  /** The figure covers this many incidents together ("killed across the three attacks"). */
  across?: number;
  /**
   * Who gave this figure, when a teller of its own gives it as the toll ("the Taliban put the
   * toll at eight"): beside another count of the same kind it is that teller's rival figure.
   */
  toldBy?: Span & { text: string };
  /** (news52) The figure is its teller's revision of the act's toll ("later revised the toll to nine"). */
  revised?: true;
}

export interface EventRecord extends Span {
  id: string;
  type: string;
  /** The word that triggered the event. */
  trigger: Span & { text: string };
  actors: Array<{ actor: string; role: ActorRole; inferred: boolean; start: number; end: number }>;
  place: string | null;
  placeMention: Span | null;
  date: (DateValue & { precision: DatePrecision }) | null;
  dateMention: Span | null;
  counts: EventCount[];
  claim: string | null;
  sentence: number;
  rules: string[];
}

/** The working document every pipeline component reads and writes. */
export interface Doc {
  article: Article;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
  quantities: Quantity[];
  actorMentions: EntityMention[];
  placeMentions: EntityMention[];
  cues: Cue[];
  claims: Claim[];
  events: EventRecord[];
}

export function emptyDoc(article: Article, text: string): Doc {
  return {
    article,
    text,
    sentences: [],
    tokens: [],
    dates: [],
    quantities: [],
    actorMentions: [],
    placeMentions: [],
    cues: [],
    claims: [],
    events: [],
  };
}
