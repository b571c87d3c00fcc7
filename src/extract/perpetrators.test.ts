import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Who did it when the clause does not say (perpetrators.ts), and what "fired" means (fire.ts),
// through the public analyze(). Sentences are our own.

describe('implied perpetrators', () => {
  test('a bomb nobody is named for was set by an unidentified armed group of its country', () => {
    const text = 'A bomb exploded near a police checkpoint in Quetta.';
    const e = only(run(text), 'bombing');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', true]]);
    const agent = e.actors[0];
    assert.equal(text.slice(agent.start, agent.end), e.trigger.text, 'the inferred agent points at the trigger');
    assert.ok(e.provenance.rules.includes('agent:implied:unidentified-armed-group:event-place:PK'), e.provenance.rules.join(' ; '));
  });

  test('a passive\'s subject is the victim, not the agent', () => {
    const e = only(run('A tribal elder was killed in Bajaur.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', true]]);
  });

  test('an actor told as killed or hurt is a victim, not the subject: "One Frontier Corps soldier was martyred ... when a mortar shell landed"', () => {
    const e = only(
      run('One Frontier Corps soldier was martyred and three others were injured, while two civilians, including a child, were injured in the Torkham bazaar when a mortar shell landed near a shop.'),
      'bombing',
    );
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', true]]);
  });

  test('a victim before the violent verb of its clause is its target: "Two policemen were injured when militants attacked the post"', () => {
    const e = only(run('Two policemen were injured when militants attacked the post in Bannu.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['pakistan-police']);
  });

  test('people killed or hurt "in the ensuing clash" are its victims, not its agents', () => {
    const a = run('Militants attacked a police post in Lakki Marwat. At least 12 militants were killed and a police officer was injured in the ensuing clash.');
    const e = a.events.find((x) => x.trigger.text === 'killed')!;
    assert.ok(!e.actors.some((r) => r.role === 'agent' && r.actor === 'pakistan-police'), JSON.stringify(e.actors));
    assert.ok(e.actors.some((r) => r.role === 'target' && r.actor === 'pakistan-police'), JSON.stringify(e.actors));
  });

  test('a clash has no attacker: its first side is the agent', () => {
    const e = only(run('Clashes between the Pakistan Army and TTP militants in North Waziristan left three dead.'), 'attack');
    assert.deepEqual(agents(e), [['pakistan-army', false]]);
    assert.ok(e.provenance.rules.includes('agent:first-side-of-clash'));
  });

  test('after a label, the sentence\'s subject: "Looting: On 5 June 2022, Taliban fighters ..."', () => {
    const e = only(run('Looting: On 5 June 2022, Taliban fighters took cattle from villagers in Kunar.'), 'property-destruction');
    assert.deepEqual(agents(e), [['afghan-taliban', true]]);
    assert.ok(e.provenance.rules.includes('agent:subject-of-sentence'));
  });

  test('"by" reaches past modifiers: "shot dead by two armed men"', () => {
    const e = only(run('A shopkeeper was shot dead by two armed men in Karachi.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
  });

  test('an event noun\'s own "by" phrase names its agent: "an IED blast planted by the BLA"', () => {
    const e = only(run('Three people were killed in an IED blast planted by the BLA in Turbat.'), 'bombing');
    assert.deepEqual(agents(e), [['bla', false]]);
  });

  test('in Brazil an unnamed perpetrator is an unidentified gang, as ACLED codes it', () => {
    const e = only(run('A man was shot dead in Salvador, Bahia.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-gang:BR', true]]);
  });
});

describe('"fired" and "dropped"', () => {
  test('a Mexican drive-by makes the named shooters a gang, and the actors list says so too', () => {
    const text = 'On 3 March 2022, in Leon, Guanajuato, two armed men on a motorcycle shot and killed a mechanic (drive-by).';
    const a = run(text);
    const e = only(a, 'attack');
    assert.deepEqual(agents(e), [['unidentified-gang:MX', false]]);
    assert.ok(e.provenance.rules.includes('agent:method-of:unidentified-gang:MX'), e.provenance.rules.join(' ; '));
    const gang = a.actors.find((x) => x.id === 'unidentified-gang:MX');
    assert.deepEqual(gang?.mentions.map((m) => text.slice(m.start, m.end)), ['armed men']);
    assert.equal(a.actors.find((x) => x.id === 'unidentified-armed-group:MX'), undefined, 'no mention left under the armed group');
  });

  test('in Mexico a body found tied, gagged or left with a message was killed by a gang; a bare killing by an armed group', () => {
    for (const how of ['with his hands tied', 'gagged and with gunshot wounds', 'with a message accusing him of theft']) {
      const e = only(run(`Around 2 March 2022, in Celaya, Guanajuato, a man was killed and his body was found ${how} in colonia Las Flores.`), 'attack');
      assert.deepEqual(agents(e), [['unidentified-gang:MX', true]], how);
    }
    const e = only(run('Around 2 March 2022, in Celaya, Guanajuato, a man was killed in colonia Las Flores.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:MX', true]]);
  });

  test('in Brazil the police come first when drug traffickers exchange fire with them; elsewhere the text\'s order stands', () => {
    const e = only(run('On 12 March 2022, in Belem (Para), members of a drug trafficking group exchanged fire with military police in the Terra Firme neighborhood.'), 'attack');
    assert.deepEqual(agents(e), [['military:BR', false]]);
    assert.ok(e.actors.some((r) => r.role === 'target' && r.actor === 'unidentified-gang:BR'));
    assert.ok(e.provenance.rules.includes('agent:state-first-in-clash:unidentified-gang'), e.provenance.rules.join(' ; '));
    // Two gangs: no state side, no swap ("a police militia" is a gang of its own).
    const gangs = only(run('On 12 March 2022, in Rio de Janeiro, drug traffickers exchanged fire with members of a police militia in the Taquara neighborhood.'), 'attack');
    assert.deepEqual(agents(gangs), [['unidentified-gang:BR', false]]);
    const mx = only(run('On 12 March 2022, in Culiacan, Sinaloa, drug traffickers exchanged fire with state police in colonia Centro.'), 'attack');
    assert.deepEqual(agents(mx), [['unidentified-gang:MX', false]]);
  });

  test('organised crime beating someone is an attack by a gang, not a riot', () => {
    const e = only(run('On 31 January 2022, in Manaus (Amazonas), a man was beaten up by members of an organized criminal group in the Compensa neighborhood.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-gang:BR', false]]);
  });

  test('"shoot-outs between unknown shooters" in Rio are an unidentified armed group, named, not an implied gang', () => {
    const e = only(run('On 16 January 2022, in Rio de Janeiro, shoot-outs between unknown shooters took place in the Mare neighborhood.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:BR', false]]);
    const yemen = only(run('On 2 February 2022, an unidentified group killed a local commander in Taiz.'), 'attack');
    assert.deepEqual(agents(yemen), [['unidentified-armed-group:YE', false]]);
  });

  test('whoever steps on a landmine or drives onto a bomb is its victim; the one who laid it is unidentified', () => {
    const mine = only(run('On 12 January 2022, near Namhsan in Shan state, a villager stepped on a landmine and lost his leg.'), 'bombing');
    assert.deepEqual(agents(mine), [['unidentified-armed-group:MM', true]]);
    assert.ok(mine.actors.some((r) => r.role === 'target' && r.actor === 'civilians:MM'), JSON.stringify(mine.actors));
    const road = only(run('Two villagers were wounded when their car hit a roadside bomb in Kunar.'), 'bombing');
    assert.deepEqual(agents(road), [['unidentified-armed-group:AF', true]]);
    // Who plants or detonates it is still its agent.
    const planted = only(run('Militants detonated a roadside bomb near a police post in Kunar.'), 'bombing');
    assert.equal(agents(planted)[0][1], false);
  });

  test('fired with a ranged weapon is a bombing (shelling)', () => {
    const e = only(run('Russian forces fired artillery at Kharkiv.'), 'bombing');
    assert.deepEqual(agents(e), [['russian-armed-forces', false]]);
  });

  test('fired without one is a shooting', () => {
    const e = only(run('Soldiers fired several shots near Gilgit.'), 'attack');
    assert.ok(e.provenance.rules.includes('fired-without-ranged-weapon:attack'));
  });

  test('"dropped" without explosives is no event', () => {
    assert.deepEqual(run('The court dropped the charges against the Peshawar suspects.').events, []);
  });

  test('a force keeps the nationality its own sentence gives it when it strikes abroad', () => {
    const e = only(run('Turkish army helicopters and warplanes conducted airstrikes against PKK militants in Duhok.'), 'bombing');
    assert.deepEqual(agents(e)[0], ['military:TR', false]);
  });
});

describe('the subject of the attack sentence', () => {
  test('a bracketed acronym is a gloss of the name before it, not the subject ("an Afghan National Army (ANA) vehicle")', () => {
    const a = run('09/14/2017: An explosive device attached to an Afghan National Army (ANA) vehicle detonated in Kandahar, Afghanistan. No group claimed responsibility.');
    assert.deepEqual(agents(only(a, 'bombing')), [['unidentified-armed-group:AF', true]]);
  });

  test('"the combined forces of" a group: the group is the subject', () => {
    const a = run('On 9 May 2022, near Lay Kay Kaw (Myawaddy township), the combined forces of the KNLA, a local column and the KNDO attacked an army outpost.');
    const e = only(a, 'attack');
    assert.deepEqual(agents(e), [['knu-knla', true]]);
    assert.ok(e.provenance.rules.includes('agent:subject-of-sentence'));
  });
});

describe('the subject of the trigger\'s own clause', () => {
  test('"…, but the group has carried out attacks": the group named just before, not the sentence\'s subject', () => {
    const a = run('The Taliban have repeatedly claimed that IS-K has been defeated, but the group has carried out several attacks in Kabul this year.');
    assert.deepEqual(agents(only(a, 'attack')), [['is-kp', true]]);
  });

});
