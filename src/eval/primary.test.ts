import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { primaryAgent, primaryEvent, primaryPlace, sumCounts } from './primary.ts';
import { actorIdForName } from './resolve.ts';

// Which of our events stands for a gold record, and how gold actor names resolve. Notes in
// ACLED's house style, of our own writing.

describe('the primary event', () => {
  test('ACLED: a protest outranks the arrests at it, so its crowd is actor 1', () => {
    const a = analyze('On 6 January 2022, police arrested 12 people at a protest in Karachi against power cuts. [size=no report]');
    assert.equal(primaryEvent(a, 'acled')?.type, 'protest');
    assert.equal(primaryAgent(a, 'acled'), 'protesters:PK');
    // GTD keeps its own order: the first event when none is violent.
    assert.equal(primaryEvent(a)?.type, 'arrest');
  });

  test('ACLED: a riot outranks a protest of the same note', () => {
    const a = analyze('On 7 January 2022, traders demonstrated in Quetta over taxes. Later, rioters set tyres on fire on the main road.');
    assert.equal(primaryEvent(a, 'acled')?.type, 'riot');
    assert.equal(primaryAgent(a, 'acled'), 'rioters:PK');
  });

  test('ACLED: violence told as the background ("after ... was killed") is not the note\'s event', () => {
    const a = analyze('On 9 January 2022, in Zalun township (Hinthada district, Ayeyarwady region), the military forces arrested ten NLD members after a USDP member was killed on 7 January.');
    assert.equal(primaryEvent(a, 'acled')?.type, 'arrest');
    assert.equal(primaryAgent(a, 'acled'), 'myanmar-military');
    // GTD still takes the violence first.
    assert.ok(['attack', 'assassination'].includes(primaryEvent(a)?.type ?? ''), primaryEvent(a)?.type);
    // Violence in the main clause stays first.
    const b = analyze('On 9 January 2022, gunmen killed a USDP member in Zalun after the military forces arrested ten NLD members.');
    assert.equal(primaryEvent(b, 'acled')?.type, 'attack');
  });

  test('a whole country yields to a smaller place the note names', () => {
    const a = analyze('On 1 March 2022, about 300 people demonstrated in Lahore against the war in Ukraine.');
    assert.equal(primaryPlace(a, 'acled')?.name, 'Lahore');
  });
});

describe('gold actor names', () => {
  const cases: Array<[name: string, recordCountry: string | null, id: string]> = [
    ['Protesters (Pakistan)', null, 'protesters:PK'],
    ['Rioters (India)', null, 'rioters:IN'],
    ['Unidentified Gang and/or Police Militia', 'BR', 'unidentified-gang:BR'],
    ['Fulani Ethnic Militia (Nigeria)', null, 'communal-militia:NG'],
    ['Twic Clan Militia (South Sudan)', null, 'communal-militia:SS'],
    ['Military Forces of Yemen (2012-)', null, 'yemen-government-forces'],
    ['Military Forces of the Democratic Republic of Congo (2019-)', null, 'drc-armed-forces'],
    ['FARC Dissident - 36th Front: Revolutionary Armed Forces of Colombia Dissident Faction (36th Front)', null, 'farc-dissidents'],
    ['Islamic State (Afghanistan)', null, 'is-kp'],
  ];
  for (const [name, cc, id] of cases) {
    test(`${name}${cc ? ` in a ${cc} record` : ''} → ${id}`, () => assert.equal(actorIdForName(name, null, cc), id));
  }
});

describe('the people an article counts', () => {
  test("a teller's rival figure of the same dead is not added: the event's own figure is its first (news64)", () => {
    const a = analyze('On 3 March 2022, a bomb killed two people at a market in Bannu. According to a local paper, four people died in the blast.');
    assert.deepEqual(a.events.flatMap((e) => e.counts.filter((c) => c.kind === 'killed').map((c) => [c.value, c.toldBy?.text ?? null])), [[2, null], [4, 'a local paper']]);
    assert.equal(sumCounts(a, 'killed'), 2);
  });
});
