import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// ISPR press releases: "khwarij" (the state's word for TTP fighters) "sent to hell" or
// "neutralised", a soldier who "embraced shahadat". Our own sentences in ISPR house style.

const PUBLISHED = '2026-11-26';

describe('ISPR wording', () => {
  test('"eight khwarij were sent to hell" is eight killed', () => {
    const a = run(
      'During the conduct of the operation, own troops effectively engaged the khwarij location, and after an intense exchange of fire, eight khwarij were sent to hell.',
      PUBLISHED,
    );
    const e = only(a, 'attack');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value, c.text]), [['killed', 8, 'eight']]);
  });

  test('"khwarij" are people a count can name', () => {
    const e = only(run('Earlier, on 23 November 2026, three khwarij were killed in an operation in the Mohmand District, while a Lance Naik was injured.', PUBLISHED), 'attack');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['killed', 3], ['wounded', 1]]);
  });

  test('"neutralised four khwarij" is a killing; "neutralised the IED" a device made safe', () => {
    const a = run('Security forces carried out an operation in the general area of Tirah, Khyber District, and successfully neutralised four khwarij.', PUBLISHED);
    const e = only(a, 'attack');
    assert.equal(a.events.filter((x) => x.type === 'weapons-disrupted').length, 0);
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['killed', 4]]);
    assert.deepEqual(agents(e).map(([actor]) => actor), ['pakistan-army']);
    assert.ok(e.provenance.rules.includes('trigger:kills-people'));
    const device = run('Police said the bomb disposal squad neutralised the IED planted near the Bannu bus stand.', PUBLISHED);
    const defused = only(device, 'weapons-disrupted');
    assert.deepEqual(defused.counts, []);
    assert.deepEqual(device.events.flatMap((x) => x.counts), []);
  });

  test('an intelligence-based operation is an operation of the state forces', () => {
    const a = run(
      'On 25 November 2026, security forces conducted an intelligence based operation in the Datta Khel area of North Waziristan District, on reported presence of khwarij.',
      PUBLISHED,
    );
    const e = only(a, 'attack');
    assert.deepEqual(agents(e), [['pakistan-army', false]]);
    assert.equal(e.date?.start, '2026-11-25');
  });
});

test('"apprehended in injured condition" names no wounded person of its own', () => {
  const a = run('Security forces neutralised four khwarij in Tirah, while two khwarij were apprehended in injured condition.', PUBLISHED);
  assert.deepEqual(a.events.flatMap((e) => e.counts.map((c) => [c.kind, c.value, c.text])), [['killed', 4, 'four'], ['arrested', 2, 'two']]);
});

test('a sepoy who, "having fought gallantly, embraced shahadat" during "the intense exchange of fire" is one more dead of the operation', () => {
  const a = run(
    'During the conduct of the operation, own troops effectively engaged the khwarij location, and after an intense exchange of fire, eight khwarij were sent to hell. ' +
      'However, during the intense exchange of fire, Sepoy Muhammad Irfan (age: 24 years, resident of District Karak), having fought gallantly, embraced shahadat.',
    PUBLISHED,
  );
  assert.deepEqual(a.events.map((e) => e.trigger.text), ['exchange of fire'], 'no "fought" attack, no second exchange of fire');
  assert.deepEqual(a.events[0].counts.map((c) => [c.kind, c.value]), [['killed', 9]]);
});

test('the killed khwarij\'s record ("involved in ... target killing of innocent civilians") is no event', () => {
  const a = run(
    'Weapons, ammunition and explosives were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities against the security forces as well as target killing of innocent civilians.',
    PUBLISHED,
  );
  assert.deepEqual(a.events.filter((e) => e.type === 'attack'), []);
});
