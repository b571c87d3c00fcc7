import type { PlaceIndex } from './place-index.ts';

// The country a village name's spelling points to, when no gazetteer has the village: German
// villages end in -hausen and -weyhe, Polish ones are spelt with -sz- and -ow, Belarusian ones
// transliterated with -iany. A character-trigram model of the names of the towns of each country,
// built from the place index itself the first time a text needs it (texts that name no place we
// know are few). It answers only when one country is far likelier than any other.

const ALPHA = 0.5;
/** How much likelier (natural log) the best country must be than the second. */
const MARGIN = 6;
/** Countries with fewer towns than this are not modelled: they read as the background. */
const MIN_TOWNS_AMONG = 30;
/** Letters a-z, word boundary 26, "^"/"$" 27: trigram ids below 28³. */
const SYMBOLS = 28;
const GRAMS = SYMBOLS * SYMBOLS * SYMBOLS;

interface Model {
  countries: string[];
  /** counts[gram * countries.length + k]: towns' trigrams by country. */
  counts: Float32Array;
  totals: Float64Array;
  townCount: Float64Array;
  /** Trigram probabilities over all countries' towns, made on first need. */
  background?: Float64Array;
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
  const countries = [...perCountry].filter(([, n]) => n >= MIN_TOWNS_AMONG).map(([c]) => c).sort();
  const slot = new Map(countries.map((c, k) => [c, k]));
  const C = countries.length;
  const counts = new Float32Array(GRAMS * C);
  const totals = new Float64Array(C);
  for (let i = 0; i < index.size; i++) {
    if (index.kind(i) !== 'populated-place') continue;
    const k = slot.get(index.country(i) ?? '');
    if (k === undefined) continue;
    for (const g of gramsOf(fold(index.name(i)))) {
      counts[g * C + k]++;
      totals[k]++;
    }
  }
  const townCount = Float64Array.from(countries, (c) => perCountry.get(c)!);
  return { countries, counts, totals, townCount };
}

function modelOf(index: PlaceIndex): Model {
  if (modelFor !== index) {
    model = build(index);
    modelFor = index;
  }
  return model!;
}

/**
 * The country a name's spelling points to, or null when no country stands out by the margin.
 * Each country's likelihood is backed off to all countries' towns (backedOffLikelihood), so that
 * a country with few towns in the gazetteer (Mali's, Lebanon's) can be named and does not lose
 * its names to a neighbour with many (Côte d'Ivoire's): on the unknown one-word locations of
 * half A of the ACLED dev file this answers 31 times, 26 right, where add-α smoothing over the
 * countries of 300 towns or more answered 37 times, 23 right (docs/evaluation.md, session 8).
 * The first call builds the model from the index (a few hundred milliseconds).
 */
export function countryOfNameForm(index: PlaceIndex, name: string): { country: string; margin: number } | null {
  const m = modelOf(index);
  const grams = gramsOf(fold(name));
  if (grams.length < 5) return null;
  let best = -1;
  let top = -Infinity;
  let second = -Infinity;
  for (let k = 0; k < m.countries.length; k++) {
    const s = backedOffLikelihood(m, grams, k);
    if (s > top) {
      second = top;
      top = s;
      best = k;
    } else if (s > second) second = s;
  }
  if (best < 0 || second === -Infinity) return null;
  const margin = top - second;
  return margin >= MARGIN ? { country: m.countries[best], margin } : null;
}

/** How many towns' worth of the all-country trigram counts a country's own counts are backed off to. */
const BACKGROUND = 200;

/**
 * Log-likelihood under country k's towns backed off to the towns of all countries: a country with
 * few towns (Sri Lanka's 89, Bolivia's) reads close to the background instead of scoring low on
 * every name for lack of counts, as add-α smoothing over the whole vocabulary would make it.
 */
function backedOffLikelihood(m: Model, grams: readonly number[], k: number): number {
  const C = m.countries.length;
  if (!m.background) {
    const bg = new Float64Array(GRAMS);
    let total = 0;
    for (let g = 0; g < GRAMS; g++) {
      let n = 0;
      for (let j = 0; j < C; j++) n += m.counts[g * C + j];
      bg[g] = n;
      total += n;
    }
    for (let g = 0; g < GRAMS; g++) bg[g] = (bg[g] + ALPHA) / (total + ALPHA * GRAMS);
    m.background = bg;
  }
  let s = 0;
  if (k < 0) {
    for (const g of grams) s += Math.log(m.background[g]);
    return s;
  }
  const mass = BACKGROUND * (m.totals[k] / Math.max(1, m.townCount[k]));
  for (const g of grams) s += Math.log((m.counts[g * C + k] + mass * m.background[g]) / (m.totals[k] + mass));
  return s;
}

/**
 * Among a few countries (the readings of a province name such as "Western"), how well unknown
 * village names fit each one's spelling: natural-log likelihood relative to the best fitting
 * country (0 for it, negative for the others). Countries with too few towns to weigh read as the
 * background; null when fewer than two countries are asked about or the names are too short.
 */
export function nameFormFit(index: PlaceIndex, names: readonly string[], countries: readonly string[]): Map<string, number> | null {
  const m = modelOf(index);
  const grams = names.flatMap((n) => gramsOf(fold(n)));
  if (grams.length < 5) return null;
  const scores = new Map<string, number>();
  // A country with too few towns to be modelled reads as the background: no fit, no misfit.
  for (const c of new Set(countries)) scores.set(c, backedOffLikelihood(m, grams, m.countries.indexOf(c)));
  if (scores.size < 2) return null;
  const top = Math.max(...scores.values());
  for (const [c, s] of scores) scores.set(c, s - top);
  return scores;
}
