import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 15 (news17): our own AfPak reports in styles the earlier rounds did not cover (an ISPR
// release, Pakistani strikes told from Kabul, a sit-in after a killing, a weekly roundup, a CTD
// encounter with head money, an attack on a polio team's escort and on election staff).

const PUBLISHED = '2026-11-27'; // a Friday

const events = (text: string) => run(text, PUBLISHED).events;
const ofType = (text: string, type: string) => events(text).filter((e) => e.type === type);
const summary = (text: string) => events(text).map((e) => `${e.type}:${e.trigger.text}`);

describe('ISPR wording', () => {
  test('"were sent to hell" with no other trigger in its sentence is a killing of its own', () => {
    const a = ofType(
      "During the conduct of the operation, own troops effectively engaged the khwarij's location and resultantly, eight Indian-sponsored khwarij were sent to hell, while four khwarij got injured.",
      'attack',
    );
    assert.equal(a.length, 1);
    assert.deepEqual(a[0].counts.map((c) => [c.kind, c.value]), [['killed', 8], ['wounded', 4]]);
  });
});

describe('no event of its own', () => {
  test('a tally of many incidents or over a period', () => {
    for (const text of [
      'According to an independent think tank, militants carried out 71 attacks in the province in October, killing 94 people, including 48 security personnel.',
      'Sindh police chief said the department had killed 37 suspected terrorists in encounters and arrested 412 others so far this year.',
      'In 2023, 650 attacks killed 1,081 people in Pakistan, the think tank said.',
    ]) {
      assert.deepEqual(summary(text), [], text);
    }
    // One incident with its own count of dead is still one.
    assert.deepEqual(summary('On Thursday, militants attacked a police checkpost in Bannu, killing three policemen.'), ['attack:attacked']);
    // Only the perfect tells a period: the January bombing stays.
    assert.equal(
      ofType('In January, five policemen guarding a polio team were killed in a bomb attack in Bajaur, and more than 100 polio workers have been killed since 2012.', 'attack').length +
        ofType('In January, five policemen guarding a polio team were killed in a bomb attack in Bajaur, and more than 100 polio workers have been killed since 2012.', 'bombing').length >
        0,
      true,
    );
  });

  test('an order or a future act', () => {
    assert.deepEqual(summary('The Chief Minister directed police to arrest the culprits.'), []);
    assert.deepEqual(summary('"The government has assured us that the culprits will be arrested within ten days," he said.'), []);
    assert.deepEqual(summary('Police arrested the culprits on Thursday.'), ['arrest:arrested']);
  });

  test('a weapon that was seized', () => {
    const a = events('On Tuesday, security forces apprehended two facilitators in Lakki Marwat and recovered two Kalashnikovs and a hand grenade from their possession.');
    assert.deepEqual(a.map((e) => e.type), ['arrest']);
    // A grenade thrown is still a bombing; so is one after what was recovered at its scene.
    assert.equal(ofType('Late on Thursday, unidentified men hurled a hand grenade at a shop in Bannu, injuring two people.', 'bombing').length, 1);
  });

  test("the crimes a suspect's record lists", () => {
    assert.deepEqual(
      summary("The slain suspect was wanted in more than 20 cases of terrorism, including the killing of four policemen in Orangi Town in 2023 and an attack on a Chinese national's vehicle last year."),
      [],
    );
  });

  test('a habit in the perfect passive', () => {
    assert.deepEqual(summary('Polio workers and the police officers escorting them have frequently been targeted in Khyber Pakhtunkhwa.'), []);
  });

  test('an attack named by its place after "the" refers back to one told before', () => {
    assert.deepEqual(summary('Militants attacked a police checkpost in Lakki Marwat on Monday. The Tehreek-e-Taliban Pakistan claimed responsibility for the Lakki Marwat attack in a statement.'), [
      'attack:attacked',
      'claim-of-responsibility:claimed responsibility',
    ]);
    // (Session 19: with none told before, it names an act of its own; leftovers20.test.ts.)
    assert.deepEqual(summary('The Tehreek-e-Taliban Pakistan claimed responsibility for the Lakki Marwat attack in a statement.'), [
      'claim-of-responsibility:claimed responsibility',
      'attack:attack',
    ]);
  });

  test("a noun naming a gang's trade", () => {
    const a = events('In another raid on Wednesday morning, police arrested six suspected members of a kidnapping gang in Quetta.');
    assert.deepEqual(a.filter((e) => e.type === 'kidnapping').length, 0);
    assert.equal(ofType('In another raid on Wednesday morning, police arrested six suspected members of a kidnapping gang in Quetta.', 'arrest').length, 1);
  });

  test('an election or campaign rally is no protest', () => {
    assert.deepEqual(ofType('Supporters of the Pakistan Tehreek-e-Insaf held an election rally in Lakki Marwat on Wednesday, which passed off peacefully.', 'protest'), []);
    assert.equal(ofType('Supporters of the Pakistan Tehreek-e-Insaf held a rally in Lakki Marwat on Wednesday against the arrest of their leader.', 'protest').length, 1);
  });
});

describe('dates', () => {
  test("a relative clause's own event keeps its date from the trigger before it", () => {
    const text = 'In another raid in Quetta on Wednesday morning, police arrested six suspects and recovered a businessman who had been abducted on November 18.';
    const arrest = ofType(text, 'arrest');
    assert.equal(arrest.length, 1);
    assert.equal(arrest[0].date?.start, '2026-11-25');
    const kidnapping = ofType(text, 'kidnapping');
    assert.equal(kidnapping[0]?.date?.start, '2026-11-18');
  });

  test("a relative clause on the trigger's own noun still dates it", () => {
    const a = ofType('Hundreds of people protested against the Pakistani airstrikes that targeted the Barmal district on 23 November, during which ten civilians were killed.', 'bombing');
    assert.equal(a.length, 1);
    assert.equal(a[0].date?.start, '2026-11-23');
  });
});

describe('counts', () => {
  test('"arrested in an injured condition" counts no one wounded', () => {
    const a = events('In the exchange of fire, Asghar alias Lamba, a commander of a banned outfit, was killed, while his two accomplices were arrested in an injured condition. A constable was also wounded.');
    const attack = a.find((e) => e.type === 'attack')!;
    assert.deepEqual(attack.counts.map((c) => [c.kind, c.value, c.text]), [['killed', 1, 'a commander of a banned outfit,'], ['wounded', 1, 'A constable']]);
  });

  test('a counted subject and one more person joined to it', () => {
    const kidnapped = (text: string) => ofType(text, 'kidnapping').flatMap((e) => e.counts.map((c) => [c.kind, c.value]));
    assert.deepEqual(kidnapped('Three engineers and their driver were kidnapped by gunmen in Khyber on Monday.'), [['kidnapped', 4]]);
    assert.deepEqual(kidnapped('Four members of a polio vaccination team and a Levies constable were abducted in Bajaur on Tuesday.'), [['kidnapped', 5]]);
    assert.deepEqual(kidnapped('Three engineers were kidnapped by gunmen in Khyber on Monday.'), [['kidnapped', 3]]);
  });
});

describe('more that tells no new event', () => {
  test('who did it is asked, or an arrest is the condition of a demand', () => {
    assert.deepEqual(summary('It was not clear who fired the shell.'), []);
    assert.deepEqual(summary('Relatives placed the body on the road and refused to bury it until the killers were arrested.'), []);
    // A fight to the end is still a fight.
    assert.equal(ofType('Militants fought until they were killed.', 'attack').length, 1);
  });

  test('an appositive attack noun restates the event before its comma', () => {
    const a = events('The strikes came a week after a suicide bomber killed 12 Pakistani soldiers at a checkpost in South Waziristan, an attack Islamabad blamed on militants based in Afghanistan.');
    assert.deepEqual(a.map((e) => `${e.type}:${e.trigger.text}`), ['bombing:suicide bomber']);
    assert.deepEqual(a[0].counts.map((c) => [c.kind, c.value]), [['killed', 12]]);
  });
});

describe('hostages recovered', () => {
  test('"recovered" frees people, not weapons or bodies', () => {
    const released = (text: string) => ofType(text, 'prisoner-release').map((e) => [e.trigger.text, e.counts.map((c) => c.value)]);
    assert.deepEqual(released('In another raid in Quetta on Wednesday morning, police arrested six suspects and recovered a businessman who had been abducted on November 18.'), [['recovered', []]]);
    assert.deepEqual(released('The three engineers and their driver were recovered on Thursday, police said.'), [['recovered', [4]]]);
    assert.deepEqual(released('Police recovered the bodies of two men from a field in Sadda.'), []);
    assert.deepEqual(released('Police recovered two pistols from the suspects.'), []);
    assert.deepEqual(released('About ten militants were killed and two hundred camels recovered by the militias.'), []);
  });
});

describe("leftovers of earlier rounds: agents and references", () => {
  const agentIds = (text: string) => events(text).map((e) => e.actors.filter((r) => r.role === 'agent').map((r) => r.actor.split(':')[0]));

  test('a police station on the victim\'s way is no agent of the shooting', () => {
    assert.deepEqual(
      agentIds('PESHAWAR: Sub-inspector Gul Nawaz was on his way to the Cantonment police station when two men on a motorcycle opened fire on him.'),
      [['unidentified-armed-group']],
    );
    // The police of a station are still the police.
    assert.deepEqual(
      agentIds('Two Xiaohongmen police station officers kidnapped two petitioners near the Supreme Court in Beijing.'),
      [['police']],
    );
  });

  test('civilians left dead by an exchange of fire are not its first side', () => {
    const e = events('A similar exchange of fire in the Kurram district last month left three civilians dead.');
    assert.equal(e.length, 1);
    assert.deepEqual(e[0].actors.map((r) => [r.role, r.actor.split(':')[0]]), [['agent', 'unidentified-armed-group'], ['target', 'civilians']]);
  });

  test('"the house that was raided" after the raid is no new raid', () => {
    assert.deepEqual(summary('Police raided a house in Sariab on Monday. The house that was raided belonged to a relative of the suspect.'), ['attack:raided']);
  });
});

describe('the subject of a "when" clause', () => {
  test('people busy before "when" did not open fire', () => {
    const e = events('According to police, constable Rahimullah was standing guard outside a house where two female health workers were administering polio drops to children when two men on a motorcycle opened fire on him.');
    assert.deepEqual(e.map((x) => [x.type, x.actors.filter((r) => r.role === 'agent').map((r) => r.actor.split(':')[0])]), [['attack', ['unidentified-armed-group']]]);
    // A pronoun after "when" stands for the actor before it.
    const own = events('Police were on patrol when they opened fire on the suspects.');
    assert.deepEqual(own.map((x) => x.actors.filter((r) => r.role === 'agent').map((r) => r.actor.split(':')[0])), [['police']]);
  });
});

describe('a roundup: two incidents of one sentence', () => {
  const told = (text: string) => events(text).map((e) => [e.type, e.place, e.counts.map((c) => `${c.kind}:${c.value}`).join(',')]);

  test('the same day, another district', () => {
    assert.deepEqual(
      told('In Bajaur, a roadside bomb went off near a vehicle of the Frontier Corps in the Mamund tehsil early on Wednesday, killing three soldiers, while on Wednesday evening two Levies personnel were killed when their vehicle came under fire in the Lower Dir district.'),
      [
        ['bombing', 'admin2:PK:bajaur', 'killed:3'],
        ['attack', 'admin2:PK:lower-dir', 'killed:2'],
      ],
    );
  });

  test('an overlapping period, another district', () => {
    const e = told('Last week, eight soldiers were killed in an ambush in South Waziristan, and earlier this month a suicide bomber targeted a police convoy in Bannu, killing three.');
    assert.deepEqual(e[0], ['attack', 'admin2:PK:south-waziristan', 'killed:8']);
    assert.deepEqual(e[1], ['bombing', 'place:PK:bannu', 'killed:3']);
  });

  test('one place told twice is one incident', () => {
    assert.deepEqual(
      told('A roadside bomb went off near a Frontier Corps vehicle in Bajaur early on Wednesday, killing three soldiers, and on Wednesday evening two more soldiers died of their wounds in Bajaur.').map((x) => x[0]),
      ['bombing'],
    );
  });
});

describe("the next sentence's toll", () => {
  test('a sentence of casualty words alone gives its toll to the paragraph\'s last violent event', () => {
    const told = (text: string) => events(text).map((e) => [e.type, e.trigger.text, e.counts.map((c) => `${c.kind}:${c.value}`).join(',')]);
    assert.deepEqual(
      told('On Wednesday, a team of election staff returning from a polling station in Kulachi was ambushed, police said. A polling officer and a police guard were killed, and two other staff members were injured.'),
      [['attack', 'ambushed', 'killed:2,wounded:2']],
    );
    // Another day, another place, or an event that already has its toll: still an event of its own.
    assert.equal(told('On Wednesday, militants attacked a checkpost in Bannu. On Thursday, two policemen were killed in Karak.').length, 2);
    assert.equal(told('Militants attacked a checkpost in Bannu, killing a policeman. Two more policemen were killed.').length, 2);
  });
});

describe('a bomb attack', () => {
  test('is one bombing with its toll, not a bombing and an attack', () => {
    const a = events('In January, five policemen were killed in a bomb attack in Bajaur.');
    assert.deepEqual(a.map((e) => [e.type, e.trigger.text, e.counts.map((c) => `${c.kind}:${c.value}`).join(',')]), [['bombing', 'bomb attack', 'killed:5']]);
  });
});
