import type { Cue } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { SentenceCtx } from './attribution-sentence.ts';
import { isNamedGroup } from './attribution-kinds.ts';

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
 * responsible for …", "claimed its fighters were behind the attack".
 */
export function claimsOwnResponsibility(s: SentenceCtx, m: TrieMatch, cue: Cue): boolean {
  if (!cue.sourceActor || !isNamedGroup(s, cue.sourceActor) || !CLAIM_VERBS.has(s.toks[m.lastToken].lower)) return false;
  let k = m.lastToken + 1;
  if (s.toks[k]?.lower === 'that') k++;
  const from = k;
  while (k < s.toks.length && k - from <= MAX_SUBJECT && !BE.has(s.toks[k].lower)) k++;
  if (k === from || k - from > MAX_SUBJECT || k >= s.toks.length) return false;
  let p = k;
  while (p < s.toks.length && BE.has(s.toks[p].lower)) p++;
  if (!['responsible', 'behind'].includes(s.toks[p]?.lower ?? '')) return false;
  const subject = s.doc.text.slice(s.toks[from].start, s.toks[k - 1].end);
  if (OWN_SUBJECT.test(subject)) return true;
  const start = s.toks[s.toks[from].lower === 'the' ? from + 1 : from].start;
  const actor = s.actorStarts.get(start);
  if (!actor || !isOwnSide(s, cue.sourceActor, actor.entity)) return false;
  // "the Islamic State of Iraq and the Levant (ISIL) was responsible": the name and its gloss in brackets.
  return /^\s*(?:\([^()]*\))?$/.test(s.doc.text.slice(actor.end, s.toks[k - 1].end));
}

/** The speaker itself, or its branch in the country of the named one ("Islamic State" read as is-kp in Afghanistan). */
function isOwnSide(s: SentenceCtx, speaker: string, actor: string): boolean {
  if (speaker === actor) return true;
  const country = s.ctx.actors.get(actor)?.country;
  return !!country && s.ctx.actors.branchOf(speaker, country) === actor;
}
