// Word classes the event readers share: determiners, passive auxiliaries, locative
// prepositions, subject pronouns, verbs of intent, clause punctuation.

export const DETERMINERS = new Set(['the', 'these', 'this', 'those', 'that', 'such', 'said', 'newly', 'recently', 'its', 'their']);
export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
/** An adverb by its form ("repeatedly"): asked of a word before each trigger, so a string test, not a regex. */
export const isAdverb = (w: string): boolean => w.endsWith('ly');
export const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'toward', 'towards', 'into', 'to', 'across', 'outside', 'inside', 'around', 'on', 'of', 'within', 'along']);
export const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we']);
export const INTENT = new Set(['vowed', 'vow', 'vows', 'threatened', 'threaten', 'threatens', 'pledged', 'pledge', 'pledges', 'plans', 'planned', 'planning', 'plan', 'intends', 'intended', 'intend', 'warned', 'promised', 'promises', 'wants', 'wanted']);
/** Words after a verb that start an adverbial, not a noun it modifies ("protested outside", "marched through"). */
export const ADVERBIAL = new Set(['through', 'throughout', 'past', 'behind', 'beside', 'opposite', 'under', 'over', 'peacefully', 'together', 'again', 'there', 'here', 'and', 'to',
  // A gerund of purpose starts a clause of its own ("teachers protested demanding repairs"), not a noun.
  'denouncing', 'demanding', 'condemning', 'protesting', 'calling', 'urging', 'rejecting', 'decrying', 'opposing', 'criticising', 'criticizing', 'voicing', 'expressing', 'asking']);
export const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')']);

/** A noun's singular, enough to match "clashes" with "clash" and "attacks" with "attack". */
export function singular(word: string): string {
  if (/(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Whether a trigger's last word is the noun `word` (given in the singular), in either number: "the bombings" name a "bombing", "the clash" a "clashes". */
export function triggerEndsIn(trigger: string, word: string): boolean {
  return singular(trigger.toLowerCase().split(/\s+/).pop()!) === word;
}
