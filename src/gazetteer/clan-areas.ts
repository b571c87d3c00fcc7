// Pashto place words. In reporting from Pakistan's north-west a village or area is very often
// named after the clan that holds it ("Watta Khel", "Kotakhel") or by a Pashto word for what it
// is: a hamlet of the nomads' seasonal camps ("Kharhy Mela"), a peak ("Litta Sar"), a pass
// ("Lahgar Narai"), a stream ("Shin Algad"), a village ("Zawoon Kallay"), a valley ("Khwai
// Darra"), a hill ("Tor Ghundai"), or ends like a clan or a locality ("Behranzai", "Ormegai"),
// or opens with a colour or size word ("Speen Qabar", "Tor Kanra", "Stara Kada"). The gazetteer knows the large ones; an unknown one still says
// where a text about Pakistan is set: in the tribal belt along the Afghan border, or more broadly
// the north-west (docs/evaluation.md, ucdp, session 7).

/**
 * The evidence words of the places disambiguate.ts only guesses in a text about Pakistan (a clan
 * name, a Pashto place word, an unknown "X area", a bare compass word): a prior for where such
 * places usually are, not a reading of the name. Story units leave such places out.
 */
export const GUESS_EVIDENCE = {
  clanName: 'pashtun-clan-name',
  placeWord: 'pashto-place-word',
  balochWord: 'baloch-place-word',
  unknownArea: 'unknown-area-pakistan',
  compassWord: 'bare-compass-word',
  ceasefireCue: 'ceasefire-line-cue',
  afghanBorderCue: 'afghan-border-cue',
} as const;

/**
 * Words that set a report on Pakistan's ceasefire lines with India (the Line of Control in
 * Kashmir and the Working Boundary of Sialkot): "ceasefire violations", "cross-border firing",
 * "unprovoked shelling", "Indian firing". Of the 15 half-A and where-only UCDP rows that name
 * such firing, the Line of Control or the Working Boundary, all lie within 161 km of Nakyal
 * (Kotli), between the Neelum valley and Sialkot's border villages.
 */
export const CEASEFIRE_CUE = /\b(?:cease-?fire violations?|(?:cross-border|unprovoked|indiscriminate) (?:firing|shelling)|Indian (?:firing|shelling|mortar fire))\b/i;

/**
 * Words that set a report on Pakistan's border with Afghanistan: "near the Afghan border",
 * "close to Afghan border" (a text that names Afghanistan itself is about two countries, and
 * "Pak-Afghan border" is the curated Durand Line). All 17 where-only UCDP rows that place an
 * event by that border lie in the former tribal areas (North and South Waziristan, Kurram, Mohmand).
 */
export const AFGHAN_BORDER_CUE = /\bAfghan border\b/i;

/**
 * Where an unknown name of that form is placed: the former tribal areas, the wider north-west,
 * or (a Balochi word, or the "Killi" of Balochistan's Pashtun belt) the south-west.
 */
export type PashtoArea = 'tribal-areas' | 'north-west' | 'south-west';

const CLAN = /^(?:[a-z]{2,})?(?:khel|kheil|khail)$/;
/** Words that close a name in the tribal belt (clans, seasonal camps, peaks, passes, streams). */
const TRIBAL_WORDS = new Set(['mela', 'mella', 'sar', 'narai', 'algad', 'ghar', 'khwar', 'wam']);
/**
 * Pashto colour and size words that open a name ("Speen Qabar", "Tor Kanra", "Sheen Kamar",
 * "Stara Kada"): white, black, green, red, big. Of the 29 half-A and where-only rows whose
 * location opens so, 26 are in the former tribal areas and all 29 within 161 km of their middle.
 */
const TRIBAL_FIRST_WORDS = new Set(['speen', 'spin', 'speena', 'sheen', 'sheena', 'tor', 'sra', 'stara']);
/** Words for a village, valley, pass, hill or gorge, used across the Pashto-speaking north-west. */
const NORTH_WEST_WORDS = new Set([
  'kalay', 'kallay', 'killay', 'kille', 'kalle', 'kaley', 'kellay', 'kaly', 'darra', 'dara', 'kada', 'kadda',
  'kandao', 'kandaw', 'ghundai', 'tangi', 'banda', 'bandai',
]);
/**
 * Balochi words that close a name in Balochistan: a mountain ("Zain Koh"), a seasonal stream
 * ("Kech Kaur"), and "Wadh" of the Marri and Bugti hills ("Dohi Wadh"). Of the 15 half-A and
 * where-only rows whose location closes in Wadh or Koh, all 15 are in Balochistan.
 */
const SOUTH_WEST_WORDS = new Set(['wadh', 'koh', 'kaur']);
/**
 * Words that open a name there: "Killi" (a village, as Balochistan's Pashtun districts write it:
 * "Killi Pir Ismail", "Killi Bangulzai"; the north-west closes a name with it instead) and
 * "Dasht" (a plain). All 5 seen rows whose location opens so are in Balochistan.
 */
const SOUTH_WEST_FIRST_WORDS = new Set(['killi', 'kili', 'dasht']);
/** Endings of one-word names in the north-west: a clan's descendants ("Behranzai"), a locality ("Ormegai", "Dombakai"). */
const NORTH_WEST_ENDING = /^[a-z]{3,}(?:zai|gai|kai)$/;

/**
 * The area a name key ("watta khel", "kotakhel", "litta sar", "zawoon kallay") points to by its
 * last word, or null: a clan word ("khel", also "kheil", "khail") after another word or closing
 * a longer word; the other words only after a word of the name's own.
 */
export function pashtoArea(key: string): PashtoArea | null {
  // The key's first and last words as split(' ') gives them, without the array of every word.
  const space = key.lastIndexOf(' ');
  const last = space < 0 ? key : key.slice(space + 1);
  if (CLAN.test(last)) return last.length > 5 || space >= 0 ? 'tribal-areas' : null;
  if (NORTH_WEST_ENDING.test(last)) return 'north-west';
  if (space < 0) return null;
  if (TRIBAL_WORDS.has(last)) return 'tribal-areas';
  if (NORTH_WEST_WORDS.has(last)) return 'north-west';
  const first = key.slice(0, key.indexOf(' '));
  if (TRIBAL_FIRST_WORDS.has(first)) return 'tribal-areas';
  if (SOUTH_WEST_WORDS.has(last) || SOUTH_WEST_FIRST_WORDS.has(first)) return 'south-west';
  return null;
}

/** True when a name key ends in a Pashtun clan word ("watta khel", "kotakhel"). */
export function isClanName(key: string): boolean {
  const pieces = key.split(' ');
  const last = pieces[pieces.length - 1];
  return CLAN.test(last) && (last.length > 5 || pieces.length >= 2);
}
