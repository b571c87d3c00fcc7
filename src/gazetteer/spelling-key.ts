import { squashVowels } from './place-names.ts';

// A key for the romanisations of one name, for the scorer (src/eval/resolve.ts). It lives apart
// from place-names.ts because that file is an input of the compiled gazetteer's fingerprint, and
// this key is not used to compile anything.

/** Unit words that may close a name as written ("Saberi district", "Shadal town"). */
const SPELLING_UNIT = /[\s-]+(district|province|city|town|village|area|region|state|division|governorate|county|agency|tehsil|municipality|oblast|department|prefecture)$/i;

/** Digits, capital Roman numerals (not the joining "-i-" of "Yaftal-i-Paen"), compass words. */
const COMPASS_OR_NUMBER = /\d+|\b[IVXLC]+\b|\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]ord|[Ss]ud|[Ee]st|[Oo]uest|[Nn]orte|[Ss]ur|[Ee]ste|[Oo]este|[Uu]pper|[Ll]ower)\b/g;

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/**
 * A key for the ways one name is romanised, looser than vowelKey: the name as written (joining
 * vowels such as the "-e" of "Shahīd-e" kept, where nameKey drops them), a closing unit word
 * left out, letters only (numbers kept apart, below), an "h" after a vowel and before a consonant or the end left out, every
 * run of vowels (y counts) one "a", doubled letters single. "Shahidi Hassas" and "Shahīd-e
 * Ḩasās" → "shahadahasas", "Saberi district" and "Sabari" → "sabara", "Abyak" and "Aybak" →
 * "abak", "Lalma" and "Lalmah" → "lalma", "Sari Pul" and "Sar-e Pol" → "sarapal". A closing
 * vowel is kept: without it "Bang Saphan Noi" met "Bang Saphan". Many different places share such a key: the scorer uses it only where our
 * gazetteer holds one place of a country under it (PlaceGazetteer.spellingMates).
 */
export function spellingKey(name: string): string {
  const bare = name.normalize('NFD').replace(SPELLING_UNIT, '');
  const lower = bare.toLowerCase().replace(/[^a-z]/g, '');
  let kept = '';
  for (let i = 0; i < lower.length; i++) {
    if (lower[i] === 'h' && isVowel(lower[i - 1]) && !isVowel(lower[i + 1])) continue;
    kept += lower[i];
  }
  const key = squashVowels(kept);
  // Numbers, in digits or capital Roman numerals, and compass words tell places apart ("Special
  // Area No. 2" and "No. 3", "Teremky-II" and "Teremky-III", "Batha-Est" and "Batha-Ouest", whose
  // vowels squash alike); they are kept whole, after the letters.
  const marks = bare.match(COMPASS_OR_NUMBER);
  return marks ? `${key}#${marks.map((m) => m.toLowerCase()).join('.')}` : key;
}
