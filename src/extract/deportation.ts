import type { EntityMention } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';

// Deportations and returns (docs/taxonomy.md, "Deportations and returns"). A deportation is a
// state's forced removal of people across a border, counted as `deported`; a return across a
// border ("More than 40,000 Afghans returned from Iran", "were repatriated to Afghanistan") is the
// same type counted as `returned`, told only with the country crossed from or to.

/** The count kind of a return across a border. */
export const RETURNED_KIND = 'returned';

/** Words that may stand between "from"/"to" and the country: "returned from neighbouring Iran". */
const BEFORE_COUNTRY = /^\s+(?:(?:the|neighbouring|neighboring)\s+)?$/i;

/** "from Pakistan", "to neighbouring Iran", "out of the country": where people were moved from or to. */
const FROM_OR_TO_BEFORE = /\b(?:from|to|into|out\s+of)\s+(?:(?:the|neighbouring|neighboring)\s+)?$/i;
const THE_COUNTRY = /\b(?:from|out\s+of)\s+the\s+country\b/i;
/** Removals of envoys are diplomacy, not a removal of people across a border told as such. */
const DIPLOMATS = /\b(?:diplomats?|envoys?|ambassadors?|attach[eé]s?|consuls?|embassy\s+(?:staff|officials?))\b/i;

/** Whether the clause names envoys ("expelled two Indian diplomats"). */
export function diplomatsIn(text: string, clauseStart: number, clauseEnd: number): boolean {
  return DIPLOMATS.test(text.slice(clauseStart, clauseEnd));
}

/**
 * Whether a trigger's clause names, after it, a country people were moved from or to: "expelled
 * 800 Afghans from Iran", "had arrived in Kabul from Pakistan", "expelled from the country"; and
 * no diplomats ("expelled two diplomats from the country" is diplomacy).
 */
export function countryInClause(text: string, places: readonly EntityMention[], end: number, clauseStart: number, clauseEnd: number, ctx: Context): boolean {
  if (diplomatsIn(text, clauseStart, clauseEnd)) return false;
  if (THE_COUNTRY.test(text.slice(end, clauseEnd))) return true;
  return places.some((p) => p.start >= end && p.end <= clauseEnd && ctx.places.get(p.entity)?.kind === 'country' && FROM_OR_TO_BEFORE.test(text.slice(Math.max(end, p.start - 30), p.start)));
}

/** Whether a country's name follows a return trigger ("returned from Iran", "repatriated to the UAE"). */
export function countryAfter(text: string, places: readonly EntityMention[], end: number, ctx: Context): boolean {
  return places.some((p) => p.start >= end && p.start - end <= 24 && BEFORE_COUNTRY.test(text.slice(end, p.start)) && ctx.places.get(p.entity)?.kind === 'country');
}

/**
 * "expected ahead of deportation", "Afghans facing deportation", "protested against the
 * deportations": a removal to come, feared or opposed, not one told as done.
 */
const PROSPECT_BEFORE = /\b(?:ahead\s+of|pending|awaiting|await|awaits|facing|face|faces|before|risk\s+of|threat\s+of|threatened\s+with|fear\s+of|fears\s+of|plans?\s+(?:for|of)|planned|halt|stop|suspend|suspended|against|oppose|opposed|protest|protested|protesting|condemned|criticised|criticized|denounce|denounced|denouncing|order(?:ed)?|await)\s+(?:(?:their|the|his|her|its|possible|planned|imminent|mass|forced|further)\s+)*$/i;

/** Whether a deportation noun is a removal to come or opposed ("ahead of deportation"). */
export function prospectiveRemoval(text: string, clauseStart: number, triggerStart: number): boolean {
  return PROSPECT_BEFORE.test(text.slice(Math.max(clauseStart, triggerStart - 60), triggerStart));
}

/** The country word that is a deportation's subject, with only auxiliaries and a day between: "Pakistan deported", "Iran on Monday deported". */
const COUNTRY_SUBJECT = /(?:^|[^\p{L}])(\p{Lu}\p{L}+)(?:\s+(?:has|have|had|also|again|reportedly|forcibly|on\s+\p{Lu}\p{L}+|last\s+\p{L}+|this\s+\p{L}+))*\s+$/u;

export interface CountryAgent {
  actor: string;
  country: string;
  start: number;
  end: number;
}

/**
 * "Pakistan deported 1,200 Afghan nationals": a country named as the subject of the removal is its
 * government (the actor gazetteer's `government` template for that country on the article's date).
 */
export function countrySubject(text: string, ctx: Context, published: string | null, clauseStart: number, triggerStart: number): CountryAgent | null {
  return governmentBefore(COUNTRY_SUBJECT, text, ctx, published, clauseStart, triggerStart);
}

/** The country `pattern` finds (its group 1) in the clause before the trigger, as its government on the article's date, or null. */
function governmentBefore(pattern: RegExp, text: string, ctx: Context, published: string | null, clauseStart: number, triggerStart: number): CountryAgent | null {
  const m = pattern.exec(text.slice(clauseStart, triggerStart));
  if (!m) return null;
  const country = ctx.actors.countryOf(m[1]);
  if (!country) return null;
  const start = clauseStart + m.index + m[0].indexOf(m[1]);
  return { actor: ctx.actors.instantiate('government', country, published), country, start, end: start + m[1].length };
}

/**
 * (Session 21, news52) "Iran's expulsion of 12,000 Afghans": a country's possessive right before
 * the removal noun (an adjective or two between: "Pakistan's mass deportation") names who removes
 * them, its government; the "of" phrase names the people and their number.
 */
const COUNTRY_POSSESSOR = /(?:^|[^\p{L}])(\p{Lu}\p{L}+)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The country whose possessive stands before a removal noun, as its government, or null. */
export function countryPossessor(text: string, ctx: Context, published: string | null, clauseStart: number, triggerStart: number): CountryAgent | null {
  return governmentBefore(COUNTRY_POSSESSOR, text, ctx, published, clauseStart, triggerStart);
}

/**
 * (news53) "Iran's expulsion of 12,000 Afghans", "Pakistan deported 500 Afghans": a country's
 * demonym as a plural noun right after the count of people removed names who they are, the
 * civilians of that country (as "Afghan nationals" is, by the generic "nationals" after the
 * demonym). A capitalised plural whose singular is a demonym of the actor gazetteer ("Afghans",
 * "Pakistanis", "Iranians"). (news55) So does a demonym before a noun of people moved across a
 * border (`movedNouns`, the type's `movedPeople`): "3,000 Afghan refugees", "1,500 Pakistani
 * families"; one lower-case word may stand before the demonym ("undocumented Afghan migrants").
 * Returns too: "More than 40,000 Afghans returned from Iran" names the people moved.
 */
const PLURAL_AFTER_COUNT = /^\s+(?:[\p{Ll}-]+\s+)?(\p{Lu}\p{Ll}+)s\b/u;

/** The people a demonym names, and how: a plural ("Afghans") or before a noun of people moved ("Afghan refugees"). */
export interface DemonymPeople extends CountryAgent {
  form: 'plural' | 'people';
}

export function demonymPeopleAfter(text: string, ctx: Context, countEnd: number, movedNouns: RegExp | null = null): DemonymPeople | null {
  const window = text.slice(countEnd, countEnd + 60);
  const noun = movedNouns?.exec(window);
  if (noun) {
    const country = ctx.actors.countryOf(noun[1]);
    if (country) {
      const start = countEnd + noun.index + noun[0].indexOf(noun[1]);
      return { actor: ctx.actors.instantiate('civilians', country), country, start, end: countEnd + noun.index + noun[0].length, form: 'people' };
    }
  }
  const m = PLURAL_AFTER_COUNT.exec(window);
  if (!m) return null;
  const country = ctx.actors.countryOf(m[1]);
  // (A country's name is no demonym: "Emirates" is not the plural of "Emirate".)
  if (!country || ctx.actors.countryOf(`${m[1]}s`) !== null) return null;
  const start = countEnd + m.index + m[0].indexOf(m[1]);
  return { actor: ctx.actors.instantiate('civilians', country), country, start, end: start + m[1].length + 1, form: 'plural' };
}

const MOVED_PATTERNS = new WeakMap<readonly string[], RegExp>();

/** The pattern of a capitalised word (group 1) before one of `nouns`, right after a count: `demonymPeopleAfter`'s second reading. */
export function movedPeoplePattern(nouns: readonly string[] | undefined): RegExp | null {
  if (!nouns || nouns.length === 0) return null;
  let pattern = MOVED_PATTERNS.get(nouns);
  if (!pattern) MOVED_PATTERNS.set(nouns, (pattern = compileMovedPeople(nouns)));
  return pattern;
}

function compileMovedPeople(nouns: readonly string[]): RegExp {
  const alternatives = [...nouns].sort((a, b) => b.length - a.length).map((n) => n.split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
  return new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?(\\p{Lu}\\p{Ll}+)\\s+(?:${alternatives})\\b`, 'u');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
