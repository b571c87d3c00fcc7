import type { EntityMention, Quantity, Token } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { ADVERBIAL, DETERMINERS, INTENT, isAdverb, LOCATIVE, PASSIVE_AUX } from './events-words.ts';
import { tokenAt } from './events-clauses.ts';
import { startsWithLowerLetter } from '../recognize/word-start.ts';

// Whether a trigger word tells an event here: its verb or noun reading, negation, plans,
// purposes, and the event type of its lexicon entry.

const PREPOSITIONS = new Set(['of', 'after', 'before', 'following', 'for', 'against', 'in', 'on', 'with', 'without', 'amid', 'since', 'during', 'despite', 'over']);
/** Nouns for an actor's people ("ADF elements", "TTP cadres") that may follow its name as the subject. */
const MEMBER_NOUNS = new Set(['elements', 'members', 'fighters', 'militants', 'militiamen', 'cadres', 'operatives', 'gunmen', 'men', 'forces', 'troops', 'soldiers', 'personnel', 'supporters', 'activists', 'loyalists', 'rebels', 'insurgents', 'commanders', 'affiliates', 'units', 'combatants']);
const SUBJECT_LINK = new Set([...PASSIVE_AUX, 'has', 'have', 'had', 'to', 'will', 'would', 'could', 'may', 'might', 'did', 'also', 'who', 'which', 'they', 'he', 'she', 'we', 'it']);
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'at', 'up', 'some', 'more', 'nearly', 'over', 'about', 'around', 'several', 'dozens', 'hundreds', 'thousands', 'him', 'them', 'by', 'in', 'on', 'from', 'to']);

/**
 * Verb, noun, or neither. A form listed as both ("attacks", "release") is a verb only after a
 * subject-like word (an actor, a pronoun, an auxiliary); after a determiner or preposition it
 * is a noun, and a determiner before a noun means it refers back to an event already told
 * ("these releases", "the release"). A participle before a noun is an adjective ("freed
 * militants", "newly freed individuals"), but one before a quantity is a verb with its object
 * ("arrested five suspects").
 */
export function classifyTrigger(
  toks: Token[],
  m: TrieMatch,
  actorEnds: ReadonlySet<number>,
  quantities: readonly Quantity[],
  // A noun right after "the" is read as a noun (definite-act.ts decides whether it refers back).
  definiteIsNoun = false,
): 'verb' | 'noun' | 'skip' {
  const kinds = triggerKinds(m);
  const prev = toks[m.firstToken - 1];
  // "vowed to kill", "threatened to attack": an intention or a threat, no event.
  if (prev?.lower === 'to' && INTENT.has(toks[m.firstToken - 2]?.lower ?? '')) return 'skip';
  // (news68) "launched an operation to free the hostages", "in a bid to kill him": what an
  // effort is for is no act told, as "to rescue" is none.
  if (prev?.lower === 'to' && PURPOSE_TO.has(toks[m.firstToken - 2]?.lower ?? '')) return 'skip';
  // (news72) "tried to arrest a suspect", "an attempt to detain him": an attempted arrest is no
  // arrest (the suspect was not held). Only an arrest: an attempted attack or abduction is an
  // incident, as GTD codes it.
  if (prev?.lower === 'to' && ATTEMPT_TO.has(toks[m.firstToken - 2]?.lower ?? '') && m.values.every((v) => typeOfEntity(v.entity) === ARREST_TYPE)) return 'skip';
  // "were planning an attack on a convoy", "plotting terrorist attacks": a plan, no event.
  if (plannedBefore(toks, m.firstToken)) return 'skip';
  // "threatened to step up attacks", "vowed to carry out more bombings", "warned of further
  // attacks": the act a threat or vow names is to come, no event (news53).
  if (threatenedBefore(toks, m.firstToken)) return 'skip';
  // "would not allow its soil to be used for attacks", "a launching pad for attacks against
  // Pakistan": what a place or money is for, no event.
  if (prev?.lower === 'for' && PURPOSE_FOR.has(toks[m.firstToken - 2]?.lower ?? '')) return 'skip';
  // "did not attack", "no one had been arrested", "no agreement was reached": negated, no event.
  if (negatedBefore(toks, m.firstToken)) return 'skip';
  // "denied that civilians were killed": the act of a denied clause is told as not done (news44).
  if (deniedClauseBefore(toks, m.firstToken)) return 'skip';
  // "would strike hideouts inside Afghanistan if attacks continued": the act of a condition is
  // supposed, not told (session 24).
  if (conditionBefore(toks, m.firstToken)) return 'skip';
  const next = toks[m.lastToken + 1];
  // "during the intense exchange of fire": a manner adjective after the determiner changes nothing.
  // "the deadliest attack in the country this year", "for Thursday's killing": a superlative
  // after the determiner, or a day's possessive in its place, refers to an event already told.
  const afterDeterminer =
    !!prev &&
    (determinerAt(toks, m.firstToken - 1) ||
      ((prev.lower === "'s" || prev.lower === '’s') && DAY_WORD.test(toks[m.firstToken - 2]?.lower ?? '')) ||
      ((INTENSITY.has(prev.lower) || SUPERLATIVE.test(prev.lower)) && determinerAt(toks, m.firstToken - 2)));
  const subjectBefore =
    // "Pakistani aircraft bombed hideouts": a trigger that holds its own subject before its
    // participle ("aircraft bombed", "jets pounded") is a verb with that subject, not a
    // participle modifying the noun after it.
    (m.firstToken < m.lastToken && toks[m.lastToken].lower.endsWith('ed') && !toks[m.firstToken].lower.endsWith('ed')) ||
    (!!prev &&
    (SUBJECT_LINK.has(prev.lower) ||
      isAdverb(prev.lower) ||
      actorEnds.has(prev.end) ||
      // "ADF elements attacked civilians": an actor's members before the verb are its subject.
      (MEMBER_NOUNS.has(prev.lower) && actorEnds.has(toks[m.firstToken - 2]?.end ?? -1))));
  if (kinds.noun && (!kinds.verb || !subjectBefore)) {
    if (afterDeterminer && !(definiteIsNoun && prev!.lower === 'the')) return 'skip';
    return 'noun';
  }
  if (!kinds.verb) return 'skip';
  const participle = toks[m.lastToken].lower.endsWith('ed');
  // A quantity starts an object ("arrested five suspects"), not a noun being modified.
  const beforeNoun =
    !!next && startsWithLowerLetter(next.lower) && !OBJECT_START.has(next.lower) && !PREPOSITIONS.has(next.lower) && !LOCATIVE.has(next.lower) && !ADVERBIAL.has(next.lower);
  if (participle && beforeNoun && !subjectBefore && !quantities.some((q) => q.start === next.start || q.numberStart === next.start)) return 'skip';
  const singleWord = m.firstToken === m.lastToken;
  if (singleWord && (afterDeterminer || (prev && PREPOSITIONS.has(prev.lower) && participle))) return 'skip';
  return 'verb';
}

/** Words that open a condition. */
const CONDITION = new Set(['if', 'unless']);
/** Words that end a walk back to a condition's opener. */
const CONDITION_STOP = new Set([',', ';', ':', '.', '"', '“', '”', '(', ')']);

/** Whether the trigger at `first` stands within three words after "if" or "unless" ("if attacks continued", "if the militants attack"). */
function conditionBefore(toks: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const w = toks[i].lower;
    if (CONDITION_STOP.has(w)) return false;
    if (CONDITION.has(w)) return toks[i - 1]?.lower !== 'as';
  }
  return false;
}

/**
 * Whether token `i` is a determiner. (news61) "said" is one only after a determiner or a
 * preposition, or opening the sentence ("the said attack", "in said attack", "Said curfew was
 * extended"); after anything else it is the verb of speech, and the noun after it opens what was
 * said ("Officials said curfew was imposed in Bannu").
 */
function determinerAt(toks: readonly Token[], i: number): boolean {
  const w = toks[i]?.lower;
  if (w === undefined || !DETERMINERS.has(w)) return false;
  if (w !== 'said') return true;
  const before = toks[i - 1]?.lower;
  return before === undefined || toks[i - 1].sentence !== toks[i].sentence || SAID_AS_DETERMINER_AFTER.has(before) || PREPOSITIONS.has(before);
}
const SAID_AS_DETERMINER_AFTER = new Set(['the', 'this', 'that', 'these', 'those', 'by', 'to', 'from', 'at']);

/** "the Lakki Marwat attack", "the Quetta bombing": a determiner, a place's name, the noun. */
export function placeBeforeNounRefersBack(toks: readonly Token[], places: readonly EntityMention[], m: TrieMatch): boolean {
  const prev = toks[m.firstToken - 1];
  if (!prev) return false;
  const p = places.find((x) => x.end === prev.end);
  if (!p) return false;
  const i = tokenAt(toks as Token[], p.start);
  return i > 0 && toks[i].start === p.start && (toks[i - 1].lower === 'the' || toks[i - 1].lower === 'this' || toks[i - 1].lower === 'that');
}
const INTENSITY = new Set(['intense', 'fierce', 'heavy', 'brief', 'prolonged']);
const SUPERLATIVE = /^(?:deadliest|bloodiest|worst|biggest|largest|latest|most)$/;
const DAY_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)$/;
const PLANNED = new Set(['planning', 'planned', 'plotting', 'plotted', 'plan', 'plans', 'plot', 'plots', 'preparing', 'prepared']);
/** Words that may stand between a plan verb and its attack noun: "planning a major terrorist attack". */
const PLAN_FILLER = new Set(['a', 'an', 'the', 'major', 'big', 'large', 'massive', 'suicide', 'terrorist', 'terror', 'fresh', 'new', 'further', 'more', 'another', 'coordinated', 'several', 'series', 'of']);

/**
 * What a threat or vow names before its act noun: the intent verb, then either the noun over
 * fillers ("threatened more attacks", "vowed fresh attacks", "warned of further bombings") or
 * "to" and a verb of doing it ("threatened to step up attacks", "vowed to carry out its attacks",
 * "pledged to continue the attacks"). A verb that takes an act already done is no such verb:
 * "vowed to avenge the killing", "vowed to find those behind the bombing" tell a past act.
 */
const THREAT_FILLER = new Set([...PLAN_FILLER, 'its', 'their', 'such', 'deadly', 'deadlier', 'retaliatory', 'revenge', 'bigger', 'larger', 'intensified']);
/** Verbs of carrying out an act after "threatened to" ("carry" and "step" with their particle). */
const DOING = new Set(['launch', 'stage', 'conduct', 'mount', 'intensify', 'escalate', 'continue', 'resume', 'unleash', 'wage', 'increase', 'expand', 'commit', 'undertake', 'repeat', 'execute']);
const DOING_PARTICLE = new Map([['out', 'carry'], ['up', 'step']]);
const THREAT_NO_TO = new Set(['vowed', 'vows', 'threatened', 'threatens', 'threatening', 'promised', 'promises', 'pledged', 'pledges']);

function threatenedBefore(toks: readonly Token[], first: number): boolean {
  let i = first - 1;
  const stop = Math.max(0, first - 4);
  while (i >= stop && THREAT_FILLER.has(toks[i].lower)) i--;
  if (i < 0) return false;
  const w = toks[i].lower;
  if (THREAT_NO_TO.has(w) && i < first - 1 && toks[i + 1].lower !== 'the') return true;
  if (/^warn(?:s|ed|ing)?$/.test(w) && toks[i + 1]?.lower === 'of' && i < first - 2 && toks[i + 2].lower !== 'the') return true;
  let v = i;
  if (DOING_PARTICLE.has(w)) {
    if (toks[i - 1]?.lower !== DOING_PARTICLE.get(w)) return false;
    v = i - 1;
  } else if (!DOING.has(w)) return false;
  return toks[v - 1]?.lower === 'to' && INTENT.has(toks[v - 2]?.lower ?? '');
}

/**
 * Nouns of an effort before "to" that make the trigger after it a purpose: "an operation to
 * free", "in a bid to kill". (Not "attempted to attack": a failed attempt is an incident, as GTD
 * codes it.)
 */
const PURPOSE_TO = new Set(['operation', 'operations', 'effort', 'efforts', 'bid', 'mission', 'drive', 'push', 'order']);

/** (news72) Words of an attempt before "to": an arrest after them was tried, not made. */
const ATTEMPT_TO = new Set(['attempt', 'attempts', 'attempted', 'attempting', 'tried', 'try', 'tries', 'trying', 'sought', 'seeking', 'seek']);
const ARREST_TYPE = 'arrest';

/** Words before "for" that make the trigger after it a purpose, not an event told: "used for attacks", "a base for attacks". */
const PURPOSE_FOR = new Set(['used', 'use', 'using', 'pad', 'launchpad', 'launchpads', 'base', 'bases', 'haven', 'havens', 'sanctuary', 'sanctuaries', 'funds', 'funding']);
/** A plan verb right before a noun trigger, over at most three filler words. */
function plannedBefore(toks: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    const w = toks[i].lower;
    if (PLANNED.has(w)) return true;
    if (!PLAN_FILLER.has(w)) return false;
  }
  return false;
}

/** Auxiliaries and adverbs that may stand between a negation and its trigger: "has not yet been arrested". */
const NEGATION_FILLER = new Set([...PASSIVE_AUX, 'had', 'has', 'have', 'did', 'does', 'do', 'could', 'would', 'will', 'yet', 'ever', 'so', 'far', 'reportedly', 'immediately']);
const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'none', 'cannot']);

/**
 * A negation right before a trigger, over auxiliaries: "did not attack", "were never arrested",
 * "no agreement", and a subject that names nobody ("no one was arrested", "none were freed").
 */
function negatedBefore(toks: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 5); i--) {
    const w = toks[i].lower;
    if (NEGATIONS.has(w) || w.endsWith("n't") || (w === 'one' && toks[i - 1]?.lower === 'no')) return true;
    if (!NEGATION_FILLER.has(w)) return false;
  }
  return false;
}

/** Verbs of denial whose "that" clause tells what the source says did not happen. */
const DENIAL_VERBS = new Set(['deny', 'denies', 'denied', 'denying', 'refute', 'refutes', 'refuted', 'refuting']);
/** What a denial may deny before "that": "denied reports that …", "rejected claims that …". */
const DENIED_ACCOUNTS = new Set(['reports', 'claims', 'allegations', 'accusations', 'suggestions', 'charges', 'assertions', 'rumours', 'rumors']);
const ACCOUNT_DENIALS = new Set([...DENIAL_VERBS, 'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'dismissing']);
/** The most tokens between "that" and the trigger of its clause. */
const MAX_DENIED_CLAUSE = 10;

/**
 * "The official denied that civilians were killed", "rejected reports that drones had struck a
 * village": the trigger stands in the "that" clause a denial takes (no comma, semicolon or colon
 * between), so the source says the act did not happen: as a negation, no event. "denied any role
 * in the bombing that killed 84" denies a part in an act, not the act, and keeps it.
 */
function deniedClauseBefore(toks: readonly Token[], first: number): boolean {
  // "The army denied firing into Afghan territory", "denied having shelled the village": a
  // gerund right after the denial is the denied act itself (session 23).
  const prev = toks[first - 1]?.lower ?? '';
  if (toks[first].lower.endsWith('ing') && DENIAL_VERBS.has(prev)) return true;
  if (prev === 'having' && DENIAL_VERBS.has(toks[first - 2]?.lower ?? '')) return true;
  for (let i = first - 1; i >= Math.max(0, first - MAX_DENIED_CLAUSE - 1); i--) {
    const w = toks[i].lower;
    if (w === ',' || w === ';' || w === ':' || w === '.' || w === 'but') return false;
    if (w !== 'that') continue;
    const before = toks[i - 1]?.lower ?? '';
    if (DENIAL_VERBS.has(before)) return true;
    return DENIED_ACCOUNTS.has(before) && ACCOUNT_DENIALS.has(toks[i - 2]?.lower ?? '');
  }
  return false;
}

/** "verb" / "noun" of each trigger entity ("attack|verb"), parsed once per distinct entity. */
const KIND_OF_ENTITY = new Map<string, string>();
/** The event type of each trigger entity ("attack|verb" → "attack"), parsed once per distinct entity. */
const TYPE_OF_ENTITY = new Map<string, string>();

export function typeOfEntity(entity: string): string {
  let type = TYPE_OF_ENTITY.get(entity);
  if (type === undefined) {
    type = entity.split('|')[0];
    TYPE_OF_ENTITY.set(entity, type);
  }
  return type;
}

export function triggerKinds(m: TrieMatch): { verb: boolean; noun: boolean } {
  let verb = false;
  let noun = false;
  for (const v of m.values) {
    let kind = KIND_OF_ENTITY.get(v.entity);
    if (kind === undefined) {
      kind = v.entity.split('|')[1];
      KIND_OF_ENTITY.set(v.entity, kind);
    }
    if (kind === 'verb' || kind === 'weak') verb = true;
    else if (kind === 'noun') noun = true;
  }
  return { verb, noun };
}
