import type { Doc, EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { liesIn } from './events-place.ts';
import { haversineKm } from '../gazetteer/geo.ts';
import { sentenceTeller } from './events-counts.ts';
type PlaceEntry = NonNullable<ReturnType<Context['places']['get']>>;

// (Session 17, news32) A later sentence that tells the same incident again is no second event:
// "a suspected hitman ... was shot dead by unidentified assailants in Barangay Lorega. Police said
// that the fatality was likely shot dead by other armed drug suspects", "the 2024 suicide bombing
// at a police training centre ... According to the prosecution, the bomber had detonated his vest
// at the gate of the centre on March 14, 2024". The retelling names its people by a definite noun
// that points back ("the fatality", "the bomber"), says no "another" or "second", and agrees with
// the first telling: the same type, no place or the same, no date or one inside the first's, no
// count that differs. It is merged into the first event (which takes the retelling's more precise
// day, a place or count it lacked, and a rule `retold-in:<trigger>`), not numbered itself, so
// nothing can refer to it. (Session 20, news42: also an act told in what a claim of responsibility
// for the act says, "claimed the bombing ..., saying one of its fighters had detonated ...".)

/** People or doers named by "the": the ones the story already told of. */
const BACK_REFERENCE =
  /\b(?:the|this|that)\s+(?:(?:[\p{L}-]+)\s+)?(?:(fatality|fatalities|victim|victims|deceased|dead man|slain man)|drone|bomber|suicide bomber|attacker|attackers|assailant|assailants|gunman|gunmen|hitman|killer|killers|shooter|shooters|perpetrator|perpetrators|kidnappers|abductors)\b/iu;
/**
 * A claim of an act told before, then what the claimant said of it: "claimed the bombing ...,
 * saying", "claimed responsibility in a statement, saying" (session 20, news42).
 */
const CLAIM_SAYING = /\bclaim(?:ed|s)\s+(?:responsibility|(?:the|that|this)\s+[\p{L}-]+)\b[^.;]*?,\s*(?:saying|adding)\b/iu;
/** "the 2022 bombing", "the 2014 school attack": a definite act named by its year, right before the trigger. */
const RECALLED_YEAR = /\bthe\s+((?:19|20)\d\d)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A passive between the noun and the trigger: "the assailants were killed" befell the doers. */
const PASSIVE = /\b(?:was|were|been|being|got|get|is|are)\b/i;
const ANOTHER = /\b(?:another|other|second|third|separate|new|fresh|again|also|earlier|previous|later|next|same)\b/i;
/** "the same perpetrators shot dead another man": a further victim right after the trigger. */
const ANOTHER_AFTER = /^[^,;.]{0,30}?\b(?:another|a second|a third|two more|more|further)\b/i;

/** The earlier event `e` retells, or null. `earlier` in text order; `sentenceText` up to e's trigger. */
export function retellingOf(doc: Doc, ctx: Context, e: EventRecord, earlier: readonly EventRecord[]): EventRecord | null {
  const before = doc.text.slice(doc.sentences[e.sentence].start, e.trigger.start);
  // "IS-KP claimed the bombing through its Amaq news agency, saying one of its fighters had
  // detonated an explosive vest": what a claim of the act says it was is that act again.
  // (Session 21, news52) "A man convicted of the 2022 bombing ... The 2022 bombing killed 60
  // worshippers": a recalled act named again as "the <year> <noun>" is the act of that year told
  // before (of its type, dated within that year), however far back it was told.
  const recalled = RECALLED_YEAR.exec(before);
  if (recalled && e.date && e.date.start.startsWith(recalled[1]) && e.date.end.startsWith(recalled[1])) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const a = earlier[i];
      if (a.sentence === e.sentence || a.type !== e.type || !a.date) continue;
      if (!a.date.start.startsWith(recalled[1]) || !a.date.end.startsWith(recalled[1])) continue;
      return agrees(ctx, a, e) ? a : null;
    }
  }
  const inClaim = CLAIM_SAYING.test(before);
  const ref = inClaim ? null : BACK_REFERENCE.exec(before);
  if ((!ref && !inClaim) || ANOTHER.test(before) || ANOTHER_AFTER.test(doc.text.slice(e.trigger.end, e.end))) return null;
  if (ref) {
    // The definite noun must be the trigger's own subject: nothing but a few words between.
    const between = before.slice(ref.index + ref[0].length);
    if (/[,;:]/.test(between)) return null;
    // "once all of the assailants were killed", "After the assailant was shot ... by responding
    // police officers": what befell the first telling's doers is another act, the response.
    if (!ref[1] && PASSIVE.test(between)) return null;
  }
  for (let i = earlier.length - 1; i >= 0; i--) {
    const a = earlier[i];
    if (a.sentence === e.sentence) continue;
    if (a.type !== e.type) continue;
    if (doc.sentences[a.sentence].paragraph + 1 < doc.sentences[e.sentence].paragraph - 2) return null;
    return agrees(ctx, a, e) ? a : null;
  }
  return null;
}

/**
 * Whether `place` lies inside `region`, a district or province (session 21, news48): "A drone
 * strike killed four militants in North Waziristan. The drone fired two missiles at a compound
 * in Datta Khel" tells one strike, the second time more precisely.
 */
function narrowsRegion(ctx: Context, place: string, region: string): boolean {
  const outer = ctx.places.get(region);
  const inner = ctx.places.get(place);
  if (!outer || !inner || inner === outer) return false;
  if (outer.kind === 'admin1' || outer.kind === 'admin2') return liesIn(inner, outer);
  return partOfNamingCity(outer, inner);
}

/**
 * (Session 21, news49) "Gunmen shot dead a polio worker in Peshawar ... in the Badaber area when
 * the attackers opened fire": a city that gives its district its name stands for the district
 * in a report, and a place of that district near it is a part of it, told more precisely. Two
 * towns of one district otherwise still disagree.
 */
function partOfNamingCity(city: PlaceEntry, part: PlaceEntry): boolean {
  if (city.kind !== 'populated-place' || !city.admin2 || city.name !== city.admin2 || part.admin2 !== city.admin2 || part.country !== city.country) return false;
  if (city.lat === null || city.lon === null || part.lat === null || part.lon === null) return false;
  return haversineKm(city.lat, city.lon, part.lat, part.lon) <= CITY_PART_KM;
}

/** How far from a city's point a part of it may lie. */
const CITY_PART_KM = 30;

function agrees(ctx: Context, a: EventRecord, e: EventRecord): boolean {
  // Its doers named in their own words are the first telling's, or unnamed ("the perpetrators":
  // an unidentified group); whoever the first telling's doers are is not its victim.
  const aAgents = a.actors.filter((r) => r.role === 'agent').map((r) => r.actor);
  for (const r of e.actors) {
    if (r.role === 'agent' && !r.inferred && !aAgents.includes(r.actor) && !r.actor.startsWith('unidentified-')) return false;
    if (r.role === 'target' && aAgents.includes(r.actor)) return false;
  }
  if (e.place && a.place && e.place !== a.place && !narrowsRegion(ctx, e.place, a.place)) return false;
  if (e.date) {
    if (!a.date || e.date.start < a.date.start || e.date.end > a.date.end) return false;
  }
  for (const c of e.counts) {
    const same = a.counts.find((x) => x.kind === c.kind);
    if (same && same.value !== c.value) return false;
  }
  return true;
}

/**
 * Folds each event of the sentence just told (`kept`, the last events of `events`) that retells
 * an earlier one into it, takes it out of `events` and numbers the sentence's other events
 * again. Returns each folded event with the one it joined, or null when none is.
 */
export function mergeRetellings(
  doc: Doc,
  ctx: Context,
  kept: readonly EventRecord[],
  events: EventRecord[],
  dedupe: (r: EventRecord['actors']) => EventRecord['actors'],
): Map<EventRecord, EventRecord> | null {
  const first = events.length - kept.length;
  const earlier = events.slice(0, first);
  let merged: Map<EventRecord, EventRecord> | null = null;
  for (const e of kept) {
    const told = retellingOf(doc, ctx, e, earlier);
    if (told) {
      mergeRetelling(ctx, told, e, dedupe);
      (merged ??= new Map()).set(e, told);
      continue;
    }
    const held = hostagesStillHeld(doc, ctx, e, earlier);
    if (!held) continue;
    mergeHeld(ctx, held, e, dedupe);
    (merged ??= new Map()).set(e, held.act);
  }
  if (!merged) return null;
  const stays = kept.filter((e) => !merged!.has(e));
  events.splice(first, kept.length, ...stays);
  stays.forEach((e, i) => (e.id = `e${first + i + 1}`));
  return merged;
}

/** Folds the retelling `e` into the event `a` it retells. */
function mergeRetelling(ctx: Context, a: EventRecord, e: EventRecord, dedupe: (r: EventRecord['actors']) => EventRecord['actors']): void {
  if (e.date && (!a.date || a.date.start !== e.date.start || a.date.end !== e.date.end)) {
    a.date = e.date;
    a.dateMention = e.dateMention;
  }
  if (e.place && (!a.place || (a.place !== e.place && narrowsRegion(ctx, e.place, a.place)))) {
    a.place = e.place;
    a.placeMention = e.placeMention;
  }
  joinCountsAndActors(a, e, dedupe);
  a.rules.push(`retold-in:${e.trigger.text}`);
}

/**
 * What a second telling `e` adds to the act `a` it tells again: the kinds of count `a` lacks, its
 * victims in any case, its doers only when `a` named none (and only doers it named itself).
 * Shared by retellings (here) and one act told twice in a sentence (same-act.ts).
 */
export function joinCountsAndActors(a: EventRecord, e: EventRecord, dedupe: (r: EventRecord['actors']) => EventRecord['actors']): void {
  for (const c of e.counts) if (!a.counts.some((x) => x.kind === c.kind)) a.counts.push(c);
  const hasAgent = a.actors.some((r) => r.role === 'agent');
  a.actors = dedupe([...a.actors, ...e.actors.filter((r) => (r.role === 'agent' ? !hasAgent && !r.inferred : true))]);
}

/** (news68) "holding 180 hostages", "held 30 passengers hostage": a kidnapping told by the verb of keeping. */
const HOLD_TRIGGER = /^(?:hold|holds|holding|held)\b/i;

interface Held {
  act: EventRecord;
  /** Who gives the later figure, when it differs from the act's. */
  teller: (EventRecord['counts'][number]['toldBy'] & {}) | null;
}

/**
 * (news68) "Militants … attacked a train, taking dozens of passengers hostage. … The BLA said its
 * fighters were holding 180 hostages": hostages held after a kidnapping was told are the ones it
 * took, not a second kidnapping. A kidnapping told by a verb of keeping ("holding", "held") in a
 * later sentence, with no word of another act before it ("another", "separate", "new"), is the
 * latest kidnapping told before it (within the paragraphs a retelling may reach) when the two
 * agree (doers, place, day). A figure of its own that differs is its teller's rival figure
 * (`toldBy`), as a rival toll is; with no teller to give it, it stays an act of its own.
 */
function hostagesStillHeld(doc: Doc, ctx: Context, e: EventRecord, earlier: readonly EventRecord[]): Held | null {
  if (e.type !== 'kidnapping' || !HOLD_TRIGGER.test(e.trigger.text)) return null;
  const si = e.sentence;
  const before = doc.text.slice(doc.sentences[si].start, e.trigger.start);
  if (ANOTHER.test(before) || ANOTHER_AFTER.test(doc.text.slice(e.trigger.end, e.end))) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const a = earlier[i];
    if (a.sentence === si || a.type !== 'kidnapping') continue;
    if (doc.sentences[a.sentence].paragraph + 1 < doc.sentences[si].paragraph - 2) return null;
    const differs = e.counts.some((c) => a.counts.some((x) => x.kind === c.kind && x.value !== c.value));
    const teller = differs ? sentenceTeller(doc, si, e.trigger.start) : null;
    if (differs && !teller) return null;
    const counts = e.counts;
    e.counts = differs ? e.counts.filter((c) => !a.counts.some((x) => x.kind === c.kind)) : counts;
    const ok = agrees(ctx, a, e);
    e.counts = counts;
    return ok ? { act: a, teller } : null;
  }
  return null;
}

/** Folds the hostages still held `e` into the kidnapping `held.act`: a differing figure joins as its teller's rival. */
function mergeHeld(ctx: Context, held: Held, e: EventRecord, dedupe: (r: EventRecord['actors']) => EventRecord['actors']): void {
  const a = held.act;
  const rivals = held.teller ? e.counts.filter((c) => a.counts.some((x) => x.kind === c.kind && x.value !== c.value)) : [];
  mergeRetelling(ctx, a, { ...e, counts: e.counts.filter((c) => !rivals.includes(c)) }, dedupe);
  a.rules[a.rules.length - 1] = `hostages-held-in:${e.trigger.text}`;
  for (const c of rivals) {
    a.counts.push({ ...c, toldBy: held.teller! });
    a.rules.push(`toll-rival:${c.kind}:${c.text}`);
  }
}
