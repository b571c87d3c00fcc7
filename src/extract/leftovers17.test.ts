import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Leftovers of session 17 (news35, session 18), on sentences of our own writing.

const claimsOf = (text: string) => run(text).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source] as const);

describe('a possessive owner, an office and a name are one source', () => {
  test('"The group\'s spokesman Ali Khan said": one named source, no claim "The group\'s"', () => {
    assert.deepEqual(claimsOf("The group's spokesman Ali Khan said the fighters had withdrawn."), [
      ["The group's spokesman Ali Khan said the fighters had withdrawn.", 'named', "The group's spokesman Ali Khan"],
    ]);
  });

  test('the group\'s noun may have words before it: "The banned outfit\'s", "The Karachi-based group\'s"', () => {
    assert.deepEqual(claimsOf("The banned outfit's spokesman Ali Khan said the fighters had withdrawn.").map((c) => c.slice(1)), [
      ['named', "The banned outfit's spokesman Ali Khan"],
    ]);
    assert.deepEqual(claimsOf("The Karachi-based group's spokesman Ali Khan said the fighters had withdrawn.").map((c) => c.slice(1)), [
      ['named', "The Karachi-based group's spokesman Ali Khan"],
    ]);
    assert.deepEqual(claimsOf("The militant group's chief Ali Khan said the fighters had withdrawn.").map((c) => c.slice(1)), [
      ['named', "The militant group's chief Ali Khan"],
    ]);
  });

  test('"The party\'s Sindh chief Ali Khan said", "Sindh-based party chief Ali Khan said": the whole office is the source', () => {
    assert.deepEqual(claimsOf("The party's Sindh chief Ali Khan said the workers had been released.").map((c) => c.slice(1)), [
      ['named', "The party's Sindh chief Ali Khan"],
    ]);
    assert.deepEqual(claimsOf('Sindh-based party chief Ali Khan said the workers had been released.').map((c) => c.slice(1)), [
      ['named', 'Sindh-based party chief Ali Khan'],
    ]);
    assert.deepEqual(claimsOf('The provincial party chief said the workers had been released.').map((c) => c.slice(1)), [
      ['official', 'The provincial party chief'],
    ]);
  });

  test('after the clause it reports, the source keeps its owner too', () => {
    assert.deepEqual(claimsOf("The fighters had withdrawn, the group's spokesman Ali Khan said.").map((c) => c.slice(1)), [
      ['named', "the group's spokesman Ali Khan"],
    ]);
  });
});

describe('the speakers of a report are not parties of the act it reports', () => {
  const roles = (text: string, type: string) => only(run(text), type).actors.map((r) => `${r.role}:${r.actor}${r.inferred ? '?' : ''}`);

  test('"Police and residents said two men were killed in the attack on a checkpost in Bannu": no police target', () => {
    assert.deepEqual(roles('Police and residents said two men were killed in the attack on a checkpost in Bannu.', 'attack'), ['agent:unidentified-armed-group:PK?']);
    assert.deepEqual(roles('Police and rescue officials told reporters two men were killed in Bannu.', 'attack'), ['agent:unidentified-armed-group:PK?']);
    assert.deepEqual(roles('Police and residents said a man was abducted in Bannu.', 'kidnapping'), ['agent:unidentified-armed-group:PK?']);
  });

  test('"Police and residents say four killed in Bannu blast": the speakers are neither its doers nor its victims', () => {
    assert.deepEqual(roles('Police and residents say four killed in Bannu blast.', 'bombing'), ['agent:unidentified-armed-group:PK?']);
  });

  test('the reported clause that names the speakers keeps them', () => {
    assert.deepEqual(roles('Police and residents said two policemen were killed in the attack on a checkpost in Bannu.', 'attack'), ['agent:unidentified-armed-group:PK?', 'target:pakistan-police']);
    assert.deepEqual(roles('Police and residents said militants attacked a police checkpost in Bannu.', 'attack'), ['agent:unidentified-armed-group:PK', 'target:pakistan-police']);
    // One speaker alone was already no party.
    assert.deepEqual(roles('Police said two men were killed in the attack on a checkpost in Bannu.', 'attack'), ['agent:unidentified-armed-group:PK?']);
  });
});

describe('two groups claiming one attack in statements of their own', () => {
  const TWO = 'A suicide bomber killed 12 people at a police station in Bannu on Monday. The TTP claimed responsibility for the bombing in a statement. Hours later, Jamaat-ul-Ahrar also claimed the attack.';

  test('each claim is a claim-of-responsibility event with its own claimant as agent', () => {
    const claims = run(TWO).events.filter((e) => e.type === 'claim-of-responsibility');
    assert.deepEqual(claims.map((e) => [e.trigger.text, agents(e)]), [
      ['claimed responsibility', [['ttp', false]]],
      ['claimed the attack', [['jamaat-ul-ahrar', false]]],
    ]);
  });

  test('the attack keeps the first claimant, inferred, and says another group claimed it too', () => {
    const e = only(run(TWO), 'bombing');
    assert.deepEqual(agents(e), [['ttp', true]]);
    assert.ok(e.provenance.rules.includes('responsibility:also-claimed-by:jamaat-ul-ahrar'), e.provenance.rules.join(' ; '));
  });

  test('one group claiming: its claim names the agent and no other claimant is told', () => {
    const a = run('A suicide bomber killed 12 people at a police station in Bannu on Monday. The TTP claimed the attack.');
    const e = only(a, 'bombing');
    assert.deepEqual(agents(e), [['ttp', true]]);
    assert.ok(!e.provenance.rules.some((r) => r.startsWith('responsibility:also-claimed-by')), e.provenance.rules.join(' ; '));
    assert.deepEqual(agents(only(a, 'claim-of-responsibility')), [['ttp', false]]);
  });

  test('"claimed the attack was ..." is what someone says of it, no claim of responsibility', () => {
    const a = run('Gunmen attacked a police post in Bannu on Monday. Officials claimed the attack was carried out by the TTP.');
    assert.ok(!a.events.some((e) => e.type === 'claim-of-responsibility'), JSON.stringify(a.events.map((e) => e.type)));
  });

  test('a group claiming the same attack twice is no rival of itself', () => {
    const a = run('A suicide bomber killed 12 people at a police station in Bannu on Monday. The TTP claimed responsibility for the bombing. The TTP later claimed the attack again in a video.');
    assert.ok(!only(a, 'bombing').provenance.rules.some((r) => r.startsWith('responsibility:also-claimed-by')));
  });
});

describe('an agency slug after a ";" is left out too', () => {
  test('"Karachi (Reuters); UPDATE 2-Gunmen killed three people in Quetta": the gunmen are named, the slug is in no claim', () => {
    const a = run('Karachi (Reuters); UPDATE 2-Gunmen killed three people in Quetta');
    assert.deepEqual(a.claims.map((c) => c.text), ['Gunmen killed three people in Quetta']);
    assert.deepEqual(agents(only(a, 'attack')), [['unidentified-armed-group:PK', false]]);
  });

  test('a joined line of two items: "…;CORRECTED-UPDATE 1-Roadside bomb kills …" is a roadside bombing, not "1-Roadside"', () => {
    const a = run('Three soldiers killed in Pakistan\'s Kurram clash with militants;CORRECTED-UPDATE 1-Roadside bomb kills four policemen in Pakistan\'s Lakki Marwat district');
    assert.deepEqual(a.claims.map((c) => c.text), [
      "Three soldiers killed in Pakistan's Kurram clash with militants",
      "Roadside bomb kills four policemen in Pakistan's Lakki Marwat district",
    ]);
    const bombing = only(a, 'bombing');
    assert.equal(bombing.trigger.text, 'Roadside bomb');
    assert.equal(bombing.counts.find((c) => c.kind === 'killed')?.value, 4);
  });

  test('a heading with a slug after ";" over a body: the heading starts after the slug', () => {
    const a = run('Karachi (Reuters); UPDATE 2-Gunmen kill three in Quetta\nGunmen on motorcycles opened fire on a shop in Quetta on Monday, police said.');
    assert.deepEqual(a.claims.map((c) => c.text), ['Gunmen on motorcycles opened fire on a shop in Quetta on Monday, police said.']);
    assert.ok(!a.sentences.some((s) => a.text.slice(s.start, s.end).includes('UPDATE')), JSON.stringify(a.sentences));
  });

  test('a ";" before a word that is no slug cuts nothing: "…;UPDATES on the talks …"', () => {
    const a = run('Taliban says talks with Pakistan to resume;Updates on the ceasefire in Kurram expected on Monday');
    assert.equal(a.claims.length, 2);
  });
});

describe("a digest's title in a text of headings only states nothing", () => {
  const headings = (text: string) => run(text).sentences.map((s) => s.heading);

  test('a digest noun, a period after the colon, or words that say nothing keep the title a heading', () => {
    for (const title of [
      'Pakistan: Daily security roundup, 12 March',
      'BBC Monitoring Pakistan morning media roundup 3 Mar 14',
      'Pakistan: weekly security updates, 12 March',
      'Incidents and Statements involving TTP: 2014',
      'Security incidents in Khyber Pakhtunkhwa: March 2024',
      'Attacks on polio workers in Bannu: a timeline',
      'Major incidents of militant violence in Khyber Pakhtunkhwa',
    ]) {
      const a = run(`${title}\nBara tehsil, Khyber`);
      assert.deepEqual(a.claims.map((c) => c.text), [], title);
      assert.deepEqual(headings(`${title}\nBara tehsil, Khyber`), [true, true], title);
    }
  });

  test('a headline that says something is still read, a dated one and a digest title with a past form too', () => {
    for (const title of [
      'Six soldiers killed in clash in Orakzai',
      'Six soldiers killed in Orakzai: timeline',
      'Taliban attacks checkpost in Kurram, 12 March',
      'Pakistan adds TTP splinter group to banned list',
    ]) assert.equal(run(title).claims.length, 1, title);
  });
});
