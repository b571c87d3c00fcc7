import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { MAX_PARENTHETICAL } from './attribution-sentence.ts';
import { speechWords } from './speech-words.ts';
import { spokespersonOwner } from './attribution-names.ts';
import { parentheticalBefore } from './attribution-apposition.ts';
import { sourceWithPhraseAfter, sourceEndingAt } from './attribution-source.ts';

// An office and its holder's name in apposition ("The interior minister, Mohsin Naqvi,"): one
// named source, the name with its title.

/**
 * The office `src` (a source phrase ending before the apposition) with the name in apposition that
 * ends at token `nameEnd`: a named source, or null when `src` is no office or person (only those
 * take a name: "an armed group, Watandost Front," is no speaker).
 */
export function officeWithHolder(s: SentenceCtx, src: SourcePhrase, nameEnd: number): SourcePhrase | null {
  // "A spokesman for the TTP, Mohammad Khurasani,": an actor's office is one too.
  const actorsOffice = /^source-actor:/.test(src.rule) && s.toks.slice(src.start, src.end + 1).some((t) => speechWords().offices.has(t.lower));
  if (!/^(?:source-lexicon|person-name|source-office-of)/.test(src.rule) && !actorsOffice) return null;
  // "The Taliban spokesman, Zabihullah Mujahid,": the holder speaks for the group.
  const actor = src.actor ?? spokespersonOwner(s, src.start, src.end);
  return { ...src, end: nameEnd, kind: 'named', rule: `${src.rule}+apposition`, ...(actor ? { actor } : {}) };
}

/** The most tokens of an office phrase before its holder's apposition ("the Deputy Inspector General of Police for Quetta range"). */
const MAX_OFFICE_PHRASE = 12;

/**
 * "the Deputy Inspector General of Police for Quetta range, Ahmed Khan, later corrected this":
 * an office opening at token `i` (its article there or right after) and its holder's name in
 * commas after it, as one named source from `i` to the name's end; null otherwise. A source
 * phrase read from `i` alone stops within five tokens, before a long office ends (news51).
 */
export function officeAndHolderFrom(s: SentenceCtx, i: number): SourcePhrase | null {
  let open = i + 1;
  while (open < s.toks.length && open - i <= MAX_OFFICE_PHRASE && s.toks[open].lower !== ',') open++;
  if (open >= s.toks.length || s.toks[open].lower !== ',') return null;
  let close = open + 1;
  while (close < s.toks.length && close - open <= MAX_PARENTHETICAL && s.toks[close].lower !== ',') close++;
  if (close >= s.toks.length) return null;
  const p = parentheticalBefore(s, close);
  if (!p || p.open !== open || !p.name) return null;
  const office = sourceWithPhraseAfter(s, open - 1) ?? sourceEndingAt(s, open - 1);
  if (!office || office.start < i || office.start > i + 1) return null;
  const held = officeWithHolder(s, office, close - 1);
  return held ? { ...held, start: i } : null;
}
