import { haversineKm } from '../gazetteer/geo.ts';
import { dayNumber } from './days.ts';
import { typeRelation, type TypeRelation } from './policy.ts';
import { publisherKey } from './sources.ts';
import type { MatchPolicy, MatchReason, StoryUnit, UnitPlace } from './types.ts';
import type { WordFrequency } from './words.ts';

// What speaks for and against a unit (one event of a new report) belonging to a story. Each
// feature is a named yes/no fact ("date:1", "place:same-spot", "words:0.30-0.45"); the model
// (policy.weights, trained by train.ts) gives each a weight in log-odds, and the match score is
// the bias plus the weights of the features that fire. Measured against the story as a whole:
// the date from its first day (so a story cannot creep forward through a daily series), place,
// type, actors, counts and words as the best agreement any of its reports offers, and the story's
// size and salience, since large stories attract later reports.

/** The story as the features see it; the clusterer keeps these up to date as units join. */
export interface StoryProfile {
  units: readonly StoryUnit[];
  firstDay: number;
  lastDay: number;
  /** Distinct reports in the story. */
  reports: number;
  /** The largest killed count any unit states, or null. */
  maxKilled: number | null;
  /** Each headline word of the story, with how many of its reports use it. */
  words: ReadonlyMap<string, number>;
}

export interface Feature {
  key: string;
  family: MatchReason['feature'];
  detail: string;
}

// Ordered values are coded as thresholds ("thermometer" coding): `words:0.30+` fires for every
// similarity of at least 0.30, together with `words:0.10+` and `words:0.20+`. Each threshold's
// weight is then the step from the one below, which keeps the learnt effect orderly.
const DAY_STEPS = [1, 2, 3, 4, 6, 9];
const SIMILARITY_STEPS = [0.1, 0.2, 0.3, 0.45, 0.6];
const COVER_STEPS = [0.25, 0.5, 0.75];
const SIZE_STEPS = [2, 3, 5, 8];

function steps(prefix: string, x: number, thresholds: readonly number[], family: Feature['family'], detail: string, format = (t: number) => t.toFixed(2)): Feature[] {
  return thresholds.filter((t) => x >= t).map((t) => ({ key: `${prefix}:${format(t)}+`, family, detail }));
}

/** A story counts as salient when some report gives at least this many killed. */
const SALIENT_KILLED = 20;

// ---- places

export type PlaceRelation = 'same-spot' | 'near' | 'same-admin1' | 'region-covers' | 'other-admin1' | 'other-country' | 'unknown';
/** Agreement first: the best relation any member offers wins. */
const PLACE_ORDER: PlaceRelation[] = ['same-spot', 'near', 'same-admin1', 'region-covers', 'other-admin1', 'other-country'];

function isSpot(p: UnitPlace): boolean {
  return p.precision <= 2 && p.kind !== 'admin1' && p.kind !== 'country' && p.kind !== 'region' && p.lat !== null && p.lon !== null;
}

const adminOf = (p: UnitPlace) => (p.kind === 'admin1' ? p.name : p.admin1);

/**
 * How two places relate. Country-only places say nothing. A region of wire copy ("northwest
 * Pakistan") covers what lies within policy.regionKm of its rough middle, whatever province the
 * gazetteer gives it: "northwest Pakistan" is both Khyber Pakhtunkhwa and the former tribal areas.
 */
export function placeRelation(a: UnitPlace, b: UnitPlace, policy: MatchPolicy): { relation: PlaceRelation; detail: string } {
  if (a.country && b.country && a.country !== b.country) return { relation: 'other-country', detail: `${a.name} (${a.country}) vs ${b.name} (${b.country})` };
  if (a.kind === 'country' || b.kind === 'country') return { relation: 'unknown', detail: '' };
  if (a.id === b.id) return { relation: isSpot(a) ? 'same-spot' : 'same-admin1', detail: `both ${a.name}` };
  const km = a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null ? haversineKm(a.lat, a.lon, b.lat, b.lon) : null;
  const distance = km === null ? '' : ` ${Math.round(km)} km`;
  if (isSpot(a) && isSpot(b) && km !== null) {
    if (km <= policy.sameSpotKm) return { relation: 'same-spot', detail: `${a.name} – ${b.name}${distance}` };
    if (km <= policy.nearKm) return { relation: 'near', detail: `${a.name} – ${b.name}${distance}` };
  }
  if ((a.kind === 'region' || b.kind === 'region') && km !== null) {
    return km <= policy.regionKm
      ? { relation: 'region-covers', detail: `${a.name} – ${b.name}${distance}` }
      : { relation: 'other-admin1', detail: `${a.name} – ${b.name}${distance}, beyond the region` };
  }
  const adminA = adminOf(a);
  const adminB = adminOf(b);
  if (adminA && adminB) {
    return adminA === adminB
      ? { relation: 'same-admin1', detail: `${a.name} and ${b.name} both in ${adminA}` }
      : { relation: 'other-admin1', detail: `${a.name} (${adminA}) vs ${b.name} (${adminB})` };
  }
  return { relation: 'unknown', detail: '' };
}

// ---- words

/**
 * Headline similarity: the rarity of the shared words over the geometric mean of each side's
 * total rarity (a cosine over word sets weighted by rarity), 0 to 1. Common words weigh little on
 * either side, so two short headlines sharing "Quetta" and "suicide" score high, two sharing
 * only "Pakistan" and "killed" low.
 */
export function wordSimilarity(a: readonly string[], b: readonly string[], freq: WordFrequency): { similarity: number; shared: string[] } {
  const theirs = new Set(b);
  const shared = a.filter((w) => theirs.has(w));
  const mass = (ws: readonly string[]) => ws.reduce((s, w) => s + freq.rarity(w), 0);
  const denominator = Math.sqrt(mass(a) * mass(b));
  return { similarity: denominator === 0 ? 0 : Math.min(1, mass(shared) / denominator), shared };
}

function listWords(words: readonly string[], freq: WordFrequency): string {
  return words
    .map((w) => [w, freq.rarity(w)] as const)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([w, r]) => `${w} ${r.toFixed(2)}`)
    .join(', ');
}

const TYPE_ORDER: TypeRelation[] = ['same', 'follow-up', 'compatible', 'incompatible'];

/**
 * The features of `unit` against `story`, or null when every member comes from the unit's own
 * report (another event of one report is no evidence: it shares every word by construction).
 */
export function matchFeatures(unit: StoryUnit, story: StoryProfile, freq: WordFrequency, policy: MatchPolicy): Feature[] | null {
  const members = story.units.filter((m) => m.articleId !== unit.articleId);
  if (members.length === 0) return null;
  const out: Feature[] = [];
  const day = dayNumber(unit.day)!;
  const followUp = unit.cues.filter((c) => c === 'update' || c === 'aftermath');

  // Date: days from the story's first day; a follow-up headline may come days later.
  const gap = Math.abs(day - story.firstDay);
  const firstIso = members.reduce((f, m) => (m.day < f ? m.day : f), members[0].day);
  const dateDetail = `${gap} day(s) from the story's first day ${firstIso} (${unit.day}, ${unit.dayFrom})`;
  // A follow-up headline has its own decay with time: toll updates and aftermaths come days later.
  out.push(...steps('date', gap, DAY_STEPS, 'date', dateDetail, String));
  if (followUp.length > 0) out.push(...steps('follow-up&date', gap, [2, 5], 'date', `${followUp.join(', ')} headline`, String));
  if (gap >= 2 && Math.abs(day - story.lastDay) <= 1) out.push({ key: 'date:story-active', family: 'date', detail: 'the story had a report the day before or the same day' });

  // Place: the best agreement any member offers.
  if (unit.place) {
    let best: { relation: PlaceRelation; detail: string } | null = null;
    for (const m of members) {
      if (!m.place) continue;
      const r = placeRelation(unit.place, m.place, policy);
      if (r.relation === 'unknown') continue;
      if (!best || PLACE_ORDER.indexOf(r.relation) < PLACE_ORDER.indexOf(best.relation)) best = r;
    }
    if (best) out.push({ key: `place:${best.relation}`, family: 'place', detail: best.detail });
  }

  // Type: the closest relation to any member's type.
  if (unit.type) {
    let best: TypeRelation | null = null;
    let other = '';
    for (const m of members) {
      const r = typeRelation(unit.type, m.type);
      if (r === 'unknown') continue;
      if (best === null || TYPE_ORDER.indexOf(r) < TYPE_ORDER.indexOf(best)) [best, other] = [r, m.type!];
    }
    if (best) out.push({ key: `type:${best}`, family: 'type', detail: `${unit.type} and ${other}: ${best}` });
  }

  // Actors: a named actor any member shares; else only generic ones.
  const theirs = new Set(members.flatMap((m) => m.actors));
  const shared = unit.actors.filter((a) => theirs.has(a));
  const specific = shared.filter((a) => !a.includes(':'));
  if (specific.length > 0) out.push({ key: 'actors:specific', family: 'actors', detail: `both name ${specific.join(', ')}` });
  else if (shared.length > 0) out.push({ key: 'actors:generic', family: 'actors', detail: `both name generic ${shared.join(', ')}` });

  // Counts: the same figure of one kind, a close one, or only different ones.
  let counts: { key: string; detail: string; rank: number } | null = null;
  for (const c of unit.counts) {
    for (const m of members) {
      for (const d of m.counts) {
        if (d.kind !== c.kind) continue;
        const diff = Math.abs(c.value - d.value);
        const rank = diff === 0 ? 0 : diff <= Math.max(2, 0.3 * Math.max(c.value, d.value)) ? 1 : 2;
        if (!counts || rank < counts.rank) counts = { key: ['counts:equal', 'counts:close', 'counts:different'][rank], detail: `${c.kind} ${c.value} vs ${d.value}`, rank };
      }
    }
  }
  if (counts) out.push({ key: counts.key, family: 'counts', detail: counts.detail });
  const killed = unit.counts.find((c) => c.kind === 'killed');
  // A toll update above the story's largest figure, by no more than a rising toll plausibly grows.
  if (killed && followUp.includes('update') && story.maxKilled !== null && killed.value > story.maxKilled && killed.value <= 2 * story.maxKilled + 5) {
    out.push({ key: 'counts:toll-rises', family: 'counts', detail: `toll ${killed.value} after ${story.maxKilled}` });
  }

  // Words: the most alike member headline, and how much of the unit's headline the story's words
  // cover. Not for a round-up, whose headline names a programme, not an incident.
  const roundup = unit.cues.includes('roundup');
  let words = { similarity: 0, shared: [] as string[] };
  for (const m of members) {
    const w = wordSimilarity(unit.words, m.words, freq);
    if (w.similarity > words.similarity) words = w;
  }
  if (!roundup) out.push(...steps('words', words.similarity, SIMILARITY_STEPS, 'words', `similarity ${words.similarity.toFixed(2)}${words.shared.length ? `, shared ${listWords(words.shared, freq)}` : ''}`));
  const mass = unit.words.reduce((s, w) => s + freq.rarity(w), 0);
  if (mass > 0 && !roundup) {
    const covered = unit.words.filter((w) => story.words.has(w));
    const cover = covered.reduce((s, w) => s + freq.rarity(w), 0) / mass;
    out.push(...steps('cover', cover, COVER_STEPS, 'words', `the story's words cover ${Math.round(cover * 100)}% of the headline's weight`));
  }

  // Series: one publisher's headlines nearly alike on different days (a daily summary, a yearly list).
  for (const m of members) {
    if (m.published === unit.published || publisherKey(m.publisher) !== publisherKey(unit.publisher)) continue;
    const s = wordSimilarity(unit.words, m.words, freq).similarity;
    if (s >= policy.seriesSimilarity) {
      out.push({ key: 'series', family: 'series', detail: `${unit.publisher} on ${m.published} and ${unit.published}, headlines ${Math.round(s * 100)}% alike` });
      break;
    }
  }
  const samePublisherDay = members.find((m) => m.published === unit.published && publisherKey(m.publisher) === publisherKey(unit.publisher));
  if (samePublisherDay) out.push({ key: 'publisher:same-day', family: 'publisher', detail: `${unit.publisher} reported the story the same day` });

  // The story: its size and salience; the unit's own kind of report.
  out.push(...steps('story:size', story.reports, SIZE_STEPS, 'story', `${story.reports} report(s)`, String));
  if (story.maxKilled !== null && story.maxKilled >= SALIENT_KILLED) out.push({ key: 'story:salient', family: 'story', detail: `${story.maxKilled} killed` });
  if (unit.eventId === null) out.push({ key: 'report:no-event', family: 'report', detail: 'no event found in the report' });
  for (const c of unit.cues) out.push({ key: `report:${c}`, family: 'report', detail: `${c} headline` });
  return out;
}
