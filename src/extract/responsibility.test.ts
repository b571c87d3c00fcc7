import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.ts';
import { isGenericActorId, loadActorGazetteer } from '../gazetteer/actors.ts';
import { findResponsibility, type ResponsibilityInput } from './responsibility.ts';

// Statements of responsibility in the phrasing of attack summaries, on the real pipeline.

const g = loadActorGazetteer();
const generic = (id: string) => isGenericActorId(g, id);

function input(text: string): ResponsibilityInput {
  const a = analyze(text, { published: '2017-05-01' });
  const actorMentions = a.actors
    .flatMap((x) => x.mentions.map((m) => ({ start: m.start, end: m.end, entity: x.id, alias: m.text, rule: '' })))
    .sort((p, q) => p.start - q.start);
  return { text: a.text, sentences: a.sentences, actorMentions };
}

const cases: Array<[string, string | null, string | null]> = [
  ['Assailants opened fire on police officers in Helmand, Afghanistan. The Taliban claimed responsibility for the incident.', 'afghan-taliban', 'claimed'],
  ['Assailants fired a rocket at a house in Baghlan, Afghanistan. No group claimed responsibility; however, sources attributed the attack to the Taliban.', 'afghan-taliban', 'attributed'],
  ['Assailants detonated explosives at a school in Badghis, Afghanistan. No group claimed responsibility for the incident.', null, 'unclaimed'],
  ['An explosive device detonated in Kunar, Afghanistan. No group claimed responsibility; however, sources suspected the involvement of the Khorasan Chapter of the Islamic State.', 'is-kp', 'suspected'],
  ['Assailants attacked a checkpoint in Bamenda, North-West, Cameroon. No group claimed responsibility for the incident; however, sources attributed the attack to separatists.', 'separatists', 'attributed'],
  ['A suicide bomber struck a mosque in Kabul. The Khorasan Chapter of the Islamic State claimed responsibility for the attack. Sources also attributed the attack to the Taliban.', 'is-kp', 'claimed'],
  ['A member of the Khorasan Chapter of the Islamic State confessed to carrying out the attacks.', 'is-kp', 'confessed'],
  ['Gunmen killed two men in Kandahar, Afghanistan.', null, null],
];

for (const [text, actor, kind] of cases) {
  test(text.slice(0, 90), () => {
    const r = findResponsibility(input(text), generic);
    assert.equal(r?.actor ?? null, actor);
    assert.equal(r?.kind ?? null, kind);
    if (r?.actorSpan) assert.ok(r.evidence.start <= r.actorSpan.start && r.actorSpan.end <= r.evidence.end);
  });
}

test('"militants" named as culprits are nobody: the statement is passed over', () => {
  const r = findResponsibility(input('A bomb exploded in Quetta. Police attributed the attack to militants.'), generic);
  assert.equal(r, null);
});

test('cue words in any case: each pattern is searched where its word occurs, whatever its case', () => {
  const text = 'Assailants opened fire on police officers in Helmand, Afghanistan. The Taliban CLAIMED RESPONSIBILITY for the incident.';
  const mentions = [{ start: text.indexOf('Taliban'), end: text.indexOf('Taliban') + 7, entity: 'afghan-taliban', alias: 'Taliban', rule: '' }];
  const sentences = [{ start: 0, end: text.indexOf(' The') }, { start: text.indexOf('The'), end: text.length }];
  const r = findResponsibility({ text, sentences, actorMentions: mentions });
  assert.equal(r?.actor, 'afghan-taliban');
  assert.equal(r?.kind, 'claimed');
  assert.equal(r?.rule, 'responsibility:claimed-responsibility');
  const blamed = 'A bomb exploded in Quetta. Officials Blamed the attack on the Taliban.';
  const at = blamed.indexOf('Taliban');
  const r2 = findResponsibility({
    text: blamed,
    sentences: [{ start: 0, end: 26 }, { start: 27, end: blamed.length }],
    actorMentions: [{ start: at, end: at + 7, entity: 'afghan-taliban', alias: 'Taliban', rule: '' }],
  });
  assert.equal(r2?.kind, 'attributed');
  assert.equal(r2?.rule, 'responsibility:blamed-on');
});

test('a claim covers the attack, not the forces\' reply or a period\'s violence; the next day\'s killing of the hostages is part of it', () => {
  const text =
    'At least seven Frontier Corps personnel were killed when militants attacked a convoy in the Buleda area of Kech district on Tuesday night, officials said. ' +
    'Security forces responded swiftly, killing three militants. ' +
    'The Balochistan Liberation Army claimed responsibility for the attack. ' +
    'Last month, militants torched a dozen trucks on the coastal highway near Ormara.';
  const a = analyze(text, { published: '2026-11-26' });
  const agentOf = (trigger: string) => {
    const e = a.events.find((x) => a.text.slice(x.start, x.end).includes(trigger));
    assert.ok(e, `an event for "${trigger}"`);
    return e.actors.find((r) => r.role === 'agent')?.actor;
  };
  assert.equal(agentOf('attacked a convoy'), 'bla');
  assert.equal(agentOf('responded swiftly'), 'pakistan-army', 'the sentence\'s own subject stands');
  assert.notEqual(agentOf('torched'), 'bla', 'last month\'s arson is another event');
  const hostages = analyze(
    '03/24/2016: Assailants abducted three civilians in Darzab, Jawzjan, Afghanistan. The hostages were executed on March 25, 2016. ' +
      'No group claimed responsibility for the incident; however, sources attributed the attack to the Taliban.',
  );
  assert.deepEqual(
    hostages.events.filter((e) => e.type !== 'claim-of-responsibility').map((e) => e.actors.find((r) => r.role === 'agent')?.actor),
    ['afghan-taliban', 'afghan-taliban'],
  );
});

test('a claim covers its attack, not a blast in a town of another province told beside it', () => {
  const text =
    'A suicide bomber blew himself up near a ministry in Kabul on Sunday, killing six people. IS-K claimed responsibility for the attack. The attack came a day after a blast in a mosque in Jalalabad killed two worshippers.';
  const a = analyze(text, { published: '2026-11-26' });
  const jalalabad = a.events.find((e) => e.place === 'place:AF:jalalabad');
  assert.ok(jalalabad, JSON.stringify(a.events.map((e) => [e.type, e.place])));
  assert.notEqual(jalalabad.actors.find((r) => r.role === 'agent')?.actor, 'is-kp');
  const kabul = a.events.find((e) => e.place === 'place:AF:kabul')!;
  assert.equal(kabul.actors.find((r) => r.role === 'agent')?.actor, 'is-kp');
});

test('in a weekly roundup, a claim after one attack does not cover the attacks of other days in other paragraphs', () => {
  const a = analyze(
    'PESHAWAR: At least 14 people were killed in five militant attacks across Khyber Pakhtunkhwa during the week ending on Wednesday.\n\n' +
      'The deadliest attack took place on Saturday in Lakki Marwat, where four policemen were killed when militants attacked a police van. The banned TTP claimed responsibility.\n\n' +
      'On Sunday, a roadside bomb struck a vehicle of the Frontier Corps in Bajaur, killing three soldiers.',
    { published: '2026-11-26' },
  );
  const agentAt = (place: string) => a.events.find((e) => e.place === place)?.actors.find((r) => r.role === 'agent')?.actor;
  assert.equal(agentAt('place:PK:lakki-marwat'), 'ttp', JSON.stringify(a.events.map((e) => [e.trigger.text, e.place])));
  assert.notEqual(agentAt('admin2:PK:bajaur'), undefined);
  assert.notEqual(agentAt('admin2:PK:bajaur'), 'ttp');
  assert.notEqual(a.events[0].actors.find((r) => r.role === 'agent')?.actor, 'ttp', 'the week\'s toll is no one attack');
});

test('session 17 (resp17): groups named together as the subject of a claim all claimed it, the first first', () => {
  const text = 'A suicide bomber blew himself up at a police checkpoint in Mardan on Tuesday, killing four policemen. The TTP and Jamaat-ul-Ahrar separately claimed responsibility for the attack.';
  const r = findResponsibility(input(text), generic);
  assert.equal(r?.actor, 'ttp');
  assert.deepEqual(r?.coActors.map((c) => c.actor), ['jamaat-ul-ahrar']);
  const a = analyze(text, { published: '2017-05-01' });
  const agents = (type: string) => a.events.filter((e) => e.type === type).map((e) => e.actors.filter((x) => x.role === 'agent').map((x) => [x.actor, x.inferred]));
  assert.deepEqual(agents('bombing'), [[['ttp', true], ['jamaat-ul-ahrar', true]]]);
  assert.deepEqual(agents('claim-of-responsibility'), [[['ttp', false], ['jamaat-ul-ahrar', false]]]);
  // By a passive, three groups with commas.
  const passive = findResponsibility(input('A bomb exploded at a market in Quetta. Responsibility was claimed by the TTP, Lashkar-e-Jhangvi and Jamaat-ul-Ahrar.'), generic);
  assert.deepEqual([passive?.actor, ...(passive?.coActors.map((c) => c.actor) ?? [])], ['ttp', 'lashkar-e-jhangvi', 'jamaat-ul-ahrar']);
});

test('session 17 (resp17): one group of two is the claimant: "X or Y", a group named in a clause of its own', () => {
  const or = findResponsibility(input('A bomb exploded at a market in Quetta. The TTP or Jamaat-ul-Ahrar claimed responsibility for the attack.'), generic);
  assert.deepEqual(or?.coActors, []);
  const rel = findResponsibility(input('A bomb exploded at a market in Quetta. The TTP, which split from Jamaat-ul-Ahrar, claimed responsibility for the attack.'), generic);
  assert.equal(rel?.actor, 'ttp');
  assert.deepEqual(rel?.coActors, []);
  const one = findResponsibility(input('A bomb exploded at a market in Quetta. The TTP claimed responsibility for the attack.'), generic);
  assert.deepEqual(one?.coActors, []);
});
