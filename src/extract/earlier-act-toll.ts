import type { EventRecord } from '../model/types.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { singular, triggerEndsIn } from './events-words.ts';

// (Session 24, news70) "Pakistani and Afghan border forces exchanged heavy fire overnight. ¶ At
// least three Afghan border guards and one Pakistani soldier were killed in the clash, …, while
// eight civilians were wounded when mortar shells landed in a village": "killed in the clash" is
// the toll of the clash told before, not of the shelling the sentence tells beside it. A casualty
// word right before "in/during the <act noun>" whose noun cannot name the sentence's own violent
// act, and names an earlier one, counts for that earlier act; the shelling keeps its wounded.

export const EARLIER_ACT_TOLL_RULE = 'toll-of-named-earlier-act';

const NAMED_ACT_AFTER = /^\s+(?:in|during)\s+the\s+(?:(?:armed|heavy|fierce|ensuing|overnight|cross-border|border)\s+)?(clash|clashes|fighting|firefight|gunfight|gun battle|exchange of fire|attack|assault|ambush|shooting|raid|strike|blast|explosion|bombing|shelling)\b/i;

/** The act types a noun can name; a noun that names a trigger of its own (its last word) names that one too. */
const NAMES_TYPES: Readonly<Record<string, readonly string[]>> = {
  clash: ['attack'],
  fighting: ['attack'],
  firefight: ['attack'],
  gunfight: ['attack'],
  'gun battle': ['attack'],
  'exchange of fire': ['attack'],
  attack: ['attack', 'bombing'],
  assault: ['attack'],
  ambush: ['attack'],
  shooting: ['attack'],
  raid: ['attack', 'bombing'],
  strike: ['bombing'],
  blast: ['bombing'],
  explosion: ['bombing'],
  bombing: ['bombing'],
  shelling: ['bombing'],
};

function canName(noun: string, e: EventRecord): boolean {
  return triggerEndsIn(e.trigger.text, singular(noun.split(' ').pop()!)) || !!NAMES_TYPES[noun]?.includes(e.type);
}

/**
 * For each casualty-only event of the sentence (`casualtyOnly`) that says its people fell "in the
 * <noun>", where no other violent act of the sentence (`created`) can be so named but an earlier
 * one of the article (`earlier`) can: that earlier act (the latest so named), keyed by the
 * casualty word's start. The caller counts the word's statements for it and drops the event.
 */
export function tollsOfNamedEarlierActs(text: string, created: readonly EventRecord[], casualtyOnly: ReadonlySet<EventRecord>, earlier: readonly EventRecord[], lex: EventLexicon): Map<number, EventRecord> {
  const out = new Map<number, EventRecord>();
  const violent = (e: EventRecord) => !!lex.types.get(e.type)?.violent;
  const own = created.filter((e) => !casualtyOnly.has(e) && violent(e));
  if (own.length === 0) return out;
  for (const e of casualtyOnly) {
    const m = NAMED_ACT_AFTER.exec(text.slice(e.trigger.end, e.trigger.end + 60));
    if (!m) continue;
    const noun = singular(m[1].toLowerCase());
    if (own.some((v) => canName(noun, v))) continue;
    for (let i = earlier.length - 1; i >= 0; i--) {
      if (violent(earlier[i]) && canName(noun, earlier[i])) {
        out.set(e.trigger.start, earlier[i]);
        break;
      }
    }
  }
  return out;
}

/** Moves the people a casualty-only event names as targets to the earlier act it is the toll of (none it already has a role for). */
export function addVictims(act: EventRecord, e: EventRecord): void {
  const has = new Set(act.actors.map((r) => r.actor));
  for (const r of e.actors) if (r.role === 'target' && !has.has(r.actor)) act.actors.push({ ...r });
  act.rules.push(`${EARLIER_ACT_TOLL_RULE}:${e.trigger.text}`);
}
