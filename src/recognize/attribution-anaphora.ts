import type { AttributionKind, Cue, Doc, EntityMention } from '../model/types.ts';
import { escapeRegExp } from './regex.ts';
import type { CuratedActor } from '../gazetteer/actors.ts';
import { speechWords } from './speech-words.ts';
import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { indexByStart } from './attribution-sentence.ts';
import { PRONOUNS, SOURCE_PREPOSITIONS, afterPrepositionWhich } from './attribution-words.ts';
import { isNamedGroup, actorSourceKind } from './attribution-kinds.ts';

// Sources that stand for one named before: a pronoun ("they said"), "the group", "the network",
// "the officer", "the statement", looking back over the cues of the two sentences before.

/** Nouns that, after "the", stand for an armed or political group named before ("the group said"). */
export const GROUP_NOUNS = new Set(['group', 'organisation', 'organization', 'outfit', 'movement', 'faction', 'militia', 'network']);

/**
 * "The Free and Fair Election Network said … The network said …": "the" and a noun that is a
 * capitalised word of the name of a source that spoke in the two sentences before is that
 * source, as it was named.
 */
export function nameAnaphor(s: SentenceCtx, j: number): SourcePhrase | null {
  const noun = s.toks[j].lower;
  const head = new RegExp(`(?:^|\\s)${escapeRegExp(noun[0].toUpperCase() + noun.slice(1))}(?:\\s|$)`, 'u');
  const named = (c: Cue) => !!c.attribution && !!c.source && !isAnaphoric(c) && head.test(c.source);
  const c = lastCueBefore(s, named);
  if (!c) return null;
  return { start: j - 1, end: j, kind: c.attribution!, rule: `name-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, text: c.source, ...(c.sourceActor ? { actor: c.sourceActor } : {}) };
}

/**
 * "The BLA said its fighters … The group said in a statement …": "the group" speaking is the
 * non-state group that spoke in the two sentences before, named as it was; with none, no source.
 */
export function groupAnaphor(s: SentenceCtx, j: number): SourcePhrase | null {
  const isGroup = (c: Cue) => !!c.sourceSpan && !isAnaphoric(c) && ((!!c.sourceActor && isNamedGroup(s, c.sourceActor)) || SELF_NAMED_GROUP.test(c.rule));
  const c = lastCueBefore(s, isGroup) ?? onlyGroupBefore(s, isGroup);
  if (!c) return null;
  return { start: j - 1, end: j, kind: 'named', rule: `group-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, text: c.source, ...(c.sourceActor ? { actor: c.sourceActor } : {}) };
}

/**
 * Session 24 (news69): "Sources attributed the attack to the Taliban, which the group denied":
 * "the group" (or "the militants", `GROUP_PLURALS`) stands for the one group the text names in
 * its own sentence before it (`where` 'sentence') or in the sentence before (`where` 'previous'),
 * whether that group spoke or not; null when none or more than one group is named there, so a
 * group no one named stays unnamed. A group is a named non-state actor, or one that was such a
 * group before it held a state (the Taliban, `typeHistory`).
 */
export function groupMentionedBefore(s: Pick<SentenceCtx, 'doc' | 'ctx' | 'si' | 'toks'>, j: number, where: 'sentence' | 'previous'): SourcePhrase | null {
  const sentence = s.doc.sentences[where === 'sentence' ? s.si : s.si - 1];
  if (!sentence || sentence.heading) return null;
  const before = where === 'sentence' ? s.toks[j - 1].start : sentence.end;
  const found = s.doc.actorMentions.filter((m) => m.start >= sentence.start && m.end <= before && isGroupByName(s, m.entity));
  if (found.length === 0 || found.some((m) => m.entity !== found[0].entity)) return null;
  const m = found[found.length - 1];
  const kind = actorSourceKind(s, m.entity);
  return { start: j - 1, end: j, kind, rule: `group-of:mention:${m.start}-${m.end}`, text: s.doc.text.slice(m.start, m.end), actor: m.entity };
}

/** Plural nouns of armed men that, after "the", may stand for a group named just before ("the militants said"). */
export const GROUP_PLURALS = new Set(['militants', 'insurgents', 'fighters']);

/** A named group (`isNamedGroup`), or an actor the gazetteer says was a non-state group before it held a state. */
function isGroupByName(s: Pick<SentenceCtx, 'ctx'>, id: string): boolean {
  if (isNamedGroup(s, id)) return true;
  const entry = s.ctx.actors.get(id) as CuratedActor | undefined;
  return !!entry?.typeHistory?.some((h) => h.type !== 'state');
}

/** A group the text names by what it calls itself or by an apposition ("A militant group calling itself …", "…, a little-known group,"). */
const SELF_NAMED_GROUP = /self-styled|source-group:/;

/**
 * "A militant group calling itself X said … The group also warned …" further on: with no group
 * speaking in the two sentences before, the one group that spoke earlier in the text, when only
 * one did; null when none or several did.
 */
function onlyGroupBefore(s: SentenceCtx, isGroup: (c: Cue) => boolean): Cue | null {
  let found: Cue | null = null;
  for (let k = 0; k < s.sentenceFirstCue; k++) {
    const c = s.cues[k];
    if (!isGroup(c)) continue;
    if (found && (found.sourceActor ?? found.source) !== (c.sourceActor ?? c.source)) return null;
    found ??= c;
  }
  return found;
}

/**
 * "A senior police officer, speaking on condition of anonymity, said … the officer said": "the"
 * and the source noun of a source in the two sentences before is that source again, with its kind
 * and its words; null when none ends in that noun.
 */
export function definiteSource(s: SentenceCtx, phrase: SourcePhrase): SourcePhrase | null {
  const noun = s.toks[phrase.end].lower;
  const c = lastCueBefore(
    s,
    (c) => !!c.attribution && c.attribution !== 'self' && !!c.sourceSpan && !isAnaphoric(c) && headNoun(s.doc.text.slice(c.sourceSpan.start, c.sourceSpan.end)) === noun,
  );
  // The same kind needs no antecedent: "the police" is the police, wherever they spoke before.
  if (!c || c.attribution === phrase.kind) return null;
  return { ...phrase, kind: c.attribution!, rule: `definite-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, ...(c.source ? { text: c.source } : {}) };
}

/** A body's words on paper that speak for it ("the statement said"). */
const ISSUED_NOUNS = new Set(['statement', 'communique', 'communiqué', 'release']);

/** The kinds of source that issue a statement: a body, not an unnamed person. */
const ISSUER_KINDS = new Set<AttributionKind>(['named', 'official', 'media', 'expert', 'self']);

/**
 * '"We are deeply concerned …," the statement said': "the statement" is the body that spoke in the
 * two sentences before ("In a statement, UNHCR said …"), as it was named, with its kind; with
 * none, the lexicon's noun (official).
 */
export function issuerOf(s: SentenceCtx, phrase: SourcePhrase): SourcePhrase | null {
  if (!ISSUED_NOUNS.has(s.toks[phrase.end].lower)) return null;
  const c = lastCueBefore(s, (c) => !!c.attribution && ISSUER_KINDS.has(c.attribution) && !!c.sourceSpan && !!c.source && !isAnaphoric(c) && !PRONOUNS.has(c.source.toLowerCase()));
  if (!c) return null;
  return { ...phrase, kind: c.attribution === 'self' ? 'named' : c.attribution!, rule: `issuer-of:${c.sourceSpan!.start}-${c.sourceSpan!.end}`, text: c.source, ...(c.sourceActor ? { actor: c.sourceActor } : {}) };
}

/** The head noun of a source phrase: its last word before a comma or a preposition ("A security official in Quetta" → "official"). */
export function headNoun(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && (SOURCE_PREPOSITIONS.has(w) || w.endsWith(',')));
  const head = cut === -1 ? words[words.length - 1] : words[cut - 1];
  return head.replace(/,$/, '');
}

/** The part of a cue's rule that says what its source stands for ("group-of:12-40"). */
const ANAPHOR_RULE = /(?:pronoun|group|definite|name)-of:\S*/;

/** The part of a cue's rule that says what its source stands for ("group-of:12-40"), or ''. */
function anaphorRule(c: Cue): string {
  return ANAPHOR_RULE.exec(c.rule)?.[0] ?? '';
}

/** A cue whose source stands for one named before it ("they said", "the group said"). */
export function isAnaphoric(c: Cue): boolean {
  return ANAPHOR_RULE.test(c.rule);
}

/**
 * "Hospital sources put the toll at 19. The figure could rise, they said.": a third-person
 * pronoun speaking stands for the source that spoke earlier in its sentence ("Chaudhry said …,
 * despite what he described as …"), else the source named in the two sentences before, and takes
 * its kind; the rule names where that source is. No antecedent, no source.
 */
export function pronounSource(s: SentenceCtx, j: number, pronoun = s.toks[j].lower): SourcePhrase | null {
  if (!THIRD_PERSON.has(pronoun)) return null;
  // "The TTP released a statement in which it said …": the pronoun of a clause opened by a
  // preposition and "which" is the actor opening its own sentence.
  // "Baloch separatists have been waging an insurgency … They accuse Islamabad …": the actor
  // opening the sentence before, which did not speak there, is who speaks now.
  // "Workers were sent home … According to her": a group acting is no "he" or "she".
  const subject = subjectOfOwnSentence(s, j) ?? (PERSON_PRONOUNS.has(pronoun) ? null : subjectNotSpeaking(s, pronoun));
  if (subject) {
    return {
      start: j,
      end: j,
      kind: actorSourceKind(s, subject.entity),
      rule: `pronoun-of-subject:${subject.start}-${subject.end}`,
      text: s.doc.text.slice(subject.start, subject.end),
      actor: subject.entity,
    };
  }
  const a = earlierInSentence(s, pronoun) ?? antecedentOf(s, pronoun);
  if (!a || !a.attribution || !a.sourceSpan) return null;
  return {
    start: j,
    end: j,
    kind: a.attribution,
    rule: `pronoun-of:${a.sourceSpan.start}-${a.sourceSpan.end}`,
    ...(a.source ? { text: a.source } : {}),
    ...(a.sourceActor ? { actor: a.sourceActor } : {}),
  };
}

/** What looking back over the sources needs of a sentence: the document, the sentence, the cues so far. */
type CuesSoFar = Pick<SentenceCtx, 'doc' | 'si' | 'cues' | 'sentenceFirstCue'>;

/** What a pronoun outside any cue stands for: the words and span where it was named, and the rule part that says how ("pronoun-of:S-E"). */
export interface PronounReferent {
  start: number;
  end: number;
  text: string;
  rule: string;
}

/**
 * (news60) What a third-person pronoun at `at` of sentence `si` stands for when it tells something
 * outside any cue ("He put the death toll at 11"), found as pronounSource finds it for "he said",
 * from the document's finished cues: (news62) the actor opening this sentence before "in which it
 * …", or for "they"/"it" the actor opening the sentence before that did not speak ("The TTP
 * stormed two posts. They put the toll at 30"), else a source earlier in its sentence, else one
 * of the two sentences before, else for "he"/"she" the one person of the paragraph. Null for
 * another word or with no antecedent.
 */
export function pronounAntecedent(doc: Doc, si: number, at: number, pronoun: string): PronounReferent | null {
  if (!THIRD_PERSON.has(pronoun)) return null;
  const cues = doc.cues.filter((c) => !!c.attribution && (c.sentence < si || (c.sentence === si && c.end <= at)));
  const first = cues.findIndex((c) => c.sentence === si);
  const s: CuesSoFar = { doc, si, cues, sentenceFirstCue: first < 0 ? cues.length : first };
  const toks = doc.tokens.filter((t) => t.sentence === si);
  const j = toks.findIndex((t) => t.start === at);
  const own = j >= 0 ? subjectOfOwnSentence({ doc, toks, actorStarts: indexByStart(doc.actorMentions) }, j) : null;
  const subject = own ?? (PERSON_PRONOUNS.has(pronoun) ? null : subjectNotSpeaking(s, pronoun));
  if (subject) return { start: subject.start, end: subject.end, text: doc.text.slice(subject.start, subject.end), rule: `pronoun-of-subject:${subject.start}-${subject.end}` };
  const a = earlierInSentence(s, pronoun) ?? antecedentOf(s, pronoun);
  if (!a?.sourceSpan) return null;
  const { start, end } = a.sourceSpan;
  return { start, end, text: a.source ?? doc.text.slice(start, end), rule: `pronoun-of:${start}-${end}` };
}

const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);
/** The pronouns of one person. */
const PERSON_PRONOUNS = new Set(['he', 'she']);

/** The subject form of a third-person object pronoun ("according to her"). */
const SUBJECT_OF: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/**
 * "A spokeswoman, Sana Jalil, said … According to her, at least 14 polio workers …": "according
 * to" and an object pronoun is the source that pronoun stands for, found as for "she said".
 * Null for any other word, and for "her" owning a noun ("according to her family").
 */
export function objectPronounSource(s: SentenceCtx, j: number): SourcePhrase | null {
  const pronoun = SUBJECT_OF.get(s.toks[j]?.lower ?? '');
  if (!pronoun) return null;
  const next = s.toks[j + 1];
  if (next && /^[\p{L}\d]/u.test(next.lower)) return null;
  return pronounSource(s, j, pronoun);
}

/**
 * "Baloch separatists have been waging an insurgency … They accuse Islamabad …": the sentence just
 * before opens with an actor that did not speak, so the pronoun is more likely that actor than a
 * source two sentences back: that actor's mention, or null.
 */
function subjectNotSpeaking(s: Pick<SentenceCtx, 'doc' | 'si' | 'cues'>, pronoun: string): EntityMention | null {
  const prev = s.doc.sentences[s.si - 1];
  if (!prev || prev.heading) return null;
  if (s.cues.some((c) => c.sentence === s.si - 1)) return null;
  const opening = s.doc.text.slice(prev.start, Math.min(prev.end, prev.start + 40)).search(/\S/);
  const at = prev.start + Math.max(opening, 0);
  const m = s.doc.actorMentions.find((m) => m.start >= at && m.start < prev.end && /^(?:the\s+)?$/i.test(s.doc.text.slice(at, m.start)));
  // "Militants attacked a post. It put the toll at seven" (news62): a plural actor is no "it";
  // nor is one person ("A suicide bomber killed nine people … It later revised the toll").
  if (!m || pronoun !== 'it') return m ?? null;
  const head = headNoun(s.doc.text.slice(m.start, m.end));
  return isPluralNoun(head) || PERSON_NOUNS.has(head) || ONE_ASSAILANT.has(head) ? null : m;
}

/**
 * "The TTP released a statement in which it said …": after a preposition and "which", the actor
 * mention that opens this sentence (after "the"), or null.
 */
function subjectOfOwnSentence(s: Pick<SentenceCtx, 'doc' | 'toks' | 'actorStarts'>, j: number): EntityMention | null {
  if (!afterPrepositionWhich(s.toks, j)) return null;
  const first = s.toks[0].lower === 'the' ? s.toks[1] : s.toks[0];
  return first ? s.actorStarts.get(first.start) ?? null : null;
}

/** The last source that spoke earlier in this sentence, not a claimant of its own act nor a pronoun. */
function earlierInSentence(s: CuesSoFar, pronoun: string): Cue | null {
  for (let k = s.cues.length - 1; k >= s.sentenceFirstCue; k--) {
    const c = s.cues[k];
    if (c.attribution && c.attribution !== 'self' && !isAnaphoric(c) && agrees(pronoun, c)) return c;
  }
  return null;
}

/** The last source named in the two sentences before this one, not a claimant of its own act nor a pronoun. */
function antecedentOf(s: CuesSoFar, pronoun: string): Cue | null {
  // "The group also warned … It said …": "the group" stands for the group it named, so "it" may too.
  const accept = (c: Cue) => c.attribution !== 'self' && (!isAnaphoric(c) || /^group-of:/.test(anaphorRule(c))) && agrees(pronoun, c);
  return lastCueBefore(s, accept) ?? (PERSON_PRONOUNS.has(pronoun) ? onlyPersonOfParagraph(s, pronoun) : null);
}

/**
 * "Spokeswoman Sana Gul said … [two sentences with no source] … According to her, …": beyond the
 * two sentences before, "he" or "she" reaches back within its paragraph to the one person who
 * spoke there and can be the pronoun. A person the words mark as of the other sex ("a spokesman"
 * for "her") is no candidate; two candidates ("Sana Gul said … Amjad Khan said …") leave the
 * pronoun with no source, as does a source of another paragraph. Null when none.
 */
function onlyPersonOfParagraph(s: CuesSoFar, pronoun: string): Cue | null {
  const paragraph = s.doc.sentences[s.si].paragraph;
  let found: Cue | null = null;
  for (let k = s.sentenceFirstCue - 1; k >= 0; k--) {
    const c = s.cues[k];
    if (s.doc.sentences[c.sentence].paragraph !== paragraph) break;
    if (!c.attribution || !c.sourceSpan || c.attribution === 'self' || isAnaphoric(c)) continue;
    if (personhood(c) === 'thing' || !agrees(pronoun, c)) continue;
    if (found && found.source !== c.source) return null;
    found = c;
  }
  return found;
}

/** Singular nouns of a person speaking, beside the offices and titles ("a resident", "the doctor"). */
const PERSON_NOUNS = new Set([
  'resident', 'witness', 'eyewitness', 'doctor', 'relative', 'employee', 'staffer', 'trader', 'shopkeeper', 'survivor', 'passenger',
  'insider', 'analyst', 'expert', 'observer', 'researcher', 'diplomat', 'journalist', 'reporter', 'correspondent', 'source', 'villager',
  'elder', 'medic', 'member', 'man', 'woman', 'farmer', 'student', 'teacher', 'driver', 'father', 'mother', 'brother', 'son', 'cousin',
]);

/** One person who acts, whom "it" never stands for: "a suicide bomber", "a gunman". */
const ONE_ASSAILANT = new Set(['bomber', 'gunman', 'attacker', 'assailant', 'militant', 'fighter', 'soldier', 'policeman', 'officer', 'commander', 'official', 'spokesman', 'spokeswoman', 'leader', 'chief', 'suspect', 'boy', 'girl', 'child']);

/**
 * Whether a pronoun can stand for a cue's source: "he" and "she" for a person (a name, an office
 * holder, "a resident"), "it" for anything but a person ("One resident said … It said" is not the
 * resident); "they" for any source.
 */
function agrees(pronoun: string, c: Cue): boolean {
  if (pronoun === 'they') return true;
  // "Spokesman Ali Shah said … According to her": a source whose words say a man or a woman.
  const gender = c.source ? genderOf(c.source) : null;
  if (gender && PERSON_PRONOUNS.has(pronoun) && gender !== pronoun) return false;
  const person = personhood(c);
  // "Residents said … It said": a plural source is no "it".
  if (pronoun === 'it' && c.source && isPluralNoun(headNoun(c.source))) return false;
  return person === 'either' || (pronoun === 'it' ? person === 'thing' : person === 'person');
}

/** Words of a source that say it is a woman ("she") or a man ("he"). */
const GENDER_WORDS: ReadonlyMap<string, 'she' | 'he'> = new Map([
  ...['spokeswoman', 'woman', 'mother', 'sister', 'daughter', 'wife', 'widow', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'policewoman', 'chairwoman', 'businesswoman', 'headmistress', 'grandmother', 'aunt'].map((w) => [w, 'she'] as const),
  ...['spokesman', 'man', 'father', 'brother', 'son', 'husband', 'widower', 'mr', 'mr.', 'policeman', 'businessman', 'headmaster', 'grandfather', 'uncle'].map((w) => [w, 'he'] as const),
]);

/** "he" or "she" when one word of the source says so, else null (most sources say neither). */
function genderOf(source: string): 'he' | 'she' | null {
  let found: 'he' | 'she' | null = null;
  for (const w of source.toLowerCase().split(/[\s,]+/)) {
    const g = GENDER_WORDS.get(w);
    if (g && found && g !== found) return null;
    found = g ?? found;
  }
  return found;
}

/** Whether a source is a person, a body or a thing, or may be either (a capitalised name the gazetteers do not know). */
function isPluralNoun(head: string): boolean {
  if (speechWords().commonSourceNouns.has(head)) return /[^s]s$/.test(head);
  // "Aid workers in Nangarhar", "farmers": a plural the lexicon does not list, in lower case.
  return /^\p{Ll}+[^su]s$/u.test(head) && !SINGULAR_IN_S.has(head);
}

/** Lower-case words ending in "s" that are no plural. */
const SINGULAR_IN_S = new Set(['news', 'series', 'species', 'analysis', 'basis', 'crisis', 'thesis', 'means', 'headquarters']);

/** Whether `text` holds `word` as a word of its own: after its start or a space, before its end, a space or a comma. */
function hasCapitalsWord(text: string, word: string): boolean {
  return text.split(/\s+/).some((w) => w.startsWith(word) && (w.length === word.length || w[word.length] === ','));
}

function personhood(c: Cue): 'person' | 'thing' | 'either' {
  if (/person-name:capitalised|self-styled/.test(c.rule)) return 'either';
  if (/person-name|apposition|interview-answer/.test(c.rule)) return 'person';
  if (!c.source) return 'either';
  const head = headNoun(c.source);
  // "the ISPR": an office's acronym names the body, not a person.
  if (head.length > 1 && hasCapitalsWord(c.source, head.toUpperCase())) return 'thing';
  return PERSON_NOUNS.has(head) || speechWords().personTitles.has(head) ? 'person' : 'thing';
}

/** The latest cue of the two sentences before this one that `accept` takes, or null: where "they", "the group", "the officer" look back. */
export function lastCueBefore(s: CuesSoFar, accept: (c: Cue) => boolean): Cue | null {
  for (let k = s.sentenceFirstCue - 1; k >= 0 && s.cues[k].sentence >= s.si - 2; k--) if (accept(s.cues[k])) return s.cues[k];
  return null;
}
