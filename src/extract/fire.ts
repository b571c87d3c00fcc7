import type { Doc, EventRecord } from '../model/types.ts';

// "Fired" alone is ranged fire only with a ranged weapon in its clause: "Russian forces fired
// artillery at Klynove" is shelling (a bombing), "soldiers fired several shots" is a shooting
// (an attack). Multi-word forms settle themselves in data/events.json ("fired at", "fired tear
// gas" are attacks).

const BARE_FIRE = /^(?:fired|fires|firing)$/i;
const RANGED =
  /\b(?:rockets?|missiles?|mortars?|shells?|artillery|howitzers?|grads?|himars|projectiles?|munitions|launchers?|drones?|grenades?|bombs?|katyushas?|rpgs?|atgms?)\b/i;

/** Bare "fired" bombings with no ranged weapon named after them in their sentence become attacks. */
export function settleBareFire(doc: Doc, events: EventRecord[], attackType: string): void {
  for (const e of events) {
    if (e.type === attackType || !BARE_FIRE.test(e.trigger.text)) continue;
    // The weapon follows the verb, up to the end of the sentence's first clause-like stretch.
    const after = doc.text.slice(e.trigger.end, Math.min(e.end, e.trigger.end + 120));
    if (RANGED.test(after)) continue;
    e.type = attackType;
    e.rules.push('fired-without-ranged-weapon:attack');
  }
}
