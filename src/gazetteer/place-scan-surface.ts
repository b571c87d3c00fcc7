import type { PlaceIndex } from './place-index.ts';
import { POST_CAPITAL, POST_CURATED, POST_EXACT } from './place-store.ts';
import type { ScanToken, Posting } from './place-scan-types.ts';
import { MAX_POSTINGS } from './place-scan-words.ts';
import { isAllCaps, mixedCaseNeighbour, isWord } from './place-scan-casing.ts';
import type { Scan } from './place-scan.ts';

// The postings a name's surface allows: exact-case aliases, capitalisation, proper-noun shape for GeoNames names.

/** The postings of a name that its surface allows: exact-case aliases, capitalisation. */
export function fitting(
  index: PlaceIndex,
  text: string,
  tokens: readonly ScanToken[],
  i: number,
  j: number,
  key: string,
  k: number,
  scan: Scan,
): Posting[] {
  const a = index.postingStart(k);
  const b = index.postingStart(k + 1);
  let gnOk: boolean | null = null;
  const out: Posting[] = [];
  for (let p = a; p < b; p++) {
    const entry = index.postingEntry(p);
    const flags = index.postingFlags(p);
    if (flags & POST_CURATED) {
      if (flags & POST_EXACT) {
        const alias = index.exactAlias(key, entry);
        const surface = text.slice(tokens[i].start, tokens[j].end);
        if (alias === undefined || !alias.split('\n').some((a) => straightQuotes(surface) === straightQuotes(a))) continue;
      } else if (flags & POST_CAPITAL && !scan.isCap(i)) continue;
      out.push({ entry, flags });
      continue;
    }
    gnOk ??= geonamesSurfaceOk(text, tokens, i, j, key, scan);
    if (gnOk) out.push({ entry, flags });
    // Postings come curated first, then by population: the rest would never win.
    if (out.length >= MAX_POSTINGS) break;
  }
  return out;
}

function straightQuotes(s: string): string {
  return s.indexOf('’') < 0 ? s : s.replace(/’/g, "'");
}

/** GeoNames names need a proper-noun surface: capitalised words, no acronyms, three letters or more. */
function geonamesSurfaceOk(text: string, tokens: readonly ScanToken[], i: number, j: number, key: string, scan: Scan): boolean {
  if (key.length < 3 || (key.length < 5 && key.replace(/ /g, '').length < 3)) return false;
  // A name ending in a possessive ("St. John's") is capitalised by its last word.
  if (!scan.isCap(i) || !scan.isCap(tokens[j].lower === "'s" ? j - 1 : j)) return false;
  for (let k = i; k <= j; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    if (t.end - t.start <= 4 && isAllCaps(text, t)) return false;
    // Five capitals among mixed-case words are an acronym too ("SNALC", "FIDL"), not "KABUL" in a headline.
    if (t.end - t.start === 5 && isAllCaps(text, t) && mixedCaseNeighbour(text, tokens, k)) return false;
    if (!scan.isCap(k) && !scan.isParticle(k)) return false;
  }
  return true;
}
