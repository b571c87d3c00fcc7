import type { Quantity } from '../model/types.ts';

// "The death toll rose to 18 on Monday", "the toll from Sunday's blast climbed to 12": a later
// total of an incident already told, not more people and not a new incident. The stated update
// replaces the earlier figure of its kind (a second figure of a kind is only a teller's rival
// toll, marked `toldBy`: rival-toll.ts).

const TOLL_UPDATE =
  /\b(?:(?:the\s+)?(death|injury)\s+toll|(?:the\s+)?toll|(?:the\s+)?number\s+of\s+(?:the\s+)?(dead|deaths|fatalities|those\s+killed|killed|injured|wounded|those\s+injured))((?:\s+(?:from|of|in)\s+[^.,;:!?]{1,60}?)?)\s+(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|went\s+up|gone\s+up|mounted|soared)\s+to\s+$/i;

export interface TollUpdate {
  kind: 'killed' | 'wounded';
  quantity: Quantity;
  /** What the toll is of ("from Sunday's blast"): a reference back, no event of its own. */
  subject: { start: number; end: number };
}

/** The sentence's stated new total ("the death toll rose to 18"), from its quantities, or null. */
export function tollUpdate(text: string, quantities: readonly Quantity[]): TollUpdate | null {
  for (const q of quantities) {
    const from = Math.max(0, q.start - 160);
    const m = TOLL_UPDATE.exec(text.slice(from, q.start));
    if (!m) continue;
    const noun = (m[1] ?? m[2] ?? '').toLowerCase();
    const kind = /^(?:injury|injured|wounded|those\s+injured)$/.test(noun) ? 'wounded' : 'killed';
    const subjectStart = m[3] ? from + m.index + m[0].indexOf(m[3]) : from + m.index;
    return { kind, quantity: q, subject: { start: subjectStart, end: subjectStart + m[3].length } };
  }
  return null;
}
