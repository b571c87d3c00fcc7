import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 16 (news26): leftovers of news23 and news25, on our own AfPak sentences.

const PUBLISHED = '2026-11-27'; // a Friday

const placesOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.place ?? '-'}`);

describe('a place inside an indirect question is not where the event was', () => {
  test('"whether the explosives had been smuggled from Afghanistan", "asked how ... reached Quetta", "checking if ... Kunar"', () => {
    assert.deepEqual(placesOf('Officials said police had detained four men and were probing whether the explosives had been smuggled in from Afghanistan.'), ['arrest:-']);
    assert.deepEqual(placesOf('The CTD arrested two facilitators and asked how the explosives had reached Quetta.'), ['arrest:-']);
    assert.deepEqual(placesOf('Police detained five suspects and were checking if they had stayed in Kunar.'), ['arrest:-']);
    // The place of the trigger's own clause stays.
    assert.deepEqual(placesOf('Police detained five suspects in Chaman and were checking whether they had stayed in Kunar.'), ['arrest:place:PK:chaman']);
    // "If" with no asking verb before it opens no question.
    assert.deepEqual(placesOf('Police detained five suspects in Chaman on Monday, as if in a hurry.'), ['arrest:place:PK:chaman']);
  });
});

const countsOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.counts.map((c) => `${c.kind}=${c.value}`).join(',')}`);
const rolesOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.actors.map((r) => `${r.role}=${r.actor}${r.inferred ? '?' : ''}`).join(',')}`);

describe('a court\'s acts: an acquittal frees one person, an order to release and its retelling no second', () => {
  test('"jailed three men for life and acquitted a fourth" is a release of 1, not 3; "released the second hostage" 1', () => {
    assert.deepEqual(countsOf('A special court in Peshawar on Monday jailed three men for life and acquitted a fourth over the 2023 kidnapping of a trader.').filter((c) => c.startsWith('prisoner-release')), ['prisoner-release:released=1']);
    assert.deepEqual(countsOf('The militants freed the second hostage near Tank on Sunday.'), ['hostage-release:released=1']);
    // A number that is the verb's own object still counts.
    assert.deepEqual(countsOf('A court in Mardan acquitted five suspects on Monday.'), ['prisoner-release:released=5']);
  });
  test('"ordered to be released" is an order; "The fourth accused ... was acquitted" after the acquittal is the same release', () => {
    assert.deepEqual(countsOf('The judge ordered the two prisoners to be released on bail.'), []);
    assert.deepEqual(
      countsOf('A court in Mardan on Monday acquitted a fourth accused in the case. The fourth accused, Zahid Khan, was acquitted for want of evidence and ordered to be freed.'),
      ['prisoner-release:released=1'],
    );
    // With no release told before, the passive is a release.
    assert.deepEqual(countsOf('The accused was acquitted for want of evidence on Monday.'), ['prisoner-release:']);
    // "The remaining hostages were released on Friday" after a release is a second one (other people, a day of its own).
    assert.equal(countsOf('Militants freed six of the abducted labourers in Kech on Tuesday. The remaining hostages were released on Friday.').filter((c) => c.startsWith('hostage-release')).length, 2);
  });
});


describe('a tally of a few incidents over a period, with examples, tells no incident', () => {
  test('"three attacks since June, including the killing of a shopkeeper and the abduction of two teachers" makes no event; a told attack stays', () => {
    assert.deepEqual(countsOf('Elders said the valley had seen three attacks since June, including the killing of a shopkeeper and the abduction of two teachers.'), []);
    assert.deepEqual(countsOf('Militants have carried out five bombings in the district over the past two months.'), []);
    // One told incident with a day of its own is an event.
    assert.deepEqual(countsOf('Gunmen killed two teachers in Khar on Monday.'), ['attack:killed=2']);
  });
});

describe('a record of past acts is no event, and its teller no actor', () => {
  test('"Police said ... in revenge for his earlier killing of two gang members": the police are no actor', () => {
    const roles = rolesOf('A gangster was shot dead by gunmen in Lyari on Monday. Police said he was likely killed in revenge for his earlier killing of two gang members.');
    assert.ok(roles.every((r) => !r.includes('pakistan-police')), roles.join(' ; '));
    // The people of the record are not counted: he alone was killed in the retelling.
    assert.deepEqual(countsOf('Police said he was likely killed in revenge for his earlier killing of two gang members.'), ['attack:killed=1']);
    assert.deepEqual(countsOf('Elders recalled the group\'s past attacks on schools in the valley.'), []);
  });
});
