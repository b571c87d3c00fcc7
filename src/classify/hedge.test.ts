import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';
import { HEDGE_RULE, hedgeFeatures, loadHedgeJudge, MODAL_SENSE_RULE, type HedgeCue } from './hedge.ts';
import { loadModel } from './models.ts';
import { crossValidateHedge, fitHedgeModel, hedgeRow } from './hedge-training.ts';

// The hedge model's features, its verdicts with provenance on claims, and its training on a
// small set of our own sentences (the shipped model is trained on the CoNLL-2010 dev file).

describe('hedge features', () => {
  test('words, word families, quantifier context and length', () => {
    const f = hedgeFeatures('Some scholars wrote several books over many years.', []);
    for (const x of ['w:some', 'w:scholars', 'lex:quantifier', 'lex:quantifier@start', 'lex:quantifier:some', 'q:plural', 'q@start:plural', 'q:people', 'q:unit', 'len:1']) {
      assert.ok(f.includes(x), `${x} in ${f.join(' ')}`);
    }
    assert.equal(new Set(f).size, f.length);
  });

  test('a quantifier after a number is a count, not a vague amount ("three others were wounded")', () => {
    const counted = hedgeFeatures('Five soldiers were killed and three others wounded.', []);
    assert.ok(!counted.some((x) => x.startsWith('q:')), counted.join(' '));
    const vague = hedgeFeatures('Five soldiers were killed and others wounded.', []);
    assert.ok(vague.includes('q:plural') || vague.includes('q:other'), vague.join(' '));
  });

  test('"hundreds/thousands/dozens of" before a plural noun is a count of news, not a weasel quantifier', () => {
    for (const text of ['Residents said hundreds of families had fled the Tirah valley.', 'Thousands of people attended the funeral prayers in Peshawar.', 'Dozens of militants attacked the checkpoint.']) {
      const f = hedgeFeatures(text, []);
      assert.ok(!f.some((x) => x.startsWith('lex:quantifier')), f.join(' '));
    }
    // Without a plural noun after it the phrase stays a quantifier ("hundreds of the …").
    const vague = hedgeFeatures('Hundreds of the old manuscripts are thought lost.', []);
    assert.ok(vague.includes('lex:quantifier:hundreds_of'), vague.join(' '));
  });

  test('cues come in by kind and text; the modal cues are never words ("May" the month)', () => {
    const f = hedgeFeatures('May 2023 was the deadliest month.', [{ text: 'reportedly', kind: 'hedge' }]);
    assert.ok(f.includes('cue:hedge:reportedly') && f.includes('cuekind:hedge'));
    assert.ok(!f.includes('w:may'));
    assert.ok(f.includes('w:#'));
  });
});

describe('hedge prefixes, pairs and the judge', () => {
  test('word prefixes and adjacent pairs, leaving the modals out', () => {
    const f = hedgeFeatures('Critics suggested the fort may have been older.', []);
    for (const x of ['p:crit', 'p:sugg', 'p:olde', 'b:critics_suggested', 'b:the_fort', 'b:have_been']) assert.ok(f.includes(x), `${x} in ${f.join(' ')}`);
    assert.ok(!f.includes('p:fort'), 'a word of four letters has no prefix');
    assert.ok(!f.some((x) => x.startsWith('b:') && x.split(/[:_]/).includes('may')), 'no pair holds the modal "may"');
  });

  test('one weasel phrase matched twice at one place counts once ("most" and "most of")', () => {
    const f = hedgeFeatures('Most of them were released.', []);
    assert.ok(f.includes('lex:quantifier:most') && f.includes('lex:quantifier:most_of'));
    assert.ok(f.includes('lexn:1'));
  });

  test("the judge's score is the model's probability over the feature list", () => {
    const judge = loadHedgeJudge();
    for (const text of ['Many critics suggest the fort is one of the oldest in the region.', 'Several of the temples are often said to be centuries old.', 'The bridge was built in 1901.']) {
      const p = judge.probability(hedgeFeatures(text, []));
      assert.equal(judge.judge(text, []).score, Math.round(p * 1e4) / 1e4, text);
    }
  });

  test("an uncertain claim's features are the model's top features of its feature list", () => {
    const judge = loadHedgeJudge();
    const model = loadModel('hedge');
    const claims: Array<[string, HedgeCue[]]> = [
      // Words, a prefix ("outstanding": p:outs), a pair ("one of"), weasel phrases, a cue; ties by name.
      ['Some believed the outstanding issues were probably settled.', []],
      ['Many believed the issue was probably one of the most important.', []],
      ['Some scholars reportedly regard several of the temples as among the most important.', [{ text: 'reportedly', kind: 'hedge' }]],
    ];
    for (const [text, cues] of claims) {
      const verdict = judge.judge(text, cues);
      assert.ok(verdict.uncertain, text);
      assert.equal(verdict.features.length, 5);
      assert.deepEqual(verdict.features, model.topFeatures(hedgeFeatures(text, cues), model.classes.indexOf('uncertain'), 5), text);
    }
  });

  test('each feature counts once per claim, whatever claims were judged before', () => {
    const judge = loadHedgeJudge();
    // Repeated words, prefixes ("suggest", "suggested"), pairs ("one of"), weasel phrases and cues.
    const claims: Array<[string, HedgeCue[]]> = [
      ['Many many scholars suggest, and many critics suggested, that it is one of the oldest, one of the finest.', []],
      ['Some say the fort is reportedly one of the oldest; some say it is reportedly newer.', [{ text: 'reportedly', kind: 'hedge' }, { text: 'reportedly', kind: 'hedge' }]],
      ['Several of the temples are often said to be centuries old.', []],
    ];
    const expected = claims.map(([text, cues]) => Math.round(judge.probability(hedgeFeatures(text, cues)) * 1e4) / 1e4);
    for (const order of [[0, 1, 2, 0, 1], [2, 1, 0, 2, 2]]) {
      for (const i of order) assert.equal(judge.judge(...claims[i]).score, expected[i], claims[i][0]);
    }
  });
});

describe('claims hedged by the shipped model', () => {
  test('weasel wording no cue covers is hedged, with the model, its score and features', () => {
    const a = analyze('The festival is one of the most popular events in the region. The bridge was built in 1901.');
    const [weasel, plain] = a.claims;
    assert.equal(weasel.certainty, 'hedged');
    assert.deepEqual(weasel.cues, []);
    assert.equal(weasel.rule, `claim:sentence+${HEDGE_RULE}`);
    const m = weasel.certaintyModel!;
    assert.match(m.model, /^hedge@[0-9a-f]{10}$/);
    assert.equal(m.rule, HEDGE_RULE);
    assert.ok(m.score >= loadHedgeJudge().threshold && m.score <= 1);
    assert.ok(m.features.length > 0 && m.features.every((x) => x.weight > 0));
    assert.equal(plain.certainty, 'asserted');
    assert.equal(plain.certaintyModel, undefined);
    assert.deepEqual(a.sourcing.hedged, 1);
  });

  test('cue-made certainty is left alone', () => {
    const a = analyze('Many scholars suggest the fort may be older than the town.');
    assert.equal(a.claims[0].certainty, 'speculative');
    assert.equal(a.claims[0].certaintyModel, undefined);
  });

  test('the same text gives the same verdict', () => {
    const text = 'Several communities are often said to have been founded by traders.';
    assert.deepEqual(analyze(text).claims, analyze(text).claims);
  });
});

describe('hedge training', () => {
  const sentences: Array<[string, string]> = [
    ['uncertain', 'Many historians regard the castle as one of the finest in the region.'],
    ['uncertain', 'Some scholars think the poem is older than the church.'],
    ['uncertain', 'The lake is widely considered the most beautiful in the country.'],
    ['uncertain', 'Several critics have called the album one of the best of the decade.'],
    ['uncertain', 'Many fans regard the film as one of the greatest ever made.'],
    ['certain', 'The bridge was built in 1901 by the railway company.'],
    ['certain', 'The river flows into the lake at the northern end of the valley.'],
    ['certain', 'The church has a nave, two aisles and a tower.'],
    ['certain', 'The album was recorded in London in March 1972.'],
    ['certain', 'The film was released in cinemas on 4 June.'],
  ];
  const rows = sentences.map(([label, text]) => hedgeRow(label, text));

  test('fitting twice gives the same weights; the file names its threshold', () => {
    const a = fitHedgeModel(rows, { date: '2026-11-25', cv: null });
    const b = fitHedgeModel(rows, { date: '2026-11-25', cv: null });
    assert.deepEqual(a, b);
    assert.equal(a.name, 'hedge');
    assert.deepEqual(a.classes, ['certain', 'uncertain']);
    assert.equal(typeof a.threshold, 'number');
    assert.equal(a.training.rows, sentences.length);
  });

  test('cross-validation reports rules, model and both', () => {
    const cv = crossValidateHedge(rows, 5);
    assert.equal(cv.folds, 5);
    for (const x of [cv.uncertainF1, cv.accuracy, cv.modelOnly.uncertainF1, cv.rulesOnly.accuracy]) assert.ok(x >= 0 && x <= 1);
  });
});

describe('the sense of "may" and "might" before "be"', () => {
  test('a modal cue brings its context as features; "May" the month none', () => {
    const f = hedgeFeatures('The drug may also be used to treat malaria.', [{ text: 'may', kind: 'speculation' }]);
    for (const x of ['m:may', 'm:adv:also', 'm:shape:passive', 'm:may:passive', 'm:v:be', 'm:be:used']) assert.ok(f.includes(x), `${x} in ${f.join(' ')}`);
    assert.ok(!hedgeFeatures('May 2023 was the deadliest month.', []).some((x) => x.startsWith('m:')));
  });

  test('generic "may be used to" is read as a plain statement; epistemic modals stay speculative', () => {
    const [root] = analyze('The drug may be used to treat malaria.').claims;
    assert.equal(root.certainty, 'asserted');
    assert.equal(root.rule, `claim:sentence+${MODAL_SENSE_RULE}`);
    assert.equal(root.certaintyModel!.rule, MODAL_SENSE_RULE);
    assert.ok(root.certaintyModel!.score < loadHedgeJudge().modalThreshold);
    // "may have" and a bare verb are never judged: the cue stands.
    for (const text of ['The militants may have crossed into Afghanistan.', 'Militants might attack the convoy.', 'The clashes could trigger a wider war.']) {
      const [c] = analyze(text).claims;
      assert.equal(c.certainty, 'speculative', text);
      assert.equal(c.certaintyModel, undefined, text);
    }
  });
});
