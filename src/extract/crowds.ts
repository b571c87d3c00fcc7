import type { Doc, EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { isGenericActorId } from '../gazetteer/actors.ts';
import { documentCountry } from '../recognize/actors.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { diedAfter } from './victim-after.ts';
import { endStartingBy, firstEndingFrom, firstStartingFrom } from '../model/span-order.ts';

// A protest or a riot is done by a crowd, whoever the report names: "residents protested",
// "around 200 persons demonstrated", "members of the CGT held a rally". ACLED codes that crowd
// as "Protesters (<country>)" or "Rioters (<country>)" and puts any named organiser beside it
// (CODEBOOKS.md §2.2), and so do we: the crowd (`crowd` in data/events.json) is the event's
// first agent, placed in the country where the event happens. Two more codebook rules live here:
// violence by a crowd is a riot ("villagers beat a suspected thief", "locals clashed with
// police"), and a protest that turns violent is one riot, not a protest and a riot (§2.1).

/** Generic actors that are a crowd of unorganised people: their violence is a riot. */
const CROWDS = new Set(['protesters', 'rioters', 'civilians']);
/** Generic subjects a protest's or riot's crowd stands for ("residents protested", "assailants pelted stones"). */
const FOLDED = new Set([...CROWDS, 'unidentified-armed-group', 'unidentified-gang', 'communal-militia']);
/** Violence that is a riot when a crowd does it: attacks, arson and looting. */
const CROWD_VIOLENCE = new Set(['attack', 'property-destruction']);
/**
 * A subject that says it is armed, or organised crime, is no crowd, even unnamed ("an unidentified
 * armed group vandalized ...", "beaten up by members of an organized criminal group").
 */
const ARMED_WORDS = /armed|gun|militant|insurgent|terrorist|bandit|fighter|militia|gang|criminal|cartel|traffick/i;
const CROWD_NOUN = /^(?:rioters?|riots?|rioting|mobs?|mob attack|mob violence|rampage)$/i;
/** What may stand between a subject and its verb: an adverb or two ("allegedly", "also"). */
const IMMEDIATE_SUBJECT = /^\s*(?:[\p{L}]+ly\s+|also\s+|then\s+)?$/u;
/** Riot acts that destroy property rather than hurt people. */
const DESTRUCTION = /vandali|ransack|burn|tyre|tire|barricad|debris|obstacle/i;
/** Triggers of a two-sided fight: a crowd on either side of one makes it a riot ("police clashed with protesters", "villagers clashed"). */
const CLASH = /^(?:clash|clashes|clashed|fought)$/i;

/**
 * The events of one sentence with their crowds settled: crowd violence becomes a riot, a
 * protest beside a riot joins it, and every protest and riot gets its crowd as first agent.
 * `country` gives the document's country, asked for only when an event has no place.
 */
export function settleCrowds(
  doc: Doc,
  ctx: Context,
  events: EventRecord[],
  lex: EventLexicon,
  country: () => string | null,
): EventRecord[] {
  // Most sentences have no event: nothing to settle, and no closures to make.
  if (events.length === 0) return events;
  const riotType = riotTypeOf(lex);

  // The sentence's protest: neither loop below changes a protest's type, so it is found once.
  const protestEvent = events.find((e) => lex.types.get(e.type)?.crowd === 'protesters');
  const protest = !!protestEvent;
  for (const e of events) {
    if (!riotType || !CROWD_VIOLENCE.has(e.type)) continue;
    const agent = e.actors.find((r) => r.role === 'agent');
    const about = protestedAbout(doc, agent, e) || (!!protestEvent && protestedAbout(doc, protestEvent.trigger, e));
    const byCrowd = !!agent && isCrowd(ctx, agent.actor) && !objectOfEarlierVerb(doc, ctx, e, agent) && !about;
    const clash = e.type === 'attack' && CLASH.test(e.trigger.text);
    // The crowd is one side of the fight: its subject or the first one it fought ("clashed with villagers").
    const firstTarget = e.actors.find((r) => r.role === 'target');
    // (Not a crowd the fight killed or hurt: "Sectarian clashes erupt in Parachinar;Three civilians
    // also killed in Kurram", "clashes killed three villagers": they are its victims, no side.)
    // (When the sides are named, "27 people were injured in a clash between supporters of two
    // leaders", the hurt are among them.)
    const sidesNamed = SIDES_AFTER.test(doc.text.slice(e.trigger.end, e.trigger.end + 40));
    // (news55) "clashes between rival groups left at least nine people dead": the sides named, the
    // dead told after a verb of their own are still its victims.
    const victim = (r: { start: number; end: number }) =>
      victimOfCasualty(doc.text, r) && (!sidesNamed || (r.start > e.trigger.end && TOLL_VERB_BETWEEN.test(doc.text.slice(e.trigger.end, r.start))));
    const crowdInClash = clash && [agent, firstTarget].some((r) => !!r && isCrowd(ctx, r.actor) && !(r.role === 'target' && victim(r)));
    // "around 300 activists clashed with each other during a demonstration": the fight is the protest's.
    const inProtest = protest && clash && (!agent || crowdTemplate(ctx, agent.actor) === 'unidentified-armed-group');
    if (!byCrowd && !crowdInClash && !inProtest) continue;
    e.rules.push(byCrowd ? `riot:${e.type}-by-crowd:${crowdTemplate(ctx, agent!.actor)}` : crowdInClash ? 'riot:clash-with-crowd' : 'riot:violence-in-protest');
    e.type = riotType;
    if (!byCrowd && crowdInClash) {
      // The crowd acts; the force it fought is the other side.
      const crowd = [agent, firstTarget].find((r) => !!r && isCrowd(ctx, r.actor))!;
      e.actors = [{ ...crowd, role: 'agent' }, ...e.actors.filter((r) => r !== crowd).map((r) => ({ ...r, role: 'target' as const }))];
    }
  }

  for (const e of events) {
    if (e.type !== riotType || e.rules.some((r) => r.startsWith('riot:'))) continue;
    // A riot act by an army or a named armed group is no riot: "the military ransacked warehouses".
    const agent = e.actors.find((r) => r.role === 'agent');
    if (!agent || (FOLDED.has(crowdTemplate(ctx, agent.actor) ?? '') && !ARMED_WORDS.test(doc.text.slice(agent.start, agent.end))) || ctx.actors.get(agent.actor)?.type === 'protesters') continue;
    // Only its own subject, right before the verb: not "... towards Palestinians who hurled stones", not the noun "rioters".
    if (CROWD_NOUN.test(e.trigger.text) || !IMMEDIATE_SUBJECT.test(doc.text.slice(agent.end, e.trigger.start))) continue;
    const destruction = DESTRUCTION.test(e.trigger.text) && lex.types.has('property-destruction');
    e.rules.push(`riot-act-by-armed-actor:${destruction ? 'property-destruction' : 'attack'}`);
    e.type = destruction ? 'property-destruction' : 'attack';
  }

  // "Demonstrators blocked the road with burning tires": a protest whose sentence names a riot's
  // act (data/events.json protestCues) is a riot, done by the protest's crowd.
  const cue = riotType ? lex.protestCues.get(riotType) : undefined;
  if (cue && protestEvent && !events.some((e) => e.type === riotType)) {
    const e = protestEvent;
    const hit = cue.exec(doc.text.slice(e.start, e.end));
    if (hit) {
      e.type = riotType!;
      e.rules.push(`riot:protest-cue:${hit[0].toLowerCase().replace(/\s+/g, ' ')}`);
    }
  }

  let out = events;
  const riot = events.find((e) => lex.types.get(e.type)?.crowd === 'rioters');
  if (riot) {
    out = events.filter((e) => {
      if (lex.types.get(e.type)?.crowd !== 'protesters') return true;
      if (!riot.place && e.place) [riot.place, riot.placeMention] = [e.place, e.placeMention];
      if (!riot.date && e.date) [riot.date, riot.dateMention] = [e.date, e.dateMention];
      riot.actors = [...riot.actors, ...e.actors.filter((r) => !riot.actors.some((x) => x.actor === r.actor))];
      riot.rules.push(`riot:protest-turned-violent:${e.trigger.text}`);
      return false;
    });
  }

  for (const e of out) {
    const template = lex.types.get(e.type)?.crowd;
    if (template) addCrowd(doc, ctx, e, template, country);
    if (template === 'rioters') officersAsPolice(doc, ctx, e);
  }
  return out;
}

/**
 * (news57) What a riot did right to bare "officers" or "constables": "the crowd had pelted
 * officers with stones", "rioters attacked two constables". No actor noun names them; a crowd's
 * violence at officers is at the police, and the police the paragraph has named up to the
 * trigger are those officers.
 */
const OFFICERS_AFTER = /^\s+(?:(?:the|an?|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+)?(officers?|constables?)\b(?!\s+of\b|'|’)/i;

/**
 * A riot with no target whose trigger is followed by bare officers takes as its target the
 * police force the paragraph named last before the trigger (rule `target:officers-are-police:<id>`,
 * inferred); none named, none taken.
 */
function officersAsPolice(doc: Doc, ctx: Context, e: EventRecord): void {
  if (e.actors.some((r) => r.role === 'target')) return;
  const m = OFFICERS_AFTER.exec(doc.text.slice(e.trigger.end, e.trigger.end + 40));
  if (!m) return;
  const paragraph = doc.sentences[e.sentence].paragraph;
  let start = e.sentence;
  while (start > 0 && doc.sentences[start - 1].paragraph === paragraph) start--;
  const from = doc.sentences[start].start;
  let police: string | null = null;
  for (const a of doc.actorMentions) {
    if (a.start >= e.trigger.start) break;
    if (a.start >= from && ctx.actors.templateOf(a.entity) === 'police') police = a.entity;
  }
  if (!police) return;
  const at = e.trigger.end + m.index + m[0].indexOf(m[1]);
  e.actors.push({ actor: police, role: 'target', inferred: true, start: at, end: at + m[1].length });
  e.rules.push(`target:officers-are-police:${police}`);
}

/**
 * "KARACHI: ... after a sit-in by traders in Karachi's Saddar area turned violent. // On Friday
 * afternoon, some protesters threw stones at police": a protest or riot with no place of its own
 * is still at the protest the report was telling, when the document's latest placed event before
 * it is a protest or a riot. That event, or null (session 20, news42).
 */
export function crowdSceneBefore(earlier: readonly EventRecord[], lex: EventLexicon): EventRecord | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    if (earlier[i].place !== null) return lex.types.get(earlier[i].type)?.crowd ? earlier[i] : null;
  }
  return null;
}

/** A generic actor's template ("protesters" of "protesters:PK"); null for a named actor. */
function crowdTemplate(ctx: Context, id: string): string | null {
  return isGenericActorId(ctx.actors, id) ? ctx.actors.templateOf(id) : null;
}

// "killed three villagers", "injuring two residents": the object of a casualty verb.
const CASUALTY_OBJECT_BEFORE = /\b(?:kill|kills|killed|killing|wound|wounds|wounded|wounding|injure|injures|injured|injuring|martyred)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;

/** A verb of a toll between a fight and those it hurt: "clashes between two tribes left nine people dead". */
const TOLL_VERB_BETWEEN = /\b(?:left|leaving|leaves|killed|killing|kills|wounded|wounding|injured|injuring|claimed|claiming)\b/i;

// "a clash between two groups", "clashes among villagers": the fight's sides follow.
const SIDES_AFTER = /^\s*(?:[\p{Ll}-]+\s+)?(?:between|among|amongst)\b/u;

/** Whether the target mention was killed or hurt: told so after it, or the object of a casualty verb. */
function victimOfCasualty(text: string, r: { start: number; end: number }): boolean {
  return diedAfter(text, r.end) || CASUALTY_OBJECT_BEFORE.test(text.slice(Math.max(0, r.start - 50), r.start));
}

function isCrowd(ctx: Context, id: string): boolean {
  return CROWDS.has(crowdTemplate(ctx, id) ?? '');
}

const riotTypes = new WeakMap<EventLexicon, string | undefined>();

/** The lexicon's event type for riots (its crowd is "rioters"), looked up once per lexicon. */
function riotTypeOf(lex: EventLexicon): string | undefined {
  if (!riotTypes.has(lex)) riotTypes.set(lex, [...lex.types].find(([, spec]) => spec.crowd === 'rioters')?.[0]);
  return riotTypes.get(lex);
}

/**
 * True when an actor other than a crowd comes before the crowd in its clause: the crowd is then an object
 * ("Assailants pulled a civilian from his vehicle and killed him"), not the one who acts.
 */
function objectOfEarlierVerb(doc: Doc, ctx: Context, e: EventRecord, agent: { start: number }): boolean {
  const before = doc.text.slice(e.start, agent.start);
  // Right after a verb: "armed men attacked civilians and looted sheep".
  if (/\b\p{L}+ed\s+(?:(?:the|a|an|some|several|local|\p{N}+)\s+)*$/u.test(before)) return true;
  const clauseStart = e.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  // Another crowd before it is the same crowd ("a group of locals").
  // (Only mentions starting from clauseStart on can: the list is read from there, not whole.)
  const ms = doc.actorMentions;
  for (let i = firstStartingFrom(ms, clauseStart), stop = endStartingBy(ms, agent.start); i < stop; i++) {
    const m = ms[i];
    if (m.start >= clauseStart && m.end <= agent.start && !isCrowd(ctx, m.entity)) return true;
  }
  return false;
}

/**
 * Words between a crowd and a violent trigger that make the violence what the crowd protests
 * about, or another's act in a relative clause, not the crowd's own: "people demonstrated to
 * denounce the recent shooting", "to demand justice in the case of a man that had assaulted a
 * girl", "the protesters denounced the targeted killing of activists".
 */
const PROTESTED_ABOUT = /\b(?:denounc\w*|demand\w*|condemn\w*|protest\w*|against|justice|call(?:ed|ing)? for|commemorat\w*|in memory|to mark|anniversary|to support|in support|(?:that|who|which) (?:had|has|have|was|were))\b/i;

function protestedAbout(doc: Doc, agent: { end: number } | undefined, e: EventRecord): boolean {
  return !!agent && agent.end < e.trigger.start && PROTESTED_ABOUT.test(doc.text.slice(agent.end, e.trigger.start));
}

function addCrowd(
  doc: Doc,
  ctx: Context,
  e: EventRecord,
  template: string,
  documentCountry: () => string | null,
): void {
  const agents = e.actors.filter((r) => r.role === 'agent');
  let subject = agents.find((r) => FOLDED.has(crowdTemplate(ctx, r.actor) ?? ''));
  // The trigger may name the crowd itself ("Protesters marched", "rioters blocked the road").
  const named = subject ? undefined : mentionHolding(doc, ctx, e.trigger);
  if (named) subject = { actor: named.entity, role: 'agent', inferred: false, start: named.start, end: named.end };
  // ACLED names a crowd by where it acts, unless the report gives it a nationality of its own
  // ("Bolivian rioters threw rocks at Chilean officers", "British nationals protested in Pafos").
  const ownWords = subject ? ownNationality(doc, subject) : undefined;
  // "Slovak and Ukrainian activists gathered in Bratislava": two nationalities give none; the place decides.
  const mixed = !!ownWords && nationalityBefore(doc, ctx, ownWords.start, ctx.actors.get(subject!.actor)?.country ?? null);
  const subjectCountry = subject ? ctx.actors.get(subject.actor)?.country ?? null : null;
  const place = eventPlaceCountry(doc, ctx, e);
  let cc: string | null;
  let from: string;
  if (ownWords && subjectCountry && !mixed) [cc, from] = [subjectCountry, 'nationality'];
  else if (place) [cc, from] = [place, 'event-place'];
  else if (subjectCountry) [cc, from] = [subjectCountry, 'subject'];
  else [cc, from] = [documentCountry(), 'document'];
  const crowd = ctx.actors.instantiate(template, cc);
  const how = !subject ? 'implied' : crowdTemplate(ctx, subject.actor) === template ? 'subject' : `subject-${crowdTemplate(ctx, subject.actor)}`;
  const role = {
    actor: crowd,
    role: 'agent' as const,
    // Named by the text only when its own noun is the subject ("protesters marched").
    inferred: how !== 'subject',
    start: subject ? subject.start : e.trigger.start,
    end: subject ? subject.end : e.trigger.end,
  };
  e.actors = [role, ...e.actors.filter((r) => r !== subject && r.actor !== crowd)];
  e.rules.push(`crowd:${template}:${how}:${cc ? `${from}:${cc}` : 'no-country'}`);
}

/** The first crowd mention (in list order) that holds the trigger: read from the first mention that can end at or after it. */
function mentionHolding(doc: Doc, ctx: Context, t: { start: number; end: number }) {
  const ms = doc.actorMentions;
  for (let i = firstEndingFrom(ms, t.end), stop = endStartingBy(ms, t.start); i < stop; i++) {
    const m = ms[i];
    if (m.start <= t.start && t.end <= m.end && FOLDED.has(crowdTemplate(ctx, m.entity) ?? '')) return m;
  }
  return undefined;
}

/** The subject's own mention when a nationality word made it: the mentions starting where it does. */
function ownNationality(doc: Doc, subject: { actor: string; start: number; end: number }) {
  const ms = doc.actorMentions;
  for (let i = firstStartingFrom(ms, subject.start), stop = endStartingBy(ms, subject.start); i < stop; i++) {
    const m = ms[i];
    if (m.start === subject.start && m.end === subject.end && m.entity === subject.actor && NATIONALITY.test(m.rule)) return m;
  }
  return undefined;
}

const NATIONALITY = /:(?:country-word|of-country|coordinated-country-word):/;
/** A country word joined by "and" right before a mention: "Slovak and Ukrainian activists". */
const JOINED_NATIONALITY = /(\p{Lu}\p{L}+)\s+and\s+$/u;

/** True when another country's word stands joined by "and" right before `start`. */
function nationalityBefore(doc: Doc, ctx: Context, start: number, own: string | null): boolean {
  const m = JOINED_NATIONALITY.exec(doc.text.slice(Math.max(0, start - 40), start));
  const other = m ? ctx.actors.countryOf(m[1]) : null;
  return !!other && other !== own;
}
const BROAD: ReadonlySet<string> = new Set(['country', 'region']);

/**
 * Where the event happens, by the places of its sentence: each place names its country once, the
 * event's own place counts one and a half, and a whole country ("against the war in Ukraine")
 * counts only when nothing smaller is named. "Residents of a squat in the Pina neighborhood
 * gathered outside City Hall in Recife (Pernambuco)" is Brazil even if "Pina" alone pointed
 * elsewhere.
 */
/**
 * An act only a state does (a curfew, a court's sentence) with no agent named: the government of
 * the event's country, else of the document's, as its inferred agent. Nothing when neither is known.
 */
export function implyGovernment(doc: Doc, ctx: Context, e: EventRecord, documentCountry: () => string | null): void {
  const place = eventPlaceCountry(doc, ctx, e);
  const cc = place ?? documentCountry();
  if (!cc) return;
  const state = ctx.actors.instantiate('government', cc);
  e.actors = [{ actor: state, role: 'agent', inferred: true, start: e.trigger.start, end: e.trigger.end }, ...e.actors];
  e.rules.push(`agent:implied:government:${place ? 'event-place' : 'document'}:${cc}`);
}

export function eventPlaceCountry(doc: Doc, ctx: Context, e: EventRecord): string | null {
  const votes = new Map<string, number>();
  let broad: string | null = null;
  const ms = doc.placeMentions;
  for (let i = firstStartingFrom(ms, e.start), stop = endStartingBy(ms, e.end); i < stop; i++) {
    const m = ms[i];
    if (m.start < e.start || m.end > e.end) continue;
    const q = ctx.places.get(m.entity);
    if (!q?.country) continue;
    if (BROAD.has(q.kind)) {
      broad ??= q.country;
      continue;
    }
    votes.set(q.country, (votes.get(q.country) ?? 0) + (m.entity === e.place ? 1.5 : 1));
  }
  let best: string | null = null;
  for (const [cc, n] of votes) if (!best || n > votes.get(best)!) best = cc;
  return best ?? broad;
}

/** The document country for crowds, computed once per document on first use. */
export function lazyDocumentCountry(doc: Doc, ctx: Context): () => string | null {
  let cached: string | null | undefined;
  return () => (cached === undefined ? (cached = documentCountry(doc, ctx)) : cached);
}

/**
 * A weak trigger ("gathered", "blocked") is a protest only when no one but a crowd does it:
 * "residents blocked the road" is, "police blocked the road" is not. Its purpose is checked by
 * the caller (or its subject is the type's own crowd, below). (Session 21, news49) A subject that says it bears arms is no crowd: "About 20
 * gunmen blocked the main highway" is no protest, whatever the paragraph demands.
 */
export function weakTriggerHolds(ctx: Context, roles: EventRecord['actors'], purpose: boolean, text: string, crowd?: string): 'purpose' | 'crowd' | null {
  // (news61) "Demonstrators blocked the main road for hours": a subject named as the type's own
  // crowd (protesters for a protest) says what the act was, with no purpose told.
  const by = !purpose && !!crowd && roles.some((r) => r.role === 'agent' && !r.inferred && crowdTemplate(ctx, r.actor) === crowd);
  if (!purpose && !by) return null;
  const crowdsOnly = roles.every((r) => r.role !== 'agent' || (isGenericActorId(ctx.actors, r.actor) && FOLDED.has(ctx.actors.templateOf(r.actor) ?? '') && !BEARS_ARMS.test(text.slice(r.start, r.end))));
  return !crowdsOnly ? null : purpose ? 'purpose' : 'crowd';
}

/**
 * Men who bear arms: "gunmen", "armed men", "militants". Not a clan's militia, which ACLED has
 * protest ("members from a clan militia blocked the main roads, complaining about ...").
 */
const BEARS_ARMS = /\b(?:armed|gunm[ae]n|militants?|insurgents?|terrorists?|fighters?|bandits?)\b/i;

/**
 * Whether a sentence, or the next one of its paragraph, states the purpose of an event type
 * ("to demand", "denouncing"): "Taxi drivers blocked streets. The protesters denounced fuel
 * prices." Each sentence is matched once, when first asked.
 */
export function purposeFinder(doc: Doc, ranges: ReadonlyArray<readonly [number, number]>, lex: EventLexicon): (si: number, type: string) => boolean {
  const cache = new Map<number, ReadonlySet<string>>();
  return (si, type) => {
    if (purposeTypesIn(doc, ranges, lex, cache, si).has(type)) return true;
    const next = doc.sentences[si + 1];
    return !!next && !next.heading && next.paragraph === doc.sentences[si].paragraph && purposeTypesIn(doc, ranges, lex, cache, si + 1).has(type);
  };
}

/** The event types whose purpose sentence `si` states, matched once per sentence (kept in `cache`). */
function purposeTypesIn(
  doc: Doc,
  ranges: ReadonlyArray<readonly [number, number]>,
  lex: EventLexicon,
  cache: Map<number, ReadonlySet<string>>,
  si: number,
): ReadonlySet<string> {
  let hit = cache.get(si);
  if (!hit) {
    const [first, last] = ranges[si];
    hit = new Set(lex.purposes.match(doc.text, doc.tokens.slice(first, last)).flatMap((m) => m.values.map((v) => v.entity)));
    cache.set(si, hit);
  }
  return hit;
}
