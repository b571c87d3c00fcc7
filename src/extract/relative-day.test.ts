import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';
import { relativeDay } from './relative-day.ts';

// A day told relative to the story's last dated event ("A day earlier", "the same day", "Two
// days earlier"). Our own sentences in Dawn / Tribune house style, published on Thursday
// 2026-11-26, so "Wednesday" is 2026-11-25.

const PUBLISHED = '2026-11-26';

describe('a day counted from the last dated event', () => {
  test('"A day earlier" dates a quadcopter attack the day before the one just told', () => {
    const a = run(
      'Five people were injured when a quadcopter dropped a bomb on a house in Mir Ali on Wednesday.\n\n' +
        'A day earlier, a soldier was martyred and two others were injured when militants used a quadcopter to attack a checkpost in the Spinwam area, a security official said.',
      PUBLISHED,
    );
    // The second paragraph's attack (its trigger "martyred" since session 24, "attack" before).
    const attack = a.events.find((e) => e.type === 'attack' && e.trigger.start > a.text.indexOf('A day earlier'));
    assert.ok(attack, JSON.stringify(a.events.map((e) => e.trigger.text)));
    assert.deepEqual(attack.date, { start: '2026-11-24', end: '2026-11-24', precision: 'day' });
    assert.ok(attack.provenance.rules.some((r) => r.startsWith('date:relative-day:-1:from:e1')), attack.provenance.rules.join(' ; '));
  });

  test('"the same day" and "Two days earlier" in a weekly roundup', () => {
    const a = run(
      'On Sunday, a roadside bomb struck a vehicle of the Frontier Corps in Bajaur, killing three soldiers. ' +
        'In Dera Ismail Khan, two Levies personnel were shot dead at a checkpost in the Kulachi area the same day.\n\n' +
        'In Peshawar, a sub-inspector was shot dead near his home on Wednesday morning. ' +
        'Two days earlier, a constable was injured in a grenade attack on the Badaber police station.',
      PUBLISHED,
    );
    const levies = a.events.find((e) => e.trigger.text === 'shot dead' && e.start < a.text.indexOf('In Peshawar'));
    assert.equal(levies?.date?.start, '2026-11-22');
    const grenade = a.events.find((e) => e.trigger.text === 'grenade attack');
    assert.equal(grenade?.date?.start, '2026-11-23');
  });

  test('"a day after a blast in Jalalabad" counts from the blast told next, not from the last event', () => {
    assert.equal(relativeDay('The attack came a day after a blast in a mosque in Jalalabad.', 0, 60), null);
    assert.equal(relativeDay('A day after the attack, police arrested two men.', 0, 50)?.offset, 1);
    assert.equal(relativeDay('They were released the next day.', 0, 40)?.offset, 1);
  });

  test('with no dated event before it, nothing is made up', () => {
    const a = run('A day earlier, a soldier was martyred when militants attacked a checkpost in Spinwam.', PUBLISHED);
    assert.equal(a.events[0]?.date, null);
  });
});
