import type { EntityMention, Span } from '../model/types.ts';

// (news65) "a National Uprising Movement (NUM) member", "a member of the Pashtun Tahafuz Movement":
// a capitalised trigger word inside a group's own name names the group, no event (as one inside
// a place's name does not, "Damteo Shooting Range"). Only a capitalised word, not the first of
// the name: "A suicide bomber detonated" is both an actor and a trigger, and a name's own first
// word may be its verb in a title-case headline.

/** The capitalised words of a name ending at a point: "National Uprising " before "Movement". */
const CAPITALISED_BEFORE = /(?:(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\s+(?:(?:of|the|for|and|e|ul|al)\s+)?)+$/u;
/** A bracket right after: "(NUM)". */
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Za-z-]{1,9})\)/;

/**
 * Whether the trigger [start, end) is a capitalised word inside a group's name: a recognised
 * actor mention that begins before it and ends with it or after, or capitalised words ending with
 * it and followed by a bracketed acronym the initials of the last of them spell ("National Uprising Movement (NUM)").
 */
export function triggerInGroupName(text: string, actors: readonly EntityMention[], start: number, end: number, sentence?: Span): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  if (actors.some((a) => a.start < start && end <= a.end)) return true;
  const acronym = ACRONYM_AFTER.exec(text.slice(end, end + 16));
  const words = CAPITALISED_BEFORE.exec(text.slice(Math.max(sentence?.start ?? 0, start - 80), start));
  if (!words) return false;
  // (news68) "A leader of the Sindhu Desh Liberation Movement was arrested": a name no gazetteer
  // knows and no acronym spells. Two capitalised words or more (no article) right before the
  // trigger, in a sentence of running text, make it a name's last word.
  if (!acronym) return !!sentence && nameRunBefore(words[0]) && !titleCase(text.slice(sentence.start, sentence.end));
  const initials = (`${words[0]}${text.slice(start, end)}`.match(/(?<![\p{L}'’-])\p{Lu}/gu) ?? []).join('');
  // (The run may open on a sentence's first word, "A National Uprising Movement (NUM)": the
  // acronym spells its last words.)
  const letters = acronym[1].replace(/[^A-Z]/g, '');
  return letters.length >= 2 && initials.endsWith(letters);
}

/** Articles and determiners, which open a run of capitalised words without naming anything. */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/** Whether a run of capitalised words (CAPITALISED_BEFORE's) holds two or more name words. */
function nameRunBefore(run: string): boolean {
  const words = (run.match(/(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu) ?? []).filter((w) => !OPENERS.has(w.toLowerCase()));
  return words.length >= 2;
}

/**
 * A title-case sentence (a headline's "Gunmen Storm Passenger Train In Balochistan"): at most one
 * of its longer words in lower case (names make running text look capitalised, its verbs do not).
 */
function titleCase(sentence: string): boolean {
  let lower = 0;
  for (const w of sentence.match(/\p{L}{4,}/gu) ?? []) if (/^\p{Ll}/u.test(w) && ++lower > 1) return false;
  return true;
}
