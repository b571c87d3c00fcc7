// Does a story satisfy a watch rule? The story-level condition (independent sources) is checked
// on the story; every event-level condition must hold for one and the same event of the story
// (a release of 3,200 by the Afghan Taliban, not a release by someone and 3,200 of something
// else). The event a match reports is the triggering article's own when it has one that
// matches, so the alert shows what the new report says; else the story's earliest matching one.

import { haversineKm } from '../gazetteer/geo.ts';
import type { WatchRule } from './rule.ts';

export interface MatchableEvent {
  articleId: string;
  eventId: string;
  type: string;
  placeName: string | null;
  lat: number | null;
  lon: number | null;
  /** The certainty of the claim the event came from; null when it came from none. */
  certainty: string | null;
  counts: Array<{ kind: string; value: number }>;
  /** Actor ids of the event, any role. */
  actors: string[];
}

export interface MatchableStory {
  independentSources: number;
}

/** `canonical` maps a unit's actor id to the actor it belongs to (the actor gazetteer's). */
export function eventMatches(rule: WatchRule, e: MatchableEvent, canonical: (id: string) => string): boolean {
  if (rule.types && !rule.types.includes(e.type)) return false;
  if (rule.actors) {
    const wanted = new Set(rule.actors.map((a) => a.id));
    if (!e.actors.some((a) => wanted.has(a) || wanted.has(canonical(a)))) return false;
  }
  if (rule.near) {
    if (e.lat === null || e.lon === null) return false;
    if (haversineKm(rule.near.lat, rule.near.lon, e.lat, e.lon) > rule.near.km) return false;
  }
  for (const c of rule.minCounts ?? []) {
    if (!e.counts.some((x) => x.kind === c.kind && x.value >= c.min)) return false;
  }
  if (rule.certainty && (e.certainty === null || !(rule.certainty as string[]).includes(e.certainty))) return false;
  return true;
}

/** The event the match rests on, or null when the story does not match. `events` in story order. */
export function matchStory(
  rule: WatchRule,
  story: MatchableStory,
  events: readonly MatchableEvent[],
  triggeringArticle: string,
  canonical: (id: string) => string,
): MatchableEvent | null {
  if (rule.minSources !== undefined && story.independentSources < rule.minSources) return null;
  let first: MatchableEvent | null = null;
  for (const e of events) {
    if (!eventMatches(rule, e, canonical)) continue;
    if (e.articleId === triggeringArticle) return e;
    first ??= e;
  }
  return first;
}
