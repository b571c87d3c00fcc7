import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, EventOut } from '../index.ts';
import { only, run } from './events-for-tests.ts';

// Where a source spoke is not where its event was (source-place.ts), and a later sentence that
// states the event's place outright places it (place-statement.ts). Sentences of our own
// writing; the places are real. Found by the `robust` set of scripts/ucdp-unknown-village.ts.

function placeName(a: Analysis, e: EventOut): string | null {
  return a.places.find((p) => p.id === e.place)?.name ?? null;
}

describe('session 15: a source speaking somewhere else', () => {
  test('"Speaking to reporters in X, the minister said ... in Y": Y, even when Y is a village no gazetteer has', () => {
    // "Zarmel": an invented name (the leave-names-out script's stem), placed inside its district.
    const a = run('Speaking to reporters in Karachi, the minister said militants had attacked a checkpost in Zarmel area of Kech district.');
    const e = only(a, 'attack');
    assert.equal(a.places.find((p) => p.id === e.place)?.admin1, 'Balochistan');
  });

  test('"..., the military said in X. The checkpost is in Y.": the statement places the event', () => {
    const a = run('Militants attacked a checkpost, killing three soldiers, the military said in Rawalpindi. The checkpost is in Datta Khel area of North Waziristan.');
    const e = a.events.find((x) => x.type === 'attack')!;
    assert.equal(placeName(a, e), 'Datta Khel');
    assert.ok(e.provenance.rules.some((r) => r.startsWith('place:stated-after:')));
  });

  test('"..., officials in X said. The attack took place in Y.": Y', () => {
    const a = run('Three soldiers were killed on Monday when militants attacked a checkpost, officials in Quetta said. The attack took place in Turbat.');
    assert.ok(a.events.filter((x) => x.type === 'attack').every((e) => placeName(a, e) === 'Turbat'));
  });

  test('with no statement after it, the source\'s town stays the best guess', () => {
    const a = run('Militants attacked a checkpost, killing three soldiers, officials in Bannu said. The attack was the third this month.');
    assert.equal(placeName(a, a.events.find((x) => x.type === 'attack')!), 'Bannu');
  });

  test('a statement in the next paragraph places nothing here', () => {
    const a = run('Militants attacked a checkpost, officials in Bannu said.\n\nThe attack took place in Turbat.');
    assert.equal(placeName(a, a.events.find((x) => x.type === 'attack')!), 'Bannu');
  });

  test('"were reported in X" is the event\'s own place, no source\'s seat', () => {
    const a = run('Militants attacked a checkpost, and clashes were reported in Bannu. The checkpost is in Turbat.');
    assert.notEqual(placeName(a, a.events.find((x) => x.type === 'attack')!), null);
    assert.ok(!a.events.some((e) => e.provenance.rules.some((r) => r.startsWith('place:stated-after:'))));
  });
});
