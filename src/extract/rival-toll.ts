import type { DateMention, Doc, EventCount, EventRecord, Quantity, Span } from '../model/types.ts';
import { pronounAntecedent } from '../recognize/attribution-anaphora.ts';

// (Session 21, news48) "Police said 12 soldiers were killed; the Taliban put the toll at eight":
// two tellers give two figures for one act. Neither is dropped, summed or overwritten: the first
// stays the event's count of its kind (the one consumers read first) and a teller's figure that
// differs joins the counts as a second of the same kind, marked with who gave it (`toldBy`), so a
// contradiction inside one article is visible on the event.

/**
 * (news55) What the toll is of, between the noun and its figure: "revised the toll from the blast
 * to seven", "put the death toll in Monday's bombing at 12", "revised the toll from nine to
 * seven". Up to five words after "from/in/of/for"; the figure is still the one after "to/at".
 */
const OF_ACT = String.raw`(?:(?:from|in|of|for)\s+((?:[\p{L}\d'’,.-]+\s+){1,5}?))?`;

/**
 * "<teller> put the (death) toll at N", "<teller> gave the figure as N" (news64: also "put the
 * toll higher, at N", "much lower at N"): the teller's words
 * (up to six, after the clause's start) before the verb; the figure follows. A connective after
 * the clause's comma (", but the Taliban put …") opens the clause, not the teller's words.
 * (news64) No words after "and" ("Police said 12 died and put the toll at 14"): the verb shares
 * the subject of the verb before "and", read by namedTellers from the sentence's source. A
 * relative clause opens a clause too, its teller the antecedent: "a statement in which it put the
 * toll at 40" ("it", resolved as any pronoun teller), "Doctors at the hospital, who put the toll at
 * 14, said" ("who" alone: the words before it, RELATIVE_ANTECEDENT).
 */
const TELLER_TOLL = new RegExp(
  String.raw`(?:^|[;,:]\s*(?:(?:while|but|whereas|and)\s+)?|\b(?:while|but|whereas|and)\s+|\b(?:in|on|by|with|through)\s+which\s+)((?:[\p{L}'’.-]+\s+){1,6}?|(?<=\band\s+))(?:(?:put|puts|putting|placed|places|gave|gives|giving)\s+the\s+(?:(death|casualty|injury)\s+)?(?:toll|figure)\s+${OF_ACT}(?:(?:much\s+|even\s+|far\s+)?(?:higher|lower),?\s+)?(?:at|as)|(revised|revises|revising|corrected|corrects|correcting|updated|updates|amended|lowered|lowers|reduced|raised)\s+(?:(?:down|downward|up|upward)\s+)?the\s+(?:(death|casualty|injury)\s+)?(?:toll|figure)\s+${OF_ACT}(?:(?:down|downward|up|upward)\s+)?(?:to|at))\s+$`, 'iu');

/** The antecedent before "who" (up to six words from its clause's start), a comma allowed before the relative. */
const RELATIVE_ANTECEDENT = /(?:^|[;:]\s*|,\s*(?:(?:while|but|whereas|and)\s+)?|\b(?:while|but|whereas|and)\s+)((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+),?\s+who\s+$/iu;

/** The noun every TELLER_TOLL reading holds before its figure. */
const TOLL_WORD = /\b(?:toll|figure)\b/i;

/**
 * (Session 21, news52) "The police later revised the toll to nine": a teller's later figure for
 * the same act replaces none and makes no act of its own; it is kept as the revision. A revising
 * verb says so, and so does "later"/"subsequently" before "put the toll at"; that adverb is not
 * part of the teller's words.
 */
const LATER_WORD = /\s+(?:later|subsequently|afterwards|then)$/i;

export interface RivalToll {
  kind: 'killed' | 'wounded';
  quantity: Quantity;
  teller: Span & { text: string };
  /** The teller corrects an earlier figure ("revised the toll to", "later put the toll at"). */
  revision: boolean;
  /**
   * (news57) The last word of what the toll is said to be of ("from the clashes" → "clashes",
   * "in Monday's bombing" → "bombing"), lower-cased; absent when the teller names nothing.
   */
  of?: string;
  /** (news60) How the teller was named when its words are a pronoun ("pronoun-of:S-E", as claims say it). */
  named?: string;
  /** (news70) A count of bodies received ("the hospital had received 27 bodies"), not a toll word. */
  bodies?: true;
}

/**
 * (news57) A date phrase opening the teller's clause ("On Tuesday the police revised …", "Late on
 * Tuesday, …"): a preposition or two at most before the date mention, nothing else.
 */
const BEFORE_DATE = /(?:^|[;,:]\s*(?:(?:while|but|whereas|and)\s+)?)(?:(?:late|early|later|earlier)\s+)?(?:(?:on|by|in|at)\s+)?$/i;

/** Where the teller's words may start after a date phrase that opens the clause before `end`, or -1. */
function afterOpeningDate(text: string, sentenceStart: number, dates: readonly DateMention[], end: number): number {
  let at = -1;
  for (const d of dates) {
    if (d.start < sentenceStart || d.end >= end) continue;
    if (BEFORE_DATE.test(text.slice(sentenceStart, d.start))) at = Math.max(at, d.end);
  }
  if (at < 0) return -1;
  const gap = /^[\s,]*/.exec(text.slice(at, end))!;
  return at + gap[0].length;
}

/** What comes before a date inside a teller's words: a preposition, "late" or "early" before it. */
const BEFORE_INNER_DATE = /\s+(?:(?:late|early)\s+)?(?:(?:on|by|in|at)\s+)?$/i;

/** The teller's words `said` (from `start`) cut before the first date mention inside them, with its preposition; else as they are. */
function beforeInnerDate(said: string, start: number, dates: readonly DateMention[]): string {
  let cut = said.length;
  for (const d of dates) if (d.start > start && d.end <= start + said.length && d.start - start < cut) cut = d.start - start;
  if (cut === said.length) return said;
  const words = said.slice(0, cut).replace(BEFORE_INNER_DATE, '');
  return words.length > 0 ? words : said;
}

/**
 * (news62) The text from `from` to `to` with the date mentions in it blanked, offsets kept: a
 * teller's words take no figure ("Police said 12 died and put the toll at 14" names no teller),
 * but a date among them is no figure ("The police late on November 23 put the toll at seven").
 * (news64) Nor is it words of the teller: the date and the preposition before it ("late on") are
 * written as spaces, so they count nothing towards the teller's six words ("The police in Bannu
 * late on 23/11/2026 put the toll at seven"); beforeInnerDate then cuts the teller before them.
 */
function withDatesAsWords(text: string, from: number, to: number, dates: readonly DateMention[]): string {
  let out = text.slice(from, to);
  for (const d of dates) {
    if (d.end <= from || d.start >= to) continue;
    const b = Math.min(d.end, to) - from;
    let a = Math.max(d.start, from) - from;
    const before = BEFORE_INNER_DATE.exec(out.slice(0, a));
    if (before) a = before.index + /^\s*/.exec(before[0])![0].length;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** The sentence's figures a named teller gives as the toll, from its quantities. */
export function tellerTolls(text: string, sentenceStart: number, quantities: readonly Quantity[], dates: readonly DateMention[] = []): RivalToll[] {
  const out: RivalToll[] = [];
  // Most sentences after a violent act name no toll or figure: one test of the sentence up to its
  // last figure spares them a slice and the pattern per figure.
  let last = sentenceStart;
  for (const q of quantities) if (q.start > last) last = q.start;
  if (!TOLL_WORD.test(text.slice(sentenceStart, last))) return out;
  for (const q of quantities) {
    // (news57) A date phrase opening the clause is no part of the teller: "On Tuesday the police
    // revised the toll to seven" is told by "the police"; the words are read after the date.
    const dated = dates.length > 0 ? afterOpeningDate(text, sentenceStart, dates, q.start) : -1;
    const from = dated >= 0 && dated > q.start - 120 ? dated : Math.max(sentenceStart, q.start - 120);
    const blanked = withDatesAsWords(text, from, q.start, dates);
    const m = TELLER_TOLL.exec(blanked);
    if (!m) continue;
    let start = from + m.index + (m[1] === '' ? /^.*?\band\s+/isu.exec(m[0])![0].length : m[0].indexOf(m[1]));
    let said0: string | null = null;
    if (/^who\s+$/i.test(m[1])) {
      // (news64) "Doctors at the hospital, who put the toll at 14, …": the relative's antecedent.
      // (Session 24) The words before it are a prefix of those already read, their dates blanked
      // the same way: sliced, not read again.
      const a = RELATIVE_ANTECEDENT.exec(blanked.slice(0, start + m[1].length - from));
      if (!a) continue;
      start = from + a.index + a[0].indexOf(a[1]);
      said0 = a[1];
    }
    // (news60) Nor is a date inside the teller's words: "The police on Tuesday revised the toll
    // to seven", "The police later on Tuesday put …" are told by "the police".
    const said = beforeInnerDate(text.slice(start, start + (said0 ?? m[1]).trimEnd().length), start, dates);
    const later = LATER_WORD.exec(said);
    const words = later ? said.slice(0, later.index) : said;
    const noun = (m[2] ?? m[5])?.toLowerCase();
    const of = (m[3] ?? m[6])?.trim().split(/\s+/).pop()!.replace(/[’',.]+$/, '').toLowerCase();
    out.push({ kind: noun === 'injury' ? 'wounded' : 'killed', quantity: q, teller: { start, end: start + words.length, text: words }, revision: m[4] !== undefined || later !== null, ...(of ? { of } : {}) });
  }
  return out;
}

/**
 * (Session 24, news70) "A spokesman for the hospital said the hospital had received 27 bodies":
 * the bodies a hospital or a morgue received are a count of the dead, told by the sentence's
 * source (namedTellers, as "… and put the toll at 14" is); `bodies` marks it (see events.ts).
 */
const RECEIVED_BEFORE = /\b(?:had|has|have)\s+(?:so\s+far\s+|also\s+)?received\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$/i;
const BODIES_AFTER = /^\s+(?:dead\s+)?(?:bodies|corpses)\b/i;

/** The sentence's figures of bodies received ("had received 27 bodies"), each a toll whose teller the sentence's source is. */
export function bodiesReceived(text: string, quantities: readonly Quantity[]): RivalToll[] {
  const out: RivalToll[] = [];
  for (const q of quantities) {
    if (!BODIES_AFTER.test(text.slice(q.end, q.end + 20)) || !RECEIVED_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start))) continue;
    out.push({ kind: 'killed', quantity: q, teller: { start: q.start, end: q.start, text: '' }, revision: false, bodies: true });
  }
  return out;
}

/** A teller that is a pronoun alone: "He put the death toll at 11", "It put the toll at seven" (news61, news62). */
const PRONOUN_TELLER = /^(?:he|she|they|it)$/i;

/**
 * (news60) "Interior Minister Talal Chaudhry told reporters … He put the death toll from the
 * clashes at 11": a pronoun teller is the source it stands for, found as a claim's "he said" is
 * (pronounAntecedent); the teller is then that source's words where they were named, and
 * `named` says so. With no antecedent the pronoun stays the teller.
 */
export function namedTellers(doc: Doc, si: number, tolls: RivalToll[]): RivalToll[] {
  for (const t of tolls) {
    if (t.teller.text === '') {
      // (news64) "Police said 12 died and put the toll at 14": the teller of a verb joined to
      // "said" by "and" is its source, the last of the sentence before it; with none, no teller.
      const cue = doc.cues.filter((c) => c.sentence === si && !!c.attribution && !!c.sourceSpan && c.end <= t.teller.start).pop();
      if (!cue?.sourceSpan) continue;
      const { start, end } = cue.sourceSpan;
      t.teller = { start, end, text: cue.source ?? doc.text.slice(start, end) };
      t.named = `said-by:${start}-${end}`;
      continue;
    }
    if (!PRONOUN_TELLER.test(t.teller.text)) continue;
    const a = pronounAntecedent(doc, si, t.teller.start, t.teller.text.toLowerCase());
    if (!a) continue;
    t.teller = { start: a.start, end: a.end, text: a.text };
    t.named = a.rule;
  }
  return tolls.filter((t) => t.teller.text !== '');
}

/**
 * Adds each teller's figure to `e`: as its count when it has none of that kind, beside the
 * count it has when the figures differ (the same figure agrees and adds nothing). A revision
 * is marked `revised` (rule `toll-revised:<kind>:<n>`): the later figure of the same act.
 */
export function addTellerTolls(e: EventRecord, tolls: readonly RivalToll[], used: Set<Quantity>): void {
  for (const t of tolls) {
    const q = t.quantity;
    if (used.has(q)) continue;
    const same = e.counts.filter((c) => c.kind === t.kind);
    if (same.some((c) => c.value === q.value)) continue;
    used.add(q);
    const count: EventCount = { kind: t.kind, value: q.value, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end, toldBy: t.teller, ...(t.revision ? { revised: true as const } : {}) };
    e.counts.push(count);
    e.rules.push(`${t.revision ? 'toll-revised' : same.length > 0 ? 'toll-rival' : 'toll-told-by'}:${t.kind}:${q.text}`);
    if (t.named) e.rules.push(`toll-teller:${t.named}`);
  }
}
