import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Leftovers of news35 (news36, session 18), on sentences of our own writing.

describe("a speaker's possessive pronoun is the group the speaker speaks for", () => {
  test('"TTP spokesman Ali Khan said its fighters had killed four soldiers": the TTP, inferred, and the claim is its own', () => {
    const a = run('TTP spokesman Ali Khan said its fighters had killed four soldiers in Bannu.');
    assert.deepEqual(agents(only(a, 'attack')), [['ttp', true]]);
    assert.equal(a.claims[0].attribution.kind, 'self');
  });

  test('"The group\'s spokesman … said its fighters …" after the group\'s own statement', () => {
    const a = run("The TTP said it carried out the attack on a checkpost in Bannu on Monday. The group's spokesman Ali Khan said its fighters had killed four soldiers.");
    const e = only(a, 'attack');
    assert.deepEqual(agents(e), [['ttp', true]]);
    assert.ok(e.provenance.rules.includes('agent:speakers-possessive:ttp'), e.provenance.rules.join(' ; '));
  });

  test('the speaker after the clause, and "their"', () => {
    assert.deepEqual(agents(only(run('Its fighters killed four soldiers in Bannu, the TTP said.'), 'attack')), [['ttp', true]]);
    assert.deepEqual(agents(only(run('A BLA spokesman said their fighters killed two soldiers in Turbat.'), 'attack')), [['bla', true]]);
  });

  test('no possessive, or a state speaker: unchanged', () => {
    assert.deepEqual(agents(only(run('TTP spokesman Ali Khan said militants had killed four soldiers in Bannu.'), 'attack')), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(agents(only(run('Police said their men had killed four militants in Bannu.'), 'attack')), [['pakistan-police', false]]);
  });
});

describe('"IS" before a verb is the group, not the auxiliary "is"', () => {
  test('"IS claimed the event" in a sentence of its own is a claim of responsibility by IS', () => {
    // In Afghanistan IS is its Khorasan province.
    const a = run('Two shops were burned in Jalalabad on Monday. IS claimed the event.');
    assert.deepEqual(agents(only(a, 'claim-of-responsibility')), [['is-kp', false]]);
    assert.deepEqual(agents(only(run('IS claimed responsibility for the bombing in Jalalabad.'), 'claim-of-responsibility')), [['is-kp', false]]);
  });

  test('"IS attacked a Taliban checkpoint": IS is the agent, not the target', () => {
    const e = only(run('IS attacked a Taliban checkpoint in Jalalabad on Monday.'), 'attack');
    assert.deepEqual(agents(e), [['is-kp', false]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['afghan-taliban']);
  });

  test('a real auxiliary still makes a passive', () => {
    const a = run('Two soldiers were killed when militants attacked a checkpost in Bannu.');
    assert.deepEqual(agents(only(a, 'attack')), [['unidentified-armed-group:PK', false]]);
    const p = run('The checkpost was attacked by the TTP in Bannu on Monday.');
    assert.deepEqual(agents(only(p, 'attack')), [['ttp', false]]);
  });
});

describe('a country name opening a joined part before its source is a tag, no claim', () => {
  const claims = (text: string) => run(text).claims.map((c) => [c.text, c.attribution.kind] as const);

  test('"…;Pakistan Sindh-based party chief says …": no claim "Pakistan"; the part is the source\'s claim', () => {
    assert.deepEqual(claims('Six policemen killed in Bannu checkpost attack;Pakistan Sindh-based party chief says group claiming attack is fake'), [
      ['Six policemen killed in Bannu checkpost attack', 'unattributed'],
      ['Pakistan Sindh-based party chief says group claiming attack is fake', 'official'],
    ]);
    assert.deepEqual(claims('Two soldiers killed in Kurram;Afghanistan foreign ministry spokesman says border closed').map((c) => c[0]), [
      'Two soldiers killed in Kurram',
      'Afghanistan foreign ministry spokesman says border closed',
    ]);
  });

  test('a word before the source that is no country is left as it was', () => {
    assert.deepEqual(claims('Six policemen killed in Bannu;Karachi police chief says two suspects held').map((c) => c[0]), [
      'Six policemen killed in Bannu',
      'Karachi police chief says two suspects held',
    ]);
  });
});

describe('a headline in the present tense says something when read alone', () => {
  test('"Gunmen kill three in Quetta", "Militants attack checkpost in Kurram": read as a sentence, with its event', () => {
    const a = run('Gunmen kill three in Quetta');
    assert.deepEqual(a.claims.map((c) => c.text), ['Gunmen kill three in Quetta']);
    assert.deepEqual(agents(only(a, 'attack')), [['unidentified-armed-group:PK', false]]);
    assert.equal(run('Militants attack checkpost in Kurram\nKurram tehsil').claims.length, 1);
    assert.equal(run('Taliban free 20 prisoners in Kandahar').claims.length, 1);
  });

  test('after an agency tag and a slug on one line, the headline part is read too', () => {
    const a = run('Karachi (Reuters); UPDATE 2-Gunmen kill three in Quetta');
    assert.deepEqual(a.claims.map((c) => c.text), ['Gunmen kill three in Quetta']);
  });

  test('a place line or a digest title with the verb as a noun still says nothing', () => {
    for (const title of ['Kago Kamar area, Upper Orakzai', 'TTP attack on Bannu police: timeline']) {
      assert.deepEqual(run(title).claims, [], title);
    }
  });
});
