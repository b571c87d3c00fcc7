import type {
  ActorRole,
  Doc,
  EntityMention,
  EventRecord,
  Quantity,
  Token,
} from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { isAdverb, PASSIVE_AUX, SUBJECT_PRONOUNS } from './events-words.ts';
import { startsWithWordChar } from '../recognize/word-start.ts';
import { type Clause, tokenAt } from './events-clauses.ts';
import { classifyTrigger } from './events-trigger.ts';

// Which side of an event an actor mention stands on: agent of a passive's "by", object of a
// verb, a subject shared with an earlier trigger, and the role records themselves.

export function role(a: EntityMention, r: ActorRole, inferred: boolean) {
  return { actor: a.entity, role: r, inferred, start: a.start, end: a.end };
}

export function dedupeRoles(roles: EventRecord['actors']): EventRecord['actors'] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.actor}|${r.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The agent of the sentence's last verb event before the trigger when it stands among the
 * trigger's candidate subjects (its own mention, before the trigger), else null.
 */
export function sharedSubject(created: readonly EventRecord[], subjects: readonly EntityMention[], m: TrieMatch): EventRecord['actors'][number] | null {
  for (let i = created.length - 1; i >= 0; i--) {
    const e = created[i];
    if (e.trigger.start >= m.start) continue;
    const agent = e.actors.find((r) => r.role === 'agent' && !r.inferred);
    if (!agent) return null;
    return subjects.some((a) => a.start === agent.start && a.end === agent.end) ? agent : null;
  }
  return null;
}

/** (news72) A past-tense verb (one word, hyphens allowed) and what may stand before its object: "baton-charged the", "surrounded some", "fired at the". */
const VERB_BEFORE_OBJECT = /^\s+[\p{Ll}]+(?:-[\p{Ll}]+)*ed(?:\s+(?:at|on))?\s+(?:(?:the|a|an|some|several|dozens\s+of|hundreds\s+of|scores\s+of|[\p{N}]+)\s+)?$/u;
/** (news72) "and", with a word of sequence or "also" after it, right before the second verb. */
const AND_BEFORE_VERB = /^\s+and\s+(?:(?:later|then|also|subsequently|afterwards|eventually)\s+)?$/i;

/**
 * (news72) "Police baton-charged the protesters and arrested 12 demonstrators": a verb joined by
 * "and" to an earlier verb that is no event of its own shares that verb's subject, not its
 * object. When the last candidate subject before the trigger is the object of a past-tense verb
 * right after the candidate before it (only a determiner or a count between) and only "and"
 * stands between it and the trigger, the candidate before it is the subject; else null.
 */
export function subjectBeforeObject(text: string, subjects: readonly EntityMention[], m: TrieMatch): EntityMention | null {
  if (subjects.length < 2) return null;
  const object = subjects[subjects.length - 1];
  const subject = subjects[subjects.length - 2];
  if (!AND_BEFORE_VERB.test(text.slice(object.end, m.start))) return null;
  return VERB_BEFORE_OBJECT.test(text.slice(subject.end, object.start)) ? subject : null;
}

/** (news72) The people of a crowd, written as a protest's trigger: "protesters", "demonstrators". */
const CROWD_PEOPLE_NOUN = /^(?:protesters?|protestors?|demonstrators?|marchers?|agitators?|rallyists?)$/i;
/** What may stand between a verb and its people object: a determiner, a count, "dozens of". */
const PEOPLE_OBJECT_FILLER = /^\s+(?:(?:an?|the|at\s+least|some|several|over|more\s+than|dozens|hundreds|scores|of|[\p{N}]+)\s+){0,4}$/iu;

/**
 * (news72) "Police detained 30 protesters", "arrested dozens of demonstrators": a protest told only
 * by its people's noun as the object of a verb trigger of the clause (only a determiner or a
 * count between) is not what that verb's subject did: who stands before is a party to it (the
 * force that acted on the crowd), not its agent.
 */
export function crowdObjectOfVerb(toks: Token[], triggers: TrieMatch[], actorEnds: ReadonlySet<number>, quantities: Quantity[], text: string, clauseStart: number, m: TrieMatch): boolean {
  if (!CROWD_PEOPLE_NOUN.test(text.slice(m.start, m.end))) return false;
  return triggers.some((t) => t !== m && t.start >= clauseStart && t.end <= m.start && PEOPLE_OBJECT_FILLER.test(text.slice(t.end, m.start)) && classifyTrigger(toks, t, actorEnds, quantities) === 'verb');
}

/**
 * Whether the verb at token i has a passive auxiliary before it ("were killed"). (Session 18,
 * news36) An actor's name that is spelt as an auxiliary is no auxiliary: "IS claimed the event",
 * "IS attacked a village" (`actorEnds`: the ends of the sentence's actor mentions).
 */
export function isPassive(toks: Token[], i: number, actorEnds?: ReadonlySet<number>): boolean {
  // "The militants were attacking the post", "were holding 180 hostages": a progressive, whose
  // subject is its agent (session 23).
  if (toks[i].lower.endsWith('ing')) return false;
  let j = i - 1;
  while (j >= 0 && isAdverb(toks[j].lower) && !PASSIVE_AUX.has(toks[j].lower)) j--;
  return j >= 0 && PASSIVE_AUX.has(toks[j].lower) && !actorEnds?.has(toks[j].end);
}

/** A past participle after a passive auxiliary: "were abducted", "was shot", "were taken". */
const PARTICIPLE = /^(?:\p{L}+(?:ed|en)|shot|hit|struck|set|held|caught|beaten|slain|hurt|sent|burnt|cut)$/u;
/** What may follow a participle that takes no object: a preposition, a particle, punctuation. */
const NO_OBJECT_AFTER = new Set([...'by in at near on during after as when while outside inside across amid following since to from into yesterday today overnight'.split(' ')]);

/** "and later freed": words of sequence between "and" and the second participle. */
const SEQUENCE_WORDS = new Set(['later', 'then', 'subsequently', 'afterwards', 'eventually', 'also', 'soon']);

/**
 * (news55) A second participle sharing a passive's auxiliary: "were abducted and killed",
 * "was attacked and set on fire by militants", "were kidnapped and later freed by the Taliban".
 * The participle before "and" (adverbs may stand after it) must be a passive itself, and the
 * trigger must open no object ("were deployed and arrested five suspects" is active).
 */
export function isCoordinatedPassive(toks: Token[], m: TrieMatch, actorEnds?: ReadonlySet<number>): boolean {
  let j = m.firstToken - 1;
  while (j >= 0 && (isAdverb(toks[j].lower) || SEQUENCE_WORDS.has(toks[j].lower)) && !PASSIVE_AUX.has(toks[j].lower)) j--;
  if (j < 1 || toks[j].lower !== 'and' || !PARTICIPLE.test(toks[j - 1].lower) || !isPassive(toks, j - 1, actorEnds)) return false;
  const next = toks[m.lastToken + 1];
  return !next || NO_OBJECT_AFTER.has(next.lower) || !startsWithWordChar(next.lower);
}

/** A preposition of place right before a mention: "near polio workers", "outside the police". */
const PLACE_PREPOSITION_BEFORE = /(\s+)(?:near|outside|inside|at|beside|behind)\s+(?:(?:an?|the)\s+)?(?!least\b|most\b)(?:[\p{L}\d-]+\s+){0,1}$/iu;

/**
 * Whether a mention stands in an event noun's phrase of place: "Blast near polio workers kills
 * 2", "bomb outside a police station". (Not after a verb: "threw stones at soldiers who raided".)
 */
export function placeAfterEventNoun(toks: Token[], triggers: TrieMatch[], actorEnds: ReadonlySet<number>, quantities: Quantity[], text: string, clauseStart: number, a: EntityMention): boolean {
  const from = Math.max(clauseStart, a.start - 30);
  const p = PLACE_PREPOSITION_BEFORE.exec(text.slice(from, a.start));
  if (!p) return false;
  const prepositionAt = from + p.index;
  return triggers.some((t) => t.end === prepositionAt && classifyTrigger(toks, t, actorEnds, quantities) === 'noun');
}

/** What may stand between a verb and its object: a determiner, a count, an adjective; no preposition. */
const OBJECT_FILLER = /^\s+(?:(?:an?|the|at least|some|over|more than|[\p{N}]+|(?!(?:in|during|at|on|of|for|with|from|after|near|by|to|when|as)\b)[\p{L}]+)\s+){0,3}$/iu;

/**
 * Whether a mention is the object of a verb of its clause: "killed two soldiers", "wounded three
 * policemen", where only a count, a determiner or an adjective stands between the verb (a verb
 * trigger, or a casualty word) and the mention.
 */
export function objectOfVerb(toks: Token[], triggers: TrieMatch[], actorEnds: ReadonlySet<number>, quantities: Quantity[], casualtyWords: ReadonlySet<string>, text: string, clauseStart: number, a: EntityMention): boolean {
  // The mention ends right before the noun's "in a" phrase: "during a police raid" names no object.
  const pp = /\b(?:in|during)\s+(?:an?|the)\s/iu.exec(text.slice(a.end));
  if (!pp || text.slice(a.end, a.end + pp.index).trim() !== '') return false;
  const between = (from: number): boolean => OBJECT_FILLER.test(text.slice(from, a.start)) && !/[,;]/.test(text.slice(from, a.start));
  // The words of up to four before the mention: is one a casualty word ("wounded") with only
  // filler after it?
  const head = text.slice(Math.max(clauseStart, a.start - 60), a.start);
  for (const w of [...head.matchAll(/[\p{L}]+/gu)].slice(-4)) {
    if (casualtyWords.has(w[0].toLowerCase()) && between(a.start - head.length + w.index! + w[0].length)) return true;
  }
  return triggers.some((t) => t.start >= clauseStart && t.end <= a.start && between(t.end) && classifyTrigger(toks, t, actorEnds, quantities) === 'verb');
}

/** Words that may follow a casualty participle with no object: "killed in", "killed as", "killed by". */
const AFTER_REDUCED_PASSIVE = new Set(['in', 'at', 'near', 'on', 'during', 'after', 'as', 'when', 'while', 'by', 'outside', 'inside', 'across', 'amid', 'following', 'since', 'yesterday', 'today', 'overnight']);

/**
 * A casualty participle that opens no object is a passive even without its auxiliary, as
 * headlines write it: "7 people killed in Pakistan's restive northwest", "Two soldiers shot dead
 * near Peshawar". The words before it are who it happened to, not who did it. An active use
 * ("Gunmen killed 7 people") has its object right after the verb.
 */
export function isReducedPassive(toks: Token[], m: TrieMatch, clause: Clause): boolean {
  const head = toks[m.firstToken].lower;
  if (!/ed$/.test(head) && head !== 'slain' && head !== 'shot') return false;
  // Something must stand before it in its clause: the ones it happened to.
  if (m.firstToken <= clause.first) return false;
  const next = m.lastToken + 1 <= clause.last ? toks[m.lastToken + 1] : undefined;
  return !next || AFTER_REDUCED_PASSIVE.has(next.lower) || !startsWithWordChar(next.lower);
}
/** Words that end a passive's "by" phrase before it reaches an actor. */
const BY_PHRASE_BREAK = new Set(['and', 'or', 'who', 'which', 'that', 'after', 'before', 'while', 'when', 'in', 'at', 'on', 'near', 'from', 'with', 'as']);
const BY_PHRASE_WORD = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

/** The actor of "by (the | two | an unknown number of ...) <actor>", modifiers of up to four words allowed. */
export function agentAfterBy(doc: Doc, toks: Token[], after: EntityMention[]): EntityMention | null {
  for (const a of after) {
    const i = tokenAt(toks, a.start);
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      if (toks[j].lower === 'by') return a;
      if (BY_PHRASE_BREAK.has(toks[j].lower) || !BY_PHRASE_WORD.test(toks[j].lower)) break;
    }
  }
  return null;
}

export function startsWithPronoun(toks: Token[], clause: Clause): boolean {
  return SUBJECT_PRONOUNS.has(toks[clause.first]?.lower ?? '');
}
