import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';

// Certainty cues on sentences of our own writing: passive attribution ("it has been suggested",
// "is believed") and vague sources ("some critics", "others argue", "many people believe") hedge
// a claim; a plain count ("many people were killed") or an official source does not.

interface Case {
  text: string;
  /** [cue text, rule] of every hedge cue, in order. */
  hedges: Array<[string, string]>;
}

const cases: Case[] = [
  { text: 'Some critics claim that the treaty was forged.', hedges: [['Some critics', 'certainty-weasel-source:some+critics']] },
  { text: 'Some Western historians doubt the account of the siege.', hedges: [['Some Western historians', 'certainty-weasel-source:some+historians']] },
  { text: 'A number of analysts question the figures.', hedges: [['A number of analysts', 'certainty-weasel-source:a number of+analysts']] },
  { text: 'Others argue that the fort was abandoned earlier.', hedges: [['Others argue', 'certainty-weasel-source:others+argue']] },
  { text: 'Many people believe the dam is unsafe.', hedges: [['Many people believe', 'certainty-weasel-source:many+believe']] },
  { text: 'It has been suggested that the fort predates the town.', hedges: [['It has been suggested', 'certainty-lexicon:it has been suggested']] },
  { text: 'The attack is believed to have been planned in Kunar.', hedges: [['is believed', 'certainty-lexicon:is believed']] },
  { text: 'The shrine is generally regarded as the oldest in the valley.', hedges: [['generally regarded', 'certainty-lexicon:generally regarded']] },
  { text: 'The tower was reputedly built by a local chief.', hedges: [['reputedly', 'certainty-lexicon:reputedly']] },
  // An unknown perpetrator or cause is not a fact stated (session 13, news14).
  { text: 'It is not yet known who carried out the Spinwam attack.', hedges: [['is not yet known', 'certainty-lexicon:is not yet known']] },
  { text: 'He said it was too early to say who was behind the attack.', hedges: [['too early to say', 'certainty-lexicon:too early to say']] },
  { text: 'It was not immediately clear who fired the shells.', hedges: [['not immediately clear', 'certainty-lexicon:not immediately clear']] },
  { text: "It's unclear who planted it.", hedges: [["It's unclear", "certainty-lexicon:it's unclear"]] },
  { text: 'The motive for the attack was unclear.', hedges: [['was unclear', 'certainty-lexicon:was unclear']] },
  { text: 'Many people were killed in the blast near the market.', hedges: [] },
  { text: 'Several officials said the road was reopened on Monday.', hedges: [] },
  { text: 'Some 300 families returned to the village last week.', hedges: [] },
];

describe('hedge cues', () => {
  for (const c of cases) {
    test(c.text, () => {
      const a = analyze(c.text, { published: '2026-11-24' });
      const hedges = a.claims.flatMap((cl) => cl.cues).filter((q) => q.kind === 'hedge');
      assert.deepEqual(hedges.map((q) => q.text), c.hedges.map(([t]) => t));
      for (const q of hedges) assert.equal(a.text.slice(q.start, q.end), q.text);
      if (c.hedges.length > 0) {
        assert.ok(a.claims.some((cl) => cl.certainty === 'hedged' && !cl.certaintyModel), 'hedged by a cue, not by the model');
      }
    });
  }

  test('the rule of each cue is recorded on the doc', async () => {
    const { defaultPipeline } = await import('../pipeline/components.ts');
    const { defaultContext } = await import('../pipeline/default-context.ts');
    const { emptyDoc } = await import('../model/types.ts');
    for (const c of cases) {
      const doc = defaultPipeline.run(
        emptyDoc({ id: 't', title: null, published: null, source: null, url: null, byline: null, language: 'en' }, c.text),
        defaultContext(null),
      );
      const rules = doc.cues.filter((q) => q.kind === 'hedge').map((q) => [q.text, q.rule]);
      assert.deepEqual(rules, c.hedges);
    }
  });
});

// A cue phrase read by the word next to it (certainty.json notCues): the same words as a cause,
// a degree, a kind, a noun or speech state no uncertainty; as a prediction or a hedge they do.
const readings: Array<{ text: string; cues: Array<[string, string]> }> = [
  { text: 'The delegation is due to arrive in Kabul on Monday.', cues: [['is due to', 'prediction']] },
  { text: 'The delay was due to the attack on the convoy near Jalalabad.', cues: [] },
  { text: 'The Taliban plans to release 500 prisoners in Kandahar.', cues: [['plans to', 'prediction']] },
  { text: 'Plans to release 500 prisoners in Kandahar were shelved.', cues: [] },
  { text: 'The offensive risks a wider war in the border districts.', cues: [['risks', 'speculation']] },
  { text: 'Doctors described the health risks of the smoke from the depot.', cues: [] },
  { text: 'A possible attack on the base was foiled by the police.', cues: [['possible', 'speculation']] },
  { text: 'The wounded were moved to Peshawar as quickly as possible.', cues: [] },
  { text: 'The ceasefire made possible the return of 2,000 families to Swat.', cues: [] },
  { text: 'Aid convoys used the northern road where possible.', cues: [] },
  { text: 'The court set the earliest possible date for the hearing.', cues: [] },
  { text: 'Police searched all possible routes out of the valley.', cues: [] },
  { text: 'A second attack on the convoy is possible before Friday.', cues: [['possible', 'speculation']] },
  { text: 'The talks sort of stalled after the second round.', cues: [['sort of', 'hedge']] },
  { text: 'The elders formed a sort of council to run the district.', cues: [] },
  { text: 'The commander is said to have fled to Kabul.', cues: [['said to', 'hedge']] },
  { text: 'The commander said to them that the road was closed.', cues: [] },
];

describe('cue phrases read by their neighbouring word', () => {
  for (const c of readings) {
    test(c.text, () => {
      const a = analyze(c.text, { published: '2026-11-24' });
      const cues = a.claims.flatMap((cl) => cl.cues).filter((q) => q.kind !== 'attribution');
      assert.deepEqual(cues.map((q) => [q.text, q.kind]), c.cues);
    });
  }
});

test('"could" as past ability or a failed check is no speculation; as a possibility it still is', () => {
  const certainty = (text: string) => analyze(text, { published: '2026-11-26' }).claims[0].certainty;
  assert.equal(certainty('Guards stopped the attacker before he could enter the building.'), 'asserted');
  assert.equal(certainty('The claim could not be independently verified.'), 'asserted');
  assert.equal(certainty("The group's role could not be confirmed."), 'asserted');
  assert.equal(certainty('A second attack could not be ruled out.'), 'speculative');
  assert.equal(certainty('The death toll could rise.'), 'speculative');
});

test('a negated denial is no denial, nor is a dismissal from service; a denial stays one (session 13, news14)', () => {
  const certainties = (text: string) => analyze(text, { published: '2026-11-26' }).claims.map((c) => c.certainty);
  assert.deepEqual(
    certainties(
      'The TTP did not deny the attack. The Taliban neither confirmed nor denied the report. Kabul has never rejected the charge. ' +
        'The officer was dismissed from service. Police denied reports that the bomber had been arrested. The ministry dismissed the report as propaganda.',
    ),
    ['asserted', 'asserted', 'asserted', 'asserted', 'denied', 'denied'],
  );
});

test('a scheduled event "is expected on Friday" or "later this month" is a prediction; "was expected in court" is not (session 14)', () => {
  const certainty = (text: string) => analyze(text, { published: '2026-11-24' }).claims.map((c) => c.certainty);
  assert.deepEqual(certainty('A second round of talks is expected on Friday, an official of the district administration said.'), ['predicted']);
  assert.deepEqual(certainty('The verdict of the anti-terrorism court is expected later this month.'), ['predicted']);
  assert.deepEqual(certainty('The suspect was expected in court on Monday but did not appear.'), ['asserted']);
});

test('a reported "would" is found in any case and with a curly apostrophe; a text with none has no prediction (session 22, perf22a: the text is asked for "would" first)', () => {
  const prediction = (text: string) =>
    analyze(text, { published: '2026-11-24' }).claims.flatMap((c) => c.cues.filter((q) => q.kind === 'prediction').map((q) => q.text));
  assert.deepEqual(prediction('Officials said the Torkham crossing WOULD reopen on Monday.'), ['WOULD']);
  assert.deepEqual(prediction('Police said the suspects wouldn’t be released before the hearing.'), ['wouldn’t']);
  assert.deepEqual(prediction('The TTP warned that more attacks would follow.'), ['would']);
  assert.deepEqual(prediction('Police said the suspects were released before the hearing.'), []);
});
