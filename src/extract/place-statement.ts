import type { Doc, EntityMention } from '../model/types.ts';

// "Militants attacked a checkpost, killing three soldiers, officials in Quetta said. The attack
// took place in Zarmel area of Kech district.": a report may name where its event was in a
// sentence of its own after the event's, while the event's sentence names only where a source
// spoke. Such a statement has a definite subject (the event or its target) and a verb of being
// or happening before the place; it places the event whose own place was only a source's seat.

const STATEMENT = /^\s*(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:took\s+place|happened|occurred|was\s+carried\s+out|is\s+located|is\s+situated|was\s+located|is|was|lies)\s+(?:in|at|near)\s+(?:the\s+)?/i;
/** How many sentences after the event's a statement of its place may come. */
const STATEMENT_REACH = 2;

/** The place a statement in the next sentences of the paragraph gives, or null. `places`: the document's place mentions. */
export function statedPlaceAfter(doc: Doc, si: number, places: readonly EntityMention[]): EntityMention | null {
  const paragraph = doc.sentences[si].paragraph;
  for (let k = si + 1; k <= si + STATEMENT_REACH && k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    if (s.paragraph !== paragraph || s.heading) return null;
    const m = STATEMENT.exec(doc.text.slice(s.start, s.end));
    if (!m) continue;
    const from = s.start + m[0].length;
    return places.find((p) => p.start === from) ?? null;
  }
  return null;
}
