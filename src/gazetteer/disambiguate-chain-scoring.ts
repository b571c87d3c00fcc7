import { boundedEditDistance, nameKey, skeletonOfKey } from './place-names.ts';
import type { Segment, ScanToken } from './place-scan.ts';
import { nameFormFit } from './name-form.ts';
import type { Resolution, Candidate, Link } from './disambiguate-types.ts';
import { MAX_CANDIDATES, NO_WHY, KIND_PRIOR, GENERIC_NAMES, hintFit } from './disambiguate-candidates.ts';
import { FAR_NAMESAKE_COST, STATED_CONTAINER_COST, statedProvince, nearBy } from './disambiguate-containment.ts';
import { WEAK_PREPS, codedName, unknownIsPlace } from './disambiguate-chains.ts';
import type { PlaceResolver } from './disambiguate.ts';

// Resolving a chain: its members' readings scored together over the links between them.

/** How far down a name's postings (by population) readings inside the chain's container are looked for. */
const MAX_INSIDE_SCAN = 2000;
const OUTER_UNRESOLVED_COST = -4;
/** "X, Y, Pakistan": the members of a chain are in one country. Strong enough that two readings of a repeated name abroad ("Pale town (Pale township, ..., Sagaing region)") do not outweigh it. */
const CROSS_COUNTRY_COST = -20;
/** Readings kept per chain member: the chain is scored over pairs of readings. */
const MAX_CHAIN_READINGS = 12;
/** Weight per nat of a chain reading's name-form misfit (weighByNameForm), and the misfit's cap in nats. */
const NAME_FORM_WEIGHT = 0.5;
const NAME_FORM_CAP = 6;
/** A province read inside another province of the chain's country (provinceInProvince). */
const PROVINCE_IN_PROVINCE_COST = -15;

/**
 * A common village name has more readings than are weighed ("Oleksandrivka" has dozens in
 * Ukraine alone): the readings inside a reading of the next member of the chain are added from
 * beyond the first MAX_CANDIDATES, and kept first when the list is cut.
 */
export function addInsideOuter(this: PlaceResolver, s: Segment, list: Candidate[], outer: Candidate[], countries: ReadonlyMap<string, number>): Set<number> {
  const ix = this.index;
  const admins = new Set<number>();
  for (const c of outer) {
    if (c.entry < 0) continue;
    const k = ix.kind(c.entry);
    if (k === 'admin1' || k === 'admin2') admins.add(c.entry);
  }
  const inside = new Set<number>();
  if (admins.size === 0) return inside;
  // Whether entry e lies inside one of `admins` (inline: a named closure per call costs a
  // defineProperty of its name under tsx's keepNames; session 19, perf18).
  for (const c of list) if (c.entry >= 0 && (admins.has(ix.admin1(c.entry)) || admins.has(ix.admin2(c.entry)))) inside.add(c.entry);
  const limit = Math.min(s.postings.length, MAX_INSIDE_SCAN);
  for (let q = MAX_CANDIDATES; q < limit; q++) {
    const e = s.postings[q].entry;
    if (inside.has(e) || !(admins.has(ix.admin1(e)) || admins.has(ix.admin2(e)))) continue;
    inside.add(e);
    list.push(this.candidateOf(s, q, countries));
  }
  return inside;
}

/**
 * n scores of -Infinity: a holey array of doubles whichever tier runs it (`new Array(n)` takes
 * its kind from its allocation site in both), of its exact size (one grown by push is not).
 */
function unreached(n: number): number[] {
  return new Array<number>(n).fill(-Infinity);
}

/** n back pointers of -1: a holey array of small integers, as unreached. */
function noBack(n: number): number[] {
  return new Array<number>(n).fill(-1);
}

/**
 * Whether member i's link states the next member as its container: a bracket that is no "coded
 * to" note, or a comma after a name that calls itself a village or an area (see resolveChain).
 * (A function of the module, not a named closure made per chain: under tsx's keepNames each such
 * closure costs a defineProperty of its name; session 22, perf22b.)
 */
function statesContainer(tokens: readonly ScanToken[], members: readonly Segment[], links: readonly Link[], i: number): boolean {
  return (links[i] === '(' && !codedName(tokens, members[i])) || (links[i] === ',' && members[i].feature !== null);
}

export function resolveChain(
  this: PlaceResolver,
  chain: { members: Segment[]; links: Link[] },
  countries: ReadonlyMap<string, number>,
  admins: ReadonlySet<number>,
  tokens: readonly ScanToken[],
): Resolution[] {
  const ix = this.index;
  let members = chain.members;
  let links = chain.links;
  // The arrays this function and its helpers index are built by push or `new Array(n).fill`,
  // not by `map`: a `map` TurboFan has inlined makes a holey array where the interpreter's makes
  // a packed one, and code optimised for one kind of array is thrown away at the other ("wrong
  // map"; session 20, perf20). The values are the same.
  let cands: Candidate[][] = [];
  for (let i = 0; i < members.length; i++) {
    const s = members[i];
    const list = this.candidates(s, countries).filter((c) => !this.farAbroad(c, countries));
    for (const c of list) {
      if (admins.size > 0 && (admins.has(ix.admin1(c.entry)) || admins.has(ix.admin2(c.entry)))) c.base += 1;
      // "Kote Sangi, Ghazni, Afghanistan": a name with something inside it is more likely the
      // province than the town of the same name, unless a feature word says otherwise.
      if (i > 0 && !s.feature) c.base += ix.kind(c.entry) === 'admin1' ? 3.5 : ix.kind(c.entry) === 'admin2' ? 1 : 0;
    }
    cands.push(list);
  }
  // An outer name spelt another way than our admin units ("(Mokolo, Mayo-Tsanaga,
  // Extreme-Nord)", "Granada (Andalucia)"): the admin units of the inner readings may fit it.
  for (let i = 0; i + 1 < members.length; i++) this.addOuterVariants(members[i + 1], cands[i], cands[i + 1]);
  const inside: Array<Set<number>> = [];
  for (let i = 0; i < members.length; i++) inside.push(i + 1 < members.length ? this.addInsideOuter(members[i], cands[i], cands[i + 1], countries) : new Set<number>());
  for (let i = 0; i + 1 < members.length; i++) if (links[i] === 'of' || links[i] === 'in' || this.statedDistrict(links[i], members[i + 1], cands[i + 1], tokens) || this.statedArea(links[i], cands[i + 1])) cands[i] = this.dropFarFromContainer(cands[i], cands[i + 1]);
  // "around Rechytsa [coded to Minsk]" (codedInside) is no bracket stating Minsk's container.
  // "Shahpur village, Turbat": a name that calls itself a village or an area states its
  // container after a comma as a bracket does (a list of towns, "Lahore, Karachi", has no such word).
  for (let i = 0; i + 1 < members.length; i++) if (statesContainer(tokens, members, links, i)) cands[i] = this.dropFarFromBracketed(cands[i], cands[i + 1]);
  for (let i = 0; i + 1 < members.length; i++) if (statedProvince(links[i], cands[i + 1], this.index)) cands[i] = this.dropFarFromProvince(cands[i], cands[i + 1]);
  // "Fayzabad, Jawzjan": a stated province holds the place when a reading of it lies there, under
  // this spelling or another vowel spelling of it (Jawzjan's "Faizabad").
  for (let i = 0; i + 1 < members.length; i++) {
    const provinces = this.statedProvinceReadings(links[i], members[i + 1], cands[i + 1]);
    if (provinces.length === 0) continue;
    // The predicate is made only for addVowelSpellings: a named closure per chain link costs
    // more than the test it serves (tsx names each as it is made).
    if (cands[i].length > 0 && !cands[i].some((c) => c.entry >= 0 && provinces.includes(ix.admin1(c.entry)))) {
      const inside = (e: number) => provinces.includes(ix.admin1(e));
      this.addVowelSpellings(members[i], cands[i], countries, inside, [...ix.vowelSpellingsOf(members[i].key), ...ix.townVowelSpellingsOf(members[i].key)]);
    }
    cands[i] = this.keepInsideStatedProvince(cands[i], provinces);
  }
  // "the town of Jewani in Pakistan": a curated place spelt with other vowels, inside the container.
  for (let i = 0; i + 1 < members.length; i++) {
    if (cands[i].length > 0) continue;
    const outer = cands[i + 1];
    this.addVowelSpellings(members[i], cands[i], countries, (e) => outer.some((o) => o.entry >= 0 && this.contains(o.entry, e)));
  }
  // Unknown members at the broad end say nothing about where the rest is.
  while (members.length > 0 && cands[members.length - 1].length === 0) {
    members = members.slice(0, -1);
    links = links.slice(0, -1);
    cands = cands.slice(0, -1);
  }
  const m = members.length;
  if (m < 2) return [];
  // The unresolved reading: an unknown name, or a known one no reading of which fits.
  members.forEach((s, i) => {
    if (cands[i].length > MAX_CHAIN_READINGS) {
      const holds = this.holdingInner(cands, i);
      const keep = (c: Candidate) => c.base + (inside[i].has(c.entry) ? 100 : 0) + (holds.has(c.entry) ? 50 : 0);
      cands[i] = cands[i].sort((x, y) => keep(y) - keep(x)).slice(0, MAX_CHAIN_READINGS);
    }
    // A known name at the broad end of the chain is its container: reading it as nothing, so
    // that a namesake of an inner name abroad fits ("Bane, Boulgou" is not Baneh in Iran), costs more.
    // Only for a chain that reads as a location ("in X, Y", "X (Y, Z)", "X village, Y"), not for
    // "Kubum Martin, Principal of the school".
    const located = links.includes('(') || members[0].feature !== null || (members[0].prep !== null && !WEAK_PREPS.has(members[0].prep));
    const unknownCost = s.postings.length === 0 ? 0 : located && i === m - 1 && !GENERIC_NAMES.has(s.key) ? OUTER_UNRESOLVED_COST : -1;
    cands[i].push({ entry: -1, flags: 0, fuzzy: false, base: unknownCost, why: NO_WHY, via: -1 });
  });
  // "Nuwara Eliya (Nuwara, Central)": an unknown name in the middle of a chain is inside some
  // reading of the next member; one unknown reading per outer reading lets the inner members
  // reach each of them (with a single one, the middle name would settle on the outer reading
  // that weighs most alone, whatever the inner names say).
  for (let i = 1; i + 1 < m; i++) {
    if (members[i].postings.length > 0 || cands[i].length !== 1 || cands[i + 1].length < 2) continue;
    const base = cands[i][0].base;
    const list: Candidate[] = [];
    for (let b = 0; b < cands[i + 1].length; b++) list.push({ entry: -1, flags: 0, fuzzy: false, base, why: NO_WHY, via: b });
    cands[i] = list;
  }
  this.provinceInProvince(cands);
  this.weighByNameForm(members, cands);
  // Viterbi from the broadest (last) member back to the most specific.
  const best: number[][] = [];
  const back: number[][] = [];
  for (let i = 0; i < m; i++) {
    best.push(unreached(cands[i].length));
    back.push(noBack(cands[i].length));
  }
  for (let k = 0; k < cands[m - 1].length; k++) best[m - 1][k] = cands[m - 1][k].base;
  for (let i = m - 2; i >= 0; i--) {
    // A name no entry fits may be a spelling variant of a place inside its container.
    this.addFuzzy(members[i], cands[i], cands[i + 1], best[i + 1]);
    best[i] = unreached(cands[i].length);
    back[i] = noBack(cands[i].length);
    for (let a = 0; a < cands[i].length; a++) {
      for (let b = 0; b < cands[i + 1].length; b++) {
        if (best[i + 1][b] === -Infinity) continue;
        const via = cands[i][a].via;
        if (via >= 0 && via !== b) continue;
        const v = cands[i][a].base + best[i + 1][b] + this.linkScore(cands[i][a].entry, this.effective(cands, best, back, i + 1, b), links[i], members[i].feature === 'part');
        if (v > best[i][a]) {
          best[i][a] = v;
          back[i][a] = b;
        }
      }
    }
  }
  let k = 0;
  for (let a = 1; a < cands[0].length; a++) if (best[0][a] > best[0][k]) k = a;
  const picks: Candidate[] = [];
  for (let i = 0; i < m; i++) {
    picks.push(cands[i][k]);
    k = back[i][k];
  }
  const out: Resolution[] = [];
  for (let i = m - 1; i >= 0; i--) {
    const s = members[i];
    const c = picks[i];
    let container = -1;
    for (let j = i + 1; j < m; j++) {
      if (picks[j].entry >= 0) {
        container = picks[j].entry;
        break;
      }
    }
    // "the Afghan border areas of Khyber Pakhtunkhwa": a demonym before a feature word is no unknown place.
    if (c.entry < 0 && (container < 0 || !unknownIsPlace(s, members, i, tokens) || (s.first === s.last && this.isDemonym(this.text.slice(s.start, s.end))))) continue;
    // A neighbourhood, market or section inside a named town is coded to the town, as ACLED
    // and GTD code it ("Abchakan area, Puli Alam city"; "Kinama market, Bujumbura").
    const town = container >= 0 && (ix.kind(container) === 'populated-place' || ix.kind(container) === 'other') &&
      (c.entry < 0 || s.feature === 'part' || (ix.feature(c.entry) === 'PPLX' && this.contains(container, c.entry))) &&
      this.isPartOfTown(s, members[members.findIndex((x, j) => j > i && picks[j].entry === container)], container);
    if (town) {
      const why = [`part-of:${ix.id(container)}`, `part:${s.key}`];
      if (s.feature) why.push(`feature:${s.featureWord}`);
      out.push(this.finish(s, container, -1, why, `place-part-of-town:${ix.id(container)}`, true));
      continue;
    }
    const why = [...c.why];
    if (container >= 0) why.push(`${c.entry >= 0 && this.contains(container, c.entry) ? 'inside' : 'next-to'}:${ix.id(container)}`);
    if (c.fuzzy) why.push('spelling-variant');
    if (s.feature) why.push(`feature:${s.featureWord}`);
    out.push(this.finish(s, c.entry, container, why, c.entry >= 0 ? `place-chain:${ix.id(c.entry)}` : `place-unresolved-in-chain`));
  }
  return out;
}

/**
 * "Wardak, Laghman, Afghanistan", "Khost, Farah, Afghanistan": in a chain that ends in its
 * country, a province's name followed by another province (or a town) of that country neither
 * holding it nor held by it is a village of that name there, not the province: a chain names
 * places from the smallest out, and two provinces side by side are a list (which ends a chain).
 * The province reading, and every other reading the next member does not hold (the province's
 * seat), lose PROVINCE_IN_PROVINCE_COST, so the name is read as an unknown place inside the next
 * member.
 */
/** No reading of `outer` is the candidate, holds it or lies in it (a module function: see resolveChain's `inside`). */
function apartFrom(resolver: PlaceResolver, outer: readonly Candidate[], c: Candidate): boolean {
  return outer.every((o) => o.entry !== c.entry && !resolver.contains(c.entry, o.entry) && !resolver.contains(o.entry, c.entry));
}

export function provinceInProvince(this: PlaceResolver, cands: Candidate[][]): void {
  const ix = this.index;
  const m = cands.length;
  const last = cands[m - 1].filter((c) => c.entry >= 0);
  if (m < 3 || last.length === 0 || !last.every((c) => ix.kind(c.entry) === 'country')) return;
  const countries = new Set(last.map((c) => ix.country(c.entry)));
  for (let i = 0; i + 2 < m; i++) {
    // The next member's readings in the chain's country (namesakes abroad are out of play).
    const outer = cands[i + 1].filter((c) => c.entry >= 0 && countries.has(ix.country(c.entry)));
    if (outer.length === 0) continue;
    const province = cands[i].some((c) => c.entry >= 0 && ix.kind(c.entry) === 'admin1' && countries.has(ix.country(c.entry)) && apartFrom(this, outer, c));
    if (!province) continue;
    // The province's seat of the same name ("Khost" the town) is no better a reading.
    for (const c of cands[i]) {
      if (c.entry < 0 || !apartFrom(this, outer, c)) continue;
      c.base += PROVINCE_IN_PROVINCE_COST;
      c.why = [...c.why, 'province-in-province'];
    }
  }
}

/**
 * "Orugodawatta (Orugodawatta, Western)", "Kalaiya area (Bara district)": when the inner
 * names of a chain are unknown, the readings of the first known name lie in several countries
 * (Sri Lanka's, Gambia's, Ghana's Western province; Nepal's Bara district, Romanian and Sudanese
 * namesakes) and nothing else in the text tells them apart, the unknown names' spelling does:
 * each reading loses weight by how much worse its country's town names fit them (name-form.ts),
 * capped so that a stated country or a known town still decides.
 */
export function weighByNameForm(this: PlaceResolver, members: readonly Segment[], cands: Candidate[][]): void {
  const ix = this.index;
  const j = members.findIndex((s) => s.postings.length > 0);
  if (j < 1 || !GENERIC_NAMES.has(members[j].key)) return;
  const countries = new Set<string>();
  for (const c of cands[j]) if (c.entry >= 0 && ix.country(c.entry)) countries.add(ix.country(c.entry)!);
  if (countries.size < 2) return;
  const fit = nameFormFit(ix, members.slice(0, j).map((s) => s.key), [...countries]);
  if (!fit) return;
  for (const c of cands[j]) {
    const f = c.entry >= 0 ? fit.get(ix.country(c.entry) ?? '') : undefined;
    if (f === undefined || f === 0) continue;
    c.base += NAME_FORM_WEIGHT * Math.max(f, -NAME_FORM_CAP);
    c.why = [...c.why, `name-form-misfit:${Math.round(f)}`];
  }
}

/**
 * A named part of a town is coded to the town when the town is explicit ("Puli Alam city"),
 * when its name means nothing else (Bujumbura), or when the part is a neighbourhood, market
 * or area of a city big enough to have them ("Khair Khana area, Kabul").
 */
export function isPartOfTown(this: PlaceResolver, part: Segment, townSeg: Segment | undefined, town: number): boolean {
  const ix = this.index;
  if (!townSeg) return false;
  if (townSeg.feature === 'populated-place') return true;
  const otherReadings = townSeg.postings.some((p) => p.entry !== town && ix.kind(p.entry) !== 'populated-place' && ix.kind(p.entry) !== 'other');
  if (!otherReadings && part.feature === 'part') return true;
  if (part.feature === 'part' && ix.population(town) >= 100_000) return true;
  // In a city of millions an unknown name is far more often a neighbourhood than a village.
  return part.postings.length === 0 && part.feature !== 'admin1' && part.feature !== 'admin2' && ix.population(town) >= 1_000_000;
}

/**
 * "San Jose del Cabo, Baja California": a province named by the first words of the name of the
 * province that holds the town (Baja California Sur; Kasai for Kasai-Oriental) is that
 * province written short, not a province where a namesake must be looked for.
 */
export function namedByPrefix(this: PlaceResolver, inner: number, outer: number): boolean {
  const ix = this.index;
  const a1 = ix.admin1(inner);
  if (a1 < 0 || a1 === outer) return false;
  const short = nameKey(ix.adminName(outer));
  const long = nameKey(ix.adminName(a1));
  return short.length >= 4 && long.length > short.length && long.startsWith(short) && long[short.length] === ' ';
}

/**
 * Readings of chain member i that hold a reading of a member before it. "Nuwara Eliya (Nuwara,
 * Central)": "Central" has dozens of readings and only the first few by weight are scored;
 * Sri Lanka's Central Province, which holds the town Nuwara Eliya across the unknown middle
 * name, must not be cut before the chain is scored.
 */
export function holdingInner(this: PlaceResolver, cands: Candidate[][], i: number): Set<number> {
  const out = new Set<number>();
  // The nearest inner member with a known reading: past unknown names only ("Al Jafr (Al
  // Wahat, East)" must not keep Saudi Arabia's Eastern Province for a namesake of Al Jafr when
  // Al Wahat, known, lies in Libya).
  let j = i - 1;
  while (j >= 0 && !cands[j].some((d) => d.entry >= 0)) j--;
  if (j < 0) return out;
  for (const c of cands[i]) {
    if (c.entry < 0) continue;
    const k = this.index.kind(c.entry);
    if (k !== 'admin1' && k !== 'admin2' && k !== 'country') continue;
    if (cands[j].some((d) => d.entry >= 0 && this.contains(c.entry, d.entry))) out.add(c.entry);
  }
  return out;
}

export function addOuterVariants(this: PlaceResolver, outer: Segment, inner: Candidate[], list: Candidate[]): void {
  if (list.some((c) => c.entry >= 0 && inner.some((d) => d.entry >= 0 && this.contains(c.entry, d.entry)))) return;
  const ix = this.index;
  const want = ix.looseKey(outer.key);
  if (want.length < 3) return;
  const seen = new Set(list.map((c) => c.entry));
  for (const d of inner) {
    if (d.entry < 0) continue;
    for (const a of [ix.admin1(d.entry), ix.admin2(d.entry)]) {
      if (a < 0 || seen.has(a)) continue;
      const have = ix.looseKeyOf(a);
      const close = have === want || (want.length >= 5 && boundedEditDistance(have, want, 1) <= 1);
      if (!close) continue;
      seen.add(a);
      list.push({ entry: a, flags: 0, fuzzy: true, base: KIND_PRIOR[ix.kind(a)] + hintFit(outer.feature, ix.kind(a)) - 0.5, why: [`spelling-variant-of:${ix.adminName(a)}`], via: -1 });
    }
  }
}

/** The entry a chain position stands for in the link score: itself, or what contains it. */
export function effective(this: PlaceResolver, cands: Candidate[][], _best: number[][], back: number[][], i: number, b: number): number {
  let e = cands[i][b].entry;
  let k = b;
  let j = i;
  while (e < 0 && j + 1 < cands.length) {
    k = back[j][k];
    if (k < 0) break;
    j++;
    e = cands[j][k].entry;
  }
  return e;
}

export function addFuzzy(this: PlaceResolver, s: Segment, list: Candidate[], outer: Candidate[], outerBest: number[]): void {
  if (list.some((c) => c.entry >= 0 && c.base > 2)) return;
  const ix = this.index;
  let skel = this.skeletons.get(s.key);
  if (skel === undefined) {
    skel = skeletonOfKey(s.key);
    if (this.skeletons.size >= 50_000) this.skeletons.clear();
    this.skeletons.set(s.key, skel);
  }
  if (skel.length < 3) return;
  // Containers: every admin reading of the next member, and the admin units of its towns.
  const containers = new Set<number>();
  for (let b = 0; b < outer.length; b++) {
    const e = outer[b].entry;
    if (e < 0 || outerBest[b] === -Infinity) continue;
    const kind = ix.kind(e);
    if (kind === 'admin1' || kind === 'admin2') containers.add(e);
    else if (kind === 'populated-place' || kind === 'other') {
      if (ix.admin2(e) >= 0) containers.add(ix.admin2(e));
      else if (ix.admin1(e) >= 0) containers.add(ix.admin1(e));
    }
  }
  if (containers.size === 0 || containers.size > 6) return;
  const seen = new Set(list.map((c) => c.entry));
  for (const container of containers) for (const e of ix.fuzzyChildren(container, skel)) {
    if (seen.has(e)) continue;
    const name = ix.name(e);
    const pop = ix.population(e);
    const base = KIND_PRIOR[ix.kind(e)] + hintFit(s.feature, ix.kind(e)) + (pop > 0 ? Math.min(Math.log10(pop), 7) / 4 : 0) - 1;
    list.push({ entry: e, flags: 0, fuzzy: true, base, why: [`spelling-variant-of:${name}`], via: -1 });
    seen.add(e);
    if (list.length > MAX_CANDIDATES + 10) break;
  }
}

export function linkScore(this: PlaceResolver, inner: number, outer: number, link: Link, innerIsPart = false): number {
  if (inner < 0 || outer < 0) return 0;
  const ix = this.index;
  // "Jenin city (Jenin, West Bank)": the same place named twice.
  if (inner === outer) return 3;
  if (this.contains(outer, inner)) {
    const townInTown = ix.kind(outer) === 'populated-place' || ix.kind(outer) === 'other';
    return townInTown ? 4 : link === 'in' ? 5 : 7;
  }
  // "X, Y, Pakistan": a name in a chain is in the country the chain ends in.
  if (ix.country(inner) !== ix.country(outer)) return CROSS_COUNTRY_COST;
  // Same country, not nested: a list ("Kabul, Kandahar and Herat"), a neighbour, or a wrong
  // reading of a small place ("San Lorenzo (Santa Fe)" is not the one in Corrientes).
  // "Heathrow airport in London", "Daggar village of Chagmalai region": a place "in" or "of"
  // another hundreds of kilometres away is a namesake (Heathrow, Florida, and London, Ohio),
  // not the place meant (farFromContainer). A named part ("Bra Square in Verona") is coded to
  // its town whatever its name reads as.
  if (link === 'in' || link === 'of') return !innerIsPart && this.farFromContainer(inner, outer) ? STATED_CONTAINER_COST : -1;
  if (link === '(') return -8;
  // "Ivanivka, Kharkiv": next to a province that does not hold it, or a city hundreds of
  // kilometres away, a namesake is less likely than a village missing from the gazetteer.
  // "Bagh, Tirah": nor can a district lie inside a town or a valley far from it.
  const ko = ix.kind(outer);
  if (ko === 'admin1' && this.namedByPrefix(inner, outer)) return -1;
  if (ko === 'admin1' || ko === 'admin2') return FAR_NAMESAKE_COST;
  const ki = ix.kind(inner);
  const townOuter = ko === 'populated-place' || ko === 'other';
  const innerFits = ki === 'populated-place' || ki === 'other' || ki === 'admin2';
  if (townOuter && innerFits && !nearBy(ix, inner, outer, 150)) return FAR_NAMESAKE_COST;
  return -3;
}
