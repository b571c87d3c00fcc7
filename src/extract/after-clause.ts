import type { Span, Token } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { clause, type Clause } from './events-clauses.ts';

// "Militants attack police post in Bannu after drone strike kills two": a clause after "after" or
// "following" with a verb of its own tells an act of its own, an event frame apart from the main
// clause's. Its subject and its count are its own, and the main clause's actors are none of its.
// ("Militants fled after killing two": a gerund shares the main subject; "killed after a clash": a
// noun phrase with no verb is no frame.)

/** The rule an event built inside such a clause carries. */
export const AFTER_CLAUSE_RULE = 'frame:after-clause';

const LINKS = new Set(['after', 'following']);
/** Words right after the link that make no subject of a clause of its own: a gerund's "being", "having". */
const NO_SUBJECT = new Set(['being', 'having', 'that', 'which', 'it', 'its']);

/**
 * The sentence's clauses with each "after"/"following" clause that has a verb trigger of its own
 * cut off as a clause of its own, marked `after`. `isVerb` says whether a trigger is read as a verb.
 */
export function splitAfterClauses(toks: Token[], clauses: Clause[], triggers: readonly TrieMatch[], isVerb: (m: TrieMatch) => boolean): Clause[] {
  let split = false;
  const out: Clause[] = [];
  for (const c of clauses) {
    const at = afterLink(toks, c, triggers, isVerb);
    if (at < 0) {
      out.push(c);
      continue;
    }
    split = true;
    const whole = { first: c.first, last: c.last };
    if (at > c.first) out.push(clause(c.first, at - 1, undefined, whole));
    out.push(clause(at, c.last, true, whole));
  }
  return split ? out : clauses;
}

/** The token index of the clause's "after"/"following" that opens a clause with a verb of its own; -1 when none does. */
function afterLink(toks: Token[], c: Clause, triggers: readonly TrieMatch[], isVerb: (m: TrieMatch) => boolean): number {
  for (let i = c.first; i < c.last; i++) {
    if (!LINKS.has(toks[i].lower)) continue;
    const next = toks[i + 1];
    if (NO_SUBJECT.has(next.lower) || next.lower.endsWith('ing')) continue;
    // A finite verb with a subject between it and the link, inside the clause ("after curfew to
    // protest", "stopped them from crossing": no verb of a clause of its own; "released shortly
    // after the abduction and the remaining six hostages were released": a clause of its own
    // joined by "and", not the link's).
    const verb = triggers.find((m) => m.firstToken > i + 1 && m.lastToken <= c.last && finite(toks, m) && isVerb(m));
    if (verb && !toks.slice(i + 1, verb.firstToken).some((t, k, between) => JOINS.has(t.lower) && NEW_SUBJECT.has(between[k + 1]?.lower ?? ''))) return i;
  }
  return -1;
}

const JOINS = new Set(['and', 'but', 'or', 'while', 'whereas']);
/** Words that open a noun phrase of its own after a joining word: "and the remaining six hostages". */
const NEW_SUBJECT = new Set(['the', 'a', 'an', 'another', 'other', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'he', 'she', 'they', 'it', 'we']);
const NOT_FINITE_BEFORE = new Set(['to', 'from', 'of', 'for']);

function finite(toks: Token[], m: TrieMatch): boolean {
  return !toks[m.firstToken].lower.endsWith('ing') && !NOT_FINITE_BEFORE.has(toks[m.firstToken - 1].lower);
}

/** Where the first trigger outside every after-clause starts: what lies before it is the sentence's opener. */
export function mainClausesStart(toks: Token[], clauses: readonly Clause[], triggers: readonly TrieMatch[], inside: readonly Span[]): number {
  // (A word inside a date or a place's name is no trigger: "On 23 March 2022".)
  const main = triggers.find((m) => !clauses.some((c) => c.after && c.first <= m.firstToken && m.firstToken <= c.last) && !inside.some((x) => x.start <= m.start && m.end <= x.end));
  return main ? main.start : toks[toks.length - 1].end;
}
