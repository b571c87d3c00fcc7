import type {
  DateMention,
  Doc,
  EntityMention,
  EventCount,
  EventRecord,
  Quantity,
} from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { CasualtyStatement } from './casualties.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { dedupeRoles } from './events-roles.ts';
import { liesIn } from './events-place.ts';
import { eventDate, isSpeechDate } from './events-date.ts';

// One incident, one event: when a trigger tells the same incident as an earlier event of the
// sentence or text, and how what it knows merges into that event.

/**
 * A casualty word that is also a trigger ("killed", "killing") makes an event only when no other
 * violent trigger in the sentence does: beside "A suicide bomber ..." it just adds counts
 * (attachCasualties), so one incident is one event. What the dropped event knew that the kept
 * one does not (an agent, a place, a date) moves over; quantities it took are freed.
 */
export function dropCasualtyOnly(
  created: EventRecord[],
  casualtyOnly: ReadonlySet<EventRecord>,
  used: Set<Quantity>,
  lex: EventLexicon,
  text: string,
  frameOf: (e: EventRecord) => unknown = () => undefined,
  incidentOf: (e: EventRecord) => number | undefined = () => undefined,
): EventRecord[] {
  if (casualtyOnly.size === 0) return created;
  // (Not into another incident of the sentence: "and a week later another attack ...".)
  // (Nor into an act those killed or arrested are tied to: "security forces kill 2 terrorists linked
  // to abduction of ex-PM's son".)
  const usable = (e: EventRecord) => !casualtyOnly.has(e) && lex.types.get(e.type)!.violent && !e.rules.includes(TIED_TO_RULE);
  const main = created.filter((e) => usable(e) && !e.rules.includes(ANOTHER_RULE));
  const own = new Set<EventRecord>();
  let merged = false;
  for (const e of casualtyOnly) {
    // (news60) A casualty word of another incident's clause goes into that clause's own violent
    // event only (withAnotherIncidents): "and on Friday a blast killed three people in Kabul".
    const incident = incidentOf(e);
    const candidates = incident === undefined ? main : created.filter((v) => usable(v) && incidentOf(v) === incident);
    if (candidates.length === 0) {
      own.add(e);
      continue;
    }
    merged = true;
    // "... after drone strike kills two": into the violent event of its own frame (after-clause.ts)
    // when there is one; "Two soldiers were killed after militants attacked their post": else the first.
    const sameFrame = candidates.find((v) => frameOf(v) === frameOf(e));
    // "its troops had killed 30 militants ..., a day after a suicide attack ... killed 12 soldiers":
    // a killing with a doer of its own, in a frame where no other violent event is told, is an act
    // of its own, not the other frame's (whose toll it would add to).
    if (!sameFrame && e.actors.some((r) => r.role === 'agent' && !r.inferred)) {
      own.add(e);
      continue;
    }
    const violent = sameFrame ?? candidates[0];
    for (const q of used) if (e.counts.some((c) => c.start === q.start && c.end === q.end)) used.delete(q);
    // One actor is never both the doer and the done-to of one incident. Those the casualty word
    // says were killed are its targets ("Pak jets kill 25 militants in air strikes": not the
    // strikes' agent), and its subject is no agent when the kept event has it as target
    // ("Airstrikes on militant hideouts kill 28": "militant" is whom the strikes were on).
    const killed = new Set(e.actors.filter((r) => r.role === 'target').map((r) => r.actor));
    const doers = new Set(e.actors.filter((r) => r.role === 'agent').map((r) => r.actor));
    // (Not when the casualty word has a doer of its own, "Security forces killed two assailants
    // planting a roadside bomb": the killed are the bomb's agents; but the killed never ran the
    // air strikes that killed them, "Pakistani jets kill 25 militants in air strikes", nor the
    // attack the killing was done "in", "Militants kill 3 police officers in bomb attack".)
    const means = doers.size > 0 && e.actors.some((k) => k.role === 'target' && k.end <= violent.trigger.start && MEANS_BETWEEN.test(text.slice(k.end, violent.trigger.start)));
    if (doers.size === 0 || means || AERIAL_STRIKE.test(violent.trigger.text)) violent.actors = violent.actors.filter((r) => r.role !== 'agent' || !killed.has(r.actor));
    const hasAgent = violent.actors.some((r) => r.role === 'agent');
    const targets = new Set(violent.actors.filter((r) => r.role === 'target').map((r) => r.actor));
    const moved = e.actors.filter((r) => r.role !== 'agent' || (!hasAgent && !targets.has(r.actor)));
    violent.actors = dedupeRoles([...violent.actors, ...moved]);
    if (!violent.place && e.place) [violent.place, violent.placeMention] = [e.place, e.placeMention];
    if (!violent.date && e.date) [violent.date, violent.dateMention] = [e.date, e.dateMention];
    violent.rules.push(`casualty-trigger-merged:${e.trigger.text}`);
  }
  return merged ? created.filter((e) => own.has(e) || !casualtyOnly.has(e)) : created;
}

/**
 * (news60) The sentence's casualty-only events (`casualtyOnly`) and, of another incident's clause
 * (`incidentClause`: the clause's start), each casualty word whose clause has a violent word of
 * its own: "The 2022 bombing killed 60 worshippers, and on Friday a blast killed three people in
 * Kabul" tells one act in its second clause, the blast, whose toll "killed" tells. A casualty word
 * alone in its clause ("and a week later two policemen were killed") stays an act of its own.
 */
export function withAnotherIncidents(
  created: readonly EventRecord[],
  casualtyOnly: ReadonlySet<EventRecord>,
  incidentClause: ReadonlyMap<EventRecord, number>,
  lex: EventLexicon,
): ReadonlySet<EventRecord> {
  if (incidentClause.size < 2) return casualtyOnly;
  const casualtyWord = (e: EventRecord) => lex.casualtyWords.has(e.trigger.text.toLowerCase());
  const told = created.filter((e) => incidentClause.has(e) && casualtyWord(e) && created.some((v) => v !== e && !casualtyWord(v) && lex.types.get(v.type)!.violent && incidentClause.get(v) === incidentClause.get(e)));
  return told.length === 0 ? casualtyOnly : new Set([...casualtyOnly, ...told]);
}

/** What stands between those a casualty word killed and the attack it was done in: " in ", " in a suicide ". */
const MEANS_BETWEEN = /^\s+in\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/** Strikes from the air: whoever they kill are never who ran them. */
const AERIAL_STRIKE = /^(?:air ?strikes?|airstrikes?|air raids?|drone (?:strikes?|attacks?))$/i;

export function mergeInto(
  e: EventRecord,
  roles: EventRecord['actors'],
  place: EntityMention | null,
  counts: EventCount[],
  date: DateMention | null,
  rules: string[],
): void {
  // One actor is never both the doer and the done-to of one event: when a later trigger of the
  // same type reads an actor that an earlier one placed on the other side ("Over 100 militants
  // killed in Pakistan offensive": the militants are killed, not the ones on the offensive),
  // the earlier reading stands.
  const sides = new Map<string, string>();
  for (const r of e.actors) if (r.role !== 'party') sides.set(r.actor, r.role);
  const kept = roles.filter((r) => {
    const side = sides.get(r.actor);
    return side === undefined || r.role === 'party' || side === r.role;
  });
  e.actors = dedupeRoles([...e.actors, ...kept]);
  if (!e.place && place) {
    e.place = place.entity;
    e.placeMention = { start: place.start, end: place.end };
  }
  if (!e.date && date?.value) {
    e.date = eventDate(date);
    e.dateMention = { start: date.start, end: date.end };
  }
  for (const c of counts) if (!e.counts.some((x) => x.kind === c.kind)) e.counts.push(c);
  for (const r of rules) if (!e.rules.includes(r)) e.rules.push(r);
}

/** The rule of an act's noun that those arrested or accused are tied to: "suspects linked to an attack". */
export const TIED_TO_RULE = 'frame:tied-to';

/** The rule of a violent trigger that tells another incident: "and a week later another attack …". */
export const ANOTHER_RULE = 'trigger:another-incident';
export const ANOTHER_BEFORE = /\b(?:another|a second|a separate)\s+$/i;
const ANOTHER_INCIDENT = /\b(?:(?:another|a second|a separate|a similar|a further)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|attacks|bombing|blast|explosion|assault|ambush|raid|strike|shooting)|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+later)\b/iu;

/** Whether a casualty-only event adds nothing to an earlier one but its toll: no other day, place or named agent. */
export function tollOf(ctx: Context, e: EventRecord, told: EventRecord): boolean {
  if (e.date && (!told.date || e.date.start !== told.date.start || e.date.end !== told.date.end)) return false;
  if (e.place && e.place !== told.place) {
    const here = ctx.places.get(e.place);
    const there = told.place ? ctx.places.get(told.place) : undefined;
    if (!here || !there || !(liesIn(here, there) || liesIn(there, here))) return false;
  }
  const agent = e.actors.find((r) => r.role === 'agent');
  return !agent || agent.inferred || told.actors.some((r) => r.role === 'agent' && r.actor === agent.actor);
}

/**
 * A casualty sentence that adds people to a toll already told: "as well", "also", "In addition".
 * ("Two more policemen were killed" may be later or elsewhere: not taken as added.)
 */
export const ADDED_TOLL = /\b(?:as well|also|in addition|additionally)\b/i;

/**
 * "Three more people died in hospital on Tuesday", "two more of the injured succumbed": more
 * people dying, with no act of their own, are the wounded of an act already told dying later;
 * they add to its toll whatever day they died on ("Two more policemen were killed" stays apart:
 * a killing may be another incident).
 */
export const DIED_LATER = /\b(?:[\p{L}\p{N}-]+)\s+more\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:have|has|had)\s+)?(?:died|succumbed)\b/iu;

export const OTHER_SCENE_RULE = 'trigger:another-scene';

/** Whether a clause's places name somewhere apart from each earlier event's place (neither inside the other). */
export function elsewhere(ctx: Context, earlier: readonly EventRecord[], clausePlaces: readonly EntityMention[]): boolean {
  if (earlier.length === 0 || clausePlaces.length === 0) return false;
  return earlier.every((e) => {
    const at = e.place ? ctx.places.get(e.place) : undefined;
    if (!at) return false;
    return clausePlaces.some((p) => {
      const there = ctx.places.get(p.entity);
      return !!there && p.entity !== e.place && there.country === at.country && !liesIn(there, at) && !liesIn(at, there);
    });
  });
}

/** Characters between two spans, 0 if they overlap. */
function spanGap(d: { start: number; end: number }, a: { start: number; end: number }): number {
  return d.end <= a.start ? a.start - d.end : d.start >= a.end ? d.start - a.end : 0;
}

/**
 * A date's distance from the nearest of an anchor's spans. At module level: sameIncident's named
 * closures cost a defineProperty of their names per call under tsx's keepNames (session 19, perf18).
 */
function anchorDistance(d: DateMention, spans: ReadonlyArray<{ start: number; end: number }>): number {
  return Math.min(...spans.map((x) => spanGap(d, x)));
}

/** A weekday alone, as in "during Friday prayers" (see sameIncident). */
const BARE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const NOUN_AFTER = /^\s+\p{Ll}/u;
const DAY_PREPOSITION_BEFORE = /\b(?:on|last|this|past|next|until|by|since)\s+$/i;
const DAY_MS = 86_400_000;

function weekdayOfNounInLongerSpan(text: string, d: DateMention, span: { start: string; end: string }): boolean {
  if (!d.relative || !BARE_WEEKDAY.test(d.text) || !NOUN_AFTER.test(text.slice(d.end, d.end + 3))) return false;
  // ("on Friday three more died": a day told, not a noun's modifier.)
  if (DAY_PREPOSITION_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start))) return false;
  return longerThanAWeek(span);
}

function longerThanAWeek(span: { start: string; end: string }): boolean {
  return Date.parse(span.end) - Date.parse(span.start) >= 7 * DAY_MS;
}

/** Where one clause of a sentence ends and the next begins. */
const CLAUSE_BREAK = /[;:]|,\s*(?:and|but|while|whereas)\b/i;

/**
 * "The 2022 bombing killed 60 worshippers on Friday": a weekday (read from the publication day)
 * ending the clause whose verb is the act's own ("bombing … killed"), nothing but that clause
 * between, tells the day within the act's longer stated span (a year, a month), not another
 * incident's.
 */
function weekdayOfOwnClause(text: string, d: DateMention, target: EventRecord): boolean {
  if (!d.relative || !BARE_WEEKDAY.test(d.text) || !target.date || !longerThanAWeek(target.date)) return false;
  if (!target.dateMention) return false;
  return !CLAUSE_BREAK.test(text.slice(target.trigger.end, d.start));
}

/** An anchor wholly before the date with a clause break between: the date opens the next clause. */
function behindClauseBreak(text: string, d: DateMention, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  const end = Math.max(...spans.map((x) => x.end));
  return end <= d.start && CLAUSE_BREAK.test(text.slice(end, d.start));
}

/**
 * The statements that tell of the target event's own people. One that another incident's date
 * governs ("killed 21 people at a bank in Kandahar city, and in September, six people were
 * killed", "two policemen were killed in Bajaur, while a polio worker was shot dead in Karachi
 * last year") is not added to it: a resolved date after the target's trigger, whose value the
 * target's date does not have, nearer to that statement (its people or its casualty word) than to any other statement and to
 * every other trigger of the sentence ("protested on 20 February ... the death of a girl who was
 * shot on 23 December": the first date is the protest's). A definite subject refers back to the
 * target's own people ("The victim died on 15 February"), so it is always added.
 */
export function sameIncident(
  doc: Doc,
  statements: readonly CasualtyStatement[],
  target: EventRecord,
  dates: readonly DateMention[],
  triggers: readonly TrieMatch[],
): CasualtyStatement[] {
  // "killed more than 70 worshippers in Kunduz, and a week later another attack ... killed over
  // 60": what is told after another incident is introduced is that incident's.
  const later = statements.filter((s) => s.cue.start > target.trigger.end && ANOTHER_INCIDENT.test(doc.text.slice(target.trigger.end, Math.min(s.start, s.cue.start))));
  if (later.length > 0) statements = statements.filter((s) => !later.includes(s));
  if (!target.date) return [...statements];
  type Anchor = { spans: Array<{ start: number; end: number }>; statement: CasualtyStatement | null };
  const cues = statements.map((s) => s.cue);
  const anchors: Anchor[] = [
    { spans: [target.trigger], statement: null },
    ...triggers.filter((m) => !cues.some((c) => c.start <= m.start && m.end <= c.end)).map((m) => ({ spans: [m], statement: null })),
    ...statements.map((s) => ({ spans: [s, s.cue], statement: s })),
  ];
  const other = new Set<CasualtyStatement>();
  for (const d of dates) {
    // Another incident is told after the target's: a date before its trigger ("On 16 March 2022,
    // a soldier ... were killed", "Around 15 June (between 14 and 15 June), ... a woman was
    // killed") sets the scene for the sentence.
    if (!d.value || d.start < target.trigger.end || (target.dateMention && d.start === target.dateMention.start)) continue;
    if (d.value.start === target.date.start && d.value.end === target.date.end) continue;
    // "killing at least 14 people, Taliban officials said on Wednesday": when it was said.
    if (isSpeechDate(doc.text, d)) continue;
    // "Three more people died in hospital on Tuesday": when the act's wounded died, no other act.
    const own = doc.sentences.find((x) => x.start <= d.start && d.start < x.end);
    if (own && DIED_LATER.test(doc.text.slice(own.start, own.end))) continue;
    // "The 2022 bombing killed 60 worshippers during Friday prayers": a weekday that names what
    // is held on it ("Friday prayers"), read from the publication day, tells no other day of an
    // act dated to a longer span (a year, a month); it is a day of that span, not another
    // incident (news53). "..., and on Friday a bomb killed three more" is still another day.
    if (weekdayOfNounInLongerSpan(doc.text, d, target.date)) continue;
    // "The 2022 bombing killed 60 worshippers on Friday": the act's own clause (news55).
    if (weekdayOfOwnClause(doc.text, d, target)) continue;
    // "killed 12 people; on Friday three more died": a date that opens a clause governs what
    // follows it, never a statement the clause break leaves behind (news55).
    const ahead = anchors.filter((a) => !behindClauseBreak(doc.text, d, a.spans));
    if (ahead.length === 0) continue;
    let best = ahead[0];
    for (const a of ahead) if (anchorDistance(d, a.spans) < anchorDistance(d, best.spans)) best = a;
    if (best.statement && !/^the\b/i.test(best.statement.text) && !/^the\b/i.test(doc.text.slice(best.statement.start - 4, best.statement.start))) other.add(best.statement);
  }
  return other.size === 0 ? [...statements] : statements.filter((s) => !other.has(s));
}
