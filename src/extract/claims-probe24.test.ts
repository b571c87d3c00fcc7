import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../index.ts';

// Session 24 (news69): claims and toll leftovers of session 23, each in sentences of our own
// writing (the lead's probe articles and news62/64/66's "Left, seen" lists, rewritten).

function run(text: string): Analysis {
  return analyze(text, { published: '2026-11-27' });
}

/** [text, kind, source, certainty] of every claim. */
function claimsOf(text: string): Array<[string, string, string | null, string]> {
  return run(text).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty]);
}

/** The claim whose text starts with `start`. */
function claimStarting(a: Analysis, start: string) {
  const c = a.claims.find((x) => x.text.startsWith(start));
  assert.ok(c, `no claim starts with "${start}": ${JSON.stringify(a.claims.map((x) => x.text))}`);
  return c;
}

describe('1. "the group" after a group named in its sentence or the one before', () => {
  test('"attributed the attack to the Taliban, which the group denied": the Taliban deny, as when named again', () => {
    const a = run('Gunmen killed two guards in Khost on Monday. Sources attributed the attack to the Taliban, which the group denied.');
    const denial = claimStarting(a, 'which the group denied');
    assert.deepEqual([denial.attribution.kind, denial.attribution.source, denial.certainty], ['official', 'Taliban', 'denied']);
    const named = run('Gunmen killed two guards in Khost on Monday. Sources attributed the attack to the Taliban, which the Taliban denied.');
    const again = claimStarting(named, 'which the Taliban denied');
    assert.deepEqual([again.attribution.kind, again.attribution.source], [denial.attribution.kind, denial.attribution.source]);
    // The sources' attribution keeps its own reading.
    assert.equal(claimStarting(a, 'Sources attributed').certainty, 'hedged');
  });

  test('a non-state group named in the same sentence is the denier, named', () => {
    assert.deepEqual(claimsOf('Sources attributed the blast to the TTP, which the group denied.')[1], ['which the group denied.', 'named', 'TTP', 'denied']);
  });

  test('a group named (not speaking) in the sentence before is "the group" that denies', () => {
    const a = run('A roadside bomb hit a police van in Bajaur on Monday. Officials blamed the Tehreek-e-Taliban Pakistan for the blast. The group denied any role in it.');
    const denial = claimStarting(a, 'The group denied');
    assert.equal(denial.attribution.source, 'Tehreek-e-Taliban Pakistan');
    assert.equal(denial.certainty, 'denied');
    assert.notEqual(denial.attribution.kind, 'anonymous');
  });

  test('"the militants" after a group\'s fighters in the same sentence are that group', () => {
    const a = run('Two soldiers were killed in an ambush near Mir Ali. Security officials said TTP fighters carried out the attack, but the militants said they had not been in the area.');
    const c = claimStarting(a, 'the militants said');
    assert.deepEqual([c.attribution.kind, c.attribution.source], ['named', 'TTP fighters']);
  });

  test('with two groups named, or none, "the group" stays an unnamed group', () => {
    const two = run('Officials blamed the TTP and the BLA for the blast in Quetta. The group denied any role in it.');
    assert.deepEqual([claimStarting(two, 'The group denied').attribution.kind, claimStarting(two, 'The group denied').attribution.source], ['anonymous', 'The group']);
    const none = run('A grenade was thrown at a market in Quetta on Monday. The group accused the army of killing civilians.');
    assert.equal(claimStarting(none, 'The group accused').attribution.kind, 'anonymous');
    // Bare "militants" are other men than the group's, unnamed.
    const bare = run('Security officials said TTP fighters carried out the attack in Mir Ali, but militants said they had not been in the area.');
    assert.equal(claimStarting(bare, 'militants said').attribution.kind, 'anonymous');
  });

  test('the nearer group in its own sentence wins over one that spoke before', () => {
    const a = run('The TTP said it had attacked the post in Tank. Officials blamed the BLA for the second blast, which the group denied.');
    assert.equal(claimStarting(a, 'which the group denied').attribution.source, 'BLA');
  });
});

/** The killed and wounded figures of the first event, in order. */
function countsOf(text: string): Array<[string, number]> {
  const e = run(text).events[0];
  assert.ok(e, `no event in: ${text}`);
  return e.counts.map((c) => [c.kind, c.value]);
}

describe('2. more of the wounded dying later add to the toll', () => {
  const bombing = 'A suicide bomber killed nine people at a market in Bannu on Sunday, police said.';

  test('"two more of the injured succumbed to their wounds" adds two, and wounds no one', () => {
    assert.deepEqual(countsOf(`${bombing} On Tuesday, two more of the injured succumbed to their wounds.`), [['killed', 11]]);
    assert.deepEqual(countsOf(`${bombing} Two more people succumbed to their injuries in hospital.`), [['killed', 11]]);
  });

  test('"N of the injured later died", "N more of the victims died" count their number', () => {
    assert.deepEqual(countsOf(`${bombing} Two of the injured later died.`), [['killed', 11]]);
    assert.deepEqual(countsOf(`${bombing} Three more of the victims died in hospital.`), [['killed', 12]]);
  });

  test('a man who succumbed to his injuries is one killed; the injuries of the dead are no one wounded', () => {
    assert.deepEqual(countsOf('Gunmen beat a shopkeeper in Swat on Monday. The man succumbed to his injuries on Wednesday.'), [['killed', 1]]);
    assert.deepEqual(countsOf('Gunmen attacked a checkpoint in Tank on Monday. Two soldiers died of gunshot wounds.'), [['killed', 2]]);
  });

  test('"N more were injured" counts its number; a fear that more may succumb counts nothing', () => {
    assert.deepEqual(countsOf('Gunmen opened fire on a wedding in Swat on Monday. Two people were killed and two more were injured.'), [['killed', 2], ['wounded', 2]]);
    assert.deepEqual(countsOf(`${bombing} Doctors said more of the wounded could succumb.`), [['killed', 9]]);
  });
});

describe('3. a source telling that an act did not happen', () => {
  const raid = 'Police raided a compound in Peshawar on Monday.';

  test('"said no one was detained" reads as "said no one was arrested": a fact told, asserted, and no arrest', () => {
    for (const verb of ['detained', 'arrested']) {
      const a = run(`${raid} Police said no one was ${verb} in the raid.`);
      assert.equal(claimStarting(a, 'Police said').certainty, 'asserted', verb);
      assert.ok(!a.events.some((e) => e.type === 'arrest'), `${verb}: ${JSON.stringify(a.events.map((e) => e.type))}`);
    }
    // The verb itself is an arrest when someone was.
    assert.ok(run('Police detained three suspects in the raid in Peshawar.').events.some((e) => e.type === 'arrest'));
  });

  test('"said no casualties were reported" denies the harm as "said no one was hurt" does', () => {
    for (const told of ['no one was hurt', 'no casualties were reported', 'there were no casualties', 'no deaths occurred in the raid']) {
      assert.equal(claimStarting(run(`${raid} Police said ${told}.`), 'Police said').certainty, 'denied', told);
    }
    // Other nouns are other facts.
    for (const told of ['no arrests were made', 'no cases were reported']) {
      assert.equal(claimStarting(run(`${raid} Police said ${told}.`), 'Police said').certainty, 'asserted', told);
    }
  });
});

describe('4. a condition on the report\'s truth with no comma after it', () => {
  const strike = 'A senior commander of the TTP is believed to have been killed in a drone strike in Khost on Monday.';

  test('"If confirmed the killing would …" is speculative, as with the comma', () => {
    for (const s of ['If confirmed the killing would be a major blow to the group.', 'If confirmed, the killing would be a major blow to the group.']) {
      assert.equal(claimStarting(run(`${strike} ${s}`), 'If confirmed').certainty, 'speculative', s);
    }
    assert.equal(claimStarting(run(`${strike} Analysts said that if true the report would mark a shift.`), 'Analysts').certainty, 'speculative');
  });

  test('an "if" of whether, or another condition, is no cue', () => {
    assert.notEqual(claimStarting(run(`${strike} Officials asked if confirmed cases would rise.`), 'Officials').certainty, 'speculative');
    assert.notEqual(claimStarting(run(`${strike} If he wins the vote he would lead the council.`), 'If he wins').certainty, 'speculative');
  });
});

/** [kind, value, teller] of the first event's counts. */
function tellersOf(text: string): Array<[string, number, string | null]> {
  return run(text).events[0].counts.map((c) => [c.kind, c.value, c.toldBy?.text ?? null]);
}

describe('5. a toll told again in its own sentence, or with another noun', () => {
  test('"…, and police said 12 people died" in the sentence of the nine is the police\'s figure of the same dead', () => {
    assert.deepEqual(tellersOf('A bomb killed nine people at a market in Bannu on Monday, and police said 12 people died.'), [
      ['killed', 9, null],
      ['killed', 12, 'police'],
    ]);
  });

  test('a later figure of civilians, no smaller than a toll of people, is the same dead told again', () => {
    assert.deepEqual(tellersOf('A bomb killed nine people at a market in Bannu on Monday. Police said 12 civilians died.'), [
      ['killed', 9, null],
      ['killed', 12, 'Police'],
    ]);
  });

  test('other people, another clause, the act\'s agents or "others" still add up', () => {
    assert.deepEqual(tellersOf('A bomb killed nine people at a market in Bannu on Monday, and police said two attackers died.'), [['killed', 11, null]]);
    assert.deepEqual(tellersOf('Militants killed two soldiers in Tank on Monday, the army said, and three civilians died.'), [['killed', 5, null]]);
    assert.deepEqual(tellersOf('Gunmen killed nine people at a market in Bannu on Monday. Police said 12 gunmen died.'), [['killed', 21, null]]);
    assert.deepEqual(tellersOf('Gunmen killed nine people at a market in Bannu on Monday, police said, and 12 others died.'), [['killed', 21, null]]);
    assert.deepEqual(tellersOf('Four police officers and five assailants were killed in Tank on Monday.'), [['killed', 9, null]]);
  });
});

describe('6. a group\'s denial told by its spokesman after it', () => {
  const bomb = 'A bomb killed six people at a bus stop in Quetta on Monday.';

  test('"The Taliban denied involvement, the group\'s spokesman said": the Taliban deny their own part', () => {
    const c = claimStarting(run(`${bomb} The Taliban denied involvement, the group's spokesman said.`), 'The Taliban');
    assert.deepEqual([c.attribution.kind, c.attribution.source, c.certainty], ['self', 'Taliban', 'denied']);
  });

  test('"The TTP had no role in the attack, the group\'s spokesman said" is the group\'s own denial, as "said it had no role" is', () => {
    const c = claimStarting(run(`${bomb} The TTP had no role in the attack, the group's spokesman said.`), 'The TTP');
    assert.deepEqual([c.attribution.kind, c.certainty], ['self', 'denied']);
  });

  test('another group\'s part, or a part not taken away, is no own denial', () => {
    assert.equal(claimStarting(run(`${bomb} The BLA had no role in the attack, the TTP's spokesman said.`), 'The BLA').certainty, 'asserted');
    assert.equal(claimStarting(run(`${bomb} The TTP had a role in the attack, the group's spokesman said.`), 'The TTP').certainty, 'asserted');
  });
});
