import type { EntityMention, Token } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { haversineKm } from '../gazetteer/geo.ts';

// Event-data notes name a part of a city after the city and a dash: "in Johannesburg - Ivory
// Park (City of Johannesburg, Gauteng)", "Cape Town - Khayelitsha", "London - Hillingdon" (ACLED's
// "City - District" locations). The event is in that part, which can lie 20-30 km from the city's
// point: when the part is a place we know near the city, it is the event's place.

const DASHES = new Set(['-', '–', '—']);
/** How far from the city's point a part of it may lie. */
const PART_KM = 60;

/** The place named after "<city> - ", when it is a known place near that city; else null. */
export function cityDistrict(toks: readonly Token[], places: readonly EntityMention[], city: EntityMention, ctx: Context): EntityMention | null {
  let i = 0;
  while (i < toks.length && toks[i].end <= city.end) i++;
  const dash = toks[i];
  const after = toks[i + 1];
  if (!dash || !after || !DASHES.has(dash.lower) || dash.start === city.end || after.start === dash.end) return null;
  const part = places.find((p) => p.start === after.start);
  if (!part || part.unresolved) return null;
  const c = ctx.places.get(city.entity);
  const d = ctx.places.get(part.entity);
  if (!c || !d || c.kind !== 'populated-place' || c.lat === null || c.lon === null || d.lat === null || d.lon === null) return null;
  if (d.kind === 'country' || d.kind === 'admin1' || d.country !== c.country) return null;
  return haversineKm(c.lat, c.lon, d.lat, d.lon) <= PART_KM ? part : null;
}
