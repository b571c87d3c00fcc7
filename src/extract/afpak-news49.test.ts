import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, run } from './events-for-tests.ts';

// Session 21 (news49): leftovers of news48's probe articles, each test on sentences of our own
// (AfPak news style) that failed before its fix (the negative ones hold both ways).

describe('a claim that names its act covers that act only', () => {
  test('"claimed responsibility for the attack on the police van in Lakki Marwat": not the Karachi shooting, not the Kurram bomb', () => {
    const a = run('KARACHI, Pakistan - Two men on a motorbike shot dead a vaccination worker in Karachi on Sunday, police said. No group claimed the shooting.\n\nHours later, gunmen ambushed a police van in Lakki Marwat, killing two constables, officials said. The Pakistani Taliban claimed responsibility for the attack on the police van in Lakki Marwat.\n\nIn a third incident, a roadside bomb wounded four labourers in Kurram.');
    const byTrigger = new Map(a.events.map((e) => [e.trigger.text, agents(e)]));
    assert.deepEqual(byTrigger.get('ambushed'), [['ttp', true]]);
    assert.ok(!byTrigger.get('shot dead')!.some(([id]) => id === 'ttp'));
    assert.ok(!byTrigger.get('roadside bomb')!.some(([id]) => id === 'ttp'));
    assert.ok(a.events.find((e) => e.trigger.text === 'ambushed')!.provenance.rules.includes('responsibility:names-the-act'));
  });

  test('"claimed that killing" after the Dera Ismail Khan killing: the Peshawar shooting of another paragraph is not covered', () => {
    const a = run('PESHAWAR, Pakistan - Gunmen shot dead a polio worker in Peshawar on Monday, police said. No group immediately claimed responsibility.\n\nLater on Monday, unknown assailants killed a traffic warden in Dera Ismail Khan, police said. The Pakistani Taliban claimed that killing in a statement.');
    const peshawar = a.events.find((e) => e.trigger.text === 'shot dead')!;
    assert.ok(!agents(peshawar).some(([id]) => id === 'ttp'));
    assert.deepEqual(agents(a.events.find((e) => e.trigger.text === 'killed')!), [['ttp', true]]);
  });

  test('a place named only as where the statement was sent names no act: both attacks keep the claimant', () => {
    const a = run('Gunmen shot dead a polio worker in Peshawar on Monday. A bomb wounded two policemen in Bannu on Monday. The Pakistani Taliban claimed responsibility for the attack in a statement sent to reporters in Bannu.');
    const violent = a.events.filter((e) => e.type !== 'claim-of-responsibility');
    assert.equal(violent.length, 2);
    for (const e of violent) assert.ok(agents(e).some(([id]) => id === 'ttp'), e.trigger.text);
  });
});

describe('"in the strike" points back to the act told in an earlier paragraph', () => {
  test('"Two other men were wounded in the strike" in a paragraph of its own: the strike\'s wounded', () => {
    const a = run('MIRANSHAH, Pakistan - A drone strike killed three militants in North Waziristan on Thursday, officials said.\n\nThe officials said the dead included a senior commander of a local militant faction. Two other men were wounded in the strike.');
    assert.equal(a.events.length, 1);
    assert.deepEqual(a.events[0].counts.map((c) => [c.kind, c.value]), [['killed', 3], ['wounded', 2]]);
    assert.ok(a.events[0].provenance.rules.includes('toll-points-back:in-the-strike'));
  });

  test('"injured in the blast" after a bombing: its wounded; a noun of another kind of act points to nothing', () => {
    const a = run('A bomb exploded near a fruit market in Quetta on Saturday, killing five people, police said.\n\nThe dead included two children. Nine others were injured in the blast, a hospital official said.');
    assert.deepEqual(a.events[0].counts.map((c) => [c.kind, c.value]), [['killed', 5], ['wounded', 9]]);
    const b = run('A bomb exploded near a fruit market in Quetta on Saturday, killing five people, police said.\n\nThe dead included two children. Nine others were injured in the ambush, a hospital official said.');
    assert.ok(!b.events.some((e) => e.counts.some((c) => c.kind === 'wounded' && c.value === 9) && e.trigger.text === 'bomb'));
  });
});

describe('a convict put to death by the state is no toll and no attack', () => {
  test('"The man, convicted of the 2022 bombing, was executed last Friday": the bombing has no dead, no attack is made', () => {
    const a = run('ISLAMABAD, Pakistan - A man convicted of the 2022 bombing of a mosque in Peshawar was hanged in a jail in Sahiwal, officials said. The man, convicted of the 2022 bombing, was executed last Friday.');
    assert.ok(a.events.every((e) => e.counts.length === 0), JSON.stringify(a.events.map((e) => [e.trigger.text, e.counts])));
    assert.ok(a.events.every((e) => e.type === 'bombing'));
    assert.ok(a.events.every((e) => !e.provenance.rules.some((r) => r.includes('executed'))));
  });

  test('"was executed in the central jail": the state\'s; militants who executed two men made an attack', () => {
    const a = run('A death-row prisoner was executed in the central jail in Quetta on Friday, officials said.');
    assert.ok(!a.events.some((e) => e.type === 'attack' || e.counts.some((c) => c.kind === 'killed')));
    const b = run('Militants executed two men accused of spying in North Waziristan on Friday, officials said.');
    const attack = b.events.find((e) => e.type === 'attack')!;
    assert.deepEqual(attack.counts.map((c) => [c.kind, c.value]), [['killed', 2]]);
  });
});

describe('armed men blocking a road are not protesters', () => {
  test('"About 20 gunmen also blocked the main highway ..." beside a demand for ransom makes no protest', () => {
    const a = run('Armed men stormed a bank in Mastung on Thursday, officials said.\n\nAbout 20 gunmen also blocked the main highway near the town for several hours and stopped a convoy of trucks. They abducted three drivers and demanded a ransom for their release.');
    assert.ok(!a.events.some((e) => e.type === 'protest'), JSON.stringify(a.events.map((e) => [e.type, e.trigger.text])));
    assert.ok(a.events.some((e) => e.type === 'kidnapping'));
  });

  test('traders who block a road to protest still protest', () => {
    const a = run('Traders blocked the highway near Kalat on Wednesday to protest against power cuts, officials said.');
    assert.deepEqual(a.events.map((e) => e.type), ['protest']);
  });
});

describe('a rival toll after ";" with its own teller is that teller\'s claim', () => {
  test('"Police said 12 soldiers were killed; the Taliban put the toll at eight": two claims, the second the Taliban\'s, holding the toldBy figure', () => {
    const text = 'Militants attacked an army post in North Waziristan on Saturday. Police said 12 soldiers were killed; the Taliban put the toll at eight.';
    const a = run(text);
    const inSentence = a.claims.filter((c) => c.start >= text.indexOf('Police'));
    assert.deepEqual(inSentence.map((c) => [text.slice(c.start, c.end), c.attribution.source]), [
      ['Police said 12 soldiers were killed', 'Police'],
      ['the Taliban put the toll at eight.', 'Taliban'],
    ]);
    const rival = a.events[0].counts.find((c) => c.toldBy)!;
    assert.equal(rival.value, 8);
    assert.ok(rival.toldBy!.start >= inSentence[1].start && rival.toldBy!.end <= inSentence[1].end);
  });

  test('"..., but the Taliban denied any role": the article opens the denier\'s claim, the first claim ends at the comma', () => {
    const text = 'Officials blamed the attack on the Taliban, but the Taliban denied any role.';
    const a = run(text);
    assert.deepEqual(a.claims.map((c) => text.slice(c.start, c.end)), ['Officials blamed the attack on the Taliban', 'the Taliban denied any role.']);
  });
});

describe('a retelling in a part of the city that names its district is the same act', () => {
  test('"shot dead ... in Peshawar" then "in the Badaber area when the attackers opened fire": one attack, at Badaber, killed 2', () => {
    const a = run('PESHAWAR, Pakistan - Gunmen shot dead a vaccination worker and her police escort in Peshawar on Tuesday, police said.\n\nThe two were visiting homes in the Badaber area when the attackers opened fire and fled, a police officer said. The woman died on the spot, while the policeman died on the way to hospital.');
    const attacks = a.events.filter((e) => e.type === 'attack');
    assert.equal(attacks.length, 1);
    assert.equal(attacks[0].place, 'place:PK:badaber');
    assert.ok(attacks[0].provenance.rules.includes('retold-in:opened fire'));
    assert.deepEqual(attacks[0].counts.map((c) => [c.kind, c.value]), [['killed', 2]]);
  });

  test('a town of another district, or a city not named like its district, is another act', () => {
    const a = run('Gunmen shot dead a policeman in Peshawar on Tuesday, police said.\n\nIn Mardan, the attackers opened fire on a checkpost, officials said.');
    assert.equal(a.events.filter((e) => e.type === 'attack').length, 2);
    const b = run('Gunmen shot dead a policeman in Miranshah on Tuesday, police said.\n\nThe attackers opened fire in Datta Khel, officials said.');
    assert.equal(b.events.filter((e) => e.type === 'attack').length, 2);
  });
});

describe('the victim a claim names is the one already counted', () => {
  test('"killed a traffic warden ... The Pakistani Taliban claimed the killing of the traffic warden": killed 1, not 2', () => {
    const a = run('Later on Monday, unknown assailants killed a traffic warden in Dera Ismail Khan, police said. The Pakistani Taliban claimed the killing of the traffic warden in Dera Ismail Khan in a statement.');
    const e = a.events.find((x) => x.type === 'attack')!;
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['killed', 1]]);
  });
});
