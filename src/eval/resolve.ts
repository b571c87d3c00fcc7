import { loadActorGazetteer, resolveActorName } from '../gazetteer/actors.ts';
import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import { nameKey } from './metrics.ts';

// Gold values are names ("Khorasan Chapter of the Islamic State", "Khyber Pakhtunkhwa"); ours
// are gazetteer ids. Both sides are compared through the gazetteers, so a variant spelling on
// either side still matches.

const actorCache = new Map<string, string | null>();

/**
 * The canonical actor id a gold actor name resolves to, or null: "Police Forces of Pakistan
 * (2018-)" → pakistan-police, "Protesters (India)" → protesters:IN, "Taliban" → afghan-taliban.
 * Units fold into the actor ACLED codes them under; `date` settles names whose holder changed
 * (Afghanistan's forces before and after August 2021) when the name carries no period itself.
 * `recordCountry` (the record's own country column) places a generic name that names no country
 * ("Unidentified Gang and/or Police Militia" in a Brazilian record).
 */
export function actorIdForName(name: string, date: string | null = null, recordCountry: string | null = null): string | null {
  const key = `${name.trim()}|${date ?? ''}|${recordCountry ?? ''}`;
  if (actorCache.has(key)) return actorCache.get(key)!;
  const id = resolveActorName(loadActorGazetteer(), name, date, recordCountry).id;
  actorCache.set(key, id);
  return id;
}

/** ISO alpha-2 of a country name ("Afghanistan" → "AF"), or null. */
export function countryCode(name: string): string | null {
  const c = loadPlaceGazetteer().candidates(name).find((p) => p.kind === 'country');
  return c?.country ?? null;
}

/** True when two admin or place names denote the same place (spelling variants allowed). */
export function samePlaceName(gold: string, ours: string | null | undefined): boolean {
  if (!ours) return false;
  const a = nameKey(gold).replace(/\b(province|district|city|region|state|division|governorate|oblast)\b/g, '').trim();
  const b = nameKey(ours).replace(/\b(province|district|city|region|state|division|governorate|oblast)\b/g, '').trim();
  if (a === b) return true;
  const g = loadPlaceGazetteer();
  const ids = new Set(g.candidates(gold).map((p) => p.id));
  return g.candidates(ours).some((p) => ids.has(p.id));
}
