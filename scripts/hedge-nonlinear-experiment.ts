// Session-10 experiment (docs/models.md, hedge model, "Session 10"): do non-linear learners over
// the hedge model's own features find interactions the linear NB-LR misses? Prints nested 5-fold
// CV uncertain F1 of cues + model, as analyze() combines them (crossValidateHedge's protocol),
// on each fold split, for one learner family:
//   linear    the shipped NB-LR alone (must reproduce `npm run train -- --only hedge`)
//   residual  boosted trees started from the NB-LR's out-of-fold logit on each training row
//             (an inner 5-fold CV of the training part), so they learn only what it leaves;
//             claim score = NB-LR logit + s · tree margin after R rounds
//   trees     boosted trees from scratch, averaged with the NB-LR logit at weight w
//   leaves    boosted trees as a feature transform: each tree's leaf a binary feature of the NB-LR
//   mlp       a one-hidden-layer perceptron, averaged with the NB-LR logit at weight w
//   svm       a linear SVM (squared hinge) beside the NB-LR: logit + b · SVM margin
//   knn       the k nearest training sentences: logit + 0.2 · their label log-odds
// Every choice (thresholds, and s, R or w from a fixed grid) is made by an inner 5-fold CV of
// each outer training part; the outer test fold fits nothing. "per setting" rows fix one grid
// point (thresholds still nested): honest for that setting, but picking the best of them after
// the fact is optimistic. Nothing here changes the shipped model.
//
//   node --import tsx scripts/hedge-nonlinear-experiment.ts [--learner linear|residual|trees|leaves|mlp|svm|knn]
//     [--cv-seeds 0,11,22] [--depth N] [--rounds N] [--hidden N] [--tree-features all|evidence]
//     [--dense] [--cache FILE] [--data DIR]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { f1 } from '../src/eval/metrics.ts';
import { words } from '../src/classify/features.ts';
import { loadWeaselLexicon, type HedgeCue } from '../src/classify/hedge.ts';
import { fitHedgeLearner, HEDGE_SPEC, hedgeRow, type ClaimBasis, type HedgeRow } from '../src/classify/hedge-training.ts';
import { BoostedTrees, LinearSvm, Mlp, NearestSentences, type BinaryRow } from '../src/classify/hedge-nonlinear.ts';
import { stratifiedFolds } from '../src/classify/training.ts';
import { readCsv } from '../src/eval/csv.ts';
import { fail as failWith, scriptOptions } from './options.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const K = 5;

function fail(message: string): never {
  return failWith('hedge-nonlinear-experiment', message);
}

/** A learner: fitted on training rows, it gives each claim a vector of scores; settings turn one into a probability. */
interface Learner {
  fit(rows: readonly HedgeRow[]): (features: readonly string[]) => Float64Array;
  settings: Array<{ name: string; p: (c: Float64Array) => number }>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function linearLogit(rows: readonly HedgeRow[]): (features: readonly string[]) => number {
  // The dense thermometers (--dense) are for the trees only.
  const model = fitHedgeLearner(rows.map((r) => ({ ...r, features: r.features.filter((f) => !DENSE.test(f)) })));
  const u = model.classes.indexOf('uncertain');
  return (features) => {
    const p = model.probabilities(features)[u];
    return Math.log(p / (1 - p));
  };
}

const usable = (rows: readonly HedgeRow[]) => rows.filter((r) => r.claims.length > 0);

/** The features the trees see: all, or only the evidence families (no words, prefixes or pairs). */
let treeView: (features: readonly string[]) => readonly string[] = (f) => f;
const EVIDENCE = /^(?:w|p|b):/;

/**
 * With --dense: thermometer features of counts and positions ("d:len>=20", "d:first<=2"), which
 * only the trees see (the NB-LR's features stay the shipped ones): the claim's length in words,
 * the place of its first and last weasel-family word, how many family words, cues, commas, and
 * whether it holds quotation marks or brackets.
 */
function denseFeatures(text: string, cues: readonly HedgeCue[]): string[] {
  const lex = loadWeaselLexicon();
  const ws = words(text);
  const at: number[] = [];
  ws.forEach((w, i) => lex.byFirst.has(w) && at.push(i));
  const out: string[] = [];
  const up = (name: string, n: number, cuts: number[]) => cuts.forEach((c) => n >= c && out.push(`d:${name}>=${c}`));
  const down = (name: string, n: number, cuts: number[]) => cuts.forEach((c) => n <= c && out.push(`d:${name}<=${c}`));
  up('len', ws.length, [5, 8, 12, 16, 20, 25, 30, 40]);
  up('fam', at.length, [1, 2, 3, 4]);
  up('cues', cues.filter((c) => c.kind !== 'attribution').length, [1, 2, 3]);
  up('attr', cues.filter((c) => c.kind === 'attribution').length, [1, 2]);
  up('commas', (text.match(/,/g) ?? []).length, [1, 2, 3, 4]);
  if (at.length) {
    down('first', at[0], [0, 1, 2, 3, 5, 8, 12]);
    up('fromEnd', ws.length - 1 - at[at.length - 1], [1, 2, 3, 5, 8, 12]);
    down('firstShare', Math.floor((10 * at[0]) / Math.max(1, ws.length)), [1, 3, 5, 7]);
  }
  if (/["“”]/.test(text)) out.push('d:quote');
  if (/[()[\]]/.test(text)) out.push('d:bracket');
  return out;
}
const DENSE = /^d:/;

function learner(kind: string, depth: number, hidden: number, rounds: number): Learner {
  const linearSetting = { name: 'linear', p: (c: Float64Array) => sigmoid(c[0]) };
  if (kind === 'linear') return { fit: (rows) => { const lin = linearLogit(rows); return (f) => Float64Array.of(lin(f)); }, settings: [linearSetting] };
  const checkpoints = [25, 50, 100, 200];
  const tree = { checkpoints, depth, learningRate: 0.1, lambda: 1, minHessian: 1, minCount: 5, maxFeatures: 1500 };
  if (kind === 'residual') {
    return {
      fit(rows) {
        const used = usable(rows);
        const lin = linearLogit(used);
        // Each training row's margin: the NB-LR's logit from a fit that did not see it.
        const fold = stratifiedFolds(used.map((r) => r.label), K);
        const margin = new Float64Array(used.length);
        for (let f = 0; f < K; f++) {
          const m = linearLogit(used.filter((_, i) => fold[i] !== f));
          used.forEach((r, i) => fold[i] === f && (margin[i] = m(r.features)));
        }
        const bt = BoostedTrees.fit(
          used.map((r, i): BinaryRow => ({ features: treeView(r.features), uncertain: r.label === 'uncertain', margin: margin[i] })),
          tree,
        );
        return (f) => Float64Array.of(lin(f), ...bt.predict(treeView(f)));
      },
      settings: [
        linearSetting,
        ...[0.5, 1].flatMap((s) => checkpoints.map((r, j) => ({ name: `s ${s} R ${r}`, p: (c: Float64Array) => sigmoid(c[0] + s * c[1 + j]) }))),
      ],
    };
  }
  if (kind === 'trees') {
    return {
      fit(rows) {
        const used = usable(rows);
        const lin = linearLogit(used);
        const bt = BoostedTrees.fit(used.map((r): BinaryRow => ({ features: treeView(r.features), uncertain: r.label === 'uncertain' })), tree);
        return (f) => Float64Array.of(lin(f), ...bt.predict(treeView(f)));
      },
      settings: [
        linearSetting,
        ...[0.25, 0.5, 0.75].flatMap((w) => checkpoints.map((r, j) => ({ name: `w ${w} R ${r}`, p: (c: Float64Array) => sigmoid((1 - w) * c[0] + w * c[1 + j]) }))),
      ],
    };
  }
  if (kind === 'mlp') {
    const epochs = [150, 300];
    return {
      fit(rows) {
        const used = usable(rows);
        const lin = linearLogit(used);
        const data = used.map((r): BinaryRow => ({ features: r.features, uncertain: r.label === 'uncertain' }));
        const nets = epochs.map((e) => Mlp.fit(data, { hidden, l2: 3e-2, epochs: e, learningRate: 0.01, minCount: 2, seed: 7 }));
        return (f) => Float64Array.of(lin(f), ...nets.map((n) => n.logit(f)));
      },
      settings: [
        linearSetting,
        ...[0.3, 0.5].flatMap((w) => epochs.map((e, j) => ({ name: `w ${w} epochs ${e}`, p: (c: Float64Array) => sigmoid((1 - w) * c[0] + w * c[1 + j]) }))),
      ],
    };
  }
  if (kind === 'leaves') {
    // Trees as a feature transform (He et al. 2014): each tree's leaf becomes a binary feature of
    // the NB-LR, which weighs the conjunctions under its own regularisation.
    const leafTrees = { ...tree, checkpoints: [rounds], learningRate: 0.3, minHessian: 5 };
    return {
      fit(rows) {
        const used = usable(rows);
        const bt = BoostedTrees.fit(used.map((r): BinaryRow => ({ features: treeView(r.features), uncertain: r.label === 'uncertain' })), leafTrees);
        const plus = (f: readonly string[]) => [...f, ...bt.leafFeatures(treeView(f))];
        const lin = linearLogit(used.map((r) => ({ ...r, features: plus(r.features) })));
        return (f) => Float64Array.of(lin(plus(f)));
      },
      settings: [{ ...linearSetting, name: 'nb-lr + leaves' }],
    };
  }
  if (kind === 'knn') {
    const ks = [10, 50];
    return {
      fit(rows) {
        const used = usable(rows);
        const lin = linearLogit(used);
        const memory = NearestSentences.fit(used.map((r): BinaryRow => ({ features: r.features, uncertain: r.label === 'uncertain' })));
        return (f) => Float64Array.of(lin(f), ...memory.scores(f, ks));
      },
      settings: [linearSetting, ...ks.map((k, j) => ({ name: `k ${k} add 0.2`, p: (c: Float64Array) => sigmoid(c[0] + 0.2 * c[1 + j]) }))],
    };
  }
  if (kind === 'svm') {
    const Cs = [0.1, 1];
    return {
      fit(rows) {
        const used = usable(rows);
        const lin = linearLogit(used);
        const data = used.map((r): BinaryRow => ({ features: r.features, uncertain: r.label === 'uncertain' }));
        const svms = Cs.map((C) => LinearSvm.fit(data, { C, epochs: 50, minCount: 2 }));
        return (f) => Float64Array.of(lin(f), ...svms.map((s) => s.margin(f)));
      },
      settings: [
        linearSetting,
        ...[0.5, 1, 2, 4].flatMap((b) => Cs.map((C, j) => ({ name: `b ${b} C ${C}`, p: (c: Float64Array) => sigmoid(c[0] + b * c[1 + j]) }))),
        ...Cs.map((C, j) => ({ name: `alone C ${C}`, p: (c: Float64Array) => sigmoid(4 * c[1 + j]) })),
      ],
    };
  }
  return fail(`--learner: unknown learner "${kind}" (expected linear, residual, trees, leaves, mlp, svm or knn)`);
}

type Scored = Array<{ gold: boolean; claims: Array<{ basis: ClaimBasis; c: Float64Array }> }>;

function score(predict: (f: readonly string[]) => Float64Array, rows: readonly HedgeRow[]): Scored {
  return rows.map((r) => ({ gold: r.label === 'uncertain', claims: r.claims.map((c) => ({ basis: c.basis, c: predict(c.features) })) }));
}

function f1Of(scored: Scored, p: (c: Float64Array) => number, t: number, tm: number): { f: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scored) {
    const ours = s.claims.some((c) => c.basis === 'cue' || p(c.c) >= (c.basis === 'modal' ? tm : t));
    if (s.gold && ours) tp++;
    else if (ours) fp++;
    else if (s.gold) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { f: f1(precision, recall), tp, fp, fn };
}

/** Best (setting, threshold, modal threshold) on out-of-fold scores; ties go to the first. */
function pick(scored: Scored, settings: Learner['settings']): { s: number; t: number; tm: number } {
  let best = { s: settings[0] ? 0 : 0, t: HEDGE_SPEC.thresholds[0], tm: HEDGE_SPEC.modalThresholds[0] };
  let bestF = -1;
  settings.forEach((setting, s) => {
    for (const t of HEDGE_SPEC.thresholds) {
      for (const tm of HEDGE_SPEC.modalThresholds) {
        const { f } = f1Of(scored, setting.p, t, tm);
        if (f > bestF) {
          bestF = f;
          best = { s, t, tm };
        }
      }
    }
  });
  return best;
}

function outOfFold(l: Learner, rows: readonly HedgeRow[]): Scored {
  const fold = stratifiedFolds(rows.map((r) => r.label), K);
  const out: Scored = new Array(rows.length);
  for (let f = 0; f < K; f++) {
    const predict = l.fit(rows.filter((_, i) => fold[i] !== f));
    const test = rows.map((r, i) => [r, i] as const).filter(([, i]) => fold[i] === f);
    score(predict, test.map(([r]) => r)).forEach((s, j) => (out[test[j][1]] = s));
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const add = (a: Counts, b: Counts) => ((a.tp += b.tp), (a.fp += b.fp), (a.fn += b.fn));
const f1OfCounts = (c: Counts) => f1(c.tp / (c.tp + c.fp || 1), c.tp / (c.tp + c.fn || 1));

/** Nested CV: the selected setting's F1, and each setting's F1 with only its thresholds nested. */
function nested(l: Learner, rows: readonly HedgeRow[], seed: number): { f: number; chosen: string[]; each: number[] } {
  const fold = stratifiedFolds(rows.map((r) => r.label), K, seed);
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const each: Counts[] = l.settings.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const chosen: string[] = [];
  for (let f = 0; f < K; f++) {
    const train = rows.filter((_, i) => fold[i] !== f);
    const test = rows.filter((_, i) => fold[i] === f);
    const inner = outOfFold(l, train);
    const scored = score(l.fit(train), test);
    const sel = pick(inner, l.settings);
    chosen.push(`${l.settings[sel.s].name} @${sel.t}/${sel.tm}`);
    add(total, f1Of(scored, l.settings[sel.s].p, sel.t, sel.tm));
    l.settings.forEach((setting, s) => {
      const one = pick(inner, [setting]);
      add(each[s], f1Of(scored, setting.p, one.t, one.tm));
    });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return { f: f1OfCounts(total), chosen, each: each.map(f1OfCounts) };
}

/** The analysed rows; with --cache FILE, read from FILE when it exists (written otherwise): only while the features stay the same. */
function rowsOf(dataDir: string, cache: string | undefined, dense: boolean): HedgeRow[] {
  const path = join(dataDir, HEDGE_SPEC.file);
  if (!existsSync(path)) fail(`${path} not found; pass --data DIR (the shared gold data folder)`);
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as HedgeRow[];
  const { rows: raw } = readCsv(path, [HEDGE_SPEC.text, HEDGE_SPEC.label]);
  const rows: HedgeRow[] = [];
  for (const { line, values } of raw) {
    const label = values[HEDGE_SPEC.label].trim();
    const text = values[HEDGE_SPEC.text];
    if (!HEDGE_SPEC.classes.includes(label) || !text.trim()) continue;
    rows.push(hedgeRow(label, text, `${HEDGE_SPEC.file} line ${line}`, dense ? denseFeatures : undefined));
  }
  if (cache) writeFileSync(cache, JSON.stringify(rows));
  return rows;
}

function main(): void {
  const given = scriptOptions(
    'hedge-nonlinear-experiment',
    { data: 'string', learner: 'string', 'cv-seeds': 'string', depth: 'string', hidden: 'string', rounds: 'string', 'tree-features': 'string', cache: 'string', dense: 'boolean' },
    'node --import tsx scripts/hedge-nonlinear-experiment.ts [--learner linear|residual|trees|leaves|mlp|svm|knn] [--rounds N] [--cv-seeds 0,11,22] [--depth N] [--hidden N] [--tree-features all|evidence] [--dense] [--cache FILE] [--data DIR]',
    process.argv.slice(2),
  );
  const seeds = (given['cv-seeds'] ?? '0,11,22').split(',').map(Number);
  if (seeds.some((n) => !Number.isInteger(n) || n < 0)) fail('--cv-seeds must be a comma-separated list of whole numbers');
  const depth = Number(given.depth ?? 2);
  const hidden = Number(given.hidden ?? 16);
  if (!Number.isInteger(depth) || depth < 1) fail('--depth must be a whole number of at least 1');
  if (!Number.isInteger(hidden) || hidden < 1) fail('--hidden must be a whole number of at least 1');
  const kind = given.learner ?? 'residual';
  const view = given['tree-features'] ?? 'all';
  if (view === 'evidence') treeView = (f) => f.filter((x) => !EVIDENCE.test(x));
  else if (view !== 'all') fail('--tree-features must be all or evidence');
  const rounds = Number(given.rounds ?? 30);
  if (!Number.isInteger(rounds) || rounds < 1) fail('--rounds must be a whole number of at least 1');
  const l = learner(kind, depth, hidden, rounds);
  const rows = rowsOf(resolve(given.data ?? join(ROOT, '..', 'shared', 'data')), given.cache, given.dense === true);
  const t0 = performance.now();
  const results = seeds.map((seed) => ({ seed, ...nested(l, rows, seed) }));
  const r4 = (x: number) => x.toFixed(4);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`learner ${kind}${given.dense ? ' + dense' : ''} (depth ${depth}, rounds ${rounds}, hidden ${hidden}, tree features ${view}), ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const r of results) console.log(`  ${r.seed === 0 ? 'file' : `seed ${r.seed}`}: nested ${r4(r.f)}  chose ${r.chosen.join('; ')}`);
  console.log(`  nested selection: ${results.map((r) => r4(r.f)).join(' / ')}  mean ${r4(mean(results.map((r) => r.f)))}`);
  l.settings.forEach((s, i) => console.log(`  per setting ${s.name.padEnd(18)} ${results.map((r) => r4(r.each[i])).join(' / ')}  mean ${r4(mean(results.map((r) => r.each[i])))}`));
}

main();
