import type { EntityMention, PlaceEntry, Token } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { FEATURE_WORDS } from '../gazetteer/place-names.ts';
import { haversineKm } from '../gazetteer/geo.ts';

// "residents of Kulsary township in Zhylyoy district of Atyrau region protested": the scene
// preposition ("in") introduces the district, but the chain it closes began one name earlier,
// with the town. A settlement named as "<X> town/village/township in/of <Y>" and lying inside Y
// is the more specific place, and the event's.

const LINKS = new Set(['in', 'of']);
/** Before a name that ends a list or a route ("the X and Y areas in Z", "the X-Y highway in Z"): Z is the place. */
const LIST_OR_ROUTE = new Set(['and', 'or', ',', '-', '–', '—']);
/** Arabic articles joined by a hyphen ("As-Sanamayn", "Al-Omar") make no route. */
const ARTICLES = new Set(['al', 'as', 'ar', 'ad', 'ash', 'at', 'az', 'an', 'ath', 'el', 'ed', 'es', 'er', 'en', 'et', 'ez']);

/** The chain's inner member before `outer` ("X township in" outer), when it lies inside outer; else null. */
export function innerOfChain(toks: readonly Token[], places: readonly EntityMention[], outer: EntityMention, ctx: Context): EntityMention | null {
  let i = 0;
  while (i < toks.length && toks[i].end <= outer.start) i++;
  // toks[i] starts the outer place: walk back over "the", the link and the feature words.
  let k = i - 1;
  if (toks[k]?.lower === 'the') k--;
  if (!toks[k] || !LINKS.has(toks[k].lower)) return null;
  k--;
  let features = 0;
  while (k >= 0 && FEATURE_WORDS.has(toks[k].lower) && features < 2) {
    k--;
    features++;
  }
  if (features === 0 || k < 0) return null;
  const inner = places.find((p) => p.end === toks[k].end);
  if (!inner) return null;
  let first = k;
  while (first > 0 && toks[first - 1].end > inner.start) first--;
  if (first > 0 && LIST_OR_ROUTE.has(toks[first - 1].lower)) return null;
  if (isRoute(inner.alias)) return null;
  const a = ctx.places.get(inner.entity);
  const b = ctx.places.get(outer.entity);
  return a && b && inside(a, b, inner, outer) ? inner : null;
}

/**
 * "in North Waziristan's Datta Khel area", "in Peshawar's Hayatabad": a place written as the
 * possessor of the next place names that place's container; the possessed place, lying inside
 * it, is the more specific place and the event's. Null when no such place follows.
 */
export function innerAfterPossessive(toks: readonly Token[], places: readonly EntityMention[], outer: EntityMention, ctx: Context): EntityMention | null {
  let i = 0;
  while (i < toks.length && toks[i].end <= outer.end) i++;
  const s = toks[i];
  if (!s || (s.lower !== "'s" && s.lower !== '’s') || s.start !== outer.end) return null;
  const next = toks[i + 1];
  if (!next) return null;
  const inner = places.find((p) => p.start === next.start);
  if (!inner || isRoute(inner.alias)) return null;
  const a = ctx.places.get(inner.entity);
  const b = ctx.places.get(outer.entity);
  return a && b && inside(a, b, inner, outer) ? inner : null;
}

function inside(a: PlaceEntry, b: PlaceEntry, inner: EntityMention, outer: EntityMention): boolean {
  if (a.country === null || a.country !== b.country || a.id === b.id) return false;
  if (inner.unresolved) return a.id.includes(`:${outer.entity}:`);
  // An unknown district of a known province: the town is inside when it is in that province.
  if (outer.unresolved) return a.admin1 !== null && a.admin1 === b.admin1 && (b.kind === 'admin2' || b.kind === 'other');
  if (b.kind === 'admin1') return a.kind !== 'admin1' && a.admin1 === (b.admin1 ?? b.name);
  if (b.kind === 'admin2') return a.kind !== 'admin1' && a.kind !== 'admin2' && a.admin2 === (b.admin2 ?? b.name);
  if (b.kind === 'populated-place' && a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    return haversineKm(a.lat, a.lon, b.lat, b.lon) <= 25;
  }
  return false;
}

/** "Lashkar Gah-Kandahar", "Maimana-Andkhoy": a road named by the two places it joins. */
function isRoute(name: string): boolean {
  for (const m of name.matchAll(/(\p{L}+)\s?[-–—]\s?(?=\p{Lu})/gu)) if (!ARTICLES.has(m[1].toLowerCase())) return true;
  return false;
}
