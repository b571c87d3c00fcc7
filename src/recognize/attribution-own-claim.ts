import type { Cue } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { SentenceCtx } from './attribution-sentence.ts';
import { isNamedGroup } from './attribution-kinds.ts';
import { CLAIMED_ATTACKS } from './attribution-self.ts';

// "Amaq claimed that the Islamic State was responsible for the attack": a claim of
// responsibility told as a clause. The group (or its own outlet) asserts its own act, as with
// "claimed responsibility" (docs/taxonomy.md: a claim of responsibility is `self`-attributed to
// the claimant): not the hedging "claimed" of a report, whose stance is the outlet's own matter.

const CLAIM_VERBS = new Set(['claim', 'claims', 'claimed', 'claiming']);

/** The verbs of the clause's predicate before "responsible" / "behind". */
const BE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'been']);

/** What the clause calls the claimant's own side: "it", "its fighters", "the group". */
const OWN_SUBJECT = /^(?:it|they|we|(?:its|their|our)\s+(?:\w+\s+)?\w+|the\s+(?:group|organisation|organization|movement|outfit))$/i;

/** The most tokens in the clause's subject ("the Islamic State of Iraq and the Levant (ISIL)"). */
const MAX_SUBJECT = 12;

/**
 * Whether the cue's reporting verb `m` ("claimed") opens a clause that makes its source, a named
 * armed group or its outlet, responsible for an act: "claimed that the Islamic State was
 * responsible for …", "claimed its fighters were behind the attack", "claimed that the group
 * had carried out 200 attacks" (news51).
 */
export function claimsOwnResponsibility(s: SentenceCtx, m: TrieMatch, cue: Cue): boolean {
  if (!cue.sourceActor || !isNamedGroup(s, cue.sourceActor) || !CLAIM_VERBS.has(s.toks[m.lastToken].lower)) return false;
  // "The TTP claimed to have killed 30 policemen": the group itself, its act in the perfect infinitive.
  if (s.toks[m.lastToken + 1]?.lower === 'to' && s.toks[m.lastToken + 2]?.lower === 'have') return doesTheAct(s, m.lastToken + 3) || actsViolently(s, m.lastToken + 3);
  const p = ownSidePredicate(s, m.lastToken + 1, cue.sourceActor);
  return p !== null && (['responsible', 'behind'].includes(s.toks[p].lower) || doesTheAct(s, p) || (actsViolently(s, p) && !PASSIVE.has(s.toks[p - 1]?.lower ?? '')));
}

/**
 * "The army claimed that its troops had killed 25 militants", "Pakistan claimed it had shot down
 * two jets" (news58): a state's force or body (`speaker`, a state actor) telling of its own
 * violent act, or an operation it carried out, is its own claim, as a named group's is
 * (`claimsOwnResponsibility`, news56): the same verbs and own side ("it", "its troops", "they";
 * not a subject opening with "the", which is someone else unless its own name), never a loss
 * ("its soldiers had been killed"), and not an arrest ("Police claimed they had arrested 14").
 */
export function claimsOwnAct(s: SentenceCtx, m: TrieMatch, speaker: string): boolean {
  if (s.ctx.actors.get(speaker)?.type !== 'state' || !CLAIM_VERBS.has(s.toks[m.lastToken].lower)) return false;
  if (s.toks[m.lastToken + 1]?.lower === 'to' && s.toks[m.lastToken + 2]?.lower === 'have') return doesTheAct(s, m.lastToken + 3) || actsViolently(s, m.lastToken + 3);
  const at = s.toks[m.lastToken + 1]?.lower === 'that' ? m.lastToken + 2 : m.lastToken + 1;
  if (s.toks[at]?.lower === 'the') return false;
  const p = ownSidePredicate(s, m.lastToken + 1, speaker);
  return p !== null && (doesTheAct(s, p) || (actsViolently(s, p) && !PASSIVE.has(s.toks[p - 1]?.lower ?? '')));
}

/**
 * The verbs of a violent act done (news56): "claimed that its fighters had killed 40 soldiers" is
 * the group's own claim of the act, a figure and all, as "claimed that the group had carried out
 * 200 attacks" and "claimed killing five policemen" (a claim of responsibility) are.
 */
const VIOLENT_ACTS = new Set(['killed', 'attacked', 'ambushed', 'targeted', 'destroyed', 'downed', 'shot', 'captured', 'abducted', 'kidnapped', 'seized', 'stormed', 'bombed', 'raided', 'overran', 'wounded', 'injured']);

/** Be-verbs before a participle that make it passive: "its fighters had been killed" is a loss, no act. */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

function actsViolently(s: SentenceCtx, p: number): boolean {
  return VIOLENT_ACTS.has(s.toks[p]?.lower ?? '');
}

/** What a denied clause says of the speaker's own side: its part in an act ("was involved", "were behind"). */
const OWN_PART = new Set(['involved', 'responsible', 'behind', 'complicit']);

/**
 * "TTP chief Noor Wali Mehsud denied that the group was involved", "The army denied that its
 * troops were behind the killings" (news54): a denial whose clause, from token `k` after the verb,
 * names the speaker's own side (`speaker`, its actor) as taking part in an act, as "denied
 * involvement" does (news44's own-role denial).
 */
export function deniesOwnPart(s: SentenceCtx, k: number, speaker: string): boolean {
  // "The army denied that the group was involved": "the group" is the speaker only when it is one.
  // "The TTP denied on Tuesday that it was behind …": a short phrase before "that" (news62).
  k = thatAfterOpeningPhrase(s, k) ?? k;
  const at = s.toks[k]?.lower === 'that' ? k + 1 : k;
  if (s.toks[at]?.lower === 'the' && !isNamedGroup(s, speaker)) return false;
  const p = ownSidePredicate(s, k, speaker);
  return p !== null && OWN_PART.has(s.toks[p].lower);
}

/** Nouns of a part in an act that "no" takes in a said clause ("it had no role", "they had no hand in it"). */
const OWN_ROLE_NOUNS = new Set(['role', 'hand', 'part', 'involvement', 'links', 'link', 'connection', 'complicity']);

/** Words that negate a predicate ("was not involved", "wasn't behind", "was never involved"). */
const NOT = new Set(['not', "n't", 'never']);

/**
 * "Pakistan said it had no role in the strike", "The army said it was not involved", "The TTP said
 * it was not behind the bombing" (news62): a said clause, from token `k` after the verb, whose
 * subject is the speaker's own side and whose predicate takes its part away ("had no role / hand /
 * part / involvement", "was not involved / responsible / behind / complicit") denies that part, as
 * "denied involvement" and "denied that it was involved" do.
 */
export function saysOwnPartDenied(s: SentenceCtx, k: number, speaker: string): boolean {
  k = thatAfterOpeningPhrase(s, k) ?? k;
  const at = s.toks[k]?.lower === 'that' ? k + 1 : k;
  if (s.toks[at]?.lower === 'the' && !isNamedGroup(s, speaker)) return false;
  const p = ownSidePredicate(s, k, speaker, PART_VERBS);
  if (p === null) return false;
  const w = s.toks[p].lower;
  const next = s.toks[p + 1]?.lower ?? '';
  if (partVerbTakenAway(s, p)) return true;
  // "it had no role": the be-verbs ("had") stand before the predicate's first word.
  if (w === 'no' && s.toks[p - 1]?.lower !== 'been') return OWN_ROLE_NOUNS.has(next);
  // "it had nothing to do with the attack".
  if (w === 'nothing' && s.toks[p - 1]?.lower === 'had') return next === 'to' && s.toks[p + 2]?.lower === 'do' && s.toks[p + 3]?.lower === 'with';
  return NOT.has(w) && OWN_PART.has(next);
}

/** (news64) Verbs of having a part, and the do and "never" before them, that end the said clause's subject ("it played no role"). */
const PART_VERBS = new Set(['played', 'plays', 'play', 'did', 'does', 'do', "didn't", "doesn't", "don't", 'didn’t', 'doesn’t', 'don’t', 'never']);
/** The verbs that take the part noun: "played no role", "did not have any role". */
const HAVE_OR_PLAY = new Set(['have', 'had', 'play', 'played', 'plays']);
/** What stands before a part noun a negated verb takes: "any role", "a part", "a hand". */
const ANY_PART = new Set(['any', 'a', 'an']);

/**
 * (news64) "it played no role", "it did not have any role", "they never played any part", "it
 * didn't play a role": a verb of having a part (`p`, after the own side's subject) whose part is
 * taken away, by "no" before the noun or a negation before the verb, as "had no role" is.
 */
function partVerbTakenAway(s: SentenceCtx, p: number): boolean {
  const at = (i: number) => s.toks[i]?.lower ?? '';
  let i = p;
  let negated = false;
  if (/^(?:did|does|do)n['’]t$/.test(at(i))) {
    negated = true;
    i += 1;
  } else if (at(i) === 'did' || at(i) === 'does' || at(i) === 'do') {
    if (!NOT.has(at(i + 1))) return false;
    negated = true;
    i += 2;
  } else if (at(i) === 'never') {
    negated = true;
    i += 1;
  }
  if (!HAVE_OR_PLAY.has(at(i))) return false;
  if (at(i) === 'have' && !negated) return false;
  const det = at(i + 1);
  return (det === 'no' ? !negated : negated && ANY_PART.has(det)) && OWN_ROLE_NOUNS.has(at(i + 2));
}

/** Words that open a short phrase between a reporting verb and its "that" ("said in a statement that", "said on Tuesday that"). */
const PHRASE_OPENERS = new Set(['in', 'on', 'at', 'late', 'early', 'earlier', 'later', 'after', 'during', 'through', 'via', 'yesterday', 'today']);

/** The most tokens of such a phrase. */
const MAX_OPENING_PHRASE = 6;

/**
 * "The army said in a statement that it was not involved", "Pakistan said on Tuesday that …"
 * (news62): the "that" after a short phrase of place, time or means right after the verb at `k`
 * (words only, no punctuation), where the said clause opens; null when `k` opens none such.
 */
function thatAfterOpeningPhrase(s: SentenceCtx, k: number): number | null {
  if (!PHRASE_OPENERS.has(s.toks[k]?.lower ?? '')) return null;
  for (let n = k + 1; n < s.toks.length && n - k <= MAX_OPENING_PHRASE; n++) {
    const w = s.toks[n].lower;
    if (w === 'that') return n;
    if (!/^[\p{L}\d'’-]+$/u.test(w) || BE.has(w)) return null;
  }
  return null;
}

/**
 * The predicate's first word after the be-verbs of a clause opening at token `k` ("that" optional)
 * whose subject is the speaker's own side: "it", "its fighters", "the group", or its own name
 * ("the Islamic State of Iraq and the Levant (ISIL)"); null when the subject is anyone else.
 */
function ownSidePredicate(s: SentenceCtx, k: number, speaker: string, stops: ReadonlySet<string> = NO_STOPS): number | null {
  if (s.toks[k]?.lower === 'that') k++;
  const from = k;
  while (k < s.toks.length && k - from <= MAX_SUBJECT && !BE.has(s.toks[k].lower) && !ACT_VERBS.has(s.toks[k].lower) && !VIOLENT_ACTS.has(s.toks[k].lower) && !stops.has(s.toks[k].lower)) k++;
  if (k === from || k - from > MAX_SUBJECT || k >= s.toks.length) return null;
  let p = k;
  while (p < s.toks.length && BE.has(s.toks[p].lower)) p++;
  if (p >= s.toks.length) return null;
  const subject = s.doc.text.slice(s.toks[from].start, s.toks[k - 1].end);
  if (OWN_SUBJECT.test(subject)) return p;
  const start = s.toks[s.toks[from].lower === 'the' ? from + 1 : from].start;
  const actor = s.actorStarts.get(start);
  if (!actor || !isOwnSide(s, speaker, actor.entity)) return null;
  // "the Islamic State of Iraq and the Levant (ISIL) was responsible": the name and its gloss in brackets.
  return /^\s*(?:\([^()]*\))?$/.test(s.doc.text.slice(actor.end, s.toks[k - 1].end)) ? p : null;
}

const NO_STOPS: ReadonlySet<string> = new Set();

/** Verbs of carrying out an attack, the group's own act: "claimed that the group had carried out 200 attacks" (news51). */
const ACT_VERBS = new Set(['carried', 'conducted', 'launched', 'staged', 'mounted', 'executed']);

/** Acts such a verb takes: attacks, or what the extractor's claimed attacks hold. */
const ACTS = new Set([...CLAIMED_ATTACKS, 'operation', 'operations', 'raid', 'raids', 'strike', 'strikes', 'ambushes', 'assaults']);

/** The most words between the verb and its act ("carried out more than 200 attacks"). */
const MAX_ACT_WORDS = 5;

/**
 * "had carried out 200 attacks", "conducted the ambush": a verb of carrying out at token `p`
 * (with "out" after "carried") whose object, within a few words, is an attack or an operation.
 */
function doesTheAct(s: SentenceCtx, p: number): boolean {
  const v = s.toks[p]?.lower ?? '';
  if (!ACT_VERBS.has(v)) return false;
  let k = p + 1;
  if (v === 'carried') {
    if (s.toks[k]?.lower !== 'out') return false;
    k++;
  }
  for (let n = k; n < s.toks.length && n - k <= MAX_ACT_WORDS; n++) {
    const w = s.toks[n].lower;
    if (ACTS.has(w)) return true;
    if (/^[,;:.]$/.test(w) || w === 'and' || w === 'that') return false;
  }
  return false;
}

/** The speaker itself, or its branch in the country of the named one ("Islamic State" read as is-kp in Afghanistan). */
function isOwnSide(s: SentenceCtx, speaker: string, actor: string): boolean {
  if (speaker === actor) return true;
  const country = s.ctx.actors.get(actor)?.country;
  return !!country && s.ctx.actors.branchOf(speaker, country) === actor;
}
