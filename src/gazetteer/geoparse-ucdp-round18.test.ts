import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { primaryPlace } from '../eval/primary.ts';
import { eventPlace } from '../eval/resolve.ts';

// Session 18 (issue 3): a province's name inside another province in a chain that ends in its
// country ("Wardak, Laghman, Afghanistan") is a village of that name there. Texts in the GTD and
// ACLED styles, our own writing; the places are real.

const placesOf = (text: string) => analyze(text, { name: 'round18', published: '2017-08-21' });

test('a province named inside another province is a village there, not the province', () => {
  for (const [text, name, admin1] of [
    ['08/21/2017: A roadside bomb detonated near a shrine in Wardak, Laghman, Afghanistan. Two civilians were killed.', 'Wardak', 'Laghman'],
    ['08/21/2017: Assailants shot and killed a civilian in Laghman, Sari Pul, Afghanistan.', 'Laghman', 'Sar-e Pol'],
    // Khost is also a town, in Khost province: no reading of Farah holds it.
    ['08/21/2017: An explosive device detonated in Khost, Farah, Afghanistan. Two children were injured.', 'Khost', 'Farah'],
  ] as const) {
    const p = primaryPlace(placesOf(text));
    assert.equal(p?.name, name, text);
    assert.notEqual(p?.kind, 'admin1', text);
    assert.equal(p?.admin1, admin1, text);
    assert.ok(p?.unresolved, `${text}: ${p?.id}`);
  }
});

test('provinces side by side in a list, or a district inside its province, stay as they were', () => {
  const list = placesOf('On 21 August 2017, clashes were reported in Kunar, Nangarhar and Laghman, Afghanistan.');
  for (const name of ['Kunar', 'Nangarhar', 'Laghman']) {
    assert.ok(list.places.some((p) => p.name === name && p.kind === 'admin1'), name);
  }
  const district = eventPlace(placesOf('On 21 August 2017, in Surkh Rod, Nangarhar, Afghanistan, Taliban attacked a checkpoint.'), 'acled');
  assert.equal(district?.name, 'Surkh Rod');
  assert.equal(district?.kind, 'admin2');
  // A province followed only by its country is the province.
  assert.equal(primaryPlace(placesOf('08/21/2017: An explosive device detonated in Laghman, Afghanistan.'))?.kind, 'admin1');
});

test('a village named with an honorific, in a chain after "in" or "into", is a village, not a person', () => {
  for (const [text, name, admin1] of [
    ['08/21/2017: Assailants opened fire on a district chief in Sheikh Qala, Logar, Afghanistan. Two civilians were wounded.', 'Sheikh Qala', 'Logar'],
    ['08/21/2017: Assailants fired a mortar into Hafiz Godai, Nangarhar, Afghanistan. Two civilians were killed.', 'Hafiz Godai', 'Nangarhar'],
    ['08/21/2017: Assailants opened fire on police officers at a mosque in Sardar, Jawzjan, Afghanistan.', 'Sardar', 'Jowzjan'],
  ] as const) {
    const p = primaryPlace(placesOf(text));
    assert.equal(p?.name, name, text);
    assert.equal(p?.admin1, admin1, text);
  }
  // The honorific still opens a person's name elsewhere: no place "Sheikh Qala" without the chain.
  const person = placesOf('08/21/2017: Sheikh Qala Rahman was wounded when assailants attacked a checkpoint in Logar, Afghanistan.');
  assert.ok(!person.places.some((p) => p.name.startsWith('Sheikh')));
  const said = placesOf('08/21/2017: Mullah Akhtar, the Taliban leader, said the fighters had left Ghazni, Afghanistan.');
  assert.ok(!said.places.some((p) => p.name.startsWith('Mullah')));
});
