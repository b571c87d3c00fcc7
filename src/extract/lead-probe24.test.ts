import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 24: the lead's probe articles (a mosque bombing claimed by IS-KP, a border clash at
// Torkham, an attack on a polio team), each fix checked on sentences of our own.

/** Each event as its type, trigger and counts [kind, value]. */
const typed = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text, e.counts.map((c) => [c.kind, c.value])]);
/** Each claim as its attribution kind, source and certainty. */
const claims = (text: string) => run(text).claims.map((c) => [c.attribution.kind, c.attribution.source, c.certainty]);

describe('victims a count names by a job the casualty list lacked', () => {
  test('"shot dead two polio vaccinators and a policeman" is three killed', () => {
    assert.deepEqual(typed('Gunmen shot dead two polio vaccinators and a policeman escorting them in Mir Ali on Wednesday.'), [
      ['attack', 'shot dead', [['killed', 3]]],
    ]);
  });
  test('"A vaccinator was shot dead" is one killed, a civilian', () => {
    const a = run('A vaccinator was shot dead in Bannu on Monday.');
    assert.deepEqual(a.events.map((e) => e.counts.map((c) => [c.kind, c.value])), [[['killed', 1]]]);
    assert.ok(a.events[0].actors.some((r) => r.role === 'target' && r.actor.startsWith('civilians')), JSON.stringify(a.events[0].actors));
  });
});

describe('"shooting dead" and "shoots dead" count their object as "shot dead" does', () => {
  test('"after shooting dead two policemen guarding the gate": two killed', () => {
    const events = typed('The attacker entered the prayer hall after shooting dead two policemen guarding the gate.').filter((e) => e[0] === 'attack');
    assert.deepEqual(events, [['attack', 'shooting dead', [['killed', 2]]]]);
  });
  test('"Gunmen shoots dead a trader" (a headline\'s verb): one killed', () => {
    assert.deepEqual(typed('Gunman shoots dead trader in Quetta'), [['attack', 'shoots dead', [['killed', 1]]]]);
  });
  test('a bare "shooting" still counts nobody it does not kill', () => {
    assert.deepEqual(typed('Police were shooting at protesters in Quetta on Monday.').filter((e) => e[0] === 'attack').map((e) => e[2]), [[]]);
  });
});

describe('an office before a spokesperson is part of the source', () => {
  test('"A Pakistani foreign office spokesperson rejected the allegation, saying …": one source, not a claim of its own', () => {
    assert.deepEqual(claims("A Pakistani foreign office spokesperson rejected the allegation, saying the post was on Pakistan's side of the border."), [
      ['official', 'A Pakistani foreign office spokesperson', 'denied'],
      ['official', 'A Pakistani foreign office spokesperson', 'asserted'],
    ]);
  });
  test('"A district office spokesman said" names the whole source', () => {
    assert.deepEqual(claims('A district office spokesman said two suspects had been arrested.').map((c) => c[1]), ['A district office spokesman']);
  });
});

describe('a bare singular person noun is one person, also where it names its group', () => {
  test('"Gunmen kill policeman in Bannu": one killed (the police\'s mention is still a man)', () => {
    assert.deepEqual(typed('Gunmen kill policeman in Bannu').map((e) => e[2]), [[['killed', 1]]]);
  });
  test('a headline opening on the victim: "Policeman shot dead in Karachi", "Polio vaccinator shot dead in Pakistan"', () => {
    assert.deepEqual(typed('Policeman shot dead in Karachi on Monday.').map((e) => e[2]), [[['killed', 1]]]);
    assert.deepEqual(typed('Polio vaccinator shot dead in Pakistan on Monday.').map((e) => e[2]), [[['killed', 1]]]);
  });
  test('a group named alone is no one: "Gunmen kill Taliban in Kunar" counts nobody', () => {
    assert.deepEqual(typed('Gunmen kill Taliban in Kunar').map((e) => e[2]), [[]]);
  });
});

describe('"on the night of November 25-26" is those days, not the day of publication', () => {
  const dates = (text: string) => run(text, '2026-11-27').dates.map((d) => [d.text, d.value]);
  test('a range and a day after "night of"', () => {
    assert.deepEqual(dates('The operation was conducted on the night of November 25-26.'), [['November 25-26', { start: '2026-11-25', end: '2026-11-26' }]]);
    assert.deepEqual(dates('Troops raided the compound on the morning of 24 November.'), [['24 November', { start: '2026-11-24', end: '2026-11-24' }]]);
  });
  test('"the morning of the attack" is still no date', () => {
    assert.deepEqual(dates('Police reached the village on the morning of the attack.'), []);
  });
});

describe('a bare "Taliban" beside the Afghan Taliban and the TTP each named by their own names', () => {
  const readings = (text: string) =>
    run(text).actors.flatMap((a) => a.mentions.filter((m) => /^Taliban$/.test(m.text)).map(() => a.id));
  test('"The Taliban have dismissed the report" after "the Taliban government" and "the TTP" is the Afghan Taliban', () => {
    const text =
      'The Taliban government in Kabul rejected Islamabad\'s accusation that TTP militants operate from Afghan soil. ' +
      'A UN report said the TTP has thousands of fighters in Pakistan. The Taliban have dismissed the report.';
    assert.deepEqual(readings(text), ['afghan-taliban']);
  });
  test('with no Afghan name beside it, a bare "Taliban" in a Pakistani text is still the TTP', () => {
    const text = 'The TTP attacked a post in Bannu. Police in Pakistan said the Taliban later withdrew.';
    assert.deepEqual(readings(text), ['ttp']);
  });
});

describe('"in X\'s Y area": the possessed place inside the possessor is the event\'s', () => {
  const placeOf = (text: string) => {
    const a = run(text, '2026-11-27');
    return a.events.map((e) => a.places.find((p) => p.id === e.place)?.name ?? null);
  };
  test('"during an operation in North Waziristan\'s Datta Khel area, the military said": Datta Khel', () => {
    assert.deepEqual(placeOf("Security forces killed 11 terrorists during an intelligence-based operation (IBO) in North Waziristan's Datta Khel area, the military said."), ['Datta Khel']);
  });
  test('a possessed place that is not inside the possessor is not taken: "Peshawar\'s Kohat Road area" stays in Peshawar', () => {
    assert.deepEqual(placeOf("A bomb exploded in Peshawar's Kohat Road area on Friday."), ['Peshawar']);
  });
});

describe('an act inside a condition is supposed, not told', () => {
  test('"would strike militant hideouts inside Afghanistan if attacks continued": no attack', () => {
    assert.deepEqual(typed('Pakistan would not hesitate to strike militant hideouts inside Afghanistan if attacks continued, the minister said.'), []);
  });
  test('"threatened to burn the houses if the rebels killed soldiers": no killing', () => {
    assert.deepEqual(typed('The army threatened to burn the houses if the rebels killed more soldiers.').map((e) => e[0]), []);
  });
  test('"as if" opens no condition: "It looked as if militants attacked the post" still tells the attack', () => {
    assert.deepEqual(typed('Residents said it looked as if militants attacked the post in Bannu.').map((e) => e[0]), ['attack']);
  });
});

describe('"martyred" and "embraced martyrdom" tell a killing as "killed" does', () => {
  test('"Two soldiers were martyred in Bannu": an attack with two killed', () => {
    assert.deepEqual(typed('Two soldiers were martyred in Bannu on Monday.'), [['attack', 'martyred', [['killed', 2]]]]);
  });
  test('"Two soldiers, including a captain, embraced martyrdom during the exchange of fire": two killed', () => {
    assert.deepEqual(typed('Two soldiers, including a captain, embraced martyrdom during an exchange of fire in Bannu, the ISPR said.').map((e) => e[2]), [[['killed', 2]]]);
  });
  test('after an attack told first, "were martyred" is its toll, not a second attack', () => {
    assert.deepEqual(typed('Militants attacked a post in Bannu on Monday. Two soldiers were martyred during the exchange of fire.'), [['attack', 'attacked', [['killed', 2]]]]);
  });
});
