import { createHash } from 'node:crypto';
import { CorroborateError } from '../model/errors.ts';
import type { FeatureFamily } from './features.ts';
import { trainSoftmax, type SparseRow } from './softmax.ts';

// A trained linear model as data: the header says what it is and how it was made; the body is
// the class list, the biases and, per feature, its non-zero weights as [class, weight, ...].

export interface Hyperparameters {
  /** L2 penalty on the weights. */
  l2: number;
  /** Features seen in fewer training rows are left out of the vocabulary. */
  minCount: number;
  /** Class weight (N / (C · n_c)) ^ power: 0 leaves classes as they come, 1 fully balances. */
  classWeightPower: number;
  /** Weights smaller than this in magnitude are dropped from the file. */
  prune: number;
  maxIterations: number;
}

export interface ModelHeader {
  name: string;
  kind: 'multinomial-logistic-regression';
  task: string;
  text: string;
  label: string;
  features: FeatureFamily[];
  hyperparameters: Hyperparameters;
  training: { file: string; rows: number; date: string; iterations: number; vocabulary: number; weights: number };
  cv: Record<string, unknown> | null;
  /** Binary models only: the probability of the positive class from which it is chosen. */
  threshold?: number;
  /** The hedge model only: the threshold for claims only a modal cue made uncertain. */
  modalThreshold?: number;
}

export interface ModelBody {
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

export type ModelFile = ModelHeader & ModelBody;

export interface LabelledFeatures {
  features: readonly string[];
  label: string;
}

const DECIMALS = 1e4;

export function roundWeight(x: number): number {
  const r = Math.round(x * DECIMALS) / DECIMALS;
  return r === 0 ? 0 : r; // no -0 in the file
}

/**
 * Fits a model: vocabulary by minimum count, class weights, L-BFGS, then pruning and rounding.
 * `featureL2`, when given, multiplies l2 for each feature of the vocabulary (see SoftmaxOptions).
 */
export function fitLinear(
  rows: readonly LabelledFeatures[],
  classes: readonly string[],
  hp: Hyperparameters,
  featureL2?: (feature: string) => number,
): ModelBody & { iterations: number } {
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, n]) => n >= hp.minCount).map(([f]) => f).sort();
  const featureIndex = new Map(vocab.map((f, i) => [f, i]));

  const sparse: SparseRow[] = rows.map((r) => {
    const label = classIndex.get(r.label);
    if (label === undefined) throw new CorroborateError('E_DATA', `label "${r.label}" is not one of the model's classes`);
    const ids: number[] = [];
    for (const f of r.features) {
      const i = featureIndex.get(f);
      if (i !== undefined) ids.push(i);
    }
    return { features: Int32Array.from(ids), label };
  });

  const perClass = new Float64Array(classes.length);
  for (const r of sparse) perClass[r.label]++;
  const present = perClass.filter((n) => n > 0).length;
  const classWeights = perClass.map((n) => (n === 0 ? 0 : Math.pow(sparse.length / (present * n), hp.classWeightPower)));

  const fit = trainSoftmax(sparse, vocab.length, classes.length, {
    l2: hp.l2,
    classWeights,
    maxIterations: hp.maxIterations,
    ...(featureL2 ? { featureL2: Float64Array.from(vocab, featureL2) } : {}),
  });

  const weights: Record<string, number[]> = {};
  for (let f = 0; f < vocab.length; f++) {
    const pairs: number[] = [];
    for (let c = 0; c < classes.length; c++) {
      const w = roundWeight(fit.weights[f * classes.length + c]);
      if (Math.abs(w) >= hp.prune && w !== 0) pairs.push(c, w);
    }
    if (pairs.length > 0) weights[vocab[f]] = pairs;
  }
  return { classes: [...classes], bias: Array.from(fit.bias, roundWeight), weights, iterations: fit.iterations };
}

/** The file's text: the header readable, then one feature per line, so diffs stay small. */
export function serializeModel(m: ModelFile): string {
  const { classes, bias, weights, ...header } = m;
  const lines: string[] = [];
  const head = JSON.stringify(header, null, 2);
  lines.push(head.slice(0, -2) + ',');
  lines.push(`  "classes": ${JSON.stringify(classes)},`);
  lines.push(`  "bias": ${JSON.stringify(bias)},`);
  lines.push('  "weights": {');
  const keys = Object.keys(weights);
  keys.forEach((k, i) => lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(weights[k])}${i < keys.length - 1 ? ',' : ''}`));
  lines.push('  }');
  lines.push('}');
  return lines.join('\n') + '\n';
}

export function modelHash(fileText: string): string {
  return createHash('sha256').update(fileText).digest('hex').slice(0, 10);
}

export interface FeatureWeight {
  feature: string;
  weight: number;
}

/** A model ready for inference: weights in a map from feature to (class, weight) pairs. */
export class LinearModel {
  readonly name: string;
  readonly id: string;
  readonly classes: readonly string[];
  readonly features: readonly FeatureFamily[];
  readonly header: ModelHeader;
  private readonly bias: Float64Array;
  private readonly table: Map<string, FeatureWeights>;

  constructor(file: ModelFile, hash: string) {
    const { classes, bias, weights, ...header } = file;
    this.header = header;
    this.name = header.name;
    this.id = `${header.name}@${hash}`;
    this.classes = classes;
    this.features = header.features;
    this.bias = Float64Array.from(bias);
    this.table = new Map();
    for (const [f, pairs] of Object.entries(weights)) {
      const n = pairs.length / 2;
      const cls = new Int32Array(n);
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        cls[i] = pairs[2 * i];
        w[i] = pairs[2 * i + 1];
      }
      this.table.set(f, { cls, w });
    }
  }

  /** Probabilities per class, in `classes` order. */
  probabilities(features: readonly string[]): Float64Array {
    const s = this.biasScores();
    for (const f of features) {
      const e = this.table.get(f);
      if (e) addWeights(s, e);
    }
    return softmaxInPlace(s);
  }

  /** Per-class scores at the bias: add each feature's weights (addWeights), then softmaxInPlace. */
  biasScores(): Float64Array {
    return Float64Array.from(this.bias);
  }

  /** Sets per-class scores (from biasScores) back to the bias, for the next sum. */
  resetToBias(scores: Float64Array): Float64Array {
    scores.set(this.bias);
    return scores;
  }

  /** A feature's weights by class, or undefined for a feature the model does not know. */
  weightsOf(feature: string): FeatureWeights | undefined {
    return this.table.get(feature);
  }

  /** Every feature the model has weights for. */
  featureNames(): IterableIterator<string> {
    return this.table.keys();
  }

  /** The features pushing hardest toward one class, strongest first. */
  topFeatures(features: readonly string[], classIndex: number, k = 5): FeatureWeight[] {
    const out: FeatureWeight[] = [];
    for (const f of features) {
      const e = this.table.get(f);
      if (!e) continue;
      const w = weightToward(e, classIndex);
      if (w > 0) out.push({ feature: f, weight: w });
    }
    return strongestFirst(out, k);
  }
}

/** A feature's weight for one class (0 when it has none). */
function weightToward(e: FeatureWeights, classIndex: number): number {
  for (let i = 0; i < e.cls.length; i++) if (e.cls[i] === classIndex) return e.w[i];
  return 0;
}

/** The k heaviest of distinct features, heaviest first, ties by name: topFeatures' order. */
export function strongestFirst(features: FeatureWeight[], k: number): FeatureWeight[] {
  features.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return features.slice(0, k);
}

/** A feature's weights: w[i] for class cls[i]. */
export interface FeatureWeights {
  cls: Int32Array;
  w: Float64Array;
}

/** Adds a feature's weights to per-class scores. */
export function addWeights(scores: Float64Array, e: FeatureWeights): void {
  for (let i = 0; i < e.cls.length; i++) scores[e.cls[i]] += e.w[i];
}

/** Turns per-class scores into probabilities, in place. */
export function softmaxInPlace(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of s) if (v > max) max = v;
  let z = 0;
  for (let c = 0; c < s.length; c++) z += (s[c] = Math.exp(s[c] - max));
  for (let c = 0; c < s.length; c++) s[c] /= z;
  return s;
}
