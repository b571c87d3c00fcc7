import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';
import { acledCodeOfEvent } from '../eval/code-acled.ts';
import { loadEventLexicon } from './event-lexicon.ts';

// Session 16 (news23): leftovers of news17's fourth reading round, on our own AfPak sentences.

const PUBLISHED = '2026-11-27'; // a Friday

const kinds = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.trigger.text.toLowerCase()}`);
const subTypes = (text: string) => {
  const a = run(text, PUBLISHED);
  return a.events.map((e) => `${e.type}:${acledCodeOfEvent(a, e)?.subEventType}`);
};

describe('a strike from the air, in the triggers and in the ACLED coder alike', () => {
  test('"jets pounded" and "air raids" are air strikes', () => {
    assert.deepEqual(subTypes('Pakistani jets pounded militant positions in Barmal on Monday night.'), ['bombing:Air/drone strike']);
    assert.deepEqual(subTypes('Pakistani air raids killed 12 people in Khost on Monday, local officials said.'), ['bombing:Air/drone strike']);
  });
  test('every bombing trigger that names an aircraft is coded as an air strike', () => {
    const spec = loadEventLexicon().types.get('bombing')!;
    const air = new RegExp(`\\b(?:${spec.airWords!.join('|')})\\b`, 'i');
    const named = [...spec.verbs, ...spec.nouns].filter((t) => air.test(t));
    assert.ok(named.includes('jets pounded') && named.includes('air raid'), named.join(', '));
    for (const t of named) {
      const code = acledCodeOfEvent({ actors: [], events: [] } as never, { type: 'bombing', trigger: { text: t }, actors: [], provenance: { rules: [] } } as never);
      assert.equal(code?.subEventType, 'Air/drone strike', t);
    }
    // A ground bombing keeps its own sub-type.
    assert.deepEqual(subTypes('A roadside bomb exploded near a Levies vehicle in Kech on Tuesday.').slice(0, 1), ['bombing:Remote explosive/landmine/IED']);
  });
});

const countsOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.counts.map((c) => `${c.kind}=${c.value}`).join(',')}`);
const agentsOf = (text: string) =>
  run(text, PUBLISHED).events.map((e) => `${e.type}:${e.actors.filter((r) => r.role === 'agent').map((r) => `${r.actor}${r.inferred ? '?' : ''}`).join(',')}`);
const targetsOf = (text: string) => run(text, PUBLISHED).events.map((e) => e.actors.filter((r) => r.role === 'target').map((r) => r.actor).join(','));

describe('two counted groups, and one person with an "of" phrase', () => {
  test('"two engineers and their two drivers" is four, as subject and as object', () => {
    assert.deepEqual(countsOf('Two engineers and their two drivers were kidnapped near Turbat in Kech on Tuesday.'), ['kidnapping:kidnapped=4']);
    assert.deepEqual(countsOf('Gunmen kidnapped two engineers and their two drivers near Turbat on Tuesday.'), ['kidnapping:kidnapped=4']);
    // Two groups of which one is no people stay one count.
    assert.deepEqual(countsOf('Police arrested three suspects and seized two motorcycles in Quetta on Monday.'), ['arrest:arrested=3']);
  });
  test('"and an aide of their commander" adds one', () => {
    assert.deepEqual(countsOf('Police arrested three suspects and an aide of their commander in Quetta on Monday.'), ['arrest:arrested=4']);
    assert.deepEqual(countsOf('Five members of the gang and a relative of their leader were arrested in Quetta on Monday.'), ['arrest:arrested=6']);
  });
});

describe('the hospital\'s figures', () => {
  test('"11 others were being treated for their injuries" are wounded; "14 bodies had been brought" killed', () => {
    assert.deepEqual(
      countsOf('A bomb exploded in a vegetable market in Quetta on Monday. Hospital officials said 14 bodies had been brought to the Civil Hospital and 11 others were being treated for their injuries.'),
      ['bombing:killed=14,wounded=11'],
    );
    assert.deepEqual(countsOf('A roadside bomb exploded near a Levies vehicle in Kech on Monday, and two soldiers were taken to hospital with injuries.'), ['bombing:wounded=2']);
  });
});

describe('who guarded, who was killed', () => {
  test('"five policemen guarding a polio team were killed in a bomb attack": five killed, the police the target', () => {
    const text = 'In January, five policemen guarding a polio team were killed in a bomb attack in Bajaur.';
    assert.deepEqual(countsOf(text), ['bombing:killed=5']);
    assert.deepEqual(agentsOf(text), ['bombing:unidentified-armed-group:PK?']);
    assert.deepEqual(targetsOf(text), ['pakistan-police']);
  });
  test('a participle phrase between the victims and their verb: "Two soldiers escorting a convoy were injured"', () => {
    assert.deepEqual(countsOf('Two soldiers escorting a convoy were injured when a roadside bomb exploded in Kurram on Monday.'), ['bombing:wounded=2']);
  });
});

describe('a staged encounter, an account, unnamed doers', () => {
  test('"killed in a staged encounter" is the police\'s killing, and "the police version" makes them no target', () => {
    const text =
      "The suspect's family denied the police version and claimed that he had been picked up from his home in Orangi a week ago and killed in a staged encounter.";
    assert.deepEqual(agentsOf(text), ['attack:pakistan-police?']);
    assert.deepEqual(targetsOf(text), ['']);
    assert.deepEqual(agentsOf('Relatives of the youth said he was killed in a fake encounter in Malir on Sunday.'), ['attack:pakistan-police?']);
  });
  test('"The suspects opened fire" names the unidentified doers, not inferred', () => {
    const a = run('The suspects opened fire on the police party, which returned fire, in Orangi Town on Tuesday.', PUBLISHED);
    const agent = a.events[0].actors.find((r) => r.role === 'agent')!;
    assert.equal(agent.actor, 'unidentified-armed-group:PK');
    assert.equal(agent.inferred, false);
    assert.equal(a.text.slice(agent.start, agent.end), 'suspects');
    // Without them in the sentence, the agent stays inferred.
    assert.deepEqual(agentsOf('A shopkeeper was shot dead in Quetta on Monday.'), ['attack:unidentified-armed-group:PK?']);
  });
});

describe('a toll added in a sentence of its own', () => {
  test('"Two civilians were also killed" after an attack with its toll adds to it, one event', () => {
    assert.deepEqual(
      countsOf('Militants attacked a check post in Lakki Marwat on Monday, killing two policemen. Two civilians were also killed.'),
      ['attack:killed=4'],
    );
    assert.deepEqual(
      countsOf('Assailants attacked a police checkpost in Farah on Monday, killing five police officers. Additionally, at least 13 assailants were killed after police retaliated.'),
      ['attack:killed=18'],
    );
  });
  test('without a word that adds, a later toll stays its own event (it may restate the first)', () => {
    assert.deepEqual(
      countsOf('Militants attacked a check post in Lakki Marwat on Monday, killing two policemen. Two policemen were killed.'),
      ['attack:killed=2', 'attack:killed=2'],
    );
  });
  // Since session 24 (news71) the doers' own dead are other people than the victims counted first,
  // and add to the act's toll (events-probe24c.test.ts); the total is the same as before.
  test('the doers\' own dead, "Three militants were killed", add to the attack\'s toll', () => {
    assert.deepEqual(
      countsOf('Militants attacked a check post in Lakki Marwat on Monday, killing two policemen. Three militants were killed.'),
      ['attack:killed=5'],
    );
  });
  test('a sentence adverb before its comma is nobody: "Additionally, nine people were injured" is nine', () => {
    assert.deepEqual(countsOf('A bomb exploded at a bus stand in Quetta on Monday. Additionally, nine people were injured.'), ['bombing:wounded=9']);
  });
});

// Part 2: three reports of our own in new styles (a court verdict, an assembly debate, a think
// tank's monthly figures), the commonest wrong events.
describe('recruits are people', () => {
  test('"killed 11 recruits", "as recruits were returning", "the slain recruits" make no recruitment', () => {
    assert.deepEqual(
      kinds('An anti-terrorism court in Quetta heard the case of the 2024 suicide bombing at a police training centre that killed 11 recruits and injured 27 others.'),
      ['bombing:suicide bombing'],
    );
    assert.deepEqual(kinds('The bomber detonated his vest at the gate of the centre as recruits were returning from a morning drill.'), ['bombing:detonated']);
    assert.deepEqual(kinds('Relatives of the slain recruits gathered at the gate of the court.'), []);
    assert.deepEqual(kinds('The TTP recruits young men from seminaries in Kunar, officials said.'), ['recruitment:recruits']);
  });
});

describe("a month's figures", () => {
  test('violence in general as the subject, and operations across the country, are tallies', () => {
    assert.deepEqual(kinds('ISLAMABAD: Militant violence in Pakistan killed 94 people in October, including 51 security personnel, a think tank said.'), []);
    assert.deepEqual(kinds('The report said security forces killed 85 militants and arrested 120 suspects in operations across the country during October.'), []);
    // One incident of the month stays.
    assert.deepEqual(kinds('The deadliest incident of the month was an attack on a checkpost in North Waziristan on October 12, in which nine soldiers were martyred.'), ['attack:attack']);
  });
  test('a district inside the province the sentence opens with is where it happened', () => {
    const a = run('In Balochistan, gunmen killed six labourers from Punjab in Kech district on October 21.', PUBLISHED);
    assert.deepEqual(a.events.map((e) => `${e.type}:${e.place}`), ['attack:admin2:PK:kech']);
  });
});

describe('a protest announced', () => {
  test('"would hold a protest outside the assembly on Friday" is none yet; "held a protest" is one', () => {
    assert.deepEqual(kinds('He said his party would hold a protest outside the assembly on Friday.'), []);
    assert.deepEqual(kinds('Traders held a protest outside the press club in Quetta on Monday.'), ['protest:protest']);
  });
});
