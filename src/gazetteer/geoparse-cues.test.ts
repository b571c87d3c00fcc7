import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../recognize/tokenize.ts';
import { findCountryCues } from './country-cues.ts';
import { placeGazetteer as g, placeMentions as places, placeOf } from '../../test/place-mentions.ts';

// Geoparsing round 3 (issue 3, ACLED): country cues, topical countries, bracketed locations,
// possessive names, text that names one place only. Sentences of our own writing; the places
// and organisations are real.

test('country cues: national organisations, acronyms in their exact case, one country each', () => {
  const text = 'Members of the KCTU and the kctu youth wing joined the OSCE SMM briefing.';
  const cues = findCountryCues(text, tokenize(text));
  assert.deepEqual(cues.map((c) => [text.slice(c.start, c.end), c.country]), [['KCTU', 'KR'], ['OSCE SMM', 'UA']]);
});

test('a country cue settles a village name shared by several countries', () => {
  // Several villages are called Katerynivka; the monitoring mission puts the text in Ukraine.
  const cued = 'The OSCE SMM recorded 12 explosions near Katerynivka.';
  const m = placeOf(cued, 'Katerynivka');
  assert.equal(m.place.country, 'UA');
  assert.ok(m.evidence?.includes('country-in-play:UA'), JSON.stringify(m.evidence));
});

test('a text with a cue and no place we know is placed in the cue\'s country, as inferred', () => {
  const text = 'On 4 May 2022, KCTU members held a rally in front of a cement plant in Hwangji-ri.';
  const ms = places(text);
  const inferred = ms.find((m) => m.rule.startsWith('place-inferred-from-cue:'));
  assert.ok(inferred, JSON.stringify(ms));
  assert.equal(inferred.entity, 'country:KR');
  assert.equal(inferred.surface, 'KCTU');
  assert.equal(inferred.precision, 3);
  assert.ok(inferred.evidence?.includes('inferred'));
});

test('a country a text is about does not set its scene: the protest town keeps its country', () => {
  const text = 'On 2 March 2022, about 80 people demonstrated in Volkach against the war in Ukraine.';
  assert.equal(placeOf(text, 'Volkach').place.country, 'DE');
});

test('a name alone in brackets after a word is a location; a country naming its currency is not a place', () => {
  const text = 'On 9 May 2022, residents picketed in front of the City Hall (Yangsan) over a housing plan.';
  assert.equal(placeOf(text, 'Yangsan').place.country, 'KR');
  const money = 'On 9 May 2022, drivers blocked the road at Nabatiye junction as the pound fell against the US dollar.';
  assert.ok(!places(money).some((m) => m.surface === 'US'));
});

test('an admin unit whose readings are all in one country counts as unambiguous', () => {
  const tabasco = g.candidates('Tabasco');
  assert.ok(tabasco.length > 1 && tabasco.every((p) => p.country === 'MX'));
  const m = placeOf('On 4 April 2022, two men opened fire on a bus in Tabasco.', 'Tabasco');
  assert.equal(m.place.country, 'MX');
});

test('Korean counties answer without "-gun", Lebanese cazas without "Caza de"', () => {
  assert.ok(g.candidates('Haman').some((p) => p.kind === 'admin2' && p.country === 'KR'));
  assert.ok(g.candidates('Chouf').some((p) => p.kind === 'admin2' && p.country === 'LB'));
  assert.ok(g.candidates('Firenze').some((p) => p.kind === 'admin2' && p.country === 'IT'));
});

test('names with a possessive or "in" inside them match; a possessive still ends a name', () => {
  assert.equal(placeOf("On 7 May 2022, students marched in St. John's (Newfoundland and Labrador).", "St. John's").place.country, 'CA');
  assert.equal(placeOf("On 7 May 2022, students marched in Lee's Summit (Missouri).", "Lee's Summit").place.country, 'US');
  assert.equal(placeOf('On 7 May 2022, 300 people marched in Landau in der Pfalz.', 'Landau in der Pfalz').place.country, 'DE');
  // "Pakistan's Swat valley": the possessor is a country, Swat keeps its own reading.
  assert.equal(placeOf("Militants attacked a checkpoint in Pakistan's Swat valley.", 'Swat valley').place.country, 'PK');
});

test('acronyms, "Republic" and "Molotov cocktails" are no places; "Republic of X" is the region', () => {
  const unions = 'On 13 May 2022, teachers of SNALC, FIDL and the CFDT demonstrated in Auch.';
  assert.deepEqual(places(unions).map((m) => m.surface), ['Auch']);
  const text = 'On 2 June 2022, two men threw Molotov cocktails at a police post in Buynaksk, Republic of Dagestan.';
  const found = places(text);
  assert.ok(!found.some((m) => m.surface === 'Molotov' || m.surface === 'Republic'), JSON.stringify(found.map((m) => m.surface)));
  assert.equal(placeOf(text, 'Dagestan').place.country, 'RU');
});

test('"axis" names a front-line sector: the chain stays in its country', () => {
  const m = placeOf('On 2 May 2022, forces shelled positions in Barh axis (Maqbanah, Taizz).', 'Barh');
  assert.equal(m.place.country, 'YE');
});

test('a lone name after "in" in a text that names no other place needs less support', () => {
  const text = 'On 18 January 2022, about 60 people gathered in Gurmencon.';
  const m = placeOf(text, 'Gurmencon');
  assert.equal(m.place.country, 'FR');
  assert.ok(m.evidence?.includes('only-place-named'));
  // Languages and institutions after "in" are no place even then.
  assert.equal(places('He answered the questions in English.').length, 0);
  // Three letters only as a place's own name: "Pak" is not Paka's alternate name but the
  // headline abbreviation of Pakistan (an alias of ours, exact case).
  assert.deepEqual(
    places('Police official, 3 others killed in Pak bombing.').map((x) => [x.surface, x.place.country]),
    [['Pak', 'PK']],
  );
  // With another place named, the same name needs the usual support.
  assert.ok(!places('On 18 January 2022, about 60 people from Pau gathered in Gurmencon.').some((x) => x.surface === 'Gurmencon' && x.evidence?.includes('only-place-named')));
});

test('a town "in" a town hundreds of kilometres away is a namesake pair, not the place meant', () => {
  const text = 'On 4 April 2022, activists blocked a fuel depot near Heathrow airport in London.';
  assert.equal(placeOf(text, 'London').place.country, 'GB');
});
