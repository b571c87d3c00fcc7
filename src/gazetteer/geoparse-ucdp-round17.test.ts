import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { eventPlace } from '../eval/resolve.ts';

// Session 17 (issue 3): press initials of a name whose last word is a closed-up "X-ud-Din"
// compound ("Mandi Bahauddin" → "M.B. Din"). Texts shaped like UCDP's location lines and ACLED's
// notes, our own writing.

const at = (text: string, scheme: 'ucdp' | 'acled' = text.includes('\n') ? 'ucdp' : 'acled') => eventPlace(analyze(text, { name: 'round17', published: '2012-06-01' }), scheme);

const near = (p: ReturnType<typeof at>, lat: number, lon: number) => p !== null && p.lat !== null && p.lon !== null && Math.abs(p.lat - lat) < 0.5 && Math.abs(p.lon - lon) < 0.5;

test('initials of a closed-up compound\'s head: "M.B. Din", "MB Din"', () => {
  const mandiBahauddin: [number, number] = [32.59, 73.49];
  for (const text of [
    'Militants killed in Pakistan\nZarmel area, M.B. Din',
    'Militants killed in Pakistan\nMB Din',
    'Militants attacked a checkpost in Zarmel village of M.B. Din district, Pakistan.',
  ]) {
    const p = at(text);
    assert.ok(near(p, ...mandiBahauddin), `${text}: ${p?.name} ${p?.lat},${p?.lon}`);
    assert.equal(p?.admin1, 'Punjab', text);
  }
  // Without a country in play the initials read nothing, as before.
  assert.equal(at('Police said M.B. Din was arrested.'), null);
});
