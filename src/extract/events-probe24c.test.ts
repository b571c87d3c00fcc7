import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 24 (news71): an operation told again in later paragraphs (the lead's probe a7), on
// sentences of our own (AfPak news style); the positive tests failed before their fix, the
// negative ones hold both ways.

/** Each event as its type, trigger, roles ([role, actor, inferred]) and counts [kind, value]. */
const acts = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text, e.actors.map((r) => [r.role, r.actor, r.inferred]), e.counts.map((c) => [c.kind, c.value])]);
const typed = (text: string) => acts(text).map((e) => [e[0], e[1], e[3]]);

describe('the doers\' own dead, told in a later paragraph "during the exchange of fire", add to the act\'s toll', () => {
  const raid = 'Soldiers killed nine militants during a raid in Bannu district, officials said on Friday.\n\n';

  test('"Three soldiers embraced martyrdom during the exchange of fire": one act, 9 + 3 killed', () => {
    const a = run(raid + 'Three soldiers embraced martyrdom during the exchange of fire, the army added.');
    assert.deepEqual(a.events.map((e) => [e.type, e.counts.map((c) => [c.kind, c.value])]), [['attack', [['killed', 12]]]]);
    assert.ok(a.events[0].provenance.rules.includes('casualty-sentence-for:doers-own-dead:pakistan-army'), a.events[0].provenance.rules.join(' ; '));
  });

  test('with a paragraph between that tells no act, and an aside "including a captain"', () => {
    const text =
      raid +
      'Officials said the militants had been planning attacks on police stations.\n\n' +
      'Two soldiers, including a captain, were martyred during the exchange of fire, the army said.';
    assert.deepEqual(typed(text), [['attack', 'killed', [['killed', 11]]]]);
  });

  test('"during the operation" points back as "during the raid" does', () => {
    const text = 'Security forces killed six terrorists in an intelligence-based operation in Tank.\n\nTwo soldiers were martyred during the operation, the ISPR said.';
    assert.deepEqual(typed(text).map((e) => e[2]), [[['killed', 8]]]);
  });

  test('another act told in between keeps the toll from the first', () => {
    const text =
      raid +
      'In a separate incident, militants attacked a police post in Lakki Marwat on Saturday.\n\n' +
      'Two soldiers were martyred during the exchange of fire, the army said.';
    const counts = typed(text).map((e) => e[2]);
    assert.deepEqual(counts[0], [['killed', 9]]);
  });

  test('the victims\' side dying is no toll of the doers\' own: the first figure is not raised by it in a later paragraph', () => {
    const text = raid + 'Two civilians were killed during the exchange of fire, residents said.';
    assert.deepEqual(typed(text)[0][2], [['killed', 9]]);
  });
});

describe('"the operation was conducted on …" dates the act told before', () => {
  test('the night of November 20-21, a paragraph after the raid', () => {
    const a = run('Soldiers killed nine militants during a raid in Bannu district, officials said on Monday.\n\nThe raid was carried out on the night of November 20-21, officials said.');
    assert.equal(a.events.length, 1);
    assert.deepEqual(a.events[0].date, { start: '2026-11-20', end: '2026-11-21', precision: 'range' });
    assert.ok(a.events[0].provenance.rules.includes('date:act-done-again:the-raid'), a.events[0].provenance.rules.join(' ; '));
  });

  test('"According to the ISPR, the operation was conducted on November 19"', () => {
    const a = run('Security forces killed 11 terrorists during an intelligence-based operation in North Waziristan.\n\nAccording to the ISPR, the operation was conducted on November 19 on the reported presence of terrorists.');
    assert.deepEqual(a.events.map((e) => e.date?.start), ['2026-11-19']);
  });

  test('an act with a day of its own keeps it', () => {
    const a = run('Soldiers killed nine militants during a raid in Bannu on Sunday.\n\nThe raid was carried out on November 12, officials said.');
    assert.deepEqual(a.events.map((e) => e.date?.start), ['2026-11-22']);
  });

  test('an operation done elsewhere is not the act told', () => {
    const a = run('Soldiers killed nine militants during a raid in Bannu, officials said.\n\nThe operation was conducted in Quetta on November 12, officials said.');
    assert.deepEqual(a.events.map((e) => e.date), [null]);
  });
});

describe('a soldier who "embraced martyrdom" is not the doer', () => {
  test('"Two soldiers, including a captain, embraced martyrdom": not the army\'s own act', () => {
    const roles = acts('Two soldiers, including a captain, embraced martyrdom during an exchange of fire in Bannu, the ISPR said.').flatMap((e) => e[2] as unknown[][]);
    assert.ok(!roles.some((r) => r[0] === 'agent' && r[1] === 'pakistan-army'), JSON.stringify(roles));
  });
});

describe('an operation under way is no event; an operation that killed is the attack told', () => {
  test('"A sanitisation operation is being conducted to eliminate any other khwarij": none', () => {
    assert.deepEqual(typed('A sanitisation operation is being conducted to eliminate any other khwarij found in the area, the ISPR said.'), []);
  });
  test('the probe\'s whole text: one operation, dated, 13 killed', () => {
    const text =
      'RAWALPINDI: Security forces killed 11 terrorists during an intelligence-based operation (IBO) in North Waziristan\'s Datta Khel area, the military\'s media wing said on Thursday.\n\n' +
      'According to the ISPR, the operation was conducted on the night of November 20-21 on the reported presence of terrorists. Weapons were also recovered from the killed terrorists.\n\n' +
      'Two soldiers, including a captain, embraced martyrdom during the exchange of fire, the ISPR added.\n\n' +
      'A sanitisation operation is being conducted to eliminate any other terrorists found in the area, the ISPR said.';
    const a = run(text);
    assert.deepEqual(a.events.map((e) => [e.type, e.date?.start, e.date?.end, e.counts.map((c) => [c.kind, c.value])]), [['attack', '2026-11-20', '2026-11-21', [['killed', 13]]]]);
  });
});
