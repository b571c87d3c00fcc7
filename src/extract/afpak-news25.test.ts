import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 16 (news25): leftovers of news23, on our own AfPak sentences.

const PUBLISHED = '2026-11-27'; // a Friday

const countsOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.counts.map((c) => `${c.kind}=${c.value}${c.qualifier === 'exact' ? '' : `(${c.qualifier})`}`).join(',')}`);

describe('a toll that rose: the later stated total of the event told before', () => {
  test('"The death toll rose to 18" replaces the 16 killed, and the two who died add no one', () => {
    assert.deepEqual(
      countsOf('At least 16 people were killed and more than 40 injured when a bomb planted in a motorcycle exploded near a bazaar in Khar on Sunday. The death toll rose to 18 on Monday after two of the injured died in a Peshawar hospital.'),
      ['bombing:killed=18,wounded=40(at-least)'],
    );
  });
  test('"the toll climbed to 12", "the death toll from the attack rose to at least five", "the number of injured has risen to 14"', () => {
    assert.deepEqual(
      countsOf('A suicide bomber blew himself up at a police checkpost in Bannu on Sunday, killing nine policemen. The toll climbed to 12 after three injured constables died.'),
      ['bombing:killed=12'],
    );
    assert.deepEqual(
      countsOf('Gunmen attacked a checkpost in Kech on Monday, killing two soldiers. The death toll from the attack rose to at least five on Tuesday, officials said.'),
      ['attack:killed=5(at-least)'],
    );
    assert.deepEqual(countsOf('Gunmen attacked a checkpost in Kech on Monday, killing two soldiers. The number of injured has risen to 14.'), ['attack:killed=2,wounded=14']);
  });
});

const rolesOf = (text: string) =>
  run(text, PUBLISHED).events.map((e) => `${e.type}:${e.actors.map((r) => `${r.role}=${r.actor}${r.inferred ? '?' : ''}`).join(',')}`);

describe('who tells and who recovers is no victim', () => {
  test('"Police said the suspect was killed in an encounter": the police did it (inferred), as teller before or after', () => {
    assert.deepEqual(rolesOf('Police said the suspect was killed in an encounter in Malir on Monday.'), ['attack:agent=pakistan-police?']);
    assert.deepEqual(rolesOf('A suspect was killed in an encounter in Malir on Monday, police said.'), ['attack:agent=pakistan-police?']);
    // A teller with no encounter is only no target.
    // (news63: no unnamed armed group implied as the doer of its own men's killing.)
    assert.deepEqual(rolesOf('The CTD said two militants were killed in Kech on Monday.'), ['attack:target=unidentified-armed-group:PK']);
  });
  test('"the police recovered a businessman who had been abducted": the police are no target of the kidnapping', () => {
    assert.deepEqual(rolesOf('The police recovered a businessman who had been abducted on November 18 from Hub.'), [
      'prisoner-release:agent=pakistan-police',
      'kidnapping:agent=unidentified-armed-group:PK?',
    ]);
    // The noun the clause hangs on is still its victim.
    assert.deepEqual(rolesOf('Two polio workers from Kech who were abducted by gunmen were released on Monday.')[0], 'kidnapping:agent=unidentified-armed-group:PK,target=civilians:PK');
    // A name that modifies the noun the clause hangs on stays its victim.
    assert.deepEqual(rolesOf('Two TTP drones that were intercepted by the army fell in a field in Bannu on Monday.')[0], 'weapons-disrupted:agent=pakistan-army,target=ttp');
  });
});

const datesOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.date?.start ?? '-'}`);

describe('months counted from the last event, as days and weeks are', () => {
  test('"a month after the bombing" dates the arrest a calendar month after the bombing', () => {
    assert.deepEqual(
      datesOf('A suicide bomber blew himself up at the gate of a police training centre in Quetta on March 14, 2024. The two men were arrested in a raid in Pishin a month after the bombing.'),
      ['bombing:2024-03-14', 'arrest:2024-04-14'],
    );
  });
  test('"Two months later", "Two months earlier", and the end of a shorter month', () => {
    assert.deepEqual(datesOf('Gunmen attacked a checkpost in Kech on August 3. Two months later, militants ambushed a convoy in Turbat.'), ['attack:2026-08-03', 'attack:2026-10-03']);
    assert.deepEqual(datesOf('Gunmen attacked a checkpost in Kech on October 3. Two months earlier, militants had ambushed a convoy in Turbat.'), ['attack:2026-10-03', 'attack:2026-08-03']);
    assert.deepEqual(datesOf('Gunmen attacked a checkpost in Kech on January 31. A month later, militants ambushed a convoy in Turbat.'), ['attack:2026-01-31', 'attack:2026-02-28']);
  });
});

describe('anyone who was, and one of several fates: no figure', () => {
  test('"Rs1 million for each person killed" is no event and adds no one to the blast', () => {
    assert.deepEqual(countsOf('He said the government would pay Rs1 million to the family of each person killed and Rs300,000 to each of the injured.'), []);
    assert.deepEqual(
      countsOf('A bomb killed five people in a bazaar in Khar on Sunday. The chief minister announced Rs1 million for every person killed in the blast.'),
      ['bombing:killed=5'],
    );
  });
  test('"5 militants were killed, injured or captured" and "killed or wounded" count no one killed', () => {
    assert.deepEqual(countsOf('Gunmen attacked a checkpost in Kech on Monday. A total of 5 militants were killed, injured or captured in the exchange of fire.'), ['attack:']);
    assert.deepEqual(countsOf('Two soldiers were killed or wounded when militants attacked a checkpost in Kech on Monday.'), ['attack:']);
    // A conjunction still counts each fate.
    assert.deepEqual(countsOf('Two soldiers were killed and three wounded when militants attacked a checkpost in Kech on Monday.'), ['attack:killed=2,wounded=3']);
  });
});

describe('people nouns whose head comes first', () => {
  test('"Two passers-by and three bystanders" are five, "two passersby" two, "four onlookers" four', () => {
    assert.deepEqual(countsOf('Two passers-by and three bystanders were injured when a grenade exploded in Quetta on Monday.'), ['bombing:wounded=5']);
    assert.deepEqual(countsOf('Two passersby were killed when a grenade exploded in Quetta on Monday.'), ['bombing:killed=2']);
    assert.deepEqual(countsOf('Four onlookers were injured when a grenade exploded in Quetta on Monday.'), ['bombing:wounded=4']);
  });
});
