import type { MatchPolicy } from './types.ts';

// The scored match between a unit (an event of a new report) and a story. Points are added per
// feature, like log-odds: positive when a feature makes "same real event" likelier, negative
// when it speaks against it, zero when it says nothing (a missing place, an unknown type). The
// weights are set by what each feature means, not fitted; only `threshold` (and the window) was
// chosen by a sweep, documented in docs/corroboration.md.

export const DEFAULT_POLICY: MatchPolicy = {
  threshold: 1.0,
  windowDays: 4,
  // Points by days between the unit and the story's first day: 0, 1, 2, 3, 4. Follow-ups (a
  // rising toll, a claim of responsibility) come a day or two later, but most reports of one
  // incident appear the day it happens; several days apart is usually another incident.
  date: [1.6, 0.4, -0.9, -1.6, -3.0],
  beyondDate: -3,
  // Place: within a few km at town precision speaks for the same incident; a different
  // province strongly against (and then it is another event, not a contradiction). Reports
  // disagree about countries in border incidents ("Indian shelling of Pakistani Kashmir"), so a
  // different country weighs less than a different province.
  placeSameSpot: 1.0,
  placeNear: 0,
  placeSameAdmin1: 0.4,
  placeOtherAdmin1: -2.0,
  placeOtherCountry: -0.5,
  sameSpotKm: 15,
  nearKm: 60,
  // Two attacks of one type on one day may be one story, and so may a bombing and the claim of
  // responsibility for it; an attack and a bombing on the same day are more often two incidents
  // than one told two ways.
  typeSame: 0.5,
  typeFollowUp: 0.3,
  typeCompatible: -0.8,
  typeIncompatible: -1.0,
  // A named group or force both reports mention; generic nouns ("police:PK",
  // "unidentified-armed-group:PK") are in half of all headlines and speak slightly against.
  actorSpecific: 1.0,
  actorGeneric: -0.4,
  countEqual: 1.2,
  countClose: 0,
  // Headline similarity s (0 to 1, rarity-weighted; see match.ts) gives
  // clamp(wordBase + wordSlope × s, wordBase, wordCap): headlines sharing no rare word speak
  // against, from s ≈ 0.45 on they speak strongly for.
  wordBase: -0.6,
  wordSlope: 5,
  wordCap: 2,
  seriesSimilarity: 0.8,
  seriesPoints: -3,
};

/**
 * How two event types relate. `follow-up`: one is what comes after the other in one story (a
 * claim of responsibility or arrests after an attack or a bombing). `compatible`: two ways of
 * telling violence (an attack and a bombing), which on one day are more often two incidents.
 * Types in different groups are `incompatible`.
 */
const TYPE_GROUPS: ReadonlyArray<readonly string[]> = [
  ['attack', 'bombing', 'kidnapping', 'claim-of-responsibility', 'arrest', 'security-alert'],
  ['prisoner-release', 'sentence-reduction', 'agreement'],
  ['movement', 'recruitment'],
];
const FOLLOW_UPS: ReadonlySet<string> = new Set(['claim-of-responsibility', 'arrest', 'security-alert']);

export type TypeRelation = 'same' | 'follow-up' | 'compatible' | 'incompatible' | 'unknown';

export function typeRelation(a: string | null, b: string | null): TypeRelation {
  if (a === null || b === null) return 'unknown';
  if (a === b) return 'same';
  const ga = TYPE_GROUPS.findIndex((g) => g.includes(a));
  const gb = TYPE_GROUPS.findIndex((g) => g.includes(b));
  if (ga < 0 || ga !== gb) return 'incompatible';
  return FOLLOW_UPS.has(a) !== FOLLOW_UPS.has(b) ? 'follow-up' : 'compatible';
}
