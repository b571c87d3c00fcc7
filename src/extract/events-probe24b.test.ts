import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 24 (news70): event leftovers of the lead's session-24 probes (a mosque bombing in
// Peshawar, a border clash at Torkham, an attack on a polio team), each on sentences of our own;
// the positive tests failed before their fix, the negative ones hold both ways.

/** Each event as its type and trigger. */
const kinds = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text]);

describe('an attacker\'s way in or getaway is a step of the attack, no movement', () => {
  test('"entered … and opened fire", "entered the hall after shooting dead two guards": the attack only', () => {
    assert.deepEqual(kinds('Three gunmen entered a school in Kohat on Monday and opened fire on the teachers.'), [['attack', 'opened fire']]);
    assert.ok(!kinds('Police said the bomber entered the hall after shooting dead two guards at the gate.').some((e) => e[0] === 'movement'));
  });

  test('"The attackers fled …" after the attack told in the sentence before', () => {
    const text = 'Gunmen shot dead a shopkeeper in Quetta on Sunday. The attackers fled on a motorcycle before police arrived.';
    assert.deepEqual(kinds(text).map((e) => e[0]), ['attack']);
  });

  test('people fleeing an attack, and a crossing into a country, stay movements', () => {
    assert.ok(kinds('Militants attacked a village in Kurram on Monday and hundreds of civilians fled their homes.').some((e) => e[0] === 'movement' && e[1] === 'fled'));
    assert.ok(kinds('Guards opened fire on a group of men who entered Iran illegally near Taftan.').some((e) => e[0] === 'movement' && e[1] === 'entered'));
  });

  test('with no violent act near it, "entered" stays a movement', () => {
    assert.deepEqual(kinds('A column of militants entered the Tirah valley on Monday.').map((e) => e[0]), ['movement']);
  });
});

describe('"killed in the clash" beside another act of its sentence is the toll of the clash told before', () => {
  const tolls = (text: string) => run(text).events.map((e) => [e.type, e.counts.map((c) => [c.kind, c.value]), e.actors.filter((r) => r.role === 'target').map((r) => r.actor)]);
  test('the clash keeps its dead, the shelling its wounded', () => {
    const text =
      'Pakistani and Afghan border forces exchanged heavy fire near Chaman on Monday night.\n\n' +
      'Two Pakistani soldiers were killed in the clash, while five villagers were wounded when a mortar shell hit a house nearby.';
    const found = tolls(text);
    assert.deepEqual(found.find((e) => e[0] === 'attack')?.[1], [['killed', 2]]);
    assert.deepEqual(found.find((e) => e[0] === 'bombing')?.[1], [['wounded', 5]]);
    assert.ok(!(found.find((e) => e[0] === 'bombing')?.[2] as string[]).includes('pakistan-army'));
  });

  test('"killed in the blast" when the sentence tells a blast is that blast\'s', () => {
    const text = 'Gunmen attacked a police post in Bannu on Monday.\n\nThree people were killed in the blast when a bomb went off at a market in Kohat.';
    const found = tolls(text);
    assert.deepEqual(found.find((e) => e[0] === 'bombing')?.[1], [['killed', 3]]);
    assert.deepEqual(found.find((e) => e[0] === 'attack')?.[1], []);
  });
});

describe('a town\'s name before "Road", "Bazaar" or "Chowk" in a town named as its container is a street of that town', () => {
  const placed = (text: string) => {
    const a = run(text);
    return { event: a.events[0]?.place, places: a.places.map((p) => p.id) };
  };
  test('"in Peshawar\'s Kohat Road area", "the Kohat Road area of Peshawar", "near Bannu Road in Lakki Marwat": the container, and no Kohat or Bannu', () => {
    for (const [text, town, street] of [
      ['A bomb went off in Peshawar\'s Kohat Road area on Friday, killing three people.', 'place:PK:peshawar', 'place:PK:kohat'],
      ['A bomb went off in the Kohat Road area of Peshawar on Friday, killing three people.', 'place:PK:peshawar', 'place:PK:kohat'],
      ['Gunmen shot dead two shopkeepers near Bannu Road in Lakki Marwat on Friday.', 'place:PK:lakki-marwat', 'place:PK:bannu'],
    ]) {
      const p = placed(text);
      assert.equal(p.event, town, text);
      assert.ok(!p.places.includes(street), text);
    }
  });

  test('with no container, or a district as the container, the town stays', () => {
    assert.equal(placed('A bomb went off on Kohat Road on Friday, killing three people.').event, 'place:PK:kohat');
    assert.ok(placed('A bomb went off in Landi Kotal Bazaar in Khyber district on Friday, killing three people.').places.includes('place:PK:landi-kotal'));
  });
});

describe('"the hospital had received N bodies" is a rival toll, told by the sentence\'s source', () => {
  const killed = (text: string) => run(text).events.map((e) => e.counts.filter((c) => c.kind === 'killed').map((c) => [c.value, c.toldBy?.text ?? null]));
  test('a paragraph after the act: beside its toll, with its teller', () => {
    const text =
      'A bomb tore through a market in Quetta on Monday, killing at least 12 people, police said.\n\n' +
      'A doctor at the Civil Hospital, Ahmed Khan, said the hospital had received 15 bodies.';
    assert.deepEqual(killed(text)[0], [[12, null], [15, 'A doctor at the Civil Hospital, Ahmed Khan']]);
  });

  test('the same figure adds nothing; bodies "received" with no act told make no toll', () => {
    const text = 'A bomb tore through a market in Quetta on Monday, killing 12 people.\n\nA doctor said the hospital had received 12 bodies.';
    assert.deepEqual(killed(text)[0], [[12, null]]);
    assert.deepEqual(killed('A doctor said the hospital had received 15 bodies from the flood.'), []);
  });
});

describe('"overnight" tied to a dated day by "after" or "before" is the night into that day', () => {
  const dated = (text: string) => run(text, '2026-11-27').events.map((e) => [e.type, e.date ? `${e.date.start}…${e.date.end}` : null]);
  test('"closed the crossing on Sunday after … exchanged fire overnight": the night into Sunday', () => {
    assert.deepEqual(dated('Pakistan closed the Chaman crossing on Sunday after border forces exchanged fire overnight.').find((e) => e[0] === 'attack'), ['attack', '2026-11-21…2026-11-22']);
    assert.deepEqual(dated('Border forces exchanged fire overnight before Pakistan closed the Chaman crossing on Sunday.').find((e) => e[0] === 'attack'), ['attack', '2026-11-21…2026-11-22']);
  });

  test('an overnight with no day tied to it is still the night before publication', () => {
    assert.deepEqual(dated('Border forces exchanged fire overnight near Chaman, officials said.'), [['attack', '2026-11-26…2026-11-27']]);
  });
});

describe('"the two sides" after a clash between two named forces are those two', () => {
  const parties = (text: string) => run(text).events.filter((e) => e.type === 'agreement').map((e) => e.actors.filter((r) => r.role === 'party').map((r) => [r.actor, r.inferred]).sort());
  test('"the two sides agreed to a ceasefire", "Both sides signed an agreement": the clash\'s sides, inferred', () => {
    const sides = [['afghan-taliban', true], ['pakistan-army', true]];
    assert.deepEqual(parties('Afghan and Pakistani troops clashed near Chaman on Monday. Elders met on Tuesday and the two sides agreed to a ceasefire.'), [sides]);
    assert.deepEqual(parties('Afghan and Pakistani troops clashed near Chaman on Monday. Both sides signed an agreement on Tuesday.'), [sides]);
  });

  test('after an attack with one side named, "both sides" stays no one', () => {
    assert.deepEqual(parties('Militants attacked a village near Chaman on Monday. Both sides agreed to a truce on Tuesday.'), [[]]);
  });
});
