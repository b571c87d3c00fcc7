import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Leftovers of session 16's reading rounds (news32), on sentences of our own writing.

function targets(e: ReturnType<typeof only>): string[] {
  return e.actors.filter((r) => r.role === 'target').map((r) => r.actor);
}

describe('one actor is not both sides of one act', () => {
  test('"Taliban fighters killed four policemen in an attack in Kunduz": the policemen are no Taliban', () => {
    const a = run('Taliban fighters killed four policemen in an attack in Kunduz on Monday.');
    const e = only(a, 'attack');
    assert.deepEqual(agents(e), [['afghan-taliban', false]]);
    assert.deepEqual(targets(e), ['police:AF']);
    assert.ok(a.actors.some((x) => x.id === 'police:AF'), 'the actors list follows the event');
  });

  test('"Police killed three Taliban fighters in a raid in Kunduz": the police are no Taliban either', () => {
    const e = only(run('Police killed three Taliban fighters in a raid in Kunduz on Monday.'), 'attack');
    assert.deepEqual(agents(e), [['police:AF', false]]);
    assert.deepEqual(targets(e), ['afghan-taliban']);
  });

  test('"Policemen arrested two thieves in Kunduz": the police stand for the Taliban when nothing says otherwise', () => {
    const e = only(run('Policemen arrested two thieves in Kunduz on Monday.'), 'arrest');
    assert.deepEqual(agents(e), [['afghan-taliban', false]]);
  });
});

describe('an agency slug before a headline hides no word', () => {
  test('"UPDATE 1-Blast near polio workers kills 2 in Pakistan\'s Peshawar.": a bombing, no riot', () => {
    const a = run("UPDATE 1-Blast near polio workers kills 2 in Pakistan's Peshawar.");
    assert.ok(!a.events.some((e) => e.type === 'riot'), JSON.stringify(a.events.map((e) => e.type)));
    const e = only(a, 'bombing');
    assert.equal(e.counts.find((c) => c.kind === 'killed')?.value, 2);
  });

  test('"WRAPUP 2-Gunmen kill five soldiers in Pakistan\'s Bannu.": the gunmen are named, not inferred', () => {
    const e = only(run("WRAPUP 2-Gunmen kill five soldiers in Pakistan's Bannu."), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
  });

  test('"CORRECTED-Suicide bomber kills 12 at a market in Quetta.": a bombing', () => {
    only(run('CORRECTED-Suicide bomber kills 12 at a market in Quetta.'), 'bombing');
  });
});

describe("a tally's examples tell no event of any type", () => {
  test('"four attacks since August, including ... the kidnapping of two teachers, who were later released": no release', () => {
    const a = run('Members from Bajaur said the tehsil had seen four attacks since August, including the killing of a tribal elder and the kidnapping of two teachers, who were later released.');
    assert.deepEqual(a.events.map((e) => e.type), []);
  });

  test('"Militants have carried out three attacks in Khyber this month, including the abduction of a driver, who was freed": no release', () => {
    const a = run('Militants have carried out three attacks in Khyber this month, including the abduction of a driver, who was freed after two days.');
    assert.ok(!a.events.some((e) => e.type === 'prisoner-release'), JSON.stringify(a.events.map((e) => e.type)));
  });

  test('a release told outside any tally stays: "Gunmen kidnapped two teachers in Bajaur on Monday; they were released on Tuesday."', () => {
    const a = run('Gunmen kidnapped two teachers in Bajaur on Monday. They were released on Tuesday.');
    only(a, 'prisoner-release');
  });
});

describe('a day counted from an earlier event stops at the publication date', () => {
  test('"Two months later" from October 10, published November 24: the publication day, not December 10', () => {
    const a = run('Gunmen abducted a doctor in Quetta on October 10. Two months later, gunmen killed his brother in Mastung.');
    const e = only(a, 'attack');
    assert.deepEqual(e.date && [e.date.start, e.date.end], ['2026-11-24', '2026-11-24']);
  });

  test('"Three weeks later" from November 10: the publication day, not December 1', () => {
    const e = only(run('Gunmen abducted a doctor in Quetta on November 10. Three weeks later, gunmen killed his brother in Mastung.'), 'attack');
    assert.deepEqual(e.date && [e.date.start, e.date.end], ['2026-11-24', '2026-11-24']);
  });

  test('a count that stays before publication is untouched: "A month later" from August 10 is September 10', () => {
    const e = only(run('Gunmen abducted a doctor in Quetta on August 10. A month later, gunmen killed his brother in Mastung.'), 'attack');
    assert.deepEqual(e.date && [e.date.start, e.date.end], ['2026-09-10', '2026-09-10']);
  });
});

describe('an anchor on the publication day caps nothing', () => {
  test('"On 20 November police arrested 40 protesters ... They were released the next day", given 2026-11-20: 21 November', () => {
    const a = run('On 20 November 2026, police arrested 40 protesters in Lahore. They were released the next day.', '2026-11-20');
    const e = only(a, 'prisoner-release');
    assert.deepEqual(e.date && [e.date.start, e.date.end], ['2026-11-21', '2026-11-21']);
  });
});

describe('a sentence that tells the same incident again is no second event', () => {
  test('"... was shot dead by unknown gunmen in Quetta. Police said the victim was likely shot dead by rival gang members": one attack', () => {
    const a = run('On Monday, a suspected gang member was shot dead by unknown gunmen in Quetta. Police said the victim was likely shot dead by rival gang members over a land dispute.');
    const e = only(a, 'attack');
    assert.equal(e.counts.find((c) => c.kind === 'killed')?.value, 1);
    assert.ok(e.provenance.rules.some((r) => r.startsWith("retold-in:")), JSON.stringify(e.provenance.rules));
  });

  test('a past bombing and the prosecution\'s account of its day: one bombing, on that day', () => {
    const a = run('An anti-terrorism court in Quetta on Thursday sentenced two men to death in the case of the 2024 suicide bombing at a police training centre that killed 11 recruits. According to the prosecution, the bomber had detonated his vest at the gate of the centre on March 14, 2024.');
    const e = only(a, 'bombing');
    assert.deepEqual(e.date && [e.date.start, e.date.end], ['2024-03-14', '2024-03-14']);
    assert.equal(e.counts.find((c) => c.kind === 'killed')?.value, 11);
  });

  test('the counts a retelling brings join the first telling: "Three suicide bombers were stopped ... The three attackers detonated, killing four people"', () => {
    const a = run('Three suicide bombers were spotted by villagers in Mora on Monday. The three attackers detonated their vests before troops could intervene, killing at least four people.');
    const e = only(a, 'bombing');
    assert.equal(e.counts.find((c) => c.kind === 'killed')?.value, 4);
  });

  test('another victim is another event: "After this attack the gunmen shot dead another man"', () => {
    const a = run('On Monday, gunmen shot dead a shopkeeper in Quetta. Later the gunmen shot dead another man in a nearby street.');
    assert.equal(a.events.filter((e) => e.type === 'attack').length, 2, JSON.stringify(a.events.map((e) => e.trigger.text)));
  });

  test('what befell the first telling\'s doers is another act: "the attacker was shot dead by police"', () => {
    const a = run('On Monday, an attacker opened fire on worshippers at a mosque in Peshawar, killing three people. The attacker was shot dead by police.');
    assert.equal(a.events.filter((e) => e.type === 'attack').length, 2, JSON.stringify(a.events.map((e) => e.trigger.text)));
  });
});

describe('a text of heading lines only reads its headline', () => {
  test('"Six soldiers killed in clash in Pakistan\'s Orakzai Agency" alone: one claim and one event', () => {
    const a = run("Six soldiers killed in clash in Pakistan's Orakzai Agency");
    assert.equal(a.claims.length, 1);
    assert.equal(a.events.length, 1);
    assert.equal(a.events[0].counts.find((c) => c.kind === 'killed')?.value, 6);
  });

  test('a headline over a place line: the headline is read, the place line stays a heading', () => {
    const a = run('Roadside bomb kills two soldiers in North Waziristan\nDatta Khel area');
    assert.deepEqual(a.sentences.map((s) => s.heading), [false, true]);
    only(a, 'bombing');
  });

  test('a place line alone says nothing: "Kago Kamar area, Upper Orakzai" makes no claim', () => {
    const a = run('Kago Kamar area, Upper Orakzai');
    assert.equal(a.claims.length, 0);
    assert.deepEqual(a.sentences.map((s) => s.heading), [true]);
  });

  test('an article with body sentences keeps its headings', () => {
    const a = run('Gunmen Ambush Police Convoy in Kurram\nAt least seven policemen were killed on Monday when gunmen ambushed a convoy near Parachinar.');
    assert.equal(a.sentences[0].heading, true);
  });
});
