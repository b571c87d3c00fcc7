import type { Doc, EventCount, Quantity, Token } from '../model/types.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { speechWords } from '../recognize/speech-words.ts';
import { startsWithLetter, startsWithWordChar } from '../recognize/word-start.ts';
import { judicialExecution, pastRecord } from './non-events.ts';

// Casualty statements: how many people one clause says were killed or wounded. A passive or
// intransitive statement counts its subject ("At least four police officers and five assailants
// were killed" is 9: coders such as GTD's add victims and assailants), an active one its object
// ("shot and killed a former village chief" is 1). Inside the subject, a total followed by
// "including ..." counts once ("23 people, including two officers and 21 assailants" is 23), an
// "in addition to the bomber" adds its own people, and "an unknown number of" adds nothing. A
// statement whose people cannot be counted ("the assailants were killed") gives no figure
// rather than a guess.

export interface CasualtyStatement extends EventCount {
  rule: string;
  quantities: Quantity[];
  /** Offsets of the casualty word ("killed", "shot dead") the statement hangs on. */
  cue: { start: number; end: number };
}

const AUX_SINGULAR = new Set(['was', 'is', 'has']);
const AUX_PLURAL = new Set(['were', 'are', 'have']);
// ("Three militants said killed in Karachi": a headline's "said" before the participle is "reportedly", news61.)
const AUX_OTHER = new Set(['been', 'being', 'be', 'had', 'got', 'get', 'gets', 'reportedly', 'allegedly', 'said', 'also', 'later', 'all', 'subsequently', 'then', 'eventually', 'since', 'each', 'both']);
const MODAL = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', 'never', 'threatened', 'vowed']);
/** Words that end a subject walked back from its verb, or an object walked forward. */
const STOP_WORDS = new Set([
  'in', 'on', 'at', 'near', 'during', 'after', 'before', 'from', 'by', 'with', 'while', 'when', 'as',
  'into', 'inside', 'outside', 'across', 'against', 'for', 'following', 'amid', 'under', 'between',
  'where', 'who', 'whom', 'which', 'that', 'whose', 'according', 'if', 'because', 'but', 'than',
  'when', 'once', 'until', 'since', 'there', 'left', 'leaving', 'through', 'toward', 'towards',
  'within', 'without', 'over', 'upon', 'via', 'along', 'behind', 'beside', 'besides',
]);
/** Reporting verbs as often adjectives before the victims they qualify: "an alleged military informant was shot dead". */
const ATTRIBUTIVE_SPEECH = new Set(['alleged']);
/**
 * A word that ends a subject or object: a preposition, a relative, or a reporting verb (whose
 * subject names a source, "four civilians accused of cooperating").
 */
function isStop(w: string): boolean {
  return STOP_WORDS.has(w) || (speechWords().verbs.has(w) && !ATTRIBUTIVE_SPEECH.has(w));
}
/** Participles not in -ed before "and" and a casualty verb: "was shot and wounded", "were beaten and injured". */
const IRREGULAR_PARTICIPLES = new Set(['shot', 'hit', 'struck', 'beaten', 'stabbed', 'taken', 'caught', 'thrown', 'burnt', 'burned']);
/** Participles before "as" that gloss a name: "identified as", "known as". */
const NAMING = new Set(['identified', 'named', 'known', 'described']);
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'the', 'his', 'her', 'its', 'their', 'this', 'that']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const OBJECT_PRONOUNS = new Set(['both', 'himself', 'herself', 'him', 'her']);
/** Capitalised at a sentence's start, yet no name. */
const NOT_NAMES = new Set(['many', 'some', 'all', 'most', 'few', 'none', 'nobody', 'everyone', 'they', 'he', 'she', 'it', 'we', 'who', 'this', 'that', 'these', 'those', 'there', 'here', 'no', 'nothing', 'each', 'others', 'both']);
/** Group words that name no number of people: "the police were attacked". */
const COLLECTIVE = new Set(['police', 'army', 'military', 'forces', 'troops', 'personnel', 'staff', 'crew', 'family', 'militia', 'group', 'public', 'community']);
const NOUN_FORMS = new Set(['death', 'deaths', 'fatalities', 'injuries', 'bodies', 'casualties', 'wounds', 'dead']);
const INTRANSITIVE = new Set(['died', 'die', 'dies', 'perished', 'dead', 'succumbed', 'succumbs']);
const ACTIVE_FORMS = /^(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)|hurt|executed|beheaded|murdered|assassinated|shot|shooting|shoots|gunned|gun|guns|gunning|neutrali[sz]ed)$/;
/** After an active verb, these start no object: "killed in the blast", "killed instantly". */
const NOT_OBJECT = new Set(['and', 'or', 'by', 'instantly', 'immediately', 'outright', 'later', 'earlier', 'today', 'yesterday', 'overnight', 'there', 'here']);

export function casualtyStatements(
  doc: Doc,
  toks: readonly Token[],
  quantities: readonly Quantity[],
  lex: EventLexicon,
): CasualtyStatement[] {
  const out: CasualtyStatement[] = [];
  const casualtyAt = new Set<number>();
  const matches = lex.casualties.match(doc.text, toks as Token[]);
  for (const c of matches) for (let i = c.firstToken; i <= c.lastToken; i++) casualtyAt.add(i);
  const taken = new Set<Quantity>();
  for (const c of matches) {
    const kind = c.values[0].entity;
    const word = toks[c.firstToken].lower;
    const free = taken.size === 0 ? quantities : quantities.filter((q) => !taken.has(q));
    const s = statement(doc, toks, free, lex, casualtyAt, c.firstToken, c.lastToken, word);
    if (!s) continue;
    for (const q of s.quantities) taken.add(q);
    // Key by key, in the order single() and countPeople's sum build them (the two places a
    // statement is made), so the same keys in the same order as `{ ...s, kind, cue }`: that
    // spread cost some 2 µs an object in a head-to-head, the literal a few ns (session 22, perf22b).
    out.push({ value: s.value, qualifier: s.qualifier, text: s.text, start: s.start, end: s.end, rule: s.rule, quantities: s.quantities, kind, cue: { start: toks[c.firstToken].start, end: toks[c.lastToken].end } });
  }
  return out;
}

type Partial = Omit<CasualtyStatement, 'kind' | 'cue'>;

function statement(
  doc: Doc,
  toks: readonly Token[],
  quantities: readonly Quantity[],
  lex: EventLexicon,
  casualtyAt: ReadonlySet<number>,
  first: number,
  last: number,
  word: string,
): Partial | null {
  const prev = toks[first - 1]?.lower;
  if (prev && MODAL.has(prev)) return null; // "threatened to kill", "would kill": nothing happened yet
  if (prev === 'the' && (word === 'dead' || word === 'wounded' || word === 'injured')) return null; // "the dead included"
  // "two khwarij were apprehended in injured condition": a state of the people another verb
  // counts, not a statement with its own subject ("condition" is no person).
  // (Also with an article: "were arrested in an injured condition".)
  if (toks[last + 1]?.lower === 'condition' && (prev === 'in' || ((prev === 'an' || prev === 'a') && toks[first - 2]?.lower === 'in'))) return null;
  // (Session 16, news25) "Rs1 million for each person killed": anyone who was, no one counted;
  // "5 militants were killed, injured or captured": one of several fates, no figure for any.
  if (distributiveBefore(toks, first) || inDisjunctionOfFates(toks, first, last)) return null;
  // (Session 16, news26) "in revenge for his earlier killing of two gang members": a record of past acts.
  if (pastRecord(doc.text.slice(Math.max(0, toks[first].start - 48), toks[first].start))) return null;
  // (Session 21, news49) "The man, convicted of the 2022 bombing, was executed": the state put
  // a convict to death, no toll of the bombing.
  if (judicialExecution(doc.text.slice(toks[first].start, toks[last].end), doc.text.slice(toks[0].start, toks[first].start), doc.text.slice(toks[last].end, toks[toks.length - 1].end))) return null;

  // "two more of the injured succumbed to their wounds", "died of his injuries": the wounds of
  // the dead are how they died, no one wounded (session 24).
  if ((word === 'wounds' || word === 'injuries') && diedOf(toks, casualtyAt, first)) return null;
  if (NOUN_FORMS.has(word) && word !== 'dead') {
    // "11 others were being treated for their injuries", "taken to hospital with wounds": the
    // people treated are the wounded, counted as the subject of the treatment's verb.
    const treated = treatedFor(toks, first);
    if (treated >= 0) return statement(doc, toks, quantities, lex, casualtyAt, treated, treated, toks[treated].lower);
    return nounForm(doc, toks, quantities, lex, casualtyAt, first, last);
  }

  // Walk back over auxiliaries and adverbs: "were later killed", "was reportedly executed".
  let j = first - 1;
  let number: 'singular' | 'plural' | null = null;
  let aux = false;
  while (j >= 0) {
    const w = toks[j].lower;
    // "were abducted and later killed", "were shot and killed": one subject for both verbs.
    // "was shot three times and killed", "was beaten up and killed": a few words may follow it.
    if (w === 'and') {
      const p = participleBefore(toks, casualtyAt, j);
      if (p >= 0) {
        j = p - 1;
        continue;
      }
    }
    if (AUX_SINGULAR.has(w)) number ??= 'singular';
    else if (AUX_PLURAL.has(w)) number ??= 'plural';
    else if (!AUX_OTHER.has(w) && !/ly$/.test(w)) break;
    if (AUX_SINGULAR.has(w) || AUX_PLURAL.has(w) || w === 'been' || w === 'being' || w === 'be' || w === 'got') aux = true;
    j--;
  }
  const active =
    !aux && !INTRANSITIVE.has(word) && ACTIVE_FORMS.test(word) && last + 1 < toks.length && startsObject(doc, toks, last + 1, quantities);
  if (active) return objectCount(doc, toks, quantities, lex, casualtyAt, last + 1);
  return subjectCount(doc, toks, quantities, lex, casualtyAt, j, number);
}

/** Words between a verb of dying and the wounds it died of: "succumbed to (their) wounds", "died of (gunshot) injuries". */
const WOUND_MODIFIERS = new Set(['his', 'her', 'their', 'its', 'the', 'bullet', 'gunshot', 'critical', 'serious', 'severe']);

/** Whether the wound noun at `first` follows "to" or "of" right after a casualty word of dying ("succumbed", "died"). */
function diedOf(toks: readonly Token[], casualtyAt: ReadonlySet<number>, first: number): boolean {
  let i = first - 1;
  while (i > 0 && first - i <= 2 && WOUND_MODIFIERS.has(toks[i].lower)) i--;
  const prep = toks[i]?.lower;
  return (prep === 'to' || prep === 'of') && i > 0 && casualtyAt.has(i - 1) && INTRANSITIVE.has(toks[i - 1].lower);
}

/** Verbs of care whose patients a following "for/with (their) injuries" makes the wounded. */
const TREATED = new Set(['treated', 'hospitalised', 'hospitalized', 'admitted', 'taken', 'rushed', 'shifted', 'brought', 'evacuated']);

/**
 * The treatment verb (with an auxiliary before it) that "for/with (their) injuries" or "wounds"
 * at `first` completes, within six words ("were being treated for their injuries", "were taken
 * to hospital with injuries"), or -1.
 */
function treatedFor(toks: readonly Token[], first: number): number {
  const w = toks[first].lower;
  if (w !== 'injuries' && w !== 'wounds') return -1;
  let i = first - 1;
  if (['their', 'his', 'her', 'minor', 'serious', 'critical', 'severe', 'bullet', 'gunshot'].includes(toks[i]?.lower ?? '')) i--;
  if (toks[i]?.lower !== 'for' && toks[i]?.lower !== 'with') return -1;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const v = toks[k].lower;
    if (v === ',' || v === ';' || v === '.') return -1;
    if (TREATED.has(v)) return hasAuxBefore(toks, k - 1) ? k : -1;
  }
  return -1;
}

/** The participle with an auxiliary before it among the three words before "and" at `j`, or -1. */
function participleBefore(toks: readonly Token[], casualtyAt: ReadonlySet<number>, j: number): number {
  for (let i = j - 1; i >= Math.max(1, j - 3); i--) {
    const w = toks[i].lower;
    if (casualtyAt.has(i) || w === ',' || w === 'and') return -1;
    if ((/ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w)) && hasAuxBefore(toks, i - 1)) return i;
  }
  return -1;
}

/** An auxiliary within the few words before `j`: "were also abducted". */
function hasAuxBefore(toks: readonly Token[], j: number): boolean {
  for (let i = j; i >= Math.max(0, j - 3); i--) {
    const w = toks[i].lower;
    if (AUX_SINGULAR.has(w) || AUX_PLURAL.has(w) || w === 'been') return true;
    if (!AUX_OTHER.has(w) && !/ly$/.test(w)) return false;
  }
  return false;
}

/** "12 deaths", "22 civilian casualties", "the deaths of five soldiers", "the death of the assailant". */
function nounForm(
  doc: Doc,
  toks: readonly Token[],
  quantities: readonly Quantity[],
  lex: EventLexicon,
  casualtyAt: ReadonlySet<number>,
  first: number,
  last: number,
): Partial | null {
  const lo = toks[Math.max(0, first - 3)].start;
  const before = quantities.filter((q) => q.end <= toks[first].start && q.start >= lo);
  if (before.length > 0) return single(before[before.length - 1], 'count:noun-after-number');
  if (toks[last + 1]?.lower === 'toll') return tollFigure(toks, quantities, last + 2);
  if (toks[last + 1]?.lower === 'of' && last + 2 < toks.length) return objectCount(doc, toks, quantities, lex, casualtyAt, last + 2);
  return null;
}

/** The verbs a toll's new figure follows: "the death toll ... rose to 47", "has climbed to 33". */
const TOLL_VERBS = new Set(['rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'jumps', 'increased', 'reached', 'reaches', 'mounted', 'soared', 'stood', 'stands', 'hit']);
const TOLL_REACH = 30;

/**
 * "The death toll from a suicide bombing at a Shia mosque in northern Kunduz province ... rose to
 * 47": the figure after the toll's verb (and "to" or "at"), over the words that say whose toll it is.
 */
function tollFigure(toks: readonly Token[], quantities: readonly Quantity[], from: number): Partial | null {
  for (let k = from; k < toks.length && k < from + TOLL_REACH; k++) {
    const w = toks[k].lower;
    if (w === ';' || w === '.' || w === ':') return null;
    if (!TOLL_VERBS.has(w)) continue;
    let at = k + 1;
    if (toks[at]?.lower === 'to' || toks[at]?.lower === 'at') at++;
    const q = toks[at] && quantities.find((x) => x.start === toks[at].start || x.numberStart === toks[at].start || (x.start < toks[at].start && toks[at].start < x.end));
    return q ? single(q, 'count:toll-rose-to') : null;
  }
  return null;
}

function single(q: Quantity, rule: string): Partial {
  return { value: q.value, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end, rule, quantities: [q] };
}

function startsObject(doc: Doc, toks: readonly Token[], i: number, quantities: readonly Quantity[]): boolean {
  const t = toks[i];
  if (quantities.some((q) => q.start === t.start)) return true;
  if (t.lower === 'at') return toks[i + 1]?.lower === 'least';
  if (isStop(t.lower) || NOT_OBJECT.has(t.lower) || /ly$/.test(t.lower)) return false;
  return startsWithWordChar(doc.text[t.start]);
}

/** Casualty words that, after "of the", name the people a number is part of ("two of the injured"). */
const PARTITIVE_CASUALTY = new Set(['injured', 'wounded', 'dead']);

/** The subject before a passive or intransitive verb, from `j` backwards. */
function subjectCount(
  doc: Doc,
  toks: readonly Token[],
  quantities: readonly Quantity[],
  lex: EventLexicon,
  casualtyAt: ReadonlySet<number>,
  j: number,
  number: 'singular' | 'plural' | null,
): Partial | null {
  const end = j;
  const aside = partsAside(toks, end);
  let k = j;
  while (k >= 0) {
    const w = toks[k].lower;
    // "Two of the injured later died": "the injured" after "of" names whom the number counts,
    // no statement of its own (session 24).
    if (casualtyAt.has(k) && PARTITIVE_CASUALTY.has(w) && toks[k - 1]?.lower === 'the' && toks[k - 2]?.lower === 'of') {
      k -= 3;
      continue;
    }
    if (casualtyAt.has(k) || w === ';' || w === ':' || w === '.') break;
    // (news68) "At least 12 people, including four soldiers travelling on leave, had been
    // killed": inside the parts aside, a preposition belongs to a part and ends no subject.
    if (k > aside && isStop(w) && !speechWords().verbs.has(w)) {
      k--;
      continue;
    }
    // "Sepoy Muhammad Irfan (age: 24 years, resident of District Karak), having fought
    // gallantly, embraced shahadat": a bracket after a name glosses it; its colon ends nothing.
    // ("Around 26 January 2022 (as reported), ... two men were killed": no name before it.)
    if (w === ')') {
      let open = k - 1;
      while (open >= 0 && toks[open].lower !== '(' && toks[open].lower !== ')' && toks[open].lower !== '.') open--;
      if (open >= 1 && toks[open].lower === '(' && /^\p{Lu}\p{Ll}/u.test(doc.text.slice(toks[open - 1].start, toks[open - 1].end))) {
        k = open - 1;
        continue;
      }
    }
    if (w === 'least' && toks[k - 1]?.lower === 'at') {
      k -= 2;
      continue;
    }
    if (w === 'to' && toks[k - 1]?.lower === 'addition' && toks[k - 2]?.lower === 'in') {
      k -= 3;
      continue;
    }
    if (w === 'to' && toks[k - 1]?.lower === 'up') {
      k -= 2;
      continue;
    }
    // "Four militants, including a commander identified as Abdul Rehman, were killed": a name's gloss.
    if (w === 'as' && NAMING.has(toks[k - 1]?.lower ?? '')) {
      k -= 2;
      continue;
    }
    if (isStop(w)) {
      // "Over 100 militants killed", "More than 20 people died": the word opens the subject's number.
      const q = quantities.find((x) => x.start <= toks[k].start && toks[k].end <= x.end);
      if (q) while (k >= 0 && toks[k].start >= q.start) k--;
      break;
    }
    k--;
  }
  // "... killed and four others were wounded": the "and" after an earlier statement joins clauses.
  let begin = k + 1;
  while (begin <= end && (toks[begin].lower === 'and' || toks[begin].lower === ',')) begin++;
  if (begin > end) return null;
  const counted = countPeople(doc, toks, quantities, lex, begin, end, number, 'count:subject');
  // (news68) "All four men in it were killed", "Two soldiers on patrol were killed": where the
  // people were ends no subject when it counts no one; the people before it are the subject.
  // (news72) "A man in the car was killed": the singular verb counted one for "the car", which
  // names no one; a singular people noun before where they were is the subject.
  const nobodyNamed = !counted || (number === 'singular' && !countPeople(doc, toks, quantities, lex, begin, end, null, 'count:subject'));
  const peopleBefore = k >= 1 && (countedPeopleEnd(toks, quantities, lex, k - 1) || (number === 'singular' && lex.people.has(toks[k - 1].lower)));
  if (nobodyNamed && k >= 1 && toks[k].end <= toks[end].start && WHERE_THEY_WERE.has(toks[k].lower) && peopleBefore) {
    return subjectCount(doc, toks, quantities, lex, casualtyAt, k - 1, number);
  }
  return counted;
}

/**
 * Prepositions that say where the people of a subject were: "four men in the car", "soldiers on
 * patrol". (Not "from": "nine members from the same family", "three students from the university"
 * say who they were, and in dev notes they were the dead of an act told in passing, not counted
 * by the coder.)
 */
const WHERE_THEY_WERE = new Set(['in', 'on', 'at', 'inside', 'aboard', 'near']);

/** Does token `i` end a counted people phrase: a people noun after a number ("four men"), or a number ("all four")? */
function countedPeopleEnd(toks: readonly Token[], quantities: readonly Quantity[], lex: EventLexicon, i: number): boolean {
  const t = toks[i];
  if (quantities.some((q) => q.end === t.end)) return true;
  if (!lex.people.has(t.lower)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (quantities.some((q) => q.start <= toks[k].start && toks[k].end <= q.end)) return true;
  return false;
}

/**
 * (news68) The "including" of a parts aside that closes right before the verb ("12 people,
 * including four soldiers travelling on leave, had been killed": `end` is its closing comma), or
 * the subject's end when there is none. The aside opens with ", including" (or ", among them")
 * and holds no other comma or sentence stop.
 */
function partsAside(toks: readonly Token[], end: number): number {
  if (toks[end]?.lower !== ',') return end;
  for (let i = end - 1; i >= 1 && i >= end - 16; i--) {
    const w = toks[i].lower;
    if (w === ',' || w === ';' || w === ':' || w === '.' || w === '(' || w === ')') return end;
    if (w === 'including' && toks[i - 1].lower === ',') return i;
    if (w === 'among' && toks[i + 1]?.lower === 'them' && toks[i - 1].lower === ',') return i;
  }
  return end;
}

/** Participles that tie an object to another act or group, before one of TIE_PREPOSITIONS ("linked to", "wanted for", "involved in"). */
const TIE_PARTICIPLES = new Set(['linked', 'connected', 'tied', 'affiliated', 'associated', 'involved', 'accused', 'suspected', 'wanted', 'responsible']);
const TIE_PREPOSITIONS = new Set(['to', 'with', 'of', 'for', 'in', 'over']);
/** Finite auxiliaries that open a clause of their own after an object's "and" item. */
const CLAUSE_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would']);
/** Modals that, right after a casualty noun, make it their subject. */
const SUBJECT_MODALS = new Set(['could', 'may', 'might', 'should', 'must', 'can', 'shall']);
/** The object after an active verb: "killing two soldiers and a civilian", "killed Naimatullah". */
function objectCount(
  doc: Doc,
  toks: readonly Token[],
  quantities: readonly Quantity[],
  lex: EventLexicon,
  casualtyAt: ReadonlySet<number>,
  begin: number,
): Partial | null {
  // "The killing would be a blow to the group", "the killings were condemned": a finite verb or a
  // modal right after the casualty word makes the word the subject; it has no object (session 23).
  if (CLAUSE_VERBS.has(toks[begin]?.lower ?? '') || SUBJECT_MODALS.has(toks[begin]?.lower ?? '')) return null;
  let k = begin;
  while (k < toks.length) {
    const w = toks[k].lower;
    if (casualtyAt.has(k) || w === ';' || w === ':' || w === '.') break;
    if (w === 'at' && toks[k + 1]?.lower === 'least') {
      k += 2;
      continue;
    }
    // "killed more than 100 militants", "wounding over 20": a word inside the number ends nothing;
    // nor does the "to" of a qualifier ("kill up to 40 militants", "killed close to 30").
    if (k > begin && (isStop(w) || w === 'to') && quantities.some((q) => q.start <= toks[k].start && toks[k].end <= q.end)) {
      k++;
      continue;
    }
    if (k > begin && (isStop(w) || w === 'to' || (/ing$/.test(w) && !quantities.some((q) => q.start === toks[k].start)))) break;
    // "killed three militants linked to the kidnapping of two engineers": a participle that ties
    // the object to another act ends it (session 19, news41).
    if (k > begin && TIE_PARTICIPLES.has(w) && TIE_PREPOSITIONS.has(toks[k + 1]?.lower ?? '')) break;
    // "killing two and wounding five": "and" before another verb ends the object.
    if (w === 'and' && (casualtyAt.has(k + 1) || /(?:ing|ed)$/.test(toks[k + 1]?.lower ?? ''))) break;
    // "killed at least 10 people and a curfew was imposed": a finite verb after an "and" item
    // makes that item a new clause's subject; the object ends before its "and" (news55).
    if (k > begin && CLAUSE_VERBS.has(w)) {
      let and = k - 1;
      while (and > begin && toks[and].lower !== 'and') and--;
      if (and > begin) {
        k = and;
        break;
      }
    }
    // An appositive ("killed Naimatullah, the head of ...") is not another person.
    if (w === ',' && (!startsCountedItem(toks[k + 1], quantities) || afterName(doc, toks, begin, k))) break;
    k++;
  }
  // "killing two policemen, a police official said": the item before a reporting verb is who
  // said it, not one more victim; the object ends at its comma.
  if (k < toks.length && speechWords().verbs.has(toks[k].lower)) {
    let c = k - 1;
    while (c > begin && toks[c].lower !== ',') c--;
    if (c > begin) k = c;
  }
  if (k === begin) return null;
  return countPeople(doc, toks, quantities, lex, begin, k - 1, null, 'count:object');
}

/** Is the item before token `k` a name? "killed Nabi, a civilian": then ", a ..." describes him. */
function afterName(doc: Doc, toks: readonly Token[], begin: number, k: number): boolean {
  let i = k - 1;
  while (i >= begin && toks[i].lower !== ',' && toks[i].lower !== 'and') i--;
  const item = toks.slice(i + 1, k);
  return item.length > 0 && item.every((t) => /^\p{Lu}/u.test(doc.text[t.start]));
}

function startsCountedItem(t: Token | undefined, quantities: readonly Quantity[]): boolean {
  if (!t) return false;
  return INDEFINITE.has(t.lower) || quantities.some((q) => q.start === t.start);
}

/**
 * People named in tokens [begin, end]: items split at "," and "and"; a total before "including"
 * stands for its parts. A singular verb ("was killed") means one person.
 */
function countPeople(
  doc: Doc,
  toks: readonly Token[],
  quantities: readonly Quantity[],
  lex: EventLexicon,
  begin: number,
  end: number,
  number: 'singular' | 'plural' | null,
  rule: string,
): Partial | null {
  // "No one was injured", "nobody was hurt", "none of the passengers": a subject naming nobody counts no one.
  const head = toks[begin].lower;
  if (head === 'nobody' || head === 'none' || (head === 'no' && toks[begin + 1]?.lower === 'one')) return null;
  const from = toks[begin].start;
  const to = toks[end].end;
  const inside = quantities.filter((q) => q.start >= from && q.end <= to);
  const items: Token[][] = [];
  let current: Token[] = [];
  let skipping = false;
  let sawTotal = false;
  for (let i = begin; i <= end; i++) {
    const t = toks[i];
    // "Two polio workers, identified as Muhammad Ayaz and Saleem Dawar,": names of the total.
    const naming = NAMING.has(t.lower) && toks[i + 1]?.lower === 'as';
    if (t.lower === 'including' || (t.lower === 'among' && toks[i + 1]?.lower === 'them') || naming) {
      if (current.length > 0) items.push(current);
      current = [];
      sawTotal = items.some((it) => itemQuantity(it, inside) !== null);
      skipping = sawTotal;
      continue;
    }
    if (skipping) continue; // the parts of a total, to the end of the phrase
    if (t.lower === ',' || t.lower === 'and' || t.lower === '&') {
      if (current.length > 0) items.push(current);
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length > 0) items.push(current);

  let total = 0;
  let counted = 0;
  let qualifier: EventCount['qualifier'] = 'exact';
  const used: Quantity[] = [];
  // "A day earlier, a soldier was martyred": the counted text starts at the first item counted.
  let firstCounted: Token | null = null;
  for (const item of items) {
    const q = itemQuantity(item, inside);
    if (q) {
      if (!countsPeople(doc, toks, item, q, lex)) continue;
      total += q.value;
      counted++;
      used.push(q);
      firstCounted ??= item[0];
      if (q.qualifier !== 'exact' && qualifier === 'exact') qualifier = q.qualifier;
      continue;
    }
    const n = namedPeople(doc, toks, item, lex, rule === 'count:object');
    if (n > 0) {
      total += n;
      counted++;
      firstCounted ??= item[0];
    }
  }
  // "Sabour, a contractor, was killed": a singular verb is one person, whatever the apposition.
  if (number === 'singular' && items.length > 0) {
    total = 1;
    counted = 1;
    used.length = 0;
  }
  if (counted === 0 || total === 0) return null;
  if (used.length === 1 && counted === 1) return single(used[0], rule);
  const start = firstCounted?.start ?? from;
  return { value: total, qualifier, text: doc.text.slice(start, to), start, end: to, rule: `${rule}:sum`, quantities: used };
}

/** The first quantity inside an item, unless it is "an unknown number". */
function itemQuantity(item: Token[], quantities: readonly Quantity[]): Quantity | null {
  const from = item[0].start;
  const to = item[item.length - 1].end;
  return quantities.find((q) => q.start >= from && q.end <= to) ?? null;
}

/** Prepositions in -ing, which open no participle phrase. */
const PREPOSITION_ING = new Set(['during', 'including', 'following', 'according', 'regarding', 'concerning', 'excluding']);

/** The words of an item before "of" ("the head of the zone" → the head), minus "in addition to". */
function headWords(item: Token[], people?: ReadonlySet<string>): Token[] {
  let words = item;
  // "five policemen guarding a polio team": a participle after a people noun opens what they did,
  // not the head.
  if (people) {
    const ing = words.findIndex((t, i) => i > 0 && /^\p{Ll}+ing$/u.test(t.lower) && !PREPOSITION_ING.has(t.lower) && people.has(words[i - 1].lower));
    if (ing > 0) words = words.slice(0, ing);
  }
  if (words.length > 3 && words[0].lower === 'in' && words[1].lower === 'addition' && words[2].lower === 'to') words = words.slice(3);
  // "two militants (suspected TTP)", "an Afghan Local Police (ALP) officer": a bracketed gloss is
  // not the head.
  if (words.some((t, i) => i > 0 && t.lower === '(')) {
    let depth = 0;
    words = words.filter((t) => {
      if (t.lower === '(') depth++;
      const keep = depth === 0;
      if (t.lower === ')' && depth > 0) depth--;
      return keep;
    });
    if (words.length === 0) return item;
  }
  const of = words.findIndex((t, i) => i > 0 && t.lower === 'of');
  return of > 0 ? words.slice(0, of) : words;
}

/** Does a numbered item count people? "five assailants", "25 others", "two", "12 Taliban"; not "two bombs", "an unknown number". */
function countsPeople(doc: Doc, toks: readonly Token[], item: Token[], q: Quantity, lex: EventLexicon): boolean {
  if (item.some((t) => t.lower === 'unknown' && t.end <= q.start)) return false;
  const head = headWords(item, lex.people);
  const last = head[head.length - 1];
  if (last.end <= q.end) return true; // the number is the head: "seven were killed", "two of the guards"
  // "two more of the victims", "three more of the injured" (session 24): "more" after the number is the number's.
  if (head.length >= 2 && last.lower === 'more' && head[head.length - 2].end <= q.end) return true;
  if (lex.people.has(last.lower) || COLLECTIVE.has(last.lower)) return true;
  return /^\p{Lu}/u.test(doc.text[last.start]) && !isSentenceStart(toks, last);
}

/** People in an item with no number: "a soldier", "the bomber", "Abdul Sabour", "himself", "both". */
function namedPeople(doc: Doc, toks: readonly Token[], item: Token[], lex: EventLexicon, object = false): number {
  const head = headWords(item, lex.people);
  if (head.length === 0) return 0;
  const first = head[0].lower;
  if (first === 'both') return 2;
  if (head.some((t) => t.lower === 'unknown')) return 0;
  if (head.length === 1 && OBJECT_PRONOUNS.has(first)) return 1;
  const last = head[head.length - 1];
  if (COLLECTIVE.has(last.lower) || isPlural(last.lower)) return 0;
  // "in Peshawar and three passengers": a place or a group is nobody killed.
  const from = head[0].start;
  const to = last.end;
  // A lone person noun is a person even where it also names the group it belongs to ("Gunmen kill
  // policeman": the police's mention, one man killed).
  const person = head.length === 1 && lex.people.has(last.lower);
  if (doc.placeMentions.some((p) => p.start <= from && to <= p.end) || (!person && doc.actorMentions.some((p) => p.start <= from && to <= p.end))) return 0;
  // "In January, two policemen were killed": a date before the subject is no one.
  if (doc.dates.some((d) => d.start <= from && to <= d.end)) return 0;
  // Whom a verb kills is a person: "killed a school clerk", "killed district governor Hadi".
  if (object) return 1;
  if (SINGULAR_DETERMINERS.has(first)) return head.length >= 2 && lex.people.has(last.lower) ? 1 : 0;
  // "Policeman shot dead in Karachi", "Polio vaccinator shot dead": a headline's bare singular
  // person noun opening the sentence is one person.
  if (person || (head.length <= 3 && lex.people.has(last.lower))) {
    if (isSentenceStart(toks, head[0])) return 1;
  }
  return startsWithName(doc, toks, head, lex) ? 1 : 0;
}

const SENTENCE_ADVERBS = new Set(['additionally', 'also', 'meanwhile', 'separately', 'furthermore', 'moreover', 'besides', 'however', 'overall', 'likewise', 'similarly', 'subsequently', 'later', 'earlier', 'elsewhere', 'altogether', 'reportedly', 'allegedly']);

/** Every word capitalised and not just the sentence's first word: "Abdul Sabour", "Khan". */
function startsWithName(doc: Doc, toks: readonly Token[], item: Token[], lex: EventLexicon): boolean {
  const words = item.filter((t) => /\p{L}/u.test(doc.text[t.start]));
  if (words.length === 0 || !words.every((t) => /^\p{Lu}/u.test(doc.text[t.start]))) return false;
  // "Additionally, at least 13 assailants were killed": a sentence adverb before its comma is no one.
  if (words.length === 1 && SENTENCE_ADVERBS.has(words[0].lower)) return false;
  if (words.length === 1 && isSentenceStart(toks, words[0])) {
    const w = words[0].lower;
    return !lex.people.has(w) && !COLLECTIVE.has(w) && !NOT_NAMES.has(w);
  }
  return true;
}

function isSentenceStart(toks: readonly Token[], t: Token): boolean {
  return toks[0] === t;
}

function isPlural(w: string): boolean {
  return (/s$/.test(w) && !/(?:ss|us)$/.test(w)) || /men$/.test(w) || w === 'people' || w === 'children';
}

const SERIES_NOUNS = /^(?:attacks|incidents|assaults|raids|events|bombings|explosions|blasts|clashes|attempts|operations|abductions|kidnappings|strikes)$/;

/**
 * "This was one of three related attacks": the report is one of a series of N incidents, and
 * its figures may be the series' totals. "unrelated" series share no figures.
 */
export function seriesSize(toks: readonly Token[], quantities: readonly Quantity[]): number | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].lower !== 'one' || toks[i + 1].lower !== 'of') continue;
    const q = firstStartingIn(quantities, toks[i + 2].start, toks[i + 4]?.start ?? Infinity);
    if (!q || q.value < 2) continue;
    for (let k = i + 3; k < Math.min(toks.length, i + 9); k++) {
      if (toks[k].lower === 'unrelated' || toks[k].lower === 'separate') break;
      if (SERIES_NOUNS.test(toks[k].lower)) return q.value;
    }
  }
  return null;
}

/**
 * "across both attacks" (2), "across the four events" (4), "across the attacks" (the series):
 * how many incidents a sentence's figures cover, or null when it does not say "across".
 */
export function acrossSize(toks: readonly Token[], quantities: readonly Quantity[], series: number | null): number | null {
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].lower !== 'across') continue;
    const next = toks[i + 1].lower;
    if (next === 'both') return 2;
    const q = firstStartingIn(quantities, toks[i + 1].start, toks[i + 2]?.start ?? Infinity);
    if (q && q.value >= 2) return q.value;
    if (series !== null) return series;
  }
  return null;
}

/**
 * `quantities.find((x) => x.start >= from && x.start <= to)`, with no closure: one over the loop
 * index of the callers above would make V8 allocate a context for every token they pass.
 */
function firstStartingIn(quantities: readonly Quantity[], from: number, to: number): Quantity | undefined {
  for (const x of quantities) if (x.start >= from && x.start <= to) return x;
  return undefined;
}

const DISTRIBUTIVE = new Set(['each', 'every', 'per']);

/** "for each person killed", "every policeman martyred", "each of those killed": up to three words back. */
function distributiveBefore(toks: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const w = toks[k].lower;
    if (DISTRIBUTIVE.has(w)) return true;
    if (!startsWithLetter(w)) return false;
  }
  return false;
}

/** What may befall the people a casualty word counts, in a list of fates. */
const FATES = new Set(['killed', 'injured', 'wounded', 'hurt', 'dead', 'martyred', 'captured', 'arrested', 'detained', 'abducted', 'kidnapped', 'missing', 'apprehended']);

/** "killed or injured", "killed, injured or captured": the word is one of fates joined by "or". */
function inDisjunctionOfFates(toks: readonly Token[], first: number, last: number): boolean {
  let or = false;
  for (let i = first - 1; i >= 1 && (toks[i].lower === ',' || toks[i].lower === 'or') && FATES.has(toks[i - 1].lower); i -= 2) or ||= toks[i].lower === 'or';
  for (let i = last + 1; i + 1 < toks.length && (toks[i].lower === ',' || toks[i].lower === 'or') && FATES.has(toks[i + 1].lower); i += 2) or ||= toks[i].lower === 'or';
  return or;
}
