import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';
import { headlineSpans, isHeadlineList } from './headline-list.ts';
import type { EventOut } from '../index.ts';

// A line of headlines joined by ";" with no full stop (UCDP source headlines, wire digests):
// each headline's events take only that headline's actors, places, dates and counts.

function counts(e: EventOut): Array<[string, number]> {
  return e.counts.map((c) => [c.kind, c.value]);
}

describe('headline spans', () => {
  test('each headline of a ";"-joined line, with or without a space after the ";"', () => {
    const text = 'Gunmen kill a tribal elder in Khyber;Two policemen shot dead in Bannu; Police arrest three in Swat';
    assert.deepEqual(headlineSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end)), [
      'Gunmen kill a tribal elder in Khyber',
      'Two policemen shot dead in Bannu',
      'Police arrest three in Swat',
    ]);
  });

  test('prose after a ";" (lower case) or a line ending in a full stop is one span', () => {
    const prose = 'Two policemen were shot dead in Bannu; however, no group claimed the attack';
    assert.equal(isHeadlineList(prose), false);
    assert.deepEqual(headlineSpans(prose, 0, prose.length), [{ start: 0, end: prose.length }]);
    const stopped = 'Two policemen were shot dead in Bannu; Three soldiers were killed in Swat.';
    assert.deepEqual(headlineSpans(stopped, 0, stopped.length), [{ start: 0, end: stopped.length }]);
  });
});

describe('events are built within one headline of a ";"-joined line', () => {
  test("a later headline's day does not date the first headline's killing", () => {
    const a = run('Security forces kill 5 terrorists in North Waziristan; Two policemen shot dead in Dera Ismail Khan on Monday');
    const [first, second] = a.events.filter((e) => e.type === 'attack');
    assert.equal(first.trigger.text, 'kill');
    assert.equal(first.date, null);
    assert.equal(second.trigger.text, 'shot dead');
    assert.equal(second.date?.start, '2026-11-23');
  });

  test("the first headline's subject is not the agent of the next headline's killing", () => {
    const a = run('Security forces kill 5 terrorists in North Waziristan; Two policemen shot dead in Dera Ismail Khan on Monday');
    const second = a.events.find((e) => e.trigger.text === 'shot dead')!;
    assert.ok(!agents(second).some(([id]) => id === 'pakistan-army'), JSON.stringify(second.actors));
    assert.equal(second.place, 'place:PK:dera-ismail-khan');
  });

  test("an arrest in the next headline takes neither the first headline's place nor joins its attack", () => {
    const a = run('Militants kill two soldiers in a roadside bomb attack in Bajaur district;Police arrest three suspects after raid on hideout');
    const arrest = only(a, 'arrest');
    assert.equal(arrest.place, null);
    assert.deepEqual(counts(arrest), [['arrested', 3]]);
    const killing = a.events.find((e) => e.trigger.text === 'kill')!;
    assert.ok(!agents(killing).some(([id]) => id === 'pakistan-police'), JSON.stringify(killing.actors));
  });

  test("a count in the next headline is not the first headline's toll", () => {
    const a = run('Gunmen kill a tribal elder in Khyber district;Two more bodies found in Kurram agency, officials say');
    assert.deepEqual(counts(only(a, 'attack')), [['killed', 1]]);
  });

  test("a casualty headline after an attack's headline adds no count to that attack", () => {
    const a = run('TTP militants attack police check post in Lakki Marwat on Sunday night;Three civilians also killed and four injured');
    const attack = a.events.find((e) => e.trigger.text === 'attack')!;
    assert.deepEqual(counts(attack), []);
    assert.equal(attack.place, 'place:PK:lakki-marwat');
  });
});
