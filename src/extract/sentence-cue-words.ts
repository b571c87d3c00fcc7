import { DIRECTIVE_WORDS, FUTURE_WORDS, holdsAny } from './non-events.ts';

// The rules that tell a trigger is no event (non-events.ts, events-patterns.ts, and the checks in
// events.ts' trigger callback) each look at the text before the trigger for a phrase, and a match
// of each holds one of a few words. Asked per trigger, each rule read that text again (and three
// lower-cased it again) though nearly none ever matches: over the 6,680 bench texts some 15,500
// triggers were asked every rule, and fewer than 50 were turned down by them (session 23, perf24).
// So a sentence is read once, lower-cased, for which rules' words it holds, and a trigger is asked
// only the rules whose words its sentence holds: the text before a trigger is a part of its
// sentence, so a sentence without the words has no trigger a rule could match.

/**
 * The families of words, one per rule or group of rules: every match of the rule's pattern holds
 * one of its family's words, lower-cased ('ſ' and the Kelvin sign: see holdsAny). Indexes are the
 * constants below.
 */
const FAMILIES: ReadonlyArray<readonly string[]> = [
  // RECORD_BEFORE (events-patterns.ts): "involved in", "wanted in", "wanted for".
  ['involved in', 'wanted'],
  // RECORD_LIST (inRecordList) and TALLY_EXAMPLES (inTallyExamples): both end on "including …".
  ['including'],
  // orderOrFuture: its own pre-test's words.
  [...DIRECTIVE_WORDS, ...FUTURE_WORDS],
  // askedOrDemanded: "not clear who", "until … were".
  ['who', 'which', 'until'],
  // distributive: "each", "every", "per".
  ['each', 'every', 'per'],
  // PAST_RECORD_BEFORE (pastRecord): "previous", "earlier", "past", "prior", "former".
  ['previous', 'earlier', 'past', 'prior', 'former'],
  // HABIT_BEFORE, PERFECT_BEFORE, RELATIVE_PERFECT_BEFORE: "has" or "have".
  ['has', 'have'],
  // TREND_BEFORE (trendBefore): its own pre-test's words.
  ['wave', 'spate', 'surge', 'rise', 'spike', 'uptick'],
  // BANNED_BEFORE (bannedGathering): "ban", "banned", "prohibited", "outlawed", "barred", "disallowed".
  ['ban', 'prohibit', 'outlaw', 'barr', 'disallow'],
  // DISOWNED_BEFORE (disowningBefore): "denied", "rejected", "distanced", "condemned", "disowned".
  ['deny', 'deni', 'reject', 'distanc', 'condemn', 'disown'],
];

export const RECORD_WORDS = 0;
export const INCLUDING_WORDS = 1;
export const ORDER_WORDS = 2;
export const ASKED_WORDS = 3;
export const EACH_WORDS = 4;
export const PAST_WORDS = 5;
export const PERFECT_WORDS = 6;
export const TREND_WORDS = 7;
export const BAN_WORDS = 8;
export const DISOWN_WORDS = 9;

/**
 * Which families of words one sentence holds, each found when first asked (a sentence whose
 * triggers all fail earlier asks none).
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
