import type { AttributionKind, EntityMention, PlaceEntry } from '../model/types.ts';
import { speechWords } from './speech-words.ts';
import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { tokenIndexAt } from './attribution-sentence.ts';
import { PRONOUNS, PHRASE_CANNOT_END, SOURCE_PREPOSITIONS, ARTICLES, afterPrepositionWhich, titleRunStart, isCapitalisedSource, ownerEndingAt, isAcronym, isNameWord, isModifier, isPlaceAdverb, isCapitalisedWord } from './attribution-words.ts';
import { isNamedGroup, actorSourceKind } from './attribution-kinds.ts';
import { GROUP_NOUNS, GROUP_PLURALS, nameAnaphor, groupAnaphor, groupMentionedBefore, definiteSource, issuerOf, pronounSource } from './attribution-anaphora.ts';
import { SPOKESPERSON_ROLES, personNameEndingAt, loneName, commonOwnerStart, groupOwnerStart, isPossessive } from './attribution-names.ts';
import { groupOfOwnStatement } from './attribution-own-statement.ts';
import { forceDescriptorBefore, qualifiedActorEndingAt, AGENCY_NOUNS, agencyEndingAt, officeOfName, organisationEndingAt, namedGroupEndingAt, speakerFor } from './attribution-bodies.ts';
import { startsWithWordChar } from './word-start.ts';

// The source phrase reader: the source whose last token is a given one (a lexicon noun with its
// modifiers and owner, an actor, a country, a name, an anaphor), or that starts at a given one
// (after "according to" or a post-posed verb), with a prepositional phrase or relative clause.

/** Prepositions before a place that make it a location rather than a speaker. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'inside', 'outside', 'around']);

/** Words before a town that make it part of another phrase ("the people of Bannu", "Kabul and Peshawar"), not the speaker itself. */
const NOT_BEFORE_TOWN_SOURCE = new Set([...PLACE_PREPOSITIONS, ...SOURCE_PREPOSITIONS, 'and', 'or', 'by', 'for', 'towards', 'toward', 'between', 'via', 'through', 'over', 'under', 'than']);

/** Adjectives with their preposition that attach a phrase to a source ("sources close to the talks"). */
const PHRASE_ADJECTIVES = new Set(['close to', 'familiar with', 'privy to', 'loyal to', 'linked to', 'aligned with', 'affiliated with', 'based in', 'based at', 'stationed in']);

/** The longest phrase after such a preposition, in tokens. */
const MAX_SOURCE_PHRASE = 6;

/** The most phrases chained after a source ("at a checkpoint" + "on the border"), each of up to MAX_SOURCE_PHRASE tokens. */
const MAX_CHAINED_PHRASES = 2;

/**
 * "police in Bannu said", "officials at the district hospital said": a source noun or actor
 * followed by a short prepositional phrase ending at `j` is the whole source; its head decides the
 * kind. Only a head the lexicon or the actor gazetteer knows, and a phrase of a few words with no
 * punctuation, so "killed in Bannu said" finds nothing. "Soldiers at a checkpoint on the border
 * said" (news62): a phrase whose own noun is no source ("a checkpoint") may itself carry one more
 * phrase ("on the border"), read back to the source before both.
 */
export function sourceWithPhraseAfter(s: SentenceCtx, j: number): SourcePhrase | null {
  if (PHRASE_CANNOT_END.has(s.toks[j].lower)) return null;
  // Tokens k+1..j are the phrase; toks[k] the preposition that opens it.
  for (let k = j - 1, phrases = 1; k >= 1 && j - k <= MAX_SOURCE_PHRASE * phrases; k--) {
    if (!isPhraseWord(s, k + 1)) return null;
    const adjective = k >= 2 && PHRASE_ADJECTIVES.has(`${s.toks[k - 1].lower} ${s.toks[k].lower}`);
    if (!adjective && !SOURCE_PREPOSITIONS.has(s.toks[k].lower)) continue;
    const head = sourceEndingAt(s, adjective ? k - 2 : k - 1);
    // "Residents of the nearby village of Shatial": an "of" inside the phrase.
    if (!head && s.toks[k].lower === 'of' && !adjective) continue;
    // "at a checkpoint on the border": the phrase opened here hangs on a noun of an earlier one.
    if (!head && !adjective && phrases < MAX_CHAINED_PHRASES) {
      phrases++;
      continue;
    }
    if (!head || !/^source-(?:lexicon|actor):/.test(head.rule)) return null;
    // "A commander of the TTP said": an officer of a named armed group speaks for it, as "A TTP commander" does (news44).
    const group = s.toks[k].lower === 'of' && head.kind === 'official' && !head.actor ? s.actorEnds.get(s.toks[j].end) : undefined;
    if (group && isNamedGroup(s, group.entity) && tokenIndexAt(s.toks, group.start)! > k) {
      return { ...head, end: j, kind: 'named', rule: `${head.rule}+phrase+of:${group.entity}`, actor: group.entity };
    }
    return outerSource(s, head.start, j) ?? { ...head, end: j, rule: `${head.rule}+phrase` };
  }
  return null;
}

/**
 * "Doctors at the District Headquarters Hospital in Zhob said": the source found with its phrase
 * (the hospital in Zhob) is itself the phrase of a source before it, which is the speaker.
 */
function outerSource(s: SentenceCtx, innerStart: number, j: number): SourcePhrase | null {
  const p = innerStart - 1;
  if (p < 1 || (s.toks[p].lower !== 'at' && s.toks[p].lower !== 'from') || j - p > 2 * MAX_SOURCE_PHRASE) return null;
  const head = sourceEndingAt(s, p - 1);
  if (!head || !/^source-(?:lexicon|actor):/.test(head.rule)) return null;
  return { ...head, end: j, rule: `${head.rule}+phrase` };
}

/** The longest relative clause between a source and its verb, in tokens after "who" ("who served in Kabul"). */
const MAX_RELATIVE_CLAUSE = 6;

/**
 * "A former diplomat who served in Kabul said …": a source noun or actor with a short relative
 * clause and no commas ending at `j` is the whole source; its head decides the kind.
 */
export function sourceWithRelativeClause(s: SentenceCtx, j: number): SourcePhrase | null {
  for (let k = j - 1; k >= 1 && j - k <= MAX_RELATIVE_CLAUSE; k--) {
    const w = s.toks[k].lower;
    if (w === 'who') {
      // "who served in Kabul" has no subject of its own; "the police who they claimed …" does.
      const next = s.toks[k + 1];
      if (k + 1 >= j || !/^\p{Ll}/u.test(s.doc.text[next.start]) || PRONOUNS.has(next.lower) || PHRASE_CANNOT_END.has(next.lower)) return null;
      const head = sourceEndingAt(s, k - 1);
      if (!head || !/^source-(?:lexicon|actor):/.test(head.rule)) return null;
      return { ...head, end: j, rule: `${head.rule}+who` };
    }
    if (!startsWithWordChar(w) || w === 'that' || w === 'which') return null;
  }
  return null;
}

/** "at the crossing", "in the building", "at the Torkham crossing": an -ing form after a determiner (and a name) is a noun. */
function isIngNoun(s: SentenceCtx, k: number): boolean {
  const before = (i: number) => s.toks[i]?.lower ?? '';
  if (PHRASE_CANNOT_END.has(before(k - 1))) return true;
  return k >= 2 && /^\p{Lu}/u.test(s.doc.text[s.toks[k - 1].start]) && PHRASE_CANNOT_END.has(before(k - 2));
}

/** Relative pronouns after a preposition, which open a clause with a subject of its own. */
const RELATIVE_PRONOUNS = new Set(['which', 'whom', 'whose']);

/** A word of a noun phrase after a source: no punctuation, auxiliary, "to" or -ing form. */
function isPhraseWord(s: SentenceCtx, k: number): boolean {
  const w = s.toks[k].lower;
  if (!startsWithWordChar(w) || w === 'to' || (w.endsWith('ing') && !isIngNoun(s, k))) return false;
  // "a statement in which it said": "which" opens a clause of its own, no word of the phrase.
  if (RELATIVE_PRONOUNS.has(w)) return false;
  if (isPastReportingVerb(s, k)) return false;
  return !s.pat.passiveAuxiliaries.has(w) && !s.ctx.lexicons.auxiliaries.has(w);
}

/**
 * "The Taliban government on Sunday rejected a United Nations report that said …": a reporting
 * verb in the past ("rejected", "said", "told") ends the clause of a source, so it is no word of
 * a phrase after one.
 */
function isPastReportingVerb(s: SentenceCtx, k: number): boolean {
  const m = s.endingAt.get(k);
  if (!m || m.firstToken !== k || !m.values.some((v) => v.entity.startsWith('verb:'))) return false;
  return /ed$/.test(s.toks[k].lower) || speechWords().verbs.has(s.toks[k].lower);
}

/** A source phrase whose last token is `j`, extended left over modifiers. */
export function sourceEndingAt(s: SentenceCtx, j: number): SourcePhrase | null {
  const organisation = organisationEndingAt(s, j);
  if (organisation) return organisation;
  const office = officeOfName(s, j);
  if (office) return office;
  const tok = s.toks[j];
  const lexical = s.endingAt.get(j);
  const source = namedGroupEndingAt(s, j) ? undefined : lexical?.values.find((v) => v.entity.startsWith('source:'));
  const name = personNameEndingAt(s, j);
  if (!source) {
    const office = officeAfterPossessive(s, j);
    if (office) return office;
  }
  if (name && (name.titled || !source)) return name;
  if (source) {
    let start = lexical!.firstToken;
    // "The Interior Ministry": a capitalised source noun takes the capitalised words of its name.
    if (start > 0 && /^\p{Lu}/u.test(s.doc.text[s.toks[start].start])) {
      while (start > 0 && isNameWord(s, start - 1)) start--;
    }
    // Modifiers, and the place or body the source serves ("the Khyber district administration",
    // "Bannu police"): one place or actor ending just before is taken whole.
    let owner: EntityMention | undefined;
    while (start > 0) {
      const o = owner ? undefined : ownerEndingAt(s, start - 1);
      if (o) {
        start = tokenIndexAt(s.toks, o.start) ?? start;
        owner = o;
        continue;
      }
      // "A US State Department official": the capitalised name of the body the source serves.
      // "The Islamic State's Amaq news agency": an outlet's name before a lower-case media noun.
      if ((isCapitalisedSource(s, start - 1) || isCapitalisedSource(s, start - 1, 'source:media')) && !/^\p{Lu}/u.test(s.doc.text[s.toks[start].start])) {
        start = s.endingAt.get(start - 1)!.firstToken;
        while (start > 0 && /^\p{Lu}/u.test(s.doc.text[s.toks[start - 1].start]) && !ARTICLES.has(s.toks[start - 1].lower)) start--;
        continue;
      }
      // "Excise directorate officials", "the Irrigation department said": a department's capitalised name before its noun.
      if (DEPARTMENT_NOUNS.has(s.toks[start].lower) && isDepartmentName(s, start - 1)) {
        while (start > 0 && isDepartmentName(s, start - 1)) start--;
        continue;
      }
      // "a PTA spokesperson": an acronym is the body the source serves.
      if (!isModifier(s, start - 1) && !(isAcronym(s, start - 1) && start === lexical!.firstToken)) break;
      // "He returned home police said": a run-on's "home" is where someone went, not the police's.
      if (isPlaceAdverb(s, start - 1)) break;
      start--;
    }
    // "Pakistan's officials": the country or actor before a possessive belongs to the source.
    let ownGroup: { actor?: string } | null = null;
    if (start >= 2 && isPossessive(s.toks[start - 1].lower)) {
      const o = s.actorEnds.get(s.toks[start - 2].end) ?? s.placeEnds.get(s.toks[start - 2].end);
      const group = o ? -1 : groupOwnerStart(s, start - 2);
      const common = o || group >= 0 ? -1 : commonOwnerStart(s, start - 2);
      if (o) {
        start = tokenIndexAt(s.toks, o.start) ?? start;
        // "The Afghan Taliban's spokesman": the article before the owner's name.
        if (start > 0 && s.toks[start - 1].lower === 'the') start--;
        owner = o;
      } else if (group >= 0) {
        // "The group's spokesman", "the banned outfit's spokesman": the armed or political group named before, when it spoke lately.
        ownGroup = { actor: theGroup(s, start - 2)?.actor };
        start = group;
      } else if (common >= 0) {
        // "The state's police", "the province's health minister", "the police chief's spokesman": the body whose source it is.
        start = common;
      }
    }
    // "A spokesman for Lady Reading Hospital": a capitalised name is whose spokesman it is.
    if (start < lexical!.firstToken) start = speakerFor(s, start);
    let kind = source.entity.slice(7) as AttributionKind;
    let rule = `source-lexicon:${lexical!.values[0].alias}`;
    // "A TTP spokesman said", "The TTP's media wing said": a non-state group speaks through its office.
    if ((kind === 'official' || kind === 'media') && owner && isNamedGroup(s, owner.entity)) {
      kind = 'named';
      rule += `+of:${owner.entity}`;
    } else if (kind === 'official' && ownGroup) {
      kind = 'named';
      rule += '+of:the-group';
    }
    // "Umar Media said", "Amaq said": a group's own outlet is the group speaking (news44).
    const outlet = kind === 'media' ? outletActor(s, start, j) : null;
    if (outlet) {
      kind = actorSourceKind(s, outlet);
      rule += `+outlet-of:${outlet}`;
    }
    // "The TTP released a video in which a commander said": an officer with no body of its own,
    // in a clause of the group's own statement, is the group's member speaking (news44).
    const member = kind === 'official' && !owner && !ownGroup ? groupOfOwnStatement(s, start) : null;
    if (member) {
      kind = 'named';
      rule += `+member-of:${member}`;
    }
    // "A Taliban spokesman said": a state's spokesperson speaks officially, and for its actor too,
    // so that what the actor did by its own account is 'self' as a non-state group's is.
    const ownSpokesperson = owner && SPOKESPERSON_ROLES.has(s.toks[j].lower) && s.actorEnds.get(owner.end) === owner ? owner.entity : undefined;
    const actor = outlet ?? member ?? (kind === 'named' ? (owner?.entity ?? ownGroup?.actor) : ownSpokesperson);
    const phrase: SourcePhrase = { start, end: j, kind, rule, ...(actor ? { actor } : {}) };
    if (s.toks[start].lower !== 'the') return phrase;
    if (j === start + 1) return definiteSource(s, phrase) ?? issuerOf(s, phrase) ?? phrase;
    // "The press release said": a paper's noun of two words is its issuer too.
    return j === start + 2 ? (issuerOf(s, phrase) ?? phrase) : phrase;
  }
  const qualified = qualifiedActorEndingAt(s, j);
  if (qualified) return qualified;
  const actor = s.actorEnds.get(tok.end);
  // "TTP fighters carried out the attack, but the militants said …": the armed men of a group
  // named just before are that group speaking (session 24), not unnamed militants.
  const named = actor && GROUP_PLURALS.has(tok.lower) && actor.start === tok.start && s.toks[j - 1]?.lower === 'the' && s.ctx.actors.templateOf(actor.entity) !== null ? groupMentionedBefore(s, j, 'sentence') ?? groupMentionedBefore(s, j, 'previous') : null;
  if (named) return named;
  if (actor) {
    let start = tokenIndexAt(s.toks, actor.start) ?? j;
    start = forceDescriptorBefore(s, speakerFor(s, start));
    return { start, end: j, kind: actorSourceKind(s, actor.entity), rule: `source-actor:${actor.entity}`, actor: actor.entity };
  }
  const place = s.placeEnds.get(tok.end);
  const entry = place ? s.ctx.places.get(place.entity) : undefined;
  // A country speaking is its government, and so is its capital ("a charge Kabul denies").
  if (place && entry && (entry.kind === 'country' || isCapital(s, entry))) {
    const start = tokenIndexAt(s.toks, place.start) ?? j;
    // "a hospital in Kabul said": a place after a preposition is where the speaker is, not who.
    if (start > 0 && PLACE_PREPOSITIONS.has(s.toks[start - 1].lower)) return name;
    const rule = `${entry.kind === 'country' ? 'source-country' : 'source-capital'}:${place.entity}`;
    return { start, end: j, kind: 'official', rule };
  }
  // "Deputy Commissioner Bannu", "DPO Lakki Marwat": an office named by the district it serves.
  if (place && entry && !name) {
    const at = tokenIndexAt(s.toks, place.start);
    if (at !== null && at > 0 && speechWords().personTitles.has(s.toks[at - 1].lower)) {
      return { start: titleRunStart(s, at - 1), end: j, kind: 'official', rule: `source-office-of:${place.entity}` };
    }
  }
  // "Peshawar denied involvement" (news62): a town that is no seat of government, as the whole
  // subject, speaks through its authorities, whoever they are: an official source of no actor
  // (not the country's government, so never `self`), rather than no source at all.
  if (place && entry?.kind === 'populated-place' && !name) {
    const start = tokenIndexAt(s.toks, place.start) ?? j;
    const before = s.toks[start - 1]?.lower;
    // "The People's Defense Force - Nattalin claimed": after a dash or a bracket the town is part of a name.
    if (before === undefined || (!NOT_BEFORE_TOWN_SOURCE.has(before) && (before === ',' || startsWithWordChar(before)))) return { start, end: j, kind: 'official', rule: `source-town:${place.entity}` };
  }
  if (PRONOUNS.has(tok.lower)) return pronounSource(s, j);
  if (GROUP_NOUNS.has(tok.lower) && s.toks[j - 1]?.lower === 'the') {
    // "A spokesman for the group said": the office speaks for the group, whether or not the text
    // has named it speaking before.
    const office = speakerFor(s, j - 1);
    const group = theGroup(s, j);
    // "The group accused the army of killing civilians" with no group named before: a group that
    // speaks unnamed is an anonymous source (as "militants said"), not no source, so its verb
    // still lends the claim its certainty (session 23).
    if (office === j - 1) return group ?? { start: j - 1, end: j, kind: 'anonymous', rule: `source-unnamed-group:${tok.lower}` };
    return group ? { ...group, start: office } : { start: office, end: j, kind: 'named', rule: `source-office-of-group:${tok.lower}` };
  }
  if (AGENCY_NOUNS.has(tok.lower)) {
    const agency = (s.toks[j - 1]?.lower === 'the' ? nameAnaphor(s, j) : null) ?? agencyEndingAt(s, j);
    if (agency) return agency;
  }
  if (s.toks[j - 1]?.lower === 'the' && s.pat.organisationHeads.has(tok.lower)) return nameAnaphor(s, j);
  // "UNHCR said", "In a statement, HRCP said": an acronym the gazetteers and lexicons do not know,
  // opening the sentence right before a reporting verb, is a body speaking by its name.
  if (!name && isAcronym(s, j) && !lexical && !s.actorEnds.has(tok.end) && !s.placeEnds.has(tok.end) && loneName(s, j)) {
    return { start: j, end: j, kind: 'named', rule: 'source-acronym:lone-word' };
  }
  return name ?? null;
}

/**
 * "the group" at `j` ("group" after "the"): the group named before it in its sentence, else the
 * group that spoke in the two sentences before, else the source whose name has the noun ("the
 * network"), else the group named in the sentence before (session 24); null when none.
 */
function theGroup(s: SentenceCtx, j: number): SourcePhrase | null {
  return groupMentionedBefore(s, j, 'sentence') ?? groupAnaphor(s, j) ?? nameAnaphor(s, j) ?? groupMentionedBefore(s, j, 'previous');
}

/** Lower-case nouns of a body's part that follow the part's capitalised name ("Excise directorate"). */
const DEPARTMENT_NOUNS = new Set(['department', 'directorate', 'ministry', 'division', 'wing', 'cell', 'bureau', 'authority']);

/** Capitalised words that open a sentence as adverbs, not as a department's name ("Meanwhile department officials said"). */
const NOT_A_DEPARTMENT_NAME = new Set(['meanwhile', 'however', 'separately', 'later', 'earlier', 'also', 'yesterday', 'today', 'now', 'then', 'but', 'and', 'so', 'there', 'here', 'when', 'after', 'before', 'while', 'as']);

/** A capitalised word of a department's name: no article, pronoun, adverb, place or actor (those are owners). */
function isDepartmentName(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  return isNameWord(s, k) && /^\p{Lu}[\p{L}-]*$/u.test(s.doc.text.slice(t.start, t.end)) && !ARTICLES.has(t.lower) && !NOT_A_DEPARTMENT_NAME.has(t.lower) && !s.placeEnds.has(t.end) && !s.actorEnds.has(t.end) && !s.endingAt.has(k);
}

/** Owners whose office is a state's: "the state's Commissioner", "the country's president". */
const POLITY_NOUNS = new Set(['state', 'province', 'country', 'district', 'city', 'town', 'nation', 'region', 'government', 'ministry', 'department', 'administration', 'council', 'authority', 'army', 'military', 'police', 'municipality', 'county', 'tehsil', 'capital']);

/** The most words of an office after its owner's possessive ("Deputy Inspector General"). */
const MAX_OFFICE_WORDS = 3;

/**
 * "The state's Commissioner", "the country's president", "the district's Deputy Commissioner": an
 * office or title that the lexicon does not list as a source noun, after a common noun's
 * possessive, is the source from "the" on; an official when its owner is a state or its part.
 */
function officeAfterPossessive(s: SentenceCtx, j: number): SourcePhrase | null {
  const titles = speechWords().personTitles;
  if (!titles.has(s.toks[j].lower)) return null;
  let k = j;
  while (k > 0 && j - k + 1 < MAX_OFFICE_WORDS && (titles.has(s.toks[k - 1].lower) || isCapitalisedWord(s, k - 1) || (isModifier(s, k - 1) && !ARTICLES.has(s.toks[k - 1].lower)))) k--;
  const from = commonOwnerStart(s, k - 2);
  if (from < 0) return null;
  const owner = s.toks[k - 2].lower;
  return { start: from, end: j, kind: POLITY_NOUNS.has(owner) ? 'official' : 'named', rule: `source-office-after-possessive:${owner}` };
}

/**
 * A town that is its country's capital: the gazetteer gives a country the point of its capital
 * (data/places.json), so the town at that point is the seat of government.
 */
export function isCapital(s: SentenceCtx, entry: PlaceEntry): boolean {
  if (entry.kind !== 'populated-place' || !entry.country || entry.lat === null || entry.lon === null) return false;
  const country = s.ctx.places.get(`country:${entry.country}`);
  if (!country || country.lat === null || country.lon === null) return false;
  return Math.abs(country.lat - entry.lat) < 0.05 && Math.abs(country.lon - entry.lon) < 0.05;
}

/** The most words of a compound noun before a source noun after "according to" ("highways authority"). */
const MAX_COMPOUND = 2;

function isCompoundWord(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  return /^\p{Ll}[\p{Ll}-]+$/u.test(s.doc.text.slice(t.start, t.end)) && !PHRASE_CANNOT_END.has(t.lower) && !STOP_BEFORE_SOURCE.has(t.lower) && !s.ctx.lexicons.auxiliaries.has(t.lower) && !s.pat.passiveAuxiliaries.has(t.lower);
}

/** Words no compound noun holds. */
const STOP_BEFORE_SOURCE = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'by', 'with', 'to', 'and', 'or', 'that', 'who', 'which', 'said', 'says']);

/** The most words of an opener a source's modifiers may take in ("citing"). */
const MAX_OPENER = 1;

/** A source phrase starting at token `i` (after "according to" or a post-posed verb). */
export function sourceAt(s: SentenceCtx, i: number): SourcePhrase | null {
  let k = i;
  while (k < s.toks.length && isModifier(s, k)) k++;
  for (let end = Math.min(s.toks.length - 1, k + 7); end >= i; end--) {
    const src = sourceEndingAt(s, end);
    if (src && src.start >= i && src.start <= k) return { ...src, start: i };
    // "citing police": "citing" is also a source's modifier ("media reports citing officials"),
    // so the noun's phrase reaches back over the opener; from `i` on it is the same source (news58).
    if (src && src.start < i && src.start >= i - MAX_OPENER && s.toks.slice(src.start, i).every((_, n) => isModifier(s, src.start + n))) return { ...src, start: i };
  }
  // "the provincial highways authority", "the assembly secretariat": a compound's first nouns
  // before a source noun of the lexicon.
  for (let c = k; c < k + MAX_COMPOUND && c + 1 < s.toks.length && isCompoundWord(s, c); c++) {
    const noun = s.endingAt.get(c + 1);
    if (noun && noun.firstToken === c + 1 && noun.values.some((v) => v.entity.startsWith('source:'))) {
      const src = sourceEndingAt(s, c + 1);
      if (src) return { ...src, start: i, rule: `${src.rule}+compound` };
    }
  }
  return null;
}

/** The group whose own outlet a media source names ("Umar Media", "Amaq news agency"; `groupOutlets` in attribution.json), or null. */
function outletActor(s: SentenceCtx, start: number, j: number): string | null {
  const m = s.pat.groupOutlet.exec(s.doc.text.slice(s.toks[start].start, s.toks[j].end));
  return m ? (s.pat.outletActors.get(m[1].toLowerCase()) ?? null) : null;
}
