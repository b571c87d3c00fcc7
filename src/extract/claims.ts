import type { Certainty, Claim, Cue, CueKind, Doc, EventRecord } from '../model/types.ts';
import { HEDGE_RULE, isJudgedModal, MODAL_SENSE_RULE, type HedgeJudge } from '../classify/hedge.ts';
import { longestFirst } from '../recognize/regex.ts';
import { speechWords } from '../recognize/speech-words.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { headlineJoins } from './headline-list.ts';
import { CONTESTS } from '../recognize/attribution-verb-readings.ts';
import type { ActorGazetteer } from '../gazetteer/actors.ts';

// Claims: one per attributable proposition. A sentence is one claim unless an attribution cue
// starts in its middle ("..., forming a next batch that analysts expect could bolster ..."):
// then what precedes the cue and what follows it are two claims, each with its own attribution
// and certainty. Headings are never claims.

const CERTAINTY_OF: Partial<Record<CueKind, Certainty>> = {
  hedge: 'hedged',
  prediction: 'predicted',
  speculation: 'speculative',
  denial: 'denied',
};
const RANK: Record<Certainty, number> = { asserted: 0, hedged: 1, predicted: 2, speculative: 3, denied: 4 };
/** A sentence that is all quotation: it opens with a quotation mark and ends with one. */
const QUOTED_SENTENCE = /^["“][^"“”]*["”]\s*$/;
/** An interview's answer mark ("A:") made the attribution. */
const ANSWER_RULE = /^attribution:interview-answer\b/;
/** A source ending a headline after a colon (src/recognize/attribution.ts). */
const HEADLINE_SOURCE = /^attribution:headline-source\b/;
/** "that", "which", "who", "whom" (with a preposition before "which" or "whom": "a video in which …"), a comma or a semicolon, before a cue. */
const RELATIVE = /(?:\b(?:(?:in|on|at|during|from|of|by|with|through|under)\s+(?=which|whom))?(?:that|which|who|whom)\s+|,\s*|;\s*)$/i;

export function extractClaims(doc: Doc): Claim[] {
  const claims: Claim[] = [];
  const cuesBySentence = new Map<number, Cue[]>();
  for (const c of doc.cues) {
    const list = cuesBySentence.get(c.sentence) ?? [];
    list.push(c);
    cuesBySentence.set(c.sentence, list);
  }

  // The source speaking at the end of the sentence before, when what follows may go on with its words.
  // `answer`: an interview's answer, or a document opened by its source's colon; both go on.
  let speaking: { cue: Cue; sentence: number; answer: boolean; document: boolean; quote: boolean } | null = null;
  doc.sentences.forEach((s, si) => {
    if (s.heading) return;
    const sentenceText = doc.text.slice(s.start, s.end);
    if (isCreditLine(sentenceText)) return;
    const cues = (cuesBySentence.get(si) ?? []).sort((a, b) => a.start - b.start);
    const attributions = cues.filter((c) => c.kind === 'attribution');
    // "A: We have lost 143 policemen. Most of them were killed in Bannu …": the answer goes on;
    // '"Our mujahideen attacked the post," it said. "More than 30 soldiers were …"': so does the quotation.
    const before = speaking && speaking.sentence === si - 1 && doc.sentences[si - 1].paragraph === s.paragraph && attributions.length === 0 ? speaking : null;
    const continued = before && (before.answer || (before.quote && QUOTED_SENTENCE.test(sentenceText))) ? before : null;
    speaking = null;
    // A headline's source after its colon heads the headline, from its start (the sentence's, or
    // the ";" before it) to the source; a headline after it (past the next ";") is not its.
    const splitters: Array<{ at: number; cue: Cue | null; headline: boolean }> = [];
    for (const c of attributions) {
      if (c.scope !== 'following') continue;
      if (HEADLINE_SOURCE.test(c.rule)) {
        const semi = doc.text.lastIndexOf(';', c.start);
        splitters.push({ at: semi >= s.start ? skipSpace(doc.text, semi + 1) : s.start, cue: c, headline: true });
        const next = doc.text.indexOf(';', c.end);
        if (next >= 0 && next < s.end) splitters.push({ at: skipSpace(doc.text, next + 1), cue: null, headline: true });
      } else if (c.rule.includes(CONTESTS)) {
        // ", a charge the Taliban deny": the apposition, from its comma on, is the denier's claim.
        const comma = doc.text.lastIndexOf(',', c.sourceSpan?.start ?? c.start);
        if (comma > s.start) splitters.push({ at: comma + 1, cue: c, headline: false });
      } else if (c.start > s.start) splitters.push({ at: countryTagBefore(doc.text, s.start, c.start) ?? articleBefore(doc.text, s.start, c.start), cue: c, headline: false });
    }
    // "X reportedly killed in A; Y killed in B": headlines joined by ";" in a line with no full
    // stop are claims of their own, so a cue of one does not make another uncertain.
    const ownSplits = splitters.length;
    let listSplits = 0;
    for (const k of headlineJoins(doc.text, s.start, s.end)) {
      splitters.push({ at: skipSpace(doc.text, k + 1), cue: null, headline: true });
      listSplits++;
    }
    splitters.sort((a, b) => a.at - b.at || Number(a.cue !== null) - Number(b.cue !== null));
    const bounds: Array<{ start: number; end: number; opener: Cue | null; told?: boolean }> = [];
    let start = s.start;
    let opener: Cue | null = null;
    for (const { at, cue, headline } of splitters) {
      const rel = headline ? null : RELATIVE.exec(doc.text.slice(start, at));
      const cut = rel ? start + rel.index : at;
      if (doc.text.slice(start, cut).trim().length === 0) {
        if (headline || cue) opener = cue;
        continue;
      }
      bounds.push({ start, end: trimEnd(doc.text, start, cut), opener });
      // "that analysts expect ..." keeps its relative pronoun; after a comma the cue starts it.
      start = rel && /^\s*[a-z]/i.test(rel[0]) ? cut : skipSpace(doc.text, at);
      opener = cue;
    }
    bounds.push({ start, end: s.end, opener });
    splitActAfterAccusation(doc.text, bounds, attributions);

    // "Citing police officials, Dawn reported …": a source cited by another is no teller of the sentence (news58).
    const wholeSentence = attributions.find((c) => c.scope === 'sentence' && !c.rule.includes('+cited+')) ?? attributions.find((c) => c.scope === 'sentence') ?? continued?.cue ?? null;
    // Headlines joined by ";": a source of the whole sentence is only that of the headline holding it.
    const headlines = splitters.some((x) => x.headline);
    for (const b of bounds) {
      const inside = cues.filter((c) => c.start >= b.start && c.end <= b.end);
      // Each headline its own: "IS claims attack on …;Islamic State claims market bombing …" has two.
      const whole = headlines ? (inside.find((c) => c.attribution && c.scope === 'sentence') ?? null) : wholeSentence;
      const attribution = b.told
        ? null
        : b.opener ?? inside.find((c) => c.kind === 'attribution' && c.scope === 'following' && c.start === b.start) ?? whole;
      if (attribution && b === bounds[bounds.length - 1]) {
        const document = attribution === continued?.cue ? continued.document : opensDocument(doc.text, attribution, b.end);
        const answer = attribution === continued?.cue ? continued.answer : ANSWER_RULE.test(attribution.rule) || document;
        speaking = { cue: attribution, sentence: si, answer, document, quote: /["“”]/.test(sentenceText) };
      }
      let certainty: Certainty = attribution?.certainty ?? 'asserted';
      // The same without the modal cues whose sense the hedge model judges.
      let withoutModal = certainty;
      for (const c of inside) {
        const k = c.kind === 'attribution' ? c.certainty : CERTAINTY_OF[c.kind];
        if (k && RANK[k] > RANK[certainty]) certainty = k;
        if (k && RANK[k] > RANK[withoutModal] && !isJudgedModal(c, doc.text.slice(c.end, s.end))) withoutModal = k;
      }
      const id = `c${claims.length + 1}`;
      claims.push({
        id,
        start: b.start,
        end: b.end,
        sentence: si,
        attribution: attribution
          ? {
              kind: attribution.attribution!,
              cue: { start: attribution.start, end: attribution.end, text: attribution.text },
              source: attribution.source ?? null,
            }
          : { kind: 'unattributed', cue: null, source: null },
        sourceActor: attribution?.sourceActor ?? null,
        ...(attribution?.sourceActors ? { sourceActors: attribution.sourceActors } : {}),
        certainty,
        cues: cuesOut(inside),
        ...(withoutModal !== certainty ? { withoutModal } : {}),
        events: [],
        rule: b.told
          ? 'claim:act-after-accusation'
          : bounds.length > 1
            ? ownSplits === 0 && listSplits > 0 ? 'claim:split-at-headline' : 'claim:split-at-attribution'
            : continued && attribution === continued.cue
              ? continued.document ? 'claim:document-goes-on' : continued.answer ? 'claim:answer-goes-on' : 'claim:quotation-goes-on'
              : 'claim:sentence',
      });
      if (isQuestion(doc.text.slice(b.start, b.end))) {
        const q = claims[claims.length - 1];
        q.rule += '+question';
        // "Q: Is the TTP behind the attack?": a yes/no question puts its proposition up as a possibility.
        if (isPolarQuestion(doc.text.slice(b.start, b.end)) && RANK.speculative > RANK[q.certainty]) {
          q.certainty = 'speculative';
          if (q.withoutModal !== undefined) delete q.withoutModal;
          q.rule += ':polar';
        }
      }
    }
  });
  quotationsGoBack(doc, claims);
  releaseIsItsIssuers(doc, claims);
  return claims;
}

/** A heading line that says what follows is a release: "PRESS RELEASE", "Handout", "Press statement:". */
const RELEASE_HEADER = /^\s*(?:press|news|official)?\s*(?:release|statement|handout)\s*:?\s*$/i;
/** The kinds of source that issue a release: a body or its named officer, not a witness or a report about it. */
const ISSUERS: ReadonlySet<string> = new Set(['official', 'named', 'self']);

/**
 * "PRESS RELEASE / The Counter Terrorism Department arrested three … According to the CTD
 * spokesperson, …": the sentences under a heading that says a release follows, up to the next
 * heading, are the release's, and so its issuer's: the first source of an issuer's kind among them.
 * Each of them with no source takes that source (rule 'claim:release-issuer', news44); with no
 * issuer named, they stay unattributed.
 */
function releaseIsItsIssuers(doc: Doc, claims: Claim[]): void {
  for (let h = 0; h < doc.sentences.length; h++) {
    const head = doc.sentences[h];
    if (!head.heading || !RELEASE_HEADER.test(doc.text.slice(head.start, head.end))) continue;
    let end = h + 1;
    while (end < doc.sentences.length && !doc.sentences[end].heading) end++;
    const body = claims.filter((c) => c.sentence > h && c.sentence < end);
    const issuer = body.find((c) => ISSUERS.has(c.attribution.kind) && c.attribution.cue !== null);
    if (!issuer) continue;
    for (const c of body) {
      if (c.attribution.kind !== 'unattributed') continue;
      c.attribution = { ...issuer.attribution };
      c.sourceActor = issuer.sourceActor;
      if (issuer.sourceActors) c.sourceActors = issuer.sourceActors;
      c.rule = c.rule.replace(/^claim:[a-z-]+/, 'claim:release-issuer');
    }
    h = end - 1;
  }
}

/** A colon after a source's verb, with at most a few words between ("said:", "said in a statement:"), and a capital after it. */
const DOCUMENT_COLON = /^(?:\s+[\p{L}\d'’-]+){0,4}\s*:\s+(?=["“]?\p{Lu})/u;

/**
 * "In a press release, the CTD said: The suspects were planning attacks …": a source whose verb
 * a colon follows sets out a document (a release, a statement) or a quotation, whose sentences
 * go on with that source to the end of the paragraph or the next sentence with a source of its
 * own (claim rule 'claim:document-goes-on', news44).
 */
function opensDocument(text: string, cue: Cue, claimEnd: number): boolean {
  if (cue.scope !== 'following' && cue.scope !== 'sentence') return false;
  if (ANSWER_RULE.test(cue.rule) || cue.end >= claimEnd) return false;
  return DOCUMENT_COLON.test(text.slice(cue.end, claimEnd));
}

const OPENS_QUOTE = /^["“]/;
const QUOTE_MARKS = /["“”]/g;

/**
 * '"We have shared dossiers with Kabul. We expect them to act," the minister said.': a quotation
 * opened in a sentence with no source and closed in a later one of its paragraph, whose source
 * after the closing mark covers that sentence, is that source's from its first sentence on (rule
 * 'claim:quotation-goes-back'); the certainty its verb lends applies to each.
 */
function quotationsGoBack(doc: Doc, claims: Claim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const s = doc.sentences[c.sentence];
    if (c.attribution.kind !== 'unattributed' || c.start !== s.start || !OPENS_QUOTE.test(doc.text.slice(c.start, c.end))) continue;
    if ((doc.text.slice(s.start, s.end).match(QUOTE_MARKS)?.length ?? 0) !== 1) continue;
    // The sentences after it: all quotation, until one closes it; that one's source ends it. A
    // paragraph the quotation fills to its end goes on in the next when that one opens with a
    // quotation mark again (the mark of a quotation running over paragraphs; news43).
    let paragraph = s.paragraph;
    for (let k = i + 1; k < claims.length; k++) {
      const n = claims[k];
      const ns = doc.sentences[n.sentence];
      if (n.start !== ns.start) break;
      const text = doc.text.slice(ns.start, ns.end);
      let reopened = 0;
      if (ns.paragraph !== paragraph) {
        if (ns.paragraph !== paragraph + 1 || doc.sentences[n.sentence - 1]?.paragraph === ns.paragraph || !OPENS_QUOTE.test(text)) break;
        paragraph = ns.paragraph;
        reopened = 1;
      }
      const marks = (text.match(QUOTE_MARKS)?.length ?? 0) - reopened;
      if (marks === 0 && n.attribution.kind === 'unattributed') continue;
      if (marks !== 1 || !n.attribution.cue) break;
      const close = ns.start + reopened + text.slice(reopened).search(QUOTE_MARKS);
      if (n.attribution.cue.start < close || n.end !== ns.end) break;
      const cue = doc.cues.find((x) => x.kind === 'attribution' && x.start === n.attribution.cue!.start && x.end === n.attribution.cue!.end);
      for (let m = i; m < k; m++) {
        const q = claims[m];
        if (q.attribution.kind !== 'unattributed') continue;
        q.attribution = { ...n.attribution };
        q.sourceActor = n.sourceActor;
        if (n.sourceActors) q.sourceActors = n.sourceActors;
        const lent = cue?.certainty;
        if (lent && RANK[lent] > RANK[q.certainty]) q.certainty = lent;
        q.rule = 'claim:quotation-goes-back';
      }
      break;
    }
  }
}

let credit: { role: RegExp; names: RegExp; split: RegExp } | null = null;
/** "Reporting by", "Additional reporting by", "Editing by": one role of a credit line; then its names. */
function creditPatterns(): { role: RegExp; names: RegExp; split: RegExp } {
  if (credit) return credit;
  const roles = readDataJson<{ creditLineRoles: string[] }>('lexicons/attribution.json').creditLineRoles;
  const words = longestFirst(new Set(roles.map((r) => r.toLowerCase()))).replace(/ /g, '\\s+');
  // The names: capitalised words, with "and", "in", "from" … and commas between them.
  const name = "\\p{Lu}[\\p{L}.'’-]*";
  return (credit = {
    role: new RegExp(`^(?:${words})\\s+by\\s+`, 'i'),
    names: new RegExp(`^${name}(?:(?:\\s+|\\s*,\\s*|\\s*&\\s*)(?:(?:and|in|from|at|with|of|the|bin|al|ul|ur|de|van|von)\\s+)*${name})*$`, 'u'),
    split: new RegExp(`\\s*[;,]\\s*(?=(?:${words})\\s+by\\b)|\\s*;\\s*`, 'i'),
  });
}

/**
 * A wire's credit line ("Reporting by Asif Shahzad; Editing by Kim Coghill", "(Reporting by …;
 * Writing by …)"): every part a role of creditLineRoles (attribution.json) and the capitalised
 * names after "by". It says who wrote the report, and is no claim.
 */
export function isCreditLine(sentence: string): boolean {
  const p = creditPatterns();
  const opened = sentence.trim().replace(/^\(\s*/, '');
  if (!p.role.test(opened)) return false;
  const body = opened.replace(/\s*\)?\s*\.?\s*\)?$/, '');
  return body.split(p.split).every((part) => {
    const m = p.role.exec(part);
    return m !== null && p.names.test(part.slice(m[0].length));
  });
}

/**
 * Claims an institution states (an official statement, a media report): the model, trained on
 * Wikipedia's weasel wording, reads their vague counts ("fire from multiple directions") as
 * hedging, but such a claim names who stands behind it.
 */
const BY_INSTITUTION: ReadonlySet<string> = new Set(['official', 'media']);

/**
 * Words of a named source that make it an office speaking ("Foreign Office spokesperson Mumtaz
 * Zahra Baloch", "Interior Minister Mohsin Naqvi"): the person holds the office, and the claim
 * is the institution's as much as an official's.
 */
let officeWords: RegExp | null = null;
function officeWordsPattern(): RegExp {
  return (officeWords ??= new RegExp(`\\b(?:${longestFirst(speechWords().offices)})\\b`, 'i'));
}

export function isStatedByInstitution(c: Claim): boolean {
  if (BY_INSTITUTION.has(c.attribution.kind)) return true;
  // "The TTP claimed responsibility and said its fighters killed 12 soldiers", "The BLA said":
  // a named group's statement is its own account, and like an official one names who stands
  // behind it (session 15, news22); a named person who is no known actor is still judged.
  if (c.attribution.kind === 'self' || (c.attribution.kind === 'named' && c.sourceActor !== null)) return true;
  // "UNHCR said": a body named by its acronym speaks as an institution (session 16).
  return c.attribution.kind === 'named' && c.attribution.source !== null && (officeWordsPattern().test(c.attribution.source) || BODY_ACRONYM.test(c.attribution.source));
}

/** A source that is an acronym alone ("UNHCR", "HRCP"): a body, not a person. */
const BODY_ACRONYM = /^\p{Lu}{2,6}$/u;

let refusal: RegExp | null = null;
function refusalPattern(): RegExp {
  if (refusal) return refusal;
  const file = readDataJson<{ refusalsToTell: { heads: string[]; verbs: string[] } }>('lexicons/certainty.json').refusalsToTell;
  const words = (xs: string[]) => longestFirst(new Set(xs.map((x) => x.toLowerCase()))).replace(/ /g, '\\s+');
  return (refusal = new RegExp(`\\b(?:${words(file.heads)})\\s+(?:${words(file.verbs)})\\b`, 'i'));
}

/**
 * Claims the hedge model does not judge: what an institution states, and a refusal to tell ("He
 * declined to say how many soldiers were wounded"), a fact whose open question is no vague amount.
 */
export function isNotJudgedByModel(c: Claim, text: string): boolean {
  return isStatedByInstitution(c) || refusalPattern().test(text) || isQuestion(text);
}

/** A direct question ("Q: How many attacks has the police faced this year?"): it ends in "?", with a closing mark after it or none. */
const QUESTION = /\?["”’')\]]*\s*$/;

/**
 * A claim that is a direct question asserts nothing: the hedge model does not judge it. A
 * wh-question's certainty is what its cues make it (asserted when none, the scale's "no cue says
 * otherwise"); a yes/no question is speculative at least (isPolarQuestion). Its rule gains
 * '+question' ('+question:polar'; news44).
 */
export function isQuestion(text: string): boolean {
  return QUESTION.test(text);
}

/**
 * A yes/no question: an auxiliary or modal opens it (after an interview's "Q:" or a quotation
 * mark), "Is the TTP behind the attack?", "Can the talks succeed?"; a wh-question ("How many
 * attacks has the police faced?") takes its proposition for granted and asks about a part of it.
 */
const POLAR_OPENING = /^(?:Q\s*:\s*)?["“'‘]?(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|can't|couldn't|won't|wouldn't|shouldn't)\b/i;

export function isPolarQuestion(text: string): boolean {
  return POLAR_OPENING.test(text);
}

/**
 * Claims the cue rules left asserted, judged by the hedge model on their own words and cues. A
 * claim it finds uncertain becomes hedged, its rule gains '+model:hedge-sentence', and it keeps
 * the verdict (model id, score, the features behind it). A claim that only a "may" or "might"
 * before "be" made uncertain is judged too, on the modal's context: read as root or generic
 * possibility ("may be used to", "may be larger"), the claim takes the certainty it has without
 * the modal, its rule gains '+model:modal-sense', and it keeps the verdict. Other cue-made
 * certainty is never changed, and what an official or media source states is not judged.
 */
export function hedgeClaimsByModel(doc: Doc, judge: HedgeJudge): void {
  for (const c of doc.claims) {
    const text = doc.text.slice(c.start, c.end);
    if (c.withoutModal !== undefined) {
      const m = judge.judgeModal(text, c.cues);
      if (m.uncertain) continue;
      c.certainty = c.withoutModal;
      c.rule += '+' + MODAL_SENSE_RULE;
      c.certaintyModel = { model: judge.id, rule: MODAL_SENSE_RULE, score: m.score, features: m.features };
      continue;
    }
    if (c.certainty !== 'asserted' || isNotJudgedByModel(c, text)) continue;
    const v = judge.judge(text, c.cues);
    if (!v.uncertain) continue;
    c.certainty = 'hedged';
    c.rule += '+' + HEDGE_RULE;
    c.certaintyModel = { model: judge.id, rule: HEDGE_RULE, score: v.score, features: v.features };
  }
}

/** Appended once to a claim's rule when an event shows its source speaking of its own act. */
const SELF_RULE = '+self-attribution';

/**
 * The known actors speaking a claim: its sourceActor, or those among its coordinated sources
 * ("Troops and paramilitary Frontier Corps said they had killed …": each of them speaks, so an
 * event one of them did makes the claim self-attributed; session 17).
 */
function speakersOf(claim: Claim): readonly string[] {
  return claim.sourceActor ? [claim.sourceActor] : (claim.sourceActors ?? []);
}

/**
 * Whether a speaker speaks for an actor: it is that actor, or a group speaking for its branch in
 * the actor's country (see linkEventsToClaims). (A function of the module, not a named closure
 * made per document: under tsx's keepNames each costs a defineProperty of its name; perf22b.)
 */
function speaksFor(actors: Pick<ActorGazetteer, 'get' | 'branchOf'> | undefined, speaker: string, actor: string): boolean {
  if (speaker === actor || !actors) return speaker === actor;
  const country = actors.get(actor)?.country;
  return !!country && actors.branchOf(speaker, country) === actor;
}

/**
 * Ties each event to the claim whose span holds its trigger, both ways. An actor speaking
 * about its own act ("the Taliban released 150, a spokesman for the Islamic Emirate said") is a
 * self-attributed claim.
 */
export function linkEventsToClaims(claims: Claim[], events: EventRecord[], actors?: Pick<ActorGazetteer, 'get' | 'branchOf'>): void {
  // "Amaq said Islamic State fighters attacked …": a group speaks for its branch in the country
  // where the act was (the event's is-kp is the speaking islamic-state's; news44).
  for (const e of events) {
    const claim = claims.find((c) => c.start <= e.trigger.start && e.trigger.end <= c.end)
      ?? claims.find((c) => c.sentence === e.sentence);
    if (!claim) continue;
    e.claim = claim.id;
    claim.events.push(e.id);
    const speakers = speakersOf(claim);
    if (!claim.rule.includes(SELF_RULE) && e.actors.some((r) => r.role !== 'target' && speakers.some((sp) => speaksFor(actors, sp, r.actor)))) {
      claim.attribution = { ...claim.attribution, kind: 'self' };
      claim.rule += SELF_RULE;
    }
  }
}

/**
 * A verb of accusation with an object ending an attribution cue ("Police accused", "Residents
 * blamed"); not "alleged", whose clause ("alleged that militia torched … and killed …") holds the "and".
 */
const ACCUSATION_VERB = /\b(?:accuse[sd]?|blame[sd]?)$/i;
/** "… and stoned them to death": "and" and a verb in the past that is no reporting verb. */
const ACT_AFTER_AND = /,?\s+and\s+(?:then\s+|later\s+)?(\p{Ll}+ed|shot|beat|burnt|hit|threw|took|set|left|fled|stole|seized|struck|began)\b/u;

/**
 * "Assailants accused two civilians of adultery and stoned them to death": what the accusers did
 * next is told, not accused, so it is a claim of its own with no source and no hedge; what they
 * went on to say ("… and said …") is left to the attribution cues.
 */
function splitActAfterAccusation(text: string, bounds: Array<{ start: number; end: number; opener: Cue | null; told?: boolean }>, attributions: readonly Cue[]): void {
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i];
    const accusation = attributions.find((c) => c.start >= b.start && c.end <= b.end && c.certainty === 'hedged' && ACCUSATION_VERB.test(c.text));
    if (!accusation || /^\s+that\b/i.test(text.slice(accusation.end, b.end))) continue;
    const m = ACT_AFTER_AND.exec(text.slice(accusation.end, b.end));
    if (!m || speechWords().verbs.has(m[1].toLowerCase())) continue;
    const at = accusation.end + m.index;
    if (attributions.some((c) => c.start >= at && c.start < b.end)) continue;
    const act = skipSpace(text, at + m[0].indexOf('and') + 3);
    bounds.splice(i + 1, 0, { start: act, end: b.end, opener: null, told: true });
    b.end = trimEnd(text, b.start, at);
  }
}

let countryNames: ReadonlySet<string> | null = null;

/**
 * (Session 18, news36) "…roundup 3 Mar 14;Pakistan Sindh-based party chief says …": a country's
 * name alone between the ";" that joins a part to the line and a source is the part's tag, as a
 * dateline is, and no claim of its own: the part's claim, opened by its source, starts at it.
 * Where the part starts, else null.
 */
function countryTagBefore(text: string, sentenceStart: number, sourceStart: number): number | null {
  const semi = text.lastIndexOf(';', sourceStart - 1);
  if (semi < sentenceStart) return null;
  const tag = text.slice(semi + 1, sourceStart);
  if (!/^\s*\p{Lu}[\p{L} ]*\s$/u.test(tag)) return null;
  countryNames ??= new Set(
    readDataJson<{ places: Array<{ kind: string; aliases: string[] }> }>('places.json').places.filter((p) => p.kind === 'country').flatMap((p) => p.aliases),
  );
  return countryNames.has(tag.trim()) ? semi + 1 : null;
}

/**
 * "…; however, the Taliban denied …": a source whose phrase leaves out the article before it (a
 * known actor's name is its mention, "Taliban") is split off with that article, so the claim opens
 * with its whole subject ("the Taliban denied …") and the one before does not end in "the".
 */
function articleBefore(text: string, sentenceStart: number, sourceStart: number): number {
  // "after presumed JNIM militants threatened to …": a word doubting who the source is belongs
  // to the source's phrase, with its article (news51).
  const m = /(?<=^|[\s;,(])(?:(?:the|a|an)\s+)?(?:(?:suspected|presumed|alleged|purported)\s+)?$/i.exec(text.slice(sentenceStart, sourceStart));
  return m ? sentenceStart + m.index : sourceStart;
}

/** Drops trailing spaces, commas and a dangling conjunction ("..., but", "... after") from a claim's end. */
function trimEnd(text: string, start: number, end: number): number {
  for (;;) {
    while (end > start && /[\s,;]/.test(text[end - 1])) end--;
    // "… staged a walkout on Thursday after": a subordinator whose clause became a claim of its own.
    const m = /\b(?:but|and|while|whereas|as|although|though|yet|however|after|before|when|because|since|until|once)$/i.exec(text.slice(start, end));
    if (!m || m.index === 0) return end;
    // "…, a day after": with its measure of time the word is no dangling subordinator to drop.
    if (/^(?:after|before)$/i.test(m[0]) && /\b(?:day|days|hours?|weeks?|months?|years?|minutes?|moments|shortly|soon|long|just|only)\s+$/i.test(text.slice(start, start + m.index))) return end;
    end = start + m.index;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/**
 * A claim's cues as the output gives them. By push, not map: a map TurboFan inlined makes a
 * holey array where the interpreter makes a packed one, and the hedge model's feature walk,
 * which reads these, was compiled again at each kind (session 20, perf20).
 */
function cuesOut(inside: readonly Cue[]): Claim['cues'] {
  const out: Claim['cues'] = [];
  for (const c of inside) out.push({ start: c.start, end: c.end, text: c.text, kind: c.kind });
  return out;
}
