import type { Doc, EntityMention } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { PlaceGazetteer } from '../gazetteer/places.ts';
import { withNamedGangs } from './named-gangs.ts';
import { endStartingBy, firstStartingFrom } from '../model/span-order.ts';

// Actor mentions: curated actors and generic ones per country ("police:PK"). Generic nouns
// get their country from the words next to them or from the text ("Afghanistan" in the same
// summary); settleActorCountries refines the country of those that had none of their own once
// the places are known, because ACLED names protesters, rioters, civilians and unidentified
// armed groups by where they act ("Protesters (India)" for a march in Kolkata).

/** The date that settles period-dependent names: the publication date, else the first full date in the text. */
export function referenceDate(doc: Doc, ctx: Context): string | null {
  if (ctx.published) return ctx.published;
  for (const d of doc.dates) if (d.value && d.precision === 'day' && !d.relative) return d.value.start;
  return null;
}

export function recognizeActorMentions(doc: Doc, ctx: Context): EntityMention[] {
  const mentions = withNamedGangs(doc, ctx.actors.match(doc.text, doc.tokens, ctx.published));
  if (doc.dates.length === 0) return mentions;
  // Both lists are in text order: one pass drops the mentions inside a date ("the Taliban takeover anniversary").
  const out: EntityMention[] = [];
  let d = 0;
  for (const m of mentions) {
    while (d < doc.dates.length && doc.dates[d].end <= m.start) d++;
    let inside = false;
    for (let k = d; k < doc.dates.length && doc.dates[k].start <= m.start; k++) {
      if (m.end <= doc.dates[k].end) inside = true;
    }
    if (!inside) out.push(m);
  }
  return out;
}

const BARE_GOVERNMENT = /^(?:the\s+)?government$/i;
const SETTLED_BY_TEXT = /:(country-word|of-country|coordinated-country-word):/;

/**
 * Generic mentions whose country did not come from their own words take the country of the
 * nearest place in their sentence, else of the first place in the document with a country.
 * State forces ("troops") keep a nationality the text gave; the others go where they act.
 * Returns the mentions, changed or not; run it after places are recognised.
 */
export function settleActorCountries(doc: Doc, ctx: Context): EntityMention[] {
  let documentCountry: string | null | undefined;
  const inDocument = () => (documentCountry === undefined ? (documentCountry = firstPlaceCountry(doc, ctx.places)) : documentCountry);
  const date = referenceDate(doc, ctx);
  // A new array by push, not map: a map TurboFan inlined makes a holey array where the
  // interpreter makes a packed one, and every reader of doc.actorMentions (events,
  // responsibility, the report) compiled for the one was thrown away at the other (session 20, perf20).
  const out: EntityMention[] = [];
  for (const m of doc.actorMentions) out.push(settleActorCountry(doc, ctx, m, inDocument, date));
  return out;
}

/** One mention of settleActorCountries: itself, or the same words read as another actor. */
function settleActorCountry(doc: Doc, ctx: Context, m: EntityMention, inDocument: () => string | null, date: ReturnType<typeof referenceDate>): EntityMention {
  if (m.rule.startsWith('actor-alias:')) return talibanInPakistan(doc, ctx, m, inDocument) ?? branchOf(doc, ctx, m, inDocument);
  if (!m.rule.startsWith('actor-generic:') || SETTLED_BY_TEXT.test(m.rule)) return m;
  const template = m.rule.split(':')[1];
  const spec = ctx.actors.templates.find((t) => t.id === template);
  if (!spec) return m;
  // "Pakistan's military said ... The military blamed the Pakistani Taliban ... and accused
  // Kabul": a bare "the military" is the state force of its kind the text named before by name
  // or nationality, not a force of the country its sentence names as accused.
  if (BARE_FORCE.test(doc.text.slice(m.start, m.end))) {
    const named = forceNamedBefore(doc, ctx, template, m);
    if (named) return named;
  }
  let country = nearestPlaceCountry(doc, m, ctx.places);
  // A force's nationality from a country word elsewhere in the text ("the Afghan border")
  // yields to a place in its own sentence ("policemen ... near Parachinar"), but not to one
  // abroad when its own sentence names the nationality ("Turkish army helicopters and
  // warplanes conducted airstrikes ... in Duhok").
  if (spec.countryBy === 'nationality' && !m.rule.endsWith(':no-country')) {
    const said = m.rule.slice(m.rule.lastIndexOf(':') + 1);
    if (country) {
      if (nationalityInSentence(doc, m, said)) return m;
    } else {
      // Unless that country is named only after the mention, in a text whose places are
      // elsewhere: "KABUL: ... security forces had arrested two suspects ... Pakistan's Foreign
      // Office condemned the bombing" are the Afghan forces (the document's country, below).
      const elsewhere = inDocument();
      // "Interior Minister Kamran Hayat said the government would not allow its soil to be used",
      // in a report about Kurram that names Kabul and "the Afghan side": a bare "the government"
      // in a sentence with no place is the government of the document's country.
      const bare = template === 'government' && BARE_GOVERNMENT.test(doc.text.slice(m.start, m.end));
      if (!elsewhere || elsewhere === said || (!bare && countryNamedBefore(doc, ctx, said, m.start))) return m;
    }
  }
  let how = 'place-in-sentence';
  if (!country) {
    country = inDocument();
    how = 'place-in-document';
  }
  if (!country) return m;
  const entity = ctx.actors.instantiate(template, country, date);
  if (entity === m.entity) return m;
  return { ...m, entity, rule: `actor-generic:${template}:${how}:${country}` };
}

/**
 * A group with national branches, named where a branch acts, is that branch: "Islamic State"
 * fighting in Nangarhar is IS-KP, as ACLED codes "Islamic State (Afghanistan)". The country is
 * the nearest place's in the sentence, else the document's.
 */
function branchOf(
  doc: Doc,
  ctx: Context,
  m: EntityMention,
  inDocument: () => string | null,
): EntityMention {
  // Few groups have branches: for the rest no country, and so no place, is looked up.
  if (!ctx.actors.hasBranches(m.entity)) return m;
  const inSentence = nearestPlaceCountry(doc, m, ctx.places);
  const cc = inSentence ?? inDocument();
  const branch = cc ? ctx.actors.branchOf(m.entity, cc) : null;
  if (!branch) return m;
  return { ...m, entity: branch, rule: `${m.rule}+branch:${inSentence ? 'place-in-sentence' : 'place-in-document'}:${cc}` };
}

/** The rule a bare "Taliban" read as the Pakistani Taliban carries: the reading is inferred. */
export const TALIBAN_IN_PAKISTAN = 'taliban-in-pakistan';
const BARE_TALIBAN = /^(?:the\s+)?tal[ie]ban(?:\s+(?:militants?|insurgents?|fighters?|members?|terrorists?|commanders?))?$/i;
const PAKISTANI_WORD = /\bPak(?:istani)?\b/;
/** Words that take the Taliban across the border: the Afghan ones. */
const CROSS_BORDER = /\b(?:from Afghanistan|across the border|cross-border|Afghan|Afghanistan|Kabul)\b/i;

/**
 * "Taliban kill Pakistani soldier in South Waziristan": a bare "Taliban" acting inside Pakistan
 * (no place of the text or of its sentence is mostly elsewhere, and one of them is in Pakistan,
 * or the sentence names a Pakistani actor or target) with no word of the border or of Afghanistan in its sentence is the Pakistani
 * Taliban, as Pakistani news and UCDP's Pakistan coding mostly mean it (27 of the 28 UCDP dev
 * headlines with a bare "Taliban" in Pakistan code the TTP as the side). Null otherwise.
 */
function talibanInPakistan(doc: Doc, ctx: Context, m: EntityMention, inDocument: () => string | null): EntityMention | null {
  if (m.entity !== 'afghan-taliban' || !BARE_TALIBAN.test(doc.text.slice(m.start, m.end))) return null;
  const s = sentenceOf(doc, m.start);
  if (!s) return null;
  const sentence = doc.text.slice(s.start, s.end);
  if (CROSS_BORDER.test(sentence)) return null;
  // A text about Afghanistan stays there: "Zaeef, the former Taliban envoy to Pakistan" in a
  // Kabul report (GTD codes its Afghan records "Taliban").
  const documentCc = inDocument();
  if (documentCc && documentCc !== 'PK') return null;
  const inSentence = nearestPlaceCountry(doc, m, ctx.places);
  if (inSentence && inSentence !== 'PK') return null;
  // "Taliban kill Pakistani soldier in attack on army bunker": a Pakistani target, named or counted.
  const pakistaniActor = PAKISTANI_WORD.test(sentence) || doc.actorMentions.some((x) => x !== m && x.start >= s.start && x.end <= s.end && ctx.actors.get(x.entity)?.country === 'PK');
  const how = inSentence ? 'place-in-sentence' : pakistaniActor ? 'pakistani-actor-in-sentence' : documentCc ? 'place-in-document' : null;
  if (!how || !ctx.actors.get('ttp')) return null;
  // "The Taliban have dismissed the report" in a text that names the Afghan Taliban by a name of
  // their own ("the Taliban government", "the Islamic Emirate") and the TTP by its own: with only
  // the document's places for it, the bare name is the Afghan Taliban the text already named.
  if (how === 'place-in-document' && namesBoth(doc)) return null;
  return { ...m, entity: 'ttp', rule: `${m.rule}+${TALIBAN_IN_PAKISTAN}:${how}` };
}

/** Does the text name the Afghan Taliban by a name other than a bare "Taliban", and the TTP by one of its own? */
function namesBoth(doc: Doc): boolean {
  let afghan = false;
  let ttp = false;
  for (const x of doc.actorMentions) {
    if (x.entity === 'afghan-taliban' && !BARE_TALIBAN.test(doc.text.slice(x.start, x.end))) afghan = true;
    else if (x.entity === 'ttp' && !x.rule.includes(TALIBAN_IN_PAKISTAN)) ttp = true;
  }
  return afghan && ttp;
}

const BARE_FORCE = /^the\s+(?:military|army)$/i;

/**
 * The latest earlier mention, named by its own words (an alias, "Pakistani troops"), of a force of
 * the template's kind, as `m` re-read as that force (`m` itself when it already is); null when none
 * is, or when `m`'s own sentence names a force of its kind by nationality ("the Afghan forces ...").
 */
function forceNamedBefore(doc: Doc, ctx: Context, template: string, m: EntityMention): EntityMention | null {
  let found: EntityMention | null = null;
  for (const a of doc.actorMentions) {
    if (a.start >= m.start) break;
    if (!(a.rule.startsWith('actor-alias:') || SETTLED_BY_TEXT.test(a.rule))) continue;
    if (ctx.actors.templateOf(a.entity) === template && ctx.actors.get(a.entity)?.type === 'state') found = a;
  }
  if (!found) return null;
  const cc = ctx.actors.get(found.entity)?.country;
  if (!cc || doc.actorMentions.some((x) => x !== m && SETTLED_BY_TEXT.test(x.rule) && sentenceOf(doc, x.start) === sentenceOf(doc, m.start) && ctx.actors.templateOf(x.entity) === template)) return null;
  return found.entity === m.entity ? m : { ...m, entity: found.entity, rule: `actor-generic:${template}:named-before:${cc}` };
}

/** True when another mention of the sentence carries the nationality `cc` in its own words ("Turkish army"). */
function nationalityInSentence(doc: Doc, m: EntityMention, cc: string): boolean {
  const s = sentenceOf(doc, m.start);
  if (!s) return false;
  const own = new RegExp(`:(?:country-word|of-country|coordinated-country-word):${cc}$`);
  return doc.actorMentions.some((x) => x !== m && x.start >= s.start && x.end <= s.end && own.test(x.rule));
}

/**
 * True when a place of country `cc`, or an actor whose own words give it that country (a curated
 * actor, "Pakistani police"), is named before `offset`.
 */
function countryNamedBefore(doc: Doc, ctx: Context, cc: string, offset: number): boolean {
  for (const p of doc.placeMentions) if (p.start < offset && ctx.places.get(p.entity)?.country === cc) return true;
  for (const a of doc.actorMentions) {
    if (a.start >= offset || !(a.rule.startsWith('actor-alias:') || SETTLED_BY_TEXT.test(a.rule))) continue;
    if (ctx.actors.get(a.entity)?.country === cc) return true;
  }
  return false;
}

function sentenceOf(doc: Doc, offset: number): { start: number; end: number } | null {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

function nearestPlaceCountry(doc: Doc, m: EntityMention, places: PlaceGazetteer): string | null {
  const s = sentenceOf(doc, m.start);
  if (!s) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  // The places of the sentence: read from the first starting in it (span-order.ts), not the whole list.
  const ps = doc.placeMentions;
  for (let i = firstStartingFrom(ps, s.start), stop = endStartingBy(ps, s.end); i < stop; i++) {
    const p = ps[i];
    if (p.start < s.start || p.end > s.end) continue;
    // A place inside the mention is part of its name ("US" in "US military"), not where it acts.
    if (p.start >= m.start && p.end <= m.end) continue;
    const cc = places.get(p.entity)?.country ?? null;
    if (!cc) continue;
    // A place after the noun ("protesters in Lahore") is where it acts; one before counts a little less.
    const distance = p.start >= m.end ? p.start - m.end : (m.start - p.end) * 1.5;
    if (distance < bestDistance) [best, bestDistance] = [cc, distance];
  }
  return best;
}

function firstPlaceCountry(doc: Doc, places: PlaceGazetteer): string | null {
  const votes = new Map<string, number>();
  let first: string | null = null;
  for (const p of doc.placeMentions) {
    const cc = places.get(p.entity)?.country ?? null;
    if (!cc) continue;
    first ??= cc;
    votes.set(cc, (votes.get(cc) ?? 0) + 1);
  }
  let best = first;
  for (const [cc, n] of votes) if (n > (votes.get(best!) ?? 0)) best = cc;
  return best;
}

/**
 * The country a document's events happen in, for generic actors an extractor creates itself
 * (every protest has protesters, named or not): the most named country of its places, else the
 * country its words or actors point to. Null when nothing points anywhere.
 */
export function documentCountry(doc: Doc, ctx: Context): string | null {
  const fromPlaces = firstPlaceCountry(doc, ctx.places);
  if (fromPlaces) return fromPlaces;
  for (const m of doc.actorMentions) {
    const e = ctx.actors.get(m.entity);
    if (e?.country && e.type !== 'external') return e.country;
  }
  return null;
}
