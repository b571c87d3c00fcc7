import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../recognize/tokenize.ts';
import { loadPlaceIndex } from './place-index.ts';
import { countryOfNameForm } from './name-form.ts';
import { loadPlaceGazetteer } from './places.ts';

// The country a village's spelling points to when no gazetteer has the village. Names of our own
// choosing that follow each country's patterns; none is a town of the gazetteer.

const { index } = loadPlaceIndex();

test('a spelling typical of one country names it; an ordinary word names none', () => {
  assert.equal(countryOfNameForm(index, 'Niederleuterhausen')?.country, 'DE');
  assert.equal(countryOfNameForm(index, 'Wielkoszczyzow')?.country, 'PL');
  assert.equal(countryOfNameForm(index, 'Table'), null);
});

test('a text with no place we know is placed in the country of its village\'s spelling, as inferred', () => {
  const g = loadPlaceGazetteer();
  const text = 'On 17 January 2022, about 40 people walked through Niederleuterhausen and gathered in Niederleuterhausen against the new rules.';
  const ms = g.match(text, tokenize(text));
  assert.equal(ms.length, 1);
  const [m] = ms;
  assert.equal(g.get(m.entity)?.id, 'country:DE');
  assert.equal(m.precision, 3);
  assert.ok(m.rule.startsWith('place-inferred-from-name-form:'), m.rule);
  assert.ok(m.evidence?.includes('inferred'));
});

test('no guess when the text names a place we know', () => {
  const g = loadPlaceGazetteer();
  const text = 'On 17 January 2022, people from Niederleuterhausen gathered in Munich against the new rules.';
  assert.ok(!g.match(text, tokenize(text)).some((m) => m.rule.startsWith('place-inferred-from-name-form:')));
});
