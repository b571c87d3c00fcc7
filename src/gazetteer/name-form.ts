import type { PlaceIndex } from './place-index.ts';

// The country a village name's spelling points to, when no gazetteer has the village: German
// villages end in -hausen and -weyhe, Polish ones are spelt with -sz- and -ow, Belarusian ones
// transliterated with -iany. A character-trigram model of the names of the towns of each country,
// built from the place index itself the first time a text needs it (texts that name no place we
// know are few). It answers only when one country is far likelier than any other.

const ALPHA = 0.5;
/** How much likelier (natural log) the best country must be than the second. */
const MARGIN = 6;
/** Countries with fewer towns than this are not guessed: their trigram counts say too little. */
const MIN_TOWNS = 300;
/** Letters a-z, word boundary 26, "^"/"$" 27: trigram ids below 28³. */
const SYMBOLS = 28;
const GRAMS = SYMBOLS * SYMBOLS * SYMBOLS;

interface Model {
  countries: string[];
  /** counts[gram * countries.length + k]: towns' trigrams by country. */
  counts: Float32Array;
  totals: Float64Array;
  vocabulary: number;
}

let model: Model | null = null;
let modelFor: PlaceIndex | null = null;

/** Lower case without accents: a cheaper key than nameKey, which would take seconds over every town. */
function fold(name: string): string {
  if (!/[^\x00-\x7f]/.test(name)) return name.toLowerCase();
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Trigram ids of a folded name, with start and end marks. */
function gramsOf(key: string): number[] {
  const codes: number[] = [27];
  let space = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) {
      if (space && codes.length > 1) codes.push(26);
      codes.push(c);
      space = false;
    } else space = true;
  }
  codes.push(27);
  const out: number[] = [];
  for (let i = 0; i + 3 <= codes.length; i++) out.push((codes[i] * SYMBOLS + codes[i + 1]) * SYMBOLS + codes[i + 2]);
  return out;
}

function build(index: PlaceIndex): Model {
  const perCountry = new Map<string, number>();
  for (let i = 0; i < index.size; i++) {
    if (index.kind(i) !== 'populated-place') continue;
    const cc = index.country(i);
    if (cc) perCountry.set(cc, (perCountry.get(cc) ?? 0) + 1);
  }
  const countries = [...perCountry].filter(([, n]) => n >= MIN_TOWNS).map(([c]) => c).sort();
  const slot = new Map(countries.map((c, k) => [c, k]));
  const C = countries.length;
  const counts = new Float32Array(GRAMS * C);
  const totals = new Float64Array(C);
  const seen = new Uint8Array(GRAMS);
  let vocabulary = 0;
  for (let i = 0; i < index.size; i++) {
    if (index.kind(i) !== 'populated-place') continue;
    const k = slot.get(index.country(i) ?? '');
    if (k === undefined) continue;
    for (const g of gramsOf(fold(index.name(i)))) {
      counts[g * C + k]++;
      totals[k]++;
      if (!seen[g]) {
        seen[g] = 1;
        vocabulary++;
      }
    }
  }
  return { countries, counts, totals, vocabulary };
}

/**
 * The country a name's spelling points to, or null when no country stands out by the margin.
 * The first call builds the model from the index (a few hundred milliseconds).
 */
export function countryOfNameForm(index: PlaceIndex, name: string): { country: string; margin: number } | null {
  if (modelFor !== index) {
    model = build(index);
    modelFor = index;
  }
  const m = model!;
  const C = m.countries.length;
  const grams = gramsOf(fold(name));
  if (grams.length < 5 || C < 2) return null;
  const scores = new Float64Array(C);
  for (let k = 0; k < C; k++) {
    const denominator = Math.log(m.totals[k] + ALPHA * m.vocabulary);
    let s = 0;
    for (const g of grams) s += Math.log(m.counts[g * C + k] + ALPHA) - denominator;
    scores[k] = s;
  }
  let best = 0;
  for (let k = 1; k < C; k++) if (scores[k] > scores[best]) best = k;
  let second = -Infinity;
  for (let k = 0; k < C; k++) if (k !== best && scores[k] > second) second = scores[k];
  const margin = scores[best] - second;
  return margin >= MARGIN ? { country: m.countries[best], margin } : null;
}
