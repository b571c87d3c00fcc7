import { haversineKm } from '../eval/metrics.ts';
import { typeRelation } from './policy.ts';
import type { MatchPolicy, MatchReason, StoryUnit, UnitPlace } from './types.ts';
import { daysApart } from './days.ts';
import { publisherKey } from './sources.ts';
import type { WordFrequency } from './words.ts';

// The scored match of one unit against one story; the reasons say which member and which values.

export interface Match {
  score: number;
  reasons: MatchReason[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Days from the story's earliest unit, not from its nearest: reports follow an event by days,
 * and measuring from the first keeps a story from creeping forward through a daily series.
 */
function dateReason(unit: StoryUnit, members: readonly StoryUnit[], policy: MatchPolicy): MatchReason {
  let first = members[0];
  for (const m of members) if (m.day < first.day) first = m;
  const d = daysApart(unit.day, first.day);
  const points = d < policy.date.length ? policy.date[d] : policy.beyondDate;
  return { feature: 'date', points, detail: `${d} day(s) from the story's first day ${first.day} (${unit.day}, ${unit.dayFrom})` };
}

function isSpot(p: UnitPlace): boolean {
  return p.precision <= 2 && p.kind !== 'admin1' && p.kind !== 'country' && p.kind !== 'region' && p.lat !== null && p.lon !== null;
}

/** Points for two places, and what they rest on. */
export function placePoints(a: UnitPlace, b: UnitPlace, policy: MatchPolicy): { points: number; detail: string } {
  if (a.country && b.country && a.country !== b.country) return { points: policy.placeOtherCountry, detail: `${a.name} (${a.country}) vs ${b.name} (${b.country})` };
  if (a.id === b.id && a.kind !== 'country') {
    const points = isSpot(a) ? policy.placeSameSpot : a.kind === 'admin1' ? policy.placeSameAdmin1 : policy.placeNear;
    return { points, detail: `both ${a.name}` };
  }
  if (isSpot(a) && isSpot(b)) {
    const km = haversineKm(a.lat!, a.lon!, b.lat!, b.lon!);
    const detail = `${a.name} – ${b.name} ${Math.round(km)} km`;
    if (km <= policy.sameSpotKm) return { points: policy.placeSameSpot, detail };
    if (km <= policy.nearKm) return { points: policy.placeNear, detail };
  }
  const adminA = a.kind === 'admin1' ? a.name : a.admin1;
  const adminB = b.kind === 'admin1' ? b.name : b.admin1;
  if (adminA && adminB) {
    return adminA === adminB
      ? { points: policy.placeSameAdmin1, detail: `${a.name} and ${b.name} both in ${adminA}` }
      : { points: policy.placeOtherAdmin1, detail: `${a.name} (${adminA}) vs ${b.name} (${adminB})` };
  }
  return { points: 0, detail: `${a.name} vs ${b.name}: no finer agreement than the country` };
}

function placeReason(unit: StoryUnit, other: StoryUnit, policy: MatchPolicy): MatchReason | null {
  return unit.place && other.place ? { feature: 'place', ...placePoints(unit.place, other.place, policy) } : null;
}

function typeReason(unit: StoryUnit, other: StoryUnit, policy: MatchPolicy): MatchReason | null {
  const points = { same: policy.typeSame, 'follow-up': policy.typeFollowUp, compatible: policy.typeCompatible, incompatible: policy.typeIncompatible, unknown: 0 };
  const rel = typeRelation(unit.type, other.type);
  return rel === 'unknown' ? null : { feature: 'type', points: points[rel], detail: `${unit.type} and ${other.type}: ${rel}` };
}

function actorReason(unit: StoryUnit, other: StoryUnit, policy: MatchPolicy): MatchReason | null {
  const theirs = new Set(other.actors);
  const shared = unit.actors.filter((a) => theirs.has(a));
  if (shared.length === 0) return null;
  const specific = shared.filter((a) => !a.includes(':'));
  return specific.length > 0
    ? { feature: 'actors', points: policy.actorSpecific, detail: `both name ${specific.join(', ')}` }
    : { feature: 'actors', points: policy.actorGeneric, detail: `both name generic ${shared.join(', ')}` };
}

function countReason(unit: StoryUnit, other: StoryUnit, policy: MatchPolicy): MatchReason | null {
  let best: MatchReason | null = null;
  for (const c of unit.counts) {
    for (const d of other.counts) {
      if (d.kind !== c.kind) continue;
      const diff = Math.abs(c.value - d.value);
      const points = diff === 0 ? policy.countEqual : diff <= Math.max(2, 0.3 * Math.max(c.value, d.value)) ? policy.countClose : 0;
      if (!best || points > best.points) best = { feature: 'counts', points, detail: `${c.kind} ${c.value} vs ${d.value}` };
    }
  }
  return best;
}

/**
 * Headline similarity: the rarity of the shared words over the geometric mean of each side's
 * total rarity (a cosine over word sets weighted by rarity), 0 to 1, turned into points by a
 * clamped line (policy.ts). Common
 * words weigh little on either side, so two short headlines sharing "Quetta" and "suicide" score
 * high, two sharing only "Pakistan" and "killed" low.
 */
function wordReason(unit: StoryUnit, other: StoryUnit, freq: WordFrequency, policy: MatchPolicy): (MatchReason & { similarity: number }) | null {
  const theirs = new Set(other.words);
  const shared = unit.words.filter((w) => theirs.has(w));
  const mass = (ws: readonly string[]) => ws.reduce((s, w) => s + freq.rarity(w), 0);
  const denominator = Math.sqrt(mass(unit.words) * mass(other.words));
  if (denominator === 0) return null;
  const similarity = Math.min(1, mass(shared) / denominator);
  const points = Math.max(policy.wordBase, Math.min(policy.wordCap, policy.wordBase + policy.wordSlope * similarity));
  const listed = shared
    .map((w) => [w, freq.rarity(w)] as const)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([w, r]) => `${w} ${r.toFixed(2)}`);
  return { feature: 'words', points, similarity, detail: `similarity ${similarity.toFixed(2)}${listed.length ? `, shared ${listed.join(', ')}` : ''}` };
}

/**
 * Issues of one series are not one story: a publisher's daily programme summary or yearly
 * incident list repeats its headline with a new date. Two reports of one publisher on different
 * days whose headlines are nearly the same (similarity ≥ seriesSimilarity) get seriesPoints.
 */
function seriesReason(unit: StoryUnit, other: StoryUnit, similarity: number, policy: MatchPolicy): MatchReason | null {
  if (similarity < policy.seriesSimilarity || unit.published === other.published) return null;
  if (publisherKey(unit.publisher) !== publisherKey(other.publisher)) return null;
  return { feature: 'series', points: policy.seriesPoints, detail: `${unit.publisher} on ${other.published} and ${unit.published}, headlines ${Math.round(similarity * 100)}% alike` };
}

/**
 * The score of `unit` against a story: its best score against one member, every feature from
 * that same member (so a join never rests on the place of one report and the words of another),
 * except the date, measured from the story's first day. Null when every member comes from the
 * unit's own report.
 */
export function scoreMatch(unit: StoryUnit, members: readonly StoryUnit[], freq: WordFrequency, policy: MatchPolicy): (Match & { member: string }) | null {
  const date = dateReason(unit, members, policy);
  let best: (Match & { member: string }) | null = null;
  for (const m of members) {
    // Another event of the same report is no evidence: it shares every word by construction.
    if (m.articleId === unit.articleId) continue;
    const words = wordReason(unit, m, freq, policy);
    const reasons = [
      date,
      placeReason(unit, m, policy),
      typeReason(unit, m, policy),
      actorReason(unit, m, policy),
      countReason(unit, m, policy),
      words && { feature: words.feature, points: words.points, detail: words.detail },
      seriesReason(unit, m, words?.similarity ?? 0, policy),
    ]
      .filter((r): r is MatchReason => !!r && r.points !== 0)
      .map((r) => ({ ...r, points: round2(r.points) }));
    const score = round2(reasons.reduce((s, r) => s + r.points, 0));
    if (!best || score > best.score) best = { score, reasons, member: m.key };
  }
  return best;
}
