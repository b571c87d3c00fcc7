import type { CasualtyStatement } from './casualties.ts';

// "Security forces neutralised four khwarij in Tirah": a verb that also disables a device
// ("neutralised an IED") kills when what it acts on is people. The sentence's casualty
// statements already count it; a capitalised device ("the IED") reads there as a name, so a word
// for people must be among the counted words or the few right after them ("four khwarij").

/** Whether a casualty statement on the trigger at [start, end) counts people named by a word for people. */
export function killsPeople(
  text: string,
  statements: readonly CasualtyStatement[],
  trigger: { start: number; end: number },
  people: ReadonlySet<string>,
): boolean {
  return statements.some((s) => {
    if (s.cue.start !== trigger.start || s.cue.end !== trigger.end || s.kind !== 'killed' || s.value <= 0) return false;
    const counted = s.text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    const next = (text.slice(s.end, s.end + 40).split(/[,.;:]/)[0].toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(0, 3);
    return [...counted, ...next].some((w) => people.has(w));
  });
}
