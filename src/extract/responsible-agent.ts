import type { Doc, EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { isGenericActorId } from '../gazetteer/actors.ts';
import { dayFromIso } from '../recognize/date-calendar.ts';
import { loadEventLexicon } from './event-lexicon.ts';
import { findResponsibility, type Responsibility } from './responsibility.ts';
import { liesIn } from './events-place.ts';

// A statement of responsibility ("the Taliban claimed responsibility", "sources attributed the
// attack to Boko Haram") names the agent of the document's violent events when their own agent
// is missing or only generic ("assailants"). The agent is marked inferred and carries the rule.
// It covers the attack the report is about, the first violent event, and the others where they
// can be part of it (the hostages executed the next day, the clashes that lasted until the 4th),
// but not the state forces' reply when a non-state group claims ("Security forces responded,
// killing three militants": the forces are that sentence's subject), nor what happened over a
// whole period ("Last month, militants torched a dozen trucks", "attacks have intensified this
// year") when the attack has its day.

export function applyResponsibility(doc: Doc, ctx: Context): void {
  const resp = findResponsibility(doc, (id) => isGenericActorId(ctx.actors, id));
  const claimant = resp?.actor;
  if (!resp || !claimant || !resp.actorSpan) return;
  const span = resp.actorSpan;
  const claimants = [{ actor: claimant, span }, ...resp.coActors];
  const types = loadEventLexicon().types;
  const violent = doc.events.filter((e) => types.get(e.type)?.violent);
  const claimedDay = violent.find((e) => e.date)?.date ?? null;
  const claimedTown = town(ctx, violent[0]?.place ?? null);
  const claimantIsState = ctx.actors.get(claimant)?.type === 'state';
  // "No group claimed responsibility for Thursday's killing, but police suspect ...": a statement
  // in a paragraph without an attack of its own is about the one the report opened with.
  const claimed = claimedInItsParagraph(doc, violent, span.start) ?? (violent[0] && violent[0].start < span.start ? violent[0] : null);
  // (Session 21, news49) "The Pakistani Taliban claimed the killing of the traffic warden in Dera
  // Ismail Khan": a claim that names its act covers that act only, wherever it was told.
  const named = namedActs(doc, ctx, resp, violent);
  violent.forEach((e, i) => {
    const agent = e.actors.find((r) => r.role === 'agent');
    // A named agent the text gave stands; an unnamed or inferred one yields to the statement.
    if (agent && !isGenericActorId(ctx.actors, agent.actor) && !agent.inferred) return;
    if (named) {
      if (!named.has(e)) return;
      replaceAgent(e, claimants, `responsibility:${resp.kind}:${resp.rule}`, true);
      e.rules.push('responsibility:names-the-act');
      for (const r of resp.rivals) e.rules.push(`responsibility:also-claimed-by:${r.actor}`);
      return;
    }
    if (i > 0 && agent && !claimantIsState && e.rules.includes('agent:subject-of-sentence') && ctx.actors.get(agent.actor)?.type === 'state') return;
    if (i > 0 && claimedDay?.precision === 'day' && e.date && dayFromIso(e.date.end) - dayFromIso(e.date.start) > PART_OF_AN_ATTACK_DAYS) return;
    // "The attack came a day after a blast in a mosque in Jalalabad": an attack in a town of
    // another province is another attack, which the statement does not cover (related attacks
    // in one province, "one of five related attacks in Tarin Kot", may share it).
    if (i > 0 && claimedTown) {
      const eventTown = town(ctx, e.place);
      if (eventTown && eventTown.admin1 !== claimedTown.admin1 && !RELATED.test(doc.text.slice(e.start, e.end))) return;
    }
    // A weekly roundup: "The banned TTP claimed responsibility" after Saturday's attack in
    // Lakki Marwat does not cover Sunday's bomb in Bajaur told in another paragraph.
    if (claimed && e !== claimed && doc.sentences[e.sentence].paragraph !== doc.sentences[claimed.sentence].paragraph && otherDay(e, claimed)) return;
    // "Separately, police in Karachi arrested three suspects linked to an attack on Chinese
    // nationals": a sentence that says it tells another matter tells another attack.
    if (i > 0 && e !== claimed && SEPARATE.test(doc.text.slice(e.start, e.end))) return;
    replaceAgent(e, claimants, `responsibility:${resp.kind}:${resp.rule}`, true);
    // (Session 18, news35) "The TTP claimed responsibility … Hours later, Jamaat-ul-Ahrar also
    // claimed the attack": the first claimant stays the inferred agent (GTD's first group is the
    // first named), and the rule says another group claimed it too, so the agent reads as one
    // claim among others; each claim is an event of its own with its claimant as agent.
    for (const r of resp.rivals) e.rules.push(`responsibility:also-claimed-by:${r.actor}`);
  });
  // "The TTP and Jamaat-ul-Ahrar separately claimed responsibility": the claim itself has both
  // groups as its agents, the first first (GTD's gname), as the text names them.
  if (resp.coActors.length > 0 && resp.cue) {
    const cue = resp.cue;
    for (const e of doc.events) {
      if (e.type !== 'claim-of-responsibility' || e.trigger.start < cue.start || e.trigger.end > cue.end) continue;
      const missing = claimants.filter((c) => !e.actors.some((r) => r.role === 'agent' && r.actor === c.actor && r.start === c.span.start));
      if (missing.length === 0) continue;
      replaceAgent(e, claimants, `agent:claimed-together:${resp.rule}`, false);
    }
  }
}

/**
 * The acts a claim names (session 21, news49), or null when it names none or names all of them.
 * What it claims follows its cue up to the end of the clause: "claimed responsibility for the
 * attack on the police van in Lakki Marwat", "claimed the killing of the traffic warden in Dera
 * Ismail Khan", "claimed that killing". A place named there covers the violent events placed in
 * it, or around it; a victim named there ("on the police van", "of the traffic warden") the
 * events told before it whose sentence names that victim; "that/this killing" the acts told in
 * its paragraph. An event in the sentence of a named one is part of it.
 */
function namedActs(doc: Doc, ctx: Context, resp: Responsibility, violent: readonly EventRecord[]): Set<EventRecord> | null {
  if (resp.kind !== 'claimed' || !resp.cue || !resp.actorSpan || resp.actorSpan.start > resp.cue.start || violent.length < 2) return null;
  const cue = resp.cue;
  const sentence = doc.sentences.find((s) => s.start <= cue.start && cue.start < s.end);
  if (!sentence) return null;
  const rest = doc.text.slice(cue.end, sentence.end);
  const object = CLAIMED_OBJECT.exec(rest);
  if (!object) return null;
  const cueText = doc.text.slice(cue.start, cue.end);
  const objectEnd = cue.end + object[0].length;
  let found: EventRecord[] | null = null;
  if (DEMONSTRATIVE.test(cueText) || /^\s*for\s+(?:that|this)\s/i.test(object[0])) {
    // The act told in its paragraph: a note of one paragraph ("claimed responsibility for this
    // incident") claims all it told.
    const own = violent.filter((e) => doc.sentences[e.sentence].paragraph === sentence.paragraph);
    found = own.some((e) => e.start < sentence.start) ? own : null;
  }
  const place = doc.placeMentions.find((m) => m.start >= cue.end && m.end <= objectEnd && !OBJECT_NOT_THE_ACT.test(doc.text.slice(cue.end, m.start)));
  const where = place ? ctx.places.get(place.entity) : undefined;
  if (place && where) {
    const inPlace = violent.filter((e) => {
      if (!e.place) return false;
      if (e.place === place.entity) return true;
      const at = ctx.places.get(e.place);
      return !!at && (((where.kind === 'admin1' || where.kind === 'admin2') && liesIn(at, where)) || ((at.kind === 'admin1' || at.kind === 'admin2') && liesIn(where, at)));
    });
    if (inPlace.length > 0) found = found ? found.filter((e) => inPlace.includes(e)) : inPlace;
  }
  const victim = VICTIM.exec(object[0]);
  if (victim) {
    const head = victim[1].toLowerCase().replace(/s$/, '');
    const re = new RegExp(String.raw`\b${head}s?\b`, 'i');
    const told = violent.filter((e) => e.start < sentence.start && re.test(doc.text.slice(doc.sentences[e.sentence].start, doc.sentences[e.sentence].end)));
    if (told.length > 0) found = found ? found.filter((e) => told.includes(e)) : told;
  }
  if (!found || found.length === 0) return null;
  const sentences = new Set(found.map((e) => e.sentence));
  const named = new Set(violent.filter((e) => sentences.has(e.sentence)));
  return named.size < violent.length ? named : null;
}

/** The cue names its act by a demonstrative: "claimed that killing". */
const DEMONSTRATIVE = /\b(?:that|this)\s+\S+$/i;
/** What a claim claims: its words up to the clause's end, not what it says or how it was sent. */
const CLAIMED_OBJECT = /^[^,;.:]*?(?=\s+(?:in|through|via|on)\s+(?:a|an|its|their|his)\s+(?:statement|message|post|video|call|telephone)|\s+(?:saying|adding|and)\b|[,;.:]|$)/i;
/** Words before a place that say where the claim was made, not where the act was. */
const OBJECT_NOT_THE_ACT = /\b(?:statement|message|sent|issued|posted|told|said|spokes\w*|reporters|journalists|media)\b/i;
/** A victim named by the claim: "the attack on the police van", "the killing of the traffic warden". */
const VICTIM = /\b(?:attacks?|killings?|murders?|assassinations?|bombings?|ambush|shooting|abductions?|kidnappings?)\s+(?:of|on|against)\s+(?:the|a|an|two|three|four|five|six|\d+)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]{3,})(?=\s+(?:in|at|near|on|of|outside|inside)\b|\s*$)/iu;

/** The last violent event before the statement in its own paragraph: the attack it claims. */
function claimedInItsParagraph(doc: Doc, violent: readonly EventRecord[], at: number): EventRecord | null {
  const paragraph = paragraphOf(doc, at);
  let found: EventRecord | null = null;
  for (const e of violent) if (e.start <= at && doc.sentences[e.sentence].paragraph === paragraph) found = e;
  return found;
}

/** The paragraph of the sentence holding `offset` (an event's own is doc.sentences[e.sentence].paragraph). */
function paragraphOf(doc: Doc, offset: number): number | undefined {
  return doc.sentences.find((s) => s.start <= offset && offset < s.end)?.paragraph;
}

/** Both dated to a day, and not the same day. */
function otherDay(e: EventRecord, claimed: EventRecord): boolean {
  return e.date?.precision === 'day' && claimed.date?.precision === 'day' && e.date.start !== claimed.date.start;
}

/** The event's place when it is a town with a known province: where a claim of one attack holds. */
function town(ctx: Context, place: string | null): { admin1: string } | null {
  const entry = place ? ctx.places.get(place) : undefined;
  return entry?.kind === 'populated-place' && entry.admin1 && entry.country ? { admin1: `${entry.country}:${entry.admin1}` } : null;
}

/** Words that tie an event to the claimed attack wherever it was: "one of two related attacks in Farah". */
const RELATED = /\b(?:related|coordinated|simultaneous|across)\b/i;

/** A sentence's opening that sets it apart from what was told before. */
const SEPARATE = /^\s*(?:separately|elsewhere|in (?:an?(?:other)? )?separate (?:incidents?|attacks?|developments?)|in another (?:incident|attack|development))\b/i;

/** "overnight", "over the weekend" can be the attack itself; a month or a year is a period. */
const PART_OF_AN_ATTACK_DAYS = 7;

/**
 * The claimants become the event's agents, the first first; none of them stays in another role.
 * `inferred`: an attack the claim covers gets them by inference; the claim event itself, whose
 * trigger is the cue they are the subject of, is stated.
 */
function replaceAgent(e: EventRecord, claimants: ReadonlyArray<{ actor: string; span: { start: number; end: number } }>, rule: string, inferred: boolean): void {
  e.actors = [
    ...claimants.map((c) => ({ actor: c.actor, role: 'agent' as const, inferred, start: c.span.start, end: c.span.end })),
    ...e.actors.filter((r) => r.role !== 'agent' && !claimants.some((c) => c.actor === r.actor)),
  ];
  e.rules.push(rule);
}
