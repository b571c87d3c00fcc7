import type { PlaceIndex } from './place-index.ts';
import type { ScanToken } from './place-scan.ts';
import type { Resolution } from './disambiguate-types.ts';

// (Session 24, news70) "in Peshawar's Kohat Road area", "on Kohat Road in Peshawar", "the Kohat
// Road area of Peshawar": a town's name before "Road", "Bazaar" or "Chowk", in a town the text
// names as its container, is a street or a market of that town (named for the town it leads to),
// not the town. With no container stated ("on Kohat Road") the name is left as it is: the road
// may be outside any town. A district or agency as the container says nothing of the kind ("Landi
// Kotal Bazaar in Khyber Agency" is the bazaar of Landi Kotal), so only a town holds the street.
// ("Street", "Avenue" already make any name before them no place: place-scan-words' STREET_WORDS.)

const STREET_OF_TOWN_WORDS = new Set(['road', 'bazaar', 'bazar', 'chowk']);
/** "X's T Road": the possessive between the town and the street's name. */
const POSSESSIVE_BETWEEN = /^['’]s\s+$/;
/** "T Road in X", "T Road area of X", "T Chowk in the city of X". */
const CONTAINER_AFTER = /^\s+(?:(?:area|locality|neighbourhood|neighborhood)\s+)?(?:of|in)\s+(?:(?:the\s+)?(?:city|town)\s+of\s+)?$/i;

/**
 * The resolutions without the towns that name a street of another town named as its container
 * (see above); `tokens` the scan's, `index` the gazetteer.
 */
export function withoutStreetTowns(text: string, tokens: readonly ScanToken[], index: PlaceIndex, list: Resolution[]): Resolution[] {
  let out: Resolution[] | null = null;
  for (const r of list) {
    const word = tokens[r.segment.last + 1];
    if (!word || !STREET_OF_TOWN_WORDS.has(word.lower) || !/^\p{Lu}/u.test(text.slice(word.start, word.end)) || word.sentence !== tokens[r.segment.last].sentence) continue;
    const town = (c: Resolution) => c !== r && c.entry >= 0 && c.entry !== r.entry && index.kind(c.entry) === 'populated-place';
    const held = list.some((c) => town(c) && (
      (c.segment.end <= r.segment.start && POSSESSIVE_BETWEEN.test(text.slice(c.segment.end, r.segment.start))) ||
      (c.segment.start >= word.end && CONTAINER_AFTER.test(text.slice(word.end, c.segment.start)))));
    if (!held) continue;
    (out ??= [...list]).splice(out.indexOf(r), 1);
  }
  return out ?? list;
}
