import type { Doc, EventRecord } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { typeOfEntity } from './events-trigger.ts';
import { joinCountsAndActors } from './retold.ts';

// (Session 21, news48) Two triggers of one sentence that tell one act:
// - "A suicide bomber attacked a police convoy in Bannu, killing three policemen": the bomber is
//   the bombing's trigger and the subject of "attacked"; "... was attacked by a suicide bomber"
//   the same act told passively. One act, the bombing, which takes the attack's roles.
// - "Pakistani forces shelled Afghan positions near Chaman; two bunkers were destroyed in the
//   shelling": what was done "in/during the shelling" is the act that noun names, the shelling
//   told before in the sentence or its paragraph, not an act of its own (whose doer would be
//   guessed).

/** A suicide bomber or bombers: a bombing trigger that names its doer. */
const BOMBER = /\bbombers?$/i;
/**
 * Between the bomber and its own verb: a few words, no punctuation ("A suicide bomber on a
 * motorcycle attacked"), no passive ("A second bomber was shot": what befell the bomber).
 */
const BOMBER_THEN_VERB = /^\s+(?:(?!(?:was|were|is|are|been|being|got|gets)\s)[\p{L}'’-]+\s+){0,3}$/iu;
/** Between a passive verb and its bomber: "attacked by a suicide bomber". */
const VERB_BY_BOMBER = /^\s+by\s+(?:a|an|the|two|three|four|\d+)\s+$/i;
/** A result told in or during an act named by a definite noun: "destroyed in the shelling". */
const IN_THE_ACT = /^\s+(?:in|during)\s+(?:the|that|this)\s+$/i;

export const BOMBER_VERB_RULE = 'same-act-as-bomber';
export const IN_NAMED_ACT_RULE = 'same-act-in-named-act';

/** Folds `e` into `a`, the act it is a second telling of: `a` keeps its own and takes what it lacked. */
function fold(a: EventRecord, e: EventRecord, rule: string, dedupe: (r: EventRecord['actors']) => EventRecord['actors']): void {
  if (!a.date && e.date) {
    a.date = e.date;
    a.dateMention = e.dateMention;
  }
  if (!a.place && e.place) {
    a.place = e.place;
    a.placeMention = e.placeMention;
  }
  joinCountsAndActors(a, e, dedupe);
  a.rules.push(`${rule}:${e.trigger.text}`);
}

/**
 * The sentence's events (`created`, in trigger order) less those that are another event's act
 * told again (see above), folded into it. `paragraph` holds the paragraph's earlier events,
 * `triggers` the sentence's trigger matches, `attackType` the generic attack's type and
 * `bombingType` the bombing's, `casualtyWords` the
 * lexicon's casualty verbs.
 */
export function foldSameActs(
  doc: Doc,
  created: EventRecord[],
  paragraph: readonly EventRecord[],
  triggers: readonly TrieMatch[],
  attackType: string,
  bombingType: string,
  isViolent: (type: string) => boolean,
  casualtyWords: ReadonlySet<string>,
  dedupe: (r: EventRecord['actors']) => EventRecord['actors'],
): EventRecord[] {
  if (created.length === 0) return created;
  const gone = new Set<EventRecord>();
  for (const e of created) {
    if (e.type === attackType) {
      let passive = false;
      const bombing = created.find((b) => {
        if (b === e || gone.has(b) || b.type !== bombingType || !BOMBER.test(b.trigger.text)) return false;
        if (b.trigger.end <= e.trigger.start) return BOMBER_THEN_VERB.test(doc.text.slice(b.trigger.end, e.trigger.start));
        passive = e.trigger.end <= b.trigger.start && VERB_BY_BOMBER.test(doc.text.slice(e.trigger.end, b.trigger.start));
        return passive;
      });
      if (bombing) {
        // "A police convoy was attacked by a suicide bomber": the noun's subject is the verb's
        // target, not the bomber; the doer is the one the passive's "by" names.
        if (passive) bombing.actors = bombing.actors.filter((r) => r.role !== 'agent');
        fold(bombing, e, BOMBER_VERB_RULE, dedupe);
        gone.add(e);
        continue;
      }
    }
    // A kidnapping or an arson "in the attack" is an act of its own kind within the incident, and a
    // bare casualty verb ("were killed in the blast") is a toll, which the counts' rules place.
    if (!isViolent(e.type) || casualtyWords.has(e.trigger.text.toLowerCase())) continue;
    // The noun right after "in the": a trigger of the sentence that made no event of its own.
    const after = triggers.find((m) => m.start > e.trigger.end && IN_THE_ACT.test(doc.text.slice(e.trigger.end, m.start)));
    if (!after || created.some((x) => x.trigger.start === after.start)) continue;
    const named = typeOfEntity(after.values[0].entity);
    if (!isViolent(named) || (e.type !== named && e.type !== attackType)) continue;
    const before = [...paragraph, ...created.filter((x) => x.trigger.start < e.trigger.start && !gone.has(x))];
    let told: EventRecord | undefined;
    for (let i = before.length - 1; i >= 0 && !told; i--) if (before[i].type === named) told = before[i];
    if (!told) continue;
    // Named doers of their own that are not the act's are another act's.
    const agents = told.actors.filter((r) => r.role === 'agent').map((r) => r.actor);
    if (e.actors.some((r) => r.role === 'agent' && !r.inferred && !agents.includes(r.actor))) continue;
    fold(told, e, IN_NAMED_ACT_RULE, dedupe);
    gone.add(e);
  }
  return gone.size === 0 ? created : created.filter((e) => !gone.has(e));
}
