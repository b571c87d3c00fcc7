import type { Doc, EntityMention } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { PlaceMatchOptions } from '../gazetteer/places.ts';
import { recognizeActorMentions } from './actors.ts';

// Actor and place mentions from the gazetteers. Places are disambiguated with the whole
// document: the countries of the actors in play and of the publisher weigh in, dates and actor
// names are no places ("May", "Islamic State of Iraq"), and the gazetteer does the rest.

export function recognizeActors(doc: Doc, ctx: Context): EntityMention[] {
  return recognizeActorMentions(doc, ctx);
}

export function recognizePlaces(doc: Doc, ctx: Context): EntityMention[] {
  return ctx.places.match(doc.text, doc.tokens, placeOptions(doc, ctx));
}

/** recognizePlaces of each document (PlaceGazetteer.matchMany: the same mentions, faster). */
export function recognizePlacesMany(items: ReadonlyArray<{ doc: Doc; ctx: Context }>): EntityMention[][] {
  if (items.length === 0) return [];
  // Documents of one batch may carry different contexts; each group goes through its own gazetteer.
  const places = items[0].ctx.places;
  if (items.some((x) => x.ctx.places !== places)) return items.map(({ doc, ctx }) => recognizePlaces(doc, ctx));
  return places.matchMany(items.map(({ doc, ctx }) => ({ text: doc.text, tokens: doc.tokens, context: placeOptions(doc, ctx) })));
}

/** A capitalised word shaped like a demonym ("Pakistani", "Afghan", "Yemeni"); the actor gazetteer's countryOf decides. */
const DEMONYM_SHAPE = /^[A-Z][a-z]+(?:i|an|ese|ish)$/;

function placeOptions(doc: Doc, ctx: Context): PlaceMatchOptions {
  const countries = new Map<string, number>();
  for (const m of doc.actorMentions) {
    const c = ctx.actors.get(m.entity)?.country;
    if (c) countries.set(c, 1);
  }
  const publisher = publisherCountry(doc.article.url);
  if (publisher && !countries.has(publisher)) countries.set(publisher, 1);
  // "Pakistani official says 3 killed": a demonym no actor took. It gives no weight to any
  // reading (as a weight it moved 51 ACLED texts for the worse, session 13); it only names the
  // country of the guesses about unknown names when nothing else does, so the tokens are read
  // for demonyms only when the resolver asks (about 1% of a pass when read for every text).
  // Methods, not named arrow functions: under tsx (esbuild's keepNames) each named closure costs a
  // defineProperty of its name when made: 167 ms of a 33.8 s per-text profile here (session 19, perf18).
  let demonyms: ReadonlySet<string> | undefined;
  return {
    countries,
    blocked: doc.dates,
    actorSpans: doc.actorMentions,
    demonymCountries(): ReadonlySet<string> {
      return (demonyms ??= demonymCountriesOf(doc, ctx));
    },
    isDemonym(w: string): boolean {
      return DEMONYM_SHAPE.test(w) && ctx.actors.countryOf(w) !== null && !ctx.places.candidates(w).some((e) => e.kind === 'country');
    },
  };
}

/** The countries of the demonyms in a text that are no country's own name ("Pakistani", not "Pakistan"). */
function demonymCountriesOf(doc: Doc, ctx: Context): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of doc.tokens) {
    const w = doc.text.slice(t.start, t.end);
    if (!DEMONYM_SHAPE.test(w)) continue;
    const c = ctx.actors.countryOf(w);
    if (c && !ctx.places.candidates(w).some((e) => e.kind === 'country')) out.add(c);
  }
  return out;
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
