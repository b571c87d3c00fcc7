import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';
import { acledRuleCode } from '../eval/code-acled.ts';

// Session 21 (news50): leftovers of news46's dispersed protests and deportations
// (src/extract/dispersal.ts, deportation.ts; docs/taxonomy.md "Crowds", "Deportations and
// returns"), on sentences of our own in AfPak news style.

const marks = (rules: readonly string[]) => rules.filter((r) => r.startsWith('protest:intervention:'));
const counts = (e: { counts: Array<{ kind: string; value: number }> }) => e.counts.map((c) => [c.kind, c.value]).sort();
const violent = (a: ReturnType<typeof run>) => a.events.filter((e) => e.type === 'attack' || e.type === 'bombing');
const parties = (e: { actors: Array<{ role: string; actor: string; inferred: boolean }> }) => e.actors.filter((r) => r.role === 'party').map((r) => [r.actor, r.inferred]);

describe('tear gas, rubber bullets, stun grenades fired at a protest break it up: no attack', () => {
  test('"Police fired tear gas at the protesters" after a protest: the protest is marked, no attack', () => {
    const a = run('Hundreds of teachers protested outside the Peshawar press club on Monday against unpaid salaries. Police fired tear gas at the protesters.');
    assert.deepEqual(marks(only(a, 'protest').provenance.rules), ['protest:intervention:tear gas']);
    assert.equal(violent(a).length, 0);
    assert.deepEqual(acledRuleCode(a), { eventType: 'Protests', subEventType: 'Protest with intervention' });
  });

  test('rubber bullets at demonstrators: the protest takes the injured', () => {
    const a = run('Hundreds of students marched in Lahore on Monday to demand lower fees. Police fired rubber bullets at the demonstrators, injuring six students.');
    const p = only(a, 'protest');
    assert.deepEqual(marks(p.provenance.rules), ['protest:intervention:rubber bullets']);
    assert.deepEqual(counts(p), [['wounded', 6]]);
    assert.equal(violent(a).length, 0);
  });

  test('stun grenades and water cannon are no bombing and no attack', () => {
    const a = run('Hundreds of traders protested in Karachi on Tuesday against new taxes. Police fired stun grenades and water cannon at the protesters.');
    assert.deepEqual(marks(only(a, 'protest').provenance.rules), ['protest:intervention:stun grenades']);
    assert.equal(violent(a).length, 0);
  });

  test('teargas canisters "to disperse the crowd" after a protest: the next sentence\'s injured are the protest\'s', () => {
    const a = run('Hundreds of farmers protested in Multan on Monday against water shortages. Security forces fired teargas canisters to disperse the crowd. Nine people were injured.');
    const p = only(a, 'protest');
    assert.deepEqual(marks(p.provenance.rules), ['protest:intervention:teargas']);
    assert.deepEqual(counts(p), [['wounded', 9]]);
    assert.equal(violent(a).length, 0);
  });

  test('with no protest told before, the demonstrators fired at are the protest', () => {
    const a = run('Police fired tear gas and rubber bullets at demonstrators in Quetta on Sunday; eight people were injured.');
    const p = only(a, 'protest');
    assert.deepEqual(marks(p.provenance.rules), ['protest:intervention:tear gas']);
    assert.deepEqual(counts(p), [['wounded', 8]]);
    assert.equal(violent(a).length, 0);
  });
});

describe('a protest in the firing\'s own sentence', () => {
  test('"fired tear gas shells at PTI workers marching towards Islamabad": the march is marked, no attack', () => {
    const a = run('Police fired tear gas shells at PTI workers marching towards Islamabad on Sunday.');
    assert.deepEqual(marks(only(a, 'protest').provenance.rules), ['protest:intervention:tear gas']);
    assert.equal(violent(a).length, 0);
  });

  test('rubber bullets at "a crowd", with no protest, stay an attack', () => {
    const a = run('Police fired rubber bullets at a crowd in Gilgit on Friday.');
    assert.equal(only(a, 'attack').trigger.text, 'fired rubber bullets');
  });
});

describe('what stays an attack', () => {
  test('tear gas with live bullets and deaths is excessive force, an attack on the protesters', () => {
    const a = run('Hundreds of farmers protested in Multan on Monday. Police fired tear gas and live bullets at the protesters, killing two.');
    assert.equal(violent(a).length, 1);
    assert.deepEqual(marks(only(a, 'protest').provenance.rules), []);
    assert.deepEqual(acledRuleCode(a), { eventType: 'Protests', subEventType: 'Excessive force against protesters' });
  });

  test('tear gas told with deaths in its sentence stays an attack', () => {
    const a = run('Police fired tear gas at the protesters in Karachi, and two people were killed.');
    assert.equal(only(a, 'attack').counts.find((c) => c.kind === 'killed')?.value, 2);
  });

  test('tear gas at rioters (a riot\'s intervention) or at a militants\' hideout is no dispersal of a protest', () => {
    const a = run('Rioters threw stones at police in Quetta on Monday. Police fired tear gas at the rioters.');
    assert.equal(a.events.filter((e) => e.type === 'protest').length, 0);
    // (Since news55 the tear gas is the riot's intervention, no attack: events-probe22.test.ts.)
    assert.equal(violent(a).length, 0);
    assert.ok(a.events.some((e) => e.type === 'riot' && e.provenance.rules.includes('riot:intervention:tear gas')));
    const b = run('Police fired tear gas at a house in Bannu where militants were hiding.');
    assert.equal(only(b, 'attack').trigger.text, 'fired tear gas');
  });
});

describe('the dispersing force is a party to the protest', () => {
  test('the police of a later sentence: a party, inferred, with its rule', () => {
    const a = run('Hundreds of teachers protested outside the Peshawar press club on Monday against unpaid salaries. Police used batons to disperse the protesters.');
    const p = only(a, 'protest');
    assert.deepEqual(parties(p), [['pakistan-police', true]]);
    assert.ok(p.provenance.rules.includes('protest:dispersed-by:pakistan-police'));
    assert.deepEqual(agents(p).map(([id]) => id), ['protesters:PK']);
  });

  test('the police of the protest\'s own sentence: no agent of the protest, a party read from the text', () => {
    const a = run('Police fired tear gas and rubber bullets at demonstrators in Quetta on Sunday.');
    const p = only(a, 'protest');
    assert.deepEqual(agents(p).map(([id]) => id), ['protesters:PK']);
    assert.deepEqual(parties(p), [['pakistan-police', false]]);
  });

  test('a peaceful protest has no party', () => {
    const a = run('Hundreds of teachers protested outside the Peshawar press club on Monday against unpaid salaries. Police watched from a distance.');
    assert.deepEqual(parties(only(a, 'protest')), []);
  });
});

describe('a deportation through a crossing', () => {
  test('"Another 300 were deported through Chaman in Balochistan": the previous sentence\'s agent, inferred, at Chaman', () => {
    const a = run('Pakistan deported 1,200 Afghan nationals through Torkham on Monday. Another 300 were deported through Chaman in Balochistan.');
    const [, e] = a.events.filter((x) => x.type === 'deportation');
    assert.deepEqual(agents(e), [['pakistan-government', true]]);
    assert.ok(e.provenance.rules.some((r) => r.startsWith('agent-from-previous-sentence:')));
    assert.equal(e.place, 'place:PK:chaman');
    assert.ok(e.provenance.rules.includes('place:through-crossing:place:PK:chaman'));
    assert.deepEqual(counts(e), [['deported', 300]]);
  });

  test('with no deportation told before, a bare passive has no agent', () => {
    const a = run('Police arrested 40 Afghans in Karachi on Monday. Another 300 were deported through Chaman in Balochistan.');
    assert.deepEqual(agents(only(a, 'deportation')), []);
  });
});

describe('expelled, expulsion, returnees: decided conservatively', () => {
  test('"Pakistan expelled 800 Afghan nationals": a country expelling people deports them', () => {
    const a = run('Pakistan expelled 800 Afghan nationals through Torkham on Monday.');
    const e = only(a, 'deportation');
    assert.deepEqual(agents(e), [['pakistan-government', false]]);
    assert.deepEqual(counts(e), [['deported', 800]]);
    assert.equal(e.place, 'place:PK:torkham');
  });

  test('"were expelled from Iran": a country in the clause, counted', () => {
    const a = run('More than 300 Afghans were expelled from Iran last week.');
    assert.deepEqual(counts(only(a, 'deportation')), [['deported', 300]]);
  });

  test('members expelled from a party or students from a university, and diplomats, are no deportation', () => {
    for (const t of [
      'The PTI expelled five members from the party on Monday.',
      'Three students were expelled from the university in Peshawar.',
      'Pakistan expelled two Indian diplomats on Monday.',
    ]) assert.equal(run(t).events.filter((e) => e.type === 'deportation').length, 0, t);
  });

  test('"expelled from the country" after a passive we miss: the people are removed, not removers', () => {
    const a = run('The migrants were taken to a police station and expelled from the country.');
    const e = only(a, 'deportation');
    assert.deepEqual(agents(e), []);
    assert.ok(e.actors.some((r) => r.role === 'target' && r.actor.startsWith('civilians')));
  });

  test('the noun "expulsion" with a country is a deportation; denounced, or with no country, none', () => {
    const a = run('An expulsion of 3,000 Afghans from Iran was reported on Sunday.');
    assert.deepEqual(counts(only(a, 'deportation')), [['deported', 3000]]);
    assert.equal(run('Rights groups denounced the expulsion of Afghans from Pakistan.').events.filter((e) => e.type === 'deportation').length, 0);
    assert.equal(run('Residents protested on Monday against their expulsion from their homes in Karachi.').events.filter((e) => e.type === 'deportation').length, 0);
  });

  test('"2,000 returnees had arrived in Kabul from Pakistan": a return, counted, at Kabul; with no country none', () => {
    const a = run('More than 2,000 returnees had arrived in Kabul from Pakistan, officials said.');
    const e = only(a, 'deportation');
    assert.deepEqual(counts(e), [['returned', 2000]]);
    assert.equal(e.place, 'place:AF:kabul');
    assert.equal(run('About 2,000 returnees arrived in Torkham on Monday.').events.filter((x) => x.type === 'deportation').length, 0);
  });
});
