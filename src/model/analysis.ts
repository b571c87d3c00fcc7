import type {
  ActorRole,
  ActorType,
  AttributionKind,
  Certainty,
  CertaintyModelVerdict,
  CueKind,
  DateMention,
  DatePrecision,
  PlaceKind,
  Qualifier,
} from './types.ts';

// The versioned output contract of `analyze` (docs/analysis.schema.json describes the same
// shape). Additive changes keep schemaVersion; anything that breaks a reader bumps it.

export const SCHEMA_VERSION = 1;

export interface MentionOut {
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface AnalysisArticle {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  language: string;
}

export interface ActorOut {
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  mentions: MentionOut[];
}

/** How specific a kind of place is: a town names more than its district, a district more than its province. */
export const PLACE_SPECIFICITY: Readonly<Record<PlaceKind, number>> = {
  'populated-place': 5,
  admin2: 4,
  other: 3,
  admin1: 2,
  region: 1,
  country: 0,
};

export interface PlaceOut {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  /** Like ACLED's geo_precision: 1 the town itself, 2 part of a region or near a town, 3 a province or larger. */
  precision?: 1 | 2 | 3;
  /** What the choice of this place rests on ("inside:admin1:AF:LOG", "country-in-play:PK", "population:13247"). */
  evidence?: string[];
  /** A name no gazetteer entry fits, kept with the location of the place that contains it. */
  unresolved?: boolean;
  mentions: MentionOut[];
}

/** A date as the contract prints it: the recognised mention as it is (docs/output.md). */
export type DateOut = DateMention;

export interface QuantityOut {
  start: number;
  end: number;
  text: string;
  value: number;
  qualifier: Qualifier;
  rule: string;
}

export interface ClaimOut {
  id: string;
  start: number;
  end: number;
  text: string;
  attribution: {
    kind: AttributionKind;
    cue: { start: number; end: number; text: string } | null;
    source: string | null;
  };
  certainty: Certainty;
  cues: Array<{ start: number; end: number; text: string; kind: CueKind }>;
  /**
   * Present when the hedge model, not a cue, decided the certainty: it hedged a claim the cues
   * left asserted (rule model:hedge-sentence), or read the claim's modal cue as root, not
   * speculative ("may be used to"), and set aside its certainty (rule model:modal-sense).
   */
  certaintyModel?: CertaintyModelVerdict;
  events: string[];
  rule: string;
}

export interface EventOut {
  id: string;
  type: string;
  start: number;
  end: number;
  trigger: { start: number; end: number; text: string };
  actors: Array<{ actor: string; role: ActorRole; inferred: boolean; start: number; end: number }>;
  place: string | null;
  placeMention: { start: number; end: number } | null;
  date: { start: string; end: string; precision: DatePrecision } | null;
  dateMention: { start: number; end: number } | null;
  counts: Array<{ kind: string; value: number; qualifier: Qualifier; text: string; start: number; end: number; across?: number; toldBy?: { text: string; start: number; end: number }; revised?: true }>;
  claim: string | null;
  provenance: { component: string; rules: string[] };
}

export interface Sourcing {
  claims: number;
  named: number;
  official: number;
  anonymous: number;
  expert: number;
  media: number;
  self: number;
  unattributed: number;
  hedged: number;
  predicted: number;
  speculative: number;
  denied: number;
}

export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: { name: 'corroborate'; version: string };
  article: AnalysisArticle;
  text: string;
  sentences: Array<{ start: number; end: number; heading: boolean }>;
  actors: ActorOut[];
  places: PlaceOut[];
  dates: DateOut[];
  quantities: QuantityOut[];
  claims: ClaimOut[];
  events: EventOut[];
  sourcing: Sourcing;
}
