import type { EntityMention } from '../model/types.ts';

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
export function triggerInGroupName(text: string, actors: readonly EntityMention[], start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  if (actors.some((a) => a.start < start && end <= a.end)) return true;
  const acronym = ACRONYM_AFTER.exec(text.slice(end, end + 16));
  if (!acronym) return false;
  const words = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (!words) return false;
  const initials = (`${words[0]}${text.slice(start, end)}`.match(/(?<![\p{L}'’-])\p{Lu}/gu) ?? []).join('');
  // (The run may open on a sentence's first word, "A National Uprising Movement (NUM)": the
  // acronym spells its last words.)
  const letters = acronym[1].replace(/[^A-Z]/g, '');
  return letters.length >= 2 && initials.endsWith(letters);
}
