import { escapeRegExp } from './regex.ts';
import { speechWords } from './speech-words.ts';
import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { tokenIndexAt } from './attribution-sentence.ts';
import { PRONOUNS, ARTICLES, titleRunStart, ownerEndingAt, isCapitalisedWord, isModifier, isBasedCompound } from './attribution-words.ts';
import { GROUP_NOUNS, groupAnaphor } from './attribution-anaphora.ts';
import { afterIntroduction } from './attribution-clauses.ts';
import { isNamedGroup } from './attribution-kinds.ts';

// A person's name speaking ("Interior Minister Mohsin Naqvi", "Mujahid said", "Meta said"), and
// the group a spokesperson's name speaks for.

/** Offices named by the district they serve ("DPO Lakki Marwat", "Commissioner Kohat"). */
const DISTRICT_OFFICES = new Set(['dpo', 'dco', 'sho', 'ssp', 'dig', 'igp', 'dc', 'commissioner']);

/** Words of an office that speaks for a group ("Taliban spokesman Zabihullah Mujahid"). */
export const SPOKESPERSON_ROLES = new Set(['spokesman', 'spokesperson', 'spokeswoman', 'spokesmen']);

const SPOKESPERSON_ROLE_WORD = new RegExp(`\\b(?:${[...SPOKESPERSON_ROLES].join('|')})\\b`, 'i');

/**
 * A person's name speaking, and the group it speaks for when the text or the lexicon ties the name
 * to a group's spokesperson: "TTP spokesman Mohammad Khurasani said" (the group before the office),
 * then "Khurasani said" or "Mohammad Khurasani said" further on (a source the text named so
 * before), or a name of `spokespeople` (attribution.json). Such a statement is the group's, as "A
 * TTP spokesman said" is.
 */
export function personNameEndingAt(s: SentenceCtx, j: number): (SourcePhrase & { titled: boolean }) | null {
  const name = personNameOf(s, j);
  if (!name || name.kind !== 'named') return name;
  const actor = name.titled ? spokespersonOwner(s, name.start, j) : spokespersonTie(s, name.start, j);
  return actor ? { ...name, actor, rule: `${name.rule}+spokesperson-of:${actor}` } : name;
}

/**
 * "Taliban spokesman Zabihullah Mujahid", "The TTP's spokesman", "a spokesman for the TTP": the
 * actor whose spokesperson's office the words from `start` to `end` name; null with no such office.
 */
export function spokespersonOwner(s: SentenceCtx, start: number, end: number): string | null {
  let role = false;
  let leader = false;
  let owner: string | null = null;
  for (let k = start; k <= end; k++) {
    if (SPOKESPERSON_ROLES.has(s.toks[k].lower)) role = true;
    if (LEADER_ROLES.has(s.toks[k].lower)) leader = true;
    owner ??= s.actorStarts.get(s.toks[k].start)?.entity ?? null;
  }
  // "TTP chief Noor Wali Mehsud": the head of a named armed group speaks for it, as its
  // spokesman and its commanders do (news44); a state's chief ("army chief") stays its own person.
  if (!role && leader && owner !== null && isNamedGroup(s, owner)) return owner;
  return role ? owner : null;
}

/** Words of an office that heads a group ("TTP chief", "the leader of the BLA"); news51. */
const LEADER_ROLES = new Set(['chief', 'leader', 'emir', 'amir', 'head', 'commander']);

/** The group a name with no office beside it speaks for: by the text's earlier sources, else the lexicon. */
function spokespersonTie(s: SentenceCtx, start: number, j: number): string | null {
  const words = s.doc.text.slice(s.toks[start].start, s.toks[j].end);
  // The name ends the source ("TTP spokesman Ahmad Gulzar") or opens its apposition ("Ahmad Gulzar, a spokesman for the TTP").
  const named = new RegExp(`(?:^|\\s)${escapeRegExp(words)}(?:$|,)`, 'u');
  for (let k = s.cues.length - 1; k >= 0; k--) {
    const c = s.cues[k];
    if (c.sourceActor && c.sourceSpan && SPOKESPERSON_ROLE_WORD.test(c.source ?? '') && named.test(s.doc.text.slice(c.sourceSpan.start, c.sourceSpan.end))) return c.sourceActor;
  }
  return s.pat.spokespersonActors.get(words.toLowerCase()) ?? null;
}

function personNameOf(s: SentenceCtx, j: number): (SourcePhrase & { titled: boolean }) | null {
  let k = j;
  while (k >= 0 && isCapitalisedWord(s, k) && j - k < 4) k--;
  const count = j - k;
  if (count === 0) return null;
  const nameStart = k + 1;
  const titled = k >= 0 && speechWords().personTitles.has(s.toks[k].lower);
  // A lone capitalised word at the start of a sentence is usually not a name ("Officials"), unless
  // it is the surname of a person the text named before ("Zabihullah Mujahid … Mujahid said"), or
  // of a spokesperson everyone in the region's press knows ("Mujahid said", with no full name).
  if (!titled && count < 2) {
    if (namedBefore(s, j)) return { start: j, end: j, kind: 'named', rule: 'person-name:surname', titled: false };
    if (s.pat.spokespeopleSurnames.has(s.toks[j].lower)) return { start: j, end: j, kind: 'named', rule: 'person-name:known-spokesperson', titled: false };
    return loneName(s, j) ? { start: j, end: j, kind: 'named', rule: 'person-name:lone-word', titled: false } : null;
  }
  // "DPO Lakki Marwat said": a district's name after a district office names the office, not its holder.
  if (titled && DISTRICT_OFFICES.has(s.toks[k].lower)) {
    const words = s.doc.text.slice(s.toks[nameStart].start, s.toks[j].end);
    const district = s.ctx.places.candidates(words).find((e) => e.kind === 'admin2' || e.kind === 'admin1');
    if (district) return { start: titleRunStart(s, k), end: j, kind: 'official', rule: `source-office-of:${district.id}`, titled: true };
  }
  // "DPO Dera Ismail Khan Sajjad Ahmed said": the office's district and its holder's name are
  // more capitalised words than a name alone; the office before them belongs to the source.
  if (!titled) {
    const holder = districtOfficeHolder(s, nameStart, j);
    if (holder) return holder;
  }
  let start = nameStart;
  if (titled) {
    start = titleRunStart(s, k);
    // "Balochistan Chief Minister Sarfraz Bugti": the place or body whose office it is belongs to the source.
    const owner = start > 0 ? ownerEndingAt(s, start - 1) : undefined;
    if (owner) start = tokenIndexAt(s.toks, owner.start) ?? start;
  }
  // (Session 17, news34) "The state's Commissioner Ali Khan", "Punjab's Chief Minister Maryam
  // Nawaz": the owner before a possessive belongs to the source too; left out, it was cut off as
  // a claim of its own ("The state's").
  if (start >= 2 && isPossessive(s.toks[start - 1].lower)) {
    const o = ownerEndingAt(s, start - 2);
    if (o) {
      start = tokenIndexAt(s.toks, o.start) ?? start;
      if (start > 0 && s.toks[start - 1].lower === 'the') start--;
    } else {
      const c = commonOwnerStart(s, start - 2);
      // (Session 18, news35) "The group's spokesman Ali Khan", "The banned outfit's chief Ali
      // Khan": a group's noun owns the office as a common noun does; the group is the one the
      // text named speaking lately, if any. Left out, "The group's" was a claim of its own.
      const g = c >= 0 ? -1 : groupOwnerStart(s, start - 2);
      if (c >= 0) start = c;
      else if (g >= 0) {
        const actor = groupAnaphor(s, start - 2)?.actor;
        return { start: g, end: j, kind: 'named', rule: `${titled ? 'person-name:titled' : 'person-name:capitalised'}+of:the-group`, titled, ...(actor ? { actor } : {}) };
      }
    }
  }
  return { start, end: j, kind: 'named', rule: titled ? 'person-name:titled' : 'person-name:capitalised', titled };
}

/** Capitalised words that open a sentence before "said" and name no one ("Others said", "Both said"). */
const NO_NAME = new Set(['others', 'many', 'some', 'both', 'all', 'few', 'several', 'most', 'everyone', 'everybody', 'nobody', 'somebody', 'someone', 'one', 'another', 'this', 'that', 'these', 'those', 'none', 'each', 'either', 'neither', 'later', 'earlier', 'then', 'also',
  // Subordinators before a participle: "If confirmed, …", "Once verified, …", "Unless denied, …"
  // (session 23; "If" was read as a name speaking).
  'if', 'once', 'unless', 'when', 'whenever', 'while', 'until', 'though', 'although', 'as', 'because', 'since', 'after', 'before', 'where']);

/**
 * "Meta said it had removed the accounts": a lone capitalised word that the gazetteers and
 * lexicons do not know, opening the sentence (or after its introduction) right before a
 * reporting verb, is a name speaking: an organisation's ("Meta") or a person's.
 */
export function loneName(s: SentenceCtx, j: number): boolean {
  if (j !== 0 && !afterIntroduction(s, j)) return false;
  const t = s.toks[j];
  if (t.lower.length < 2 || NO_NAME.has(t.lower) || PRONOUNS.has(t.lower) || s.pat.negations.has(t.lower) || s.ctx.lexicons.sourceModifiers.has(t.lower)) return false;
  return speechWords().verbs.has(s.toks[j + 1]?.lower ?? '');
}

/** Whether the word at `j` ended a capitalised name of two or more words earlier in the text. */
function namedBefore(s: SentenceCtx, j: number): boolean {
  const t = s.toks[j];
  return endsNameBefore(s.doc.text, t.start, t.end);
}

/**
 * Whether `text[start, end)` (3 characters or more) ended a capitalised name of two or more words
 * before `start`: whether the pattern \p{Lu}[\p{L}'’-]+\s+WORD\b, matches
 * `text.slice(0, start)`. Found without building that RegExp per word and running it over all the
 * text before: each earlier occurrence of the word (lastIndexOf) is checked from its end backwards.
 * A word or a name run with a surrogate pair in it goes to the RegExp (code points, not units).
 */
export function endsNameBefore(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const len = word.length;
  if (len < 3) return false;
  if (SURROGATE.test(word)) return nameBeforeByRegExp(text, word, start);
  const wordEnd = isAsciiWordUnit(word.charCodeAt(len - 1));
  for (let p = start - len; p >= 0; p--) {
    p = text.lastIndexOf(word, p);
    if (p < 0) break;
    // \b after the word: the text stops at `start` (a boundary after a word character).
    const after = p + len < start && isAsciiWordUnit(text.charCodeAt(p + len));
    if (wordEnd === after) continue;
    let k = p;
    while (k > 0 && SPACE.test(text[k - 1])) k--;
    if (k === p || k === 0) continue;
    // The run of name characters before the spaces: a capital anywhere in it but its last character.
    let i = k;
    while (i > 0) {
      const c = text.charCodeAt(i - 1);
      if (c >= 0xd800 && c <= 0xdfff) return nameBeforeByRegExp(text, word, start);
      if (!NAME_UNIT.test(text[i - 1])) break;
      i--;
    }
    for (let q = i; q <= k - 2; q++) if (UPPER_UNIT.test(text[q])) return true;
  }
  return false;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const SPACE = /^\s$/;
const NAME_UNIT = /^[\p{L}'’-]$/u;
const UPPER_UNIT = /^\p{Lu}$/u;

/** \w without the 'i' flag, as \b reads it in a 'u' pattern: ASCII letters, digits and "_". */
function isAsciiWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** The pattern itself, for words and names with characters outside the BMP. */
export function nameBeforeByRegExp(text: string, word: string, start: number): boolean {
  return new RegExp(`\\p{Lu}[\\p{L}'’-]+\\s+${escapeRegExp(word)}\\b`, 'u').test(text.slice(0, start));
}

export function isPossessive(w: string): boolean {
  return w === "'s" || w === '’s';
}

/**
 * "the state's", "The police chief's", "the provincial government's" before a source: its owner, a
 * lower-case common noun `k` (no pronoun, no group noun, whose group is found otherwise) after
 * "the" and at most two lower-case source modifiers, before a possessive. Returns the index of
 * "the", or -1.
 */
export function commonOwnerStart(s: SentenceCtx, k: number): number {
  if (k < 1 || k + 1 >= s.toks.length || !isPossessive(s.toks[k + 1].lower)) return -1;
  const t = s.toks[k];
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(s.doc.text.slice(t.start, t.end)) || GROUP_NOUNS.has(t.lower) || PRONOUNS.has(t.lower)) return -1;
  let i = k - 1;
  while (i >= 0 && k - i <= 2 && isModifier(s, i) && !ARTICLES.has(s.toks[i].lower) && /^\p{Ll}/u.test(s.doc.text[s.toks[i].start])) i--;
  return i >= 0 && s.toks[i].lower === 'the' ? i : -1;
}

/** The most lower-case words between "the" and a group's noun ("the banned militant group's"). */
const MAX_GROUP_ADJECTIVES = 2;

/**
 * "the group's", "The banned outfit's", "the Karachi-based group's" before a source: a group's
 * noun `k` before a possessive, after "the" and at most two lower-case or "-based" words. Returns
 * the index of "the", or -1.
 */
export function groupOwnerStart(s: SentenceCtx, k: number): number {
  if (k < 1 || k + 1 >= s.toks.length || !isPossessive(s.toks[k + 1].lower) || !GROUP_NOUNS.has(s.toks[k].lower)) return -1;
  let i = k - 1;
  while (i >= 0 && k - i <= MAX_GROUP_ADJECTIVES && s.toks[i].lower !== 'the' && !PRONOUNS.has(s.toks[i].lower) && (/^\p{Ll}[\p{Ll}-]+$/u.test(s.doc.text.slice(s.toks[i].start, s.toks[i].end)) || isBasedCompound(s, i))) i--;
  return i >= 0 && s.toks[i].lower === 'the' ? i : -1;
}

/** The most capitalised words of a district's name between its office and the office holder's name. */
const MAX_DISTRICT_WORDS = 4;

/**
 * "DPO Dera Ismail Khan Sajjad Ahmed", "DC Bajaur Anwarul Haq": a district office, its district's
 * name (a district or province of the gazetteer) and the holder's name (one to four capitalised
 * words) before the verb at `j`, the name run found ending at `j` having opened at `nameStart`.
 * The holder is named and speaks for the office; null when the words before are no such office.
 */
function districtOfficeHolder(s: SentenceCtx, nameStart: number, j: number): (SourcePhrase & { titled: boolean }) | null {
  const capitalised = (k: number): boolean => /^\p{Lu}/u.test(s.doc.text.slice(s.toks[k].start, s.toks[k].end));
  for (let t = nameStart - 1; t >= 0 && nameStart - t <= MAX_DISTRICT_WORDS + 1; t--) {
    if (DISTRICT_OFFICES.has(s.toks[t].lower) && speechWords().personTitles.has(s.toks[t].lower)) {
      // The district is the words right after the office; the rest, up to the verb, the holder's name.
      for (let p = t + 1; p < j && p - t <= MAX_DISTRICT_WORDS; p++) {
        if (j - p > 4) continue;
        const words = s.doc.text.slice(s.toks[t + 1].start, s.toks[p].end);
        const district = s.ctx.places.candidates(words).find((e) => e.kind === 'admin2' || e.kind === 'admin1');
        if (district) return { start: titleRunStart(s, t), end: j, kind: 'named', rule: `person-name:titled+office-of:${district.id}`, titled: true };
      }
      return null;
    }
    if (!capitalised(t)) return null;
  }
  return null;
}
