import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, EventOut } from '../index.ts';
import { only, run } from './events-for-tests.ts';

// Two event-place rules of geoparsing round 3: the named part of a city after a dash ("Cape Town
// - Khayelitsha"), and the inner member of a chain the scene preposition closes ("residents of
// X township in Y district"). Sentences of our own writing; the places are real.

function place(a: Analysis, e: EventOut) {
  return a.places.find((p) => p.id === e.place) ?? null;
}

describe('the part of a city after a dash', () => {
  test('"in <city> - <part> (...)": the part, when we know it near the city', () => {
    const a = run('On 2 May 2022, a crowd beat two suspected robbers in Johannesburg - Ivory Park (City of Johannesburg, Gauteng).');
    const e = only(a, 'riot');
    assert.equal(place(a, e)?.name, 'Ivory Park');
    assert.ok(e.provenance.rules.some((r) => r.startsWith('place:city-district:')));
  });

  test('a part we do not know leaves the city', () => {
    const a = run('On 2 May 2022, residents protested in Johannesburg - Zzyzxville against power cuts.');
    assert.equal(place(a, only(a, 'protest'))?.name, 'Johannesburg');
  });
});

describe('the inner member of a chain', () => {
  test('"residents of X town in Y district of Z region protested": X, inside Y', () => {
    const a = run('On 5 May 2022, residents of Kulsary town in Zhylyoy district of Atyrau region protested over gas prices.');
    const e = only(a, 'protest');
    assert.equal(place(a, e)?.country, 'KZ');
    assert.match(place(a, e)?.name ?? '', /ulsary/);
    assert.ok(e.provenance.rules.some((r) => r.startsWith('place:chain-inner:')));
  });

  test('not the last item of a list, nor a road named by its two ends', () => {
    const list = run('On 5 May 2022, a bomb exploded between the Kandhario and Surkhab areas in Mohammad Agha district, Logar.');
    assert.ok(!only(list, 'bombing').provenance.rules.some((r) => r.startsWith('place:chain-inner:')));
    const road = run('On 5 May 2022, a roadside bomb exploded on the Maimana-Andkhoy highway in Shirin Tagab district, Faryab.');
    assert.ok(!only(road, 'bombing').provenance.rules.some((r) => r.startsWith('place:chain-inner:')));
  });
});
