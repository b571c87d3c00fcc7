// Session-10 experiment (docs/models.md, "GTD attack type: non-linear learners"): can a learner
// that sees interactions of features beat the shipped linear attack-type model in honest CV?
// For each fold split (--cv-seeds; 0 = file order, as `npm run train -- --cv-seeds`) it runs
// the same stratified 5-fold CV as `npm run train -- --only gtd` and prints, beside the shipped
// linear model (overrides applied to every learner alike):
//   - boost: gradient-boosted trees (src/classify/boost.ts) added to the linear model's
//     out-of-fold class scores, so the trees learn only the residual interactions; tree depth
//     (2 or 3) and rounds (0 to 120) chosen by inner 5-fold CV of each outer training part;
//   - mlp: a one-hidden-layer perceptron (src/classify/mlp.ts; ReLU units, Adam) over the
//     same features, its probabilities averaged with the linear model's; the epoch count (1 to
//     20) and the averaging weight (0, 0.1, ..., 1) chosen by inner 5-fold CV; --mlp-seeds N
//     averages N perceptrons started from different seeds; --mlp-hidden and --mlp-l2 set the
//     hidden units and the L2 penalty;
//   - pairs: the linear model with every pair of cue rules that fire together as a feature.
// The inner CV of boost and mlp uses the linear model's inner out-of-fold scores (five inner
// fits per outer fold), so no outer test row is seen by any choice. Nothing here changes the
// shipped models.
//
//   node --import tsx scripts/gtd-nonlinear-experiment.ts [--data DIR] [--cv-seeds 0,11,22] [--learners boost,mlp,pairs]
//     [--mlp-seeds 1] [--mlp-hidden 64] [--mlp-l2 1e-5]

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.ts';
import { fitBoost, leafOf, type BoostRow, type TreeNode } from '../src/classify/boost.ts';
import { extractFeatures } from '../src/classify/features.ts';
import { fitLinear, LinearModel, softmaxInPlace, type Hyperparameters } from '../src/classify/linear-model.ts';
import { fitMlp, mlpScores, type MlpRow } from '../src/classify/mlp.ts';
import { loadRules, overrideLabel } from '../src/classify/rules.ts';
import { DATASETS } from '../src/classify/tasks.ts';
import { stratifiedFolds } from '../src/classify/training.ts';
import { readCsv } from '../src/eval/csv.ts';
import { classification } from '../src/eval/metrics.ts';
import { fail as failWith, scriptOptions } from './options.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = 'gtd-nonlinear-experiment';
const LEARNERS = ['boost', 'mlp', 'pairs'] as const;
type Learner = (typeof LEARNERS)[number];

const given = scriptOptions(
  SCRIPT,
  { data: 'string', 'cv-seeds': 'string', learners: 'string', 'mlp-seeds': 'string', 'mlp-hidden': 'string', 'mlp-l2': 'string' },
  'node --import tsx scripts/gtd-nonlinear-experiment.ts [--data DIR] [--cv-seeds 0,11,22] [--learners boost,mlp,pairs] [--mlp-seeds N] [--mlp-hidden 64] [--mlp-l2 1e-5]',
);
const fail = (m: string): never => failWith(SCRIPT, m);
const seeds = (given['cv-seeds'] ?? '0,11,22').split(',').map(Number);
if (seeds.some((n) => !Number.isInteger(n) || n < 0)) fail('--cv-seeds must be a comma-separated list of whole numbers (0: file order)');
const learners = (given.learners ?? LEARNERS.join(',')).split(',') as Learner[];
const badLearner = learners.find((l) => !(LEARNERS as readonly string[]).includes(l));
if (badLearner) fail(`--learners: unknown learner "${badLearner}" (expected ${LEARNERS.join(', ')})`);
const mlpSeeds = Number(given['mlp-seeds'] ?? 1);
if (!Number.isInteger(mlpSeeds) || mlpSeeds < 1) fail('--mlp-seeds must be a whole number of at least 1');
const mlpHidden = Number(given['mlp-hidden'] ?? 64);
if (!Number.isInteger(mlpHidden) || mlpHidden < 1) fail('--mlp-hidden must be a whole number of at least 1');
const mlpL2 = Number(given['mlp-l2'] ?? 1e-5);
if (!(mlpL2 >= 0)) fail('--mlp-l2 must be a number of at least 0');

const dataset = DATASETS.find((d) => d.name === 'gtd')!;
const spec = dataset.models.find((m) => m.name === 'gtd-attack')!;
const path = join(resolve(given.data ?? join(ROOT, '..', 'shared', 'data')), dataset.file);
if (!existsSync(path)) fail(`${path} not found (pass --data DIR: the folder holding gtd/dev.csv)`);
const rules = loadRules();
const decision = rules.decisions.get('gtd-attack')!;

interface Row {
  label: string;
  features: string[];
  fired: string[];
}
const rows: Row[] = [];
for (const { line, values } of readCsv(path, [dataset.text, spec.label]).rows) {
  const text = values[dataset.text];
  if (!text?.trim() || !values[spec.label]?.trim()) continue;
  const { features, fired } = extractFeatures({ text, analysis: analyze(text, { name: `${dataset.file} line ${line}` }) }, dataset.features, rules);
  rows.push({ label: values[spec.label], features, fired });
}
const classes = [...new Set(rows.map((r) => r.label))].sort();
const C = classes.length;
const classIndex = new Map(classes.map((c, i) => [c, i]));
process.stdout.write(`${dataset.file}: ${rows.length} rows analysed; learners ${learners.join(', ')}\n`);

type Pairs = Array<[string, string]>;
const indices = (keep: (i: number) => boolean) => rows.map((_, i) => i).filter(keep);

function fitLinearModel(train: readonly number[], featuresOf: (i: number) => string[], hp: Hyperparameters = spec.hyperparameters): LinearModel {
  const body = fitLinear(train.map((i) => ({ features: featuresOf(i), label: rows[i].label })), classes, hp);
  const header = { name: spec.name, kind: 'multinomial-logistic-regression' as const, task: spec.task, text: dataset.text, label: spec.label, features: dataset.features, hyperparameters: hp, cv: null };
  return new LinearModel({ ...header, training: { file: dataset.file, rows: train.length, date: '', iterations: body.iterations, vocabulary: 0, weights: 0 }, ...body }, 'cv');
}

function linearScores(m: LinearModel, features: readonly string[]): Float64Array {
  const s = m.biasScores();
  for (const f of features) {
    const e = m.weightsOf(f);
    if (e) for (let k = 0; k < e.cls.length; k++) s[e.cls[k]] += e.w[k];
  }
  return s;
}

/** The shipped decision on class scores or probabilities: the top class, then the overrides. */
function decide(scores: ArrayLike<number>, i: number): string {
  let best = 0;
  for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
  return overrideLabel(decision, rows[i].fired, classes[best])?.label ?? classes[best];
}

function classWeights(labels: readonly number[]): Float64Array {
  const n = new Float64Array(C);
  for (const l of labels) n[l]++;
  const present = n.filter((x) => x > 0).length;
  return n.map((x) => (x === 0 ? 0 : Math.pow(labels.length / (present * x), spec.hyperparameters.classWeightPower)));
}

function sortedIds(features: readonly string[], vocab: Map<string, number>): Int32Array {
  const ids: number[] = [];
  for (const f of features) {
    const k = vocab.get(f);
    if (k !== undefined) ids.push(k);
  }
  return Int32Array.from(ids).sort();
}

function vocabulary(train: readonly number[], minCount: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const i of train) for (const f of rows[i].features) df.set(f, (df.get(f) ?? 0) + 1);
  const v = [...df].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  return new Map(v.map((f, k) => [f, k]));
}

const hasId = (ids: Int32Array) => (f: number) => {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === f) return true;
    if (ids[mid] < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
};

/** The linear model's class scores for each outer test row, and inner out-of-fold for each training row. */
function linearMargins(train: number[], test: number[]): { test: Map<number, Float64Array>; oof: Map<number, Float64Array>; inner: Int32Array } {
  const feats = (i: number) => rows[i].features;
  const m = fitLinearModel(train, feats);
  const testScores = new Map(test.map((i) => [i, linearScores(m, rows[i].features)]));
  const inner = stratifiedFolds(train.map((i) => rows[i].label), 5, 0);
  const oof = new Map<number, Float64Array>();
  for (let j = 0; j < 5; j++) {
    const mj = fitLinearModel(train.filter((_, k) => inner[k] !== j), feats);
    train.forEach((i, k) => {
      if (inner[k] === j) oof.set(i, linearScores(mj, rows[i].features));
    });
  }
  return { test: testScores, oof, inner };
}

const BOOST = { depths: [2, 3], maxRounds: 120, learningRate: 0.1, lambda: 1, minRows: 10, minCount: 8 };

function boostFold(train: number[], test: number[], margins: ReturnType<typeof linearMargins>): { pairs: Pairs; chosen: string } {
  const vocab = vocabulary(train, BOOST.minCount);
  const trainRows: BoostRow[] = train.map((i) => ({ features: sortedIds(rows[i].features, vocab), label: classIndex.get(rows[i].label)!, base: margins.oof.get(i)! }));
  const cw = classWeights(trainRows.map((r) => r.label));
  const right = new Map(BOOST.depths.map((d) => [d, new Float64Array(BOOST.maxRounds + 1)]));
  for (const depth of BOOST.depths) {
    const r = right.get(depth)!;
    for (let j = 0; j < 5; j++) {
      const fit = trainRows.filter((_, k) => margins.inner[k] !== j);
      const val = train.map((_, k) => k).filter((k) => margins.inner[k] === j);
      const scores = val.map((k) => Float64Array.from(trainRows[k].base));
      const count = () => val.reduce((n, k, q) => n + (decide(scores[q], train[k]) === rows[train[k]].label ? 1 : 0), 0);
      r[0] += count();
      let round = 0;
      fitBoost(fit, vocab.size, C, { rounds: BOOST.maxRounds, depth, learningRate: BOOST.learningRate, lambda: BOOST.lambda, minRows: BOOST.minRows, classWeights: cw }, (trees) => {
        const t = trees[trees.length - 1];
        val.forEach((k, q) => {
          const v = leafOf(t, hasId(trainRows[k].features));
          for (let c = 0; c < C; c++) scores[q][c] += v[c];
        });
        r[++round] += count();
      });
    }
  }
  let best = { depth: BOOST.depths[0], rounds: 0, right: right.get(BOOST.depths[0])![0] };
  for (const depth of BOOST.depths) {
    const r = right.get(depth)!;
    for (let n = 1; n <= BOOST.maxRounds; n++) if (r[n] > best.right) best = { depth, rounds: n, right: r[n] };
  }
  const trees: TreeNode[] =
    best.rounds === 0
      ? []
      : fitBoost(trainRows, vocab.size, C, { rounds: best.rounds, depth: best.depth, learningRate: BOOST.learningRate, lambda: BOOST.lambda, minRows: BOOST.minRows, classWeights: cw });
  const pairs: Pairs = test.map((i) => {
    const s = Float64Array.from(margins.test.get(i)!);
    const has = hasId(sortedIds(rows[i].features, vocab));
    for (const t of trees) {
      const v = leafOf(t, has);
      for (let c = 0; c < C; c++) s[c] += v[c];
    }
    return [rows[i].label, decide(s, i)];
  });
  return { pairs, chosen: `depth ${best.depth} x ${best.rounds} rounds (inner +${best.right - right.get(BOOST.depths[0])![0]})` };
}

const MLP = { hidden: mlpHidden, maxEpochs: 20, batch: 32, learningRate: 1e-3, l2: mlpL2, minCount: 2, weights: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] };

function blend(linear: Float64Array, mlp: ArrayLike<number>, a: number): Float64Array {
  const p = softmaxInPlace(Float64Array.from(linear));
  for (let c = 0; c < C; c++) p[c] = (1 - a) * p[c] + a * mlp[c];
  return p;
}

function mlpFold(train: number[], test: number[], margins: ReturnType<typeof linearMargins>): { pairs: Pairs; chosen: string } {
  const vocab = vocabulary(train, MLP.minCount);
  const trainRows: MlpRow[] = train.map((i) => ({ features: sortedIds(rows[i].features, vocab), label: classIndex.get(rows[i].label)! }));
  const options = (rs: MlpRow[], epochs: number, seed: number) => ({
    hidden: MLP.hidden, epochs, batch: MLP.batch, learningRate: MLP.learningRate, l2: MLP.l2, seed, classWeights: classWeights(rs.map((r) => r.label)),
  });
  // right[epoch][weight]: inner-CV rows decided right.
  const right = Array.from({ length: MLP.maxEpochs + 1 }, () => new Float64Array(MLP.weights.length));
  for (let j = 0; j < 5; j++) {
    const fit = trainRows.filter((_, k) => margins.inner[k] !== j);
    const val = train.map((_, k) => k).filter((k) => margins.inner[k] === j);
    const probs = Array.from({ length: MLP.maxEpochs + 1 }, () => val.map(() => new Float64Array(C)));
    for (let seed = 1; seed <= mlpSeeds; seed++) {
      fitMlp(fit, vocab.size, C, options(fit, MLP.maxEpochs, seed), (m, epoch) => {
        val.forEach((k, q) => {
          const p = softmaxInPlace(mlpScores(m, trainRows[k].features));
          for (let c = 0; c < C; c++) probs[epoch][q][c] += p[c] / mlpSeeds;
        });
      });
    }
    for (let e = 1; e <= MLP.maxEpochs; e++) {
      val.forEach((k, q) => {
        const i = train[k];
        MLP.weights.forEach((a, w) => {
          if (decide(blend(margins.oof.get(i)!, probs[e][q], a), i) === rows[i].label) right[e][w]++;
        });
      });
    }
  }
  let best = { epoch: 1, weight: 0, right: -1 };
  for (let e = 1; e <= MLP.maxEpochs; e++) MLP.weights.forEach((_, w) => {
    if (right[e][w] > best.right) best = { epoch: e, weight: w, right: right[e][w] };
  });
  const testProbs = test.map(() => new Float64Array(C));
  for (let seed = 1; seed <= mlpSeeds; seed++) {
    const m = fitMlp(trainRows, vocab.size, C, options(trainRows, best.epoch, seed));
    test.forEach((i, q) => {
      const p = softmaxInPlace(mlpScores(m, sortedIds(rows[i].features, vocab)));
      for (let c = 0; c < C; c++) testProbs[q][c] += p[c] / mlpSeeds;
    });
  }
  const a = MLP.weights[best.weight];
  const pairs: Pairs = test.map((i, q) => [rows[i].label, decide(blend(margins.test.get(i)!, testProbs[q], a), i)]);
  return { pairs, chosen: `${best.epoch} epochs, weight ${a} (inner +${best.right - right[best.epoch][0]})` };
}

/** Every pair of cue rules that fire together, as one more feature. */
function withRulePairs(i: number): string[] {
  const fired = rows[i].features.filter((f) => f.startsWith('rule:')).sort();
  const out = [...rows[i].features];
  for (let a = 0; a < fired.length; a++) for (let b = a + 1; b < fired.length; b++) out.push(`x:${fired[a]}&${fired[b]}`);
  return out;
}

function pairsFold(train: number[], test: number[]): { pairs: Pairs; chosen: string } {
  const m = fitLinearModel(train, withRulePairs);
  return { pairs: test.map((i) => [rows[i].label, decide(linearScores(m, withRulePairs(i)), i)]), chosen: '' };
}

const pct = (x: number | null) => (x === null ? 'n/a' : x.toFixed(4));
const summary = new Map<string, Array<{ accuracy: number; macroF1: number }>>();
const t0 = performance.now();
for (const seed of seeds) {
  const fold = stratifiedFolds(rows.map((r) => r.label), 5, seed);
  const pairs = new Map<string, Pairs>([['linear (shipped)', []], ...learners.map((l): [string, Pairs] => [l, []])]);
  const chosen = new Map<string, string[]>(learners.map((l) => [l, []]));
  for (let f = 0; f < 5; f++) {
    const train = indices((i) => fold[i] !== f);
    const test = indices((i) => fold[i] === f);
    const margins = linearMargins(train, test);
    for (const i of test) pairs.get('linear (shipped)')!.push([rows[i].label, decide(margins.test.get(i)!, i)]);
    for (const l of learners) {
      const r = l === 'boost' ? boostFold(train, test, margins) : l === 'mlp' ? mlpFold(train, test, margins) : pairsFold(train, test);
      pairs.get(l)!.push(...r.pairs);
      if (r.chosen) chosen.get(l)!.push(r.chosen);
    }
    process.stdout.write(`  split ${seed === 0 ? 'file order' : `seed ${seed}`}: fold ${f + 1} done (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  for (const [name, ps] of pairs) {
    const m = classification(ps);
    const row = { accuracy: m.accuracy ?? 0, macroF1: m.macroF1 ?? 0 };
    summary.set(name, [...(summary.get(name) ?? []), row]);
    const per = classes.map((c) => `${c} ${(m.perClass.get(c)?.f1 ?? 0).toFixed(3)}`).join(', ');
    process.stdout.write(`${seed === 0 ? 'file order' : `seed ${seed}`}  ${name.padEnd(16)} accuracy ${pct(row.accuracy)}  macro F1 ${pct(row.macroF1)}\n    per class: ${per}\n`);
    if (chosen.get(name as Learner)?.length) process.stdout.write(`    chosen by inner CV per fold: ${chosen.get(name as Learner)!.join('; ')}\n`);
  }
}
process.stdout.write('\nmean over the splits:\n');
for (const [name, xs] of summary) {
  const mean = (k: 'accuracy' | 'macroF1') => xs.reduce((s, x) => s + x[k], 0) / xs.length;
  process.stdout.write(`  ${name.padEnd(16)} accuracy ${pct(mean('accuracy'))}  macro F1 ${pct(mean('macroF1'))}  (${xs.map((x) => pct(x.accuracy)).join(', ')})\n`);
}
