import { holdsAny } from './non-events.ts';

// The rules that tell a trigger is no event (non-events.ts, events-patterns.ts, the checks in
// events.ts' trigger callback) each look at the text before the trigger for a phrase, and every
// match of a rule holds one of a few words. Over the 6,680 bench texts some 15,500 triggers were
// asked every rule and fewer than 50 were turned down by them (session 23, perf24). For three
// families of words, reading the sentence once, lower-cased, for whether it holds one costs less
// than asking the rules of each of its triggers, so a trigger is asked those rules only when its
// sentence holds their words (the text before a trigger is a part of its sentence).
//
// For the other rules it costs more, and they are asked as before: measured on the bench texts'
// 15,522 triggers that get to them (11,744 sentences, 131 characters on average against the 38
// of the text a trigger's rules read), ms per pass on a loaded box, the sentence's test against
// the rules it would spare: RECORD_BEFORE 1.8 against 1.6, orderOrFuture's words 9.1 against 7.8,
// distributive's 2.9 against 0.6, pastRecord's 3.7 against 2.7, trendBefore's 4.7 against 1.3,
// bannedGathering's 3.2 against 3.3 (and "ban" is in "Bannu").

/**
 * The families of words: every match of each rule the family gates holds one of its words,
 * lower-cased ('ſ' and the Kelvin sign: see holdsAny). Indexes are the constants below.
 */
const FAMILIES: ReadonlyArray<readonly string[]> = [
  // RECORD_LIST (inRecordList) and TALLY_EXAMPLES (inTallyExamples) both end on "including …";
  // the second also spares tallySigns for a sentence no violent or arrest trigger asks it of.
  // (1.3 against 3.0 + 1.4, and tallySigns' 12.7 for every sentence.)
  ['including'],
  // askedOrDemanded: "not clear who", "unclear which side", "until … were"; since news63 also
  // "unless … were freed" and "demanded / insisted that … be freed". (1.6 against 3.6.)
  ['who', 'which', 'until', 'unless', 'demand', 'insist'],
  // HABIT_BEFORE, PERFECT_BEFORE, RELATIVE_PERFECT_BEFORE: "has" or "have". (1.6 against 4.8.)
  ['has', 'have'],
];

export const INCLUDING_WORDS = 0;
export const ASKED_WORDS = 1;
export const PERFECT_WORDS = 2;

/**
 * Which families of words one sentence holds, each found when first asked (a sentence whose
 * triggers all fail earlier asks none, and lower-cases nothing).
 */
export class SentenceCueWords {
  private lower: string | null = null;
  private asked = 0;
  private held = 0;

  constructor(private readonly text: string) {}

  /** Whether the sentence holds a word of `family` (one of the constants above). */
  has(family: number): boolean {
    const bit = 1 << family;
    if ((this.asked & bit) === 0) {
      this.lower ??= this.text.toLowerCase();
      if (holdsAny(this.lower, FAMILIES[family])) this.held |= bit;
      this.asked |= bit;
    }
    return (this.held & bit) !== 0;
  }
}
