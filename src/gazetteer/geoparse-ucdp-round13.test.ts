import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { haversineKm } from '../eval/metrics.ts';
import { eventPlace } from '../eval/resolve.ts';

// Session 13 (issue 3): namesakes of village-word names against a district the text states
// (scripts/ucdp-unknown-village.ts --set namesakes). A curated alias that holds its feature word
// ("Bazid Khel village", "Takhtaband area", "Chitral District") left the phrase unlinked, so the
// namesake hundreds of kilometres away won over the stated district.

function acledPlace(text: string) {
  return eventPlace(analyze(text, { name: 'round13', published: '2012-06-01' }), 'acled');
}

const KECH = { lat: 26.0, lon: 63.05 };
const CHITRAL = { lat: 35.85, lon: 71.79 };
const DERA_BUGTI = { lat: 29.03, lon: 69.16 };

function kmFrom(p: ReturnType<typeof acledPlace>, at: { lat: number; lon: number }): number {
  assert.ok(p && p.lat !== null && p.lon !== null, 'placed');
  return haversineKm(p.lat!, p.lon!, at.lat, at.lon);
}

test('"X village of Y district", "X area in Y district": an alias holding "village" or "area" still states the container', () => {
  for (const text of [
    'Clashes were reported in Bazid Khel village of Kech district, Pakistan, on Monday.',
    'Clashes were reported in Bazid Khel village in Kech district, Pakistan, on Monday.',
    'Two policemen were killed in Takhtaband area of Kech district, Pakistan.',
    'Two policemen were killed in Chinarak area in Kech district, Pakistan.',
  ]) {
    const p = acledPlace(text);
    assert.ok(kmFrom(p, KECH) < 100, `${text}: ${p?.name} ${p?.admin1}`);
    assert.equal(p?.admin1, 'Balochistan', text);
  }
  // The village of the alias itself, in its own district, is still read.
  assert.equal(acledPlace('Clashes were reported in Bazid Khel village of Khyber district, Pakistan.')?.id, 'place:PK:bazid-khel');
  assert.equal(acledPlace('Two policemen were killed in Takhtaband area of Swat district, Pakistan.')?.id, 'place:PK:takhtaband');
});

test('"X, Y district": a district whose alias holds "district" states the container after a comma', () => {
  for (const [text, at] of [
    ['Militants attacked a checkpost in Isa Khel, Chitral district, Pakistan.', CHITRAL],
    ['Militants attacked a checkpost in Nawan Killi, Chitral district, Pakistan.', CHITRAL],
    ['Militants attacked a checkpost in Datakhel, Dera Bugti district, Pakistan.', DERA_BUGTI],
    ['Militants attacked a checkpost in Shah Dheri, Dera Bugti district, Pakistan.', DERA_BUGTI],
  ] as const) {
    const p = acledPlace(text);
    assert.ok(kmFrom(p, at) < 161, `${text}: ${p?.name} ${p?.admin1}`);
  }
  // Near the district, the name keeps its reading: Isakhel is Mianwali's.
  assert.equal(acledPlace('Militants attacked a checkpost in Isa Khel, Mianwali district, Pakistan.')?.name, 'Isakhel');
});
