// Watch rules: what an analyst wants to be told about. A rule is a filter over the events of a
// story (actor, type, place and radius, minimum counts, certainty) plus one over the story
// itself (minimum independent sources). The request form (WatchInput) takes names as people
// write them; resolveWatch turns it into a WatchRule of gazetteer ids and coordinates, which is
// what the store keeps and matching reads, so a rule means the same thing however the
// gazetteers change later.

import { z } from '@hono/zod-openapi';
import { loadActorGazetteer, resolveActorName } from '../gazetteer/actors.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import { CorroborateError } from '../model/errors.ts';
import type { Certainty } from '../model/types.ts';
import { DEFAULT_WITHIN_KM, parseDistance } from '../store/event-query.ts';
import { checkUrlShape } from './url-guard.ts';

export const CERTAINTIES: readonly Certainty[] = ['asserted', 'hedged', 'predicted', 'speculative', 'denied'];

/** A rule as stored: ids and numbers only. Every field but `name` is optional; absent means "any". */
export interface WatchRule {
  /** Canonical actor ids (any of, in any role); an event of one of their units matches too. */
  actors?: Array<{ id: string; name: string }>;
  /** Event types (any of). */
  types?: string[];
  /** Events located within `km` of a point; `name` is what the person typed, when a place. */
  near?: { lat: number; lon: number; km: number; name: string | null };
  /** Every one must hold for the same event: a count of this kind of at least `min`. */
  minCounts?: Array<{ kind: string; min: number }>;
  /** The story has at least this many independent sources. */
  minSources?: number;
  /** The event's certainty (its claim's) is one of these. */
  certainty?: Certainty[];
}

export interface WatchRecord {
  id: string;
  name: string;
  rule: WatchRule;
  webhook: string | null;
  createdAt: string;
}

const NAME_MAX = 200;

export const WatchInput = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(NAME_MAX, `must be at most ${NAME_MAX} characters`).openapi({ example: 'Releases by the Afghan Taliban' }),
    actors: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .min(1, 'give at least one actor, or leave "actors" out')
      .max(20)
      .optional()
      .openapi({ description: 'Actor ids or names, resolved as `corroborate actors` does (any of them, any role).', example: ['Afghan Taliban'] }),
    types: z
      .array(z.string().trim().min(1))
      .min(1, 'give at least one type, or leave "types" out')
      .max(50)
      .optional()
      .openapi({ description: 'Event types (docs/taxonomy.md), any of them.', example: ['prisoner-release'] }),
    near: z
      .object({
        place: z.string().trim().min(1).optional().openapi({ description: 'A gazetteer place name, resolved as `corroborate places` does.', example: 'Peshawar' }),
        lat: z.number().min(-90).max(90).optional(),
        lon: z.number().min(-180).max(180).optional(),
        within: z.union([z.string(), z.number().positive()]).optional().openapi({ description: 'Radius: "50km" (default), "30mi", "500m", or a number of km.' }),
      })
      .strict()
      .superRefine((n, ctx) => {
        const byPlace = n.place !== undefined;
        const byPoint = n.lat !== undefined || n.lon !== undefined;
        if (byPlace === byPoint) ctx.addIssue({ code: 'custom', path: [], message: 'give either "place" or both "lat" and "lon"' });
        else if (byPoint && (n.lat === undefined || n.lon === undefined)) ctx.addIssue({ code: 'custom', path: [n.lat === undefined ? 'lat' : 'lon'], message: 'give both "lat" and "lon"' });
      })
      .optional(),
    minCounts: z
      .array(
        z
          .object({
            kind: z.string().regex(/^[a-z][a-z-]*$/, 'must be a count kind such as "killed" or "released"'),
            min: z.number().int('must be a whole number').min(1, 'must be at least 1'),
          })
          .strict(),
      )
      .max(10)
      .optional()
      .openapi({ description: 'Counts the same event must reach, e.g. [{ "kind": "released", "min": 1000 }].' }),
    minSources: z.number().int('must be a whole number').min(1, 'must be at least 1').optional().openapi({ description: 'The story has at least this many independent sources.' }),
    certainty: z
      .array(z.enum(CERTAINTIES as [Certainty, ...Certainty[]]))
      .min(1)
      .optional()
      .openapi({ description: 'The event\'s certainty (that of the claim it came from) is one of these; "at most hedged" is ["asserted", "hedged"].' }),
    webhook: z.string().max(2000).nullable().optional().openapi({ description: 'An http(s) URL the alerts are POSTed to. Private, loopback and link-local addresses are refused unless the server allows them.' }),
  })
  .strict()
  .openapi('WatchInput');

export type WatchInputBody = z.infer<typeof WatchInput>;

/**
 * The rule a request asks for, with names resolved through the gazetteers. Errors name the field
 * (`actors[0]: "..." is no actor we know`); `webhook` is checked for its shape only here (the
 * address check, which resolves the host, is the caller's: checkPublicUrl).
 */
export function resolveWatch(input: WatchInputBody): { name: string; rule: WatchRule; webhook: string | null } {
  const rule: WatchRule = {};
  if (input.actors) {
    const g = loadActorGazetteer();
    const seen = new Map<string, string>();
    input.actors.forEach((name, i) => {
      const direct = g.get(name) ? name : resolveActorName(g, name).id;
      if (!direct) throw bad(`actors[${i}]: "${name}" is no actor we know (try: corroborate actors "${name}")`);
      const id = g.canonical(direct);
      if (!seen.has(id)) seen.set(id, g.get(id)?.name ?? name);
    });
    rule.actors = [...seen].map(([id, name]) => ({ id, name }));
  }
  if (input.types) {
    const known = Object.keys(readDataJson<{ types: Record<string, unknown> }>('events.json').types);
    input.types.forEach((t, i) => {
      if (!known.includes(t)) throw bad(`types[${i}]: "${t}" is no event type; use one of: ${known.join(', ')}`);
    });
    rule.types = [...new Set(input.types)];
  }
  if (input.near) {
    const n = input.near;
    let km = DEFAULT_WITHIN_KM;
    if (typeof n.within === 'number') km = n.within;
    else if (n.within !== undefined) {
      try {
        km = parseDistance(n.within);
      } catch {
        throw bad(`near.within: "${n.within}" is not a distance such as 50km, 30mi or 500m`);
      }
    }
    if (n.place !== undefined) {
      const g = loadPlaceGazetteer();
      const explained = g.explain(n.place);
      const picked = explained.mentions[0]?.place ?? explained.candidates[0];
      if (!picked || picked.lat === null || picked.lon === null) throw bad(`near.place: "${n.place}" is no place we can locate (try: corroborate places "${n.place}")`);
      rule.near = { lat: picked.lat, lon: picked.lon, km, name: n.place };
    } else {
      rule.near = { lat: n.lat!, lon: n.lon!, km, name: null };
    }
  }
  if (input.minCounts?.length) rule.minCounts = input.minCounts.map((c) => ({ kind: c.kind, min: c.min }));
  if (input.minSources !== undefined) rule.minSources = input.minSources;
  if (input.certainty) rule.certainty = CERTAINTIES.filter((c) => input.certainty!.includes(c));
  const webhook = input.webhook === undefined || input.webhook === null || input.webhook.trim() === '' ? null : input.webhook.trim();
  if (webhook !== null) checkUrlShape(webhook, 'webhook');
  return { name: input.name, rule, webhook };
}

/** A one-line description of a rule, for lists. */
export function describeRule(rule: WatchRule): string {
  const parts: string[] = [];
  if (rule.types) parts.push(rule.types.join(' or '));
  else parts.push('any event');
  if (rule.actors) parts.push(`by/with ${rule.actors.map((a) => a.name).join(' or ')}`);
  if (rule.near) parts.push(`within ${round(rule.near.km)} km of ${rule.near.name ?? `${rule.near.lat},${rule.near.lon}`}`);
  for (const c of rule.minCounts ?? []) parts.push(`${c.kind} >= ${c.min}`);
  if (rule.certainty) parts.push(`certainty ${rule.certainty.join('/')}`);
  if (rule.minSources) parts.push(`${rule.minSources}+ independent sources`);
  return parts.join(', ');
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function bad(message: string): CorroborateError {
  return new CorroborateError('E_BAD_OPTION', message);
}
