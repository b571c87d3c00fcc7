import type { EntityMention, EventRecord, Span } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { readDataJson } from '../gazetteer/load.ts';

// "Police used batons and tear gas to disperse the protesters; 12 people were injured": force used
// to break up a protest is part of that protest, as ACLED codes it ("Protest with intervention":
// physical dispersal or arrests without serious injury, CODEBOOKS.md §2.1), not an attack of its
// own. A sentence that tells a state force dispersing a crowd marks the protest it acts on (the
// sentence's own, else the document's latest crowd event when that is a protest) with the rule
// `protest:intervention:<cue>`; its wounded and arrested counts go to that protest. Lethal force
// or a protest turned riot stays what it was (an attack on protesters, a riot).

/** The words of a dispersal: the weapons of crowd control and the verb itself. */
const CUE = /\b(?:tear[- ]?gas(?:es)?|teargas|baton[- ]charg(?:e|ed|es|ing)|batons?|lathi[- ]?charg(?:e|ed|es|ing)|lathis|water[- ]?cannons?|rubber(?:[- ]coated)?\s+bullets?|plastic\s+bullets?|stun\s+grenades?|sound\s+grenades?|dispers(?:e|ed|es|ing))\b/giu;
/** "The police asked them to disperse": an order to go is no dispersal (ACLED: a peaceful protest). */
const ORDER_BEFORE = /\b(?:asked|ordered|urged|told|called\s+on|requested|warned|instructed|appealed\s+to)\s+(?:[\p{L}'’-]+\s+){0,4}to\s+$/iu;
/** "The group later dispersed peacefully": the crowd went of its own accord. */
const PEACEFUL_AFTER = /^\s+(?:peacefully|on\s+(?:its|their)\s+own|voluntarily|without\s+(?:any\s+)?incident)\b/i;

/** Lethal force in the sentence ("fired live bullets to disperse the crowd"): ACLED's excessive force, no mere intervention. */
// ("live and rubber bullets": the live ones are named first.)
const LETHAL = /\b(?:live(?:\s+and\s+rubber)?\s+(?:ammunition|bullets?|rounds?|fire)|real\s+bullets|gunfire|gunshots|opened\s+fire|shot\s+dead)\b/i;

import { INTERVENTION_RULE } from '../model/intervention.ts';

export { INTERVENTION_RULE };

/** "were dispersed by the police": the force after the cue, in a passive. */
const BY_BEFORE = /\bby\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

export interface Dispersal {
  /** The cue word, lower-cased, as the rule names it. */
  cue: string;
  start: number;
  end: number;
  /** The state forces that disperse: named before the cue (its subject) or after "by" ("dispersed by the police"). */
  forces: EntityMention[];
  /** The sentence says the force meant to break the crowd up ("to disperse", "dispersed"). */
  disperses: boolean;
}

/**
 * Words one of CUE's forms holds, unbounded: a text none of them is in tells no dispersal.
 * (The same flags as CUE, so the same case folding: every text CUE matches in matches this.)
 */
const CUE_PART = /tear|baton|lathi|cannon|bullet|grenade|dispers/iu;

/**
 * Whether a text may tell a dispersal: asked once per document, so that its sentences are
 * asked dispersalIn only when it does (few do). A scan of the whole text for CUE_PART costs
 * about a quarter of scanning each sentence for CUE (session 22, perf22b).
 */
export function mayTellDispersal(text: string): boolean {
  return CUE_PART.test(text);
}

/**
 * The first dispersal a sentence tells: a cue word of crowd control in a sentence that names a
 * state force (who disperses), not an order to disperse nor a crowd leaving peacefully.
 */
export function dispersalIn(text: string, sentence: Span, actorsOf: () => readonly EntityMention[], ctx: Context): Dispersal | null {
  const body = text.slice(sentence.start, sentence.end);
  const cues = [...body.matchAll(CUE)];
  if (cues.length === 0 || LETHAL.test(body)) return null;
  const state = actorsOf().filter((a) => ctx.actors.get(a.entity)?.type === 'state');
  if (state.length === 0) return null;
  for (const m of cues) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (ORDER_BEFORE.test(text.slice(sentence.start, start)) || PEACEFUL_AFTER.test(text.slice(end, sentence.end))) continue;
    const forces = state.filter((a) => a.end <= start || BY_BEFORE.test(text.slice(Math.max(end, a.start - 24), a.start)));
    return { cue: m[0].toLowerCase(), start, end, forces, disperses: /\bdispers(?:e|ed|es|ing)\b/i.test(body) };
  }
  return null;
}

/**
 * The protest a dispersal acts on: the sentence's own, else the latest crowd event told before it,
 * when that is a protest (a crowd event that became a riot is dispersed as a riot). A sentence
 * with violence of its own ("fired tear gas", an attack trigger; a killing) marks none: that force
 * is told as an attack, and ACLED may code it as excessive force.
 */
export function dispersedProtest(own: readonly EventRecord[], earlier: readonly EventRecord[], violent: (type: string) => boolean): EventRecord | null {
  if (own.some((e) => e.type === 'riot' || violent(e.type))) return null;
  return own.find((e) => e.type === 'protest') ?? latestCrowdIf('protest', earlier);
}

/** The latest crowd event (protest or riot) of `earlier`, when it is of `type`; else null. */
function latestCrowdIf(type: 'protest' | 'riot', earlier: readonly EventRecord[]): EventRecord | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const t = earlier[i].type;
    if (t === 'protest' || t === 'riot') return t === type ? earlier[i] : null;
  }
  return null;
}

/** Protest triggers that name the crowd's people, not what it did: "protesters", "demonstrators". */
const CROWD_PEOPLE = /^(?:protesters?|protestors?|demonstrators?|marchers?|agitators?|rallyists?)$/i;

/**
 * (news68) "Hundreds of traders protested in Quetta on Monday. Tear gas shells fired by police
 * injured three protesters": in a sentence of crowd control, a protest the sentence tells only by
 * its people's noun ("protesters"), with no day or place of its own, is the protest told before,
 * not a second one. Returns the sentence's own events (`own`) less such a protest, whose counts
 * the earlier protest takes where it has none of their kind (its other roles are what the force
 * did, which the earlier protest gets as its intervention). `earlier` in text order.
 */
export function foldProtestersOfEarlierProtest(own: EventRecord[], earlier: readonly EventRecord[]): EventRecord[] {
  const before = latestCrowdIf('protest', earlier);
  if (!before) return own;
  const gone = own.filter((e) => {
    if (e.type !== 'protest') return false;
    const triggers = e.rules.filter((r) => r.startsWith('trigger:'));
    if (triggers.length === 0 || !triggers.every((r) => r.startsWith('trigger:protest:') && CROWD_PEOPLE.test(r.slice('trigger:protest:'.length)))) return false;
    if (e.date && (!before.date || e.date.start < before.date.start || e.date.end > before.date.end)) return false;
    if (e.place && e.place !== before.place && !e.rules.includes(`place-from-earlier-crowd-event:${before.id}`)) return false;
    return true;
  });
  if (gone.length === 0) return own;
  for (const e of gone) {
    for (const c of e.counts) if (!before.counts.some((x) => x.kind === c.kind)) before.counts.push(c);
    before.rules.push(`protesters-of-earlier-protest:${e.trigger.text}`);
  }
  return own.filter((e) => !gone.includes(e));
}

/**
 * (news55) The riot crowd control acts on ("Police fired tear gas at the rioters"): the
 * sentence's own riot, else the latest crowd event told before it when that is a riot.
 */
export function dispersedRiot(own: readonly EventRecord[], earlier: readonly EventRecord[]): EventRecord | null {
  return own.find((e) => e.type === 'riot') ?? latestCrowdIf('riot', earlier);
}

/** Whether an event's targets include rioters (crowd control aimed at a riot). */
export function aimedAtRioters(e: EventRecord, typeOf: (actor: string) => string | undefined): boolean {
  return e.actors.some((r) => r.role === 'target' && typeOf(r.actor) === 'rioters');
}

/** The rule on a riot that crowd control was used on: `riot:intervention:<cue>`. */
export const RIOT_INTERVENTION_RULE = 'riot:intervention:';
/** The rule on a riot whose force is put beside it as a party: `riot:dispersed-by:<actor>`. */
export const RIOT_DISPERSED_BY_RULE = 'riot:dispersed-by:';

/** The crowd a dispersal acts on, named after its cue: "to disperse the protesters", "dispersed a rally". */
const CROWD_AFTER = /^[^.;:]{0,40}?\b((?:the|a|an)\s+)?(protesters|protestors|demonstrators|demonstration|rally|sit-in|protest|march)\b/i;

/**
 * "Police used batons and tear gas to disperse the protesters" with no protest told before: the
 * crowd named as what was dispersed was protesting, so the protest is an event of its own, whose
 * trigger is the crowd's word (rule `protest:dispersed-crowd`). Null when no crowd word follows.
 */
export function dispersedCrowd(text: string, cue: Dispersal, sentenceEnd: number): Span | null {
  const m = CROWD_AFTER.exec(text.slice(cue.end, sentenceEnd));
  if (!m) return null;
  const start = cue.end + m.index + m[0].length - m[2].length;
  return { start, end: start + m[2].length };
}

export const DISPERSED_CROWD_RULE = 'protest:dispersed-crowd';

/**
 * A weapon of crowd control, none meant to kill (data/lexicons/crowd-control.json: tear gas,
 * rubber or plastic bullets, stun grenades, water cannon), with a container word after it or not.
 */
const NON_LETHAL = (() => {
  const file = readDataJson<{ weapons: string[]; containers: string[] }>('lexicons/crowd-control.json');
  const alt = (forms: string[]) => [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`)).join('|');
  return String.raw`(?:${alt(file.weapons)})(?:\s+(?:${alt(file.containers)}))?`;
})();
/** "fired tear gas and rubber bullets", "fired stun grenades, teargas shells and water cannon": a firing of such weapons only. */
const CONTROL_FIRING = new RegExp(String.raw`^(?:fired|fires|fire|firing)\s+(?:(?:several|dozens\s+of|volleys?\s+of|a\s+volley\s+of|rounds\s+of)\s+)?${NON_LETHAL}(?:\s*(?:,\s*(?:and\s+)?|and\s+)${NON_LETHAL})*(?![\p{L}-])`, 'iu');

/** Weapons of crowd control right before a passive "fired": "Tear gas shells fired by police", "rubber bullets were fired". */
const CONTROL_FIRED_BEFORE = new RegExp(String.raw`(?<![\p{L}-])${NON_LETHAL}\s+(?:(?:was|were|had\s+been|being)\s+)?$`, 'iu');

/** (news65) Whether the event's trigger is a passive "fired" whose subject is crowd-control weapons. */
function firedControlWeapon(text: string, e: EventRecord): boolean {
  return /^fired$/i.test(e.trigger.text) && CONTROL_FIRED_BEFORE.test(text.slice(Math.max(e.start, e.trigger.start - 60), e.trigger.start));
}

/**
 * "Police fired tear gas at the protesters": an attack whose trigger fires weapons of crowd
 * control only, with no death told of it, is a dispersal when what it acts on is a protesting
 * crowd: protesters named as its target, or the sentence saying the force meant to disperse, or
 * a protest told before or in the sentence with no one else hit (civilians or protesters or
 * nobody named), or rioters named as its target when a riot is told in or before the sentence
 * (`riotNear`; news55: the riot takes the force as a party, `dispersedRiot`). Lethal
 * force in the sentence is no dispersal (dispersalIn gives none then), nor is a sentence that
 * tells a death (the caller asks).
 */
export function isControlFiring(
  text: string,
  e: EventRecord,
  dispersal: Dispersal,
  typeOf: (actor: string) => string | undefined,
  protestNear: boolean,
  riotNear = false,
): boolean {
  // (A bare "fired" is still read as a bombing here; with no ranged weapon it becomes an attack.)
  if ((e.type !== 'attack' && e.type !== 'bombing') || e.counts.some((c) => c.kind === 'killed')) return false;
  if (!CONTROL_FIRING.test(text.slice(e.trigger.start, e.end)) && !firedControlWeapon(text, e)) return false;
  // ("Tear gas shells fired by police injured three protesters": the force after "by" fired them,
  // whatever the clause read it as; news65.)
  const targets = e.actors.filter((r) => r.role === 'target' && !dispersal.forces.some((f) => f.entity === r.actor)).map((r) => typeOf(r.actor));
  // (news55) "Police fired tear gas at rioters": crowd control of a riot, when there is one to mark.
  if (targets.includes('rioters')) return riotNear && targets.every((t) => t === 'rioters' || t === 'protesters' || t === 'civilians');
  if (targets.includes('protesters')) return targets.every((t) => t === 'protesters' || t === 'civilians');
  if (!targets.every((t) => t === 'civilians')) return false;
  return dispersal.disperses || protestNear;
}

/** The rule on a protest whose force is put beside it as a party: `protest:dispersed-by:<actor>`. */
export const DISPERSED_BY_RULE = 'protest:dispersed-by:';

/**
 * The force that broke the protest up is a `party` to it (ACLED's actor 2 of a "Protest with
 * intervention"): neither its crowd (the agent) nor what it was against (a target). A force the
 * clause had read as an agent of the protest ("Police fired tear gas at demonstrators") becomes
 * that party; inferred when the force is told in a sentence after the protest's own.
 */
export function addDispersingForce(protest: EventRecord, dispersal: Dispersal, sameSentence: boolean, rule: string = DISPERSED_BY_RULE): void {
  for (const f of dispersal.forces) {
    // (A new role object: an event merged into another may share its role objects.)
    const agent = protest.actors.findIndex((r) => r.role === 'agent' && r.actor === f.entity);
    if (agent >= 0) protest.actors[agent] = { ...protest.actors[agent], role: 'party' };
    else if (!protest.actors.some((r) => r.actor === f.entity)) protest.actors.push({ actor: f.entity, role: 'party', inferred: !sameSentence, start: f.start, end: f.end });
    else continue;
    protest.rules.push(`${rule}${f.entity}`);
  }
}
