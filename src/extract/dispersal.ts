import type { EntityMention, EventRecord, Span } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';

// "Police used batons and tear gas to disperse the protesters; 12 people were injured": force used
// to break up a protest is part of that protest, as ACLED codes it ("Protest with intervention":
// physical dispersal or arrests without serious injury, CODEBOOKS.md §2.1), not an attack of its
// own. A sentence that tells a state force dispersing a crowd marks the protest it acts on (the
// sentence's own, else the document's latest crowd event when that is a protest) with the rule
// `protest:intervention:<cue>`; its wounded and arrested counts go to that protest. Lethal force
// or a protest turned riot stays what it was (an attack on protesters, a riot).

/** The words of a dispersal: the weapons of crowd control and the verb itself. */
const CUE = /\b(?:tear[- ]?gas(?:es)?|teargas|baton[- ]charg(?:e|ed|es|ing)|batons?|lathi[- ]?charg(?:e|ed|es|ing)|lathis|water[- ]?cannons?|dispers(?:e|ed|es|ing))\b/giu;
/** "The police asked them to disperse": an order to go is no dispersal (ACLED: a peaceful protest). */
const ORDER_BEFORE = /\b(?:asked|ordered|urged|told|called\s+on|requested|warned|instructed|appealed\s+to)\s+(?:[\p{L}'’-]+\s+){0,4}to\s+$/iu;
/** "The group later dispersed peacefully": the crowd went of its own accord. */
const PEACEFUL_AFTER = /^\s+(?:peacefully|on\s+(?:its|their)\s+own|voluntarily|without\s+(?:any\s+)?incident)\b/i;

/** Lethal force in the sentence ("fired live bullets to disperse the crowd"): ACLED's excessive force, no mere intervention. */
const LETHAL = /\b(?:live\s+(?:ammunition|bullets?|rounds?|fire)|gunfire|gunshots|opened\s+fire|shot\s+dead)\b/i;

export const INTERVENTION_RULE = 'protest:intervention:';

export interface Dispersal {
  /** The cue word, lower-cased, as the rule names it. */
  cue: string;
  start: number;
  end: number;
}

/**
 * The first dispersal a sentence tells: a cue word of crowd control in a sentence that names a
 * state force (who disperses), not an order to disperse nor a crowd leaving peacefully.
 */
export function dispersalIn(text: string, sentence: Span, actorsOf: () => readonly EntityMention[], ctx: Context): Dispersal | null {
  const body = text.slice(sentence.start, sentence.end);
  const cues = [...body.matchAll(CUE)];
  if (cues.length === 0 || LETHAL.test(body)) return null;
  if (!actorsOf().some((a) => ctx.actors.get(a.entity)?.type === 'state')) return null;
  for (const m of cues) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (ORDER_BEFORE.test(text.slice(sentence.start, start)) || PEACEFUL_AFTER.test(text.slice(end, sentence.end))) continue;
    return { cue: m[0].toLowerCase(), start, end };
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
  const mine = own.find((e) => e.type === 'protest');
  if (mine) return mine;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const t = earlier[i].type;
    if (t === 'riot') return null;
    if (t === 'protest') return earlier[i];
  }
  return null;
}

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
