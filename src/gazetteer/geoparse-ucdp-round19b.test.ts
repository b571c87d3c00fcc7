import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { eventPlace } from '../eval/resolve.ts';
import { haversineKm } from '../eval/metrics.ts';

// Session 19, round 2 (geoucdp18, issue 3): a stated container over a name's namesakes. Texts in
// the GTD, ACLED and UCDP styles, our own writing; the provinces, valleys and namesakes are real.

const read = (text: string, scheme: 'acled' | 'ucdp' = 'acled') => eventPlace(analyze(text, { name: 'round19b', published: '2017-06-17' }), scheme);
const kmFrom = (p: ReturnType<typeof read>, lat: number, lon: number) => (p?.lat == null || p.lon == null ? Infinity : haversineKm(p.lat, p.lon, lat, lon));

test('a province after a comma holds the place when a reading of it (or of its other spelling) lies there', () => {
  // Faryab's Fayzabad is 100 km from Jawzjan's point, too near for the distance rule; Jawzjan's
  // district is filed as "Faizabad", another vowel spelling.
  for (const text of [
    '06/17/2017: Gunmen opened fire on a police post in Fayzabad, Jawzjan, Afghanistan. Two officers were wounded.',
    '06/17/2017: Taliban fighters overran a checkpoint in Fayzabad district, Jawzjan, Afghanistan. No group claimed responsibility.',
    '06/17/2017: Taliban fighters overran a checkpoint in Fayzabad district in Jawzjan province, Afghanistan.',
  ]) {
    const p = read(text);
    assert.equal(p?.admin1, 'Jowzjan', `${text}: ${p?.id}`);
  }
  // A reading inside the stated province keeps it.
  const badakhshan = read('06/17/2017: Gunmen opened fire on a police post in Fayzabad, Badakhshan, Afghanistan.');
  assert.equal(badakhshan?.admin1, 'Badakhshan');
});

test('a valley after a comma holds the place; a namesake hundreds of kilometres away is not it', () => {
  // Bagh of Azad Kashmir is 260 km from Tirah, Sanghar of Sindh 880 km.
  for (const line of ['Bagh, Tirah', 'Kamar Khel and Sanghar, Tirah Valley']) {
    const p = read(`Security forces kill militants in Pakistan\n${line}`, 'ucdp');
    assert.ok(kmFrom(p, 33.75, 70.95) < 60, `${line}: ${p?.id} ${p?.admin1}`);
  }
  // A list of towns is no town inside a valley.
  const list = read('On 17 June 2017, traders held protests in Hyderabad, Karachi and Lahore against new taxes.', 'acled');
  assert.equal(list?.admin1, 'Sindh');
});

test("a broadcaster's or a paper's name is no scene when the text names a place", () => {
  // "Khyber News" pulled Lahore into the tribal areas (a Lahor of Swabi) before.
  const lahore = read('Two policemen shot dead in Lahore, Khyber News reports\n', 'ucdp');
  assert.equal(lahore?.admin1, 'Punjab');
  const quetta = read('Gunmen kill two in Quetta, says Balochistan Times\n', 'ucdp');
  assert.equal(quetta?.admin1, 'Balochistan');
  // With no other place below the country, the region the outlet serves is the clue left.
  const alone = read("Programme summary of Pakistan's AVT Khyber News\n", 'ucdp');
  assert.equal(alone?.name, 'Khyber');
});
