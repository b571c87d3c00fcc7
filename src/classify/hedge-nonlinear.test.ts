import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoostedTrees, LinearSvm, Mlp, NearestSentences, type BinaryRow } from './hedge-nonlinear.ts';

// An interaction no linear model over the two features can learn: uncertain when exactly one of
// "a" and "b" is present (exclusive or), with a noise feature on some rows. "b" is rarer than "a"
// (a third of the rows), so "a" alone already tells something and a greedy tree can start with it:
// on a perfectly balanced exclusive or no single split gains anything.
function xorRows(): BinaryRow[] {
  const rows: BinaryRow[] = [];
  for (let i = 0; i < 90; i++) {
    const a = i % 2 === 1;
    const b = i % 3 === 0;
    const features = [...(a ? ['a'] : []), ...(b ? ['b'] : []), ...(i % 5 === 0 ? ['noise'] : []), 'always'];
    rows.push({ features, uncertain: a !== b });
  }
  return rows;
}

const cases = [[], ['a'], ['b'], ['a', 'b']];

test('boosted trees learn an interaction of two features, the same way on every run', () => {
  const options = { checkpoints: [10, 40], depth: 2, learningRate: 0.3, lambda: 1, minHessian: 1, minCount: 2, maxFeatures: 100 };
  const trees = BoostedTrees.fit(xorRows(), options);
  const margins = cases.map((c) => trees.predict(c)[1]);
  assert.ok(margins[0] < -1 && margins[3] < -1, `both or neither: ${margins}`);
  assert.ok(margins[1] > 1 && margins[2] > 1, `one of them: ${margins}`);
  // The margin grows with the rounds, and a second fit gives the same numbers.
  assert.ok(trees.predict(['a'])[0] < trees.predict(['a'])[1]);
  assert.deepEqual(BoostedTrees.fit(xorRows(), options).predict(['a']), trees.predict(['a']));
  // Leaf features: one per tree, the same for rows that follow the same paths.
  assert.equal(trees.leafFeatures(['a']).length, 40);
  assert.deepEqual(trees.leafFeatures(['a', 'noise']), trees.leafFeatures(['a', 'noise']));
  assert.notDeepEqual(trees.leafFeatures(['a']), trees.leafFeatures(['a', 'b']));
});

test('boosting from a margin fits only what the margin leaves', () => {
  // Every row already carries its right answer in the margin: the trees add little, where the
  // same trees from scratch add several units of log-odds.
  const options = { checkpoints: [20], depth: 2, learningRate: 0.3, lambda: 1, minHessian: 0, minCount: 2, maxFeatures: 100 };
  const residual = BoostedTrees.fit(xorRows().map((r) => ({ ...r, margin: r.uncertain ? 8 : -8 })), options);
  const scratch = BoostedTrees.fit(xorRows(), options);
  for (const c of cases) {
    assert.ok(Math.abs(residual.predict(c)[0]) < 0.1, `${c}: ${residual.predict(c)[0]}`);
    assert.ok(Math.abs(scratch.predict(c)[0]) > 1, `${c}: ${scratch.predict(c)[0]}`);
  }
});

test('the perceptron learns the interaction, deterministically for a seed', () => {
  const options = { hidden: 8, l2: 1e-4, epochs: 300, learningRate: 0.05, minCount: 2, seed: 3 };
  const net = Mlp.fit(xorRows(), options);
  const z = cases.map((c) => net.logit([...c, 'always']));
  assert.ok(z[0] < 0 && z[3] < 0 && z[1] > 0 && z[2] > 0, `logits ${z}`);
  assert.equal(Mlp.fit(xorRows(), options).logit(['a', 'always']), z[1]);
});

test('the linear SVM separates a linear rule; the sentence memory follows its neighbours', () => {
  const rows: BinaryRow[] = [];
  for (let i = 0; i < 60; i++) rows.push({ features: [i % 2 ? 'reportedly' : 'stated', `w${i % 7}`], uncertain: i % 2 === 1 });
  const svm = LinearSvm.fit(rows, { C: 1, epochs: 30, minCount: 2 });
  assert.ok(svm.margin(['reportedly', 'w3']) > 0 && svm.margin(['stated', 'w3']) < 0);
  const memory = NearestSentences.fit(rows);
  const [near] = memory.scores(['reportedly', 'w1'], [5]);
  const [far] = memory.scores(['stated', 'w1'], [5]);
  assert.ok(near > 0 && far < 0, `${near} ${far}`);
});
