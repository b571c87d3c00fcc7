import type { Analysis } from '../model/analysis.ts';
import { f1 } from '../eval/metrics.ts';
import { HEDGE_RULE, hedgeFeatures } from './hedge.ts';
import { fitLinear, LinearModel, type Hyperparameters, type ModelBody, type ModelFile, type ModelHeader } from './linear-model.ts';
import { stratifiedFolds } from './training.ts';

// Training the hedge model on the CoNLL-2010 dev file, and its honest score: k-fold
// cross-validation that replays what analyze() does with the fold's model. A sentence is
// uncertain when any claim is not asserted by our cue rules, or when the model judges any of
// its claims uncertain (a claim the shipped model already hedged counts as asserted by rule).

export const HEDGE_SPEC = {
  name: 'hedge' as const,
  task: 'CoNLL-2010 Wikipedia sentence uncertainty (weasel and hedge wording) from the sentence',
  file: 'hedge-conll2010/dev.csv',
  text: 'sentence',
  label: 'label',
  classes: ['certain', 'uncertain'],
  /** Chosen by 5-fold cross-validation on the dev file (see docs/models.md). */
  hyperparameters: { l2: 3e-2, minCount: 2, classWeightPower: 0, prune: 0.02, maxIterations: 300 } satisfies Hyperparameters,
  threshold: 0.5,
};

export interface HedgeRow {
  /** 'certain' or 'uncertain'. */
  label: string;
  /** Features of the whole sentence: the unit the model learns from. */
  features: string[];
  /** Each claim's features and whether a cue rule already made it uncertain. */
  claims: Array<{ features: string[]; ruleUncertain: boolean }>;
}

/** A training row from one analysed sentence; `analysis` null when analyze() refused it. */
export function hedgeRow(label: string, text: string, analysis: Analysis | null): HedgeRow {
  const claims = analysis?.claims ?? [];
  return {
    label,
    features: hedgeFeatures(text, claims.flatMap((c) => c.cues)),
    claims: claims.map((c) => ({
      features: hedgeFeatures(c.text, c.cues),
      ruleUncertain: c.certainty !== 'asserted' && !c.rule.includes(HEDGE_RULE),
    })),
  };
}

export interface HedgeCv {
  folds: number;
  threshold: number;
  uncertainF1: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** The model alone, without the cue rules. */
  modelOnly: { uncertainF1: number; accuracy: number };
  /** The cue rules alone, without the model. */
  rulesOnly: { uncertainF1: number; accuracy: number };
}

function headerOf(training: ModelHeader['training'], cv: HedgeCv | null): ModelHeader {
  return {
    name: HEDGE_SPEC.name,
    kind: 'multinomial-logistic-regression',
    task: HEDGE_SPEC.task,
    text: HEDGE_SPEC.text,
    label: HEDGE_SPEC.label,
    features: ['hedge'],
    hyperparameters: HEDGE_SPEC.hyperparameters,
    training,
    cv: cv as unknown as Record<string, unknown> | null,
    threshold: HEDGE_SPEC.threshold,
  };
}

function fit(rows: readonly HedgeRow[]): ModelBody & { iterations: number } {
  return fitLinear(
    rows.filter((r) => r.claims.length > 0).map((r) => ({ features: r.features, label: r.label })),
    HEDGE_SPEC.classes,
    HEDGE_SPEC.hyperparameters,
  );
}

function scores(pairs: ReadonlyArray<[boolean, boolean]>): { uncertainF1: number; precision: number; recall: number; accuracy: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const [gold, ours] of pairs) {
    if (gold && ours) tp++;
    else if (ours) fp++;
    else if (gold) fn++;
    if (gold === ours) right++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return { uncertainF1: r4(f1(precision, recall)), precision: r4(precision), recall: r4(recall), accuracy: r4(pairs.length ? right / pairs.length : 0) };
}

/** Stratified k-fold cross-validation of rules + model, as analyze() combines them. */
export function crossValidateHedge(rows: readonly HedgeRow[], k = 5): HedgeCv {
  const fold = stratifiedFolds(rows.map((r) => r.label), k);
  const both: Array<[boolean, boolean]> = [];
  const modelOnly: Array<[boolean, boolean]> = [];
  const rulesOnly: Array<[boolean, boolean]> = [];
  for (let f = 0; f < k; f++) {
    const model = asModel(fit(rows.filter((_, i) => fold[i] !== f)));
    const u = model.classes.indexOf('uncertain');
    rows.forEach((r, i) => {
      if (fold[i] !== f) return;
      const gold = r.label === 'uncertain';
      const byRule = r.claims.some((c) => c.ruleUncertain);
      const byModel = r.claims.some((c) => model.probabilities(c.features)[u] >= HEDGE_SPEC.threshold);
      both.push([gold, byRule || byModel]);
      modelOnly.push([gold, byModel]);
      rulesOnly.push([gold, byRule]);
    });
  }
  const s = scores(both);
  const m = scores(modelOnly);
  const r = scores(rulesOnly);
  return {
    folds: k,
    threshold: HEDGE_SPEC.threshold,
    ...s,
    modelOnly: { uncertainF1: m.uncertainF1, accuracy: m.accuracy },
    rulesOnly: { uncertainF1: r.uncertainF1, accuracy: r.accuracy },
  };
}

function asModel(body: ModelBody): LinearModel {
  const header = headerOf({ file: HEDGE_SPEC.file, rows: 0, date: '', iterations: 0, vocabulary: 0, weights: 0 }, null);
  return new LinearModel({ ...header, ...body }, 'cv');
}

/** The model fitted on every analysable row, with its header. */
export function fitHedgeModel(rows: readonly HedgeRow[], meta: { date: string; cv: HedgeCv | null }): ModelFile {
  const { iterations, ...body } = fit(rows);
  const weights = Object.values(body.weights).reduce((n, pairs) => n + pairs.length / 2, 0);
  const used = rows.filter((r) => r.claims.length > 0).length;
  const training = { file: HEDGE_SPEC.file, rows: used, date: meta.date, iterations, vocabulary: Object.keys(body.weights).length, weights };
  return { ...headerOf(training, meta.cv), ...body };
}
