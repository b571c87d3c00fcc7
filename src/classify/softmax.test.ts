import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { argmax, scoreRow, trainSoftmax, type SparseRow } from './softmax.ts';
import { fitLinear, LinearModel, serializeModel, type Hyperparameters, type ModelFile } from './linear-model.ts';
import { stratifiedFolds } from './training.ts';

// The classifier's arithmetic on small synthetic sets written here: a separable set is fitted
// perfectly, the same data gives the same weights byte for byte, L2 shrinks the weights, and
// folds are stratified and fixed.

function rows(spec: Array<[number[], number]>): SparseRow[] {
  return spec.map(([f, label]) => ({ features: Int32Array.from(f), label }));
}

// Three classes, each marked by its own feature (0, 1, 2), with shared noise features 3 and 4.
const SEPARABLE = rows([
  [[0, 3], 0], [[0, 4], 0], [[0], 0], [[0, 3, 4], 0],
  [[1, 3], 1], [[1, 4], 1], [[1], 1], [[1, 3, 4], 1],
  [[2, 3], 2], [[2, 4], 2], [[2], 2], [[2, 3, 4], 2],
]);

const HP: Hyperparameters = { l2: 1e-3, minCount: 1, classWeightPower: 0, prune: 0, maxIterations: 200 };

describe('trainSoftmax', () => {
  test('fits a separable set perfectly', () => {
    const m = trainSoftmax(SEPARABLE, 5, 3, { l2: 1e-4 });
    for (const r of SEPARABLE) assert.equal(argmax(scoreRow(m, r.features)), r.label);
    // The marker features carry the decision; the shared noise features stay near zero.
    assert.ok(m.weights[0 * 3 + 0] > 1 && m.weights[1 * 3 + 1] > 1 && m.weights[2 * 3 + 2] > 1);
    assert.ok(Math.abs(m.weights[3 * 3 + 0] - m.weights[3 * 3 + 1]) < 0.5);
  });

  test('is deterministic: the same data gives identical weights', () => {
    const a = trainSoftmax(SEPARABLE, 5, 3, { l2: 1e-3 });
    const b = trainSoftmax(SEPARABLE, 5, 3, { l2: 1e-3 });
    assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
    assert.deepEqual(Array.from(a.bias), Array.from(b.bias));
    assert.equal(a.iterations, b.iterations);
  });

  test('a stronger L2 penalty gives smaller weights', () => {
    const norm = (w: Float64Array) => Math.sqrt(w.reduce((s, x) => s + x * x, 0));
    const weak = trainSoftmax(SEPARABLE, 5, 3, { l2: 1e-3 });
    const strong = trainSoftmax(SEPARABLE, 5, 3, { l2: 1e-1 });
    assert.ok(norm(strong.weights) < norm(weak.weights));
  });

  test('class weights move the boundary toward the down-weighted class', () => {
    // Feature 0 is ambiguous: twice class 0, once class 1.
    const data = rows([[[0], 0], [[0], 0], [[0], 1], [[1], 1]]);
    const plain = trainSoftmax(data, 2, 2, { l2: 1e-3 });
    const weighted = trainSoftmax(data, 2, 2, { l2: 1e-3, classWeights: Float64Array.from([1, 4]) });
    assert.equal(argmax(scoreRow(plain, [0])), 0);
    assert.equal(argmax(scoreRow(weighted, [0])), 1);
  });
});

describe('fitLinear and LinearModel', () => {
  const texts: Array<[string[], string]> = [
    [['w:bomb', 'w:exploded'], 'bombing'],
    [['w:bomb', 'w:blast'], 'bombing'],
    [['w:gunmen', 'w:shot'], 'shooting'],
    [['w:gunmen', 'w:fire'], 'shooting'],
    [['w:once'], 'bombing'],
  ];
  const data = texts.map(([features, label]) => ({ features, label }));

  test('drops features under the minimum count and serialises the same bytes twice', () => {
    const hp = { ...HP, minCount: 2 };
    const a = fitLinear(data, ['bombing', 'shooting'], hp);
    const b = fitLinear(data, ['bombing', 'shooting'], hp);
    assert.deepEqual(Object.keys(a.weights).sort(), ['w:bomb', 'w:gunmen']);
    const file = (body: typeof a): ModelFile => ({
      name: 'toy',
      kind: 'multinomial-logistic-regression',
      task: 'toy',
      text: 'text',
      label: 'label',
      features: ['words'],
      hyperparameters: hp,
      training: { file: 'toy.csv', rows: data.length, date: '2026-11-25', iterations: body.iterations, vocabulary: 2, weights: 4 },
      cv: null,
      classes: body.classes,
      bias: body.bias,
      weights: body.weights,
    });
    const textA = serializeModel(file(a));
    assert.equal(textA, serializeModel(file(b)));
    const parsed = JSON.parse(textA) as ModelFile;
    assert.deepEqual(parsed.weights, a.weights);

    const model = new LinearModel(parsed, 'abc');
    assert.equal(model.id, 'toy@abc');
    const p = model.probabilities(['w:gunmen', 'w:unseen']);
    assert.equal(model.classes[argmax(p)], 'shooting');
    assert.ok(Math.abs(p[0] + p[1] - 1) < 1e-12);
    assert.deepEqual(model.topFeatures(['w:gunmen', 'w:bomb'], 1).map((f) => f.feature), ['w:gunmen']);
  });

  test('prunes small weights and rounds to four decimals', () => {
    const m = fitLinear(data, ['bombing', 'shooting'], { ...HP, prune: 0.5 });
    for (const pairs of Object.values(m.weights)) {
      for (let i = 1; i < pairs.length; i += 2) {
        assert.ok(Math.abs(pairs[i]) >= 0.5);
        assert.equal(pairs[i], Math.round(pairs[i] * 1e4) / 1e4);
      }
    }
  });
});

describe('stratifiedFolds', () => {
  test('spreads each class over the folds in file order', () => {
    const labels = ['a', 'a', 'b', 'a', 'b', 'a', 'a', 'b'];
    assert.deepEqual(Array.from(stratifiedFolds(labels, 3)), [0, 1, 0, 2, 1, 0, 1, 2]);
  });

  test('with a seed, shuffles the rows first: the same seed gives the same folds, each class still spread evenly', () => {
    const labels = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 'rare' : i % 2 === 0 ? 'even' : 'odd'));
    const fileOrder = Array.from(stratifiedFolds(labels, 5));
    assert.deepEqual(Array.from(stratifiedFolds(labels, 5, 0)), fileOrder);
    const a = Array.from(stratifiedFolds(labels, 5, 11));
    assert.deepEqual(Array.from(stratifiedFolds(labels, 5, 11)), a);
    assert.notDeepEqual(a, fileOrder);
    assert.notDeepEqual(Array.from(stratifiedFolds(labels, 5, 22)), a);
    for (const cls of ['rare', 'even', 'odd']) {
      const perFold = [0, 0, 0, 0, 0];
      labels.forEach((l, i) => l === cls && perFold[a[i]]++);
      assert.ok(Math.max(...perFold) - Math.min(...perFold) <= 1, `${cls}: ${perFold}`);
    }
  });
});
