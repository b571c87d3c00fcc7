import type { EntityMention } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';

// (Session 21, news48) "The Lahore High Court commuted the death sentence of a man convicted of
// the 2014 bombing in Wagah": what a court does, it does where it sits. The sentence's scene
// ("in Wagah") is the recalled crime's, so an act whose subject is a court named by its seat
// ("the Lahore High Court", "an anti-terrorism court in Quetta") is placed at that seat.

/** A court's kind words between its seat and "court": "High", "Anti-Terrorism", "District and Sessions". */
const SEAT_THEN_COURT = /^\s+(?:(?:high|supreme|federal|shariat|district|sessions|and|anti-terrorism|anti-terrorist|accountability|military|provincial|appeals?)\s+)*(?:court|bench)\b/i;
/** "court in Quetta", "a bench of the court at Abbottabad". */
const COURT_THEN_SEAT = /\b(?:court|bench)\s+(?:in|at|of)\s+$/i;
/** Between the court and its act: a few words (a day), no clause break. */
const COURT_THEN_ACT = /^[^.;:!?]{0,60}$/;

/**
 * The seat of a court that is the subject of the trigger `m`: a place of the clause (from
 * `clauseStart`) right before "(High/…) Court" or right after "court in/at/of", with nothing
 * between the court and the trigger but a few words and no other trigger. Null otherwise.
 */
export function courtSeat(text: string, places: readonly EntityMention[], m: TrieMatch, triggers: readonly TrieMatch[], clauseStart: number): EntityMention | null {
  for (const p of places) {
    if (p.start < clauseStart || p.end > m.start) continue;
    let courtEnd = -1;
    const after = SEAT_THEN_COURT.exec(text.slice(p.end, m.start));
    if (after) courtEnd = p.end + after[0].length;
    else if (COURT_THEN_SEAT.test(text.slice(Math.max(clauseStart, p.start - 20), p.start))) courtEnd = p.end;
    if (courtEnd < 0 || !COURT_THEN_ACT.test(text.slice(courtEnd, m.start))) continue;
    if (triggers.some((t) => t !== m && t.start >= courtEnd && t.end <= m.start)) continue;
    return p;
  }
  return null;
}
