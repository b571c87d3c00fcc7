// (Session 22, news59) A state's restriction as an event of its own, `security-measure`: a
// curfew, a state of emergency, Section 144, a ban on gatherings, a communications shutdown, a
// road or border closure, checkpoints set up (docs/taxonomy.md, "Security measures"). Its trigger
// words are in data/events.json; what is restricted stays the event's words, no target.

import type { Doc, EventRecord, Token } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { Context } from '../pipeline/context.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { implyGovernment } from './crowds.ts';

const STOPS = new Set([',', '.', ';', ':', '(', ')', 'after', 'while', 'who', 'which', 'that', 'because', 'but', 'as', 'when', 'amid', 'following', 'until', 'till', 'since', 'for', 'to']);
const AUXILIARIES = /^(?:was|were|is|are|been|being|be|had|has|have|also|temporarily|completely|partially|again|later|immediately)$/;

/**
 * Whether a trigger that restricts only some things ('restrictsOnly': "banned", "suspended",
 * "closed", "a ban") acts on one of them ('restricted': gatherings, marches, the internet, mobile
 * services, a road, the border): "banned rallies", "suspended mobile internet services", "a ban on
 * all forms of marches", "closed the highway", "the highway was closed"; not "the banned TTP",
 * "suspended the officer", "closed the case". Active (or a noun): the next six words up to a
 * clause's end; passive: the subject's last six words before the auxiliaries.
 */
export function restrictsWhat(words: readonly { lower: string }[], first: number, last: number, passive: boolean, restricted: ReadonlySet<string>): boolean {
  const span: string[] = [];
  if (passive) {
    let i = first - 1;
    while (i >= 0 && AUXILIARIES.test(words[i].lower)) i--;
    for (; i >= 0 && i >= first - 7 && !STOPS.has(words[i].lower) && words[i].lower !== 'and'; i--) span.push(words[i].lower);
  } else {
    for (let i = last + 1; i < words.length && i <= last + 6 && !STOPS.has(words[i].lower); i++) span.push(words[i].lower);
  }
  return span.some((w) => restricted.has(w));
}

// "protested against the curfew", "demanding an end to the curfew", "the lifting of the curfew":
// the measure is what a protest or a demand is about, told as its object, no act of its own.
const OBJECT_OF_PROTEST_BEFORE = /\b(?:against|over|denouncing|condemning|protesting|opposing|defying|defied|violating|violated|violation of|end to|end of|lifting of|relaxation of|easing of|withdrawal of|demand(?:ed|ing)? (?:the )?(?:lifting|removal|withdrawal) of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
// "lifted the curfew", "relaxed Section 144": a restriction ended or eased (session 22 decision:
// it makes no event; the restriction itself was told, or is, when it was imposed).
const ENDED_BEFORE = /\b(?:lift(?:ed|s|ing)?|relax(?:ed|es|ing)?|eas(?:ed|es|ing)|end(?:ed|s|ing)?|withdr(?:ew|awn|awing)|remov(?:ed|es|ing)|restor(?:ed|es|ing)|reopen(?:ed|s|ing)?)\s+(?:the\s+|a\s+)?(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
// "The curfew in Kurram was lifted on Friday", "Curfew lifted in Parachinar", "mobile services
// were restored": the same told after the measure's words (a clause's words, no comma between).
const ENDED_AFTER = /^[^,;.:]{0,60}?\b(?:(?:was|were|is|are|has been|have been|had been|will be|would be|to be)\s+)?(?:partially\s+|fully\s+|finally\s+)?(?:lifted|relaxed|eased|ended|withdrawn|removed|restored|reopened|called off)\b/iu;

// "held a demonstration after curfew", "during curfew hours": the curfew as a time of day.
const CURFEW_AS_TIME = /\b(?:after|during|before|past|until|till|despite)\s+$/i;
// A word (not a sentence's end) right before: the trigger stands inside a sentence.
const MID_SENTENCE = /[\p{L}\d,'‘’"“]\s*$/u;

/** Whether a measure's trigger is what a protest or demand is about, or is told lifted or eased: no event. */
export function measureNotImposed(text: string, clauseStart: number, clauseEnd: number, trigger: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(clauseStart, trigger.start - 60), trigger.start);
  if (OBJECT_OF_PROTEST_BEFORE.test(before) || ENDED_BEFORE.test(before) || CURFEW_AS_TIME.test(before)) return true;
  // "a 'Bans Off Our Bodies' rally": a capitalised ban or closure word inside a sentence is part of a name.
  // ("Section 144" is the law's own name.)
  if (/^\p{Lu}\p{Ll}/u.test(text.slice(trigger.start, trigger.end)) && !/^Section\b/.test(text.slice(trigger.start, trigger.end)) && MID_SENTENCE.test(before)) return true;
  return ENDED_AFTER.test(text.slice(trigger.end, clauseEnd));
}

// "banned rallies", "a ban on all forms of marches, press conferences and sit-ins" (a list's items
// of one or two words), "prohibited gatherings, rallies and sit-ins",
// "prohibited them from marching": a gathering named as what a ban forbids is no protest that
// took place.
const BANNED_BEFORE = /\b(?:bann?(?:ed|ing|s)?|prohibit(?:ed|ing|s|ion)?|outlaw(?:ed|ing|s)?|barred|barring|disallow(?:ed|ing)?)\s+(?:on\s+|of\s+|(?:them|people|residents|\p{L}+)\s+from\s+)?(?:all\s+)?(?:(?:forms|kinds|types|sorts)\s+of\s+)?(?:(?:public|political|religious|street|opposition|any)\s+)*(?:(?:[\p{L}-]+\s+)?[\p{L}-]+(?:,\s*|\s+(?:and|or)\s+)){0,5}$/iu;

/**
 * Whether a protest noun is what a ban forbids ("banned rallies", "a ban on marches"). Read from
 * the sentence's start, not the clause's: a list's commas ("rallies, sit-ins and …") cut clauses.
 */
export function bannedGathering(text: string, sentenceStart: number, trigger: { start: number }): boolean {
  return BANNED_BEFORE.test(text.slice(Math.max(sentenceStart, trigger.start - 80), trigger.start));
}

/** The type's name in data/events.json. */
export const MEASURE_TYPE = 'security-measure';

const NOT_SUBJECT_END = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'of', 'in', 'on', 'at', 'for', 'with', 'against', 'by', 'from', 'to', 'under', 'into', 'over', 'newly', 'recently']);

/**
 * Whether a measure verb that classifyTrigger read as a participle before a noun ("suspended
 * mobile internet services") is the verb: it acts on a thing restricted and no determiner or
 * preposition stands before it ("the banned TTP", "under suspended services" stay modifiers).
 */
export function measureVerbBeforeNoun(toks: readonly Token[], m: TrieMatch, lex: EventLexicon): boolean {
  const type = m.values[0].entity.split('|')[0];
  if (type !== MEASURE_TYPE || !m.values[0].entity.endsWith('|verb')) return false;
  const prev = toks[m.firstToken - 1];
  if (!prev || !/^\p{L}/u.test(prev.lower) || NOT_SUBJECT_END.has(prev.lower)) return false;
  return restrictsWhat(toks, m.firstToken, m.lastToken, false, lex.restricted);
}

/**
 * A measure's roles: what it restricts is its words, no target ("gatherings of more than four
 * people"); with no agent named, the state of the country where it is (a curfew, a shutdown, a
 * closure is the authorities' act unless the text names another), inferred, rule
 * `agent:implied:government:<how>:<CC>`.
 */
export function settleMeasures(doc: Doc, ctx: Context, events: readonly EventRecord[], documentCountry: () => string | null): EventRecord[] {
  const kept: EventRecord[] = [];
  for (const e of events) {
    if (e.type !== MEASURE_TYPE) {
      kept.push(e);
      continue;
    }
    // "Protesters closed the highway", "residents set up roadblocks", "Assailants set up
    // checkpoints": a crowd's blockade is its protest's, unnamed gunmen's checkpoints their
    // attack's; no one's measure. (A named group's curfew, "paro armado" or road closure is one.)
    if (e.actors.some((r) => r.role === 'agent' && notImposing(ctx, r.actor))) continue;
    kept.push(e);
    // "a four-day curfew ... introduced by the Gulf Clan": the group the measure is said to be by.
    if (!e.actors.some((r) => r.role === 'agent')) {
      const by = imposedBy(doc, e);
      if (by) {
        e.actors = [{ actor: by.entity, role: 'agent', inferred: false, start: by.start, end: by.end }, ...e.actors];
        e.rules.push('agent:imposed-by');
      }
    }
    if (e.actors.some((r) => r.role === 'target')) {
      e.actors = e.actors.filter((r) => r.role !== 'target');
      e.rules.push('target:none:measure');
    }
    if (e.actors.some((r) => r.role === 'agent')) continue;
    implyGovernment(doc, ctx, e, documentCountry);
  }
  return kept;
}

/** The rule of a crowd's blockade read as its protest (crowdBlockades). */
export const BLOCKADE_RULE = 'protest:blockade-by-crowd';

/**
 * (news61) "Protesters closed the highway", "Residents sealed off the road to protest power
 * cuts": a way closed ('blockades' in data/events.json) by a crowd is a protest (ACLED codes a
 * road blockade by protesters as one), not the state's measure. The crowd must be one a weak
 * protest verb takes (weakTriggerHolds, asked by the caller as `holds`): protesters by name, or
 * another crowd with the protest's purpose told. A protest already in the sentence takes the
 * blockade as its own act ("Protesters blocked and closed …"); else the measure becomes the protest.
 */
export function crowdBlockades(events: EventRecord[], lex: EventLexicon, holds: (roles: EventRecord['actors']) => 'purpose' | 'crowd' | null): void {
  const blockades = lex.types.get(MEASURE_TYPE)?.blockades;
  if (!blockades || !events.some((e) => e.type === MEASURE_TYPE)) return;
  const protest = events.find((e) => e.type === PROTEST_TYPE);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    const how = e.type === MEASURE_TYPE && blockades.includes(e.trigger.text.toLowerCase()) && e.actors.some((r) => r.role === 'agent') ? holds(e.actors) : null;
    if (!how) continue;
    if (protest) {
      protest.rules.push(`${BLOCKADE_RULE}:${how}:${e.trigger.start}-${e.trigger.end}`);
      events.splice(i, 1);
      continue;
    }
    e.type = PROTEST_TYPE;
    e.actors = e.actors.filter((r) => r.role === 'agent');
    e.rules.push(`${BLOCKADE_RULE}:${how}`);
  }
}
const PROTEST_TYPE = 'protest';

const CROWDS: ReadonlySet<string> = new Set(['protesters', 'rioters', 'civilians']);

function notImposing(ctx: Context, actor: string): boolean {
  return CROWDS.has(ctx.actors.get(actor)?.type ?? '') || ctx.actors.templateOf(actor) === 'unidentified-armed-group';
}

// "introduced by", "imposed by", "announced by", "declared by", then the actor's mention.
const BY_AFTER = /^[^,;.:]{0,80}?\b(?:introduced|imposed|declared|announced|called|enforced|ordered)\s+by\s+(?:the\s+)?$/i;

/** The actor a measure's noun is said to be by, in its own sentence after the trigger ("a curfew ... introduced by the Gulf Clan"). */
function imposedBy(doc: Doc, e: EventRecord) {
  for (const a of doc.actorMentions) {
    if (a.start <= e.trigger.end || a.end > e.end) continue;
    if (BY_AFTER.test(doc.text.slice(e.trigger.end, a.start))) return a;
  }
  return null;
}
