import { holdsAny } from './non-events.ts';

// The phrase patterns the sentence loop of events.ts tests around a trigger: retold or
// habitual events, groups, clashes, agents after "by", devices met.

export const APPOSITIVE_BEFORE = /,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const TOLD_RELATIVE_BEFORE = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){1,3}(?:that|which|where)\s+(?:was|were|had been|has been)\s+$/u;
export const GROUP_AFTER = new Set(['gang', 'gangs', 'ring', 'rings', 'cell', 'cells', 'network', 'networks', 'mafia']);
export const RECORD_BEFORE = /\b(?:involved in|wanted in|wanted for)\b/i;
/**
 * What the arrested or accused are tied to, right before an act's noun: "arrested three suspects
 * linked to an attack on Chinese nationals". The act is told, but not as the subject's.
 */
const TIE_FILLER = String.raw`(?:(?!(?:and|or|but|was|were|is|are|had|has|have|then|who|which|that|and\/or)\s)[\p{L}-]+\s+)`;
export const LINKED_TO = new RegExp(
  String.raw`\b(?:linked|connected|tied)\s+to\s+(?:(?:an?|the|this|that)\s+)?${TIE_FILLER}{0,3}$|\b(?:accused|suspected|convicted|acquitted)\s+of\s+(?:(?:an?|the|being|carrying\s+out|involvement\s+in)\s+){0,3}${TIE_FILLER}{0,2}$|\bwanted\s+(?:for|over|in\s+connection\s+with)\s+${TIE_FILLER}{0,3}$`,
  'u',
);
export const CLASH_WITH = /^[^.;]{0,40}?\b(?:exchanges? of fire|gun ?battle|gunfight|clash(?:es)?|encounter|shoot-?out|firefight|crossfire)\s+with\s+(?:the\s+)?$/i;
const TREND_BEFORE = /\b(?:wave|spate|surge|rise|spike|upsurge|uptick)\s+(?:of|in)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A perfect tense right before a verb trigger: "has attacked", "have also targeted". */
export const PERFECT_BEFORE = /\b(?:has|have)\s+(?:also\s+|long\s+|frequently\s+)?(?:been\s+)?$/i;
/**
 * A present perfect in a relative clause on a group, right before a verb trigger or its
 * infinitive: "the Hafiz Gul Bahadur group, which has fought Pakistani forces", "the Pakistani
 * Taliban, who have used quadcopters to attack security posts" (session 21, news48).
 */
export const RELATIVE_PERFECT_BEFORE = /\b(?:which|who)\s+(?:has|have)\s+(?:(?:also|long|frequently|repeatedly|often)\s+)?(?:been\s+)?(?:[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,2}to\s+)?$/iu;
/** After a perfect verb, words that make it a record of past acts: "has attacked polio teams in the past". */
export const PAST_RECORD_AFTER = /\b(?:in the past|in recent (?:years|months)|over the (?:years|past \w+ (?:years|months))|for years|many times|several times|a number of times|on several occasions|on many occasions|time and again|since (?:its|their) (?:founding|formation|inception))\b/i;
/**
 * Right after a perfect verb, an object counted only as a vague many: "who have kidnapped dozens
 * of people in the area for ransom" is a tally of past acts, no event (session 20, news42).
 */
export const TALLY_OBJECT_AFTER = /^\s+(?:dozens|scores|hundreds|thousands)\s+of\b/i;
export const HABIT_BEFORE = /\b(?:has|have)\s+(?:repeatedly|frequently|often|regularly|routinely|long|increasingly|previously)\s+(?:been\s+)?$/i;

// The end-anchored patterns here are tried by V8 from every position of the text before a
// trigger, once per trigger, and nearly all fail; the two predicates below first ask whether the
// text holds a word every match must hold (non-events.ts' holdsAny for the /iu pattern), the same
// answers for less. (Session 18 measured each pre-test against its pattern on the inputs of a
// pass: for the habit and device-met patterns, lower-casing the text cost as much as the regex
// or more, so they are tested as they are.)

/** "The house that was raided": a definite noun's relative passive (case as the pattern has it). */
export function toldRelativeBefore(near: string): boolean {
  return (near.includes('that') || near.includes('which') || near.includes('where')) && TOLD_RELATIVE_BEFORE.test(near);
}

/** "a wave of targeted attacks": a trend, no one event. */
export function trendBefore(justBefore: string): boolean {
  return holdsAny(justBefore.toLowerCase(), ['wave', 'spate', 'surge', 'rise', 'spike', 'uptick']) && TREND_BEFORE.test(justBefore);
}

/** A sentence opening on a definite subject (no number in it) up to its passive auxiliary: "The third accused, Gul Muhammad, was". */
export const RETOLD_SUBJECT = /^\s*(?:the|he|she|they)\b(?![^.;]*\b(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|several|some|more|other|others|another|remaining|rest|last)\b)[^.;]*?\b(?:was|were|has been|have been|had been)\s+(?:[\p{L}]+ly\s+)?$/iu;

/** "by" right before an actor mention: the agent phrase of a passive. */
export const BY_BEFORE = /\bby\s+(?:the\s+|some\s+)?$/i;
/** Right before an event noun, its "in a" phrase: "killed two soldiers in a suicide attack". */
export const IN_NOUN_AFTER = /\b(?:in|during)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A device noun's victim verb right before it: "stepped on a landmine", "hit a roadside bomb". */
export const DEVICE_MET = /\b(?:stepped on|trod on|hit|struck|ran over|drove over|ran into)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Between an event noun and its agent: "blast planted by the", "attack by two". */
export const NOUN_BY = /^\s*(?:(?:[\p{Ll}-]+\s+){0,2}(?:planted|carried out|conducted|launched|staged|perpetrated|committed|mounted|orchestrated|triggered|detonated|fired|claimed)\s+)?by\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}$/u;
