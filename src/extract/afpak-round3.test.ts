import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEventLexicon } from './event-lexicon.ts';
import { run } from './events-for-tests.ts';

// Session 14 (news15): our own AfPak reports in styles the first two rounds did not cover (an ATC
// and prison story, a Chaman border clash, kidnapped engineers, a targeted killing in Dera Ismail
// Khan, an IS-K mosque bombing whose toll rose, an explainer of past attacks by year).

const PUBLISHED = '2026-11-27'; // a Friday

describe('otherSense lists shared by the forms of one trigger', () => {
  test('every form of "release" publishes with a video or a statement as its object', () => {
    const objects = loadEventLexicon().types.get('prisoner-release')!.otherSense!.objectNouns!;
    for (const form of ['release', 'releases', 'released', 'releasing']) assert.ok(objects[form]?.includes('statement'), form);
    for (const text of [
      'The ISPR released a video of the operation in Tirah on Thursday.',
      'The Taliban are releasing a statement on the talks with Pakistan.',
      'The CTD releases figures of arrests in Punjab every month.',
    ]) {
      assert.deepEqual(run(text, PUBLISHED).events.filter((e) => e.type === 'prisoner-release').map((e) => e.trigger.text), [], text);
    }
    const freed = run('The Taliban are releasing 40 Pakistani prisoners from Pul-e-Charkhi jail.', PUBLISHED);
    assert.deepEqual(freed.events.filter((e) => e.type === 'prisoner-release').map((e) => e.trigger.text), ['releasing']);
  });

  // (Session 23, perf24) Only a trigger word the tables name is asked for its neighbours: the
  // loader's word set must hold every form of every table, "before" and "after" alike.
  test('each table\'s words are asked: "election rallies", "stood with", "fought gallantly" tell no event', () => {
    const lex = loadEventLexicon();
    for (const [type, form] of [['prisoner-release', 'releasing'], ['protest', 'rallies'], ['protest', 'stood'], ['attack', 'fought'], ['movement', 'crossing']]) {
      assert.ok(lex.types.get(type)!.otherSense!.words!.has(form), `${type}: ${form}`);
    }
    assert.equal(lex.types.get('attack')!.otherSense!.words!.has('killed'), false);
    for (const [text, type] of [
      ['PTI workers held election rallies in Peshawar on Thursday.', 'protest'],
      ['Traders in Quetta stood with the government on the talks.', 'protest'],
      ['The soldiers fought gallantly in North Waziristan, the ISPR said.', 'attack'],
    ]) {
      assert.deepEqual(ofType(text, type).map((e) => e.trigger.text), [], text);
    }
  });
});

const ofType = (text: string, type: string) => run(text, PUBLISHED).events.filter((e) => e.type === type);

describe('dates of a list of past attacks', () => {
  test('a day without a year in a sentence that opens "In 2014," is in 2014', () => {
    const a = run('In 2014, the attack on the Army Public School in Peshawar killed 147 people, including 132 children, when six TTP gunmen stormed the school on December 16.', PUBLISHED);
    const d = a.dates.find((x) => x.text === 'December 16')!;
    assert.deepEqual(d.value, { start: '2014-12-16', end: '2014-12-16' });
    // A day inside the sentence's year is the same attack, not another incident.
    assert.deepEqual(a.events.filter((e) => e.type === 'attack').map((e) => e.counts.map((c) => c.value)), [[147]]);
  });

  test('"during Friday prayers" after "In March 2022," does not date the bombing to the Friday of publication', () => {
    const [e] = ofType('In March 2022, a suicide bomber attacked a Shia mosque in Peshawar\'s Kocha Risaldar during Friday prayers, killing 63 worshippers.', 'bombing');
    assert.deepEqual(e.date, { start: '2022-03-01', end: '2022-03-31', precision: 'month' });
  });

  test('a month after an opening day is the one before it ("On 1 March 2022, ... the rains in December")', () => {
    const a = run('On 1 March 2022, parents shut down a secondary school in Pietermaritzburg in a demonstration to demand the government fix the school, damaged after the rains in December.', '2022-03-01');
    assert.deepEqual(a.dates.find((x) => x.text === 'December')!.value, { start: '2021-12-01', end: '2021-12-31' });
    const ahead = run('On 8 April 2022, workers staged a protest in Savar demanding rehabilitation and declaring April 24th as Workers Day.', '2022-04-08');
    assert.deepEqual(ahead.dates.find((x) => x.text === 'April 24th')!.value, { start: '2022-04-24', end: '2022-04-24' });
  });

  test('"the 2019 attack" dates the attack, not the other event of the sentence', () => {
    const text = 'An anti-terrorism court in Peshawar on Thursday acquitted 14 suspects in the 2019 attack on a police checkpost in Charsadda, while the Peshawar High Court reduced the sentences of six other convicts in a separate case.';
    const [reduced] = ofType(text, 'sentence-reduction');
    assert.equal(reduced.date?.start, '2026-11-26');
    const [attack] = ofType(text, 'attack');
    assert.equal(attack.date?.start, '2019-01-01');
  });
});

describe('counts', () => {
  test('"the two-member bench" is the size of a court, not two people whose sentences were commuted', () => {
    const [e] = ofType("Meanwhile, the high court's two-member bench commuted the death sentences of six men convicted of the 2017 bombing of a vegetable market in Parachinar to life imprisonment.", 'sentence-reduction');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value, c.text]), [['sentence-reduced', 6, 'six']]);
  });
});

describe('triggers', () => {
  test('"exchanged heavy fire" and "opened unprovoked fire" are attacks; "re-arrested" an arrest', () => {
    assert.equal(ofType('Pakistani and Afghan forces exchanged heavy fire at the border on Wednesday evening.', 'attack').length, 1);
    assert.equal(ofType('Afghan Taliban forces opened unprovoked fire on Pakistani posts near the Friendship Gate.', 'attack').length, 1);
    const [arrest] = ofType('Two of them were immediately re-arrested by the Counter-Terrorism Department (CTD) outside the jail gate.', 'arrest');
    assert.deepEqual(arrest.counts.map((c) => [c.kind, c.value]), [['arrested', 2]]);
  });
});

describe('places', () => {
  test('"the Chaman-Spin Boldak border crossing" is at Chaman, as a road named by its two towns is', () => {
    const [e] = ofType('Pakistani and Afghan forces exchanged heavy fire at the Chaman-Spin Boldak border crossing on Wednesday evening.', 'attack');
    assert.equal(e.place, 'place:PK:chaman');
  });
});

describe('references and habits that tell no new event', () => {
  test('"The death toll from a suicide bombing ... rose to 47" is 47 killed; "the deadliest attack" no second event', () => {
    const a = run('The death toll from a suicide bombing at a Shia mosque in northern Kunduz province during Friday prayers rose to 47 by the evening, officials said, making it the deadliest attack in the country this year.', PUBLISHED);
    assert.deepEqual(a.events.map((e) => e.type), ['bombing']);
    assert.deepEqual(a.events[0].counts.map((c) => [c.kind, c.value, c.text]), [['killed', 47, '47']]);
  });

  test('"for Thursday\'s killing" and "a wave of targeted attacks on police" refer back; the suspicion covers the report\'s own attack', () => {
    const text = [
      'A police sub-inspector was shot dead by unidentified motorcyclists in Dera Ismail Khan on Thursday morning, police said.',
      'The killing was the latest in a wave of targeted attacks on police in the southern districts. On Tuesday, a constable was shot dead in Lakki Marwat.',
      "No group claimed responsibility for Thursday's killing, but police suspect the involvement of the Hafiz Gul Bahadur group.",
    ].join('\n\n');
    const a = run(text, PUBLISHED);
    assert.deepEqual(a.events.map((e) => [e.type, e.trigger.text, e.date?.start]), [['attack', 'shot dead', '2026-11-26'], ['attack', 'shot dead', '2026-11-24']]);
    const agentOf = (i: number) => a.events[i].actors.find((r) => r.role === 'agent')?.actor;
    assert.equal(agentOf(0), 'hafiz-gul-bahadur-group');
    assert.notEqual(agentOf(1), 'hafiz-gul-bahadur-group');
  });

  test('"has repeatedly targeted the Shia Hazara minority" is a habit, not an attack', () => {
    assert.deepEqual(ofType('IS-K, the regional affiliate of the Islamic State group, has repeatedly targeted the Shia Hazara minority.', 'attack'), []);
  });
});

describe('agents and counts of one clause', () => {
  test('"killed in an exchange of fire with the police": the police are the agent, the suspect the target', () => {
    const [e] = ofType('A fourth suspect was killed in an exchange of fire with the police in the same raid, the spokesman added.', 'attack');
    assert.deepEqual(e.actors.filter((r) => r.role === 'agent').map((r) => [r.actor, r.inferred]), [['police', false]]);
    assert.ok(!e.actors.some((r) => r.role === 'target' && r.actor === 'police'));
  });

  test('a building named after a force is not the agent ("the Army Public School", "the Peshawar Police Lines")', () => {
    const [aps] = ofType('In 2014, the attack on the Army Public School in Peshawar killed 147 people, including 132 children, when six TTP gunmen stormed the school on December 16.', 'attack');
    assert.ok(!aps.actors.some((r) => r.role === 'agent' && r.actor === 'pakistan-army'), JSON.stringify(aps.actors));
    const [lines] = ofType('In January 2023, a bombing at a mosque inside the Peshawar Police Lines killed 101 people, mostly policemen.', 'bombing');
    assert.ok(!lines.actors.some((r) => r.role === 'agent' && r.actor === 'pakistan-police'), JSON.stringify(lines.actors));
  });

  test('"two kidnappers were arrested while three others fled" arrests two', () => {
    const [e] = ofType('District Police Officer Saleem Abbas said the four were recovered in an operation in the Tirah valley, and that two kidnappers were arrested while three others fled.', 'arrest');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value, c.text]), [['arrested', 2, 'two']]);
  });
});

test('"and a week later another attack ... in Kandahar killed over 60" is a second attack with its own toll and place', () => {
  const a = run('In October 2021, a suicide bomber killed more than 70 worshippers at a Shia mosque in Kunduz, and a week later another attack on a Shia mosque in Kandahar killed over 60.', PUBLISHED);
  const violent = a.events.filter((e) => e.type === 'bombing' || e.type === 'attack');
  assert.deepEqual(violent.map((e) => [e.type, e.place, e.counts.map((c) => [c.kind, c.value, c.qualifier])]), [
    ['bombing', 'place:AF:kunduz', [['killed', 70, 'at-least']]],
    ['attack', 'place:AF:kandahar', [['killed', 60, 'at-least']]],
  ]);
});

describe('court and prison wording', () => {
  test('"acquitted 14 suspects in the 2019 attack on a police checkpost": 14 freed, the police are the attack\'s target only', () => {
    const a = run('An anti-terrorism court (ATC) in Peshawar on Thursday acquitted 14 suspects in the 2019 attack on a police checkpost in Charsadda, citing lack of evidence.', PUBLISHED);
    const [release] = a.events.filter((e) => e.type === 'prisoner-release');
    assert.deepEqual(release.counts.map((c) => [c.kind, c.value]), [['released', 14]]);
    assert.deepEqual(release.actors.filter((r) => r.role === 'target'), []);
    assert.equal(release.date?.start, '2026-11-26');
    const [attack] = a.events.filter((e) => e.type === 'attack');
    assert.ok(attack.actors.some((r) => r.role === 'target' && r.actor === 'pakistan-police'));
  });

  test('"released on parole" and "paroled" free prisoners', () => {
    const [e] = ofType('The prisons department said 212 prisoners had been released on parole over the past month.', 'prisoner-release');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['released', 212]]);
    assert.equal(ofType('The Punjab home department paroled 40 prisoners from Kot Lakhpat jail.', 'prisoner-release').length, 1);
  });

  test('the other side of a clash is the agent only when it is armed ("a clash with Venezuelan citizens" is not)', () => {
    const [e] = ofType('The group demanded justice over the death of a driver killed in the Antofagasta region after a clash with Venezuelan citizens.', 'attack');
    assert.ok(!e.actors.some((r) => r.role === 'agent' && r.actor.startsWith('civilians')), JSON.stringify(e.actors));
  });
});

test('"On Tuesday, a constable was shot dead in Lakki Marwat ..., and last week two policemen were gunned down ... in Bannu\'s Domel area" is two attacks', () => {
  const a = run("On Tuesday, a constable was shot dead in Lakki Marwat's Serai Naurang bazaar, and last week two policemen were gunned down at a checkpost in Bannu's Domel area.", PUBLISHED);
  assert.deepEqual(
    a.events.map((e) => [e.trigger.text, e.date?.start, e.place, e.counts.map((c) => [c.kind, c.value])]),
    [
      ['shot dead', '2026-11-24', 'place:PK:lakki-marwat', [['killed', 1]]],
      ['gunned down', '2026-11-16', a.events[1]?.place, [['killed', 2]]],
    ],
  );
  assert.match(a.events[1].place ?? '', /domel/);
});
