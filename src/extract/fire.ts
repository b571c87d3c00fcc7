import type { Doc, EventRecord } from '../model/types.ts';

// "Fired" alone is ranged fire only with a ranged weapon in its clause: "Russian forces fired
// artillery at Klynove" is shelling (a bombing), "soldiers fired several shots" is a shooting
// (an attack). Multi-word forms settle themselves in data/events.json ("fired at", "fired tear
// gas" are attacks). "Dropped" is a bombing only with something explosive dropped ("dropped
// VOG-17 grenades from a drone"), and no event otherwise ("dropped the charges"). The noun
// "firing" ("wounded in unprovoked Indian firing") is an attack, but followed by its object it is
// a gerund whose verb lies elsewhere ("dispersed residents by firing gunshots in the air"): no event.

const BARE_FIRE = /^(?:fired|fires|firing)$/i;
const DROPPED = /^dropped$/i;
const FIRED_AT = /^fired\s+(?:at|on|upon)$/i;
const FIRING = /^firing$/i;
/** A word that starts the object of a gerund "firing", not a preposition or the clause's end. */
const GERUND_OBJECT = /^\s+(?!(?:along|across|at|on|upon|in|into|from|by|near|between|towards?|over|during|after|before|and|or|which|that|was|were|has|had|is)\b)\p{Ll}/u;
// ("fired stun grenades", "tear gas shells": crowd control, no ranged weapon; dispersal.ts.)
const RANGED =
  /\b(?:rockets?|missiles?|mortars?|(?<!(?:tear[- ]?gas|teargas)\s)shells?|artillery|howitzers?|grads?|himars|projectiles?|munitions|launchers?|drones?|(?<!(?:stun|sound|smoke)\s)grenades?|(?<!(?:sound|smoke)\s)bombs?|katyushas?|rpgs?|atgms?)\b/i;
/**
 * A munition named as what was fired, right before the verb: "shells fired from across the
 * border struck homes", "rockets were fired at the base". Only munitions (not a drone or a gun
 * crew), and the verb's subject or passive subject: the noun, then at most auxiliaries.
 */
const RANGED_BEFORE =
  /\b(?:rockets?|missiles?|mortars?|(?<!(?:tear[- ]?gas|teargas)\s)shells?|(?:mortar|artillery|tank|rocket)\s+rounds?|artillery|projectiles?|munitions|grads?|katyushas?|rpgs?)\s+(?:(?:were|was|had|have|has|been|being)\s+)*$/i;
/** What a drone or quadcopter drops besides ranged munitions: "dropped an explosive device". */
const DROPPED_EXPLOSIVE = /\b(?:explosives?|explosive devices?|ieds?)\b/i;

/**
 * Bare "fired" bombings with no ranged weapon named after them in their sentence, nor as what was
 * fired right before them, become attacks; bare "dropped" ones are no event. Returns the events kept.
 */
export function settleBareFire(doc: Doc, events: EventRecord[], attackType: string): EventRecord[] {
  return events.filter((e) => {
    const fired = BARE_FIRE.test(e.trigger.text);
    if (e.type === attackType && FIRING.test(e.trigger.text) && e.rules.filter((r) => r.startsWith('trigger:')).length === 1) {
      return !GERUND_OBJECT.test(doc.text.slice(e.trigger.end, e.trigger.end + 24));
    }
    if (e.type === attackType || (!fired && !DROPPED.test(e.trigger.text))) return true;
    // The weapon follows the verb, within the next words of its sentence.
    const after = doc.text.slice(e.trigger.end, Math.min(e.end, e.trigger.end + 120));
    if (RANGED.test(after) || (!fired && DROPPED_EXPLOSIVE.test(after))) return true;
    if (fired && firedMunitionBefore(doc, e)) {
      e.rules.push('fired-munition-before:bombing');
      return true;
    }
    if (!fired) return false;
    e.type = attackType;
    e.rules.push('fired-without-ranged-weapon:attack');
    return true;
  });
}

function firedMunitionBefore(doc: Doc, e: EventRecord): boolean {
  return munitionBefore(doc.text, e.start, e.trigger.start);
}

/**
 * "Rockets were fired at a police station": the lexicon's "fired at" is an attack (a shooting),
 * but with a munition as what was fired it is shelling, as "fired rockets at" is. Asked of the
 * trigger before its event is made, so that it joins the clause's other bombing words ("Two
 * mortar rounds were fired at …" is one event).
 */
export function munitionFiredAt(text: string, from: number, alias: string, at: number): boolean {
  return FIRED_AT.test(alias) && munitionBefore(text, from, at);
}

function munitionBefore(text: string, from: number, at: number): boolean {
  return RANGED_BEFORE.test(text.slice(Math.max(from, at - 48), at));
}
