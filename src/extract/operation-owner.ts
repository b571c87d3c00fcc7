import type { Doc } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';

// "Over 100 militants killed in Pakistan offensive", "a US drone strike", "killed in Indian border
// firing": a country name or demonym right before a noun for an operation that states' forces run
// says whose forces ran it. The agent is that country's military (the actor gazetteer's stand-in
// for it on the article's date: "Afghan airstrikes" in 2015 and in 2025 are different forces).

// (A state's heavy weapons are its forces' too: "Pakistani mortar shells hit houses", "Afghan
// artillery fire"; session 20, news42.)
const NOUN = String.raw`(?:offensives?|operations?|air ?strikes?|airstrikes?|air raids?|drone strikes?|shelling|firing|bombardments?|crackdowns?|mortars?|mortar fire|artillery(?: fire| strikes?)?|rocket fire|missile (?:strikes?|attacks?))`;
/** Words that may stand between the country and the noun ("Indian border firing"). */
const MODIFIERS = String.raw`(?:(?:border|cross-border|artillery|mortar|military|army|security|air|aerial|ground|unprovoked)\s+)*`;
/** The country word, its possessive, modifiers, the noun: anchored at the end of the text before a trigger. */
const BEFORE_NOUN = new RegExp(String.raw`(\p{Lu}[\p{L}.]*)(?:['’]s)?\s+${MODIFIERS}$`, 'u');
const NOUN_ONLY = new RegExp(String.raw`^${NOUN}$`, 'i');
/** The whole phrase anywhere in a sentence ("were killed in Indian border firing"). */
const PHRASE = new RegExp(String.raw`\b(\p{Lu}[\p{L}.]*)(?:['’]s)?\s+${MODIFIERS}${NOUN}\b`, 'gu');

export interface OperationOwner {
  actor: string;
  country: string;
  start: number;
  end: number;
}

function owner(doc: Doc, ctx: Context, word: string, start: number): OperationOwner | null {
  const country = ctx.actors.countryOf(word);
  if (!country) return null;
  return { actor: ctx.actors.instantiate('military', country, doc.article.published), country, start, end: start + word.length };
}

/** The owner of an operation noun trigger from the words right before it; null when it is none. */
export function ownerBeforeNoun(doc: Doc, ctx: Context, trigger: { start: number; end: number }): OperationOwner | null {
  if (!NOUN_ONLY.test(doc.text.slice(trigger.start, trigger.end))) return null;
  const from = Math.max(0, trigger.start - 80);
  const m = BEFORE_NOUN.exec(doc.text.slice(from, trigger.start));
  return m ? owner(doc, ctx, m[1], from + m.index) : null;
}

/** The first "<country> <operation noun>" phrase in a span of the text, or null. */
export function ownerInSpan(doc: Doc, ctx: Context, start: number, end: number): OperationOwner | null {
  const text = doc.text.slice(start, end);
  for (const m of text.matchAll(PHRASE)) {
    const found = owner(doc, ctx, m[1], start + m.index);
    if (found) return found;
  }
  return null;
}
