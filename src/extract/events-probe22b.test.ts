import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { only, run } from './events-for-tests.ts';

// Session 22 (news57): event leftovers of news55, each on sentences of our own (AfPak news
// style); the positive tests failed before their fix, the negative ones hold both ways.

/** Each event of `type` as its trigger and its counts [kind, value, teller, revised]. */
const tolls = (text: string, type: string) =>
  run(text).events.filter((e) => e.type === type).map((e) => [e.trigger.text, e.counts.map((c) => [c.kind, c.value, c.toldBy?.text ?? null, c.revised ?? false])]);

describe('a teller\'s toll that names its act, in a paragraph of its own', () => {
  test('"put the death toll from the clashes at eight" joins the clashes, past a later act, as a rival figure', () => {
    const text = 'Clashes between two tribes killed six people in Kurram on Sunday.\n\nSeparately, a bomb exploded near a school in Bannu, wounding two children.\n\nA government spokesman put the death toll from the clashes at eight.';
    assert.deepEqual(tolls(text, 'attack'), [['Clashes', [['killed', 6, null, false], ['killed', 8, 'A government spokesman', false]]]]);
    assert.deepEqual(tolls(text, 'bombing'), [['bomb', [['wounded', 2, null, false]]]]);
  });

  test('"from the attack" names the act told before: its figure is a rival', () => {
    const text = 'Gunmen killed four policemen in an attack on a checkpost in Lakki Marwat on Monday.\n\nThe provincial police chief put the death toll from the attack at five.';
    assert.deepEqual(tolls(text, 'attack'), [['killed', [['killed', 4, null, false], ['killed', 5, 'The provincial police chief', false]]]]);
  });

  test('"revised the toll from the clashes to five" is the clashes\' revision, not the later bombing\'s', () => {
    const text = 'Clashes between two tribes killed six people in Kurram on Sunday.\n\nSeparately, a bomb killed three people near a school in Bannu.\n\nThe police later revised the toll from the clashes to five.';
    assert.deepEqual(tolls(text, 'attack'), [['Clashes', [['killed', 6, null, false], ['killed', 5, 'The police', true]]]]);
    assert.deepEqual(tolls(text, 'bombing'), [['bomb', [['killed', 3, null, false]]]]);
  });

  test('a toll of an act the article did not tell, or naming none, is not taken across the paragraph', () => {
    const clashes = 'Clashes between two tribes killed six people in Kurram on Sunday.';
    assert.deepEqual(tolls(`${clashes}\n\nA government spokesman put the death toll from the floods at eight.`, 'attack'), [['Clashes', [['killed', 6, null, false]]]]);
    assert.deepEqual(tolls(`${clashes}\n\nThe Taliban put the toll at 12.`, 'attack'), [['Clashes', [['killed', 6, null, false]]]]);
  });
});

describe('a date opening the teller\'s clause is no part of the teller', () => {
  const bombing = 'A suicide bomber killed nine people at a market in Bannu on Monday, officials said.';
  const teller = (text: string) => only(run(text), 'bombing').counts.map((c) => [c.value, c.toldBy?.text ?? null, c.revised ?? false]);
  test('"On Tuesday the police revised the toll to seven": the police', () => {
    assert.deepEqual(teller(`${bombing}\n\nOn Tuesday the police revised the toll to seven.`), [[9, null, false], [7, 'the police', true]]);
    assert.deepEqual(teller(`${bombing}\n\nLate on Tuesday the police revised the toll to seven.`), [[9, null, false], [7, 'the police', true]]);
  });

  test('"On November 23 the police revised the toll to seven": read at all, told by the police', () => {
    assert.deepEqual(teller(`${bombing}\n\nOn November 23 the police revised the toll to seven.`), [[9, null, false], [7, 'the police', true]]);
  });

  test('a teller with no date keeps all its words', () => {
    assert.deepEqual(teller(`${bombing} The provincial health minister later put the toll at 11.`), [[9, null, false], [11, 'The provincial health minister', true]]);
  });
});

describe('a riot\'s act at bare "officers" is at the police the paragraph named', () => {
  const targets = (text: string) => only(run(text), 'riot').actors.filter((r) => r.role === 'target').map((r) => [r.actor, r.inferred]);
  test('"the crowd had pelted officers with stones" after the police fired tear gas: the police', () => {
    assert.deepEqual(targets('Police fired tear gas at the protesters in Kohat. A police spokesman said the crowd had pelted officers with stones.'), [['pakistan-police', true]]);
  });

  test('"Rioters attacked two constables with sticks": the police named before in the paragraph', () => {
    const a = run('Police arrived at the market in Kohat. Rioters attacked two constables with sticks.');
    const riots = a.events.filter((e) => e.type === 'riot' && e.actors.some((r) => r.role === 'target'));
    assert.deepEqual(riots.map((e) => e.actors.filter((r) => r.role === 'target').map((r) => r.actor)), [['pakistan-police']]);
  });

  test('no police named before, or officers of something: no target', () => {
    assert.deepEqual(targets('Villagers pelted officers with stones in Karak.'), []);
    assert.deepEqual(targets('Police arrived in Kohat.\n\nVillagers pelted officers with stones in Karak.'), []);
    assert.deepEqual(targets('Police arrived in Kohat. Villagers pelted officers of the election commission with stones.'), []);
  });
});

describe('a place named in another incident\'s clause is not an earlier act\'s', () => {
  const places = (text: string) => run(text).events.filter((e) => e.type === 'bombing').map((e) => [e.trigger.text, e.place]);
  test('"The 2022 bombing killed 60 worshippers, and on Friday a blast killed three people in Kabul": the 2022 bombing has no place', () => {
    assert.deepEqual(places('The 2022 bombing killed 60 worshippers, and on Friday a blast killed three people in Kabul.'), [['bombing', null], ['blast', 'place:AF:kabul']]);
  });

  test('a place of the first act\'s own, or one before the other clause, stays', () => {
    assert.deepEqual(places('A bombing killed 60 worshippers in Kandahar in March, and on Friday a blast killed three people in Kabul.'), [['bombing', 'place:AF:kandahar'], ['blast', 'place:AF:kabul']]);
    assert.deepEqual(places('In Kabul, the 2022 bombing killed 60 worshippers, and on Friday a blast killed three people.'), [['bombing', 'place:AF:kabul'], ['blast', null]]);
  });
});
