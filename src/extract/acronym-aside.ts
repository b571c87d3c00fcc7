import type { Doc, EntityMention, Token } from '../model/types.ts';
import { lowerBoundByStart } from '../model/span-order.ts';

// "Militants of the banned Baloch Liberation Army (BLA) attacked a train": a bracket that holds
// only the short name of the actor named right before it restates that actor; it is no clause
// of its own, and splitting there leaves the verb with no subject (news63). Only that: the lead
// found that every one-word bracket read this way changed 462 dev texts and cost GTD
// perpetrators, since "(AFP)", "(local time)" or "(Reuters)" asides do part their clauses.

/**
 * Whether the "(" at token `i` of a sentence's tokens opens "(ACRONYM)" right after an actor
 * mention, the acronym being that actor (as recognised) or its capitals' initials.
 */
export function acronymAside(doc: Doc, toks: readonly Token[], i: number): boolean {
  const open = toks[i];
  const word = toks[i + 1];
  const shut = toks[i + 2];
  if (!open || !word || !shut || doc.text[open.start] !== '(' || doc.text[shut.start] !== ')' || shut.end - shut.start !== 1) return false;
  // "an Afghan National Army (ANA) vehicle", "a NATO (NATO) patrol": the name and its acronym
  // qualify the noun after them, which is the subject, if any; only a verb after the bracket
  // makes the named actor the subject.
  if (!VERB_AFTER.test(toks[i + 3]?.lower ?? '')) return false;
  const acronym = doc.text.slice(word.start, word.end);
  if (!/^[A-Z][A-Za-z-]{1,9}$/.test(acronym) || !/[A-Z].*[A-Z]/.test(acronym)) return false;
  const before = actorEndingAt(doc.actorMentions, open.start, doc.text);
  if (!before) return false;
  const inside = actorAt(doc.actorMentions, word.start, word.end);
  if (inside && inside.entity === before.entity) return true;
  // Not recognised as that actor: the capitals of its name spell the acronym ("Jamaat-ul-Ahrar (JuA)").
  const initials = (doc.text.slice(before.start, before.end).match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
  return initials.length >= 2 && initials === acronym.replace(/[^A-Z]/g, '');
}

/** A word after the bracket that opens a verb phrase: a past form, an auxiliary or a common irregular past. */
const VERB_AFTER = /^(?:[a-z]+ed|has|have|had|was|were|is|are|will|would|also|on|said|says|took|struck|shot|hit|set|blew|fought|overran|seized)$/;

/** The actor mention that ends right before `at` (only spaces between), or null. */
function actorEndingAt(mentions: readonly EntityMention[], at: number, text: string): EntityMention | null {
  const hi = lowerBoundByStart(mentions, at);
  for (let k = hi - 1; k >= 0 && k >= hi - 4; k--) {
    const m = mentions[k];
    if (m.end <= at && /^\s*$/.test(text.slice(m.end, at))) return m;
  }
  return null;
}

/** The actor mention spanning exactly [start, end), or null. */
function actorAt(mentions: readonly EntityMention[], start: number, end: number): EntityMention | null {
  const k = lowerBoundByStart(mentions, start);
  for (let j = k; j < mentions.length && mentions[j].start === start; j++) if (mentions[j].end === end) return mentions[j];
  return null;
}
