import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { eventPlace } from './resolve.ts';
import { primaryEvent } from './primary.ts';
import { ucdpText } from './ucdp.ts';

// Our place for one gold record, read the way ACLED and UCDP write their locations. Texts of our
// own writing in their house styles; the places are real.

test('ACLED: the first locative place of the first sentence, not a square, destination or later town', () => {
  const a = analyze(
    'On 20 January 2022, dozens of protesters marched from Tahrir Square to the ministry in Basra. Police later dispersed them in Baghdad.',
    { name: 'test' },
  );
  assert.match(eventPlace(a, 'acled')?.name ?? '', /^Basra/);
  const b = analyze(
    'On 18 March 2022, in Alvaro Obregon, Oaxaca, residents burned a bus of the PEMEX company during a visit of the president.',
    { name: 'test' },
  );
  const p = eventPlace(b, 'acled');
  assert.equal(p?.country, 'MX');
  assert.match(p?.name ?? '', /Obreg/);
});

test("ACLED: our place is the one analyze gives the primary event", () => {
  const a = analyze('On 2 February 2022, in Peshawar (Peshawar, Khyber Pakhtunkhwa), traders protested against new taxes. [size=no report]', { name: 'test' });
  const e = primaryEvent(a, 'acled');
  assert.ok(e?.place);
  assert.equal(eventPlace(a, 'acled')?.id, e.place);
  assert.equal(eventPlace(a, 'acled')?.name, 'Peshawar');
});

test('ACLED: a country is the place only when nothing smaller is named', () => {
  const a = analyze('On 5 March 2022, around 150 people demonstrated in Ukraine and in Kharkiv against the war.', { name: 'test' });
  assert.equal(eventPlace(a, 'acled')?.kind, 'populated-place');
});

test("UCDP: where_description's most specific place, else the headlines' most specific", () => {
  const a = analyze(ucdpText('19 killed in blasts in Peshawar, Quetta;Suicide blast in Peshawar', 'Quetta town'), { name: 'test' });
  assert.equal(eventPlace(a, 'ucdp')?.name, 'Quetta');
  const b = analyze(ucdpText('Militants killed in North Waziristan air strikes', 'Some unnamed area'), { name: 'test' });
  assert.equal(eventPlace(b, 'ucdp')?.name, 'North Waziristan');
});
