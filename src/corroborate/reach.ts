import { haversineKm } from '../gazetteer/geo.ts';
import { coverShare, familyBest, familyPositiveSum, similarityCeiling, type FamilyPoints } from './features.ts';
import { publisherKey } from './sources.ts';
import type { MatchPolicy, StoryUnit } from './types.ts';
import type { WordFrequency } from './words.ts';

// What a story could still offer a unit, kept per story as its units join: the event types,
// place ids and coordinates, actors, count kinds and publishers of all its units. The candidate
// bound (features.ts scoreBound) counts every member-found family at its largest weight; for a
// story that holds none of the unit's type, place, actors, count kinds or publisher, the features
// that need a shared one cannot fire, and the bound drops by what they would have added. The
// drops come from the weights of the policy in use (computed once per weights object), so a
// retrained model keeps the bound right; src/corroborate/reach.test.ts checks on real texts that
// the lowered bound is never below a score and that the stories come out as a full scan makes them.

export interface StoryReach {
  types: Set<string>;
  placeIds: Set<string>;
  /** Distinct coordinates of the story's places, as lat, lon pairs. */
  spots: number[];
  actors: Set<string>;
  countKinds: Set<string>;
  /** publisherKey of each unit's publisher. */
  publishers: Set<string>;
}

export function emptyReach(): StoryReach {
  return { types: new Set(), placeIds: new Set(), spots: [], actors: new Set(), countKinds: new Set(), publishers: new Set() };
}

/** Takes a unit that joined the story into its reach. */
export function widenReach(r: StoryReach, unit: StoryUnit): void {
  if (unit.type !== null) r.types.add(unit.type);
  const p = unit.place;
  if (p && !r.placeIds.has(p.id)) {
    r.placeIds.add(p.id);
    if (p.lat !== null && p.lon !== null) r.spots.push(p.lat, p.lon);
  }
  for (const a of unit.actors) r.actors.add(a);
  for (const c of unit.counts) r.countKinds.add(c.kind);
  r.publishers.add(publisherKey(unit.publisher));
}

/** How far the bound drops, per family, when the shared fact that family's best feature needs is missing. */
export type ReachDrops = FamilyPoints;

const dropsCache = new WeakMap<MatchPolicy['weights'], ReachDrops>();

/**
 * From the weights: for each family, its largest possible points (as scoreBound counts them)
 * less the largest possible without the features that need a shared fact: `place:same-spot`
 * (the same place or one within sameSpotKm), `type:same`, `actors:specific` and
 * `actors:generic` (a shared actor), `counts:equal-5+|equal|close|different` (a shared count kind),
 * `series` and `publisher:same-day` (a shared publisher). Any other key of a family is kept in
 * the "without" part, so a feature added later only makes the drop smaller.
 */
export function reachDrops(weights: MatchPolicy['weights']): ReachDrops {
  let d = dropsCache.get(weights);
  if (d) return d;
  const most = (prefix: string, without?: readonly string[]) => familyBest(weights, prefix, without);
  const sumPositive = (prefix: string, without?: readonly string[]) => familyPositiveSum(weights, prefix, without);
  d = {
    place: most('place:') - most('place:', ['place:same-spot']),
    type: most('type:') - most('type:', ['type:same']),
    actors: sumPositive('actors:') - sumPositive('actors:', ['actors:specific', 'actors:generic']),
    counts: most('counts:') - most('counts:', ['counts:equal-5+', 'counts:equal', 'counts:close', 'counts:different']),
    series: most('series') - most('series', ['series']),
    publisher: most('publisher:') - most('publisher:', ['publisher:same-day']),
  };
  dropsCache.set(weights, d);
  return d;
}

/** Slack on a distance compared with sameSpotKm, against rounding in the two computations. */
const KM_SLACK = 1e-6;

/** What `unreachableParts` takes off, in all and for the families the refined bound (summary.ts) recounts. */
export interface ReachDropParts {
  total: number;
  place: number;
  type: number;
  actors: number;
  counts: number;
  /** The series and same-day publisher families together. */
  seriesPublisher: number;
}

/**
 * What scoreBound counted for `unit` against a story that the story cannot give it, from the
 * story's reach alone: 0 when every family could still reach its best weight.
 */
export function unreachable(unit: StoryUnit, reach: StoryReach, storyWords: ReadonlyMap<string, number>, freq: WordFrequency, policy: MatchPolicy): number {
  return unreachableParts(unit, reach, storyWords, freq, policy).total;
}

/**
 * unreachable, by family. `cover` is coverShare(unit.words, storyWords, freq) when the caller
 * has it already (it is computed here otherwise, and only when the series drop needs it).
 */
export function unreachableParts(unit: StoryUnit, reach: StoryReach, storyWords: ReadonlyMap<string, number>, freq: WordFrequency, policy: MatchPolicy, cover?: number | null): ReachDropParts {
  const d = reachDrops(policy.weights);
  let drop = 0;
  let place = 0;
  let type = 0;
  let actors = 0;
  let counts = 0;
  let seriesPublisher = 0;
  const p = unit.place;
  if (p && d.place > 0 && !reach.placeIds.has(p.id)) {
    let near = false;
    if (p.lat !== null && p.lon !== null) {
      const s = reach.spots;
      for (let i = 0; i < s.length && !near; i += 2) near = haversineKm(p.lat, p.lon, s[i], s[i + 1]) <= policy.sameSpotKm + KM_SLACK;
    }
    if (!near) place = d.place;
  }
  drop += place;
  if (unit.type !== null && d.type > 0 && !reach.types.has(unit.type)) drop += type = d.type;
  if (unit.actors.length > 0 && d.actors > 0 && !unit.actors.some((a) => reach.actors.has(a))) drop += actors = d.actors;
  if (unit.counts.length > 0 && d.counts > 0 && !unit.counts.some((c) => reach.countKinds.has(c.kind))) drop += counts = d.counts;
  if (d.series > 0 || d.publisher > 0) {
    const samePublisher = reach.publishers.has(publisherKey(unit.publisher));
    if (!samePublisher) seriesPublisher = d.series + d.publisher;
    else if (d.series > 0) {
      // A series needs headlines at least seriesSimilarity alike, and a member's similarity is at
      // most √cover (as in scoreBound).
      const c = cover === undefined ? coverShare(unit.words, storyWords, freq) : cover;
      const simMax = c === null ? 0 : similarityCeiling(c);
      if (simMax < policy.seriesSimilarity) seriesPublisher = d.series;
    }
  }
  drop += seriesPublisher;
  return { total: drop, place, type, actors, counts, seriesPublisher };
}
