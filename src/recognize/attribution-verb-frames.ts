import type { Certainty, Cue } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { speechWords } from './speech-words.ts';
import { numberWords } from './quantities.ts';
import { startsWithWordChar } from './word-start.ts';
import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { makeCue, tokenIndexAt } from './attribution-sentence.ts';
import { MODALS, SINGULAR_INDEFINITE, READER_DETERMINERS, PHRASE_CANNOT_END, isAdverb } from './attribution-words.ts';
import { anonymityAround, hasAnonymityPhrase, afterIntroduction, inFreeRelative, isInserted, opensClause, isPostposed } from './attribution-clauses.ts';
import { spokespersonOwner } from './attribution-names.ts';
import { selfStyled } from './attribution-bodies.ts';
import { sourceWithPhraseAfter, sourceWithRelativeClause, sourceEndingAt, sourceAt } from './attribution-source.ts';
import { beforeGloss, parentheticalBefore, organisationNameStart, isAppositiveName, namedInApposition, actorNamed } from './attribution-apposition.ts';
import { officeWithHolder } from './attribution-holder.ts';
import { coordinatedSources, coordinatedSubject, clauseSubject, accuserGoingOn, subjectOfFirstVerb } from './attribution-coordination.ts';
import { NEGATED_MODALS, isNegatedRuleOut } from './attribution-verb-readings.ts';

// Speech-verb frames: a source before its reporting verb ("officials said", with auxiliaries,
// dates and parentheticals between) or after it ("…, said police"), and whether a verb-lexicon
// match is the reporting verb at all.

/** Participles that carry on the subject's speech after a comma ("…, saying …", "…, telling the house that …"). */
const SPEECH_PARTICIPLES = new Set(['saying', 'telling', 'adding']);

/**
 * Whether a verb-lexicon match is the verb and not a word of a name or a unit: capitalised after
 * the sentence's first word it is part of a name ("the State Temporary Teacher Forum", "Daily
 * Report"); "state" is a verb only before "that" or punctuation.
 */
export function isReportingVerb(s: SentenceCtx, m: TrieMatch): boolean {
  const t = s.toks[m.firstToken];
  if (m.firstToken > 0 && /^\p{Lu}/u.test(s.doc.text[t.start])) return false;
  // "it had added a warning label": adding a thing, not a word.
  if (ADDING.has(t.lower) && SINGULAR_INDEFINITE.has(s.toks[m.lastToken + 1]?.lower ?? '')) return false;
  // "Pakistan Taleban commander reported killed": a headline's passive (the commander was
  // reported killed), no one speaking; the report is the tag after it ("- paper") or none.
  // The fate ends its clause or a phrase follows; "confirmed killed militants were Afghans" is active.
  if (REPORTED_PASSIVES.has(t.lower) && FATES.has(s.toks[m.lastToken + 1]?.lower ?? '') && AFTER_FATE.has(s.toks[m.lastToken + 2]?.lower ?? '')) return false;
  // "arrested three suspects", "the alleged attacker", "their claims": after a determiner or a
  // count the word is a noun or an adjective, no one's reporting verb.
  const before = s.toks[m.firstToken - 1]?.lower ?? '';
  if (NOUN_DETERMINERS.has(before) || numberWords().has(before) || /^\d{1,3}$/.test(before)) return false;
  if (t.lower === 'state' || t.lower === 'states') {
    // As a reporting verb it is followed by "that" or ends the clause ("as officials state,");
    // otherwise it is the adjective or the unit ("a state school", "in Kayah state").
    if (m.firstToken > 0 && s.placeEnds.has(s.toks[m.firstToken - 1].end)) return false;
    const next = s.toks[m.lastToken + 1]?.lower;
    return next === undefined || next === 'that' || !startsWithWordChar(next);
  }
  return true;
}

/** Words before a noun that never stand before a verb ("the", "these", "their"; not "that", a relative pronoun, nor "some", which "some believe" makes a subject). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** A reporting verb's past participles that open a headline's passive before a fate ("reported killed"). */
const REPORTED_PASSIVES = new Set(['reported', 'said', 'claimed', 'confirmed', 'feared', 'believed']);

/** The fates a headline's passive reports ("reported killed", "feared dead", "said arrested"). */
const FATES = new Set(['killed', 'dead', 'wounded', 'injured', 'hurt', 'arrested', 'detained', 'captured', 'abducted', 'kidnapped', 'missing', 'held', 'freed', 'released', 'shot', 'slain', 'executed', 'seized']);

/** What follows a headline's passive fate: a phrase of where, when or how, or its end ('' at the end). */
const AFTER_FATE = new Set(['', 'in', 'at', 'near', 'by', 'as', 'after', 'during', 'on', 'while', 'when', 'from', 'with', 'inside', 'outside', ',', ';', '-', '–', '—', ':', '.']);

/**
 * Verb forms that are as often nouns ("a housing project", "the reports"): after a phrase they
 * are more likely its last noun than the verb, so a source with a phrase does not take them.
 */
const NOUN_LIKE_VERBS = new Set([
  'project', 'projects', 'state', 'states', 'report', 'reports', 'note', 'notes', 'claim', 'claims', 'estimate', 'estimates',
  'forecast', 'forecasts', 'fear', 'fears', 'doubt', 'doubts', 'worry', 'worries', 'guess', 'stress', 'stresses',
  'highlight', 'highlights', 'add', 'adds', 'indicate', 'indicates', 'reckon', 'wonder', 'wonders', 'show', 'shows', 'dispute', 'disputes',
]);

const ADDING = new Set(['add', 'adds', 'added', 'adding']);

/** Participles of a document's reader before "by" ("a report seen by Reuters"). */
const SEEN = new Set(['seen', 'reviewed', 'obtained', 'viewed', 'examined']);

/** Subject words that open the clause a reporting verb introduces ("claim he was killed"). */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'there']);

/** Noun-like verbs that value something ("estimate the losses at 3 million"). */
const VALUING_VERBS = new Set(['estimate', 'estimates', 'forecast', 'forecasts']);

/** The most words between a valuing verb and its "at" ("estimate the daily losses of traders at"). */
const MAX_VALUED = 6;

/**
 * The match is a verb even after a noun phrase: not a noun-like form, one opening a clause, or a
 * valuing verb with its object and "at" and a number ("Traders at the crossing estimate the
 * losses at $3 million a day").
 */
function clearlyAVerb(s: SentenceCtx, verb: TrieMatch): boolean {
  if (!NOUN_LIKE_VERBS.has(s.toks[verb.firstToken].lower)) return true;
  if (CLAUSE_OPENERS.has(s.toks[verb.lastToken + 1]?.lower ?? '')) return true;
  return VALUING_VERBS.has(s.toks[verb.lastToken].lower) && valuedAt(s, verb.lastToken + 1);
}

/** "the losses at 3 million", "the toll at around 40": an object, "at" and a figure, from token `from`. */
function valuedAt(s: SentenceCtx, from: number): boolean {
  if (!PHRASE_CANNOT_END.has(s.toks[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < s.toks.length && k - from <= MAX_VALUED; k++) {
    const w = s.toks[k].lower;
    if (w === 'at') return /^(?:[$£€]|rs\.?|pkr|\p{N})/u.test(s.toks[k + 1]?.lower ?? '') || /^(?:about|around|nearly|over|least|some|more|roughly)$/.test(s.toks[k + 1]?.lower ?? '');
    if (!startsWithWordChar(w)) return false;
  }
  return false;
}

/** Documents that a source writes ("the report by …", "a study by …"). */
const DOCUMENT_NOUNS = new Set(['report', 'study', 'survey', 'assessment', 'review', 'audit', 'analysis', 'paper', 'statement', 'document']);

/** Pictures a source makes, and the participles of making them ("photos taken by our reporter"). */
const IMAGE_NOUNS = new Set(['photos', 'photo', 'photographs', 'pictures', 'images', 'footage', 'video', 'videos']);
const MADE = new Set(['taken', 'shot', 'filmed', 'recorded', 'captured']);

/** The most words between "by" and a source's head ("by the UN Security Council's sanctions"). */
const MAX_AUTHOR_WORDS = 7;

/**
 * "The report by the UN Security Council's sanctions monitoring team": where the document's
 * phrase opens (its determiner), when a document noun and "by" come before the words of the
 * source starting at `start`; null otherwise.
 */
function documentByBefore(s: SentenceCtx, start: number): number | null {
  for (let k = start - 1; k >= 1 && start - k <= MAX_AUTHOR_WORDS; k--) {
    const w = s.toks[k].lower;
    if (w === 'by') {
      // "Photos taken by our reporter on Wednesday show": pictures made by a source are its account.
      let head = k - 1;
      if (MADE.has(s.toks[head].lower) && head >= 1 && IMAGE_NOUNS.has(s.toks[head - 1].lower)) head--;
      else if (!DOCUMENT_NOUNS.has(s.toks[head].lower)) return null;
      return head >= 1 && PHRASE_CANNOT_END.has(s.toks[head - 1].lower) ? head - 1 : head;
    }
    if (!startsWithWordChar(w) && w !== "'s" && w !== '’s') return null;
  }
  return null;
}

/** What is put on a channel, website or account ("a post on", "a message on"); not source nouns (a "post" is a checkpost too). */
const POSTED_NOUNS = new Set(['post', 'posts', 'message', 'messages', 'video', 'videos', 'tweet', 'tweets']);

/** The heads of the lexicon's sources that things are posted on ("Telegram channel", "website", "social media accounts"). */
const POSTING_PLACE = /(?:channel|website|site|account|page)s?$/i;

/**
 * "A post on a Telegram channel linked to the TTP said" (news58): what is posted on a channel,
 * website or account is that place speaking, as its source; where the posted thing's phrase opens
 * (its determiner), when such a noun and "on" come right before the source starting at `start`.
 */
export function postOnBefore(s: SentenceCtx, src: SourcePhrase): number | null {
  const on = src.start - 1;
  const lexicon = /^source-lexicon:([^+]+)/.exec(src.rule);
  if (on < 2 || s.toks[on].lower !== 'on' || !lexicon || !POSTING_PLACE.test(lexicon[1]) || !POSTED_NOUNS.has(s.toks[on - 1].lower)) return null;
  return PHRASE_CANNOT_END.has(s.toks[on - 2].lower) ? on - 2 : null;
}

export function sourceBeforeVerb(s: SentenceCtx, verb: TrieMatch, certainty: Certainty, si: number): Cue | null {
  const found = sourceBefore(s, verb);
  if (!found) return null;
  // "The senator asked whether the government had assessed how many …": a question's clause reports nothing.
  if (s.toks[found.src.start - 1]?.lower === 'whether') return null;
  // "A video circulating on social media claims …": social media is where things are posted, no
  // reporter ("social media users", "social media accounts" are the lexicon's own sources).
  if (found.src.start === found.src.end && s.toks[found.src.start].lower === 'media' && s.toks[found.src.start - 1]?.lower === 'social') return null;
  const { anonymous } = found;
  let src = found.src;
  // "An intelligence assessment reviewed by this newspaper also says": the document speaks, not
  // whoever saw it; an unknown thing seen is no source.
  const by = src.start - (READER_DETERMINERS.has(s.toks[src.start - 1]?.lower ?? '') ? 2 : 1);
  if (by >= 2 && s.toks[by].lower === 'by' && SEEN.has(s.toks[by - 1].lower)) {
    const seen = sourceEndingAt(s, by - 2);
    if (!seen) return null;
    src = { ...seen, rule: `${seen.rule}+${s.toks[by - 1].lower}-by` };
  }
  // "The report by the UN Security Council's sanctions monitoring team, released last week,
  // said": a document by a source is that source speaking, from the document's article on.
  const authored = documentByBefore(s, src.start);
  if (authored !== null) src = { ...src, start: authored, rule: `${src.rule}+document-by` };
  const posted = authored === null ? postOnBefore(s, src) : null;
  if (posted !== null) src = { ...src, start: posted, rule: `${src.rule}+posted-on` };
  // "according to a confidential military report seen by …": a singular indefinite phrase takes
  // no base-form verb, so a noun-like one ends the phrase as its noun.
  const form = s.toks[verb.firstToken].lower;
  // So does a name after one ("rejected a United Nations report that said …": the name is no subject).
  if (NOUN_LIKE_VERBS.has(form) && !form.endsWith('s') && (SINGULAR_INDEFINITE.has(s.toks[src.start].lower) || SINGULAR_INDEFINITE.has(s.toks[src.start - 1]?.lower ?? ''))) return null;
  // "The military accused India of backing the attackers and said 12 soldiers were killed": what
  // the accuser goes on to say is a claim of its own, not hedged by the accusation.
  // "…, but the DIG later corrected this, saying …": the clause from its subject on is the subject's claim.
  if (found.clause) return makeCue(s.doc, s.toks, src.start, verb.lastToken, src, certainty, 'following', si, `attribution:source-verb+${src.rule}+participle-of-clause`);
  if (found.ownClaim) {
    const why = found.headline ? 'second-verb-of-subject' : found.intent ? 'intent-after-and' : 'and-after-accusation';
    return makeCue(s.doc, s.toks, verb.firstToken, verb.lastToken, src, certainty, 'following', si, `attribution:source-verb+${src.rule}+${why}`);
  }
  // "..., officials said." covers the sentence; "..., but officials later denied that ..." opens
  // a claim of its own, as does a source in mid-sentence before what it says.
  const scope = opensClause(s, src.start)
    ? 'following'
    : isPostposed(s, verb.lastToken) || src.start <= 2 || afterIntroduction(s, src.start) || isInserted(s, src.start, verb.lastToken) || inFreeRelative(s, src.start)
      ? 'sentence'
      : 'following';
  // "A senior intelligence official who asked not to be named said" (news56): the anonymity in the source's own relative clause.
  const unnamed = anonymous || (src.rule.includes('+who') && hasAnonymityPhrase(s, src.start, src.end)) || (scope === 'sentence' && anonymityAround(s, src.start, verb.lastToken));
  const phrase = unnamed ? { ...src, kind: 'anonymous' as const, rule: `${src.rule}+anonymity` } : src;
  return makeCue(s.doc, s.toks, src.start, verb.lastToken, phrase, certainty, scope, si, `attribution:source-verb+${phrase.rule}`);
}

/**
 * The source phrase before a reporting verb, over auxiliaries and adverbs ("officials later
 * denied") and a parenthetical ("Two police officials, speaking on condition of anonymity,
 * said"). A passive ("The government is expected to") has no source: it is a certainty cue.
 */
export function sourceBefore(s: SentenceCtx, verb: TrieMatch): { src: SourcePhrase; anonymous: boolean; ownClaim?: boolean; headline?: boolean; clause?: boolean; intent?: boolean } | null {
  // "The ministry quoted the army as saying that …" (news54): the one quoted speaks; the quoting
  // source before it reports what it said (`reportedBy` keeps the claim the outer one's).
  const quoted = quotedAsSaying(s, verb);
  if (quoted) return { src: quoted, anonymous: false };
  let j = verb.firstToken - 1;
  let passive = false;
  // "Officials could not rule out sabotage", "cannot rule out": a modal before a negated "rule out" is the source's too.
  const notRuledOut = isNegatedRuleOut(s, verb.firstToken);
  for (; j >= 0; j--) {
    const w = s.toks[j].lower;
    // "IS said its fighters …": an actor's acronym in capitals is no auxiliary.
    // A bare "claim" after it is a noun ("investigate IS claim 2 were killed").
    if (s.actorEnds.has(s.toks[j].end) && /^\p{Lu}{2,}$/u.test(s.doc.text.slice(s.toks[j].start, s.toks[j].end))) {
      const form = s.toks[verb.firstToken].lower;
      if (NOUN_LIKE_VERBS.has(form) && !/(?:s|ed)$/.test(form)) return null;
      break;
    }
    if (s.pat.passiveAuxiliaries.has(w)) passive = true;
    else if (notRuledOut && (MODALS.has(w) || NEGATED_MODALS.has(w.replace('’', "'")))) continue;
    // "Islamabad has long accused Kabul": "long" after a perfect's "has" is how long the source has said it.
    else if (w === 'long' && PERFECT_AUXILIARIES.has(s.toks[j - 1]?.lower ?? '')) continue;
    else if (!s.ctx.lexicons.auxiliaries.has(w) && !SEQUENCE_ADVERBS.has(w) && !isAdverb(s, j)) {
      // "Officials on Tuesday said": a date between the source and its verb.
      const date = dateEndingAt(s, j);
      if (date === null) break;
      j = date;
      if (j > 0 && DATE_PREPOSITIONS.has(s.toks[j - 1].lower)) j--;
      // "The police in Bannu late on 23/11/2026 said": the time of day before the date's preposition is the date's too.
      if (j > 0 && DATE_PREPOSITIONS.has(s.toks[j].lower) && TIMES_OF_DAY.has(s.toks[j - 1].lower)) j--;
    }
  }
  // "are saying" is active; "is expected", "was said", "been told" are passive.
  if (passive && !/ing$/.test(s.toks[verb.lastToken].lower)) return null;
  // "The TTP has not claimed the attack", "Police did not say how many died": nothing was said.
  if (!notRuledOut) for (let k = j + 1; k < verb.firstToken; k++) if (s.pat.negations.has(s.toks[k].lower) || s.toks[k].lower === "n't") return null;
  j = beforeGloss(s, j);
  let anonymous = false;
  let appositive: { start: number; end: number } | null = null;
  let bodyNamed: { start: number; end: number } | null = null;
  // "The group withdrew the claim, saying …": the participle's speaker is the sentence's subject.
  if (j > 0 && s.toks[j].lower === ',' && SPEECH_PARTICIPLES.has(s.toks[verb.firstToken].lower)) {
    const clause = clauseSubject(s, j);
    if (clause) return { src: clause, anonymous: false, clause: true };
    const subject = coordinatedSubject(s, j);
    if (subject) return { src: subject, anonymous: false };
    const accuser = accuserGoingOn(s, j, verbCertainty(verb));
    return accuser ? { src: accuser, anonymous: false, ownClaim: true } : null;
  }
  if (j > 0 && s.toks[j].lower === ',') {
    const named = namedInApposition(s, j);
    if (named) return { src: named, anonymous: false };
    const parenthetical = parentheticalBefore(s, j);
    if (parenthetical === null) {
      // "Taliban deny role, say attack was internal": a headline's second verb after a comma has the first one's subject.
      const subject = j === verb.firstToken - 1 ? subjectOfFirstVerb(s, j) : null;
      return subject ? { src: subject, anonymous: false, ownClaim: true, headline: true } : null;
    }
    const { open, described } = parenthetical;
    anonymous = hasAnonymityPhrase(s, open + 1, j - 1);
    if (parenthetical.name) appositive = { start: open + 1, end: j - 1 };
    if (parenthetical.body) bodyNamed = { start: open + 1, end: j - 1 };
    // "The Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank, said"
    const nameStart = described ? organisationNameStart(s, open - 1) : null;
    if (described && nameStart !== null) {
      // A person's name ("Zahid Hussain, a Peshawar-based journalist,") is a named source; an
      // organisation's ("The Centre for Research and Security Studies, a think tank,") has the noun's kind.
      const person = isAppositiveName(s, nameStart, open - 1);
      const kind = person ? 'named' : described.kind;
      // "Ahmad Gulzar, a spokesman for the TTP,": the person speaks for the group.
      // "Jamaat-ul-Ahrar, a TTP splinter group, claimed": a known group described as one speaks for itself.
      const actor = person ? spokespersonOwner(s, open + 1, j - 1) : /^source-group:/.test(described.rule) ? actorNamed(s, nameStart, open - 1) ?? null : null;
      const rule = `${described.rule}+apposition${person ? '+person' : ''}${actor ? `+spokesperson-of:${actor}` : ''}`;
      return { src: { start: nameStart, end: j - 1, kind, rule, ...(actor ? { actor } : {}) }, anonymous };
    }
    // "Malik Shah Wali, a member of the jirga, said": a person named and described, a named source.
    if (parenthetical.person) return { src: { start: 0, end: j - 1, kind: 'named', rule: 'person-name:capitalised+apposition+described' }, anonymous };
    j = open - 1;
  }
  if (j < 0) return null;
  if (s.toks[j].lower === 'and' && !anonymous) {
    // "The protesters blocked the road and threatened to burn tyres": the intent is the subject's
    // statement, the act before it the reporter's; the subject's claim opens at the second verb.
    if (!opensReport(s, verb)) {
      const subject = statesIntent(s, verb) ? coordinatedSubject(s, j) : null;
      return subject ? { src: subject, anonymous: false, ownClaim: true, intent: true } : null;
    }
    const subject = coordinatedSubject(s, j);
    if (subject) return { src: subject, anonymous: false };
    const accuser = accuserGoingOn(s, j, verbCertainty(verb));
    return accuser ? { src: accuser, anonymous: false, ownClaim: true } : null;
  }
  const found = (clearlyAVerb(s, verb) ? (sourceWithPhraseAfter(s, j) ?? sourceWithRelativeClause(s, j)) : null) ?? sourceEndingAt(s, j);
  if (!found) return null;
  const src = selfStyled(s, found) ?? coordinatedSources(s, found, verb.lastToken) ?? found;
  // "The military's media wing, the Inter-Services Public Relations (ISPR), said": a source noun
  // and the body's name in apposition, one source of the noun's kind; another subject ("The
  // attack, the ISPR said") is no source of this verb. The rule says no "apposition", which
  // would make the source a person ("It said …" after it is the body).
  if (bodyNamed) {
    if (!/^source-lexicon/.test(src.rule)) return null;
    return { src: { ...src, end: bodyNamed.end, rule: `${src.rule}+body-named` }, anonymous };
  }
  // "The interior minister, Mohsin Naqvi, told …": the office and its holder's name, a named source.
  if (appositive) {
    const held = officeWithHolder(s, src, appositive.end);
    return held ? { src: held, anonymous } : null;
  }
  return { src, anonymous };
}

/** The certainty the lexicon gives a reporting verb ("denied": denied). */
function verbCertainty(verb: TrieMatch): Certainty {
  const v = verb.values.find((x) => x.entity.startsWith('verb:'));
  return (v?.entity.slice(5) ?? 'asserted') as Certainty;
}

const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'late', 'early']);
/** The auxiliaries of a perfect, before which "long" is an adverb ("has long accused"). */
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
/** Words of a time of day before a date's preposition ("late on Sunday", "early on Monday"). */
const TIMES_OF_DAY = new Set(['late', 'early']);

/** The verbs that quote someone "as saying". */
const QUOTING = new Set(['quoted', 'quoting', 'quotes', 'quote']);

/** "quoted the army as saying", "quoting a police official as saying": the source quoted, before "as saying". */
function quotedAsSaying(s: SentenceCtx, verb: TrieMatch): SourcePhrase | null {
  const v = verb.firstToken;
  if (s.toks[v].lower !== 'saying' || s.toks[v - 1]?.lower !== 'as' || v < 3) return null;
  const src = sourceEndingAt(s, v - 2);
  if (!src) return null;
  const before = src.start - (NOUN_DETERMINERS.has(s.toks[src.start - 1]?.lower ?? '') ? 2 : 1);
  return QUOTING.has(s.toks[before]?.lower ?? '') ? { ...src, rule: `${src.rule}+quoted-as-saying` } : null;
}

/**
 * Adverbs of an account's place in time between a source and its verb ("Officials had first said",
 * "Police initially said"): "first" ends in no -ly, and "initially" after "police" fails
 * `isAdverb`'s guard (after a source modifier an -ly word may be a noun: "provincial assembly");
 * none of them is ever a noun.
 */
const SEQUENCE_ADVERBS = new Set(['first', 'initially', 'originally']);

/** The first token of a date mention whose last token is `j` ("Tuesday", "last week"), or null. */
function dateEndingAt(s: SentenceCtx, j: number): number | null {
  const end = s.toks[j].end;
  for (const d of s.doc.dates) {
    if (d.end === end) return tokenIndexAt(s.toks, d.start) ?? null;
    if (d.start > end) break;
  }
  return null;
}

/**
 * The verb reports a statement: "said …", or any reporting verb before "that" or a subject
 * ("noted that he had …"); not "announced civilian disobedience", "rejected violence".
 */
function opensReport(s: SentenceCtx, verb: TrieMatch): boolean {
  return speechWords().bareClauseVerbs.has(s.toks[verb.lastToken].lower) || CLAUSE_OPENERS.has(s.toks[verb.lastToken + 1]?.lower ?? '');
}

/**
 * A predicting verb before its "to" states an intent ("… and threatened to block the highway",
 * "… and vowed to continue the sit-in", news54): its maker's statement of what it will do.
 */
function statesIntent(s: SentenceCtx, verb: TrieMatch): boolean {
  const to = s.toks[verb.lastToken].lower === 'to' ? verb.lastToken : verb.lastToken + 1;
  return verbCertainty(verb) === 'predicted' && s.toks[to]?.lower === 'to' && /^\p{Ll}/u.test(s.doc.text[s.toks[to + 1]?.start ?? s.doc.text.length] ?? '');
}

/** "..., said police." / "..., said Interior Minister Mohsin Naqvi." */
export function sourceAfterVerb(s: SentenceCtx, verb: TrieMatch, certainty: Certainty, si: number): Cue | null {
  const prev = s.toks[verb.firstToken - 1];
  if (!prev || !/^[,"”’“]$/.test(s.doc.text.slice(prev.start, prev.end))) return null;
  const src = sourceAt(s, verb.lastToken + 1);
  if (!src) return null;
  // "…, said police." ends its clause; "…, said militant attacks rose" is what was said.
  const after = s.toks[src.end + 1]?.lower;
  if (after !== undefined && startsWithWordChar(after)) return null;
  return makeCue(s.doc, s.toks, verb.firstToken, src.end, src, certainty, 'sentence', si, `attribution:verb-source+${src.rule}`);
}
