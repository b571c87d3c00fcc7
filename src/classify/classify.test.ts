import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../index.ts';
import { classifyAcled, classifyGtd, type Classification } from './index.ts';
import type { ModelFile } from './linear-model.ts';
import { modelFilePath } from './models.ts';
import { loadRules } from './rules.ts';

// The shipped models (data/models/*.json) on sentences written for this test in the style of
// GTD summaries and ACLED notes; none is taken from the gold data.

const PROVENANCE = /^(?:gtd-attack|gtd-target|acled-event|acled-subevent)@[0-9a-f]{10}$/;

function checkProvenance(c: Classification): void {
  assert.match(c.model, PROVENANCE);
  assert.match(c.rule, /^(?:model|rule:[a-z-]+)$/);
  assert.ok(c.score >= 0 && c.score <= 1);
  assert.ok(c.topFeatures.length > 0 && c.topFeatures.length <= 5, 'some features drove the label');
  for (let i = 1; i < c.topFeatures.length; i++) assert.ok(c.topFeatures[i - 1].weight >= c.topFeatures[i].weight);
}

const GTD_CASES: Array<[string, string, string, RegExp]> = [
  [
    'suicide bombing',
    '06/14/2025: A suicide bomber detonated an explosives-laden vest near a crowded market in Kunduz city, Kunduz, Afghanistan. At least 12 civilians were killed and 30 others were wounded in the blast. No group claimed responsibility for the incident.',
    'Bombing/Explosion',
    /^model$/,
  ],
  [
    'kidnapping',
    '02/03/2025: Assailants abducted four road construction workers from their camp in Sayedabad district, Wardak, Afghanistan. The hostages were released after their families paid a ransom. No group claimed responsibility for the incident.',
    'Hostage Taking (Kidnapping)',
    /^model$/,
  ],
  [
    'hijacked bus',
    '09/21/2025: Armed assailants hijacked a passenger bus on the highway near Maidan Shahr, Wardak, Afghanistan, and forced the driver to take it to a remote valley. No group claimed responsibility for the incident.',
    'Hijacking',
    /^(?:model|rule:hijack)$/,
  ],
];

describe('classifyGtd on the shipped models', () => {
  for (const [name, text, attack, rule] of GTD_CASES) {
    test(name, () => {
      const c = classifyGtd(analyze(text));
      assert.equal(c.attackType.label, attack);
      assert.match(c.attackType.rule, rule);
      checkProvenance(c.attackType);
      checkProvenance(c.targetType);
      const total = Object.values(c.scores.attackType).reduce((s, p) => s + p, 0);
      assert.ok(Math.abs(total - 1) < 1e-3);
    });
  }

  test('a hijacking that the model misses is still caught by the hierarchy rule', () => {
    const c = classifyGtd(analyze('07/02/2025: Gunmen hijacked a fuel tanker on the ring road in Ghazni, Afghanistan. No group claimed responsibility.'));
    assert.equal(c.attackType.label, 'Hijacking');
  });

  test('poison or a vehicle driven into people, with no gun or bomb, is an unarmed assault', () => {
    for (const text of [
      '04/11/2025: Assailants poisoned two police officers at their post in Andar, Ghazni, Afghanistan. Both officers were killed in the attack. No group claimed responsibility for the incident.',
      '08/19/2025: An assailant rammed a stolen pickup truck into pedestrians at a bus stop in Peshawar, Pakistan. Three people were killed and nine were injured.',
    ]) {
      const c = classifyGtd(analyze(text));
      assert.equal(c.attackType.label, 'Unarmed Assault', text);
      assert.match(c.attackType.rule, /^(?:model|rule:unarmed-poison|rule:vehicle-ramming)$/);
    }
  });

  test('a school attack is aimed at an educational institution', () => {
    const c = classifyGtd(analyze('03/10/2025: Assailants set fire to a girls\' school in Khost, Afghanistan. There were no reported casualties in the attack.'));
    assert.equal(c.attackType.label, 'Facility/Infrastructure Attack');
    assert.equal(c.targetType.label, 'Educational Institution');
  });
});

describe('classifyAcled on the shipped models', () => {
  test('a peaceful protest with a size tag', () => {
    const c = classifyAcled(
      analyze('On 12 March 2025, around 200 teachers staged a protest in front of the provincial assembly in Peshawar (Peshawar, Khyber Pakhtunkhwa), demanding the payment of their salaries. [size=around 200]'),
    );
    assert.equal(c.eventType, 'Protests');
    assert.equal(c.subEventType, 'Peaceful protest');
    checkProvenance(c.provenance.eventType);
    checkProvenance(c.provenance.subEventType);
  });

  test('an air strike', () => {
    const c = classifyAcled(analyze('On 4 May 2025, military aircraft carried out air strikes on militant positions near Miranshah (North Waziristan, Khyber Pakhtunkhwa). Casualties unknown.'));
    assert.equal(c.eventType, 'Explosions/Remote violence');
    assert.equal(c.subEventType, 'Air/drone strike');
  });

  test('the sub-event type always belongs to the event type', () => {
    const parentOf = loadRules().decisions.get('acled-subevent')!.parentOf;
    for (const text of [
      'On 2 April 2025, unidentified gunmen shot and killed a shopkeeper in Quetta (Quetta, Balochistan).',
      'On 9 June 2025, police arrested three suspected militants in a raid in Lahore (Lahore, Punjab).',
      'On 20 January 2025, a mob attacked and beat a man accused of theft in Karachi (Karachi South, Sindh). [size=no report]',
    ]) {
      const c = classifyAcled(analyze(text));
      assert.equal(parentOf.get(c.subEventType), c.eventType, text);
      assert.ok(Math.abs(Object.values(c.scores.subEventType).reduce((s, p) => s + p, 0) - 1) < 1e-3);
    }
  });
});

describe('the shipped model files', () => {
  for (const name of ['gtd-attack', 'gtd-target', 'acled-event', 'acled-subevent'] as const) {
    test(`${name} is compact and says how it was made`, () => {
      const text = readFileSync(modelFilePath(name), 'utf8');
      assert.ok(text.length < 2 * 1024 * 1024, `${text.length} bytes`);
      const file = JSON.parse(text) as ModelFile;
      assert.equal(file.name, name);
      assert.equal(file.kind, 'multinomial-logistic-regression');
      assert.equal(file.training.date, '2026-11-25');
      assert.match(file.training.file, /\/dev\.csv$/);
      assert.ok(file.training.rows > 1000);
      assert.ok(file.cv && typeof file.cv.accuracy === 'number' && typeof file.cv.macroF1 === 'number');
      assert.equal(file.bias.length, file.classes.length);
      for (const pairs of Object.values(file.weights)) {
        for (let i = 0; i < pairs.length; i += 2) assert.ok(Number.isInteger(pairs[i]) && pairs[i] < file.classes.length);
      }
    });
  }
});
