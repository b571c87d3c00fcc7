import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';
import { extractFeatures, PLACE_WORD, placeSpans, words, wordsMaskingSpans } from './features.ts';
import { compileRules, firedRules, loadRules, overrideLabel, type RulesFile } from './rules.ts';

// Cue rules and the hierarchy that lets a rule replace the model's label, on a small rules
// file written here, then on data/models/rules.json with sentences written for this test.

const TOY: RulesFile = {
  rules: [
    { id: 'hijack', about: '', pattern: '\\bhijack\\w*' },
    { id: 'kidnap', about: '', pattern: '\\babduct\\w*' },
    { id: 'hostage', about: '', pattern: '\\bhostages?\\b' },
    { id: 'gun', about: '', pattern: '\\bshot\\b' },
  ],
  derived: [{ id: 'no-means', about: '', none: ['gun'] }],
  decisions: {
    attack: {
      hierarchy: ['Assassination', 'Hijacking', 'Kidnapping', 'Barricade', 'Armed Assault', 'Unknown'],
      overrides: [
        { rule: 'hijack', label: 'Hijacking' },
        { rule: 'hostage', label: 'Barricade', unless: ['kidnap'] },
      ],
    },
    sub: {
      types: { Battles: ['Regains', 'Armed clash'], Strategic: ['Agreement', 'Other'] },
      overrides: [{ rule: 'hostage', label: 'Agreement', with: ['gun'], when: ['Armed clash'] }],
    },
  },
};

describe('overrideLabel', () => {
  const rules = compileRules(TOY);
  const attack = rules.decisions.get('attack')!;

  test('a rule replaces a lower-ranked label only', () => {
    assert.deepEqual(overrideLabel(attack, ['hijack'], 'Armed Assault'), { label: 'Hijacking', rule: 'hijack' });
    assert.equal(overrideLabel(attack, ['hijack'], 'Assassination'), null);
    assert.equal(overrideLabel(attack, [], 'Unknown'), null);
  });

  test("an 'unless' rule blocks it, and the highest-ranked override wins", () => {
    assert.equal(overrideLabel(attack, ['hostage', 'kidnap'], 'Unknown'), null);
    assert.deepEqual(overrideLabel(attack, ['hostage', 'hijack'], 'Unknown'), { label: 'Hijacking', rule: 'hijack' });
  });

  test("'when' and 'with' restrict an override to given labels and co-occurring rules", () => {
    const sub = rules.decisions.get('sub')!;
    assert.equal(sub.parentOf.get('Agreement'), 'Strategic');
    assert.equal(overrideLabel(sub, ['hostage'], 'Armed clash'), null);
    assert.deepEqual(overrideLabel(sub, ['hostage', 'gun'], 'Armed clash'), { label: 'Agreement', rule: 'hostage' });
    assert.equal(overrideLabel(sub, ['hostage', 'gun'], 'Other'), null);
  });

  test('derived rules fire when none of theirs did', () => {
    assert.deepEqual(firedRules(rules, 'Gunmen hijacked a bus.'), ['hijack', 'no-means']);
    assert.deepEqual(firedRules(rules, 'A guard was shot.'), ['gun']);
  });

  test('a bad rules file fails with a message naming the rule', () => {
    assert.throws(() => compileRules({ ...TOY, rules: [{ id: 'x', about: '', pattern: '(' }] }), /rule "x" has a bad pattern/);
    assert.throws(
      () => compileRules({ ...TOY, decisions: { a: { hierarchy: ['A'], overrides: [{ rule: 'nope', label: 'A' }] } } }),
      /unknown rule "nope"/,
    );
  });
});

describe('data/models/rules.json', () => {
  const rules = loadRules();
  const cases: Array<[string, string[], string[]]> = [
    ['Gunmen hijacked a passenger bus near the city.', ['hijack'], ['kidnap']],
    ['The attackers stormed the hotel and held guests hostage for six hours.', ['hostage-held', 'stormed'], ['kidnap']],
    ['Militants abducted two engineers and later released the hostages.', ['kidnap', 'hostage-word'], []],
    ['Assailants poisoned the water tank of a girls school.', ['unarmed-poison', 'tgt-education'], ['firearm']],
    ['Assailants set fire to a lumber truck.', ['arson'], ['explosive']],
    ['A man stabbed a guard at the gate.', ['blade'], ['unarmed-body']],
    ['Assailants attacked a police checkpoint.', ['attack-vague', 'no-means'], ['firearm']],
    ['Around 300 farmers marched to the governor\'s office. [size=around 300]', ['size-tag', 'size-number', 'protest'], ['size-no-report']],
    ['On 3 March 2025, fighters took control of the town after a short clash.', ['territory-taken', 'clash'], ['protest', 'no-fighting']],
    ['A bomb detonated targeting the car of the district governor. The governor was not harmed.', ['target-role-object', 'target-unharmed', 'explosive'], ['victim-including-role']],
    ['Gunmen opened fire on a patrol. Three officers, including the local police chief, were killed.', ['victim-including-role', 'firearm'], ['target-unharmed']],
    ['The attacker was shot in the head and killed.', ['firearm'], ['target-role-object']],
    ['Assailants raided a ranger post and two motorcycles were stolen.', ['vehicle-stolen', 'stormed'], ['hijack', 'kidnap']],
    ['A man rammed a rented truck into pedestrians on a shopping street.', ['vehicle-ramming', 'unarmed-body'], ['firearm', 'explosive']],
    ['Militants beheaded a shepherd they had seized near the border.', ['captive-killed'], ['kidnap']],
    ['The group publicly flogged two farmers in the market.', ['captive-killed'], []],
    ['Two suicide bombers executed an attack on the base.', ['explosive'], ['captive-killed']],
  ];
  for (const [text, fire, silent] of cases) {
    test(text, () => {
      const fired = firedRules(rules, text);
      for (const id of fire) assert.ok(fired.includes(id), `${id} fires`);
      for (const id of silent) assert.ok(!fired.includes(id), `${id} stays silent`);
    });
  }

  // GTD's hierarchy with the overrides of rules.json: the model's label, the rules that fired, the label given.
  const attackCases: Array<[string, string, string[], string | null]> = [
    ['poison where the model says armed assault', 'Armed Assault', ['unarmed-poison', 'no-means'], 'Unarmed Assault'],
    ['poison with a gun stays armed', 'Armed Assault', ['unarmed-poison', 'firearm'], null],
    ['a vehicle driven into a crowd', 'Armed Assault', ['vehicle-ramming', 'unarmed-body'], 'Unarmed Assault'],
    ['stolen vehicles outrank an armed assault', 'Armed Assault', ['vehicle-stolen', 'firearm'], 'Hijacking'],
    ['stolen vehicles and abducted drivers stay a kidnapping', 'Hostage Taking (Kidnapping)', ['vehicle-stolen', 'kidnap'], null],
    ['hostages held on the spot are a barricade incident, not a kidnapping', 'Hostage Taking (Kidnapping)', ['hostage-held', 'hostage-word'], 'Hostage Taking (Barricade Incident)'],
    ['hostages that were abducted stay a kidnapping', 'Hostage Taking (Kidnapping)', ['hostage-held', 'kidnap'], null],
    ['no override reaches above assassination', 'Assassination', ['vehicle-stolen', 'hostage-held', 'unarmed-poison'], null],
    ['a captive put to death where the model says armed assault is a kidnapping', 'Armed Assault', ['captive-killed', 'one-sided-killing'], 'Hostage Taking (Kidnapping)'],
    ['a captive put to death leaves a bombing alone', 'Bombing/Explosion', ['captive-killed', 'explosive'], null],
    ['a captive put to death with hostages held on the spot is a barricade incident', 'Armed Assault', ['captive-killed', 'hostage-held'], 'Hostage Taking (Barricade Incident)'],
  ];
  for (const [name, model, fired, label] of attackCases) {
    test(`gtd-attack: ${name}`, () => {
      const o = overrideLabel(rules.decisions.get('gtd-attack')!, fired, model);
      assert.equal(o?.label ?? null, label);
    });
  }

  test("'mask-places' reads each place the analysis found as one word", () => {
    const text = 'Gunmen attacked a post in Zhari, Kandahar, on 3 May.';
    assert.deepEqual(wordsMaskingSpans(text, [[26, 31], [33, 41]]), ['gunmen', 'attacked', 'a', 'post', 'in', PLACE_WORD, PLACE_WORD, 'on', '#', 'may']);
    assert.deepEqual(wordsMaskingSpans(text, []), words(text));
    const a = analyze('Assailants attacked a police checkpoint in Kandahar, Afghanistan. Two officers were killed.');
    assert.ok(placeSpans(a).length >= 2, 'the analysis finds Kandahar and Afghanistan');
    const masked = extractFeatures({ text: a.text, analysis: a }, ['words', 'bigrams', 'mask-places'], rules).features;
    const plain = extractFeatures({ text: a.text, analysis: a }, ['words', 'bigrams'], rules).features;
    assert.ok(plain.includes('w:kandahar') && !masked.includes('w:kandahar'));
    for (const f of ['w:@place', 'b:in_@place', 'b:@place_@place', 'b:police_checkpoint']) assert.ok(masked.includes(f), f);
  });

  test('features carry family prefixes and fold digits', () => {
    assert.deepEqual(words('On 12 March, 200 people'), ['on', '#', 'march', '#', 'people']);
    const { features } = extractFeatures({ text: 'Looting: militants looted shops.', analysis: null }, ['words', 'bigrams', 'rules'], rules);
    for (const f of ['lead:looting', 'w:looted', 'b:looted_shops', 'rule:looting']) assert.ok(features.includes(f), f);
  });
});
