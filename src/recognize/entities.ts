import type { Doc, EntityMention } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { recognizeActorMentions } from './actors.ts';

// Actor and place mentions from the gazetteers. Places are disambiguated with the whole
// document: the countries of the actors in play and of the publisher weigh in, dates and actor
// names are no places ("May", "Islamic State of Iraq"), and the gazetteer does the rest.

export function recognizeActors(doc: Doc, ctx: Context): EntityMention[] {
  return recognizeActorMentions(doc, ctx);
}

export function recognizePlaces(doc: Doc, ctx: Context): EntityMention[] {
  const countries = new Map<string, number>();
  for (const m of doc.actorMentions) {
    const c = ctx.actors.get(m.entity)?.country;
    if (c) countries.set(c, 1);
  }
  const publisher = publisherCountry(doc.article.url);
  if (publisher && !countries.has(publisher)) countries.set(publisher, 1);
  return ctx.places.match(doc.text, doc.tokens, {
    countries,
    blocked: doc.dates,
    actorSpans: doc.actorMentions,
  });
}

/** The country of a publisher's country-code domain ("tribune.com.pk" → PK), or null. */
export function publisherCountry(url: string | null): string | null {
  if (!url) return null;
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  const tld = host?.split('.').pop();
  if (!tld || tld.length !== 2 || GENERIC_CC.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

// Country-code domains used as generic ones (.tv, .io, .co, .me, .ly, .fm...).
const GENERIC_CC = new Set(['tv', 'io', 'co', 'me', 'ly', 'fm', 'ai', 'gg', 'to', 'ws', 'cc', 'eu', 'su', 'is', 'am', 'la', 'sh', 'ac']);
