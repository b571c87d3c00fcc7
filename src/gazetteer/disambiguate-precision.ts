import type { PlaceKind } from '../model/types.ts';
import type { Segment } from './place-scan.ts';
import { POST_CURATED, POST_PRIMARY } from './place-store.ts';
import type { Resolution } from './disambiguate-types.ts';
import type { PlaceResolver } from './disambiguate.ts';

// Precision and evidence of a resolution.

const NEAR_PREPS = new Set(['near', 'outside', 'around', 'off', 'between', 'toward', 'towards']);

export function finish(this: PlaceResolver, s: Segment, entry: number, container: number, why: string[], rule: string, part = false): Resolution {
  const ix = this.index;
  if (entry >= 0 && !part) {
    const posting = s.postings.find((p) => p.entry === entry);
    if (posting && posting.flags & POST_CURATED) why.unshift('curated');
    else if (posting && !(posting.flags & POST_PRIMARY)) why.unshift('alternate-name');
    const cc = ix.country(entry);
    if (cc && ix.kind(entry) !== 'country' && this.countriesInPlay?.has(cc)) why.push(`country-in-play:${cc}`);
  }
  let precision: 1 | 2 | 3;
  const near = s.prep !== null && NEAR_PREPS.has(s.prep);
  let unresolvedKind: PlaceKind = 'populated-place';
  if (entry >= 0) {
    const k = ix.kind(entry);
    // A named part of a town is coded to the town at precision 1, as ACLED does ("City - District").
    precision = k === 'populated-place' || k === 'other' ? (near && !part ? 2 : 1) : k === 'admin2' ? 2 : 3;
    // "in Kani township": the township around the town, coded to its seat (ACLED's 2).
    if (precision === 1 && !part && s.featureWord?.toLowerCase() === 'township') precision = 2;
  } else {
    const ck = container >= 0 ? ix.kind(container) : 'country';
    precision = ck === 'populated-place' || ck === 'other' || ck === 'admin2' ? 2 : 3;
    unresolvedKind = s.feature === 'admin2' ? 'admin2' : s.feature === 'admin1' ? 'admin1' : s.feature === 'other' ? 'other' : 'populated-place';
  }
  const pop = entry >= 0 ? ix.population(entry) : 0;
  // First occurrences in order, as a Set would keep them (why lists are short).
  const evidence: string[] = [];
  for (let i = 0; i < why.length; i++) if (!evidence.includes(why[i])) evidence.push(why[i]);
  if (entry >= 0 && pop > 0) evidence.push(`population:${pop}`);
  if (entry >= 0 && !ix.isCurated(entry)) evidence.push(`geonames:${ix.feature(entry)}`);
  return { segment: s, entry, container, unresolvedKind, precision, evidence, rule };
}
