import type { DateMention, EntityMention, EventRecord, Token } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { tokenAt } from './events-clauses.ts';
import { liesIn } from './events-place.ts';

// "The TTP claimed responsibility for the Bannu bombing", "... for the bombing in Quetta": a
// definite act with a place or a date of its own names an act; it is an event unless an earlier
// event of the text is that act. A bare "the attack" points back ("No group claimed
// responsibility for the attempted attack") and is none.

/** The rule of a definite act read as an event of its own. */
export const DEFINITE_ACT_RULE = 'trigger:definite-act-with-own-modifier';

const AFTER_PREPS = new Set(['in', 'at', 'near']);

/** What names a definite act's own place or day: a mention, and whether it is a place. */
export interface OwnModifier {
  mention: EntityMention | DateMention;
  place: boolean;
}

/**
 * "the Bannu bombing" (a place between "the" and the noun), "the bombing in Quetta", "the attack
 * on Tuesday" (a place after in/at/near, a date after "on" or right after the noun), "(wounded)
 * in the attack on their checkpost" in a sentence naming a place (that place); null when the noun has no
 * determiner "the" or no modifier of its own.
 */
export function ownModifier(toks: readonly Token[], m: TrieMatch, places: readonly EntityMention[], dates: readonly DateMention[]): OwnModifier | null {
  const prev = toks[m.firstToken - 1];
  if (!prev) return null;
  const before = places.find((x) => x.end === prev.end);
  if (before) {
    const i = tokenAt(toks as Token[], before.start);
    return i > 0 && toks[i - 1].lower === 'the' ? { mention: before, place: true } : null;
  }
  if (prev.lower !== 'the') return null;
  const next = toks[m.lastToken + 1];
  if (!next) return null;
  if (AFTER_PREPS.has(next.lower)) {
    const at = toks[m.lastToken + 2];
    const p = at ? places.find((x) => x.start === at.start) : undefined;
    return p ? { mention: p, place: true } : null;
  }
  const dayAt = next.lower === 'on' ? toks[m.lastToken + 2] : next;
  const d = dayAt ? dates.find((x) => x.start === dayAt.start && x.value !== null) : undefined;
  if (d) return { mention: d, place: false };
  // (Session 21, news52) "In Bannu, two policemen were wounded in the attack on their checkpost":
  // an act with its own target ("on/against ...", no date) that people were hurt "in/during", in a
  // sentence that names a place, has that place; it is an act of its own unless an earlier act
  // was there (toldBefore). ("protested against the attack on health workers": what a protest is
  // against is no act told, and its place is the protest's.)
  const target = toks[m.lastToken + 2];
  const inThe = toks[m.firstToken - 2];
  if ((next.lower === 'on' || next.lower === 'against') && target && (inThe?.lower === 'in' || inThe?.lower === 'during') && !dates.some((x) => x.start === target.start)) {
    const p = places[0];
    return p ? { mention: p, place: true } : null;
  }
  return null;
}

/** Whether an earlier violent event could be the act so modified: the same or a containing place, an overlapping day, or none said. */
export function toldBefore(ctx: Context, earlier: readonly EventRecord[], own: OwnModifier, isViolent: (type: string) => boolean): boolean {
  return earlier.some((e) => {
    if (!isViolent(e.type)) return false;
    if (own.place) {
      const entity = (own.mention as EntityMention).entity;
      if (!e.place || e.place === entity) return true;
      const here = ctx.places.get(entity);
      const there = ctx.places.get(e.place);
      return !here || !there || liesIn(here, there) || liesIn(there, here);
    }
    const value = (own.mention as DateMention).value!;
    return !e.date || !(value.end < e.date.start || value.start > e.date.end);
  });
}

// (Session 24, news71) "Security forces killed 11 terrorists during an operation in Datta Khel.
// ¶ According to the ISPR, the operation was conducted on the night of November 25-26": a later
// sentence whose subject is the act named again by a definite noun, and whose verb says when it
// was done, dates that act. The sentence tells no act of its own (the caller asks that), so its
// day is the act's, not a statement's.
const ACT_DONE =
  /\bthe\s+(operation|raid|attack|assault|strike|airstrike|ambush|clash|clashes|encounter|exchange of fire|gunfight|bombing|blast|explosion|shooting)\s+(?:was|were|had\s+been)\s+(?:(?:\p{L}+ly)\s+)?(?:conducted|carried\s+out|launched|mounted|staged|executed|undertaken)\b|\bthe\s+(operation|raid|attack|assault|strike|airstrike|ambush|clash|clashes|encounter|exchange of fire|gunfight|bombing|blast|explosion|shooting)\s+(?:took\s+place|happened|occurred|began|started)\b/iu;

/** The act done again with its day: the noun and the date mention right after the verb (at most 40 characters on), or null. */
export function actDoneOn(text: string, from: number, to: number, dates: readonly DateMention[]): { noun: string; date: DateMention } | null {
  const sentence = text.slice(from, to);
  const m = ACT_DONE.exec(sentence);
  if (!m) return null;
  const verbEnd = from + m.index + m[0].length;
  const date = dates.find((d) => d.start >= verbEnd && d.start - verbEnd <= 40 && d.value !== null && /^\s*(?:(?:on|in|at|during|late|early)\s+)*(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$/i.test(text.slice(verbEnd, d.start)));
  return date ? { noun: (m[1] ?? m[2]).toLowerCase(), date } : null;
}
