import type { Doc, EntityMention, EventRecord } from '../model/types.ts';

// (news63) Hostages freed are no prisoners released. A `prisoner-release` (docs/taxonomy.md) sets
// free detainees or convicts; "104 passengers had been freed" after gunmen took them hostage, "the
// militants freed the second hostage", "four teachers were kidnapped and later freed" end a
// kidnapping, by the captors' will or in a rescue. Such a release is a `hostage-release`, with the
// same `released` count: the trigger words are the release's own (data/events.json), and what
// tells the two apart is who was freed.

export const HOSTAGE_RELEASE = 'hostage-release';
const PRISONER_RELEASE = 'prisoner-release';
const KIDNAPPING = 'kidnapping';

/** Words that name people held by captors: "the hostages", "the abducted engineers", "the kidnap victims". */
const HOSTAGE_WORDS = /\b(?:hostages?|captives?|abductees?|kidnapped|abducted|kidnap\s+victims?|kidnapping\s+victims?)\b/i;
/** A passive's auxiliaries right before its participle ("had been freed", "were later released"). */
const PASSIVE_BEFORE = /\b(?:was|were|been|are|is|be)\s+(?:[\p{L}-]+ly\s+)?$/iu;
/** Where a passive's subject starts: after the last clause mark or "and"/"but" before it. */
const SUBJECT_START = /(?:[,;:—–(]|\b(?:and|but|while|after|when)\b)(?![\s\S]*(?:[,;:—–(]|\b(?:and|but|while|after|when)\b))/i;
/** Between a kidnapping's participle and the release's: "kidnapped and later freed", "abducted on Monday and released". */
const KIDNAPPED_AND = /^(?:\s+(?:on|in|from|near|at)\s+[^,;.]{1,40}?)?\s+and\s+(?:(?:later|then|subsequently|eventually|finally|were|was|had been)\s+){0,2}$/i;
/** Where an active verb's object ends: a clause mark or a preposition of place or time. */
const OBJECT_END = /[,.;:—–(]|\s(?:in|at|on|from|near|after|during|while|when|who|which|as|by)\s/i;

/**
 * The text naming whom a release freed: a passive's subject, an active verb's object, the "of"
 * phrase of a noun ("the release of 12 hostages").
 */
function freedPeople(text: string, e: Pick<EventRecord, 'start' | 'end' | 'trigger'>): string {
  const before = text.slice(e.start, e.trigger.start);
  if (PASSIVE_BEFORE.test(before)) {
    const cut = SUBJECT_START.exec(before);
    return cut ? before.slice(cut.index + cut[0].length) : before;
  }
  const after = text.slice(e.trigger.end, Math.min(e.end, e.trigger.end + 80));
  const of = /^\s+of\s+/i.exec(after);
  const rest = of ? after.slice(of[0].length) : after;
  const end = OBJECT_END.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

/** The lower-cased people words of `span` (`people`: casualty people nouns with their plurals). */
function peopleWords(span: string, people: ReadonlySet<string>): string[] {
  return (span.toLowerCase().match(/[\p{L}-]+/gu) ?? []).filter((w) => people.has(w));
}

/**
 * Why the release `e` freed hostages, as its rule's last part: `named` when its freed people are
 * named hostages ("the hostages", "the abducted engineers"), `kidnapped-and-freed:<id>` when they
 * "were kidnapped and later freed" in one sentence, `kidnapped-before:<id>` when they are people
 * of the same word a kidnapping told before it in the document took ("taking dozens of passengers
 * hostage ... 104 passengers had been freed"); null when none holds. `events`: the document's
 * events told so far (a kidnapping after the release is not asked).
 */
export function hostagesFreed(text: string, e: Pick<EventRecord, 'start' | 'end' | 'trigger'>, events: readonly EventRecord[], people: ReadonlySet<string>): string | null {
  const freed = freedPeople(text, e);
  if (HOSTAGE_WORDS.test(freed)) return 'named';
  // "Four teachers were kidnapped and later freed": the same people, taken and freed.
  const joined = events.find((k) => k.type === KIDNAPPING && k.start === e.start && k.trigger.end <= e.trigger.start && KIDNAPPED_AND.test(text.slice(k.trigger.end, e.trigger.start)));
  if (joined) return `kidnapped-and-freed:${joined.id}`;
  const words = peopleWords(freed, people);
  if (words.length === 0) return null;
  const taken = events.find((k) => k.type === KIDNAPPING && k.trigger.start < e.trigger.start && peopleWords(text.slice(k.start, k.end), people).some((w) => words.includes(w)));
  return taken ? `kidnapped-before:${taken.id}` : null;
}

/**
 * Retypes each `prisoner-release` whose freed people are hostages (`hostagesFreed`). Rule
 * `type:hostage-release:named`, `:kidnapped-before:<event id>` or `:kidnapped-and-freed:<event id>`.
 */
export function settleHostageReleases(doc: Doc, events: EventRecord[], people: ReadonlySet<string>): void {
  for (const e of events) {
    if (e.type !== PRISONER_RELEASE) continue;
    const why = hostagesFreed(doc.text, e, events, people);
    if (!why) continue;
    e.type = HOSTAGE_RELEASE;
    e.rules.push(`type:${HOSTAGE_RELEASE}:${why}`);
  }
}

/**
 * (news72) What a state force did to end a siege, right after its name: "stormed the train",
 * "raided the compound", "launched a rescue operation", "carried out an operation to free them".
 */
const RESCUE_ACT = /^\s+(?:(?:also|then|later|eventually|finally)\s+)?(?:stormed|raided|rescued|(?:launched|mounted|began|started|carried\s+out|conducted)\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:operation|assault|raid|rescue)s?)\b/iu;

/** The rule on a hostage release whose agent is the force of a rescue told in the sentence before. */
export const RESCUER_BEFORE_RULE = 'agent:force-of-rescue-before';

/**
 * (news72) "Security forces launched an operation to free them. By the evening, 104 passengers had
 * been freed": a hostage release told in a passive with no agent, after a sentence (in its
 * paragraph) whose state force stormed the place or launched an operation, was that force's, as
 * a rescue's (inferred). `isState`: whether an actor id is a state force.
 */
export function addRescuersBefore(doc: Doc, events: EventRecord[], isState: (actor: string) => boolean): void {
  for (const e of events) {
    if (e.type !== HOSTAGE_RELEASE || e.actors.some((r) => r.role === 'agent')) continue;
    if (!PASSIVE_BEFORE.test(doc.text.slice(Math.max(e.start, e.trigger.start - 30), e.trigger.start))) continue;
    const here = doc.sentences[e.sentence];
    const prev = doc.sentences[e.sentence - 1];
    if (!here || !prev || prev.paragraph !== here.paragraph) continue;
    const force: EntityMention | undefined = doc.actorMentions.find((m) => m.start >= prev.start && m.end <= prev.end && isState(m.entity) && RESCUE_ACT.test(doc.text.slice(m.end, prev.end)));
    if (!force) continue;
    e.actors = [{ actor: force.entity, role: 'agent', inferred: true, start: force.start, end: force.end }, ...e.actors];
    e.rules.push(RESCUER_BEFORE_RULE);
  }
}
