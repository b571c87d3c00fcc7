import type { AttributionKind } from '../model/types.ts';
import { speechWords } from './speech-words.ts';
import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { tokenIndexAt } from './attribution-sentence.ts';
import { PRONOUNS, ARTICLES, NAME_JOINERS, nameRunStart, titleRunStart, ownerEndingAt, isCapitalisedWord, isModifier } from './attribution-words.ts';
import { isNamedGroup, actorSourceKind } from './attribution-kinds.ts';
import { afterIntroduction } from './attribution-clauses.ts';
import { headNoun, isAnaphoric, lastCueBefore } from './attribution-anaphora.ts';

// Bodies and groups speaking: an organisation's name ("the Human Rights Commission of Pakistan"),
// an office of a name ("a spokesman for Rescue 1122"), a part of an actor ("Pakistani Taliban
// faction"), an agency, a group that names itself.

/** Words between a group's noun and the name it gives itself ("calling itself", "known as"). */
const SELF_STYLED = [
  ['calling', 'itself'], ['which', 'calls', 'itself'], ['that', 'calls', 'itself'], ['styling', 'itself'], ['known', 'as'],
  // "a man who identified himself as a commander of the TTP said" (news47): a person's self-description.
  ...['himself', 'herself', 'themselves'].flatMap((self) => [['who', 'identified', self, 'as'], ['identifying', self, 'as'], ['who', 'described', self, 'as'], ['describing', self, 'as']]),
  ['who', 'claimed', 'to', 'be'], ['claiming', 'to', 'be'],
];

/** The most words of the noun phrase before such words ("A little-known militant group"). */
const MAX_SELF_STYLED_NOUN = 4;

/**
 * "A militant group calling itself Ittehad-ul-Mujahideen Pakistan said": the group and the name it
 * gives itself are one source, named; null unless such words stand right before the name.
 */
export function selfStyled(s: SentenceCtx, name: SourcePhrase): SourcePhrase | null {
  for (const words of SELF_STYLED) {
    const at = name.start - words.length;
    if (at < 1 || !words.every((w, i) => s.toks[at + i].lower === w)) continue;
    let k = at - 1;
    while (k > 0 && at - k < MAX_SELF_STYLED_NOUN && /^\p{Ll}/u.test(s.doc.text[s.toks[k].start]) && !ARTICLES.has(s.toks[k].lower)) k--;
    if (!ARTICLES.has(s.toks[k].lower) && k !== 0) return null;
    if (k > 2 && !afterIntroduction(s, k)) return null;
    return { ...name, start: k, kind: 'named', rule: `${name.rule}+self-styled` };
  }
  return null;
}

/** Prepositions joining an office to the body it serves ("spokesman of the Islamic Emirate", "head of UNAMA"). */
export const OFFICE_PREPOSITIONS = new Set(['of', 'for', 'at']);

/** Words that say what kind of force an actor named after them is ("the paramilitary Frontier Corps"). */
const FORCE_DESCRIPTORS = new Set(['paramilitary', 'paramilitaries']);

/**
 * "Pakistan's paramilitary Frontier Corps said", "the Pakistani paramilitary Frontier Corps": a
 * word of the force's kind before an actor's name, with its country (a place, a possessive or a
 * nationality the lexicon lists as a modifier) and article, belongs to the source, so it is not
 * cut off as a claim of its own. Returns the source's first token.
 */
export function forceDescriptorBefore(s: SentenceCtx, start: number): number {
  if (start < 1 || !FORCE_DESCRIPTORS.has(s.toks[start - 1].lower)) return start;
  let k = start - 1;
  const b = k - 1;
  if (b >= 1 && (s.toks[b].lower === "'s" || s.toks[b].lower === '’s')) {
    const o = ownerEndingAt(s, b - 1);
    if (o) k = tokenIndexAt(s.toks, o.start) ?? k;
  } else if (b >= 0) {
    const o = ownerEndingAt(s, b);
    if (o) k = tokenIndexAt(s.toks, o.start) ?? k;
    else if (isCapitalisedWord(s, b) && s.ctx.lexicons.sourceModifiers.has(s.toks[b].lower)) k = b;
  }
  if (k > 0 && ARTICLES.has(s.toks[k - 1].lower)) k--;
  return k;
}

/** Nouns of a part of a group or a state's force that speaks for it ("Pakistani Taliban faction", "Pakistan paramilitary"). */
const ACTOR_QUALIFIERS = new Set(['faction', 'factions', 'paramilitary', 'paramilitaries', 'wing', 'offshoot', 'affiliate', 'branch']);

/** Words between the actor and its qualifier ("TTP splinter group", "Hamas's armed wing"). */
const QUALIFIER_MODIFIERS = new Set(['splinter', 'breakaway', 'dissident', 'armed', 'military', 'local', 'regional']);

/**
 * "Pakistani Taliban faction claims attack", "Pakistan paramilitary says", "A TTP splinter group
 * said": a gazetteer actor or a country, then a noun of one of its parts or forces, is that actor
 * speaking: a named group for a non-state group, official (with the actor) for a state, official
 * for a country. A noun the lexicon knows as a source ("TTP commander", "TTP media wing") is the
 * lexicon's.
 */
export function qualifiedActorEndingAt(s: SentenceCtx, j: number): SourcePhrase | null {
  const noun = s.toks[j].lower;
  let k = j - 1;
  if (noun === 'group' || noun === 'groups') {
    if (!QUALIFIER_MODIFIERS.has(s.toks[k]?.lower ?? '')) return null;
    k--;
  } else if (!ACTOR_QUALIFIERS.has(noun)) return null;
  else if (QUALIFIER_MODIFIERS.has(s.toks[k]?.lower ?? '')) k--;
  if (k >= 1 && (s.toks[k].lower === "'s" || s.toks[k].lower === '’s')) k--;
  if (k < 0) return null;
  const owner = ownerEndingAt(s, k);
  if (!owner) return null;
  let start = tokenIndexAt(s.toks, owner.start);
  if (start === null) return null;
  if (start > 0 && ARTICLES.has(s.toks[start - 1].lower)) start--;
  const actor = s.actorEnds.get(s.toks[k].end) === owner ? owner.entity : undefined;
  if (actor) return { start, end: j, kind: actorSourceKind(s, actor) === 'anonymous' ? 'anonymous' : actorSourceKind(s, actor), rule: `source-actor-part:${noun}:${actor}`, actor };
  const entry = s.ctx.places.get(owner.entity);
  if (!entry || entry.kind !== 'country') return null;
  return { start, end: j, kind: 'official', rule: `source-country-part:${noun}:${owner.entity}` };
}

/** A body's noun that speaks in lower case after its owner's name ("The United Nations refugee agency said"). */
export const AGENCY_NOUNS = new Set(['agency']);

/** The most words between an agency's determiner and its noun ("the UN's refugee agency"). */
const MAX_AGENCY_WORDS = 4;

/** Words that end an agency's phrase going back: what it cannot hold. */
const AGENCY_STOPS = new Set([',', ';', ':', 'and', 'or', 'but', 'that', 'which', 'who', 'to', 'of', 'for', 'by', 'in', 'on', 'at', 'from', 'with']);

/**
 * "The United Nations refugee agency said", "the UN's refugee agency", "The country's aid
 * agency": an agency, with its determiner and the few words (names, a possessive, lower-case
 * nouns) between, is a public body speaking, an official source; "the agency" alone is the agency
 * that spoke in the two sentences before, as it was named, or an official one. A phrase that does
 * not reach back to a determiner or the start of the clause is none ("officials briefed agency").
 * A news agency is the lexicon's (media), and a known actor's agency ("Pakistan's spy agency") is
 * that actor, both found before this.
 */
export function agencyEndingAt(s: SentenceCtx, j: number): SourcePhrase | null {
  let k = j - 1;
  for (; k >= 0 && j - 1 - k < MAX_AGENCY_WORDS; k--) {
    const w = s.toks[k].lower;
    if (ARTICLES.has(w) || w === 'its' || w === 'their') break;
    if (AGENCY_STOPS.has(w) || s.ctx.lexicons.auxiliaries.has(w) || PRONOUNS.has(w) || !/^(?:[\p{L}][\p{L}.-]*|'s|’s)$/u.test(w)) return null;
    if (speechWords().verbs.has(w)) return null;
  }
  let start: number;
  if (k >= 0 && (ARTICLES.has(s.toks[k].lower) || s.toks[k].lower === 'its' || s.toks[k].lower === 'their')) start = k;
  else if (k < 0 || AGENCY_STOPS.has(s.toks[k].lower)) start = k + 1;
  else return null;
  if (start === j - 1 || start === j) {
    const c = lastCueBefore(s, (c) => !!c.attribution && c.attribution !== 'self' && !!c.sourceSpan && !isAnaphoric(c) && headNoun(s.doc.text.slice(c.sourceSpan.start, c.sourceSpan.end)) === s.toks[j].lower);
    if (c) return { start, end: j, kind: c.attribution!, rule: `definite-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, ...(c.source ? { text: c.source } : {}) };
  }
  return { start, end: j, kind: 'official', rule: `source-agency:${s.toks[j].lower}` };
}

/** The longest name after an office's "of" or "for", in tokens ("Rescue 1122", "Upper Kohistan"). */
const MAX_OFFICE_NAME = 4;

/**
 * "The deputy commissioner of Upper Kohistan", "A spokesman for Rescue 1122": an office, "of" or
 * "for", and a capitalised name (numbers included) that the lexicon and the actor gazetteer do not
 * know. The office of a place is an official; of another body, that body named.
 */
export function officeOfName(s: SentenceCtx, j: number): SourcePhrase | null {
  if (s.endingAt.get(j)?.values.some((v) => v.entity.startsWith('source:')) || s.actorEnds.has(s.toks[j].end)) return null;
  let k = j;
  while (k >= 0 && j - k < MAX_OFFICE_NAME && /^(?:\p{Lu}\p{Ll}|\p{N}+$)/u.test(s.doc.text.slice(s.toks[k].start, s.toks[k].end))) k--;
  if (k === j || k < 1 || !/^\p{Lu}/u.test(s.doc.text[s.toks[k + 1].start])) return null;
  if (s.toks[k].lower === 'the') k--;
  if (k < 1 || !OFFICE_PREPOSITIONS.has(s.toks[k].lower) || !speechWords().offices.has(s.toks[k - 1].lower)) return null;
  const place = s.placeEnds.get(s.toks[j].end);
  const isPlace = place !== undefined && place.start === s.toks[k + 1 + (s.toks[k + 1].lower === 'the' ? 1 : 0)].start;
  return { start: titleRunStart(s, k - 1), end: j, kind: isPlace ? 'official' : 'named', rule: `source-office-of-name:${s.toks[k - 1].lower}` };
}

/** Joiners of an organisation's head to what follows it ("Commission of Pakistan", "Institute for Peace Studies"). */
const HEAD_JOINERS = new Set(['of', 'for']);

/**
 * "The Human Rights Commission of Pakistan said", "according to the Sarhad Chamber of Commerce":
 * a capitalised name whose head (organisationHeads) is joined by "of" or "for" to more capitalised
 * words is one source, ending at `j`; of the head's kind when it is a source noun ("the Ministry
 * of Interior"), named otherwise. Null when `j` ends no such name, or a known actor's name.
 */
export function organisationEndingAt(s: SentenceCtx, j: number): SourcePhrase | null {
  const t = s.toks[j];
  if (!/^\p{Lu}/u.test(s.doc.text[t.start]) || NAME_JOINERS.has(t.lower)) return null;
  let start = nameRunStart(s, j);
  while (start < j && NAME_JOINERS.has(s.toks[start].lower)) start++;
  // The first "of" or "for" after a head, with capitalised words before it.
  let head = -1;
  for (let p = start + 1; p < j; p++) {
    if (!HEAD_JOINERS.has(s.toks[p].lower)) continue;
    if (s.pat.organisationHeads.has(s.toks[p - 1].lower) && /^\p{Lu}/u.test(s.doc.text[s.toks[p - 1].start])) head = p - 1;
    break;
  }
  if (head === -1) return null;
  // A known actor's whole name is the actor's ("the Islamic Emirate of Afghanistan").
  const actor = s.actorEnds.get(t.end);
  if (actor && actor.start <= s.toks[start].start) return null;
  const noun = s.endingAt.get(head)?.values.find((v) => v.entity.startsWith('source:'));
  const kind = noun ? (noun.entity.slice(7) as AttributionKind) : 'named';
  return { start, end: j, kind, rule: `source-organisation:${s.toks[head].lower}` };
}

/**
 * "the Balochistan Liberation Army (BLA) said": a non-state group whose name ends in a source noun
 * ("Army", "Front", "Office") is the group speaking, not the official body the noun names.
 */
export function namedGroupEndingAt(s: SentenceCtx, j: number): boolean {
  const t = s.toks[j];
  if (!/^\p{Lu}/u.test(s.doc.text[t.start])) return false;
  const actor = s.actorEnds.get(t.end);
  return !!actor && actor.start !== t.start && isNamedGroup(s, actor.entity);
}

/**
 * "a spokesman for the Islamic Emirate": the speaker before a body's name belongs to the source
 * phrase; where that phrase starts, or `start` itself when no title is there.
 */
export function speakerFor(s: SentenceCtx, start: number): number {
  let k = start - 1;
  if (k >= 0 && s.toks[k].lower === 'the') k--;
  if (k >= 1 && (s.toks[k].lower === 'for' || s.toks[k].lower === 'of') && speechWords().personTitles.has(s.toks[k - 1].lower)) {
    start = k - 1;
    while (start > 0 && isModifier(s, start - 1)) start--;
  }
  return start;
}
