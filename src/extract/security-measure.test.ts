import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';
import { acledRuleCode } from '../eval/code-acled.ts';
import { typeRelation } from '../corroborate/policy.ts';

// Session 22 (news59): a state's restriction (curfew, Section 144, a ban on gatherings, a
// communications shutdown, a road or border closure, checkpoints) is a `security-measure`, on
// sentences of our own in AfPak news style (docs/taxonomy.md, "Security measures").

const MEASURE = 'security-measure';
const measures = (text: string) => run(text).events.filter((e) => e.type === MEASURE).map((e) => e.trigger.text);
const types = (text: string) => run(text).events.map((e) => e.type);

describe('a measure imposed is an event, the state its agent', () => {
  test('"imposed a curfew in Parachinar on Monday": the authorities, in Parachinar, on Monday', () => {
    const e = only(run('Authorities imposed a curfew in Parachinar on Monday after clashes between rival tribes.'), MEASURE);
    assert.equal(e.trigger.text, 'imposed a curfew');
    assert.deepEqual(agents(e), [['pakistan-government', false]]);
    assert.equal(e.place, 'place:PK:parachinar');
    assert.equal(e.date?.start, '2026-11-23');
    assert.ok(e.provenance.rules.includes('trigger:security-measure:imposed a curfew'));
  });

  test('"suspended mobile internet services": a shutdown, its subject no actor, so the state of its place, inferred', () => {
    const e = only(run('The Balochistan government suspended mobile internet services in Quetta on Tuesday.'), MEASURE);
    assert.equal(e.trigger.text, 'suspended');
    assert.deepEqual(agents(e), [['pakistan-government', true]]);
    assert.ok(e.provenance.rules.includes('agent:implied:government:event-place:PK'));
    assert.equal(e.place, 'place:PK:quetta');
  });

  test('a passive shutdown and a passive curfew are measures too', () => {
    assert.deepEqual(measures('Mobile internet services were suspended in Quetta on Sunday.'), ['suspended']);
    assert.deepEqual(measures('A curfew was imposed in Parachinar on Saturday after the attack.'), ['curfew']);
  });

  test('Section 144 with its ban on rallies is one measure, what it bans no target and no protest', () => {
    const a = run('The deputy commissioner imposed Section 144 in Peshawar for 30 days, banning all forms of rallies, sit-ins and public gatherings of more than four people.');
    const e = only(a, MEASURE);
    assert.equal(e.trigger.text, 'imposed Section 144');
    assert.deepEqual(e.actors.filter((r) => r.role === 'target'), []);
    assert.deepEqual(a.events.filter((x) => x.type === 'protest'), []);
  });

  test('a road or border sealed or closed, checkpoints set up, a state of emergency, a curfew extended', () => {
    assert.deepEqual(measures('Pakistani authorities sealed the border at Torkham on Wednesday.'), ['sealed']);
    assert.deepEqual(measures('The Kurram administration closed the Thall-Parachinar road to all traffic on Sunday.'), ['closed']);
    assert.deepEqual(measures('Police set up checkpoints across Islamabad ahead of the opposition rally.'), ['set up checkpoints']);
    assert.deepEqual(measures('On Sunday the government established police and military checkpoints on the road to Islamabad.'), ['established']);
    assert.deepEqual(measures('The army set up a camp in Kurram on Monday.'), []);
    assert.deepEqual(measures('The government declared a state of emergency in Kurram district.'), ['declared a state of emergency']);
    assert.deepEqual(measures('The district administration extended the curfew in Parachinar for another week.'), ['extended the curfew']);
  });
});

describe('a ban on marches is no march, a protest against a curfew no curfew', () => {
  test('"banned all marches and rallies": a measure, no protest (it was a protest before)', () => {
    const a = run('The Islamabad administration banned all marches and rallies in the capital for two months.');
    assert.deepEqual(a.events.map((e) => [e.type, e.trigger.text]), [[MEASURE, 'banned']]);
  });

  test('"a ban on public gatherings" is no protest, nor any item of a banned list', () => {
    assert.deepEqual(types('Officials announced a ban on public gatherings and rallies in Quetta.'), [MEASURE]);
    assert.deepEqual(types('On Monday the administration issued a ban on all forms of marches, protests, press conferences, sit-ins and other gatherings in Quetta.'), [MEASURE]);
  });

  test('"protested in Parachinar against the curfew": a protest, the curfew its object', () => {
    assert.deepEqual(types('Hundreds of traders protested in Parachinar against the curfew on Thursday.'), ['protest']);
    assert.deepEqual(types('Traders in Kohat demanded an end to the curfew.'), []);
  });

  test('a curfew lifted or to be lifted, a ban lifted, services restored: no event', () => {
    assert.deepEqual(types('The curfew in Kurram was lifted on Friday.'), []);
    assert.deepEqual(types('The curfew in Kurram is expected to be lifted on Friday.'), []);
    assert.deepEqual(types('The provincial government lifted the ban on public gatherings in Quetta.'), []);
    assert.deepEqual(types('Mobile internet services were restored in Quetta on Monday.'), []);
  });
});

describe('what is no measure', () => {
  test('a capitalised ban inside a name ("a \'Bans Off Our Bodies\' rally") is none; Section 144 is the law\'s name', () => {
    assert.deepEqual(measures("Hundreds of people joined a 'Bans Off Our Bodies' rally in Islamabad."), []);
    assert.deepEqual(measures('In Quetta, Section 144 was imposed on Monday, officials said.'), ['Section 144']);
  });

  test('"assailants set up checkpoints": unnamed gunmen\'s checkpoints are no measure; "after curfew" is a time', () => {
    assert.deepEqual(measures('Assailants set up checkpoints and searched vehicles in Kurram.'), []);
    assert.deepEqual(measures('Around twenty people held a demonstration in Quetta after curfew.'), []);
  });

  test('"a curfew ... imposed by the TTP": the group it is said to be by is its agent', () => {
    const e = only(run('A bus was torched in Swat amid a three-day curfew imposed by the TTP.'), MEASURE);
    assert.deepEqual(agents(e), [['ttp', false]]);
    assert.ok(e.provenance.rules.includes('agent:imposed-by'));
  });

  test('"prohibited them from marching" is no march', () => {
    assert.deepEqual(run('Activists rallied in Lahore after the government prohibited them from marching on the main road.').events.filter((e) => e.type === 'protest').map((e) => e.trigger.text), ['rallied']);
  });

  test('"the banned TTP", "suspended the officer", "banned women from working": other senses', () => {
    assert.deepEqual(measures('Police arrested two members of the banned Tehreek-e-Taliban Pakistan in Quetta on Monday.'), []);
    assert.deepEqual(measures('The government suspended the officer over the incident.'), []);
    assert.deepEqual(measures('The Afghan Taliban banned women from working with NGOs in Kabul.'), []);
  });

  test('a crowd that closes a road makes no measure', () => {
    // ("closed" is no protest verb: the sentence makes no event at all.)
    assert.deepEqual(measures('Protesters closed the Karakoram Highway to demand the release of their leaders.'), []);
    assert.deepEqual(measures('Traders closed the highway in Kohat.'), []);
  });
});

describe('coding and story relations', () => {
  test('ACLED: Strategic developments / Change to group/activity', () => {
    assert.deepEqual(acledRuleCode(run('Authorities imposed a curfew in Parachinar on Monday.')), { eventType: 'Strategic developments', subEventType: 'Change to group/activity' });
  });

  test('a measure follows violence in one story, as an alert does', () => {
    assert.equal(typeRelation('attack', MEASURE), 'follow-up');
    assert.equal(typeRelation(MEASURE, 'security-alert'), 'compatible');
    assert.equal(typeRelation(MEASURE, 'protest'), 'incompatible');
  });
});
