import type { Certainty, Cue, Doc } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { sentenceTokenRanges } from './tokens.ts';
import type { SentenceCtx } from './attribution-sentence.ts';
import { makeCue, indexByEnd, indexByStart } from './attribution-sentence.ts';
import { loadPatterns } from './attribution-patterns.ts';
import { opensClauseAfter } from './attribution-clauses.ts';
import { sourceAt, isCapital } from './attribution-source.ts';
import { objectPronounSource } from './attribution-anaphora.ts';
import { contestsWhatCameBefore, contestingDenial, reportedBy, expectationWithoutSource, claimWithoutSource, isNegatedRuleOut, dismissesObject, isDemand, predictionCue } from './attribution-verb-readings.ts';
import { isReportingVerb, sourceBeforeVerb, sourceAfterVerb } from './attribution-verb-frames.ts';
import { responsibilityClaim, withModifiedClaims } from './attribution-self.ts';
import { claimsOwnResponsibility, claimsOwnAct, deniesOwnPart, saysOwnPartDenied } from './attribution-own-claim.ts';
import { headlineSources } from './attribution-headlines.ts';
import { leadLength, answerCue } from './attribution-lead.ts';

export { HEADLINE_SOURCE_RULE } from './attribution-headlines.ts';

// Attribution cues: a source phrase beside a reporting verb ("Security analysts note",
// "officials said", "said police") or after "according to". The source decides the kind:
// lexicon nouns (sources, officials, analysts, reports), a state actor (official), another
// named organisation, or a person's name (named). A group claiming responsibility for an act
// ("The TTP claimed responsibility") is a self-attribution.
//
// This module runs the sentence loop; the readers live beside it by concern (session 17):
// attribution-verb-frames (source before or after a reporting verb), -verb-readings (demands,
// dismissals, predictions, reports within reports), -source (the source phrase reader), -names,
// -bodies, -anaphora, -apposition, -coordination, -clauses (what a cue covers), -self (claims of
// responsibility), -headlines, -lead (datelines, time stamps, interviews), -kinds, -patterns,
// -words and -sentence (shared word classes and the sentence context).

function offsetsOf(text: string, needles: readonly string[]): number[] {
  const out: number[] = [];
  for (const n of needles) for (let i = text.indexOf(n); i !== -1; i = text.indexOf(n, i + n.length)) out.push(i);
  return out;
}

export function recognizeAttribution(doc: Doc, ctx: Context): Cue[] {
  const cues: Cue[] = [];
  const ranges = sentenceTokenRanges(doc);
  const actorEnds = indexByEnd(doc.actorMentions);
  const placeEnds = indexByEnd(doc.placeMentions);
  const actorStarts = indexByStart(doc.actorMentions);
  const pat = loadPatterns();
  const claimObjects = offsetsOf(doc.text, pat.claimObjectNeedles);

  doc.sentences.forEach((sentence, si) => {
    if (sentence.heading) return;
    const [first, last] = ranges[si];
    const all = doc.tokens.slice(first, last);
    // "KABUL, Nov 26 — The Taliban denied …": the dateline is no part of the sentence's clause,
    // nor a live blog's time stamp ("10:42 PKT - The ISPR says …") or an interview's "Q:" / "A:".
    const toks = all.slice(leadLength(doc, all));
    if (toks.length === 0) return;
    const answer = answerCue(doc, all, si);
    if (answer) cues.push(answer);
    const matches = ctx.lexicons.attribution.match(doc.text, toks);
    const endingAt = new Map<number, TrieMatch>();
    for (const m of matches) endingAt.set(m.lastToken, m);

    const ctxS: SentenceCtx = { doc, ctx, pat, toks, endingAt, actorEnds, placeEnds, actorStarts, si, cues, sentenceFirstCue: cues.length };
    // Sources quoted "as saying" with no quoting source read before them: kept if a later cue quotes them.
    const quotedInside: Cue[] = [];
    // Sources cited ("citing police"): a cue of the citing source's claim, once the sentence's cues are read.
    const cited: Cue[] = [];
    const mayClaim = claimObjects.some((at) => at >= sentence.start && at < sentence.end);
    const claimed = mayClaim ? withModifiedClaims(ctxS, pat.responsibilityClaims.match(doc.text, toks)).filter((m) => !opensClauseAfter(ctxS, m)) : [];
    for (const m of claimed) {
      const cue = responsibilityClaim(ctxS, m, si);
      if (cue) cues.push(cue);
    }
    for (const m of matches) {
      // "claimed" in "claimed responsibility" is an act, not a hedging report.
      if (claimed.some((c) => c.firstToken <= m.firstToken && m.firstToken <= c.lastToken)) continue;
      const verb = m.values.find((v) => v.entity.startsWith('verb:'));
      if (verb && !isReportingVerb(ctxS, m)) continue;
      // "Local television channels are reporting that …"; a bare "reporting" is a participle ("held a protest … reporting irregularities").
      if (verb && ctxS.toks[m.firstToken].lower === 'reporting' && !pat.passiveAuxiliaries.has(ctxS.toks[m.firstToken - 1]?.lower ?? '')) continue;
      // "pledged allegiance to the Islamic State" is an act done, not a promise.
      if (verb && ALLEGIANCE.has(ctxS.toks[m.lastToken + 1]?.lower ?? '')) continue;
      // "a civilian accused of adultery": the accused, not the accuser (an accusation names its object first).
      if (verb && ctxS.toks[m.firstToken].lower.startsWith('accuse') && ctxS.toks[m.lastToken + 1]?.lower === 'of') continue;
      if (verb) {
        // "Pakistan expected the interim Afghan government to act": a demand, no prediction of anyone's.
        const demand = verb.entity === 'verb:predicted' && isDemand(ctxS, m);
        // "The minister did not rule out an operation": what is not ruled out is possible, and the minister says so.
        const notRuledOut = verb.entity === 'verb:denied' && isNegatedRuleOut(ctxS, m.firstToken);
        // "described the report as 'pure propaganda'", "termed the allegations baseless": a denial.
        const dismissed = verb.entity === 'verb:asserted' && dismissesObject(ctxS, m);
        const certainty = demand ? 'asserted' : notRuledOut ? 'speculative' : dismissed ? 'denied' : (verb.entity.slice(5) as Certainty);
        let cue =
          sourceBeforeVerb(ctxS, m, certainty, si) ?? sourceAfterVerb(ctxS, m, certainty, si) ?? (certainty === 'predicted' ? expectationWithoutSource(ctxS, m, si) : certainty === 'hedged' ? claimWithoutSource(ctxS, m, si) : null);
        // "A UN official said the mission expected casualties to rise": an expectation reported
        // by a source that speaks right before it is part of what that source says: it makes
        // the report a prediction, and splits off no claim of its own.
        if (cue?.attribution && certainty === 'predicted' && reportedBy(ctxS, cue, cues)) cue = predictionCue(ctxS, m, si, 'reported-by-source');
        // "Officials said the Taliban denied any role": the outer source reports the inner
        // one's denial (or claim, or account). The claim stays the outer source's, and takes
        // the inner verb's certainty; wherever the inner source stands, it opens no claim.
        else if (cue?.attribution && cue.scope === 'following' && reportedBy(ctxS, cue, cues)) cue = { ...cue, scope: 'sentence', rule: `${cue.rule}+reported-by-source` };
        // "… and quoted the army as saying …" with no quoting source read: the one quoted is
        // known only through whoever quotes it, so it opens no claim of its own (news54).
        if (cue?.rule.includes('+quoted-as-saying') && !cue.rule.includes('+reported-by-source')) {
          if (reportedBy(ctxS, cue, cues)) cue = { ...cue, scope: 'sentence', rule: `${cue.rule}+reported-by-source` };
          else {
            // "Reuters, quoting a police official as saying …, said": the quoting source's cue comes later.
            quotedInside.push({ ...cue, scope: 'sentence', rule: `${cue.rule}+reported-by-source` });
            cue = null;
          }
        }
        // "He accused the army of killing civilians, a charge the government denies": the
        // denier contests the claim before it and is not its source. The cue stays, a denial.
        if (cue?.attribution && certainty === 'denied' && contestsWhatCameBefore(ctxS, cue)) cue = contestingDenial(cue);
        // "The TTP denied involvement in the attack": a known actor denying its own part speaks
        // of its own (alleged) act, as one claiming responsibility does (news44).
        if (cue?.attribution && certainty === 'denied' && !cue.rule.includes('+reported-by-source')) {
          const speaker = deniesOwnRole(ctxS, cue);
          if (speaker) cue = { ...cue, attribution: 'self', sourceActor: speaker, rule: `${cue.rule}+own-role` };
        }
        // "Pakistan said it had no role in the strike": a known actor saying its own side took no part denies that part (news62).
        if (cue?.attribution && certainty === 'asserted' && !dismissed && !demand && !cue.rule.includes('+reported-by-source')) {
          const speaker = saysOwnRoleDenied(ctxS, m, cue);
          if (speaker) cue = { ...cue, attribution: 'self', certainty: 'denied', sourceActor: speaker, rule: `${cue.rule}+own-role-said` };
        }
        // "Amaq claimed that the Islamic State was responsible for the attack": the group's own claim of responsibility.
        if (cue?.attribution && certainty === 'hedged' && claimsOwnResponsibility(ctxS, m, cue)) cue = { ...cue, attribution: 'self', certainty: 'asserted', rule: `${cue.rule}+own-responsibility` };
        // "The army claimed that its troops had killed 25 militants": a state's own act told by itself, as a group's is (news58).
        else if (cue?.attribution && certainty === 'hedged' && cue.attribution !== 'self' && !cue.rule.includes('+reported-by-source')) {
          const state = cue.sourceActor ?? headActor(ctxS, cue);
          if (state && claimsOwnAct(ctxS, m, state)) cue = { ...cue, attribution: 'self', certainty: 'asserted', sourceActor: state, rule: `${cue.rule}+own-act` };
        }
        if (cue && demand) cue = { ...cue, rule: `${cue.rule}+demand` };
        if (cue && dismissed) cue = { ...cue, rule: `${cue.rule}+dismissed-as` };
        // "Bugti condemned the attack and vowed …": the longer cue of the same source replaces the condemnation.
        if (cue?.attribution && cues.length > ctxS.sentenceFirstCue && cues[cues.length - 1].start === cue.start && cues[cues.length - 1].attribution) cues.pop();
        if (cue) cues.push(cue);
      } else if (m.values.some((v) => v.entity === 'according')) {
        const src = sourceAt(ctxS, m.lastToken + 1) ?? objectPronounSource(ctxS, m.lastToken + 1);
        if (src) {
          const cue = makeCue(doc, toks, m.firstToken, src.end, src, 'asserted', 'sentence', si, `attribution:according-to+${src.rule}`);
          // "…, Dawn reported, citing hospital staff": the one cited speaks through whoever cites it (news58).
          if (CITING.has(ctxS.toks[m.firstToken].lower) && m.firstToken === m.lastToken) cited.push({ ...cue, rule: `${cue.rule}+cited+reported-by-source` });
          else cues.push(cue);
        }
      }
    }
    cues.push(...quotedInsideLaterCue(quotedInside, cues, ctxS.sentenceFirstCue));
    cues.push(...citedByOtherSource(cited, cues, ctxS.sentenceFirstCue));
    cues.push(...headlineSources(ctxS, si));
  });
  return cues;
}

/**
 * "Reuters, quoting a police official as saying six people were killed, said …" (news56): the
 * quoting participle sits in a parenthetical between the outer source and its verb, so the outer
 * cue, read at "said", spans the quoted one. Those quoted so are a cue of the outer source's claim,
 * as after "Dawn quoted" (`+reported-by-source`); the rest stay dropped (news54: known only
 * through whoever quotes them, and nobody read does).
 */
function quotedInsideLaterCue(quoted: readonly Cue[], cues: readonly Cue[], from: number): Cue[] {
  const spans = (outer: Cue, q: Cue): boolean => outer.sentence === q.sentence && !!outer.attribution && outer.start < q.start && q.end <= outer.end && (outer.sourceSpan?.end ?? outer.end) <= q.start;
  return quoted.filter((q) => cues.slice(from).some((outer) => spans(outer, q)));
}

/** The participles of the lexicon's `accordingTo` that name a source someone else cites. */
const CITING = new Set(['citing']);

/**
 * "…, the journalist said, citing hospital staff", "Citing police officials, Dawn reported …"
 * (news58): the source cited is where the citing source's word comes from, as one quoted "as
 * saying" is (news56): a cue of the citing source's claim (`+reported-by-source`), whether the
 * participle stands before or after it. With no other source read in the sentence ("he said,
 * citing …" with no one for "he"), whoever cites is unknown and the cited opens no claim of its
 * own, as news54 ruled for "quoted the army as saying".
 */
function citedByOtherSource(cited: readonly Cue[], cues: readonly Cue[], from: number): Cue[] {
  return cited.filter((c) => cues.slice(from).some((o) => o.sentence === c.sentence && !!o.attribution && (o.end <= c.start || c.end <= o.start)));
}

/** Objects that make a pledge an act of loyalty rather than a promise ("pledged allegiance"). */
const ALLEGIANCE = new Set(['allegiance', 'loyalty', 'fealty', 'bayah', "bay'ah"]);

/** What an actor denies when it denies its own part in an act: "involvement", "any role", "its hand", "responsibility". */
const OWN_ROLE = /^\s*(?:(?:any|its|their|a|an|all)\s+)?(?:involvement|role|responsibility|hand|part|complicity|links?|connection)\b/i;

/** (news70) A denying verb that disowns its object: "distanced itself from", "dissociated themselves from". */
const DISOWNING_VERB = /\b(?:distanc|dissociat|disassociat)\w*\s+(?:itself|themselves)\s+from$/i;
/** An act as the object of a disowning verb: "from the bombing", "from Friday's attack on the mosque". */
const DISOWNED_ACT = /^\s+(?:(?:the|this|that|these|those|any|such|[\p{Lu}][\p{L}]*['’]s)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|killings?|kidnappings?|abductions?|ambush(?:es)?|assaults?|shootings?|explosions?|massacre|strikes?)\b/u;

/**
 * "The TTP denied involvement in the Bannu attack", "The Taliban denied any role": a source that
 * is a known actor (a named group or a state's body; no generic group such as "militants" or
 * "residents") denying its own part in an act. The actor denying, or null.
 */
function deniesOwnRole(s: SentenceCtx, cue: Cue): string | null {
  const speaker = knownSpeaker(s, cue);
  if (!speaker) return null;
  const after = s.doc.text.slice(cue.end, s.doc.sentences[s.si].end);
  // (news70) "The TTP distanced itself from the bombing": the verb itself disowns the act named.
  if (DISOWNING_VERB.test(s.doc.text.slice(cue.start, cue.end)) && DISOWNED_ACT.test(after)) return speaker;
  const role = OWN_ROLE.exec(after);
  // "denied any involvement of the army": someone else's part, unless its own ("of its men").
  if (role && !/^\s+(?:of|by)\s+(?!(?:its|their|our)\b)/i.test(after.slice(role[0].length))) return speaker;
  // "denied that the group was involved", "denied its fighters were behind it" (news54).
  const next = s.toks.findIndex((t) => t.start >= cue.end);
  return next >= 0 && deniesOwnPart(s, next, speaker) ? speaker : null;
}

/**
 * The known actor a cue's source is (a named group or a state's body; no generic group such as
 * "militants" or "residents"), when the cue is not already its own: who can deny its own part.
 */
function knownSpeaker(s: SentenceCtx, cue: Cue): string | null {
  if (cue.attribution === 'self') return null;
  const speaker = cue.sourceActor ?? headActor(s, cue);
  if (!speaker) return null;
  // "Militants denied …": a generic group is no one actor; a state's forces are ("police:PK").
  if (s.ctx.actors.templateOf(speaker) !== null && s.ctx.actors.get(speaker)?.type !== 'state') return null;
  return speaker;
}

/**
 * "Pakistan said it had no role in the strike", "The army said it was not involved" (news62): a
 * known actor's said clause, right after the verb, that takes its own side's part away is its
 * denial of that part, as "denied involvement" is. The actor speaking, or null.
 */
function saysOwnRoleDenied(s: SentenceCtx, verb: TrieMatch, cue: Cue): string | null {
  if (cue.end !== s.toks[verb.lastToken].end) return null;
  const speaker = knownSpeaker(s, cue);
  if (!speaker) return null;
  if (saysOwnPartDenied(s, verb.lastToken + 1, speaker)) return speaker;
  // (Session 24) "The TTP had no role in the attack, the group's spokesman said": the said
  // clause opens the sentence, its source and verb after a comma end it.
  const first = cue.sourceSpan ? s.toks.findIndex((t) => t.start === cue.sourceSpan!.start) : -1;
  const ends = s.toks.slice(verb.lastToken + 1).every((t) => !/[\p{L}\p{N}]/u.test(t.lower));
  return first > 1 && s.toks[first - 1].lower === ',' && ends && saysOwnPartDenied(s, 0, speaker) ? speaker : null;
}

/**
 * "The army denied involvement", "Police denied any role" (news56): a source read as a lexicon
 * noun ("army", "police", "government") carries no actor of its own, though the noun is one: the
 * state actor the actor reader found as the whole source, or as its head at the source's end
 * ("The Pakistani army"). Not an actor before another head ("A police official": an official's
 * own word is not the body's; "An army spokesman" carries its force as its cue's actor, news58).
 * A country or its capital speaking as the whole source ("Pakistan denied involvement", "Kabul
 * denied any role") is its government (news58), as the source reader takes it to be.
 */
function headActor(s: SentenceCtx, cue: Cue): string | null {
  const span = cue.sourceSpan;
  if (!span) return null;
  const actor = s.actorEnds.get(span.end);
  if (actor && actor.start >= span.start) return s.ctx.actors.get(actor.entity)?.type === 'state' ? actor.entity : null;
  const place = s.placeEnds.get(span.end);
  const entry = place && place.start === span.start ? s.ctx.places.get(place.entity) : undefined;
  return entry?.country && (entry.kind === 'country' || isCapital(s, entry)) ? s.ctx.actors.instantiate('government', entry.country, s.ctx.published) : null;
}
