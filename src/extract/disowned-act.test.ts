import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, type Analysis } from '../index.ts';

// An act a group disowns or condemns is an act that happened (session 19, news39): "The TTP denied
// any role in the suicide bombing at a mosque in Peshawar that killed at least 84 people" tells a
// bombing, whose counts and place are the noun's, and whose agent is not the denier.

const PUBLISHED = '2023-02-01';

function bombing(a: Analysis) {
  const e = a.events.find((x) => x.type === 'bombing');
  assert.ok(e, `a bombing event in ${JSON.stringify(a.events.map((x) => x.type))}`);
  return e;
}

const agents = (e: Analysis['events'][number]) => e.actors.filter((r) => r.role === 'agent').map((r) => r.actor);

describe('the act disowned or condemned is an event of its own', () => {
  for (const [name, text, denier] of [
    ['"denied any role in the suicide bombing …"', "The Tehreek-e-Taliban Pakistan on Monday denied any role in the suicide bombing at a mosque in Peshawar's Police Lines that killed at least 84 people, most of them policemen.", 'ttp'],
    ['"denied involvement in the bombing …"', 'The TTP denied involvement in the bombing that killed 84 people in Peshawar.', 'ttp'],
    ['"condemned the suicide bombing …"', 'The TTP condemned the suicide bombing at a mosque in Peshawar that killed at least 84 people.', 'ttp'],
    ['"distanced itself from the suicide bombing …"', 'The TTP distanced itself from the suicide bombing at a mosque in Peshawar that killed at least 84 people.', 'ttp'],
  ] as const) {
    test(name, () => {
      const e = bombing(analyze(text, { published: PUBLISHED }));
      assert.equal(e.place, 'place:PK:peshawar');
      assert.ok(e.counts.some((c) => c.kind === 'killed' && c.value === 84), JSON.stringify(e.counts));
      assert.ok(!agents(e).includes(denier), `the denier is no agent: ${agents(e)}`);
      assert.ok(e.provenance.rules.includes('trigger:disowned-act'), e.provenance.rules.join(' '));
    });
  }

  test('the day the denial was made is not the day of the act', () => {
    const e = bombing(analyze('The TTP on Monday denied any role in the suicide bombing in Peshawar that killed 84 people.', { published: PUBLISHED }));
    assert.equal(e.date, null);
  });

  test('a definite act told before is referred to, not told again', () => {
    const a = analyze('A suicide bomber killed 84 people at a mosque in Peshawar on Monday. The TTP denied any role in the suicide bombing at the mosque in Peshawar.', { published: PUBLISHED });
    assert.equal(a.events.filter((x) => x.type === 'bombing').length, 1);
  });

  test('"denied any role in the bombing." with no count, place or day of its own makes no event', () => {
    assert.deepEqual(analyze('The TTP denied any role in the bombing.', { published: PUBLISHED }).events, []);
  });
});

describe('a claimant set apart from its verb by an apposition', () => {
  test('"A TTP commander, Sarbakaf Mohmand, had earlier claimed the attack" is a claim of responsibility by the TTP', () => {
    const a = analyze('A TTP commander, Sarbakaf Mohmand, had earlier claimed the attack on Twitter.', { published: PUBLISHED });
    const e = a.events.find((x) => x.type === 'claim-of-responsibility');
    assert.ok(e);
    assert.deepEqual(agents(e), ['ttp']);
    assert.deepEqual(a.claims[0].events, [e.id]);
  });
});

describe('the probe article of the Peshawar mosque bombing', () => {
  const text = `TTP denies involvement in Peshawar mosque blast

The Tehreek-e-Taliban Pakistan on Monday denied any role in the suicide bombing at a mosque in Peshawar's Police Lines that killed at least 84 people, most of them policemen. A TTP commander, Sarbakaf Mohmand, had earlier claimed the attack on Twitter, but the group's spokesman Muhammad Khurasani said it did not target mosques.

Investigators believe the bomber entered the compound wearing a police uniform. "We have identified the facilitators and will arrest them soon," the provincial police chief Moazzam Jah Ansari told a news conference.
`;
  test('one bombing at Peshawar, at least 84 killed, its claim denied; the commander\'s claim links an event', () => {
    const a = analyze(text, { published: PUBLISHED });
    const bombings = a.events.filter((x) => x.type === 'bombing');
    assert.equal(bombings.length, 1);
    const [e] = bombings;
    assert.equal(e.place, 'place:PK:peshawar');
    assert.ok(e.counts.some((c) => c.kind === 'killed' && c.value >= 84 && c.qualifier === 'at-least'));
    assert.equal(a.claims.find((c) => c.id === e.claim)?.certainty, 'denied');
    const claimed = a.claims.find((c) => c.text.startsWith('A TTP commander'));
    assert.ok(claimed && claimed.events.length === 1, JSON.stringify(claimed));
    assert.equal(a.events.find((x) => x.id === claimed.events[0])?.type, 'claim-of-responsibility');
    const told = a.claims.find((c) => c.text.includes('told a news conference'));
    assert.equal(told?.attribution.source, 'the provincial police chief Moazzam Jah Ansari');
  });
});
