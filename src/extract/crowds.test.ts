import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Protests and riots (crowds.ts), through the public analyze(). Every protest and riot has its
// crowd as first agent, "Protesters (<country>)" or "Rioters (<country>)" as ACLED names them,
// placed where the event happens; sentences are our own.

describe('protests', () => {
  test('an unnamed crowd: "around 200 people held a protest in Lahore" is Protesters (Pakistan), inferred, at the trigger', () => {
    const text = 'On 5 January 2022, around 200 held a protest in Lahore over rising prices.';
    const a = run(text);
    const e = only(a, 'protest');
    assert.equal(e.trigger.text, 'protest');
    assert.deepEqual(agents(e), [['protesters:PK', true]]);
    const crowd = e.actors[0];
    assert.equal(text.slice(crowd.start, crowd.end), 'protest');
    assert.ok(e.provenance.rules.includes('crowd:protesters:implied:event-place:PK'), e.provenance.rules.join(' ; '));
    // The implied crowd is listed among the actors, with no mention of its own.
    assert.deepEqual(a.actors.find((x) => x.id === 'protesters:PK'), { id: 'protesters:PK', name: 'Protesters (Pakistan)', type: 'protesters', country: 'PK', mentions: [] });
  });

  test('a named crowd is the subject: "Protesters marched through Karachi" is not inferred', () => {
    const text = 'Protesters marched through Karachi on Monday.';
    const e = only(run(text), 'protest');
    assert.deepEqual(agents(e), [['protesters:PK', false]]);
    assert.equal(text.slice(e.actors[0].start, e.actors[0].end), 'Protesters');
  });

  test('traders or residents who protest are the protest\'s crowd, read as such', () => {
    const text = 'Around 200 traders protested outside the district office in Mardan.';
    const e = only(run(text), 'protest');
    assert.deepEqual(agents(e), [['protesters:PK', true]]);
    assert.equal(text.slice(e.actors[0].start, e.actors[0].end), 'traders');
    assert.ok(e.provenance.rules.includes('crowd:protesters:subject-civilians:event-place:PK'), e.provenance.rules.join(' ; '));
  });

  test('a weak verb needs a purpose and a crowd: "blocked the highway to demand electricity"', () => {
    const e = only(run('Residents blocked the Indus Highway near Kohat to demand electricity.'), 'protest');
    assert.ok(e.provenance.rules.includes('weak-trigger-with-purpose:protest'));
    assert.deepEqual(agents(e), [['protesters:PK', true]]);
    assert.equal(run('Residents blocked the Indus Highway near Kohat.').events.length, 0, 'no purpose, no protest');
    assert.ok(!run('Police blocked the Indus Highway near Kohat to demand calm.').events.some((x) => x.type === 'protest'), 'police are no crowd');
  });

  test('a nationality of its own wins over the place: "Afghan nationals protested in Peshawar"', () => {
    const e = only(run('Afghan nationals protested in Peshawar against deportations.'), 'protest');
    assert.deepEqual(agents(e), [['protesters:AF', true]]);
  });

  test('a crowd named by its trade: "rickshaw drivers blocked roads in Multan. The protesters denounced ..."', () => {
    const text = 'On 4 April 2022, rickshaw drivers blocked roads in Multan. The protesters denounced the new fares.';
    const e = only(run(text), 'protest');
    assert.deepEqual(agents(e), [['protesters:PK', true]]);
    assert.equal(text.slice(e.actors[0].start, e.actors[0].end), 'drivers');
    assert.ok(e.provenance.rules.includes('weak-trigger-with-purpose:protest'), e.provenance.rules.join(' ; '));
    assert.equal(run('On 4 April 2022, rickshaw drivers blocked roads in Multan.').events.length, 0, 'no purpose, no protest');
  });

  test('teachers, nurses, pensioners: "a group of nurses (PNA) protested demanding back pay" is a protest', () => {
    for (const who of ['teachers', 'nurses', 'pensioners', 'employees']) {
      const text = `On 9 May 2022, a group of ${who} of the district hospital (PNA) protested demanding back pay in Quetta.`;
      const e = only(run(text), 'protest');
      assert.equal(e.trigger.text, 'protested', who);
      assert.deepEqual(agents(e), [['protesters:PK', true]], who);
    }
  });

  test('two nationalities joined by "and" give none: "Slovenian and Ukrainian activists ... in Ljubljana" protest in Slovenia', () => {
    const e = only(run('On 2 March 2022, about 80 Slovenian and Ukrainian activists gathered for a rally in Ljubljana, protesting against the war.'), 'protest');
    assert.deepEqual(agents(e), [['protesters:SI', true]]);
    assert.ok(e.provenance.rules.some((r) => r.startsWith('crowd:protesters:') && r.endsWith(':event-place:SI')), e.provenance.rules.join(' ; '));
    const one = only(run('On 2 March 2022, about 80 Ukrainian activists gathered for a rally in Ljubljana, protesting against the war.'), 'protest');
    assert.deepEqual(agents(one), [['protesters:UA', true]], 'one nationality still names the crowd');
  });

  test('"On 19 March 2022" is a date, not a march', () => {
    assert.deepEqual(run('On 19 March 2022, officials inaugurated a school in Swat.').events, []);
  });
});

describe('violence a protest is about', () => {
  test('"demonstrated to denounce the recent shooting" stays a protest: the shooting is not the crowd\'s', () => {
    const a = run('On 30 June 2022, people demonstrated in Uppsala to denounce the recent shooting outside a bar in Malmo.');
    assert.deepEqual(a.events.filter((e) => e.type === 'riot'), []);
    assert.deepEqual(agents(only(a, 'protest')), [['protesters:SE', true]]);
  });

  test('a relative clause\'s act is another\'s: "to demand justice for a man that had assaulted a girl"', () => {
    const a = run('On 14 April 2022, in Huaraz (Ancash), dozens of residents staged a demonstration to demand justice in the case of a man that had assaulted a girl.');
    assert.deepEqual(a.events.filter((e) => e.type === 'riot'), []);
    assert.deepEqual(agents(only(a, 'protest')), [['protesters:PE', true]]);
  });

  test('what the protest supports is not its act: "blocked the highway to support the arrest of men who attacked police"', () => {
    const a = run('On 7 February 2022, in Iquique (Tarapaca), nearly ten residents blocked the highway to support the arrest of four foreign people who attacked police officers.');
    assert.deepEqual(a.events.filter((e) => e.type === 'riot'), []);
    assert.deepEqual(agents(only(a, 'protest')), [['protesters:CL', true]]);
  });

  test('the crowd\'s own violence is still a riot: "villagers demonstrated and beat a policeman"', () => {
    const e = only(run('On 4 May 2022, villagers demonstrated in Mardan and beat a policeman.'), 'riot');
    assert.deepEqual(agents(e), [['rioters:PK', true]]);
  });
});

describe('protests that name a riot\'s act', () => {
  test('"blocked the road with burning tyres to protest power cuts" is a riot by the crowd', () => {
    const e = only(run('On 9 May 2022, demonstrators blocked the main road with burning rubber tires in Beirut to protest power cuts.'), 'riot');
    assert.deepEqual(agents(e), [['rioters:LB', true]]);
    assert.ok(e.provenance.rules.includes('riot:protest-cue:burning rubber tires'), e.provenance.rules.join(' ; '));
  });

  test('"around 300 persons demonstrated in Nantes. They broke windows ..." stays one riot; without the act, a protest', () => {
    const a = run('On 10 April 2022, around 300 persons demonstrated in Nantes and broke windows of a bank to denounce the election results.');
    assert.deepEqual(a.events.filter((e) => e.type === 'protest'), []);
    assert.deepEqual(agents(only(a, 'riot')), [['rioters:FR', true]]);
    const calm = run('On 10 April 2022, around 300 persons demonstrated in Nantes to denounce the election results.');
    assert.deepEqual(calm.events.filter((e) => e.type === 'riot'), []);
  });
});

describe('riots', () => {
  test('violence by a crowd is a riot: "Villagers beat a suspected thief in Mardan"', () => {
    const e = only(run('Villagers beat a suspected thief in Mardan.'), 'riot');
    assert.deepEqual(agents(e), [['rioters:PK', true]]);
    assert.ok(e.provenance.rules.includes('riot:attack-by-crowd:civilians'), e.provenance.rules.join(' ; '));
  });

  test('a protest that turns violent is one riot', () => {
    const a = run('Demonstrators pelted police with stones during a protest in Quetta.');
    const e = only(a, 'riot');
    assert.ok(!a.events.some((x) => x.type === 'protest'));
    assert.ok(e.provenance.rules.some((r) => r.startsWith('riot:protest-turned-violent:')), e.provenance.rules.join(' ; '));
    assert.deepEqual(agents(e)[0], ['rioters:PK', true]);
  });

  test('a clash with protesters is a riot whose crowd is the agent and the police the other side', () => {
    const e = only(run('Police clashed with protesters in Islamabad.'), 'riot');
    assert.deepEqual(agents(e), [['rioters:PK', true]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['pakistan-police']);
  });

  test('a riot act by an army is destruction, not a riot', () => {
    const a = run('The Myanmar military ransacked shops in Kawthoung.');
    const e = only(a, 'property-destruction');
    assert.deepEqual(agents(e), [['myanmar-military', false]]);
    assert.ok(e.provenance.rules.includes('riot-act-by-armed-actor:property-destruction'));
  });
});
