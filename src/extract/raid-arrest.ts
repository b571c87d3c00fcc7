import type { EventRecord } from '../model/types.ts';

// A raid that ends in arrests is how the arrests were made, not an attack of its own: "The CTD
// arrested three suspected militants in a raid on a hideout", "arrested 11 suspected terrorists
// in raids in Lahore". A raid that killed or hurt someone ("raided a hideout, killing three
// militants") carries its counts and stays an attack.

const RAID = /^(?:raid|raids|raided|raiding)$/i;

/** Whether a trigger's text is a raid ("raided", "raids"), here and in perpetrators.ts's raiding force. */
export function isRaid(trigger: string): boolean {
  return RAID.test(trigger);
}

// A trigger's own rule is "trigger:<type>:<word>"; "trigger:another-incident" and the like mark
// the trigger without adding a second one ("In another raid, CTD personnel arrested three ...").
const OWN_TRIGGER = /^trigger:[^:]+:/;

/** The sentence's events without the raids that only tell how its arrests were made. */
export function settleRaidArrests(events: EventRecord[], attackType: string, arrestType: string): EventRecord[] {
  if (!events.some((e) => e.type === arrestType)) return events;
  return events.filter((e) => !(e.type === attackType && isRaid(e.trigger.text) && e.counts.length === 0 && e.rules.filter((r) => OWN_TRIGGER.test(r)).length === 1));
}
