// The word classes of the place scan: particles, prepositions, institution and facility words, road and compass words, words of control.

export const MAX_NAME_TOKENS = 8;
export const MAX_POSTINGS = 40;
/** The unit word after which a curated district closing a longer capitalised run is kept (unitBeforeItsWord). */
export const UNIT_AFTER_PLACE = new Set(['agency']);
/** The letters a curated district's name needs to close a longer run before "district" (unitBeforeItsWord). */
export const LONG_DISTRICT_NAME = 8;
/**
 * Words after "A-B" that make it a road between two towns. A border or crossing named by the
 * towns on its two sides is read as a road is: "the Chaman-Spin Boldak border crossing" is at Chaman.
 */
export const ROAD_WORDS = new Set(['road', 'highway', 'motorway', 'border', 'bypass']);
/** Words after a road that lead to the place it runs through. */
export const CONTAINER_LINKS = new Set(['in', 'of', ',', 'near']);
/** Bare compass words: in "(East)" after a name they qualify it. */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Lower-case words inside a place name ("Rio de Janeiro", "Deir ez Zor", "Dar-ul-Aman"). */
export const RUN_PARTICLES = new Set([
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'as', 'ad', 'an', 'los', 'las', 'og',
  'ash', 'at', 'ar', 'az', 'ath', 'adh', 'ud', 'ul', 'ur', 'us', 'ol', 'e', 'i', 'y', 'wa', 'va', 'o', 'u', 'ye',
  'ez', 'ed', 'es', 'et', 'er', 'ech', 'esh', 'bin', 'ibn', 'bani', 'sur', 'bei', 'zu', 'van', 'von', 'der', 'den',
  'ter', 'ten', 'op', 'aan', 'khel', 'kalay', 'kili', 'killi', 'sous', 'lès', 'les', 'lez', 'sul', 'im', 'am',
]);
/** The longest run particle or joining mark, in UTF-16 units. */
export const MAX_PARTICLE_LENGTH = Math.max(...[...RUN_PARTICLES].map((w) => w.length), 1);
/** Also allowed inside a GeoNames name, but they do not join capitalised words into one run. */
export const PARTICLES = new Set([...RUN_PARTICLES, 'of', 'on', 'upon', 'en', 'and', 'in']);
export const JOINING_PUNCT = new Set(['.', "'", '’', '‘', 'ʼ', '`']);
/** Capitalised words that may precede a place name in its run without being part of it. */
export const LEADING_IGNORABLE = new Set([
  'the', 'in', 'at', 'on', 'from', 'near', 'to', 'a', 'an', 'of', 'and', 'by', 'into', 'outside', 'inside', 'across',
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'greater', 'downtown',
  'rural', 'suburban', 'restive', 'neighbouring', 'neighboring', 'troubled', 'volatile', 'insurgency-hit', 'remote',
  'province', 'district', 'city', 'town', 'village', 'upper', 'lower',
]);
export const LOCATIVE_PREPS = new Set([
  'in', 'at', 'near', 'from', 'outside', 'inside', 'into', 'to', 'toward', 'towards', 'across', 'around', 'of',
  'within', 'along', 'between', 'through', 'throughout', 'outskirts', 'nearby', 'off', 'via', 'en', 'on',
]);
/** Words between a preposition and a name: "in the restive northwestern district of ...". */
export const PREP_GAP = new Set([
  'the', 'a', 'an', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'restive',
  'remote', 'volatile', 'troubled', 'neighbouring', 'neighboring', 'nearby', 'rural', 'downtown', 'suburban',
  'outskirts', 'vicinity', 'of', 'province', 'district', 'city', 'town', 'village', 'area', 'region', 'capital',
  'provincial', 'border', 'town’s', 'city’s', 'tribal', 'northwest', 'northeast', 'southwest', 'southeast',
  'north', 'south', 'east', 'west', 'upper', 'lower', 'old', 'new', 'greater', 'mountainous', 'border-town',
  'km', 'kilometres', 'kilometers', 'miles', 'mile',
]);
/** Words that make a capitalised run an institution, title or organisation rather than a place. */
export const NAMED_THINGS = new Set([
  'cocktail', 'cocktails',
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'rupee', 'rupees', 'yen', 'yuan', 'ruble', 'rubles',
  'rouble', 'roubles', 'dinar', 'dinars', 'peso', 'pesos', 'franc', 'francs', 'shilling', 'shillings', 'naira',
  'rand', 'cedi', 'kwacha', 'birr', 'lira', 'riyal', 'rial', 'taka', 'hryvnia', 'won', 'kyat',
]);
/**
 * "in Vittorio Veneto street, in Sondrio", "on Haifa street": a street named after a place is in
 * the town the note names, not at the place it is named after (a capitalised "Street" already
 * makes the run a street: NOT_PLACE_WORDS).
 */
export const STREET_WORDS = new Set(['street', 'avenue', 'boulevard', 'blvd']);
/**
 * "AVT Khyber News", "Balochistan Times", "Khyber TV", "Dawn News": a place name followed, in one
 * capitalised name, by one of these words is a broadcaster or a paper, named for the region it
 * serves; the place is no scene of the event (session 19, geoucdp18: "AVT Khyber News" put two
 * Karachi events in Khyber agency). Not "post" ("Matta Police Post") nor "express" (trains).
 */
export const MEDIA_WORDS = new Set(['news', 'times', 'tribune', 'radio', 'television', 'tv', 'channel', 'herald', 'gazette', 'chronicle', 'observer']);
/** "the hospital of Alencon", "the town hall of Auch": after these nouns "of" introduces where they are. */
export const FACILITY_OF = new Set([
  'hospital', 'school', 'university', 'college', 'prison', 'port', 'airport', 'hall', 'court', 'courthouse',
  'cathedral', 'mosque', 'church', 'station', 'market', 'prefecture', 'headquarters', 'centre', 'center',
  'square', 'streets', 'municipality', 'commune', 'suburbs',
]);
/** Verbs whose object right after them is often a town: "Russian forces shelled Sumy", "police raided Jalalpur". */
export const PLACE_OBJECT_VERBS = new Set([
  'shelled', 'bombed', 'bombarded', 'attacked', 'raided', 'stormed', 'captured', 'recaptured', 'seized', 'overran', 'besieged',
  'struck', 'targeted', 'entered', 'liberated', 'occupied', 'encircled', 'shelling', 'bombing', 'attacking', 'storming',
]);
/**
 * Two words after a name that make it a police or army post's name, as Pakistani reports write
 * them ("Matta police station", "Gomal Police Station", "Pungai check post"): the post stands in
 * the place, so the pair is the name's feature words like "checkpoint" is.
 */
export const FACILITY_PAIRS = new Set(['police station', 'police post', 'police checkpost', 'police checkpoint', 'check post', 'security post', 'army camp', 'army post']);
export const NOT_PLACE_WORDS = new Set([
  'school', 'university', 'college', 'academy', 'hospital', 'clinic', 'mosque', 'church', 'temple', 'shrine',
  'madrassa', 'madrasa', 'seminary', 'ministry', 'council', 'committee', 'commission', 'court', 'police', 'army',
  'forces', 'force', 'party', 'bank', 'hotel', 'club', 'office', 'department', 'company', 'corporation', 'agency’s',
  'government', 'president', 'minister', 'governor', 'general', 'commander', 'chief', 'mr', 'mrs', 'dr', 'haji', 'republic',
  'mullah', 'maulvi', 'maulana', 'mawlawi', 'sheikh', 'qari', 'hafiz', 'sardar', 'malik', 'taliban', 'front',
  'movement', 'brigade', 'battalion', 'regiment', 'organization', 'organisation', 'association', 'union', 'network',
  'group', 'state', 'islamic', 'national', 'international', 'united', 'news', 'times', 'post', 'press', 'radio',
  'television', 'tv', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'stadium', 'prison', 'jail', 'station', 'headquarters', 'embassy', 'consulate', 'parliament', 'assembly',
  'high', 'primary', 'secondary', 'girls', 'boys', 'institute', 'center', 'centre', 'market', 'bazaar', 'hall',
  'st', 'street', 'avenue', 'ave', 'boulevard', 'blvd', 'square', 'bridge', 'airport', 'airlines', 'airways',
  'restaurant', 'cafe', 'company', 'ltd', 'inc', 'mawlavi', 'mawlawi', 'maulawi', 'mullah', 'commissioner',
  'secretary', 'spokesman', 'spokesperson', 'officer', 'mayor', 'senator', 'deputy', 'member', 'leader', 'prince',
  'king', 'queen', 'lord', 'saint', 'st.', 'brigades', 'corps', 'marine', 'marines', 'guard', 'guards',
  // Pakistan's paramilitary forces and a town's facilities, as its reports name them after the
  // town ("Panjgur FC camp", "Zhob Militia headquarters", "Jamrud Fort", "Quetta Bus Terminal"). Not
  // "stand" ("Stand With Ukraine" is a slogan) or "mills" ("Labarana Rice Mills area" is a part of a town).
  'fc', 'levies', 'scouts', 'militia', 'rangers', 'fort', 'terminal',
]);

/** Words after which an unknown run may be a town spelt another way (PlaceScanner.opensScene). */
export const TOWN_SPELLING_PREPS = new Set(['in', 'at', 'near']);

/** The second half of "Pakistan-ruled", "Taliban-held", "Russian-occupied": who holds the place named next. */
const CONTROL_WORDS = new Set(['ruled', 'administered', 'controlled', 'held', 'occupied', 'governed', 'annexed', 'dominated']);

/**
 * "the Pakistan-ruled Neelum valley", "Taliban-held Musa Qala": a capitalised compound ending in
 * a word of control says who holds the place that follows and is no part of its name; counted
 * as a capitalised word, it glued itself to the name ("Pakistan-ruled Neelum"), which then
 * matched nothing.
 */
export function controlModifier(lower: string): boolean {
  const dash = lower.lastIndexOf('-');
  return dash > 0 && CONTROL_WORDS.has(lower.slice(dash + 1));
}
