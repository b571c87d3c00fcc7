// Trigger words that tell no event of their own (session 15, news17): a tally over a period, an
// order to act, a future act, a seized weapon, a suspect's record that lists past crimes.

/** "militants carried out 71 attacks in the province in October", "650 attacks killed 1,081". */
const COUNTED_INCIDENTS =
  /(?:^|[^\p{L}\p{N},])(?:\d{1,3}(?:,\d{3})+|\d{2,}|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?)(?:[- ][a-z]+)?)\s+(?:(?:terrorist|militant|suicide|separate|major|violent|armed|deadly|bomb|targeted)\s+){0,2}(?:attacks|incidents|bombings|blasts|encounters|operations|killings|clashes|ambushes|raids)\b/iu;

/** "so far this year", "since 2012": a period a tally covers. */
const TALLY_PERIOD = /\b(?:so far this year|this year so far|so far in (?:19|20)\d\d|since (?:january|the (?:start|beginning) of (?:the|this) year|(?:19|20)\d\d))\b/i;
const PERFECT = /\b(?:has|have|had)\b/i;

/** The plural incident nouns that COUNTED_INCIDENTS, FEW_INCIDENTS and SPREAD_INCIDENTS each end on or contain. */
const INCIDENT_PLURAL = /(?:attacks|incidents|bombings|blasts|encounters|operations|killings|clashes|ambushes|raids|kidnappings|abductions)\b/iu;

/** What a sentence's own words say of a tally, whatever the trigger (tallySigns, read once per sentence). */
export interface TallySigns {
  /** Ten or more incidents counted, or incidents spread over a country or province. */
  readonly many: boolean;
  /** Two to nine incidents counted over a period. */
  readonly fewOverPeriod: boolean;
  /** A period a tally covers ("so far this year", "since 2012"). */
  readonly period: boolean;
}

/** The sentence-wide tests of `tallies`, which do not depend on the trigger: worked out once per sentence. */
export function tallySigns(sentenceText: string): TallySigns {
  // Every count and spread test needs an incident noun in the plural: most sentences have none.
  if (!INCIDENT_PLURAL.test(sentenceText)) return { many: false, fewOverPeriod: false, period: TALLY_PERIOD.test(sentenceText) };
  return {
    many: COUNTED_INCIDENTS.test(sentenceText) || SPREAD_INCIDENTS.test(sentenceText) || TREND_INCIDENTS.test(sentenceText),
    fewOverPeriod: FEW_INCIDENTS.test(sentenceText) && COUNTED_PERIOD.test(sentenceText),
    period: TALLY_PERIOD.test(sentenceText),
  };
}

/**
 * A sentence that tallies violence over a period, not one incident: it counts ten or more
 * incidents ("carried out 71 attacks in October, killing 94 people"), or it says in the perfect
 * what happened over a period ("have been killed since 2012", "had killed 37 suspected
 * terrorists in encounters and arrested 412 others so far this year"). `signs` are the
 * sentence's (tallySigns); `before` is the sentence's text up to the trigger.
 */
export function tallies(signs: TallySigns, before: string): boolean {
  // (Session 16, news23) "Militant violence in Pakistan killed 94 people in October": violence in
  // general as the subject; "killed 85 militants and arrested 120 suspects in operations across
  // the country": incidents spread over a country or province.
  // (Session 16, news26) "the tehsil had seen four attacks since August, including the killing of
  // a tribal elder": fewer incidents counted over a period are a tally too, and the examples it
  // lists are not told as incidents of their own.
  if (signs.many || signs.fewOverPeriod || VIOLENCE_SUBJECT.test(before)) return true;
  return signs.period && PERFECT.test(before);
}

/** The list of examples a tally gives, up to the trigger: "..., including the kidnapping of two teachers, who were later". */
const TALLY_EXAMPLES = /\bincluding\b[^;:.]*$/i;

/**
 * (Session 17, news32) A trigger of any type inside the examples of a tally: "four attacks since
 * August, including the killing of a tribal elder and the kidnapping of two teachers, who were
 * later released" tells no release of its own, as it tells no killing.
 */
export function inTallyExamples(signs: TallySigns, before: string): boolean {
  return TALLY_EXAMPLES.test(before) && tallies(signs, before.slice(0, before.search(TALLY_EXAMPLES)));
}

/** "four attacks", "3 bombings": two to nine incidents counted. */
const FEW_INCIDENTS =
  /(?:^|[^\p{L}\p{N},])(?:[2-9]|two|three|four|five|six|seven|eight|nine)\s+(?:(?:terrorist|militant|suicide|separate|major|violent|armed|deadly|bomb|targeted|such)\s+){0,2}(?:attacks|incidents|bombings|blasts|killings|ambushes|kidnappings|abductions)\b/iu;
/** A period the count covers: "since August", "since 2024", "so far this year", "over the past three months", "last month". */
const COUNTED_PERIOD =
  /\b(?:since\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?!\s+\d)|(?:19|20)\d\d|the (?:start|beginning) of)|so far|this year|this month|last month|last year|(?:over|in|during) the (?:past|last) (?:[\p{L}\d]+\s+)?(?:days|weeks|months|years)|during the month)\b/iu;

/** A sentence whose subject is violence in general: "(ISLAMABAD:) Militant violence in Pakistan killed". */
const VIOLENCE_SUBJECT =
  /^\s*(?:[\p{Lu}][\p{Lu}\s.-]*[:—–-]\s*)?(?:[\p{L}'’-]+\s+){0,2}?(?:violence|terrorism|militancy|insurgency)\s+(?:in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?$/u;
/**
 * (Session 23) Incidents in the plural whose number rose or fell by a share: "militant attacks in
 * Khyber Pakhtunkhwa rose by 40 percent in the first ten months of the year, with at least 650
 * people killed", "a 30% increase in attacks": a statistic over a period, no incident.
 */
const TREND_INCIDENTS =
  /\b(?:attacks|incidents|bombings|blasts|killings|kidnappings|abductions)\b[^.;]{0,60}?\b(?:rose|risen|increased|fell|fallen|declined|dropped|surged|jumped|climbed)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|over\s+|more than\s+)?\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)|\b\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)\s+(?:rise|increase|drop|decline|surge|jump|fall)\s+in\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks|incidents|bombings|blasts|killings|kidnappings|abductions)\b/iu;
/** Incidents in the plural spread over a country or province: "in operations across the country", "in raids nationwide". */
const SPREAD_INCIDENTS = /\bin\s+(?:[\p{L}-]+\s+){0,2}?(?:operations|raids|encounters|attacks|incidents)\s+(?:across|throughout|all over)\s+(?:the\s+)?(?:country|province|provinces|region|nation)\b|\b(?:operations|raids|encounters|attacks|incidents)\s+nationwide\b/iu;

/**
 * "directed police to arrest the culprits", "ordered the CTD to trace": an order, no event yet;
 * and its passive, "ordered to be released", "ordered them to be freed" (session 16, news26).
 */
const DIRECTIVE_BEFORE = /\b(?:directed|ordered|instructed|asked|urged|told|called on|called upon|demanded|directing|ordering|instructing)\s+(?:[\p{L}'’-]+\s+){0,4}to\s+(?:be\s+)?$/iu;
/**
 * "the culprits will be arrested", "would be released": a future act, no event yet; with a light
 * verb and its article too, "would hold a protest", "will stage a sit-in" (session 16).
 */
const FUTURE_BEFORE =
  /\b(?:will|would|shall)\s+(?:(?:soon|also|be|not|never|now|then|immediately)\s+){0,2}(?:(?:hold|stage|launch|organi[sz]e|observe|conduct|carry\s+out)\s+(?:a|an|another|their|its)\s+(?:[\p{Ll}-]+\s+)?)?$/iu;

/** Words one of which each match of DIRECTIVE_BEFORE holds ("directing" holds "direct"). */
const DIRECTIVE_WORDS = ['direct', 'order', 'instruct', 'asked', 'urged', 'told', 'called', 'demanded'];
const FUTURE_WORDS = ['will', 'would', 'shall'];

export function orderOrFuture(textBefore: string): boolean {
  const lower = textBefore.toLowerCase();
  return (holdsAny(lower, DIRECTIVE_WORDS) && DIRECTIVE_BEFORE.test(textBefore)) || (holdsAny(lower, FUTURE_WORDS) && FUTURE_BEFORE.test(textBefore));
}

/**
 * Whether a text, lower-cased, may hold one of `words` (lower-case ASCII) as an /i or /iu pattern
 * would match it. The patterns of this file anchored at the end of the text before a trigger
 * are tried by V8 from every position of it, once per trigger; most of those texts hold none
 * of a pattern's words, which `includes` tells at a fraction of the cost. ('ſ' matches "s"
 * under /iu yet keeps its case in toLowerCase, so a text with one may hold any word; the
 * Kelvin sign, which matches "k", lower-cases to it.)
 */
export function holdsAny(lower: string, words: readonly string[]): boolean {
  return words.some((w) => lower.includes(w)) || lower.includes('ſ');
}

/** Seizure verbs whose object is a weapon, not an event: "recovered two Kalashnikovs and a hand grenade". */
const SEIZED = /\b(?:recovered|seized|confiscated|recovery of|seizure of|haul of)\s+((?:[\p{L}\p{N}'’-]+,?\s+){0,8})$/iu;
const NOT_IN_A_LIST = /\b(?:from|at|in|near|after|during|when|where|which|who|that|site|scene|was|were|had|has)\b/i;

/** A weapon noun in the list a seizure verb takes ("recovered ... a hand grenade from their possession"). */
export function seizedWeapon(textBefore: string): boolean {
  const m = holdsAny(textBefore.toLowerCase(), ['recover', 'seiz', 'confiscated', 'haul']) ? SEIZED.exec(textBefore) : null;
  return !!m && !NOT_IN_A_LIST.test(m[1]);
}

/** "wanted in more than 20 cases of terrorism, including the killing of four policemen". */
const RECORD_LIST = /\b(?:involved in|wanted in|wanted for|accused of|charged with|convicted of)\b[^.;:]*\bincluding\s+[^.;:]*$/i;

/** A trigger in the list of crimes a suspect's record gives. */
export function inRecordList(sentenceBefore: string): boolean {
  // (No holdsAny pre-test: lower-casing the sentence costs what the failing pattern does; session 19, perf17.)
  return RECORD_LIST.test(sentenceBefore);
}

/**
 * "in retaliation for his previous killing of drug suspects", "the group's past attacks on police":
 * a record of past acts. A possessive must come before it: "an earlier attack in Jalalabad", "a
 * landmine from previous clashes" are incidents, told or not, that first responders or mines came from.
 */
const PAST_RECORD_BEFORE = /(?:\b(?:his|her|their|its)|['’]s)\s+(?:previous|earlier|past|prior|former)\s+(?:(?:targeted|terrorist|militant|armed|deadly|violent|alleged)\s+)?$/i;

/**
 * (Session 16, news26) An event noun after a possessive and "previous / earlier / past / prior / former" names
 * acts of someone's record, not an incident told; nor is who tells the account ("Police said
 * ... his previous killing of drug suspects") an actor of it.
 */
export function pastRecord(textBefore: string): boolean {
  // (No holdsAny pre-test: it cost twice what the pattern alone does, 5.2 against 2.8 ms a pass; session 19, perf17.)
  return PAST_RECORD_BEFORE.test(textBefore);
}

/**
 * (Session 21, news49) "The man, convicted of the 2022 bombing, was executed last Friday", "was
 * hanged in the central jail": a convict put to death by the state, neither a militants' attack
 * nor a toll of the crime he was convicted of. `before` is the clause up to the verb, `after` what
 * follows it; the verb one of the state's executions told passively.
 */
export function judicialExecution(verb: string, before: string, after: string): boolean {
  if (!EXECUTION_VERB.test(verb) || !PASSIVE_BEFORE.test(before)) return false;
  return CONVICT_BEFORE.test(before) || IN_PRISON_AFTER.test(after);
}

const EXECUTION_VERB = /^(?:executed|hanged|put to death)$/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being)\s+(?:[\p{L}-]+ly\s+)?$/iu;
const CONVICT_BEFORE = /\b(?:convicted|sentenced|condemned|convicts?|death[- ]row)\b/i;
const IN_PRISON_AFTER = /^\s*(?:(?:early\s+)?(?:on|last|this)\s+[\p{L}]+\s+)?(?:in|at|inside)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:jail|prison|gaol)\b/iu;

/** "It was not clear who fired the shell": a question about an event already told. */
const UNKNOWN_WHO = /\b(?:not (?:yet |immediately )?(?:clear|known)|unclear|unknown)\s+(?:who|which side)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/**
 * "refused to bury it until the killers were arrested", "would execute them unless jailed members
 * of the group were freed" (news63): the condition of a demand or a threat; "demanded that 12 of
 * their comrades be freed": the demand itself. None is an act told.
 */
const UNTIL_DONE = /\b(?:until|unless)\s+(?:[\p{L}'’-]+\s+){1,6}(?:are|is|were|was|have been|had been|be)\s+$/iu;
const DEMANDED_THAT = /\b(?:demand|demands|demanded|demanding|insisted|insisting|insists)\s+that\s+(?:[\p{L}\d'’,-]+\s+){1,6}(?:be|should be|must be|are|were)\s+$/iu;

/** A trigger asked about, or (for an arrest or a release) made the condition of a demand. */
export function askedOrDemanded(textBefore: string, arrestOrRelease: boolean): boolean {
  const lower = textBefore.toLowerCase();
  return (holdsAny(lower, ['who', 'which']) && UNKNOWN_WHO.test(textBefore)) || (arrestOrRelease && ((holdsAny(lower, ['until', 'unless']) && UNTIL_DONE.test(textBefore)) || (holdsAny(lower, ['that']) && DEMANDED_THAT.test(textBefore))));
}

const REMAINS = new Set(['body', 'bodies', 'corpse', 'corpses', 'remains', 'dead']);
const OBJECT_END = new Set([',', '.', ';', ':', 'from', 'in', 'at', 'near', 'on', 'after', 'during', 'and', 'while', 'who', 'which', 'that']);
const SUBJECT_END = new Set([',', '.', ';', ':', 'and', 'while', 'when', 'after']);

/**
 * Whether a verb that frees only people ('peopleOnly': "recovered") acts on people: the words
 * after it up to a preposition or a clause's end when active ("recovered a businessman who had
 * been abducted"), the subject before its auxiliaries when passive ("the three engineers were
 * recovered"). Remains are no one freed ("recovered the bodies of two men").
 */
export function actsOnPeople(
  words: readonly { lower: string }[],
  first: number,
  last: number,
  passive: boolean,
  people: ReadonlySet<string>,
): boolean {
  const span = actedOn(words, first, last, passive);
  if (span.some((w) => REMAINS.has(w))) return false;
  return span.some((w) => people.has(w) || w === 'hostages' || w === 'hostage');
}

/**
 * The words a verb acts on: after it up to a preposition or a clause's end when active, the
 * subject before its auxiliaries when passive (or a reduced passive, "recovered by").
 */
function actedOn(words: readonly { lower: string }[], first: number, last: number, passive: boolean): string[] {
  const span: string[] = [];
  // "two hundred dromedaries recovered by the militias": a reduced passive.
  if (passive || words[last + 1]?.lower === 'by') {
    let i = first - 1;
    while (i >= 0 && /^(?:was|were|is|are|been|being|be|had|has|have|later|safely|also|successfully)$/.test(words[i].lower)) i--;
    for (; i >= 0 && i >= first - 8 && !SUBJECT_END.has(words[i].lower); i--) span.push(words[i].lower);
  } else {
    for (let i = last + 1; i < words.length && i <= last + 6 && !OBJECT_END.has(words[i].lower); i++) span.push(words[i].lower);
  }
  return span;
}

/**
 * Whether a verb that attacks only armed posts ('postsOnly': "destroyed") acts on one: "had
 * destroyed three Pakistani posts", "two bunkers were destroyed"; not "destroyed houses" nor
 * "destroyed poppy crops" (session 20, news45).
 */
export function actsOnPosts(words: readonly { lower: string }[], first: number, last: number, passive: boolean, posts: ReadonlySet<string>): boolean {
  return actedOn(words, first, last, passive).some((w) => posts.has(w));
}

/** "pay Rs1 million for each person killed", "for every policeman martyred": anyone who was, no event. */
const DISTRIBUTIVE_BEFORE = /\b(?:each|every|per)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** A casualty word after "each/every/per" and its noun: compensation or a rule, no event told. */
export function distributive(textBefore: string): boolean {
  return holdsAny(textBefore.toLowerCase(), ['each', 'every', 'per']) && DISTRIBUTIVE_BEFORE.test(textBefore);
}
