import type { DateMention, Doc, EventRecord } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { countedDay, relativeDay, type RelativeDay } from './relative-day.ts';
import { speechWords } from '../recognize/speech-words.ts';
import { longestFirst } from '../recognize/regex.ts';
import { loadEventLexicon } from './event-lexicon.ts';
import { dist } from './events-clauses.ts';

// When an event happened: the date mention chosen for a trigger, passing over dates of speech,
// attributive dates of other nouns and "since" periods, or the day of the last event.

/** A date mention's value with its precision ({ start, end } as recognizeDates makes it). */
export function eventDate(d: DateMention): EventRecord['date'] {
  return { start: d.value!.start, end: d.value!.end, precision: d.precision };
}

/** A reporting verb right before a date: "said on Thursday", "told reporters on Wednesday", "said in a statement on Monday". */
let speechBeforeDate: RegExp | null = null;
function speechBeforeDatePattern(): RegExp {
  if (speechBeforeDate) return speechBeforeDate;
  // "told" needs its hearer before the date ("told reporters on Wednesday").
  const verbs = longestFirst([...speechWords().verbs].filter((v) => v !== 'told'));
  return (speechBeforeDate = new RegExp(`\\b(?:(?:${verbs})(?: in a statement| in a post on x)?|told (?:reporters|journalists|the media|dawn|[\\p{Lu}][\\p{L}]+)|told [\\p{L}]+ in a statement)\\s+(?:on|late on|early on|this|last)?\\s*$`, 'iu'));
}

export function isSpeechDate(text: string, d: DateMention): boolean {
  return speechBeforeDatePattern().test(text.slice(Math.max(0, d.start - 40), d.start));
}

/** The event type whose trigger nouns hold `noun` ("attack", "blast"), or null. */
function typeOfNoun(noun: string): string | null {
  const w = noun.toLowerCase();
  for (const [type, spec] of loadEventLexicon().types) if (spec.nouns?.some((n) => n.toLowerCase() === w)) return type;
  return null;
}

const OPENS_SENTENCE = /^\s*(?:(?:also|and|then|later|on|in)\s+)*$/i;

/**
 * "A day earlier, a soldier was martyred": with no date of its own, an event whose sentence opens
 * with a day counted from the story's last event (relative-day.ts), or whose clause says it a few
 * words after the trigger ("were shot dead at a checkpost in the Kulachi area the same day"), is
 * dated from the last event before it with one day's date, of its own type if its paragraph has one ("was
 * released on July 31. This was one of seven related kidnappings ... on the same day": the
 * kidnapping's day). Farther after the trigger the phrase dates something else ("claimed
 * responsibility ... in retaliation to the executions of its members the previous day").
 */
export function dayFromLastEvent(
  doc: Doc,
  sentence: { start: number; end: number; paragraph: number },
  m: TrieMatch,
  type: string,
  clauseEnd: number,
  before: readonly EventRecord[],
  published: string | null,
): DateMention | null {
  const opening = relativeDay(doc.text, sentence.start, sentence.end);
  const rel = opening && OPENS_SENTENCE.test(doc.text.slice(sentence.start, opening.start))
    ? opening
    : relativeDay(doc.text, m.end, Math.min(clauseEnd, m.end + 80));
  if (!rel) return null;
  const dated = before.filter((e) => e.date && e.date.precision === 'day' && e.date.start === e.date.end);
  // "A week after the attack, a bomb exploded": counted from the last event of the kind named.
  const named = /^\s+(?:the|that|this)\s+([\p{L}-]+)/u.exec(doc.text.slice(rel.end, rel.end + 40));
  const namedType = named && /(?:after|before)$/i.test(rel.text) ? typeOfNoun(named[1]) : null;
  const ofNamed = namedType ? [...dated].reverse().find((e) => e.type === namedType && doc.sentences[e.sentence].paragraph === sentence.paragraph) : undefined;
  const sameType = [...dated].reverse().find((e) => e.type === type && doc.sentences[e.sentence].paragraph === sentence.paragraph);
  const anchor = ofNamed ?? sameType ?? dated[dated.length - 1];
  if (!anchor) return null;
  return dayCountedFrom(rel, anchor.date!.start, anchor.id, published);
}

/** The day `rel` counts to from an anchor's day, as a date mention whose rule names the anchor (`from`). */
export function dayCountedFrom(rel: RelativeDay, anchorDay: string, from: string, published: string | null): DateMention {
  const counted = countedDay(anchorDay, rel);
  // (Session 17) "Two months later" from an event in October is no day after publication: a
  // report tells what has happened, so a day counted past it stops at the publication date. An
  // anchor on the publication day itself ("On 26 June ... They were released the next day")
  // says the date given is not when the text was written (a coder's event date), so it caps nothing.
  const capped = !!published && counted > published && anchorDay < published;
  const day = capped ? published! : counted;
  return {
    start: rel.start,
    end: rel.end,
    text: rel.text,
    value: { start: day, end: day },
    precision: 'day',
    relative: true,
    resolved: true,
    rule: (rel.months ? `date:relative-month:${rel.months}:from:${from}` : `date:relative-day:${rel.offset}:from:${from}`) + (capped ? ':capped-at-publication' : ''),
  };
}

/**
 * "dozens of attacks in Nangarhar since the Taliban returned to power in August 2021": a date at
 * the end of a phrase opened by "since" (no comma, colon or semicolon between) dates when a
 * period began. An event outside that phrase took place over the period, from that date to
 * publication, as "since August 2021" says outright (a range, relative); the event the phrase
 * itself tells ("returned to power") keeps the date. Without a publication date, or for a range
 * already, the date stands.
 */
const SINCE_OPENING = /(?:^|[^\p{L}])(?:ever\s+)?since\s+[^,;:—–()]*$/iu;

/** The date a "since" range starts from, as its own mention ("since 2023" → 2023), from its TimeML reading; null when it has none. */
function sinceStartDate(d: DateMention): DateMention | null {
  const t = d.timex?.find((x) => x.type === 'DATE');
  const v = t && /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t.value);
  if (!t || !v) return null;
  const [, y, mo, day] = v;
  const last = mo ? new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate() : 31;
  const value = day ? { start: t.value, end: t.value } : mo ? { start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(last).padStart(2, '0')}` } : { start: `${y}-01-01`, end: `${y}-12-31` };
  return { ...d, start: t.start, end: t.end, text: d.text.slice(t.start - d.start), value, precision: day ? 'day' : mo ? 'month' : 'year', relative: false, rule: `when-clause-on:${d.rule}` };
}

/** Between a date and a trigger after it: a "when" clause on the date (", when several … were"). */
const WHEN_CLAUSE_ON_DATE = /^\s*,?\s*when\s[^,;:.()]*$/i;

export function sincePeriod(text: string, sentenceStart: number, d: DateMention, m: TrieMatch, published: string | null): DateMention {
  // (news68) "since 2023, when several of its leaders were killed": the recogniser read "since
  // 2023" as a range to today; the act of a "when" clause on it took place in 2023 itself.
  if (d.rule.startsWith('since-range+') && m.start >= d.end && WHEN_CLAUSE_ON_DATE.test(text.slice(d.end, m.start))) return sinceStartDate(d) ?? d;
  if (!published || d.precision === 'range' || !d.value || d.value.start > published) return d;
  const from = Math.max(sentenceStart, d.start - 80);
  const opening = SINCE_OPENING.exec(text.slice(from, d.start));
  if (!opening) return d;
  const sinceStart = from + opening.index + (opening[0].match(/^[^\p{L}]/u) ? 1 : 0);
  if (m.start >= sinceStart && m.end <= d.end) return d;
  // (news68) "the worst blow to the group since 2023, when several of its leaders were killed": a
  // "when" clause on the date tells what happened then; its act is dated by the date itself.
  if (m.start >= d.end && WHEN_CLAUSE_ON_DATE.test(text.slice(d.end, m.start))) return d;
  return { ...d, value: { start: d.value.start, end: published }, precision: 'range', relative: true, rule: `since-phrase+${d.rule}` };
}

const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|that|this)\s+$/i;
const ATTRIBUTIVE_AFTER = /^\s+\p{Ll}/u;

/** "the 2019 attack", "a 2021 extortion case": a date that modifies the noun after it. */
export function isAttributiveDate(text: string, d: DateMention): boolean {
  return d.precision === 'year' && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)) && ATTRIBUTIVE_AFTER.test(text.slice(d.end, d.end + 3));
}

/** Whether the trigger is the noun an attributive date modifies (at most two words between). */
export function datesNoun(text: string, d: DateMention, m: TrieMatch): boolean {
  return m.start >= d.end && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(d.end, m.start));
}

const RELATIVE_OPENING = /\b(?:who|whom|which|that)\s+([^,;:()"“”]*)$/i;

/**
 * Whether a date after the trigger closes a relative clause with an event of its own between
 * them ("arrested six suspects ... and recovered a businessman who had been abducted on November
 * 18", "wanted for planting an IED that wounded two soldiers earlier this month"): that verb's
 * date, not the trigger's.
 */
export function datesRelativeClause(text: string, d: DateMention, m: TrieMatch, triggers: readonly TrieMatch[], casualtyWords: ReadonlySet<string>): boolean {
  if (d.start < m.end) return false;
  const rel = RELATIVE_OPENING.exec(text.slice(m.end, d.start));
  // "the airstrikes that targeted the Sinjar region on 1 February": a clause on the trigger's own noun.
  if (!rel || /^[\s'’s]*$/.test(text.slice(m.end, m.end + rel.index))) return false;
  const opens = m.end + rel.index;
  if (triggers.some((t) => t !== m && t.start > opens && t.end <= d.start)) return true;
  return (rel[1].toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => casualtyWords.has(w));
}

const TIED_OPENING = /\b(?:(?:linked|connected|tied)\s+to|(?:accused|suspected|convicted|acquitted)\s+of|wanted\s+(?:for|over|in\s+connection\s+with)|in\s+connection\s+with)\s/i;

/**
 * Whether a date after the trigger closes a phrase that ties the trigger's people to an act of
 * its own ("arrested three suspects linked to an attack on Chinese nationals last month",
 * "detained two men wanted for a bombing in 2021"): that act's date, not the trigger's (session
 * 19, news41). Only with the tied act's trigger between the phrase and the date, and no comma.
 */
export function datesTiedAct(text: string, d: DateMention, m: TrieMatch, triggers: readonly TrieMatch[]): boolean {
  if (d.start < m.end) return false;
  const between = text.slice(m.end, d.start);
  const tie = TIED_OPENING.exec(between);
  if (!tie || /[,;:()"“”]/.test(between)) return false;
  const opens = m.end + tie.index;
  return triggers.some((t) => t !== m && t.start > opens && t.end <= d.start);
}

export function pickDate(dates: DateMention[], m: TrieMatch): DateMention | null {
  const resolved = dates.filter((d) => d.value !== null);
  if (resolved.length === 0) return null;
  return resolved.reduce((a, b) => (dist(a, m) <= dist(b, m) ? a : b));
}
