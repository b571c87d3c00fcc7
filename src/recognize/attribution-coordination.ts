import { actorSourceKind } from './attribution-kinds.ts';
import type { AttributionKind, Certainty } from '../model/types.ts';
import type { SourcePhrase, SentenceCtx } from './attribution-sentence.ts';
import { MAX_PARENTHETICAL, tokenIndexAt } from './attribution-sentence.ts';
import { afterIntroduction, isPostposed, CONNECTIVES } from './attribution-clauses.ts';
import { sourceWithPhraseAfter, sourceEndingAt, sourceAt } from './attribution-source.ts';
import { officeAndHolderFrom } from './attribution-holder.ts';

// Sources and verbs joined together: coordinated sources ("Police and residents said") and a
// reporting verb sharing the subject of the verb before it ("condemned the attack and said",
// "deny role, say …").

/** The most sources before the last two of a list in commas ("officials, residents and journalists"). */
const MAX_LISTED_SOURCES = 3;

/** The kinds of coordinated sources, most accountable first: the claim is as strong as its best source. */
const KIND_PRECEDENCE: readonly AttributionKind[] = ['named', 'official', 'media', 'expert', 'anonymous'];

/**
 * "Police and residents said", "Dawn and Geo News reported": two sources joined by "and" that
 * open the sentence (or follow its introduction) speak together; the kind is the more accountable
 * one's. Null when no source ends just before the "and".
 */
export function coordinatedSources(s: SentenceCtx, second: SourcePhrase, verbEnd: number): SourcePhrase | null {
  // "Soldiers and the Frontier Corps said": an actor's name is its source without the article before it.
  const and = second.start - (second.start >= 3 && s.toks[second.start - 1].lower === 'the' ? 2 : 1);
  if (and < 1 || s.toks[and].lower !== 'and' || !KIND_PRECEDENCE.includes(second.kind)) return null;
  const last = sourceWithPhraseAfter(s, and - 1) ?? sourceEndingAt(s, and - 1);
  if (!last || !KIND_PRECEDENCE.includes(last.kind) || last.text !== undefined) return null;
  let first: SourcePhrase = last;
  let kind = KIND_PRECEDENCE.indexOf(first.kind) <= KIND_PRECEDENCE.indexOf(second.kind) ? first.kind : second.kind;
  let rule = `${first.rule}+and+${second.rule}`;
  const actors = [first.actor, second.actor];
  // "Afghan officials, residents of Kabul and journalists based in the city": a list in commas.
  for (let n = 0; n < MAX_LISTED_SOURCES && first.start >= 2 && s.toks[first.start - 1].lower === ','; n++) {
    const before: SourcePhrase | null = sourceWithPhraseAfter(s, first.start - 2) ?? sourceEndingAt(s, first.start - 2);
    if (!before || !KIND_PRECEDENCE.includes(before.kind) || before.text !== undefined) break;
    if (KIND_PRECEDENCE.indexOf(before.kind) < KIND_PRECEDENCE.indexOf(kind)) kind = before.kind;
    rule = `${before.rule}+,+${rule}`;
    actors.unshift(before.actor);
    first = before;
  }
  // "…, local officials and a security source said.": the sources end the sentence after a comma.
  const endingSentence = first.start > 2 && s.toks[first.start - 1].lower === ',' && isPostposed(s, verbEnd);
  if (first.start > 2 && !afterIntroduction(s, first.start) && !endingSentence) return null;
  const known = actors.filter((a): a is string => a !== undefined);
  return { start: first.start, end: second.end, kind, rule, ...(known.length > 0 ? { actors: known } : {}) };
}

/** How far a coordinated reporting verb may stand from the source that opens its sentence, in tokens. */
const MAX_COORDINATED_GAP = 24;

/**
 * "Zabihullah Mujahid, the chief spokesman of the Islamic Emirate, condemned the attack and
 * said …": a reporting verb after "and" shares the subject of the verb before it, when that
 * subject is a source opening the sentence, no other "and" comes between, and no cue of the
 * sentence has named a source yet.
 */
export function coordinatedSubject(s: SentenceCtx, and: number): SourcePhrase | null {
  // A sentence whose subject already speaks ("The TTP claimed responsibility … and said") has its
  // source; a condemnation is taken over by what follows it ("… condemned the attack and vowed").
  if (s.cues.length > s.sentenceFirstCue && !condemnationOpening(s)) return null;
  // "The Deputy Inspector General of Police for Quetta range, Ahmed Khan, later corrected this,
  // saying": a long office and its holder's name in apposition are the subject.
  // "However, the police chief later withdrew it, saying": a connecting adverb opening the
  // sentence stands before its subject.
  const from = s.toks[1]?.lower === ',' && CONNECTIVES.has(s.toks[0].lower) ? 2 : 0;
  const src = officeAndHolderFrom(s, from) ?? sourceAt(s, from);
  if (!src || and - src.end > MAX_COORDINATED_GAP) return null;
  // "The agency appealed for shelter and cash assistance, and said": after a comma the "and" joins
  // the clauses, so an "and" between with no comma before it joins words of the first clause.
  const clausal = s.toks[and - 1]?.lower === ',';
  for (let k = src.end + 1; k < and; k++) {
    if (s.toks[k].lower === ';') return null;
    if (s.toks[k].lower === 'and' && (!clausal || s.toks[k - 1].lower === ',')) return null;
  }
  return src;
}

/** The most tokens between a clause's subject and the comma before its participle ("later corrected this"). */
const MAX_CLAUSE_PREDICATE = 10;

/**
 * "Police had earlier blamed a suicide bomber, but the DIG later corrected this, saying …": a
 * participle after the comma at `comma` speaks for the subject of the clause it ends, when a
 * clause conjunction after a comma (or a semicolon) opens that clause with a source and no other
 * comma comes between; null otherwise, and the sentence's subject is asked as before (news47).
 */
export function clauseSubject(s: SentenceCtx, comma: number): SourcePhrase | null {
  for (let k = comma - 1; k > 1 && comma - k <= MAX_CLAUSE_PREDICATE + 6; k--) {
    const w = s.toks[k].lower;
    if (w === ';' || (s.pat.clauseConjunctions.has(w) && s.toks[k - 1].lower === ',')) {
      const src = sourceAt(s, k + 1);
      return src && src.end < comma && comma - src.end <= MAX_CLAUSE_PREDICATE ? src : null;
    }
    if (w === ',') return comma - k <= MAX_CLAUSE_PREDICATE + 1 ? clauseSubjectWithHolder(s, k) : null;
    if (w === ':') return null;
  }
  return null;
}

/**
 * "…, but the Deputy Inspector General of Police for Quetta range, Ahmed Khan, later corrected
 * this, saying": the comma at `close` ends a holder's name in apposition to an office that a
 * clause conjunction after a comma (or a semicolon) opens; that office and name, or null.
 */
function clauseSubjectWithHolder(s: SentenceCtx, close: number): SourcePhrase | null {
  for (let k = close - 2; k > 1 && close - k <= MAX_PARENTHETICAL; k--) {
    const w = s.toks[k].lower;
    if (w === ';' || (s.pat.clauseConjunctions.has(w) && s.toks[k - 1].lower === ',')) {
      const src = officeAndHolderFrom(s, k + 1);
      return src && src.end === close - 1 ? src : null;
    }
  }
  return null;
}

/** The sentence's one cue so far is its opening source condemning ("Sarfraz Bugti condemned"). */
function condemnationOpening(s: SentenceCtx): boolean {
  if (s.cues.length !== s.sentenceFirstCue + 1) return false;
  const c = s.cues[s.sentenceFirstCue];
  return !!c.attribution && c.sourceSpan?.start === s.toks[0].start && /\bcondemn(?:s|ed)?$/i.test(c.text);
}

/**
 * "Police accused the BLA of planting the bomb and said …" (or ", saying …"): the subject opening
 * the sentence made an accusation (a hedged report) as its sentence's only cue, and goes on with a
 * plain report after "and" or a comma (no other "and" between); the source of that report, or null.
 * So does a plain report going on with a verb of another certainty ("An official insisted that the
 * strikes had hit militant hideouts and denied that civilians were killed": the denial is a claim
 * of its own and does not deny the first report; news43). `certainty` is the second verb's.
 */
export function accuserGoingOn(s: SentenceCtx, and: number, certainty: Certainty): SourcePhrase | null {
  if (s.cues.length !== s.sentenceFirstCue + 1) return null;
  const accusation = s.cues[s.sentenceFirstCue];
  const first = accusation.certainty;
  const goesOn = first === 'hedged' || first === 'denied' || (first === 'asserted' && certainty !== 'asserted');
  if (!accusation.attribution || !goesOn || accusation.scope === undefined) return null;
  const span = accusation.sourceSpan;
  const start = span ? tokenIndexAt(s.toks, span.start) : null;
  if (!span || start !== 0) return null;
  let end = start;
  while (end + 1 < s.toks.length && s.toks[end + 1].end <= span.end) end++;
  if (and - end > MAX_COORDINATED_GAP + MAX_PARENTHETICAL) return null;
  const verbEnd = s.toks.findIndex((t) => t.end === accusation.end);
  for (let k = Math.max(verbEnd, end) + 1; k < and; k++) if (s.toks[k].lower === 'and' || s.toks[k].lower === ';') return null;
  return {
    start,
    end,
    kind: accusation.attribution,
    rule: `same-subject-as:${span.start}-${span.end}`,
    ...(accusation.source ? { text: accusation.source } : {}),
    ...(accusation.sourceActor ? { actor: accusation.sourceActor } : {}),
  };
}

/**
 * "Taliban deny role, say attack was internal", "Interior minister says …, rejects claims of
 * delays": a verb right after a comma, in a sentence whose one cue so far is a source opening it,
 * with its verb in the present (a headline's: "-s" or a base form) and no "and", ";" or other
 * comma between: that source again.
 */
export function subjectOfFirstVerb(s: SentenceCtx, comma: number): SourcePhrase | null {
  if (s.cues.length !== s.sentenceFirstCue + 1) return null;
  const first = s.cues[s.sentenceFirstCue];
  if (!first.attribution || !first.sourceSpan || first.scope !== 'sentence' || tokenIndexAt(s.toks, first.sourceSpan.start) !== 0) return null;
  const verbEnd = s.toks.findIndex((t) => t.end === first.end);
  if (verbEnd < 0 || verbEnd >= comma || !/(?:s|^say|^deny|^reject|^claim|^vow|^warn)$/.test(s.toks[verbEnd].lower)) return null;
  for (let k = verbEnd + 1; k < comma; k++) if (s.toks[k].lower === 'and' || s.toks[k].lower === ';' || s.toks[k].lower === ',') return null;
  let end = 0;
  while (end + 1 < s.toks.length && s.toks[end + 1].end <= first.sourceSpan.end) end++;
  // "Taliban deny role, say attack was internal": a denial of its own part made the first claim
  // self (news44); what the actor goes on to say is its plain statement.
  const kind = /\+own-role\b/.test(first.rule) && first.sourceActor ? actorSourceKind(s, first.sourceActor) : first.attribution;
  return {
    start: 0,
    end,
    kind,
    rule: `same-subject-as:${first.sourceSpan.start}-${first.sourceSpan.end}`,
    ...(first.source ? { text: first.source } : {}),
    ...(first.sourceActor ? { actor: first.sourceActor } : {}),
  };
}
