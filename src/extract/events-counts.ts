import type { Cue, Doc, EventCount, EventRecord, Quantity, Span } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { CasualtyStatement } from './casualties.ts';
import type { TollUpdate } from './toll-update.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { dist } from './events-clauses.ts';

// How many an event counts: the quantities a trigger takes (joined groups, one more person),
// the casualty statements attached to it and a toll's stated later total.

/** A word that opens another clause: "two kidnappers were arrested while three others fled". */
const OTHER_CLAUSE = /\b(?:while|whereas|but|although|though)\b/i;

/** A passive's auxiliary right before its participle: "had been freed", "were later released". */
const PASSIVE_AUX_BEFORE = /\b(?:was|were|been|are|is)\s+(?:[\p{L}-]+ly\s+)?$/iu;
/** After a passive's participle, up to a number: "and", maybe past a comma or a few words ("and 16", ", and at least 16"). */
const NEXT_SUBJECT_AND = /^[^.;]*?\band\s+(?:(?:some|about|around|nearly|over|at least|more than|up to|another|the other)\s+)?$/i;

/** "Three engineers and their driver were kidnapped": one more person joined to a counted subject. */
const ONE_MORE_BEFORE_VERB = /^(?:\s+[\p{L}'’-]+){1,7}?\s+and\s+(?:his|her|their|its|a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+of\s+(?:the|their|his|her|its|a|an)\s+[\p{L}-]+)?\s+(?:were|was|have been|had been|are|is)\s+$/u;

export function pickCount(doc: Doc, quantities: Quantity[], m: TrieMatch, kind: string, used: Set<Quantity>, people: ReadonlySet<string>): EventCount[] {
  // "sentenced two men to death and acquitted a third": an object of one ordinal ("a third", "the
  // fourth suspect") names one person; a number before the verb counts another verb's object.
  const ordinal = ONE_ORDINAL_OBJECT.exec(doc.text.slice(m.end, m.end + 40));
  if (ordinal) {
    const start = m.end + ordinal[0].length - ordinal[1].length;
    return [{ kind, value: 1, qualifier: 'exact', text: ordinal[1], start, end: start + ordinal[1].length }];
  }
  // "were abducted from their camp by around a dozen armed men": a number after the trigger in a
  // passive's "by" phrase counts the doers, not those the act befell (session 20, news42).
  const unused = quantities.filter((q) => !used.has(q) && !(q.start >= m.end && DOERS_BY.test(doc.text.slice(Math.max(m.end, q.start - 12), q.start))));
  // "104 passengers had been freed and 16 attackers killed": after a passive, a number past "and"
  // opens the next clause's subject; the passive's own people come before it (news63).
  const passive = PASSIVE_AUX_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
  const own = unused.filter((q) => !OTHER_CLAUSE.test(q.end <= m.start ? doc.text.slice(q.end, m.start) : doc.text.slice(m.end, q.start)) && !(passive && q.start >= m.end && NEXT_SUBJECT_AND.test(doc.text.slice(m.end, q.start))));
  const free = own.length > 0 ? own : unused;
  if (free.length === 0) return [];
  const q = free.reduce((a, b) => (dist(a, m) <= dist(b, m) ? a : b));
  used.add(q);
  // "two engineers and their two drivers were kidnapped": two counted groups of people joined
  // by "and" are one count, the sum.
  const pair = countedPair(doc, unused, q, people);
  if (pair) {
    used.add(pair[0]);
    used.add(pair[1]);
    const [a, b] = pair;
    const end = b.end + SECOND_GROUP_HEAD.exec(doc.text.slice(b.end, b.end + 60))![0].length;
    return [{ ...toCount(a, kind), value: a.value + b.value, qualifier: a.qualifier === 'exact' ? b.qualifier : a.qualifier, text: doc.text.slice(a.start, end), end }];
  }
  const count = toCount(q, kind);
  // The subject before a passive verb counts the people it joins ("four members of a polio team
  // and a Levies constable were abducted" is five).
  const between = q.end <= m.start ? doc.text.slice(q.end, m.start) : null;
  const oneMore = between !== null ? ONE_MORE_BEFORE_VERB.exec(between) : null;
  if (oneMore && onePerson(oneMore[1], people)) {
    const end = q.end + between!.trimEnd().length;
    const subjectEnd = doc.text.lastIndexOf(' ', end - 1);
    return [{ ...count, value: q.value + 1, text: doc.text.slice(q.start, subjectEnd), end: subjectEnd }];
  }
  // The object after an active verb, the same way: "police arrested six suspects and their
  // accomplice in Quetta" is seven.
  const objectMore = q.start >= m.end && /^\s*$/.test(doc.text.slice(m.end, q.start)) ? ONE_MORE_OBJECT.exec(doc.text.slice(q.end, q.end + 90)) : null;
  if (objectMore && onePerson(objectMore[1], people)) {
    const objectEnd = q.end + objectMore[0].length;
    return [{ ...count, value: q.value + 1, text: doc.text.slice(q.start, objectEnd), end: objectEnd }];
  }
  return [count];
}

/** The "by" of a passive's doers right before a number: "kidnapped by 12 gunmen". */
const DOERS_BY = /\bby\s+(?:(?:some|about|around|nearly|over|at least|more than|up to)\s+)?$/i;
/** "acquitted a third", "released the fourth hostage": one person of a set, right after the verb. */
const ONE_ORDINAL_OBJECT = /^\s+((?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)(?!\s+(?:time|day|week|month|year|round|phase)\b)/i;
const ONE_MORE_OBJECT = /^(?:\s+[\p{L}'’-]+){1,5}?\s+and\s+(?:his|her|their|its|a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+of\s+(?:the|their|his|her|its|a|an)\s+[\p{L}-]+)?(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|from|near|after|during|while|when|who|and|as)\b)/u;
/** Between two counted groups: the first group's people noun, "and", a possessive or "the". */
const GROUP_JOIN = /^\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+and\s+(?:(?:his|her|their|its|the)\s+)?$/u;
/** The second group's words after its number, up to its people noun. */
const SECOND_GROUP_HEAD = /^\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/u;

/** The counted group joined to `q` by "and" ("two engineers and their two drivers"), both of people: [first, second], or null. */
function countedPair(doc: Doc, quantities: readonly Quantity[], q: Quantity, people: ReadonlySet<string>): [Quantity, Quantity] | null {
  const isPeople = (w: string) => people.has(w.toLowerCase()) || PLURAL_PEOPLE.has(w.toLowerCase());
  for (const o of quantities) {
    if (o === q) continue;
    const [a, b] = o.start < q.start ? [o, q] : [q, o];
    if (a.end > b.start || b.start - a.end > 60) continue;
    const join = GROUP_JOIN.exec(doc.text.slice(a.end, b.start));
    const head = SECOND_GROUP_HEAD.exec(doc.text.slice(b.end, b.end + 60));
    if (join && head && isPeople(join[1]) && isPeople(head[1])) return [a, b];
  }
  return null;
}

/** Irregular plurals among the people nouns. */
const PLURAL_PEOPLE = new Set(['men', 'women', 'children', 'people', 'others', 'kin', 'khawarij', 'khwarij', 'militiamen', 'policemen', 'tribesmen']);

/** A noun for one person: "their accomplice", "a guard"; not "their drivers", "their children". */
function onePerson(word: string, people: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (!people.has(w) || PLURAL_PEOPLE.has(w) || /men$/.test(w)) return false;
  return !(/s$/.test(w) && (people.has(w.slice(0, -1)) || people.has(w.slice(0, -2))));
}

function toCount(q: Quantity, kind: string): EventCount {
  return { kind, value: q.value, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end };
}

/**
 * A quantity followed by a unit ("5 km", "3 days", "a three-day curfew") measures something other
 * than people, and one that gives the size of a deciding body ("the two-member bench") counts none.
 */
const RANGE_WORDS = new Set(['to', 'or']);
/** The word after a range's other end: "to three hours" → "hours". */
const RANGE_UNIT = /^\s*(?:to|or)\s+[\p{L}\d.,]+\s+([\p{L}%']+)/iu;

export function isCountable(doc: Doc, q: Quantity, lex: EventLexicon): boolean {
  const after = doc.text.slice(q.end, q.end + 16).match(/^\s*([\p{L}%']+)/u);
  // "for two to three hours", "four or five days": the unit follows the range's other end.
  if (after && RANGE_WORDS.has(after[1].toLowerCase())) {
    const unit = doc.text.slice(q.end, q.end + 40).match(RANGE_UNIT);
    if (unit) return !lex.notCountUnits.has(unit[1].toLowerCase());
  }
  if (after) return !lex.notCountUnits.has(after[1].toLowerCase());
  const compound = doc.text.slice(q.end, q.end + 40).match(/^-(\p{L}+)\s+([\p{L}-]+)/u);
  return !(compound && (lex.notCountUnits.has(compound[1].toLowerCase()) || lex.notCountBodies.has(compound[2].toLowerCase())));
}

/**
 * "killing five", "12 people were injured", "four police officers and five assailants were
 * killed": casualty statements (casualties.ts) count for the sentence's first violent event, or,
 * in a sentence with none, for the paragraph's latest one ("Ten people were injured in the
 * blast."). Two statements of one kind are different people and add up, except a bare total after
 * the people were counted in an earlier sentence ("... were shot and killed. 2 fatalities."),
 * which restates them.
 */
export function attachCasualties(
  doc: Doc,
  statements: readonly CasualtyStatement[],
  used: Set<Quantity>,
  target: EventRecord,
  across: number | null,
): void {
  // A statement names its own subject or object, so a quantity another count took can be its
  // people too: "four personnel were abducted and later killed".
  for (const s of statements) {
    for (const q of s.quantities) used.add(q);
    const count: EventCount = { kind: s.kind, value: s.value, qualifier: s.qualifier, text: s.text, start: s.start, end: s.end };
    if (across !== null) count.across = across;
    const existing = target.counts.find((x) => x.kind === s.kind);
    const teller = existing ? retoldBy(doc, s, existing, target) : null;
    if (!existing) {
      target.counts.push(count);
    } else if (teller) {
      // (news64) "A bomb killed nine people … Police said 12 people died": the police's figure
      // of the same people, kept beside the count as a rival (rival-toll.ts), never added to it.
      if (!target.counts.some((x) => x.kind === s.kind && x.value === s.value)) {
        target.counts.push({ ...count, toldBy: teller });
        target.rules.push(`toll-rival:${s.kind}:${s.text}`);
      }
    } else if (s.rule === 'count:noun-after-number' && existing.end <= statements[0].start) {
      // "a man and a woman were shot and killed ... 2 fatalities.": a bare total restates the
      // people already counted; it is the larger figure, not more people.
      if (s.value > existing.value) target.counts[target.counts.indexOf(existing)] = count;
    } else {
      const sum: EventCount = {
        kind: s.kind,
        value: existing.value + s.value,
        qualifier: existing.qualifier === 'exact' ? s.qualifier : existing.qualifier,
        text: doc.text.slice(Math.min(existing.start, s.start), Math.max(existing.end, s.end)),
        start: Math.min(existing.start, s.start),
        end: Math.max(existing.end, s.end),
      };
      if (across !== null) sum.across = across;
      target.counts[target.counts.indexOf(existing)] = sum;
    }
    target.rules.push(`${s.rule}:${s.kind}:${doc.text.slice(s.start, s.end)}`);
  }
}

/** A word that makes a statement's people more than those counted: "three more", "two others", "also". */
const ADDED_PEOPLE = /\b(?:more|other|others|another|also|additional|further|too|second|separate|besides|including|among)\b/i;
/** "at least 10 died on the military side": the dead of one side, not the toll told again. */
const ONE_SIDE = /\bon\s+(?:the|its|their|our|his|her|each|either|both)\s+(?:[\p{L}-]+['’]?\s+)?sides?\b/iu;
/** People nouns that describe no one in particular: a toll's total. */
const ANY_PEOPLE = new Set(['people', 'persons', 'person', 'individuals', 'dead', 'bodies', 'lives', 'casualties', 'fatalities', 'deaths']);
/** Words after a figure that are its verb, not its noun ("12 died", "12 were killed"). */
const NO_NOUN = /^(?:died|dead|were|was|had|have|has|are|is|killed|wounded|injured|of)$/i;

/** The people noun right after a count's figure ("nine people" → "people"), lower-cased; null for none ("12 died"). */
function peopleNoun(text: string, end: number): string | null {
  const w = /^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 40))?.[1];
  return w && !NO_NOUN.test(w) ? w.toLowerCase() : null;
}

/** What may stand between a source's verb and the figure of its reported clause ("police said 12 …", "said that at least 12 …"). */
const REPORTED_CLAUSE = /^\s*(?:that\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** Words that end a reported clause before a figure: "the army said, and three civilians died". */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|while|whereas)\b/i;

/**
 * (news64) Who tells `s` again when it counts the people `existing` counted, or null: "A bomb
 * killed nine people at a market. Police said 12 people died" is the police's figure of the same
 * dead, not 12 more. Two casualty statements of one kind are the same people told twice when the
 * later one, in a later sentence, is a source's report (an attribution cue of its sentence before
 * it, or one covering the whole sentence), names no word that adds people ("more", "others",
 * "also", "among") nor one side's ("on the military side"), and counts them with the same noun or
 * none in particular ("people", a bare "12 died"). With a noun of other people ("Police said two
 * attackers died") they are different people and add up as before.
 * (Session 24, news69) Inside one sentence too, when the later figure is the reported clause of a
 * source named after the first ("A bomb killed nine people, and police said 12 people died"): the
 * source's words right before the figure, no clause break between ("Militants killed two
 * soldiers, the army said, and three civilians died" adds up). And another noun after a toll of
 * no one in particular is the same dead when its figure is no smaller (a part of the nine could
 * not be 12) and it names no agent of the act ("nine people … Police said 12 civilians died";
 * "Police said 12 attackers died", the act's agents, still add up).
 */
function retoldBy(doc: Doc, s: CasualtyStatement, existing: EventCount, target: EventRecord): (Span & { text: string }) | null {
  const si = doc.sentences.findIndex((x) => x.start <= s.start && s.start < x.end);
  if (si < 0) return null;
  const sentence = doc.sentences[si];
  const same = existing.end > sentence.start;
  const reporting = (c: Cue) => reportsIn(c, si);
  const cue = same
    ? doc.cues.find((c) => reporting(c) && c.sourceSpan!.start >= existing.end && c.end <= s.start && REPORTED_CLAUSE.test(doc.text.slice(c.end, s.start)) && !CLAUSE_BREAK.test(doc.text.slice(c.end, s.start)))
    : doc.cues.find((c) => reporting(c) && (c.end <= s.start || c.scope === 'sentence'));
  if (!cue?.sourceSpan) return null;
  const from = same ? cue.start : sentence.start;
  if (ADDED_PEOPLE.test(doc.text.slice(from, Math.max(s.end, s.cue.end))) || ONE_SIDE.test(doc.text.slice(s.start, sentence.end))) return null;
  const figureEnd = s.quantities.length > 0 ? Math.max(...s.quantities.map((q) => q.end)) : s.end;
  const noun = peopleNoun(doc.text, figureEnd);
  const earlier = peopleNoun(doc.text, existing.end) ?? peopleNoun(doc.text, existing.start + /^\S+/.exec(existing.text)![0].length);
  if (noun !== null && !ANY_PEOPLE.has(noun) && noun !== earlier) {
    const generic = earlier === null || ANY_PEOPLE.has(earlier);
    if (!generic || s.value < existing.value || namesAgent(doc, target, figureEnd)) return null;
  }
  const { start, end } = cue.sourceSpan;
  return { start, end, text: cue.source ?? doc.text.slice(start, end) };
}

/** Whether cue `c` is a source's report in sentence `si` (an attribution with its source named; no claim of responsibility). */
function reportsIn(c: Cue, si: number): boolean {
  return c.sentence === si && !!c.attribution && c.attribution !== 'unattributed' && !!c.sourceSpan && !c.rule.includes('claim-of-responsibility');
}

/**
 * The source that reports what sentence `si` says from offset `at` on: an attribution cue of the
 * sentence before it ("Police said", "According to X"), or one covering the whole sentence
 * (", saying"); no claim of responsibility. Null when none does.
 */
export function sentenceTeller(doc: Doc, si: number, at: number): (Span & { text: string }) | null {
  const cue = doc.cues.find((c) => reportsIn(c, si) && (c.end <= at || c.scope === 'sentence'));
  if (!cue?.sourceSpan) return null;
  const { start, end } = cue.sourceSpan;
  return { start, end, text: cue.source ?? doc.text.slice(start, end) };
}

/** Whether the actor mention right after a figure ending at `end` ("12 attackers") is an agent of `target`. */
function namesAgent(doc: Doc, target: EventRecord, end: number): boolean {
  const m = doc.actorMentions.find((x) => x.start >= end && /^\s*$/.test(doc.text.slice(end, x.start)));
  return !!m && target.actors.some((a) => a.role === 'agent' && a.actor === m.entity);
}

/** "The death toll rose to 18": the stated later total replaces the kind's earlier figure. */
export function replaceToll(target: EventRecord, update: TollUpdate, used: Set<Quantity>): void {
  const q = update.quantity;
  used.add(q);
  const count: EventCount = { kind: update.kind, value: q.value, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end };
  const i = target.counts.findIndex((c) => c.kind === update.kind);
  if (i >= 0) target.counts[i] = count;
  else target.counts.push(count);
  target.rules.push(`toll-update:${update.kind}:${q.text}`);
}
