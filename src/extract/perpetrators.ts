import type { Doc, EntityMention, EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { isGenericActorId } from '../gazetteer/actors.ts';
import { ownerInSpan } from './operation-owner.ts';
import { escapeRegExp } from '../recognize/regex.ts';
import { speechWords } from '../recognize/speech-words.ts';
import { diedAfter } from './victim-after.ts';
import { namesFacility } from './facility-name.ts';
import { ownSubjectAfterWhen } from './when-clause.ts';
import { isRaid } from './raid-arrest.ts';
import { deniesAct, isTeller, speaksInCue } from './teller.ts';
import { AFTER_CLAUSE_RULE } from './after-clause.ts';
import { DISOWNED_ACT_RULE } from './responsibility.ts';
import { LINKED_TO } from './events-patterns.ts';
import { CLASH_SIDES_RULE } from './clash-sides.ts';
import { ANOTHER_RULE } from './events-incidents.ts';

// Somebody did it. A violent event whose sentence names no agent ("a bomb exploded at a police
// checkpoint", "a man was shot dead in Monterrey") was done by an armed group the report does not
// identify: ACLED's "Unidentified Armed Group (<country>)", GTD's "Unknown". The agent is marked
// inferred and points at the trigger; a claim of responsibility found later still replaces it
// (responsible-agent.ts treats generic agents as missing). A clash has two sides and no
// attacker: with no subject, its first named side is the agent ("a clash between Russian and
// Ukrainian forces"), as ACLED lists the first side as actor 1.

const CLASH = /^(?:clash|clashes|clashed|armed clash|armed clashes|fighting|fought|gunfight|gun battle|gunbattle|firefight|exchange of fire|exchanged fire|exchanging fire|shoot-outs?|shootouts?|skirmish|skirmishes)$/i;
const UNIDENTIFIED = 'unidentified-armed-group';
/** Operations only a state's forces run: the implied agent of a violent event in their sentence. */
const STATE_OPERATION = /\b(?:(?:military|security|army|counter-?terrorism|counter-?insurgency|intelligence-based|search|clearance|clean-?up) operations?|air ?strikes?|airstrikes?|air raids?|aerial bombardments?)\b/i;
/**
 * Drone strikes: a state's, but not always the state of the place (over Pakistan the United States
 * flew most of them, and Pakistan denied some that it flew), so the place says nothing of whose.
 */
const DRONE_STRIKE = /\bdrone (?:strikes?|attacks?)\b/i;
/** Words that may stand between a clause's start and its subject ("the", "about 150", "presumed"). */
const SUBJECT_LEAD = /(?:\s*\b(?:the|a|an|some|several|many|about|around|nearly|over|more than|at least|presumed|suspected|alleged|[\p{N}][\p{N},.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of))*\s*$/iu;

/** Words before a mention that make it no subject: it is inside a prepositional or possessive phrase. */
const NOT_SUBJECT_BEFORE = new Set(['of', 'by', 'with', 'against', 'from', 'to', 'at', 'in', 'on', 'for', 'between', 'near', 'into', 'toward', 'towards', 'among', 'including', 'and', 'or', 'than', 'like', 'whom', 'that', 'which', "'s"]);

/**
 * True when a mention can be its clause's subject: after its leading words ("the", "about 30")
 * comes no preposition ("attached to an ANA vehicle"), no participle ("a vehicle transporting
 * police") and no infinitive ("intending to target security forces"), and it is no gloss in
 * brackets of the name before it ("an Afghan National Army (ANA) vehicle").
 */
function opensClause(before: string): boolean {
  if (/[\p{L}.]\s*\(\s*$/u.test(before)) return false;
  // "combined forces of the KNLA", "a fighter of the AFF": the group's people open the clause.
  const people = PEOPLE_OF.exec(before);
  if (people) return opensClause(before.slice(0, people.index));
  const rest = before.replace(SUBJECT_LEAD, '');
  const words = /(?:([\p{L}']+)\s+)?([\p{L}']+)\s*$/u.exec(rest);
  if (!words || /[,;:(]\s*$/.test(rest)) return true;
  const [, previous, last] = words;
  const w = last.toLowerCase();
  return !NOT_SUBJECT_BEFORE.has(w) && !/(?:ing|ed)$/.test(w) && previous?.toLowerCase() !== 'to';
}
const PEOPLE_OF = /(?:\b[\p{L}']+\s+)?\b(?:forces|fighters?|members?|militants?|cadres?|troops|gunmen|combatants|elements|insurgents|rebels)\s+of\s+(?:the\s+)?$/iu;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+ly\s+)?$/i;
/** Words after a mention that make it a source, not an actor of the event ("Police said ..."). */
let speechAfter: RegExp | null = null;
function speechAfterPattern(): RegExp {
  return (speechAfter ??= new RegExp(`^\\s*(?:${speechWords().verbAlternation})\\b`, 'i'));
}

export function settlePerpetrators(
  doc: Doc,
  ctx: Context,
  events: EventRecord[],
  lex: EventLexicon,
  country: () => string | null,
): void {
  for (const e of events) {
    const spec = lex.types.get(e.type);
    if (!spec || spec.roles !== 'agent-target' || spec.crowd) continue;
    const named = e.actors.find((r) => r.role === 'agent');
    if (named && CLASH.test(e.trigger.text)) {
      // "Drug traffickers exchanged fire with military police": in Brazil ACLED lists the police first.
      const state = stateSideFirst(ctx, e, named);
      if (state) {
        e.actors = [{ ...state, role: 'agent' }, { ...named, role: 'target' }, ...e.actors.filter((r) => r !== state && r !== named)];
        e.rules.push(`agent:state-first-in-clash:${ctx.actors.templateOf(named.actor)}`);
        continue;
      }
    }
    if (named) {
      // "shot dead by two armed individuals (drive-by)": in Mexico, organised crime's methods make
      // the unnamed shooters an unidentified gang, as its coders code them.
      const cc = named.actor.startsWith(`${UNIDENTIFIED}:`) ? named.actor.slice(UNIDENTIFIED.length + 1) : null;
      // An event spans its sentence (events.ts), so its own text is the sentence's.
      const template = cc ? methodTemplate(ctx, cc, doc.text.slice(e.start, e.end)) : null;
      if (template) {
        const id = ctx.actors.instantiate(template, cc);
        // (By push, not map: see both-sides.ts.)
        const actors: EventRecord['actors'] = [];
        for (const r of e.actors) actors.push(r === named ? { ...r, actor: id } : r);
        e.actors = actors;
        e.rules.push(`agent:method-of:${template}:${cc}`);
        // The words that named the shooters now name the gang: the actors list follows the event.
        const at = doc.actorMentions.findIndex((m) => m.start === named.start && m.end === named.end && m.entity === named.actor);
        if (at >= 0) doc.actorMentions[at] = { ...doc.actorMentions[at], entity: id, rule: `${doc.actorMentions[at].rule}+method-of:${template}` };
      }
      continue;
    }
    if (CLASH.test(e.trigger.text)) {
      // "A similar exchange of fire ... left three civilians dead": unarmed people are its victims.
      const side = e.actors.find((r) => r.role === 'target' && ctx.actors.get(r.actor)?.type !== 'civilians');
      if (side) {
        e.actors = [{ ...side, role: 'agent' }, ...e.actors.filter((r) => r !== side)];
        e.rules.push('agent:first-side-of-clash');
        continue;
      }
    }
    // "own troops effectively engaged the khwarij's location and resultantly, eight khwarij were
    // sent to hell": the subject of the clause the result follows from did it.
    const cause = resultOfClause(doc, ctx, e);
    if (cause) {
      addAgent(e, cause.entity, false, cause, 'agent:subject-before-result');
      continue;
    }
    // "According to CTD officials, a team raided a hideout": a raid with no subject named was the
    // sentence's state force's.
    const force = isRaid(e.trigger.text) ? raidingForce(doc, ctx, e) : null;
    if (force) {
      addAgent(e, force.entity, true, force, 'agent:force-of-raid-sentence');
      continue;
    }
    // "Police arrested three suspects after a bomb exploded": the main clause's subject did not
    // do what an after-clause tells (after-clause.ts).
    // Only "the group" there stands for the group named before it ("ISWAP militants kidnapped a
    // driver after the group took control of their truck").
    // "The Islamic State group's affiliate ... claimed responsibility. The group has carried out
    // dozens of attacks": a sentence opening on "the group" stands for the group named in the
    // sentence before it, in its paragraph (inferred).
    const group = GROUP_ANAPHOR.test(doc.text.slice(e.start, e.trigger.start)) ? groupOfSentenceBefore(doc, ctx, e) : null;
    if (group) {
      addAgent(e, group.entity, true, group, 'agent:group-named-in-sentence-before');
      continue;
    }
    // (news65) "Militants of the BLA attacked a train near Sibi, taking dozens of passengers
    // hostage": a participle clause after a comma shares the subject of the act it is joined to,
    // so the kidnapping is the BLA's (not the "Militants" the sentence opens with).
    const joined = sharedSubjectAct(doc, events, e);
    if (joined) {
      addAgent(e, joined.actor, true, joined, PARTICIPLE_SUBJECT_RULE);
      continue;
    }
    const inAfterClause = e.rules.includes(AFTER_CLAUSE_RULE);
    // ("Authorities imposed a curfew after clashes between rival groups": no side, clash-sides.ts.)
    const subject = e.rules.includes(CLASH_SIDES_RULE) ? null : inAfterClause ? groupOfAfterClause(doc, ctx, e) : sentenceSubject(doc, ctx, e);
    if (subject) {
      addAgent(e, subject.entity, true, subject, inAfterClause ? 'agent:group-named-before-after-clause' : 'agent:subject-of-sentence');
      continue;
    }
    // "A suspect was killed in an encounter with the CTD, while two of his accomplices were
    // arrested": an arrest with no agent of its own (a passive has no subject) was made by the
    // state force that acted in its sentence.
    // (Not across an after-clause: "the military arrested two locals after the AA detained a
    // soldier" were two acts with two doers.)
    const arrester = e.type === ARREST && !e.rules.includes(AFTER_CLAUSE_RULE) ? forceOfSentence(ctx, events, e) : null;
    if (arrester) {
      addAgent(e, arrester.actor, true, arrester, 'agent:force-of-sentence');
      continue;
    }
    // (news72) "…, district police officer Abdul Rehman said. He said … three suspects were taken
    // into custody": a passive arrest with no "by" that a state force tells was that force's
    // (inferred), the teller named in its sentence or, for "He said", in the sentence before.
    const tellingForce = e.type === ARREST && !e.rules.includes(AFTER_CLAUSE_RULE) ? forceTellingPassive(doc, ctx, e) : null;
    if (tellingForce) {
      addAgent(e, tellingForce.entity, true, tellingForce, 'agent:teller-force-of-passive-arrest');
      continue;
    }
    if (!spec.violent) continue;
    // "Two soldiers were killed in Indian border firing": the operation's country ran it.
    const operation = ownerInSpan(doc, ctx, e.start, e.end);
    if (operation && !e.actors.some((r) => r.actor === operation.actor)) {
      addAgent(e, operation.actor, false, operation, `agent:country-operation-in-sentence:${operation.country}`);
      continue;
    }
    const place = e.place ? ctx.places.get(e.place)?.country ?? null : null;
    const cc = place ?? country();
    const sentence = doc.text.slice(e.start, e.end);
    // "killed in a staged encounter", "a fake police encounter": a killing passed off as a
    // shoot-out is the police's (the claim of those who say so).
    if (cc && STAGED_ENCOUNTER.test(sentence)) {
      const police = ctx.actors.instantiate('police', cc, e.date?.start ?? doc.article.published);
      addAgent(e, police, true, e.trigger, `agent:implied:police:staged-encounter:${cc}`);
      continue;
    }
    // "Police said the suspect was killed in an encounter": a shoot-out a state force reports with
    // no other side named is that force's own (inferred; the teller is no victim, events.ts).
    const teller = ENCOUNTER.test(sentence) ? stateTeller(doc, ctx, e) : null;
    if (teller) {
      addAgent(e, teller.entity, true, teller, 'agent:teller-of-encounter');
      continue;
    }
    // "Drone strike kills four militants in Khyber": no doer named, and the place does not say whose.
    if (DRONE_STRIKE.test(sentence)) continue;
    // "Militants were killed in a security operation", "in an airstrike": only a state runs those.
    const stateOnly = STATE_OPERATION.test(sentence);
    // "Airstrikes on 'terrorist hideouts' kill 28": a state's strike, but no country says whose.
    if (stateOnly && !cc) continue;
    const template = stateOnly ? 'military' : (cc && (methodTemplate(ctx, cc, sentence) ?? unidentifiedTemplate(ctx)?.impliedAs?.[cc])) || UNIDENTIFIED;
    // The state's forces on the event's day ("Afghan forces" before and after August 2021).
    const id = stateOnly ? ctx.actors.instantiate(template, cc, e.date?.start ?? doc.article.published) : ctx.actors.instantiate(template, cc);
    // "The suspects opened fire on the police party": the unnamed doers are in the sentence,
    // as its subject; they are who did it, not an inference.
    const whence = cc ? `${place ? 'event-place' : 'document'}:${cc}` : 'no-country';
    const stated = statedUnnamedSubject(doc.text, e);
    if (stated) {
      addAgent(e, id, false, stated, `agent:stated-unnamed:${template}:${whence}`);
      continue;
    }
    // "16 attackers killed, according to the military": the unnamed armed men are whom the act
    // befell; no sentence names who killed them, and they did not kill themselves (news63).
    // (Only when they are all it befell and its counted dead or wounded: "one police officer and
    // one assailant were killed" still tells the assailants' attack.)
    if (template === UNIDENTIFIED && onlyUnnamedCounted(doc, e)) continue;
    addAgent(e, id, true, e.trigger, `agent:implied:${template}:${whence}`);
  }
}

/**
 * Whether every target of `e` is the unidentified armed group and one is told with its number
 * ("16 attackers killed": the casualty statement's people; counts are attached after this step).
 */
function onlyUnnamedCounted(doc: Doc, e: EventRecord): boolean {
  const targets = e.actors.filter((r) => r.role === 'target');
  if (targets.length === 0 || !targets.every((r) => r.actor.split(':')[0] === UNIDENTIFIED)) return false;
  return targets.some((r) => doc.quantities.some((q) => q.end <= r.start && r.start - q.end <= 24 && NUMBER_THEN_PEOPLE.test(doc.text.slice(q.end, r.start))));
}
/** Between a number and the people it counts: a space and at most one word ("16 attackers", "three suspected militants"). */
const NUMBER_THEN_PEOPLE = /^\s+(?:[\p{L}-]+\s+)?$/u;

/** Puts `actor` first among the event's actors as its agent, told at `span`, and records the rule. */
function addAgent(e: EventRecord, actor: string, inferred: boolean, span: { start: number; end: number }, rule: string): void {
  e.actors = [{ actor, role: 'agent', inferred, start: span.start, end: span.end }, ...e.actors];
  e.rules.push(rule);
}

const ENCOUNTER = /\bin\s+(?:an?|the)\s+(?:(?:armed|police|brief|fierce|intense|heavy)\s+)*encounter\b(?!\s+with\b)/i;

/** The state force that reports the sentence ("Police said ...", "..., police said"), or null. */
function stateTeller(doc: Doc, ctx: Context, e: EventRecord): EntityMention | null {
  return doc.actorMentions.find((m) => m.start >= e.start && m.end <= e.end && ctx.actors.get(m.entity)?.type === 'state' && isTeller(doc.text, m.end, doc.cues, m)) ?? null;
}

const STAGED_ENCOUNTER = /\b(?:staged|fake|faked|fabricated|bogus)\s+(?:police\s+)?encounters?\b/i;

/** Unnamed doers as the subject right before an active verb: "The suspects opened fire", "two culprits shot". */
const UNNAMED_SUBJECT = /(?:^|[^\p{L}])(?:(?:the|two|three|four|five|six|several|some|\d+)\s+)?(suspects|suspect|culprits|culprit|accused)\s+(?:(?:then|also|allegedly|reportedly|later|immediately|suddenly)\s+)?$/iu;
const ACTIVE_AFTER_SUBJECT = /^(?:opened|fired|shot|attacked|ambushed|killed|stabbed|hurled|threw|lobbed|kidnapped|abducted|snatched|looted|torched|set|injured|wounded)\b/i;

function statedUnnamedSubject(text: string, e: EventRecord): { start: number; end: number } | null {
  if (!ACTIVE_AFTER_SUBJECT.test(text.slice(e.trigger.start, e.trigger.end))) return null;
  const before = text.slice(e.start, e.trigger.start);
  const m = UNNAMED_SUBJECT.exec(before);
  if (!m) return null;
  const start = e.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * The state force of a clash that its coders list first: the agent's template yields to the state
 * in the agent's country (`secondInClashWithState`), and a state force is the other side. Else null.
 */
function stateSideFirst(ctx: Context, e: EventRecord, agent: EventRecord['actors'][number]): EventRecord['actors'][number] | null {
  const template = ctx.actors.templateOf(agent.actor);
  const spec = template ? ctx.actors.templates.find((t) => t.id === template) : undefined;
  const cc = ctx.actors.get(agent.actor)?.country;
  if (!spec?.secondInClashWithState || !cc || !spec.secondInClashWithState.includes(cc)) return null;
  return e.actors.find((r) => r.role === 'target' && ctx.actors.get(r.actor)?.type === 'state') ?? null;
}

/** Per country, a test for the methods that change the implied perpetrator there. */
const METHOD_TESTS = new Map<string, RegExp>();

function unidentifiedTemplate(ctx: Context) {
  return ctx.actors.templates.find((x) => x.id === UNIDENTIFIED);
}

/**
 * The template that an unnamed perpetrator in a country takes when the sentence names one of the
 * methods its coders read as a sign of who did it (in Mexico, organised crime's: a gang), or null.
 */
function methodTemplate(ctx: Context, cc: string, sentence: string): string | null {
  const byMethod = unidentifiedTemplate(ctx)?.impliedAsByMethod?.[cc];
  if (!byMethod) return null;
  let test = METHOD_TESTS.get(cc);
  if (!test) {
    test = new RegExp(`\\b(?:${byMethod.methods.map(escapeRegExp).join('|')})`, 'i');
    METHOD_TESTS.set(cc, test);
  }
  return test.test(sentence) ? byMethod.as : null;
}

/**
 * The sentence's subject when an event's own clause names no agent: "Property destruction: On 22
 * June, military forces seized a laboratory" (a label before the sentence), "On 16 February, in
 * Moe Bye, following an armed clash, the military fired" (the clause before a comma). The first
 * actor of the sentence before the trigger (anywhere, after a label) that takes no role in the
 * event yet, opens its clause (so is no object or part of a prepositional phrase) and is not a
 * source.
 */
function sentenceSubject(doc: Doc, ctx: Context, e: EventRecord): EntityMention | null {
  // "The TTP condemned the bombing": who disowns an act is no subject of it.
  if (e.rules.includes(DISOWNED_ACT_RULE)) return null;
  const taken = new Set(e.actors.map((r) => r.actor));
  // After the trigger only for a label ("Looting: On ..."); otherwise a later actor is an object.
  // A label opens the sentence and ends in a colon: "Looting:", "Movement of forces:".
  const label = /^[^\p{L}]*$/u.test(doc.text.slice(e.start, e.trigger.start)) && /^[^.:;,]{0,30}:/.test(doc.text.slice(e.trigger.end, e.trigger.end + 32));
  // A passive's subject is who it happened to ("Zahid, the police chief, was killed").
  if (PASSIVE_BEFORE.test(doc.text.slice(Math.max(e.start, e.trigger.start - 30), e.trigger.start))) return null;
  // "police ... arrested three suspects linked to an attack": the arrest's subject did not do it.
  if (!label && LINKED_TO.test(doc.text.slice(e.start, e.trigger.start))) return null;
  const until = label ? e.end : e.trigger.start;
  // "The Taliban claim IS-K is defeated, but the group has carried out attacks": the subject is the
  // trigger's own clause's, and "the group" there stands for the group named just before it.
  const clauseStart = label ? e.start : lastClauseBreak(doc.text, e.start, e.trigger.start);
  if (clauseStart > e.start && GROUP_ANAPHOR.test(doc.text.slice(clauseStart, e.trigger.start))) {
    return lastNamedGroupBefore(doc, ctx, e.start, clauseStart);
  }
  // (news61) Another incident's clause ("…, and on Friday …") with words of its own before the
  // trigger has its own subject: "Gunmen killed two guards in Quetta last year, and on Friday a
  // bomb killed four people in Kabul" says nothing of who set the bomb. ("…, and on Friday
  // stormed a school": the verb's subject is elided, shared.)
  const incidentStart = !label && e.rules.includes(ANOTHER_RULE) ? lastClauseBreak(doc.text, clauseStart, e.trigger.start, INCIDENT_BREAK) : clauseStart;
  if (incidentStart > clauseStart && wordsOfItsOwn(doc, incidentStart, e.trigger.start)) return subjectFrom(doc, incidentStart, until, taken);
  // A clause with no subject of its own ("; no clashes were reported") shares the sentence's.
  return subjectFrom(doc, clauseStart, until, taken) ?? (clauseStart > e.start ? subjectFrom(doc, e.start, until, taken) : null);
}

/** Where another incident's clause may begin: after a comma or semicolon, with its link. */
const INCIDENT_BREAK = /[,;]\s*(?:(?:and|but|while|whereas)\s)?/gi;

/** What may open a clause before its verb without being its subject: a link, an adverb, a day's preposition. */
const CLAUSE_OPENERS = /\b(?:and|but|then|while|later|also|afterwards|on|in|at|early|late)\b/giu;

/** Whether a clause's words before its trigger, its dates and openers aside, hold a word (its own subject: "a bomb"). */
function wordsOfItsOwn(doc: Doc, from: number, until: number): boolean {
  let words = doc.text.slice(from, until);
  for (const d of doc.dates) if (d.start >= from && d.end <= until) words = words.slice(0, d.start - from) + ' '.repeat(d.end - d.start) + words.slice(d.end - from);
  return /\p{L}/u.test(words.replace(CLAUSE_OPENERS, ' '));
}

/** "after the group took control": the named group "the group" right after the link stands for; or null. */
function groupOfAfterClause(doc: Doc, ctx: Context, e: EventRecord): EntityMention | null {
  const before = doc.text.slice(e.start, e.trigger.start);
  const link = AFTER_LINK.exec(before);
  if (!link) return null;
  const at = e.start + link.index + link[1].length;
  return GROUP_ANAPHOR.test(doc.text.slice(at, e.trigger.start)) ? lastNamedGroupBefore(doc, ctx, e.start, at) : null;
}
/** The last "after"/"following" before a trigger, and the subject words up to it. */
const AFTER_LINK = /(\b(?:after|following))\b(?![\s\S]*\b(?:after|following)\b)/i;

/** Actor types that bear no arms: no side of an exchange of fire, no subject a result follows from. */
export const UNARMED_TYPES: ReadonlySet<string> = new Set(['civilians', 'protesters', 'rioters']);

/** A clause's result: "and resultantly,", "as a result,", "consequently,". */
const RESULT_LINK = /(?:\band\s+)?\b(?:resultantly|as a result|consequently)\s*,?\s*[^,;]*$/i;

/** The armed subject of the clause before a result link ahead of the trigger, or null. */
function resultOfClause(doc: Doc, ctx: Context, e: EventRecord): EntityMention | null {
  const before = doc.text.slice(e.start, e.trigger.start);
  const link = RESULT_LINK.exec(before);
  if (!link || link.index === 0) return null;
  const subject = subjectFrom(doc, e.start, e.start + link.index, new Set(e.actors.map((r) => r.actor)));
  return subject && !UNARMED_TYPES.has(ctx.actors.get(subject.entity)?.type ?? '') ? subject : null;
}

const ARREST = 'arrest';

/** The named state agent of another event of the same sentence, when there is just one; or null. */
function forceOfSentence(ctx: Context, events: readonly EventRecord[], e: EventRecord) {
  const agents = events
    .filter((o) => o !== e && o.start === e.start && o.end === e.end)
    .map((o) => o.actors.find((r) => r.role === 'agent'))
    .filter((r): r is NonNullable<typeof r> => !!r && !r.inferred && ctx.actors.get(r.actor)?.type === 'state' && !e.actors.some((x) => x.actor === r.actor));
  return agents.length > 0 && agents.every((r) => r.actor === agents[0].actor) ? agents[0] : null;
}

/** A sentence opening on a pronoun's speech verb: "He said", "She added", "They told reporters". */
const PRONOUN_SPEAKER = /^\s*(?:he|she|they)\s+(?:(?:also|further)\s+)?(?:said|added|told|stated|confirmed|informed)\b/i;

/**
 * (news72) The state force that tells a passive act with no agent: a state force's mention that
 * is a teller in the act's sentence, or, when the sentence opens "He said", in the sentence before
 * it in its paragraph; null when the act is no passive or no state force tells it.
 */
function forceTellingPassive(doc: Doc, ctx: Context, e: EventRecord): EntityMention | null {
  if (!PASSIVE_BEFORE.test(doc.text.slice(Math.max(e.start, e.trigger.start - 30), e.trigger.start))) return null;
  const own = stateTeller(doc, ctx, e);
  if (own) return own;
  const here = doc.sentences[e.sentence];
  const prev = doc.sentences[e.sentence - 1];
  if (!here || !prev || prev.paragraph !== here.paragraph || !PRONOUN_SPEAKER.test(doc.text.slice(here.start, e.trigger.start))) return null;
  return doc.actorMentions.find((m) => m.start >= prev.start && m.end <= prev.end && ctx.actors.get(m.entity)?.type === 'state' && isTeller(doc.text, m.end, doc.cues, m)) ?? null;
}

/** Words before a force's mention that make it what a raid was on, not who ran it. */
const RAIDED_ONE = /\b(?:on|at|against|into|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** The one state force named in a raid's sentence, not a party of it already nor a place; or null. */
function raidingForce(doc: Doc, ctx: Context, e: EventRecord): EntityMention | null {
  const taken = new Set(e.actors.map((r) => r.actor));
  const forces = doc.actorMentions.filter(
    (m) =>
      m.start >= e.start &&
      m.end <= e.end &&
      !taken.has(m.entity) &&
      ctx.actors.get(m.entity)?.type === 'state' &&
      !namesFacility(doc.text, m.end) &&
      !RAIDED_ONE.test(doc.text.slice(Math.max(e.start, m.start - 24), m.start)),
  );
  return forces.length > 0 && forces.every((m) => m.entity === forces[0].entity) ? forces[0] : null;
}

/** The first actor in [from, until) that opens its clause and is neither a source nor a victim. */
function subjectFrom(doc: Doc, from: number, until: number, taken: ReadonlySet<string>): EntityMention | null {
  for (const m of doc.actorMentions) {
    if (m.start < from) continue;
    if (m.end > until) break;
    if (taken.has(m.entity)) return null;
    if (!opensClause(doc.text.slice(from, m.start))) continue;
    if (speechAfterPattern().test(doc.text.slice(m.end, m.end + 16))) return null;
    // "Police and residents say four killed in Bannu blast": a speaker coordinated with another.
    if (speaksInCue(doc.cues, m)) return null;
    // "Pentagon denies conducting drone strike": who denies the act did not do it, as it says.
    if (deniesAct(doc.text, m.end, until)) return null;
    // "One Frontier Corps soldier was martyred ... when a mortar shell landed": a victim.
    if (diedAfter(doc.text, m.end)) continue;
    // "on his way to the Cantonment police station when two men ... opened fire": a building.
    if (namesFacility(doc.text, m.end)) continue;
    if (ownSubjectAfterWhen(doc.text.slice(m.end, until))) continue;
    return m;
  }
  return null;
}

const PARTICIPLE_SUBJECT_RULE = 'agent:subject-of-joined-act';
/** A present participle opening a clause after a comma: ", taking", ", abducting" (adverbs may stand before it). */
const PARTICIPLE_AFTER_COMMA = /,\s*(?:(?:also|then|later|allegedly|reportedly)\s+)?$/i;

/**
 * The stated agent, named before its trigger, of the act a participle clause is joined to: the
 * sentence's latest event whose trigger ends before the comma opening the participle's clause,
 * with no other clause break between; or null.
 */
function sharedSubjectAct(doc: Doc, events: readonly EventRecord[], e: EventRecord): EventRecord['actors'][number] | null {
  const text = doc.text;
  if (!/^\p{L}+ing$/u.test(e.trigger.text)) return null;
  const before = PARTICIPLE_AFTER_COMMA.exec(text.slice(Math.max(e.start, e.trigger.start - 30), e.trigger.start));
  if (!before) return null;
  const comma = e.trigger.start - before[0].length;
  let act: EventRecord | null = null;
  for (const v of events) {
    if (v === e || v.sentence !== e.sentence || v.trigger.end > comma) continue;
    if (!act || v.trigger.end > act.trigger.end) act = v;
  }
  if (!act || /[;:()]|,\s*(?:and|but|while|whereas|although|though|after|before|when|as)\b/i.test(text.slice(act.trigger.end, comma))) return null;
  // (news68) "took 20 people hostage before security forces stormed the building, rescuing the
  // hostages": the clause right before the comma is a subordinate one with a subject of its own
  // (its verb may have been folded into the act as the same type); the participle shares that subject.
  const sub = subordinateSubject(doc, events, e.sentence, act.trigger.end, comma);
  if (sub) return { actor: sub.entity, role: 'agent', inferred: false, start: sub.start, end: sub.end };
  // (Its subject: named before its trigger. A noun trigger's own people, "demonstrators", are none.)
  const trigger = act.trigger.start;
  return act.actors.find((r) => r.role === 'agent' && !r.inferred && r.end <= trigger) ?? null;
}

/** A subordinator opening a clause of its own, with no comma before it. */
const SUBORDINATOR = /\b(?:before|after|when|until|once|while|(?<!\b(?:such|well)\s)as)\s+/gi;

/**
 * (news68) The named actor opening the last subordinate clause in [from, to) whose verb, right
 * after it, tells an act of the sentence ("… before security forces stormed the building": a
 * trigger, here folded into the sentence's first attack); or null when there is none, its subject
 * is no named actor or its verb no act ("as security forces surrounded it": the participle is
 * still the main act's).
 */
function subordinateSubject(doc: Doc, events: readonly EventRecord[], si: number, from: number, to: number): EntityMention | null {
  let open = -1;
  SUBORDINATOR.lastIndex = 0;
  const part = doc.text.slice(from, to);
  for (let m = SUBORDINATOR.exec(part); m; m = SUBORDINATOR.exec(part)) open = from + m.index + m[0].length;
  if (open < 0) return null;
  for (const m of doc.actorMentions) {
    if (m.start < open) continue;
    if (m.end > to) break;
    if (!/^(?:(?:the|a|an)\s+)?$/i.test(doc.text.slice(open, m.start))) return null;
    const verb = /^\s+(?:(?:then|later|finally|eventually)\s+)?(\p{L}+)/u.exec(doc.text.slice(m.end, to))?.[1].toLowerCase();
    if (!verb) return null;
    const tellsAct = (v: EventRecord) => v.sentence === si && (v.trigger.text.toLowerCase() === verb || v.rules.some((r) => r.startsWith('trigger:') && r.endsWith(`:${verb}`)));
    return events.some(tellsAct) ? m : null;
  }
  return null;
}

/** A clause of its own: after ", but", ", while", ", although", "; " and the like. */
const CLAUSE_BREAK = /(?:[,;]\s*(?:but|while|whereas|although|though|yet)\s|;\s)/gi;

/** Where the clause holding `end` starts within [start, end): after its last clause break. */
function lastClauseBreak(text: string, start: number, end: number, breaks: RegExp = CLAUSE_BREAK): number {
  let at = start;
  breaks.lastIndex = 0;
  const part = text.slice(start, end);
  for (let m = breaks.exec(part); m; m = breaks.exec(part)) at = start + m.index + m[0].length;
  return at;
}

/** A clause opening with a noun that stands for a named group ("the group has carried out"). */
const GROUP_ANAPHOR = /^\s*the\s+(?:group|outfit|organi[sz]ation|militant\s+group|terrorist\s+group)\b/i;

/** The group named last in the sentence before the event's, in the same paragraph; or null. */
function groupOfSentenceBefore(doc: Doc, ctx: Context, e: EventRecord): EntityMention | null {
  const previous = doc.sentences[e.sentence - 1];
  if (!previous || previous.paragraph !== doc.sentences[e.sentence].paragraph || previous.heading) return null;
  return lastNamedGroupBefore(doc, ctx, previous.start, previous.end);
}

/** The last mention of a named, non-state group in [from, to): what "the group" refers to. */
function lastNamedGroupBefore(doc: Doc, ctx: Context, from: number, to: number): EntityMention | null {
  let found: EntityMention | null = null;
  for (const m of doc.actorMentions) {
    if (m.start < from) continue;
    if (m.end > to) break;
    const entry = ctx.actors.get(m.entity);
    if (entry && entry.type !== 'state' && !isGenericActorId(ctx.actors, m.entity)) found = m;
  }
  return found;
}
