import type { SentenceCtx } from './attribution-sentence.ts';
import { afterPrepositionWhich } from './attribution-words.ts';
import { isNamedGroup } from './attribution-kinds.ts';
import { GROUP_NOUNS, groupAnaphor } from './attribution-anaphora.ts';

// An officer with no body of its own ("a commander") speaking in an armed group's own statement
// is the group's member, not a state's official (news44; widened by news47).

/** The articles before an unnamed officer ("a commander", "one commander"). */
const OFFICER_ARTICLES = new Set(['a', 'an', 'one', 'the']);

/** Prepositions that open a phrase telling where the words were published ("In a video released by …,"). */
const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'through']);

/**
 * The named armed group whose own statement holds the officer phrase opened at `start`, or null:
 * - after a preposition and "which" ("The TTP released a video in which a commander said …"), a
 *   sentence that opens with the group (its name, or "the group" standing for a group that spoke
 *   before), or one that names the group's own outlet before the clause ("The group's media wing,
 *   Umar Media, released a video in which a commander said …");
 * - after a phrase opening the sentence with a preposition and closed by a comma that names the
 *   outlet or, after "by", the group ("In a video released by Umar Media, a commander said …").
 */
export function groupOfOwnStatement(s: SentenceCtx, start: number): string | null {
  if (!OFFICER_ARTICLES.has(s.toks[start].lower)) return null;
  if (afterPrepositionWhich(s.toks, start)) return openingGroup(s) ?? outletIn(s, 0, start - 2);
  if (start >= 3 && s.toks[start - 1].lower === ',' && MEDIUM_PREPOSITIONS.has(s.toks[0].lower) && !s.toks.slice(1, start - 1).some((t) => t.lower === ',')) {
    return outletIn(s, 1, start - 1) ?? groupAfterBy(s, 1, start - 1);
  }
  return null;
}

/** The named group opening the sentence: its name, or "the group" standing for one that spoke before. */
function openingGroup(s: SentenceCtx): string | null {
  const first = s.toks[0]?.lower === 'the' ? 1 : 0;
  const tok = s.toks[first];
  if (!tok) return null;
  const actor = s.actorStarts.get(tok.start);
  if (actor) return isNamedGroup(s, actor.entity) ? actor.entity : null;
  if (first === 1 && GROUP_NOUNS.has(tok.lower)) {
    const group = groupAnaphor(s, 1)?.actor;
    return group && isNamedGroup(s, group) ? group : null;
  }
  return null;
}

/** The named group whose own outlet (`groupOutlets`) is named in tokens [from, to), or null. */
function outletIn(s: SentenceCtx, from: number, to: number): string | null {
  if (to <= from) return null;
  const m = s.pat.groupOutlet.exec(' ' + s.doc.text.slice(s.toks[from].start, s.toks[to - 1].end));
  const id = m ? s.pat.outletActors.get(m[1].toLowerCase()) : undefined;
  return id && isNamedGroup(s, id) ? id : null;
}

/** "… released by the TTP": the named group right after "by" (an article between) in tokens [from, to), or null. */
function groupAfterBy(s: SentenceCtx, from: number, to: number): string | null {
  for (let k = from; k < to - 1; k++) {
    if (s.toks[k].lower !== 'by') continue;
    const at = s.toks[k + 1].lower === 'the' ? k + 2 : k + 1;
    const actor = at < to ? s.actorStarts.get(s.toks[at].start) : undefined;
    if (actor && isNamedGroup(s, actor.entity)) return actor.entity;
  }
  return null;
}
