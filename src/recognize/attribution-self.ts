import type { Cue } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { makeCue } from './attribution-sentence.ts';
import { sourceBefore, postOnBefore } from './attribution-verb-frames.ts';

// Self-attribution: a group claiming responsibility for an act tells of its own act ("The TTP
// claimed responsibility", "IS claims deadly attack").

/**
 * "The TTP claimed responsibility for the attack": the claimant tells of its own act, so the
 * sentence is self-attributed to it ("No group has claimed responsibility" is not).
 */
export function responsibilityClaim(s: SentenceCtx, m: TrieMatch, si: number): Cue | null {
  const found = sourceBefore(s, m);
  if (!found) return null;
  const { src } = found;
  for (let k = Math.max(0, src.start - 1); k < m.firstToken; k++) {
    if (s.pat.negations.has(s.toks[k].lower)) return null;
  }
  // "A message on a pro-Taliban Telegram channel claimed the attack" (news62): what is posted on a
  // channel speaks as the channel, from the posted thing's determiner (news58's `+posted-on`).
  const posted = postOnBefore(s, src);
  const from = posted ?? src.start;
  const rule = `attribution:claim-of-responsibility+${src.rule}${posted === null ? '' : '+posted-on'}`;
  // A channel, paper or site of no actor's own claims nothing for itself: it carries a claim whose
  // claimant it does not name, so the report is the outlet's (media, asserted), not `self`. A
  // group's own outlet ("Amaq", "the TTP website") is the group claiming, as before.
  const owner = src.kind === 'media' && !src.actor ? outletOwner(s, src) : null;
  if (owner) return makeCue(s.doc, s.toks, from, m.lastToken, { ...src, start: from, kind: 'self', actor: owner }, 'asserted', 'sentence', si, `${rule}+outlet-of`);
  if (src.kind === 'media' && !src.actor) return makeCue(s.doc, s.toks, from, m.lastToken, { ...src, start: from }, 'asserted', 'sentence', si, `${rule}+carried-by-media`);
  const phrase: SourcePhrase = { ...src, start: from, kind: 'self' };
  return makeCue(s.doc, s.toks, from, m.lastToken, phrase, 'asserted', 'sentence', si, rule);
}

/** The nouns of a group's outlet that "of" and the group follow ("a Telegram channel of the Islamic State"). */
const OUTLET_NOUNS = /^(?:channel|website|site|account|page|agency|outlet|magazine|radio|wing)s?$/i;

/**
 * (news64) "A video on a Telegram channel of the Islamic State claimed the attack": a channel, site
 * or agency "of" a known actor is that actor's own outlet, as "the TTP website" and "Amaq" are:
 * the actor's id, when the source phrase ends with it right after "of" (and "the"). Not a channel
 * "linked to" a group (news56), nor one "of supporters of" it (the actor does not follow "of").
 */
function outletOwner(s: SentenceCtx, src: SourcePhrase): string | null {
  for (let k = src.start + 1; k < src.end; k++) {
    if (s.toks[k].lower !== 'of' || !OUTLET_NOUNS.test(s.toks[k - 1].lower)) continue;
    const first = s.toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const actor = s.toks[first] ? s.actorStarts.get(s.toks[first].start) : undefined;
    if (actor && actor.end === s.toks[src.end].end) return actor.entity;
  }
  return null;
}

/** The verb forms of a claim of an attack, and the attacks it can claim with words between ("IS claims deadly attack"). */
const CLAIM_FORMS = new Set(['claims', 'claimed', 'claim']);

export const CLAIMED_ATTACKS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'bomb', 'assault', 'killing', 'killings', 'ambush']);

/** The most words between the verb and the attack ("claims pre-Christmas suicide bombing"). */
const MAX_CLAIM_MODIFIERS = 2;

/**
 * "IS claims deadly attack on tribal region", "Pakistani Taliban faction claims hospital bomb":
 * a claim of an attack with one or two lower-case words (an adjective, a place noun) between the
 * verb and the attack is the claimant's own act, as "claims attack" is (responsibilityClaims).
 */
export function withModifiedClaims(s: SentenceCtx, matches: TrieMatch[]): TrieMatch[] {
  const out = [...matches];
  for (let k = 0; k + 1 < s.toks.length; k++) {
    if (!CLAIM_FORMS.has(s.toks[k].lower) || matches.some((m) => m.firstToken <= k && k <= m.lastToken)) continue;
    for (let n = k + 1; n <= k + 1 + MAX_CLAIM_MODIFIERS && n < s.toks.length; n++) {
      const between = s.toks[n - 1];
      if (n > k + 1 && !/^\p{Ll}[\p{L}-]*$/u.test(s.doc.text.slice(between.start, between.end)) || CLAIM_STOPS.has(between.lower)) break;
      if (CLAIMED_ATTACKS.has(s.toks[n].lower)) {
        out.push({ start: s.toks[k].start, end: s.toks[n].end, firstToken: k, lastToken: n, values: [{ entity: 'claim-of-responsibility', alias: `${s.toks[k].lower} … ${s.toks[n].lower}` }] as TrieMatch['values'] });
        break;
      }
    }
  }
  return out.sort((a, b) => a.firstToken - b.firstToken);
}

/** Words that end a claimed attack's modifiers ("claims that", "claimed to have"). */
const CLAIM_STOPS = new Set(['that', 'to', 'of', 'in', 'on', 'for', 'and', 'or', 'but', 'it', 'they', 'he', 'she', 'there', 'no', 'not', 'responsibility', 'credit']);
