import type { Doc, EntityMention } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';

// Actor and place mentions from the gazetteers. Places are disambiguated with the countries of
// the actors in play, so "Islamabad" next to TTP is the Pakistani capital.

export function recognizeActors(doc: Doc, ctx: Context): EntityMention[] {
  return ctx.actors.match(doc.text, doc.tokens, ctx.published).filter((m) => !insideDate(doc, m));
}

export function recognizePlaces(doc: Doc, ctx: Context): EntityMention[] {
  const countries = new Set<string>();
  for (const m of doc.actorMentions) {
    const c = ctx.actors.get(m.entity)?.country;
    if (c) countries.add(c);
  }
  return ctx.places.match(doc.text, doc.tokens, countries);
}

function insideDate(doc: Doc, m: EntityMention): boolean {
  return doc.dates.some((d) => d.start <= m.start && m.end <= d.end);
}
