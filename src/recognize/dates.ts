// Date recogniser: finds date expressions in article text and resolves them against the
// publication date. chrono-node does the heavy lifting for written dates; the rules here cover
// what news text needs and chrono does not: past bias ("on Monday" in a report is behind us),
// named events ("prior to Kabul's fall"), open-ended ranges ("since August 2021"), parts of
// periods ("mid-2023"), bare years ("in 2019") and calendar weeks.
//
// All day arithmetic is on UTC day numbers, so results never depend on the host's time zone.

import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision, Sentence } from '../model/types.ts';
import { CorroborateError } from '../model/errors.ts';
import { DAY_MS, dayOf, daysInMonth, isFastDay, isoDay, partsOf, weekdayOf } from './date-calendar.ts';
import { applyFutureTense } from './date-tense.ts';
import { applySentenceYear } from './date-sentence-year.ts';
import { annotateTimex } from './date-timex.ts';
import { timemlCandidates, type TimemlCandidate, type TimexHint } from './date-timeml.ts';
import { escapeRegExp, phraseSource } from './regex.ts';

const NO_REFERENCE = 'no publication date to resolve against';
const OPEN_START_NOTE = 'open start: the text gives no beginning for this range';

// ---------------------------------------------------------------------------------------------
// Calendar on day numbers (days since 1970-01-01, UTC).

/**
 * "YYYY-MM-DD" of a day: years 1000 to 9999 as the calendar module splits them, others as
 * Date#toISOString writes them (its sign and six digits outside that range).
 */
function isoOf(day: number): string {
  return isFastDay(day) ? isoDay(day) : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

function addMonths(day: number, months: number): number {
  const [y, m, d] = partsOf(day);
  const t = y * 12 + (m - 1) + months;
  const ny = Math.floor(t / 12);
  const nm = (t % 12) + 1;
  return dayOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** First and last day of a year, a month of it, or one day. */
function periodOf(y: number, m: number | null, d: number | null): [number, number] {
  if (m === null) return [dayOf(y, 1, 1), dayOf(y, 12, 31)];
  if (d === null) return [dayOf(y, m, 1), dayOf(y, m, daysInMonth(y, m))];
  const day = dayOf(y, m, d);
  return [day, day];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDay(value: string): number | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayOf(y, mo, d);
}

// ---------------------------------------------------------------------------------------------
// Candidates: what every rule proposes before overlaps are settled.

interface Candidate {
  start: number;
  end: number;
  /** First and last day, or null when the value needs a reference we do not have. */
  first: number | null;
  last: number | null;
  precision: DatePrecision;
  relative: boolean;
  rule: string;
  note?: string;
  /** Wins ties between overlapping candidates of equal length. */
  priority: number;
  /** Already carries its relation cue; the since/part wrappers must not extend it. */
  closed: boolean;
  /** The TimeML rules' own TIMEX3 reading (date-timeml.ts); others are read from the value. */
  hint?: TimexHint;
}

/** First day of a range the text leaves open ("prior to X"); written as the table's openStart. */
const OPEN_START = -Infinity;

const PRIORITY_CHRONO = 1;
const PRIORITY_RULE = 2;
const PRIORITY_EVENT = 3;

function candidate(
  start: number,
  end: number,
  span: [number, number] | null,
  precision: DatePrecision,
  relative: boolean,
  rule: string,
  priority: number,
): Candidate {
  return {
    start,
    end,
    first: span ? span[0] : null,
    last: span ? span[1] : null,
    precision,
    relative,
    rule,
    note: span ? undefined : NO_REFERENCE,
    priority,
    closed: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Cheap pre-filter: chrono and the sentence rules only run where one of these occurs.

function eitherCase(words: string[]): string {
  return words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
}

const DATEISH = new RegExp(
  [
    // Month names are only months when capitalised ("may", "march" are verbs).
    String.raw`\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`,
    // Some sources lower-case everything; these full names are months and days in any case.
    String.raw`\b(?:january|february|april|june|july|august|september|october|november|december)\b`,
    String.raw`\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b`,
    String.raw`\b(?:1[89]|20)\d\d(?:s\b|\b)`,
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}`,
    String.raw`\b(?:${eitherCase([
      'yesterday',
      'today',
      'tonight',
      'tomorrow',
      'overnight',
      'ago',
      'week',
      'weeks',
      'weekend',
      'month',
      'months',
      'year',
      'years',
      'days',
      'hours',
      'morning',
      'afternoon',
      'evening',
      'night',
    ])})\b`,
  ].join('|'),
);

// ---------------------------------------------------------------------------------------------
// chrono, configured for news and instrumented so every result names the parser behind it.

/** Parsers whose results are durations or clock times, not dates; the rules below do weeks. */
const UNUSED_PARSERS = new Set([
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeExpressionParser',
]);

/** Parsers that compute the whole date from the reference. */
const RELATIVE_PARSERS = new Set([
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENTimeUnitAgoFormatParser',
  'ENEndOfCurrentMonthParser',
]);

/**
 * What each parser's pattern cannot match without (its patterns are case-insensitive without the
 * 'u' flag, as these are): a sentence lacking it is not searched, which gives the same (empty)
 * result at the cost of one literal scan. Parsers not listed always run.
 */
const MONTH_GATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const PARSER_GATES: Record<string, RegExp> = {
  // "2016-03-01", "2016/03/01", "2016 Mar 1": four digits and a separator.
  ENYearMonthDayParser: /[0-9]{4}[-./\s]/,
  ISOFormatParser: /[0-9]{4}-[0-9]/,
  // "3/1/2016", "3.1", "3-1": digits around a separator.
  SlashDateFormatParser: /[0-9][-/.][0-9]/,
  ENSlashMonthFormatParser: /[0-9]\/[0-9]/,
  ENMonthNameLittleEndianParser: MONTH_GATE,
  ENMonthNameMiddleEndianParser: MONTH_GATE,
  ENYearMonthNameParser: MONTH_GATE,
  ENMonthNameParser: MONTH_GATE,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midnight|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
};

/**
 * Word gates of parsers whose patterns begin with chrono's word boundary, `(\W|^)`, and reach
 * their gate word through nothing but non-word characters or the letters listed here (the
 * optional words their patterns allow before it with no space: "on" and "this|last|past|next"
 * before a weekday, "last" before "night", "this" before "morning"): a gate word elsewhere
 * inside a word ("Africa", "unknown", "overnight", "showed") lets no match start, so it does
 * not pass the gate. chrono's first search of a sentence is the only one that can start a
 * parser's matches, and it sees the whole sentence, so `^` is its start.
 */
const WORD_START_GATES: Record<string, readonly string[]> = {
  ENWeekdayParser: ['on', 'this', 'last', 'past', 'next'],
  ENCasualDateParser: ['last'],
  ENCasualTimeParser: ['this'],
  ENEndOfCurrentMonthParser: [],
};

function tagged(parser: chrono.Parser, name: string): chrono.Parser {
  const tag = `parser/${name}`;
  // "24/7", "2-3", scores and fractions: a slash date is only trusted with its year. Rejected
  // here, before chrono's refiners can glue one onto a neighbouring date.
  const needsYear = name === 'SlashDateFormatParser';
  return {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      const result = parser.extract(context, match);
      // Some parsers reject with undefined rather than null.
      if (result === null || result === undefined) return null;
      if (needsYear && result instanceof chrono.ParsingResult && !result.start.isCertain('year')) return null;
      if (result instanceof chrono.ParsingResult || result instanceof chrono.ParsingComponents) {
        result.addTag(tag);
        return result;
      }
      return context.createParsingComponents(result).addTag(tag);
    },
  };
}

/**
 * Our parsers in chrono's order, each with the index of its gate in `gates` (-1: none), and a
 * chrono per set of gates that pass: a sentence is parsed by the parsers whose gate it passes
 * only. A parser left out could not have matched, so the results are the same, refiners included.
 */
interface NewsParsers {
  parsers: Array<{ parser: chrono.Parser; gate: number }>;
  refiners: chrono.Refiner[];
  gates: RegExp[];
  /** Indices of the gates tested as they are (the digit gates). */
  plainGates: number[];
  /**
   * The word gates (case-insensitive alternations of letters) as one scan of the lower-cased
   * sentence: every word of every such gate, longest first, and per word the bits of the gates
   * with a word it starts with. Lower-casing only adds occurrences, so a gate never fails
   * where its regex would pass; an extra pass only adds a parser that finds nothing.
   */
  wordScan: RegExp | null;
  wordBits: Map<string, number>;
  /** Bits of the word gates that pass only at a word start (WORD_START_GATES). */
  wordStartMask: number;
  /** Per gate index: the letters that may stand right before its word instead of a word start. */
  gluedBefore: Array<readonly string[]>;
  /** Some parser has no gate, so every sentence is parsed. */
  ungated: boolean;
  /** Each tagged parser's chrono name (for tests). */
  names: Map<chrono.Parser, string>;
  byGates: Map<number, chrono.Chrono>;
}

function buildParsers(dayFirst: boolean): NewsParsers {
  const config = chrono.en.configuration.createCasualConfiguration(dayFirst);
  const parsers: NewsParsers['parsers'] = [];
  const gates: RegExp[] = [];
  const gluedBefore: Array<readonly string[]> = [];
  let wordStartMask = 0;
  let ungated = false;
  const names = new Map<chrono.Parser, string>();
  for (const parser of config.parsers) {
    const name = parser.constructor.name;
    if (UNUSED_PARSERS.has(name)) continue;
    let gate = -1;
    if (Object.hasOwn(PARSER_GATES, name)) {
      gate = gates.indexOf(PARSER_GATES[name]);
      if (gate < 0) {
        gate = gates.push(PARSER_GATES[name]) - 1;
        // A gate shared by several parsers would need every one of them to start at a word.
        if (Object.hasOwn(WORD_START_GATES, name)) {
          wordStartMask |= 1 << gate;
          gluedBefore[gate] = WORD_START_GATES[name];
        }
      } else if ((wordStartMask & (1 << gate)) !== 0 && !Object.hasOwn(WORD_START_GATES, name)) {
        wordStartMask &= ~(1 << gate);
      }
    } else ungated = true;
    // The GB configuration skips "June 20" as a possible year; in news it is a day.
    if ('shouldSkipYearLikeDate' in parser) {
      (parser as { shouldSkipYearLikeDate: boolean }).shouldSkipYearLikeDate = false;
    }
    const wrapped = tagged(parser, name);
    names.set(wrapped, name);
    parsers.push({ parser: wrapped, gate });
  }
  if (gates.length > 30) throw new CorroborateError('E_DATA', 'dates: too many parser gates for a bit mask');
  const plainGates: number[] = [];
  const wordsOf: string[][] = [];
  gates.forEach((gate, g) => {
    if (gate.flags === 'i' && /^[a-z]+(?:\|[a-z]+)*$/.test(gate.source)) wordsOf[g] = gate.source.split('|');
    else {
      plainGates.push(g);
      wordStartMask &= ~(1 << g);
    }
  });
  const words = [...new Set(wordsOf.flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const wordBits = new Map<string, number>();
  for (const w of words) {
    let bits = 0;
    wordsOf.forEach((list, g) => {
      if (list.some((v) => w.startsWith(v))) bits |= 1 << g;
    });
    wordBits.set(w, bits);
  }
  const wordScan = words.length > 0 ? new RegExp(words.join('|'), 'g') : null;
  return {
    parsers, refiners: config.refiners, gates, plainGates, wordScan, wordBits, wordStartMask, gluedBefore, ungated, names, byGates: new Map(),
  };
}

const newsParsers = new Map<boolean, NewsParsers>();

/**
 * For tests: the names of the parsers whose gates a sentence passes, and of those left out;
 * every parser left out must find nothing in the sentence.
 */
export function chronoGatesFor(sentence: string, dayFirst = false): { run: string[]; skipped: string[] } {
  const instance = newsChrono(dayFirst, sentence, sentence.toLowerCase());
  const news = newsParsers.get(dayFirst)!;
  const run = new Set(instance ? instance.parsers : []);
  const all = news.parsers.map((p) => p.parser);
  const named = (ps: chrono.Parser[]) => ps.map((p) => news.names.get(p)!);
  return { run: named(all.filter((p) => run.has(p))), skipped: named(all.filter((p) => !run.has(p))) };
}

/** The chrono for a sentence: its parsers are those whose gate passes; null when none can match. */
function newsChrono(dayFirst: boolean, sentence: string, lower: string): chrono.Chrono | null {
  let news = newsParsers.get(dayFirst);
  if (!news) newsParsers.set(dayFirst, (news = buildParsers(dayFirst)));
  let passing = 0;
  for (const g of news.plainGates) if (news.gates[g].test(sentence)) passing |= 1 << g;
  const scan = news.wordScan;
  if (scan) {
    // Positions in `lower` are those of `sentence` when lower-casing kept the length (it never
    // shortens a text); otherwise no word-start test is made and those gates pass as before.
    const aligned = lower.length === sentence.length;
    // Every position where a gate word starts, each giving the bits of all words starting there.
    scan.lastIndex = 0;
    for (let m = scan.exec(lower); m !== null; m = scan.exec(lower)) {
      let bits = news.wordBits.get(m[0])!;
      const startOnly = bits & news.wordStartMask;
      if (startOnly !== 0 && aligned && !atWordStart(sentence, m.index)) {
        bits &= ~startOnly;
        for (let g = 0; g < news.gluedBefore.length; g++) {
          if ((startOnly & (1 << g)) !== 0 && endsWithAny(lower, m.index, news.gluedBefore[g])) bits |= 1 << g;
        }
      }
      passing |= bits;
      scan.lastIndex = m.index + 1;
    }
  }
  // No gate passes and every parser has one: no parser can match.
  if (passing === 0 && !news.ungated) return null;
  let instance = news.byGates.get(passing);
  if (!instance) {
    const parsers = news.parsers.filter((p) => p.gate < 0 || (passing & (1 << p.gate)) !== 0).map((p) => p.parser);
    instance = new chrono.Chrono({ parsers, refiners: news.refiners });
    news.byGates.set(passing, instance);
  }
  return instance;
}

/** chrono's `(\W|^)` before `at`: the start, or a character other than A-Z, a-z, 0-9 and _. */
function atWordStart(sentence: string, at: number): boolean {
  if (at === 0) return true;
  const c = sentence.charCodeAt(at - 1);
  return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95);
}

function endsWithAny(lower: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (lower.endsWith(w, at)) return true;
  return false;
}

const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/g;

/**
 * An ambiguous numeric date ("03/01/2016") is read month-first unless the document itself shows
 * day-first ("27/02/2016"): one document keeps one convention, so its unambiguous dates settle
 * the ambiguous ones. Month-first by default because every numeric date in our data (GTD, UCDP)
 * is month-first, while news prose, South Asian included, almost never writes dates with slashes.
 */
function readsDayFirst(text: string): boolean {
  if (!text.includes('/')) return false;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(SLASH_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  return dayFirst > monthFirst;
}

/** Stands in for the reference when there is none; anything resolved against it is discarded. */
const PLACEHOLDER_REFERENCE = dayOf(2000, 1, 1);

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi;
/**
 * Where a MONTH_WORD match could start in lower case ("march", "jAN"): its stem's first letter
 * lower-case, the other two in either case. Only such a match can make looksLikeJunk say yes, and
 * most chrono results have none, so the loop over MONTH_WORD (a regex cloned per matchAll) is skipped.
 */
const LOWER_MONTH_START = new RegExp(
  String.raw`\b(?:${['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
    .map((m) => m[0] + [...m.slice(1)].map((c) => `[${c}${c.toUpperCase()}]`).join(''))
    .join('|')})`,
);
const WEEKDAY_WORD = /\b(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?/gi;
const FULL_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const WEEKDAY_NAME = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** Lower-case month names that are not also verbs or adjectives. */
const PLAIN_MONTH = /^(?:january|february|april|june|july|september|october|november|december)$/;
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const BARE_MONTH_CUE =
  /\b(?:in|since|until|till|by|from|during|of|for|the|a|an|its|their|early|mid|late|last|next|this|between|through|before|after|to|and|or|end|beginning|start|middle)[\s-]*$/i;
const WEEKDAY_MODIFIER = /\b(?:this|next|coming|last|past)\b/i;
const CASUAL_DAY = /\b(today|tonight|yesterday|tomorrow|tmrw?|overmorrow|last\s+night)\b/i;
const CASUAL_DAY_OFFSET: Record<string, number> = {
  today: 0, tonight: 0, yesterday: -1, 'last night': -1, tomorrow: 1, tmr: 1, tmrw: 1, overmorrow: 2,
};
const WEEKDAY_OF_WEEK = /\b(this|last|past|next)\s*week$/i;
const LEADING_FILLER = /^(?:(?:on|in|at|during)\s+|[,(\s]+)+/i;
const TRAILING_FILLER = /[\s,(]+$/;

function looksLikeJunk(result: chrono.ParsedResult, tags: ReadonlySet<string>, parsers: string[], before: string): boolean {
  const text = result.text;
  if (tags.has('casualReference/now')) return true;
  // The weekend rule gives a two-day range; chrono would give one day.
  if (/week(?:end|day)/i.test(text)) return true;
  // "at night", "in the morning" without a day are not dates; "this morning" is.
  if (parsers.length === 1 && parsers[0] === 'ENCasualTimeParser' && !/^this\b/i.test(text)) return true;
  // "a year earlier", "the day before" count from an event in the story, not from publication.
  if (parsers.includes('ENTimeUnitAgoFormatParser') && !/\bago$/i.test(text)) return true;
  if (LOWER_MONTH_START.test(text)) for (const m of text.matchAll(MONTH_WORD)) {
    const word = m[0];
    if (word[0] === word[0].toUpperCase() || PLAIN_MONTH.test(word)) continue;
    // Lower-case "may", "march", "august" are a verb, a verb and an adjective, unless a year
    // makes them a date ("march 9, 2002" in a lower-cased feed).
    if (/^(?:may|march|august)$/.test(word) && result.start.isCertain('year')) continue;
    return true;
  }
  if (result.start.isCertain('weekday') || result.end?.isCertain('weekday')) {
    for (const m of text.matchAll(WEEKDAY_WORD)) {
      // "Sun", "Sat", "Wed" are a newspaper and two verbs far more often than days.
      if (!FULL_WEEKDAY.test(m[0])) return true;
    }
  }
  const start = result.start;
  if (
    !result.end &&
    start.isCertain('month') &&
    !start.isCertain('day') &&
    !start.isCertain('year') &&
    (!BARE_MONTH_CUE.test(before) || !FULL_MONTH.test(text.replace(/^in\s+/i, '').replace(TRAILING_FILLER, '')))
  ) {
    // A lone "May" or "March" needs a preposition to be a month ("in May", not "May God ...")
    // and its full name ("in Mar de Cobo" is a place).
    return true;
  }
  return false;
}

interface Resolved {
  span: [number, number];
  precision: DatePrecision;
  relative: boolean;
  pastBias: boolean;
}

/**
 * News reports the past: a day or month written without a year is the latest one that begins
 * no later than two months after publication. A report cannot describe a past event dated after
 * itself, so a date ahead is an announced one ("payable Jan. 2", "the summit on April 24"), and
 * writers leave the year out of dates near publication, not of dates ten months back. (On the
 * TempEval-3 dev halves two months beat two weeks, and longer windows changed nothing.)
 */
const FUTURE_GRACE_DAYS = 60;

function yearWithPastBias(ref: number, month: number, day: number | null): number {
  const [refYear] = partsOf(ref);
  const begins = dayOf(refYear, month, day ?? 1);
  return begins > ref + FUTURE_GRACE_DAYS ? refYear - 1 : refYear;
}

function resolveComponents(
  c: chrono.ParsedComponents,
  ref: number,
  relativeParser: boolean,
  text: string,
  anchorYear: number | null,
): Resolved | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const certainDay = c.isCertain('day');
  const certainMonth = c.isCertain('month');
  // A weekday is a day without a date ("on Friday night" too): we date it, chrono guesses.
  if (c.isCertain('weekday') && !certainDay) {
    const week = WEEKDAY_OF_WEEK.exec(text);
    if (week) {
      // "Monday last week" is in the calendar week before publication, not the latest Monday.
      const shift = /^(?:last|past)$/i.test(week[1]) ? -7 : /^next$/i.test(week[1]) ? 7 : 0;
      const d = mondayOf(ref) + shift + (((c.get('weekday') ?? 0) + 6) % 7);
      return { span: [d, d], precision: 'day', relative: true, pastBias: false };
    }
    if (WEEKDAY_MODIFIER.test(text)) {
      const d = dayOf(year, month, day);
      return { span: [d, d], precision: 'day', relative: true, pastBias: false };
    }
    const d = ref - ((weekdayOf(ref) - (c.get('weekday') ?? 0) + 7) % 7);
    return { span: [d, d], precision: 'day', relative: true, pastBias: true };
  }
  const casual = c.tags().has('parser/ENCasualDateParser') ? CASUAL_DAY.exec(text) : null;
  if (casual) {
    // chrono reads "last night" off the host clock; these words are whole days from publication.
    const d = ref + CASUAL_DAY_OFFSET[casual[1].toLowerCase().replace(/\s+/g, ' ')];
    return { span: [d, d], precision: 'day', relative: true, pastBias: false };
  }
  if (relativeParser) {
    // chrono computed these from the reference; what it marked certain gives the precision
    // ("three months ago" is a month, "this morning" is a day with nothing marked certain).
    if (!certainDay && !c.isCertain('weekday') && c.isCertain('year')) {
      const span = certainMonth ? periodOf(year, month, null) : periodOf(year, null, null);
      return { span, precision: certainMonth ? 'month' : 'year', relative: true, pastBias: false };
    }
    const d = dayOf(year, month, day);
    return { span: [d, d], precision: 'day', relative: true, pastBias: false };
  }
  if (!certainMonth) {
    if (!c.isCertain('year')) return null;
    return { span: periodOf(year, null, null), precision: 'year', relative: false, pastBias: false };
  }
  const d = certainDay ? day : null;
  if (c.isCertain('year')) {
    return { span: periodOf(year, month, d), precision: d ? 'day' : 'month', relative: false, pastBias: false };
  }
  const y = anchorYear ?? yearWithPastBias(ref, month, d);
  return {
    span: periodOf(y, month, d),
    precision: d ? 'day' : 'month',
    relative: anchorYear === null,
    pastBias: anchorYear === null,
  };
}

const PART_OF_DAY_OF_SOURCE = String.raw`\b(?:night|morning|evening|afternoon)\s+of(?=\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))`;
const PART_OF_DAY_OF = new RegExp(PART_OF_DAY_OF_SOURCE, 'i');
const PART_OF_DAY_OF_ALL = new RegExp(PART_OF_DAY_OF_SOURCE, 'gi');

function chronoCandidates(sentence: string, lower: string, offset: number, ref: number | null, dayFirst: boolean): Candidate[] {
  const refDay = ref ?? PLACEHOLDER_REFERENCE;
  const parser = newsChrono(dayFirst, sentence, lower);
  // No parser can match: chrono would find nothing, and its refiners keep an empty list empty.
  if (!parser) return [];
  // "on the night of November 25-26": chrono merges the part of the day with the date after it
  // and keeps neither (the result is the reference day); the part of the day is masked out, with
  // spaces, so that offsets hold and the date after it is read.
  const text = PART_OF_DAY_OF.test(sentence) ? sentence.replace(PART_OF_DAY_OF_ALL, (m) => ' '.repeat(m.length)) : sentence;
  const results = parser.parse(
    text,
    { instant: new Date(refDay * DAY_MS + DAY_MS / 2), timezone: 0 },
    { forwardDate: false },
  );
  const out: Candidate[] = [];
  for (const result of results) {
    const tags = result.tags();
    const parsers = [...tags]
      .filter((t) => t.startsWith('parser/'))
      .map((t) => t.slice('parser/'.length))
      .sort();
    if (looksLikeJunk(result, tags, parsers, sentence.slice(Math.max(0, result.index - 20), result.index))) continue;
    const named = WEEKDAY_NAME.exec(result.text);
    if (
      named &&
      result.start instanceof chrono.ParsingComponents &&
      !result.start.isCertain('day') &&
      !result.start.isCertain('weekday')
    ) {
      // chrono's time-then-weekday merge ("night on Friday") drops the weekday it matched.
      result.start.assign('weekday', WEEKDAY_STEMS.indexOf(named[1].toLowerCase()));
    }
    const relativeParser =
      parsers.some((p) => RELATIVE_PARSERS.has(p)) ||
      tags.has('result/relativeDate') ||
      [...tags].some((t) => t.startsWith('casualReference/'));
    const end = result.end;
    let resolved: Resolved | null;
    if (end) {
      const endYear = end.isCertain('year') ? end.get('year') : null;
      const startYear = result.start.isCertain('year') ? result.start.get('year') : null;
      let s = resolveComponents(result.start, refDay, relativeParser, result.text, endYear);
      const e = s && resolveComponents(end, refDay, relativeParser, result.text, startYear ?? partsOf(s.span[0])[0]);
      if (s && e && endYear !== null && startYear === null && s.span[0] > e.span[1]) {
        // "December to March 2024": the start is in the year before.
        s = resolveComponents(result.start, refDay, relativeParser, result.text, endYear - 1);
      }
      let last = e ? e.span[1] : null;
      if (s && e && end.isCertain('weekday') && !end.isCertain('day')) {
        // "Monday to Wednesday": the end is the first such weekday from the start on.
        last = s.span[0] + (((end.get('weekday') ?? 0) - weekdayOf(s.span[0]) + 7) % 7);
      } else if (s && e && last !== null && startYear === null && endYear === null && last < s.span[0]) {
        // "28 December to 3 January": the end runs into the next year.
        const [ey, em, ed] = partsOf(last);
        last = e.precision === 'day' ? dayOf(ey + 1, em, ed) : periodOf(ey + 1, em, null)[1];
      }
      resolved =
        s && e && last !== null && last >= s.span[0]
          ? { span: [s.span[0], last], precision: 'range', relative: s.relative || e.relative, pastBias: s.pastBias }
          : null;
    } else {
      resolved = resolveComponents(result.start, refDay, relativeParser, result.text, null);
    }
    if (!resolved) continue;
    const [y0] = partsOf(resolved.span[0]);
    if (y0 < 1000 || y0 > 2999) continue;
    const lead = LEADING_FILLER.exec(result.text)?.[0].length ?? 0;
    const trimmed = result.text.slice(lead).replace(TRAILING_FILLER, '');
    if (!trimmed) continue;
    const start = offset + result.index + lead;
    const usable = !(resolved.relative && ref === null);
    out.push(
      candidate(
        start,
        start + trimmed.length,
        usable ? resolved.span : null,
        resolved.precision,
        resolved.relative,
        `chrono:${parsers.join('+') || 'merged'}${resolved.pastBias && ref !== null ? '+past-bias' : ''}`,
        PRIORITY_CHRONO,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentence rules for what chrono leaves out.

const YEAR = String.raw`(?:1[89]|20)\d\d`;

// No "previous"/"earlier"/"later" alone: "the previous week" counts from an event in the story,
// not from publication, and we cannot tell which event.
const RELATIVE_PERIOD = new RegExp(
  String.raw`\b(?:(the)\s+)?(?:(earlier|later)\s+)?(this|last|next|past|coming)\s+(week|month|year|weekend)\b`,
  'gi',
);
const PART_OF_FOLLOWS = /^\s+of\b/i;
const THE_WEEKEND = /\b(?:over|at|during|on)\s+(the\s+weekend)\b/gi;

const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};
const TRAILING_WINDOW = new RegExp(
  String.raw`\b(?:the\s+)?(past|last|next|coming)\s+(\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})\s+(hours|days|weeks|months|years)\b`,
  'gi',
);
const YEAR_RANGE = new RegExp(
  String.raw`\b(?:(?:between|from)\s+(${YEAR})\s*(?:and|to|until|till|-|–|—)\s*(${YEAR})|(${YEAR})\s*[-–—]\s*(${YEAR}))\b(?![-/.]\d)`,
  'gi',
);
const BARE_YEAR = new RegExp(String.raw`(?<![\d,.$£€/:]|\d-)\b(${YEAR})\b(?![-/:]\d|[.,]\d)`, 'g');
const YEAR_CUE = new RegExp(
  String.raw`(?:\b(?:in|since|during|by|from|of|until|till|before|after|early|mid|late|throughout|around|circa|year|end of|start of|beginning of|middle of|half of|summer|winter|spring|autumn|monsoon)|${YEAR}\s*(?:,|and|or|to))[\s-]*$`,
  'i',
);
/** What every year rule (YEAR_RANGE, BARE_YEAR, DECADE) needs. */
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;
/** What YEAR_RANGE's year-dash-year needs: a digit, maybe spaces, a dash. */
const DIGIT_DASH = /\d\s*[-–—]/;
const DECADE = new RegExp(String.raw`\b(?:the\s+)?((?:1[89]|20)\d)0s\b`, 'gi');
const OVERNIGHT = /\bovernight\b/gi;
/** "did not happen overnight", "almost overnight": the idiom for "suddenly", not a night. */
const OVERNIGHT_IDIOM =
  /(?:\b(?:not|never|won['’]t|can['’]t)|n['’]t)\s+(?:\S+\s+){0,3}$|\b(?:almost|virtually|nearly|practically|literally|seemingly)\s+$/i;

function relativePeriods(sentence: string, offset: number, ref: number | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of sentence.matchAll(RELATIVE_PERIOD)) {
    const the = Boolean(m[1]);
    const edge = m[2]?.toLowerCase() ?? null;
    const modifier = m[3].toLowerCase();
    const unit = m[4].toLowerCase();
    if (the && (modifier === 'this' || unit === 'weekend')) continue;
    // "the last week of August" is part of another date, not a window before publication.
    if (the && PART_OF_FOLLOWS.test(sentence.slice(m.index + m[0].length))) continue;
    const start = offset + m.index;
    const rule = `relative-period:${edge ? `${edge}-` : ''}${the ? 'the-' : ''}${modifier}-${unit}`;
    const window = the || (modifier === 'past' && unit !== 'weekend');
    const narrowed = edge !== null && modifier === 'this';
    let precision: DatePrecision =
      window || narrowed || unit === 'week' || unit === 'weekend' ? 'range' : (unit as 'month' | 'year');
    if (ref === null) {
      out.push(candidate(start, start + m[0].length, null, precision, true, rule, PRIORITY_RULE));
      continue;
    }
    const back = modifier === 'last' || modifier === 'past';
    const step = back ? -1 : modifier === 'this' ? 0 : 1;
    let span: [number, number];
    if (window) {
      // "the past week", "over the last year": the trailing window up to publication.
      const shift = (d: number, k: number) =>
        unit === 'week' ? d + 7 * k : unit === 'month' ? addMonths(d, k) : addMonths(d, 12 * k);
      span = step < 0 ? [shift(ref, -1), ref] : [ref, shift(ref, 1)];
    } else if (unit === 'week' || unit === 'weekend') {
      const monday = mondayOf(ref) + 7 * step;
      span = unit === 'week' ? [monday, monday + 6] : [monday + 5, monday + 6];
    } else {
      const [y, mo] = partsOf(ref);
      const t = y * 12 + (mo - 1) + step;
      span = unit === 'month' ? periodOf(Math.floor(t / 12), (t % 12) + 1, null) : periodOf(y + step, null, null);
    }
    if (narrowed) {
      // "earlier this month" runs up to publication, "later this year" from it.
      span = edge === 'earlier' ? [span[0], Math.min(ref, span[1])] : [Math.max(ref, span[0]), span[1]];
    }
    out.push(candidate(start, start + m[0].length, span, precision, true, rule, PRIORITY_RULE));
  }
  for (const m of sentence.matchAll(THE_WEEKEND)) {
    const start = offset + m.index + m[0].length - m[1].length;
    let span: [number, number] | null = null;
    if (ref !== null) {
      // Past bias: on a Saturday or Sunday "the weekend" is the current one, else the last.
      const monday = mondayOf(ref);
      const wd = weekdayOf(ref);
      span = wd === 0 || wd === 6 ? [monday + 5, monday + 6] : [monday - 2, monday - 1];
    }
    out.push(candidate(start, start + m[1].length, span, 'range', true, 'relative-period:the-weekend', PRIORITY_RULE));
  }
  return out;
}

function trailingWindows(sentence: string, offset: number, ref: number | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of sentence.matchAll(TRAILING_WINDOW)) {
    if (PART_OF_FOLLOWS.test(sentence.slice(m.index + m[0].length))) continue;
    const forward = /^(?:next|coming)$/i.test(m[1]);
    const count = COUNT_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
    const unit = m[3].toLowerCase();
    const start = offset + m.index;
    let span: [number, number] | null = null;
    if (ref !== null) {
      const k = forward ? count : -count;
      const other =
        unit === 'hours'
          ? ref + Math.sign(k) * Math.ceil(count / 24)
          : unit === 'days'
            ? ref + k
            : unit === 'weeks'
              ? ref + 7 * k
              : addMonths(ref, unit === 'months' ? k : 12 * k);
      span = forward ? [ref, other] : [other, ref];
    }
    out.push(candidate(start, start + m[0].length, span, 'range', true, `relative-window:${unit}`, PRIORITY_RULE));
  }
  return out;
}

/**
 * `lower` is the sentence lower-cased. YEAR_RANGE and DECADE cannot be searched fast (their
 * matches start with a word boundary, an optional word or a choice of words), and most sentences
 * with a year hold neither: each is run only where what it cannot match without occurs, a "from"
 * or "between" (case-insensitively: `lower` has each occurrence) or a dash after a digit, and
 * "0s" ("1990s", "1990S").
 */
function yearRules(sentence: string, offset: number, lower: string): Candidate[] {
  const out: Candidate[] = [];
  const mayRange = lower.includes('from') || lower.includes('between') || DIGIT_DASH.test(sentence);
  if (mayRange) for (const m of sentence.matchAll(YEAR_RANGE)) {
    const a = Number(m[1] ?? m[3]);
    const b = Number(m[2] ?? m[4]);
    if (b <= a) continue;
    const start = offset + m.index;
    out.push(
      candidate(start, start + m[0].length, [dayOf(a, 1, 1), dayOf(b, 12, 31)], 'range', false, 'year-range', PRIORITY_RULE),
    );
  }
  for (const m of sentence.matchAll(BARE_YEAR)) {
    if (!YEAR_CUE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    const y = Number(m[1]);
    const start = offset + m.index;
    out.push(candidate(start, start + 4, periodOf(y, null, null), 'year', false, 'year', PRIORITY_RULE));
  }
  if (lower.includes('0s')) for (const m of sentence.matchAll(DECADE)) {
    const y = Number(m[1]) * 10;
    const start = offset + m.index;
    out.push(candidate(start, start + m[0].length, [dayOf(y, 1, 1), dayOf(y + 9, 12, 31)], 'range', false, 'decade', PRIORITY_RULE));
  }
  return out;
}

function overnight(sentence: string, offset: number, ref: number | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of sentence.matchAll(OVERNIGHT)) {
    if (OVERNIGHT_IDIOM.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const start = offset + m.index;
    // The night before publication spans two calendar days; we claim both rather than guess.
    const span: [number, number] | null = ref === null ? null : [ref - 1, ref];
    out.push(candidate(start, start + m[0].length, span, 'range', true, 'overnight', PRIORITY_RULE));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Known events (data/known-events.json).

interface KnownEvent {
  id: string;
  first: number;
  last: number;
  standalone: boolean;
}

interface KnownEventTable {
  openStart: string;
  pattern: RegExp;
  /** Cheap necessary condition for `pattern`: one literal piece of every name. */
  prefilter: { test(text: string): boolean };
  byName: Map<string, KnownEvent>;
  before: RegExp;
  after: RegExp;
}

const KNOWN_EVENTS_URL = new URL('../../data/known-events.json', import.meta.url);

function normaliseName(s: string): string {
  return s.toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ');
}

function escapeName(s: string): string {
  return phraseSource(s, "['’ʼ`]");
}

function cueRegex(cues: unknown, where: string): RegExp {
  if (!Array.isArray(cues) || cues.length === 0 || !cues.every((c) => typeof c === 'string' && c.trim())) {
    throw new CorroborateError('E_DATA', `known-events.json: cues.${where} must be a non-empty list of phrases`);
  }
  const sorted = [...cues].sort((a, b) => b.length - a.length).map(escapeName);
  return new RegExp(String.raw`(?:^|[^\p{L}\p{N}])((?:${sorted.join('|')}))\s+(?:the\s+)?$`, 'iu');
}

function loadKnownEvents(): KnownEventTable {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(KNOWN_EVENTS_URL, 'utf8'));
  } catch (e) {
    throw new CorroborateError('E_DATA', `known-events.json: cannot read ${KNOWN_EVENTS_URL.pathname}: ${(e as Error).message}`);
  }
  const table = raw as { openStart?: unknown; cues?: { before?: unknown; after?: unknown }; events?: unknown };
  if (typeof table.openStart !== 'string' || !ISO_DATE.test(table.openStart)) {
    throw new CorroborateError('E_DATA', 'known-events.json: openStart must be a YYYY-MM-DD date');
  }
  if (!Array.isArray(table.events)) throw new CorroborateError('E_DATA', 'known-events.json: events must be a list');
  const byName = new Map<string, KnownEvent>();
  const ids = new Set<string>();
  for (const e of table.events as Array<Record<string, unknown>>) {
    const id = e.id;
    const first = typeof e.start === 'string' ? parseIsoDay(e.start) : null;
    const last = typeof e.end === 'string' ? parseIsoDay(e.end) : null;
    if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id) || ids.has(id)) {
      throw new CorroborateError('E_DATA', `known-events.json: bad or duplicate event id ${JSON.stringify(id)}`);
    }
    if (first === null || last === null || last < first) {
      throw new CorroborateError('E_DATA', `known-events.json: event "${id}" needs start <= end as YYYY-MM-DD`);
    }
    if (!Array.isArray(e.patterns) || e.patterns.length === 0) {
      throw new CorroborateError('E_DATA', `known-events.json: event "${id}" has no patterns`);
    }
    ids.add(id);
    const event: KnownEvent = { id, first, last, standalone: e.standalone !== false };
    for (const p of e.patterns) {
      if (typeof p !== 'string' || !p.trim()) {
        throw new CorroborateError('E_DATA', `known-events.json: event "${id}" has an empty pattern`);
      }
      const key = normaliseName(p);
      const other = byName.get(key);
      if (other) throw new CorroborateError('E_DATA', `known-events.json: "${p}" names both "${other.id}" and "${id}"`);
      byName.set(key, event);
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeName);
  return {
    openStart: table.openStart,
    prefilter: prefilterOf([...byName.keys()]),
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_/.])(?:${names.join('|')})(?![\p{L}\p{N}_]|[/-]\d)`, 'giu'),
    byName,
    before: cueRegex(table.cues?.before, 'before'),
    after: cueRegex(table.cues?.after, 'after'),
  };
}

/**
 * How many of ~6,700 GTD/ACLED dev texts contain a piece of a known-event name (pieces in 20+
 * texts only); the prefilter keys each name by its rarest piece. Tuning only: any choice of
 * piece gives the same matches.
 */
const PIECE_FREQUENCY: Record<string, number> = {
  11: 534, s: 6679, on: 6615, the: 6034, of: 4556, red: 2544, us: 2079, attack: 2056, afghan: 1817, ghani: 1807,
  afghanistan: 1807, police: 1213, from: 628, government: 495, attacks: 449, fata: 404, air: 320, school: 247,
  army: 187, suicide: 167, strike: 166, killing: 164, kabul: 163, public: 157, former: 116, invasion: 115,
  peace: 113, laden: 103, raid: 94, operation: 93, bin: 91, airstrike: 68, lal: 61, strikes: 60, airstrikes: 51,
  gate: 49, mosque: 48, shooting: 48, agreement: 47, accord: 45, areas: 41, express: 40, tribal: 34, american: 21,
};

/**
 * Every text `pattern` matches contains, literally under the same 'iu' folding, each space- or
 * apostrophe-separated piece of the name it matched; a text without any chosen piece is skipped
 * without running the big alternation and its look-behind.
 */
function prefilterOf(keys: string[]): { test(text: string): boolean } {
  const chosen = new Set<string>();
  for (const key of keys) {
    const pieces = key.split(/[ ']/).filter((x) => x !== '');
    const freq = (x: string) => (Object.hasOwn(PIECE_FREQUENCY, x) ? PIECE_FREQUENCY[x] : 0);
    chosen.add(pieces.reduce((a, b) => (freq(b) < freq(a) ? b : a)));
  }
  const source = trieSource([...chosen]);
  if (!/^[\x00-\x7f]*$/.test(source) || source !== source.toLowerCase()) return new RegExp(source, 'iu');
  // Under 'iu' an ASCII letter matches its two cases, and "k" also the Kelvin sign (U+212A), "s"
  // also "ſ" (U+017F). Lower-casing the text maps all of those but "ſ" to the pattern's letters,
  // so a case-sensitive search of the lower-cased text, or an "ſ", is a necessary condition.
  const lower = new RegExp(source);
  return { test: (text: string) => {
    const t = text.toLowerCase();
    return lower.test(t) || t.includes('\u017f');
  } };
}

/**
 * An alternation of literal words as a trie ("a(?:ps|merican)|b(?:in|alakot)"), which the regex
 * engine searches much faster than a flat list; matches the same strings as the flat list.
 */
function trieSource(words: string[]): string {
  const build = (ws: string[]): string => {
    const byFirst = new Map<string, string[]>();
    let end = false;
    for (const w of ws) {
      if (w === '') end = true;
      else byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w.slice(1)]);
    }
    const alts = [...byFirst].map(([c, rest]) => escapeRegExp(c) + build(rest));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return end ? `(?:${body})?` : body;
  };
  const src = build(words);
  return src === '' ? '(?!)' : src;
}

let knownEventTable: KnownEventTable | null = null;

function knownEvents(): KnownEventTable {
  knownEventTable ??= loadKnownEvents();
  return knownEventTable;
}

const FOLLOWING_YEAR = new RegExp(String.raw`^\s*(?:in|of|,)?\s*(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}\s+)?(${YEAR})\b`);

function knownEventCandidates(text: string, sentenceStartOf: (pos: number) => number, ref: number | null): Candidate[] {
  const table = knownEvents();
  const out: Candidate[] = [];
  if (!table.prefilter.test(text)) return out;
  for (const m of text.matchAll(table.pattern)) {
    const event = table.byName.get(normaliseName(m[0]));
    if (!event) continue;
    const end = m.index + m[0].length;
    const next = FOLLOWING_YEAR.exec(text.slice(end, end + 30));
    if (next) {
      // "the fall of Kabul in 1996" is another fall.
      const y = Number(next[1]);
      if (y < partsOf(event.first)[0] || y > partsOf(event.last)[0]) continue;
    }
    const from = Math.max(sentenceStartOf(m.index), m.index - 40);
    const before = text.slice(from, m.index);
    const rule = `known-event:${event.id}`;
    const cueBefore = table.before.exec(before);
    const cueAfter = cueBefore ? null : table.after.exec(before);
    const cue = cueBefore ?? cueAfter;
    if (cue) {
      const start = from + cue.index + cue[0].indexOf(cue[1]);
      let c: Candidate;
      if (cueBefore) {
        c = candidate(start, end, null, 'range', false, `${rule}:before`, PRIORITY_EVENT);
        c.first = OPEN_START;
        c.last = event.last;
        c.note = OPEN_START_NOTE;
      } else {
        const span: [number, number] | null = ref === null || ref < event.first ? null : [event.first, ref];
        c = candidate(start, end, span, 'range', true, `${rule}:after`, PRIORITY_EVENT);
        if (span === null && ref !== null) continue;
      }
      c.closed = true;
      out.push(c);
      continue;
    }
    if (!event.standalone) continue;
    const c = candidate(
      m.index,
      end,
      [event.first, event.last],
      event.first === event.last ? 'day' : 'range',
      false,
      rule,
      PRIORITY_EVENT,
    );
    c.closed = true;
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Wrappers: a relation or part word in front of a date changes its value.

const PERIOD_PART =
  /(?:^|[^\p{L}])((early|mid|late)(?:\s*-\s*|\s+)|(?:the\s+)?(beginning|start|middle|end|first\s+half|second\s+half)\s+of\s+(?:the\s+)?)$/iu;
const SINCE = /(?:^|[^\p{L}])((?:ever\s+)?since\s+)$/iu;

type Part = 'early' | 'mid' | 'late' | 'first-half' | 'second-half';

function partOf(word: string): Part {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'early' || w === 'beginning' || w === 'start') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  if (w === 'first half') return 'first-half';
  if (w === 'second half') return 'second-half';
  return 'late';
}

/** Early/mid/late split a year into thirds (Jan-Apr, May-Aug, Sep-Dec) and a month into 1-10, 11-20, 21-end. */
function narrow(c: Candidate, part: Part): [number, number] | null {
  if (c.first === null || c.last === null) return null;
  const [y, m] = partsOf(c.first);
  if (c.precision === 'year') {
    const months: Record<Part, [number, number]> = {
      early: [1, 4], mid: [5, 8], late: [9, 12], 'first-half': [1, 6], 'second-half': [7, 12],
    };
    const [a, b] = months[part];
    return [dayOf(y, a, 1), dayOf(y, b, daysInMonth(y, b))];
  }
  const end = daysInMonth(y, m);
  const days: Record<Part, [number, number]> = {
    early: [1, 10], mid: [11, 20], late: [21, end], 'first-half': [1, 15], 'second-half': [16, end],
  };
  const [a, b] = days[part];
  return [dayOf(y, m, a), dayOf(y, m, b)];
}

function applyWrappers(c: Candidate, text: string, floor: number, ref: number | null): Candidate {
  if (c.closed) return c;
  let out = c;
  if (out.precision === 'year' || out.precision === 'month') {
    const part = PERIOD_PART.exec(text.slice(Math.max(floor, out.start - 40), out.start));
    if (part) {
      const which = partOf(part[2] ?? part[3]);
      const span = narrow(out, which);
      out = {
        ...out,
        start: out.start - part[1].length,
        first: span ? span[0] : null,
        last: span ? span[1] : null,
        precision: 'range',
        rule: `period-part:${which}+${out.rule}`,
      };
    }
  }
  const since = SINCE.exec(text.slice(Math.max(floor, out.start - 20), out.start));
  if (since && !(out.first !== null && ref !== null && out.first > ref)) {
    const usable = out.first !== null && ref !== null;
    out = {
      ...out,
      start: out.start - since[1].length,
      first: usable ? out.first : null,
      last: usable ? ref : null,
      precision: 'range',
      relative: true,
      rule: `since-range+${out.rule}`,
      note: usable ? undefined : NO_REFERENCE,
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// TimeML-only expressions (date-timeml.ts): durations, sets, references, quarters, seasons.

const TIMEML_NOTES: Record<string, string> = {
  DURATION: 'a duration: a length of time, not a date',
  SET: 'a repetition: a set of times, not one date',
  REF: 'a reference to the present, the past or the future, not a calendar date',
  ANCHOR: 'counts from another date in the text',
};

function fromTimeml(t: TimemlCandidate): Candidate {
  const c = candidate(t.start, t.end, t.span, t.precision, t.relative, t.rule, PRIORITY_CHRONO);
  if (!t.span) {
    c.note =
      'anchor' in t.hint ? TIMEML_NOTES.ANCHOR : /_REF$/.test(t.hint.value) ? TIMEML_NOTES.REF : (TIMEML_NOTES[t.hint.type] ?? NO_REFERENCE);
  }
  c.hint = t.hint;
  c.closed = true;
  return c;
}

// ---------------------------------------------------------------------------------------------
// The recogniser.

function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "overnight" next to a dated day ("overnight on Monday") adds nothing to it. */
function dropRedundantOvernight(candidates: Candidate[], text: string): Candidate[] {
  return candidates.filter((c, i) => {
    if (c.rule !== 'overnight') return true;
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    const joins = (gap: string) => /^\s*(?:on|into|of|,)?\s*$/i.test(gap);
    if (next && next.precision === 'day' && joins(text.slice(c.end, next.start))) return false;
    if (prev && prev.precision === 'day' && joins(text.slice(prev.end, c.start))) return false;
    return true;
  });
}

/**
 * (Session 24, news70) "Pakistan closed the crossing on Sunday after border forces exchanged heavy
 * fire overnight", "Border forces exchanged fire overnight before the crossing was closed on
 * Sunday": the night the sentence ties to a dated day by "after" or "before" is the night into
 * that day, not the night before publication.
 */
export const OVERNIGHT_INTO_DAY_RULE = 'overnight+into-day';

function overnightIntoDay(candidates: Candidate[], text: string, sentenceStartOf: (pos: number) => number): Candidate[] {
  if (!candidates.some((c) => c.rule === 'overnight')) return candidates;
  const oneDay = (d: Candidate | undefined): d is Candidate => !!d && d.precision === 'day' && d.first !== null && d.first === d.last;
  return candidates.map((c, i) => {
    if (c.rule !== 'overnight') return c;
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    const day =
      oneDay(prev) && sentenceStartOf(prev.start) === sentenceStartOf(c.start) && /\bafter\b/i.test(text.slice(prev.end, c.start)) ? prev
      : oneDay(next) && sentenceStartOf(next.start) === sentenceStartOf(c.start) && /\bbefore\b/i.test(text.slice(c.end, next.start)) ? next
      : null;
    return day ? { ...c, first: day.first! - 1, last: day.first, rule: OVERNIGHT_INTO_DAY_RULE, note: undefined } : c;
  });
}

function sentenceFinder(sentences: Sentence[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= pos) {
        found = sentences[mid].start;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };
}

/**
 * Finds the date expressions in `text`. `sentences` bound the search (each is parsed on its
 * own); `published` (YYYY-MM-DD) resolves relative expressions, which stay unresolved without it.
 * Returns mentions sorted by start and non-overlapping.
 */
export function recognizeDates(text: string, sentences: Sentence[], published: string | null): DateMention[] {
  return recognizeDatesMany([{ text, sentences, published }])[0];
}

/** One text's work between the phases of recognizeDatesMany. */
interface DatesWork {
  text: string;
  spans: Sentence[];
  ref: number | null;
  sentenceStartOf: (pos: number) => number;
  dayFirst: boolean;
  known: Candidate[];
  /** Per sentence: its text, lower-cased text, TimeML candidates and chrono's (null: not date-ish). */
  sentences: string[];
  lowers: string[];
  timeml: Candidate[][];
  chrono: Array<Candidate[] | null>;
}

/**
 * recognizeDates of each text. Each rule family runs over every sentence of every text before
 * the next (the TimeML rules, then chrono, then the rest), so that chrono's large code and the
 * rules' tables each stay in the CPU caches; the candidates of each text are then put together
 * in recognizeDates' order, so the mentions are the same.
 */
export function recognizeDatesMany(inputs: ReadonlyArray<{ text: string; sentences: Sentence[]; published: string | null }>): DateMention[][] {
  const works: DatesWork[] = inputs.map(({ text, sentences, published }) => {
    let ref: number | null = null;
    if (published !== null) {
      ref = parseIsoDay(published);
      if (ref === null) {
        throw new CorroborateError('E_BAD_OPTION', `dates: published must be a YYYY-MM-DD date or null, got "${published}"`);
      }
    }
    const spans: Sentence[] = sentences.length
      ? sentences
      : [{ start: 0, end: text.length, heading: false, paragraph: 0 }];
    const sentenceStartOf = sentenceFinder(spans);
    const dayFirst = readsDayFirst(text);
    const known = knownEventCandidates(text, sentenceStartOf, ref);
    return { text, spans, ref, sentenceStartOf, dayFirst, known, sentences: [], lowers: [], timeml: [], chrono: [] };
  });
  for (const w of works) {
    for (const s of w.spans) {
      const sentence = w.text.slice(s.start, s.end);
      // The rules' patterns are ASCII-case-insensitive without 'u'; each needs the word tested
      // here in the lower-cased sentence (lower-casing only ever adds such words), so a sentence
      // without it gives that rule nothing.
      const lower = sentence.toLowerCase();
      w.sentences.push(sentence);
      w.lowers.push(lower);
      w.timeml.push(timemlCandidates(sentence, s.start, w.ref, lower).map(fromTimeml));
    }
  }
  for (const w of works) {
    for (let i = 0; i < w.spans.length; i++) {
      const sentence = w.sentences[i];
      w.chrono.push(DATEISH.test(sentence) ? chronoCandidates(sentence, w.lowers[i], w.spans[i].start, w.ref, w.dayFirst) : null);
    }
  }
  return works.map(finishDates);
}

/** The candidates of one text in order (known events, then sentence by sentence), settled into mentions. */
function finishDates(w: DatesWork): DateMention[] {
  const { text, ref, sentenceStartOf } = w;
  const candidates: Candidate[] = w.known;
  for (let i = 0; i < w.spans.length; i++) {
    for (const c of w.timeml[i]) candidates.push(c);
    const chronoFound = w.chrono[i];
    if (chronoFound === null) continue;
    const sentence = w.sentences[i];
    const lower = w.lowers[i];
    const start = w.spans[i].start;
    for (const c of chronoFound) candidates.push(c);
    if (lower.includes('week') || lower.includes('month') || lower.includes('year')) {
      for (const c of relativePeriods(sentence, start, ref)) candidates.push(c);
    }
    if (
      lower.includes('hours') ||
      lower.includes('days') ||
      lower.includes('weeks') ||
      lower.includes('months') ||
      lower.includes('years')
    ) {
      for (const c of trailingWindows(sentence, start, ref)) candidates.push(c);
    }
    if (YEAR_DIGITS.test(sentence)) for (const c of yearRules(sentence, start, lower)) candidates.push(c);
    if (lower.includes('overnight')) for (const c of overnight(sentence, start, ref)) candidates.push(c);
  }
  const settled = overnightIntoDay(dropRedundantOvernight(settleOverlaps(candidates), text), text, sentenceStartOf);
  const openStart = knownEvents().openStart;
  const mentions: DateMention[] = [];
  const hints: Array<TimexHint | undefined> = [];
  let floor = 0;
  for (const raw of settled) {
    const c = applyWrappers(raw, text, Math.max(floor, sentenceStartOf(raw.start)), ref);
    floor = c.end;
    const value =
      c.first === null || c.last === null
        ? null
        : { start: c.first === OPEN_START ? openStart : isoOf(c.first), end: isoOf(c.last) };
    const mention: DateMention = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value,
      precision: c.precision,
      relative: c.relative,
      resolved: value !== null,
      rule: c.rule,
      // Present from the start (undefined until set, here and by annotateTimex), in the order they
      // were added before: every date mention has one hidden class, so toAnalysis' dates callback
      // and the events code that read them see one map (session 21, perf21).
      note: undefined,
      timex: undefined,
    };
    const note = value === null ? (c.note ?? NO_REFERENCE) : c.note;
    if (note) mention.note = note;
    mentions.push(mention);
    hints.push(c.hint);
  }
  applyFutureTense(mentions, text, ref, sentenceStartOf);
  applySentenceYear(mentions, text, sentenceStartOf);
  annotateTimex(mentions, hints, sentenceStartOf);
  return mentions;
}
