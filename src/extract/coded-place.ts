import type { EntityMention, Token } from '../model/types.ts';

// Event data notes say outright where they put an event whose own place is vague or unknown:
// "in the Malwa region coded as Bathinda", "in Piedras Blancas [coded to Castrillon]", "Unknown
// location coded as Al Arish". The place such a phrase names is where the event is placed, over
// any other place of the sentence. "(fatalities coded to Talakivka event)" and "(coded as
// National Resistance Forces)" name a count's or an actor's coding, not a place.

const CODED_LINK = new Set(['to', 'as', 'in']);

/** The place a "coded to/as X" phrase of these tokens names, or null. */
export function codedPlace(toks: readonly Token[], places: readonly EntityMention[]): EntityMention | null {
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].lower !== 'coded' || !CODED_LINK.has(toks[i + 1].lower)) continue;
    if (toks[i - 1]?.lower === 'fatalities') continue;
    // "coded to the capital Manama", "coded to woreda capital, Gambela town", "coded to the town
    // of X": a few words may name the kind of place before its name.
    for (let j = i + 2; j < Math.min(toks.length, i + 7); j++) {
      const at = toks[j];
      const p = places.find((x) => x.start === at.start);
      if (p) return p;
      if (!/^(?:[a-z]+|,)$/.test(at.lower)) break;
    }
  }
  return null;
}
