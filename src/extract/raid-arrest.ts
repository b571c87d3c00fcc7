import type { EventRecord } from '../model/types.ts';

// A raid that ends in arrests is how the arrests were made, not an attack of its own: "The CTD
// arrested three suspected militants in a raid on a hideout", "arrested 11 suspected terrorists
// in raids in Lahore". A raid that killed or hurt someone ("raided a hideout, killing three
// militants") carries its counts and stays an attack.

const RAID = /^(?:raid|raids|raided)$/i;

/** The sentence's events without the raids that only tell how its arrests were made. */
export function settleRaidArrests(events: EventRecord[], attackType: string, arrestType: string): EventRecord[] {
  if (!events.some((e) => e.type === arrestType)) return events;
  return events.filter((e) => !(e.type === attackType && RAID.test(e.trigger.text) && e.counts.length === 0 && e.rules.filter((r) => r.startsWith('trigger:')).length === 1));
}
