import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addTrees, fitBoost, type BoostRow } from './boost.ts';
import { fitMlp, mlpScores, type MlpRow } from './mlp.ts';
import { argmax, scoreRow, trainSoftmax } from './softmax.ts';

// The two non-linear learners tried for the GTD attack type (docs/models.md, session 10) on a
// set written here that no linear model can fit: the class is the exclusive or of features 0
// and 1 (feature 2 is noise). The pattern with neither feature is twice as common as the rest,
// so that a greedy tree's first split has something to gain. Each learner must fit the set,
// and give the same weights twice.

const XOR: Array<[number[], number]> = [];
for (let k = 0; k < 4; k++) {
  const noise = k % 2 === 0 ? [2] : [];
  XOR.push([[...noise], 0], [[], 0], [[0, ...noise], 1], [[1, ...noise], 1], [[0, 1, ...noise], 0]);
}
/** Any linear model gets one of the four patterns wrong: at least 4 of the 20 rows. */
const LINEAR_BEST = XOR.length - 4;
const sparse = (f: number[]) => Int32Array.from([...f].sort((a, b) => a - b));
const ONES = Float64Array.from([1, 1]);

describe('a linear model cannot fit the exclusive or', () => {
  test('softmax regression gets at least one pattern wrong', () => {
    const m = trainSoftmax(XOR.map(([f, label]) => ({ features: sparse(f), label })), 3, 2, { l2: 1e-4 });
    const right = XOR.filter(([f, label]) => argmax(scoreRow(m, f)) === label).length;
    assert.ok(right <= LINEAR_BEST, `${right} of ${XOR.length}`);
  });
});

describe('fitBoost', () => {
  const rows: BoostRow[] = XOR.map(([f, label]) => ({ features: sparse(f), label, base: new Float64Array(2) }));
  const opts = { rounds: 30, depth: 2, learningRate: 0.3, lambda: 1, minRows: 2, classWeights: ONES };

  test('depth-2 trees fit the interaction', () => {
    const trees = fitBoost(rows, 3, 2, opts);
    for (const r of rows) {
      const s = addTrees(Float64Array.from(r.base), trees, (f) => r.features.includes(f));
      assert.equal(argmax(s), r.label, `row with features [${Array.from(r.features)}]`);
    }
  });

  test('depth-1 trees (stumps) cannot: they add one feature at a time, like a linear model', () => {
    const trees = fitBoost(rows, 3, 2, { ...opts, depth: 1 });
    const right = rows.filter((r) => argmax(addTrees(Float64Array.from(r.base), trees, (f) => r.features.includes(f))) === r.label).length;
    assert.ok(right <= LINEAR_BEST, `${right} of ${rows.length}`);
  });

  test('starts from the base margin: a base that is already right leaves nothing to learn', () => {
    const sure = rows.map((r) => ({ ...r, base: Float64Array.from([r.label === 0 ? 20 : -20, r.label === 1 ? 20 : -20]) }));
    const trees = fitBoost(sure, 3, 2, opts);
    for (const t of trees) assert.equal(t.f, -1, 'no split is worth making');
  });

  test('is deterministic', () => {
    assert.deepEqual(JSON.stringify(fitBoost(rows, 3, 2, opts), replacer), JSON.stringify(fitBoost(rows, 3, 2, opts), replacer));
  });
});

describe('fitMlp', () => {
  const rows: MlpRow[] = XOR.map(([f, label]) => ({ features: sparse(f), label }));
  const opts = { hidden: 8, epochs: 150, batch: 4, learningRate: 0.02, l2: 0, seed: 7, classWeights: ONES };

  test('one hidden layer fits the interaction', () => {
    const m = fitMlp(rows, 3, 2, opts);
    for (const r of rows) assert.equal(argmax(mlpScores(m, r.features)), r.label, `row with features [${Array.from(r.features)}]`);
  });

  test('the same seed gives the same weights; another seed other weights', () => {
    const a = fitMlp(rows, 3, 2, opts);
    const b = fitMlp(rows, 3, 2, opts);
    const c = fitMlp(rows, 3, 2, { ...opts, seed: 8 });
    assert.deepEqual(Array.from(a.w1), Array.from(b.w1));
    assert.deepEqual(Array.from(a.w2), Array.from(b.w2));
    assert.notDeepEqual(Array.from(a.w1), Array.from(c.w1));
  });
});

function replacer(_key: string, value: unknown): unknown {
  return value instanceof Float64Array ? Array.from(value) : value;
}
