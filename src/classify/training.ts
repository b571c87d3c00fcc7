import { classification } from '../eval/metrics.ts';
import { decideAcled } from './acled.ts';
import { extractFeatures, type FeatureInput } from './features.ts';
import { decideGtd } from './gtd.ts';
import { fitLinear, LinearModel, type ModelBody, type ModelFile, type ModelHeader } from './linear-model.ts';
import type { CompiledRules } from './rules.ts';
import type { DatasetSpec, ModelName, ModelSpec } from './tasks.ts';

// Training and honest evaluation: stratified k-fold cross-validation on the dev file (each fold
// refits the vocabulary and weights on the other folds), then one fit on all rows to ship.

export interface TrainingRow {
  input: FeatureInput;
  labels: Partial<Record<ModelName, string>>;
}

export interface CvMetrics {
  folds: number;
  accuracy: number | null;
  macroF1: number | null;
  /** The model's own top class, without override rules or joint decoding. */
  modelOnly: { accuracy: number | null; macroF1: number | null };
  perClass: Record<string, { support: number; f1: number }>;
  /** Gold label to predicted label to count. */
  confusion: Record<string, Record<string, number>>;
}

/**
 * Fold of each row: within each class, rows go to folds 0, 1, ..., k-1, 0, ... in file order or,
 * with a non-zero seed, in an order shuffled by that seed. One split can move CV accuracy by
 * about 0.005, so a change is judged on several splits (`npm run train -- --cv-seeds 0,11,22`).
 */
export function stratifiedFolds(labels: readonly string[], k: number, seed = 0): Int32Array {
  const next = new Map<string, number>();
  const fold = new Int32Array(labels.length);
  for (const i of rowOrder(labels.length, seed)) {
    const n = next.get(labels[i]) ?? 0;
    fold[i] = n % k;
    next.set(labels[i], n + 1);
  }
  return fold;
}

/** 0, 1, ..., n-1, or with a non-zero seed a Fisher-Yates shuffle driven by mulberry32(seed). */
export function rowOrder(n: number, seed: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (seed === 0) return order;
  let state = seed | 0;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const x = order[i];
    order[i] = order[j];
    order[j] = x;
  }
  return order;
}

export function classesOf(rows: readonly TrainingRow[], model: ModelName): string[] {
  return [...new Set(rows.map((r) => r.labels[model]!))].sort();
}

/** The header every model file of this spec shares; training and cv are filled per fit. */
function headerOf(spec: ModelSpec, dataset: DatasetSpec, training: ModelHeader['training'], cv: ModelHeader['cv']): ModelHeader {
  return {
    name: spec.name,
    kind: 'multinomial-logistic-regression',
    task: spec.task,
    text: dataset.text,
    label: spec.label,
    features: dataset.features,
    hyperparameters: spec.hyperparameters,
    training,
    cv,
  };
}

function asModel(spec: ModelSpec, dataset: DatasetSpec, body: ModelBody): LinearModel {
  const header = headerOf(spec, dataset, { file: dataset.file, rows: 0, date: '', iterations: 0, vocabulary: 0, weights: 0 }, null);
  return new LinearModel({ ...header, ...body }, 'cv');
}

type Predictions = Record<ModelName, { shipped: string; modelOnly: string }>;

/** Labels of every model of the dataset for one input, as shipped and as the bare model. */
export function predictAll(dataset: DatasetSpec, models: Map<ModelName, LinearModel>, input: FeatureInput, rules: CompiledRules): Partial<Predictions> {
  const bare = (name: ModelName) => {
    const m = models.get(name)!;
    const p = m.probabilities(extractFeatures(input, m.features, rules).features);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
    return m.classes[best];
  };
  if (dataset.name === 'gtd') {
    const d = decideGtd({ attack: models.get('gtd-attack')!, target: models.get('gtd-target')! }, input, rules);
    return {
      'gtd-attack': { shipped: d.attackType.label, modelOnly: bare('gtd-attack') },
      'gtd-target': { shipped: d.targetType.label, modelOnly: bare('gtd-target') },
    };
  }
  const d = decideAcled({ event: models.get('acled-event')!, subEvent: models.get('acled-subevent')! }, input, rules);
  return {
    'acled-event': { shipped: d.eventType.label, modelOnly: bare('acled-event') },
    'acled-subevent': { shipped: d.subEventType.label, modelOnly: bare('acled-subevent') },
  };
}

export function crossValidate(
  dataset: DatasetSpec,
  rows: readonly TrainingRow[],
  rules: CompiledRules,
  k = 5,
  onFold?: (fold: number) => void,
  seed = 0,
): Map<ModelName, CvMetrics> {
  const features = rows.map((r) => extractFeatures(r.input, dataset.features, rules).features);
  const fold = stratifiedFolds(rows.map((r) => r.labels[dataset.stratifyOn]!), k, seed);
  const pairs = new Map<ModelName, { shipped: Array<[string, string]>; modelOnly: Array<[string, string]> }>();
  for (const spec of dataset.models) pairs.set(spec.name, { shipped: [], modelOnly: [] });

  for (let f = 0; f < k; f++) {
    const models = new Map<ModelName, LinearModel>();
    for (const spec of dataset.models) {
      const train = [];
      for (let i = 0; i < rows.length; i++) if (fold[i] !== f) train.push({ features: features[i], label: rows[i].labels[spec.name]! });
      const body = fitLinear(train, classesOf(rows, spec.name), spec.hyperparameters);
      models.set(spec.name, asModel(spec, dataset, body));
    }
    for (let i = 0; i < rows.length; i++) {
      if (fold[i] !== f) continue;
      const p = predictAll(dataset, models, rows[i].input, rules);
      for (const spec of dataset.models) {
        const gold = rows[i].labels[spec.name]!;
        pairs.get(spec.name)!.shipped.push([gold, p[spec.name]!.shipped]);
        pairs.get(spec.name)!.modelOnly.push([gold, p[spec.name]!.modelOnly]);
      }
    }
    onFold?.(f);
  }

  const out = new Map<ModelName, CvMetrics>();
  for (const [name, { shipped, modelOnly }] of pairs) {
    const s = classification(shipped);
    const m = classification(modelOnly);
    const perClass: CvMetrics['perClass'] = {};
    for (const [c, row] of [...s.confusion].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let support = 0;
      for (const n of row.values()) support += n;
      perClass[c] = { support, f1: Math.round((s.perClass.get(c)?.f1 ?? 0) * 1e4) / 1e4 };
    }
    const confusion: CvMetrics['confusion'] = {};
    for (const [gold, row] of [...s.confusion].sort(([a], [b]) => (a < b ? -1 : 1))) {
      confusion[gold] = Object.fromEntries([...row].sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    out.set(name, {
      folds: k,
      accuracy: s.accuracy,
      macroF1: s.macroF1,
      modelOnly: { accuracy: m.accuracy, macroF1: m.macroF1 },
      perClass,
      confusion,
    });
  }
  return out;
}

/** One model fitted on every row, with its header. */
export function fitModel(
  dataset: DatasetSpec,
  spec: ModelSpec,
  rows: readonly TrainingRow[],
  rules: CompiledRules,
  meta: { date: string; cv: CvMetrics | null },
): ModelFile {
  const train = rows.map((r) => ({ features: extractFeatures(r.input, dataset.features, rules).features, label: r.labels[spec.name]! }));
  const { iterations, ...body } = fitLinear(train, classesOf(rows, spec.name), spec.hyperparameters);
  const weights = Object.values(body.weights).reduce((n, pairs) => n + pairs.length / 2, 0);
  const training = { file: dataset.file, rows: rows.length, date: meta.date, iterations, vocabulary: Object.keys(body.weights).length, weights };
  return { ...headerOf(spec, dataset, training, meta.cv as unknown as Record<string, unknown> | null), ...body };
}
