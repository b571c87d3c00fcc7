// Trigger words that tell no event of their own (session 15, news17): a tally over a period, an
// order to act, a future act, a seized weapon, a suspect's record that lists past crimes.

/** "militants carried out 71 attacks in the province in October", "650 attacks killed 1,081". */
const COUNTED_INCIDENTS =
  /(?:^|[^\p{L}\p{N},])(?:\d{1,3}(?:,\d{3})+|\d{2,}|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?)(?:[- ][a-z]+)?)\s+(?:(?:terrorist|militant|suicide|separate|major|violent|armed|deadly|bomb|targeted)\s+){0,2}(?:attacks|incidents|bombings|blasts|encounters|operations|killings|clashes|ambushes|raids)\b/iu;

/** "so far this year", "since 2012": a period a tally covers. */
const TALLY_PERIOD = /\b(?:so far this year|this year so far|so far in (?:19|20)\d\d|since (?:january|the (?:start|beginning) of (?:the|this) year|(?:19|20)\d\d))\b/i;
const PERFECT = /\b(?:has|have|had)\b/i;

/**
 * A sentence that tallies violence over a period, not one incident: it counts ten or more
 * incidents ("carried out 71 attacks in October, killing 94 people"), or it says in the perfect
 * what happened over a period ("have been killed since 2012", "had killed 37 suspected
 * terrorists in encounters and arrested 412 others so far this year"). `before` is the
 * sentence's text up to the trigger.
 */
export function tallies(sentenceText: string, before: string): boolean {
  if (COUNTED_INCIDENTS.test(sentenceText)) return true;
  return TALLY_PERIOD.test(sentenceText) && PERFECT.test(before);
}

/** "directed police to arrest the culprits", "ordered the CTD to trace": an order, no event yet. */
const DIRECTIVE_BEFORE = /\b(?:directed|ordered|instructed|asked|urged|told|called on|called upon|demanded|directing|ordering|instructing)\s+(?:[\p{L}'’-]+\s+){0,4}to\s+$/iu;
/** "the culprits will be arrested", "would be released": a future act, no event yet. */
const FUTURE_BEFORE = /\b(?:will|would|shall)\s+(?:(?:soon|also|be|not|never|now|then|immediately)\s+){0,2}$/i;

export function orderOrFuture(textBefore: string): boolean {
  return DIRECTIVE_BEFORE.test(textBefore) || FUTURE_BEFORE.test(textBefore);
}

/** Seizure verbs whose object is a weapon, not an event: "recovered two Kalashnikovs and a hand grenade". */
const SEIZED = /\b(?:recovered|seized|confiscated|recovery of|seizure of|haul of)\s+((?:[\p{L}\p{N}'’-]+,?\s+){0,8})$/iu;
const NOT_IN_A_LIST = /\b(?:from|at|in|near|after|during|when|where|which|who|that|site|scene|was|were|had|has)\b/i;

/** A weapon noun in the list a seizure verb takes ("recovered ... a hand grenade from their possession"). */
export function seizedWeapon(textBefore: string): boolean {
  const m = SEIZED.exec(textBefore);
  return !!m && !NOT_IN_A_LIST.test(m[1]);
}

/** "wanted in more than 20 cases of terrorism, including the killing of four policemen". */
const RECORD_LIST = /\b(?:involved in|wanted in|wanted for|accused of|charged with|convicted of)\b[^.;:]*\bincluding\s+[^.;:]*$/i;

/** A trigger in the list of crimes a suspect's record gives. */
export function inRecordList(sentenceBefore: string): boolean {
  return RECORD_LIST.test(sentenceBefore);
}
