import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Leftovers of session 18 (news38, session 19), on sentences of our own writing.

const killed = (e: { counts: Array<{ kind: string; value: number }> }) => e.counts.filter((c) => c.kind === 'killed').map((c) => c.value);

describe('a clause after "after"/"following" with a verb of its own is an event frame of its own', () => {
  test('"Militants attack police post in Bannu after drone strike kills two": the count is the strike\'s, the militants only the attack\'s', () => {
    const a = run('Militants attack police post in Bannu after drone strike kills two');
    const attack = only(a, 'attack');
    const strike = only(a, 'bombing');
    assert.deepEqual(agents(attack), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(killed(attack), []);
    assert.deepEqual(agents(strike), []);
    assert.deepEqual(killed(strike), [2]);
  });

  test('"days after": the strike keeps its own place and no day of the main clause', () => {
    const a = run('Militants attacked a police post in Bannu on Tuesday, days after a drone strike killed two people in North Waziristan.');
    const attack = only(a, 'attack');
    const strike = only(a, 'bombing');
    assert.equal(attack.place, 'place:PK:bannu');
    assert.deepEqual(killed(attack), []);
    assert.ok(attack.date);
    assert.deepEqual(agents(strike), []);
    assert.deepEqual(killed(strike), [2]);
    assert.equal(strike.place, 'admin2:PK:north-waziristan');
    assert.equal(strike.date, null);
  });

  test('the main subject is no agent of what the after-clause tells: "Police arrested three suspects after a bomb exploded"', () => {
    const a = run('Police arrested three suspects after a bomb exploded near a mosque in Quetta.');
    assert.deepEqual(agents(only(a, 'arrest')), [['pakistan-police', false]]);
    assert.ok(!agents(only(a, 'bombing')).some(([x]) => x === 'pakistan-police'));
  });

  test('the main clause\'s arresting force made no arrest the after-clause tells: "Police arrested two men after the gang detained a shopkeeper"', () => {
    const a = run('Police arrested two men in Quetta after the gang detained a shopkeeper.');
    const arrests = a.events.filter((e) => e.type === 'arrest');
    assert.deepEqual(arrests.map((e) => agents(e).map(([x]) => x)), [['pakistan-police'], []]);
  });

  test('"the group" opening an after-clause stands for the group named before it', () => {
    const a = run('TTP militants abducted two engineers in Tank after the group attacked a checkpost on the highway.');
    assert.deepEqual(agents(only(a, 'kidnapping')), [['ttp', false]]);
    const attack = only(a, 'attack');
    assert.deepEqual(agents(attack), [['ttp', true]]);
    assert.ok(attack.provenance.rules.includes('agent:group-named-before-after-clause'));
  });

  test('"Two soldiers were killed in Bannu after militants attacked their post" stays one attack, the militants its agent', () => {
    const e = only(run('Two soldiers were killed in Bannu after militants attacked their post.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(killed(e), [2]);
  });

  test('no frame without a verb of its own, nor for a gerund sharing the subject', () => {
    const clash = only(run('Two soldiers were killed after a clash with militants in Bannu.'), 'attack');
    assert.deepEqual(killed(clash), [2]);
    const fled = only(run('Militants fled after killing two soldiers in Bannu.'), 'attack');
    assert.deepEqual(agents(fled), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(killed(fled), [2]);
  });
});

describe('a bare "Taliban" acting inside Pakistan is the Pakistani Taliban (inferred)', () => {
  test('"Taliban kill Pakistani soldier in South Waziristan": the TTP, inferred, the rule in provenance', () => {
    const e = only(run('Taliban kill Pakistani soldier in South Waziristan'), 'attack');
    assert.deepEqual(agents(e), [['ttp', true]]);
    assert.ok(e.provenance.rules.includes('agent:taliban-in-pakistan:ttp'));
  });

  test('a Pakistani target with no place named; "Taliban militants" in Quetta', () => {
    assert.deepEqual(agents(only(run('Taliban kill Pakistani soldier in attack on army bunker'), 'attack')), [['ttp', true]]);
    assert.deepEqual(agents(only(run('Taliban militants kill two Hazara shopkeepers in Quetta'), 'attack')), [['ttp', true]]);
  });

  test('in Afghanistan, across the border, or with nothing Pakistani, the Afghan Taliban stay', () => {
    assert.deepEqual(agents(only(run('Taliban fighters attacked a checkpost in Kandahar.'), 'attack')), [['afghan-taliban', false]]);
    assert.deepEqual(agents(only(run('Taliban fighters from Afghanistan attacked a border post in Kurram.'), 'attack')), [['afghan-taliban', false]]);
    assert.deepEqual(agents(only(run('Taliban kill two soldiers in attack on army post'), 'attack')).map(([a]) => a), ['afghan-taliban']);
    // A Kabul report that names Pakistan in passing stays Afghan.
    const a = run('Gunmen attacked the house of a former Taliban envoy to Pakistan in Kabul, Afghanistan. The Taliban denied any role.');
    assert.ok(a.actors.some((x) => x.id === 'afghan-taliban'));
    assert.ok(!a.actors.some((x) => x.id === 'ttp'));
  });
});

describe('a bare "the government" in a sentence with no place is the government of the document\'s country', () => {
  test('a Kurram report that names Kabul and "the Afghan side": the government is Pakistan\'s', () => {
    const text =
      'Gunmen ambushed a police convoy near Parachinar in Kurram district on Monday, killing seven policemen. ' +
      'Separately, the Taliban administration in Kabul released 150 prisoners last week. ' +
      'Officials in Peshawar and Bannu were put on high alert. The interior minister said the government would not allow its soil to be used for attacks, while the Afghan side denied sheltering militants.';
    const a = run(text);
    const gov = a.actors.find((x) => x.mentions.some((m) => text.slice(m.start, m.end) === 'the government'));
    assert.equal(gov?.id, 'pakistan-government');
  });

  // (news70) 4 events since "the attackers fled towards the Afghan border after a two-hour
  // gunfight" is the ambush's getaway, no movement of its own (attack-movement.ts).
  test('examples/kurram-report.txt keeps the README\'s 11 claims and 4 events, its government Pakistan\'s', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../examples/kurram-report.txt', import.meta.url), 'utf8');
    const a = run(text);
    assert.equal(a.claims.length, 11);
    assert.equal(a.events.length, 4);
    const gov = a.actors.find((x) => x.mentions.some((m) => text.slice(m.start, m.end) === 'the government'));
    assert.equal(gov?.id, 'pakistan-government');
  });
});

describe('a definite act with a place or day of its own names an act; a bare "the attack" points back', () => {
  test('"The TTP claimed responsibility for the Bannu bombing" alone: a bombing in Bannu', () => {
    const e = only(run('The TTP claimed responsibility for the Bannu bombing.'), 'bombing');
    assert.equal(e.place, 'place:PK:bannu');
    assert.ok(e.provenance.rules.includes('trigger:definite-act-with-own-modifier'));
    assert.equal(only(run('Jamaat-ul-Ahrar claimed responsibility for the bombing in Quetta.'), 'bombing').place, 'place:PK:quetta');
  });

  test('after the act was told, "the Bannu bombing" is that act again; "the attack" is never a new one', () => {
    const a = run('A suicide bomber killed five policemen in Bannu on Tuesday. The TTP claimed responsibility for the Bannu bombing.');
    assert.equal(a.events.filter((e) => e.type === 'bombing').length, 1);
    assert.deepEqual(run('No group claimed responsibility for the attempted attack.').events.filter((e) => e.type === 'attack'), []);
    const b = run('A suicide bomber killed five policemen in Bannu. No group claimed responsibility for the attack.');
    assert.equal(b.events.length, 1);
  });

  test('a definite act elsewhere than the one told is another act: "after the Quetta bombing"', () => {
    const a = run('Gunmen attacked a police post in Bannu on Monday. The TTP also claimed responsibility for the Quetta bombing.');
    assert.equal(only(a, 'bombing').place, 'place:PK:quetta');
  });
});
