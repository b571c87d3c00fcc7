import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';
import { acledRuleCode } from '../eval/code-acled.ts';
import { typeRelation } from '../corroborate/policy.ts';

// Session 24 (news67): a court's sentence is a `sentencing`, fighters who give themselves up a
// `surrender`, on sentences of our own in AfPak news style (docs/taxonomy.md, "Sentencing and
// surrender").

const types = (text: string) => run(text).events.map((e) => e.type);
const targets = (text: string, type: string) => only(run(text), type).actors.filter((r) => r.role === 'target').map((r) => r.actor);
const count = (text: string, type: string, kind: string) => only(run(text), type).counts.find((c) => c.kind === kind)?.value;
const penalty = (text: string) => only(run(text), 'sentencing').provenance.rules.filter((r) => r.startsWith('penalty:'));

describe('a court\'s sentence is a sentencing', () => {
  test('"A military court sentenced nine TTP militants to death": the state, nine of the TTP, death', () => {
    const a = run('A military court in Peshawar sentenced nine TTP militants to death on Monday.');
    const e = only(a, 'sentencing');
    assert.equal(e.trigger.text, 'sentenced');
    assert.deepEqual(agents(e), [['pakistan-government', true]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['ttp']);
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['sentenced', 9]]);
    assert.equal(e.place, 'place:PK:peshawar');
    assert.ok(e.provenance.rules.includes('penalty:death'));
    assert.ok(e.provenance.rules.includes('agent:implied:government:event-place:PK'));
  });

  test('convicted and sentenced to life imprisonment: one sentencing of the two men, life', () => {
    const text = 'An anti-terrorism court in Quetta convicted two men of the bombing and sentenced them to life imprisonment.';
    assert.deepEqual(types(text).filter((t) => t === 'sentencing'), ['sentencing']);
    assert.equal(count(text, 'sentencing', 'sentenced'), 2);
    assert.deepEqual(penalty(text), ['penalty:life']);
  });

  test('"were handed death sentences by a military court": a passive sentencing, the militants its target', () => {
    const text = 'Five militants of the TTP were handed death sentences by a military court in Rawalpindi.';
    assert.ok(targets(text, 'sentencing').includes('ttp'));
    assert.equal(count(text, 'sentencing', 'sentenced'), 5);
    assert.deepEqual(penalty(text), ['penalty:death']);
  });

  test('"awarded 14 years in prison": years are the penalty, not the people counted', () => {
    const text = 'The court in Lahore awarded 14 years in prison to each of the three accused.';
    assert.equal(count(text, 'sentencing', 'sentenced'), 3);
    assert.deepEqual(penalty(text), ['penalty:years:14']);
    assert.deepEqual(penalty('Two policemen were sentenced to seven years in jail in Karachi.'), ['penalty:years:7']);
  });

  test('a headline\'s "ATC sentences three to death"; "sentenced to 14 years" with no prison word; a penalty as the passive\'s subject', () => {
    assert.equal(count('ATC sentences three to death in Quetta blast case', 'sentencing', 'sentenced'), 3);
    assert.deepEqual(penalty('The former minister was sentenced to 14 years in the corruption case.'), ['penalty:years:14']);
    assert.deepEqual(penalty('The death sentence was handed to him by a court in Lahore.'), ['penalty:death']);
    assert.ok(!types('The president reduced their sentences to ten years.').includes('sentencing'));
  });

  test('"sentenced to death in absentia" is a sentence passed, marked in absentia', () => {
    assert.deepEqual(penalty('A court in Islamabad sentenced the former commander to death in absentia.'), ['penalty:death:in-absentia']);
  });

  test('"upheld the death sentences" (an appeal that confirms the penalty) is a sentencing', () => {
    const e = only(run('The Peshawar High Court upheld the death sentences of four militants.'), 'sentencing');
    assert.equal(e.trigger.text, 'upheld the death sentences');
  });

  test('ACLED codes a sentencing as Strategic developments / Other; the story policy holds it with the judicial acts', () => {
    assert.deepEqual(acledRuleCode(run('A military court sentenced nine TTP militants to death.')), { eventType: 'Strategic developments', subEventType: 'Other' });
    assert.equal(typeRelation('sentencing', 'prisoner-release'), 'compatible');
    assert.equal(typeRelation('sentencing', 'bombing'), 'incompatible');
  });
});

describe('what tells no sentence', () => {
  test('a prospect: "a court that could sentence him", "could be sentenced to death"', () => {
    assert.ok(!types('He faced a court that could sentence him to death.').includes('sentencing'));
    assert.ok(!types('The two men could be sentenced to death if they are convicted.').includes('sentencing'));
  });

  test('"sentence reduced" stays a sentence-reduction', () => {
    assert.deepEqual(types('The president reduced the sentences of four prisoners on Monday.'), ['sentence-reduction']);
  });

  test('an execution after its sentence: the sentence is its background, no sentencing', () => {
    assert.ok(!types('The man was executed in Kabul after being sentenced to death in 2019.').includes('sentencing'));
  });

  test('a sentence that describes a person: a relative clause, a pluperfect, a participle after a comma', () => {
    assert.ok(!types('Police said two teachers who were sentenced to ten years in prison had escaped from the jail.').includes('sentencing'));
    assert.ok(!types('He had been sentenced to life imprisonment in 1998.').includes('sentencing'));
    assert.ok(!types('The president pardoned his aide, sentenced to prison for embezzlement.').includes('sentencing'));
  });

  test('"awarded" and "handed" make a sentence only with a penalty', () => {
    assert.ok(!types('The army awarded medals to the soldiers in Rawalpindi.').includes('sentencing'));
    assert.ok(!types('The court awarded compensation of Rs 1 million to the family.').includes('sentencing'));
  });

  test('"acquitted" frees the accused: a prisoner-release, as before, no sentencing', () => {
    assert.deepEqual(types('The court acquitted two suspects for lack of evidence.'), ['prisoner-release']);
  });
});

describe('fighters who give themselves up are a surrender', () => {
  test('"Thirty militants of the BLF surrendered to security forces in Kech": the BLF, to the forces, thirty', () => {
    const e = only(run('Thirty militants of the BLF surrendered to security forces in Kech on Sunday.'), 'surrender');
    assert.deepEqual(agents(e), [['blf', false]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['pakistan-army']);
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['surrendered', 30]]);
    assert.equal(e.place, 'admin2:PK:kech');
  });

  test('"laid down their arms", "handed themselves over", "surrendered their weapons"', () => {
    assert.equal(only(run('Twelve fighters laid down their arms in Quetta on Sunday.'), 'surrender').trigger.text, 'laid down their arms');
    assert.deepEqual(targets('Two commanders handed themselves over to police in Bannu.', 'surrender'), ['pakistan-police']);
    assert.equal(count('Six members of the TTP surrendered their weapons to the Frontier Corps in North Waziristan.', 'surrender', 'surrendered'), 6);
  });

  test('"At least 15 insurgents, including two commanders, surrendered": the count before the apposition', () => {
    assert.equal(count('At least 15 Baloch insurgents, including two commanders, surrendered in Dera Bugti on Thursday.', 'surrender', 'surrendered'), 15);
  });

  test('a headline\'s present tense: "30 militants surrender in Kech"', () => {
    assert.equal(count('30 militants surrender in Kech', 'surrender', 'surrendered'), 30);
  });

  test('ACLED codes a surrender as Strategic developments / Agreement, as its coders do', () => {
    assert.deepEqual(acledRuleCode(run('Thirty militants of the BLF surrendered to security forces in Kech.')), { eventType: 'Strategic developments', subEventType: 'Agreement' });
    assert.equal(typeRelation('surrender', 'agreement'), 'compatible');
  });
});

describe('what tells no surrender', () => {
  for (const text of [
    'The army demanded that they surrender.',
    'The militants refused to surrender and fought on.',
    'The governor called on militants to surrender.',
    'The commander said his men would never surrender.',
    'The protesters demanded that the government surrenders the gang leaders to the police.',
    'The family surrendered the suspect to police in Mardan.',
    'The surrender of Kabul in 2021 ended the war.',
    'Officials said 82 militants have surrendered in Balochistan so far this year.',
    'Gul Khan, who surrendered to police in Kech last year, was shot dead on Monday.',
    'The militants shot dead two brothers who surrendered to the army last year.',
  ]) {
    test(text, () => assert.ok(!types(text).includes('surrender'), JSON.stringify(types(text))));
  }
});
