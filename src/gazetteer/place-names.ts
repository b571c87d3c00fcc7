// How place names are compared: one key function for gazetteer names (at build time) and for
// text (at run time), so "Mazār-e Sharīf", "Mazar-i-Sharif" and "Mazar e Sharif" meet on the
// same key. The key folds case and diacritics, splits at hyphens, drops apostrophes and the
// Persian ezafe connector ("Sar-e Pol" = "Sar Pol"), which news spells every which way.

import { tokenize } from '../recognize/tokenize.ts';

const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ß: 'ss',
  æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', ħ: 'h', Ħ: 'h', ŧ: 't', ŀ: 'l', ĸ: 'k',
};
const SPECIAL = /[łŁøØđĐðÐþÞßæÆœŒıħĦŧŀĸ]/g;
const APOSTROPHES = /['’‘ʼʻ`´ʿʾ]/g;
const MARKS = /\p{M}/gu;
const INNER_APOSTROPHE = /(?<=[\p{L}\p{M}])['’‘ʼʻ`´ʿʾ](?=\p{L})/gu;
/** Apostrophe-like marks that the text tokenizer leaves as tokens of their own. */
export const APOSTROPHE_TOKENS = new Set(["'", '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʿ', 'ʾ']);
const NON_ASCII = /[^\x00-\x7f]/;

/** Ezafe and similar one-letter connectors that spellings keep or drop between two words. */
const CONNECTORS = new Set(['e', 'i', 'ye', 'y', 'u', 'o']);

/** Lower-cased, diacritic-free, apostrophe-free form of one word or phrase. */
export function foldWord(s: string): string {
  let out = s.toLowerCase();
  if (NON_ASCII.test(out)) {
    out = out.replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c).normalize('NFD').replace(MARKS, '');
  }
  return out.replace(APOSTROPHES, '');
}

/** The pieces a word contributes to a key: folded, split at hyphens and dots between letters. */
export function keyPieces(word: string): string[] {
  const f = foldWord(word);
  if (!/[-.]/.test(f)) return f.length > 0 ? [f] : [];
  return f.split(/[-.]+/).filter((p) => p.length > 0);
}

/** Direction words folded in keys: "Western Darfur" = "West Darfur", "Nord-Kivu" = "North Kivu". */
export const KEY_DIRECTIONS: Record<string, string> = {
  northern: 'north', southern: 'south', eastern: 'east', western: 'west', nord: 'north', sud: 'south',
  ouest: 'west', est: 'east', extreme: 'far',
};

/** Arabic articles, kept or dropped by different spellings ("Ar Raqqa", "Raqqa", "Dar-ul-Aman"). */
export const ARTICLES = new Set(['al', 'ar', 'ash', 'ad', 'az', 'ath', 'adh', 'ul', 'ud', 'ur', 'ud']);

/**
 * Joins the pieces of consecutive words into a key, dropping connectors after the first piece
 * and articles before another piece.
 */
export function joinKey(pieces: readonly string[]): string {
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (i > 0 && CONNECTORS.has(p)) continue;
    if (i < pieces.length - 1 && ARTICLES.has(p)) continue;
    out = out ? `${out} ${p}` : p;
  }
  return out;
}

/** Punctuation inside a name: a comma is part of the key, these are skipped, anything else ends it. */
export const SKIPPED_PUNCT = new Set(['.', "'", '’', '‘', 'ʼ', '`', '´', '&']);

/** The matching key of a whole name ("Pul-e ‘Alam" → "pul alam"), cut by the text tokenizer. */
export function nameKey(name: string): string {
  const pieces: string[] = [];
  // "Ma‘rūf", "Qal'ah": an apostrophe between letters joins them.
  for (const t of tokenize(name.replace(INNER_APOSTROPHE, ''))) {
    if (/[\p{L}\p{N}]/u.test(t.lower)) for (const p of keyPieces(t.lower)) pieces.push(KEY_DIRECTIONS[p] ?? p);
    else if (t.lower === ',') pieces.push(',');
  }
  while (pieces[pieces.length - 1] === ',') pieces.pop();
  return joinKey(pieces);
}

const DIRECTION_WORDS: Record<string, string> = {
  nord: 'north', norte: 'north', sud: 'south', sur: 'south', est: 'east', este: 'east', ouest: 'west',
  oeste: 'west', centre: 'central', centro: 'central', center: 'central', extreme: 'far', haut: 'upper',
  haute: 'upper', alto: 'upper', bas: 'lower', basse: 'lower', bajo: 'lower', oriental: 'east', occidental: 'west',
  septentrional: 'north', meridional: 'south', northern: 'north', southern: 'south', eastern: 'east',
  western: 'west',
};

/** A name with direction words in one language ("Nord-Kivu" → "north kivu", "Extreme-Nord" → "far north"). */
export function looseName(name: string): string {
  return nameKey(name)
    .split(' ')
    .map((w) => DIRECTION_WORDS[w] ?? w)
    .join(' ');
}

/**
 * A looser key for spelling variants inside a known container: letters only, vowels and
 * doubled letters collapsed ("Baghlani Jadid" and "Baghlān-e Jadīd" both → "bghlnjdd").
 */
export function skeletonKey(name: string): string {
  return skeletonOfKey(nameKey(name));
}

/** skeletonKey of a string that is already a name key. */
export function skeletonOfKey(key: string): string {
  const letters = key.replace(/[^a-z0-9]/g, '');
  if (letters.length === 0) return '';
  const head = letters[0];
  const rest = letters
    .slice(1)
    .replace(/[aeiouyw]/g, '')
    .replace(/h/g, '')
    .replace(/q/g, 'k')
    .replace(/(.)\1+/g, '$1');
  return (/[aeiouy]/.test(head) ? 'a' : head) + rest;
}

/**
 * Edit distance where two neighbouring letters swapped count as one edit ("Balochsitan",
 * "Pakthunkhwa"): optimal string alignment, bounded like boundedEditDistance.
 */
export function swapEditDistance(a: string, b: string, max: number): number {
  return editDistance(a, b, max, true);
}

/** Edit distance, bounded: returns max + 1 as soon as the distance must exceed max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  return editDistance(a, b, max, false);
}

/**
 * Levenshtein distance row by row, with a swap of neighbours as one edit when `swaps`; max + 1 as
 * soon as a whole row exceeds max. (A swap's value, two rows back plus one, is never below the
 * smallest value of the row between, so a row past max still ends the search.)
 */
function editDistance(a: string, b: string, max: number, swaps: boolean): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Words after a name that say what kind of place it is ("Maqur district", "Kongo Trading
 * Center"), in their lower-case key form, with the kind they point to.
 */
export type FeatureHint = 'admin1' | 'admin2' | 'populated-place' | 'part' | 'other';

export const FEATURE_WORDS: ReadonlyMap<string, FeatureHint> = new Map<string, FeatureHint>([
  ['province', 'admin1'], ['provinces', 'admin1'], ['state', 'admin1'], ['region', 'admin1'],
  ['governorate', 'admin1'], ['oblast', 'admin1'], ['prefecture', 'admin1'], ['department', 'admin1'],
  ['division', 'admin1'], ['territory', 'admin1'], ['emirate', 'admin1'], ['canton', 'admin1'], ['republic', 'admin1'],
  ['district', 'admin2'], ['districts', 'admin2'], ['county', 'admin2'], ['agency', 'admin2'],
  ['tehsil', 'admin2'], ['tahsil', 'admin2'], ['thesil', 'admin2'], ['lga', 'admin2'], ['municipality', 'admin2'], ['raion', 'admin2'],
  ['rayon', 'admin2'], ['sub-county', 'admin2'], ['subcounty', 'admin2'], ['sub-district', 'admin2'], ['subdistrict', 'admin2'],
  ['subdivision', 'admin2'], ['sub-division', 'admin2'], ['tehsils', 'admin2'], ['agencies', 'admin2'],
  ['parish', 'admin2'], ['commune', 'admin2'], ['prefecture-level', 'admin2'], ['hromada', 'admin2'],
  ['city', 'populated-place'], ['town', 'populated-place'], ['village', 'populated-place'],
  ['villages', 'populated-place'], ['township', 'populated-place'], ['settlement', 'populated-place'],
  ['hamlet', 'populated-place'], ['kebele', 'populated-place'],
  ['area', 'part'], ['areas', 'part'], ['neighborhood', 'part'], ['neighbourhood', 'part'],
  ['suburb', 'part'], ['quarter', 'part'], ['ward', 'part'], ['sector', 'part'], ['bazaar', 'part'],
  ['market', 'part'], ['camp', 'part'], ['valley', 'part'], ['valleys', 'part'], ['colony', 'part'], ['mohalla', 'part'],
  ['trading', 'part'], ['center', 'part'], ['centre', 'part'], ['outskirts', 'part'], ['countryside', 'admin1'],
  ['badia', 'part'], ['suburbs', 'part'], ['farms', 'part'], ['square', 'part'], ['neighbourhoods', 'part'],
  // A front-line sector named after a village ("Barh axis", "Hays axis"), as Yemeni and Syrian reports write.
  ['axis', 'part'], ['axes', 'part'],
  // A town's cantonment ("Bannu Cantt", "Zhob Cantonment") and bypass road ("Quetta Bypass"), as
  // Pakistani reports write them. Not "chowk" or "adda": a roundabout or bus stand is often named
  // after another town ("Bannu Adda" is in Peshawar).
  ['cantt', 'part'], ['cantonment', 'part'], ['bypass', 'other'],
  ['upazila', 'admin2'], ['thana', 'admin2'], ['woreda', 'admin2'], ['corregimiento', 'populated-place'],
  ['vereda', 'populated-place'], ['municipio', 'admin2'], ['community', 'populated-place'], ['gun', 'admin2'],
  ['kampong', 'populated-place'], ['barangay', 'populated-place'], ['locality', 'admin2'], ['regency', 'admin2'],
  ['constituency', 'admin2'], ['zone', 'admin2'], ['circle', 'admin2'], ['taluka', 'admin2'], ['mandal', 'admin2'],
  ['block', 'admin2'], ['uc', 'admin2'], ['field', 'other'], ['airdrome', 'other'], ['airfield', 'other'],
  ['border', 'other'], ['crossing', 'other'], ['checkpoint', 'other'], ['road', 'other'],
  ['highway', 'other'], ['airport', 'other'], ['port', 'other'], ['base', 'other'], ['factory', 'other'],
  ['refinery', 'other'],
  // The Congolese units under a province: territory, chiefdom and sector, then the groupement.
  ['territoire', 'admin2'], ['chefferie', 'admin2'], ['chiefdom', 'admin2'], ['secteur', 'admin2'],
  ['groupement', 'part'],
]);

/**
 * A key for the vowel spellings of one South Asian name: letters only, every run of vowels one
 * "a", doubled letters single ("Jewani" and "Jiwani" → "jawana", "Speen Tal" and "Spin Tal" →
 * "spantal", "Angor Adda" and "Angoor Adda" → "angarada"). Consonants stay, unlike skeletonKey,
 * so that it can be used without a container to narrow the search.
 */
export function vowelKey(name: string): string {
  return squashVowels(nameKey(name));
}

/**
 * The letters a to z of a lower-cased string, every run of vowels (y counts) one "a" and every
 * run of one letter a single letter: what vowelKey makes of nameKey's output. One pass over the
 * characters; the gazetteer keys about 80,000 names with it when a spelling is first looked up.
 */
export function squashVowels(lower: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < lower.length; i++) {
    let c = lower.charCodeAt(i);
    if (c < 97 || c > 122) continue;
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) c = 97;
    if (c === last) continue;
    out += String.fromCharCode(c);
    last = c;
  }
  return out;
}
