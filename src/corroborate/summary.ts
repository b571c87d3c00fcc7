import { actorFeaturePoints, countFeaturePoints, familyMaxima, placeFeaturePoints, similarityCeiling, similarityStepCeiling, typeFeaturePoints } from './features.ts';
import type { ReachDropParts } from './reach.ts';
import { publisherKey } from './sources.ts';
import type { MatchPolicy, StoryUnit, UnitPlace } from './types.ts';
import type { WordFrequency } from './words.ts';

// A story's compare members (the units a new unit is scored against) summarised so that the
// candidate bound can be made tighter without scoring the story in full. The cheap bound
// (features.ts scoreBound less reach.ts unreachable) counts the headline-similarity steps at √cover
// and every family found member by member (place, type, actors, counts, series, publisher) at its
// best weight unless the story's reach rules that out; the refined bound recounts them from the
// story's compare members, so that only the date, salience, cover and cue parts (exact already)
// and the rounding slack are left of the cheap bound:
//
// - headline similarity: each member's shared rarity is summed through a word → members list (the
//   unit's words in their order, as features.ts similarityOf adds them), so the most alike member's
//   similarity is known exactly; a member's own word mass is only looked up when √(shared / the
//   unit's mass), its similarity's ceiling, could reach a higher step than the best found so far;
// - place: the best relation among the members' distinct places (placeFeaturePoints), which
//   counts `place:other-admin1` (a negative weight in data/models/story-match.json) when that is what
//   the story offers;
// - series and same-day publisher: from the members' publishers and days, the series only when a
//   member of the unit's publisher on another day can be seriesSimilarity alike;
// - type, actors and counts: as visitFeatures finds them over the members (typeFeaturePoints,
//   actorFeaturePoints, countFeaturePoints), so `type:narrower`, `actors:other-named` and
//   `counts:different` count when they fire.
//
// The refined bound is never below the score (summary.test.ts checks it against every candidate
// of a full scan on real texts).

/** Slack on a similarity compared with a step threshold, against rounding in the two computations. */
const SIM_SLACK = 1e-9;

export interface StorySummary {
  /**
   * The compare members by slot. A member keeps its slot while it is one (a story of more than
   * 2 × COMPARE_EDGE units drops the oldest of its latest members for each new one: the new one
   * takes that slot), so the lists below never need renumbering.
   */
  members: StoryUnit[];
  /** Each headline word of a compare member → the slots of the members that use it. */
  words: Map<string, number[]>;
  /** The distinct places of the compare members, each with the slots of the members at it. */
  places: Array<{ place: UnitPlace; slots: number[] }>;
  /** publisherKey of each member's publisher, by slot. */
  publishers: string[];
}

export function emptySummary(): StorySummary {
  return { members: [], words: new Map(), places: [], publishers: [] };
}

/** Takes a new compare member into the summary, in place of `replaced` (a member leaving) when given. */
export function summariseMember(s: StorySummary, unit: StoryUnit, replaced?: StoryUnit): void {
  let slot = s.members.length;
  if (replaced) {
    slot = s.members.indexOf(replaced);
    if (slot < 0) throw new Error('summary: the member to replace is not a compare member');
    for (const w of replaced.words) {
      const list = s.words.get(w);
      if (!list) continue;
      const k = list.indexOf(slot);
      if (k >= 0) list.splice(k, 1);
      if (list.length === 0) s.words.delete(w);
    }
    if (replaced.place) {
      const at = s.places.findIndex((p) => p.place.id === replaced.place!.id);
      if (at >= 0) {
        const slots = s.places[at].slots;
        slots.splice(slots.indexOf(slot), 1);
        if (slots.length === 0) s.places.splice(at, 1);
      }
    }
  }
  s.members[slot] = unit;
  for (const w of unit.words) {
    const list = s.words.get(w);
    if (list === undefined) s.words.set(w, [slot]);
    else if (list[list.length - 1] !== slot) list.push(slot);
  }
  if (unit.place) {
    const at = s.places.find((p) => p.place.id === unit.place!.id);
    if (at) at.slots.push(slot);
    else s.places.push({ place: unit.place, slots: [slot] });
  }
  s.publishers[slot] = publisherKey(unit.publisher);
}

/** The per-unit values the refined bound reuses over every candidate. */
export interface UnitTerms {
  unit: StoryUnit;
  /** The rarity of each of the unit's words, in order. */
  rarities: number[];
  /** The unit's word mass. */
  mass: number;
  publisher: string;
  roundup: boolean;
}

export function unitTerms(unit: StoryUnit, freq: WordFrequency): UnitTerms {
  return {
    unit,
    rarities: unit.words.map((w) => freq.rarity(w)),
    mass: freq.mass(unit.words),
    publisher: publisherKey(unit.publisher),
    roundup: unit.cues.includes('roundup'),
  };
}

/**
 * What the cheap bound counted for the families the refined bound recounts: the similarity
 * steps at √cover, and place, type, actors, counts, series and publisher each at its best weight
 * less the reach drops.
 */
export function cheapParts(t: UnitTerms, cover: number | null, drops: ReachDropParts, policy: MatchPolicy): number {
  const tops = familyMaxima(policy.weights);
  let sum = cheapWords(t, cover, policy);
  if (t.unit.place) sum += tops.place - drops.place;
  if (t.unit.type) sum += tops.type - drops.type;
  if (t.unit.actors.length > 0) sum += tops.actors - drops.actors;
  if (t.unit.counts.length > 0) sum += tops.counts - drops.counts;
  sum += tops.series + tops.publisher - drops.seriesPublisher;
  return sum;
}

/** The headline-similarity steps as the cheap bound counts them (at √cover). */
export function cheapWords(t: UnitTerms, cover: number | null, policy: MatchPolicy): number {
  return !t.roundup && cover !== null ? similarityStepCeiling(similarityCeiling(cover), policy.weights) : 0;
}

/**
 * The refined bound's points for the same families, from the story's compare members
 * (less the unit's own report's): null when every member is of the unit's own report (the story
 * is then no candidate, as for matchFeatures). The headline words, the costly part, are looked
 * at last: when the other families with the words at `wordsCeiling` (what the cheap bound
 * counted for them) already stay below `need`, that sum is returned as it is.
 */
export function refinedParts(t: UnitTerms, s: StorySummary, freq: WordFrequency, policy: MatchPolicy, wordsCeiling = Infinity, need = -Infinity): number | null {
  const unit = t.unit;
  const members = s.members;
  const n = members.length;
  const own = ownScratch(n);
  let others = 0;
  for (let j = 0; j < n; j++) if ((own[j] = members[j].articleId === unit.articleId ? 1 : 0) === 0) others++;
  if (others === 0) return null;
  const w = policy.weights;
  let points = 0;

  // Same-day publisher, and whether a series is possible at all.
  let sameDay = false;
  let seriesPublisher = false;
  for (let j = 0; j < n; j++) {
    if (own[j] === 1 || s.publishers[j] !== t.publisher) continue;
    if (members[j].published === unit.published) sameDay = true;
    else seriesPublisher = true;
  }
  if (sameDay) points += w['publisher:same-day'] ?? 0;
  if (unit.place) {
    const places: UnitPlace[] = [];
    for (const p of s.places) if (p.slots.some((j) => own[j] === 0)) places.push(p.place);
    points += placeFeaturePoints(unit.place, places, policy);
  }
  if (unit.type) {
    const types = new Set<string | null>();
    for (let j = 0; j < n; j++) if (own[j] === 0) types.add(members[j].type);
    points += typeFeaturePoints(unit.type, types, w);
  }
  if (unit.actors.length > 0) {
    const theirs = new Set<string>();
    for (let j = 0; j < n; j++) if (own[j] === 0) for (const a of members[j].actors) theirs.add(a);
    points += actorFeaturePoints(unit.actors, theirs, w);
  }
  if (unit.counts.length > 0) {
    const counts: Array<StoryUnit['counts']> = [];
    for (let j = 0; j < n; j++) if (own[j] === 0 && members[j].counts.length > 0) counts.push(members[j].counts);
    points += countFeaturePoints(unit.counts, counts, w);
  }
  const wordsCount = !t.roundup && t.mass > 0;
  const seriesMax = seriesPublisher ? Math.max(0, w.series ?? 0) : 0;
  if (wordsCeiling !== Infinity) {
    const ceiling = points + (wordsCount ? wordsCeiling : 0) + seriesMax;
    if (ceiling < need) return ceiling;
  }

  // Shared rarity per member, in the unit's word order (own members' sums are not read).
  const shared = sharedScratch(n);
  const words = unit.words;
  for (let k = 0; k < words.length; k++) {
    const list = s.words.get(words[k]);
    if (list === undefined) continue;
    const r = t.rarities[k];
    for (let i = 0; i < list.length; i++) shared[list[i]] += r;
  }
  // Each member's similarity, exact where it matters: the best for the steps, and whether one of
  // the unit's publisher on another day reaches seriesSimilarity. The member sharing the most is
  // looked at first: it is likely the most alike, and then most others' ceilings cannot beat it.
  let best = 0;
  let bestPoints = 0;
  let series = false;
  let first = -1;
  for (let j = 0; j < n; j++) if (own[j] === 0 && (first < 0 || shared[j] > shared[first])) first = j;
  for (let k = -1; k < n; k++) {
    const j = k < 0 ? first : k;
    if (own[j] === 1 || (k >= 0 && j === first)) continue;
    const sj = shared[j];
    if (sj === 0 || !(t.mass > 0)) continue;
    const m = members[j];
    const ceiling = Math.sqrt(sj / t.mass) + SIM_SLACK;
    const seriesMay = seriesPublisher && !series && s.publishers[j] === t.publisher && m.published !== unit.published && ceiling >= policy.seriesSimilarity;
    const stepsMay = wordsCount && ceiling > best && similarityStepCeiling(ceiling, w) > bestPoints;
    if (!seriesMay && !stepsMay) continue;
    const denominator = Math.sqrt(t.mass * freq.mass(m.words));
    const sim = denominator === 0 ? 0 : Math.min(1, sj / denominator);
    if (seriesMay && sim + SIM_SLACK >= policy.seriesSimilarity) series = true;
    if (wordsCount && sim > best) {
      best = sim;
      bestPoints = similarityStepCeiling(sim + SIM_SLACK, w);
    }
  }
  if (wordsCount) points += bestPoints;
  if (series) points += seriesMax;
  return points;
}

// Scratch arrays reused by every refinement (a story has at most 2 × COMPARE_EDGE compare members).
let sharedBuf = new Float64Array(64);
let ownBuf = new Uint8Array(64);
function sharedScratch(n: number): Float64Array {
  if (sharedBuf.length < n) sharedBuf = new Float64Array(n * 2);
  sharedBuf.fill(0, 0, n);
  return sharedBuf;
}
function ownScratch(n: number): Uint8Array {
  if (ownBuf.length < n) ownBuf = new Uint8Array(n * 2);
  return ownBuf;
}
