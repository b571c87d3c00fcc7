import type { Analysis, PlaceOut } from '../model/analysis.ts';
import type { Qualifier } from '../model/types.ts';
import type { Cue } from './cues.ts';
import type { WordBackground } from './words.ts';

// The plain data of story clustering. Everything here is JSON-safe so a store can persist it
// as it is; nothing holds a reference back to an Analysis.

/** One report as it reaches the clusterer. */
export interface ReportInput {
  /** The caller's stable id of the article (a store row id, a URL hash). */
  articleId: string;
  /** Who published it ("Agence France Presse"). */
  publisher: string;
  /** Publication day, YYYY-MM-DD. */
  published: string;
  /** The headline, when there is one; its words are compared across reports. */
  title?: string | null;
  analysis: Analysis;
  /** The articleId of the report this one is a near-duplicate of (a syndicated copy). */
  nearDupOf?: string | null;
}

/** A unit's place: the analysis's place without its mentions and evidence, its precision set. */
export type UnitPlace = Pick<PlaceOut, 'id' | 'name' | 'kind' | 'country' | 'admin1' | 'lat' | 'lon'> & {
  precision: NonNullable<PlaceOut['precision']>;
};

export interface UnitCount {
  kind: string;
  value: number;
  qualifier: Qualifier;
  /** The words that state it, for the contradiction listing. */
  text: string;
  /**
   * Who gave this figure when the report gives a rival one beside the event's own ("the
   * Taliban put the toll at eight": the analysis's `toldBy` text); absent for the event's figure.
   */
  toldBy?: string;
  /**
   * The teller's revision of the report's own figure ("The police later revised the toll to
   * nine": the analysis's `revised`): the report's latest word, not a rival (news53).
   */
  revised?: true;
}

/**
 * What the clusterer compares: one event of a report, or, for a report in which `analyze`
 * found no event, the report itself (its places, actors and words; no type, no counts).
 */
export interface StoryUnit {
  /** `${articleId}#${eventId}`, or `${articleId}#report` for a report without events. */
  key: string;
  articleId: string;
  eventId: string | null;
  publisher: string;
  published: string;
  /** Arrival position of the report (0, 1, …): orders reports and breaks ties. */
  arrival: number;
  type: string | null;
  /** The event's day when the text states one to the day, else the publication day. */
  day: string;
  dayFrom: 'event' | 'published';
  place: UnitPlace | null;
  /** Canonical actor ids, sorted; generic ones contain ":" ("police:PK"). */
  actors: string[];
  counts: UnitCount[];
  /** Distinct normalised content words of the headline (or of the first sentence). */
  words: string[];
  /** What kind of report the headline says it is (a toll update, an aftermath, a round-up). */
  cues: Cue[];
}

/** One feature's contribution to a join, with the values behind it. */
export interface MatchReason {
  /** `prior` is the model's base log-odds; `story` its size and salience; `report` the unit's own kind. */
  feature: 'prior' | 'date' | 'place' | 'type' | 'actors' | 'counts' | 'words' | 'series' | 'publisher' | 'story' | 'report';
  points: number;
  detail: string;
}

/** Where one unit went, and why: the plain record a store keeps per event. */
export interface Assignment {
  unit: string;
  articleId: string;
  eventId: string | null;
  storyId: string;
  /** `started` when the unit opened the story, `joined` when it matched it. */
  how: 'started' | 'joined';
  /** The match score (sum of the reasons' points); null for `started`. */
  score: number | null;
  reasons: MatchReason[];
  /** The best story below the threshold, for a unit that started its own (explains misses). */
  nearest?: { storyId: string; score: number } | null;
}

export interface ContradictionValue {
  value: string;
  reports: string[];
}

/** Reports of one story disagreeing on one field; each value keeps who says it. */
export interface Contradiction {
  /** A count kind ("killed", "wounded"), `place` or `date`. */
  field: string;
  values: ContradictionValue[];
}

export interface StoryReport {
  articleId: string;
  publisher: string;
  published: string;
  units: string[];
}

export interface Story {
  /** `story:` + the key of the unit that opened it; never changes as reports join. */
  id: string;
  reports: StoryReport[];
  publishers: string[];
  /** Reports after folding near-duplicates and one publisher's copies together (see sources.ts). */
  independentSources: number;
  firstReport: { articleId: string; published: string };
  latestReport: { articleId: string; published: string };
  types: string[];
  places: UnitPlace[];
  contradictions: Contradiction[];
  assignments: Assignment[];
}

/** Everything needed to continue clustering later, as plain data. */
export interface ClustererState {
  version: 2;
  policy: MatchPolicy;
  units: StoryUnit[];
  assignments: Assignment[];
  nearDupOf: Record<string, string>;
  /** Document frequency of each word over the reports seen, and how many reports that is. */
  wordReports: number;
  wordFrequency: Record<string, number>;
}

/** The weights and threshold of the scored match (defaults and their reasons in policy.ts). */
export interface MatchPolicy {
  /** A unit joins its best story when the score (log-odds) reaches this. */
  threshold: number;
  /** Days from a story's first day within which a unit may join it. */
  windowDays: number;
  /** The same for a unit whose headline is an update or an aftermath (they come days later). */
  followUpWindowDays: number;
  /** Places within this many km (at town precision) are one spot; within nearKm, near. */
  sameSpotKm: number;
  nearKm: number;
  /** A region ("northwest Pakistan") covers places within this many km of its rough middle. */
  regionKm: number;
  /** Same publisher, other day, headlines at least this alike: issues of one series. */
  seriesSimilarity: number;
  /** Base log-odds, and the weight of each feature (see features.ts); a missing key weighs 0. */
  bias: number;
  weights: Record<string, number>;
  /** Headline word frequencies known before the stream (see words.ts); none: a flat prior. */
  background?: WordBackground | null;
}
