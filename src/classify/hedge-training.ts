import { analyze } from '../analyze.ts';
import type { Claim } from '../model/types.ts';
import { f1 } from '../eval/metrics.ts';
import { claimCertainty, DEFAULT_COMPONENTS } from '../pipeline/components.ts';
import { buildPipeline, type Component } from '../pipeline/runner.ts';
import { isNotJudgedByModel } from '../extract/claims.ts';
import { hedgeFeatures } from './hedge.ts';
import { fitLinear, LinearModel, type Hyperparameters, type ModelBody, type ModelFile, type ModelHeader } from './linear-model.ts';
import { stratifiedFolds } from './training.ts';

// Training the hedge model on the CoNLL-2010 dev file, and its honest score: k-fold
// cross-validation that replays what analyze() does with the fold's model. A sentence is
// uncertain when a cue other than a judged modal made any claim uncertain, when the model finds
// a claim that only a modal made uncertain uncertain at the modal threshold, or when it finds a
// claim the cues left asserted uncertain at the threshold.
//
// The learner is the shared logistic regression with naive-Bayes-scaled features (NB-LR, Wang
// and Manning 2012): feature f counts as if its value were floor + |log-count ratio of f between
// the classes|, which the fit gets as a per-feature L2 of l2 / value², so the file still holds
// plain binary weights. Both thresholds are chosen by an inner cross-validation on the training
// rows alone (inside each outer fold for the reported score).

export const HEDGE_SPEC = {
  name: 'hedge' as const,
  task: 'CoNLL-2010 Wikipedia sentence uncertainty (weasel and hedge wording) from the sentence',
  file: 'hedge-conll2010/dev.csv',
  text: 'sentence',
  label: 'label',
  classes: ['certain', 'uncertain'],
  /** See docs/models.md ("The hedge model") for how these were chosen. */
  hyperparameters: { l2: 6e-2, minCount: 2, classWeightPower: 0, prune: 0.005, maxIterations: 300 } satisfies Hyperparameters,
  /** NB scaling: Laplace smoothing of the class counts, and the value a feature has at ratio 1. */
  nb: { alpha: 1, floor: 0.5 },
  /** Threshold grids the inner cross-validation picks from. */
  thresholds: [0.4, 0.45, 0.5, 0.55],
  modalThresholds: [0.3, 0.4, 0.5],
};

/**
 * How the cue rules left a claim: asserted, uncertain by a modal cue alone, or by another cue;
 * `stated` is asserted by an institution the claim names, which the model does not judge
 * (claims.ts, hedgeClaimsByModel).
 */
export type ClaimBasis = 'asserted' | 'modal' | 'cue' | 'stated';

export interface HedgeRow {
  /** 'certain' or 'uncertain'. */
  label: string;
  /** Features of the whole sentence: the unit the model learns from. */
  features: string[];
  /** Each claim's features and how the cue rules left it. */
  claims: Array<{ features: string[]; basis: ClaimBasis }>;
}

/** The pipeline without the model (cue rules only), with the claims handed out as they are. */
function rulesOnlyPipeline(sink: (text: string, claims: readonly Claim[]) => void) {
  const capture: Component = { name: 'hedge-training-capture', requires: ['claims'], assigns: [], run: (doc) => sink(doc.text, doc.claims) };
  return buildPipeline([...DEFAULT_COMPONENTS.filter((c) => c !== claimCertainty), capture]);
}

/**
 * One training row: the sentence analysed by the cue rules alone (so training needs no earlier
 * model file). A sentence analyze() refuses gives a row with no claims, scored as certain as the
 * hedge scorer does, and not learned from.
 */
export function hedgeRow(label: string, sentence: string, name = 'hedge sentence'): HedgeRow {
  let text = sentence;
  let claims: readonly Claim[] = [];
  try {
    analyze(sentence, {
      name,
      pipeline: rulesOnlyPipeline((t, c) => {
        text = t;
        claims = c;
      }),
    });
  } catch {
    claims = [];
  }
  return {
    label,
    features: hedgeFeatures(text, claims.flatMap((c) => c.cues)),
    claims: claims.map((c) => ({ features: hedgeFeatures(text.slice(c.start, c.end), c.cues), basis: basisOf(c, text.slice(c.start, c.end)) })),
  };
}

function basisOf(c: Claim, text: string): ClaimBasis {
  if (c.certainty === 'asserted') return isNotJudgedByModel(c, text) ? 'stated' : 'asserted';
  return c.withoutModal === 'asserted' ? 'modal' : 'cue';
}

export interface HedgeCv {
  folds: number;
  /** The thresholds each outer fold's inner cross-validation picked. */
  thresholds: number[];
  modalThresholds: number[];
  uncertainF1: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** The model alone on every claim, cue-made or not, at each fold's threshold. */
  modelOnly: { uncertainF1: number; accuracy: number };
  /** The cue rules alone, without the model (every modal cue stands). */
  rulesOnly: { uncertainF1: number; accuracy: number };
}

function headerOf(training: ModelHeader['training'], cv: HedgeCv | null, threshold: number, modalThreshold: number): ModelHeader {
  return {
    name: HEDGE_SPEC.name,
    kind: 'multinomial-logistic-regression',
    task: HEDGE_SPEC.task,
    text: HEDGE_SPEC.text,
    label: HEDGE_SPEC.label,
    features: ['hedge'],
    hyperparameters: { ...HEDGE_SPEC.hyperparameters, nb: HEDGE_SPEC.nb } as Hyperparameters,
    training,
    cv: cv as unknown as Record<string, unknown> | null,
    threshold,
    modalThreshold,
  };
}

/** Per-feature L2 multipliers of NB-LR: 1 / (floor + |log ratio|)², from the training rows. */
function nbPenalty(rows: readonly HedgeRow[]): (feature: string) => number {
  const [neg, pos] = HEDGE_SPEC.classes;
  const counts = new Map<string, [number, number]>();
  let nNeg = 0;
  let nPos = 0;
  for (const r of rows) {
    const k = r.label === pos ? 1 : 0;
    if (k) nPos++;
    else if (r.label === neg) nNeg++;
    for (const f of r.features) {
      let c = counts.get(f);
      if (!c) counts.set(f, (c = [0, 0]));
      c[k]++;
    }
  }
  const { alpha, floor } = HEDGE_SPEC.nb;
  return (f) => {
    const [c0, c1] = counts.get(f) ?? [0, 0];
    const v = floor + Math.abs(Math.log((c1 + alpha) / (nPos + alpha) / ((c0 + alpha) / (nNeg + alpha))));
    return 1 / (v * v);
  };
}

function fit(rows: readonly HedgeRow[]): ModelBody & { iterations: number } {
  const used = rows.filter((r) => r.claims.length > 0);
  return fitLinear(
    used.map((r) => ({ features: r.features, label: r.label })),
    HEDGE_SPEC.classes,
    HEDGE_SPEC.hyperparameters,
    nbPenalty(used),
  );
}

function asModel(body: ModelBody): LinearModel {
  const header = headerOf({ file: HEDGE_SPEC.file, rows: 0, date: '', iterations: 0, vocabulary: 0, weights: 0 }, null, 0.5, 0.5);
  return new LinearModel({ ...header, ...body }, 'cv');
}

/**
 * A hedge-shaped model fitted on these rows (NB-LR, HEDGE_SPEC's hyperparameters), not written to
 * a file: for experiments that fit the same learner to other labelled sentences.
 */
export function fitHedgeLearner(rows: readonly HedgeRow[]): LinearModel {
  return asModel(fit(rows));
}

/** Each claim's basis and probability of being uncertain, by a model fitted without these rows. */
type Scored = Array<{ gold: boolean; claims: Array<{ basis: ClaimBasis; p: number }> }>;

function score(model: LinearModel, rows: readonly HedgeRow[]): Scored {
  const u = model.classes.indexOf('uncertain');
  return rows.map((r) => ({
    gold: r.label === 'uncertain',
    claims: r.claims.map((c) => ({ basis: c.basis, p: model.probabilities(c.features)[u] })),
  }));
}

/** What analyze() says of the sentence: cue rules, then the model at the two thresholds. */
function verdict(claims: Scored[number]['claims'], t: number, tm: number): boolean {
  return claims.some((c) => c.basis === 'cue' || (c.basis !== 'stated' && c.p >= (c.basis === 'modal' ? tm : t)));
}

/** Out-of-fold scores of every row, by k models each fitted on the other folds. */
function outOfFold(rows: readonly HedgeRow[], k: number): Scored {
  const fold = stratifiedFolds(rows.map((r) => r.label), k);
  const out: Scored = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const model = asModel(fit(rows.filter((_, i) => fold[i] !== f)));
    const test = rows.map((r, i) => [r, i] as const).filter(([, i]) => fold[i] === f);
    score(model, test.map(([r]) => r)).forEach((s, j) => (out[test[j][1]] = s));
  }
  return out;
}

/** The thresholds with the best uncertain F1 over out-of-fold scores (ties: the first in the grids). */
function pickThresholds(scored: Scored): { threshold: number; modalThreshold: number } {
  let best = { threshold: HEDGE_SPEC.thresholds[0], modalThreshold: HEDGE_SPEC.modalThresholds[0] };
  let bestF1 = -1;
  for (const t of HEDGE_SPEC.thresholds) {
    for (const tm of HEDGE_SPEC.modalThresholds) {
      const f = scores(scored.map((s) => [s.gold, verdict(s.claims, t, tm)])).uncertainF1;
      if (f > bestF1) {
        bestF1 = f;
        best = { threshold: t, modalThreshold: tm };
      }
    }
  }
  return best;
}

/** Thresholds chosen by k-fold cross-validation on these rows alone. */
export function chooseThresholds(rows: readonly HedgeRow[], k = 5): { threshold: number; modalThreshold: number } {
  return pickThresholds(outOfFold(rows, k));
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

/**
 * Stratified k-fold cross-validation of rules + model, as analyze() combines them, with both
 * thresholds chosen inside each outer fold by an inner k-fold cross-validation of its training
 * rows (nested: the held-out fold never chooses anything). Seed 0 assigns folds in file order;
 * another seed shuffles the rows first (stratifiedFolds), for a second opinion on a change.
 */
export function crossValidateHedge(rows: readonly HedgeRow[], k = 5, seed = 0): HedgeCv {
  const fold = stratifiedFolds(rows.map((r) => r.label), k, seed);
  const both: Array<[boolean, boolean]> = [];
  const modelOnly: Array<[boolean, boolean]> = [];
  const rulesOnly: Array<[boolean, boolean]> = [];
  const thresholds: number[] = [];
  const modalThresholds: number[] = [];
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => fold[i] !== f);
    const test = rows.filter((_, i) => fold[i] === f);
    const { threshold, modalThreshold } = chooseThresholds(train, k);
    thresholds.push(threshold);
    modalThresholds.push(modalThreshold);
    for (const s of score(asModel(fit(train)), test)) {
      both.push([s.gold, verdict(s.claims, threshold, modalThreshold)]);
      rulesOnly.push([s.gold, s.claims.some((c) => c.basis === 'modal' || c.basis === 'cue')]);
      modelOnly.push([s.gold, s.claims.some((c) => c.p >= threshold)]);
    }
  }
  const s = scores(both);
  const m = scores(modelOnly);
  const r = scores(rulesOnly);
  return {
    folds: k,
    thresholds,
    modalThresholds,
    ...s,
    modelOnly: { uncertainF1: m.uncertainF1, accuracy: m.accuracy },
    rulesOnly: { uncertainF1: r.uncertainF1, accuracy: r.accuracy },
  };
}

/** The model fitted on every analysable row, its thresholds chosen by cross-validation on them. */
export function fitHedgeModel(rows: readonly HedgeRow[], meta: { date: string; cv: HedgeCv | null }, k = 5): ModelFile {
  const { threshold, modalThreshold } = chooseThresholds(rows, k);
  const { iterations, ...body } = fit(rows);
  const weights = Object.values(body.weights).reduce((n, pairs) => n + pairs.length / 2, 0);
  const used = rows.filter((r) => r.claims.length > 0).length;
  const training = { file: HEDGE_SPEC.file, rows: used, date: meta.date, iterations, vocabulary: Object.keys(body.weights).length, weights };
  return { ...headerOf(training, meta.cv, threshold, modalThreshold), ...body };
}
