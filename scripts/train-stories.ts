// `npm run train:stories`: fits the story-match weights (src/corroborate/train.ts) on the whole
// UCDP Pakistan dev file, chooses the threshold on it (on its own curve and, since session 18, an
// inner two-fold by month), and writes data/models/story-match.json.
// The unseen evidence is recorded with it: the same training on each half (UCDP events split by
// the month parity of their first report) scored on the other half, a cross-validation over
// four month parts, and the six scores of the three ways to halve the months modulo 4, each also
// as its mean over the thresholds -1 … -0.25 (less moved by one merge than the score at the chosen
// threshold). `corroborate eval ucdp-stories` scores the halves again. Deterministic: same
// data, same code, same bytes.
//
//   npm run train:stories [-- --data FILE] [--out FILE]

import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainStoryModel } from '../src/eval/ucdp-stories.ts';
import { fail as failWith, scriptOptions } from './options.ts';

/** Fixed, so that retraining the same data gives the same bytes. */
const TRAINING_DATE = '2026-11-26';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  return failWith('train:stories', message);
}

function main(): void {
  const given = scriptOptions('train:stories', { data: 'string', out: 'string' }, 'npm run train:stories [-- --data FILE] [--out FILE]');
  const opts = {
    data: resolve(given.data ?? join(ROOT, '..', 'shared', 'data', 'ucdp-pakistan', 'dev.csv')),
    out: resolve(given.out ?? join(ROOT, 'data', 'models', 'story-match.json')),
  };
  if (!existsSync(opts.data)) fail(`${opts.data} not found. Training reads the UCDP dev file of the shared gold data (../shared/data beside the repository); pass --data FILE to point elsewhere.`);
  const t0 = performance.now();
  const model = trainStoryModel(opts.data, TRAINING_DATE);
  const { weights, background, ...header } = model;
  const keys = Object.keys(weights);
  const head = JSON.stringify(header, null, 2);
  // One weight, and one background word, a line: retraining shows as a small diff.
  const lines = (o: Record<string, number>, indent: string) => Object.keys(o).map((k, i, all) => `${indent}${JSON.stringify(k)}: ${o[k]}${i < all.length - 1 ? ',' : ''}`).join('\n');
  const tail = background ? `,\n  "background": {\n    "reports": ${background.reports},\n    "weight": ${background.weight},\n    "df": {\n${lines(background.df, '      ')}\n    }\n  }` : '';
  const text = `${head.slice(0, -2)},\n  "weights": {\n${lines(weights, '    ')}\n  }${tail}\n}\n`;
  writeFileSync(opts.out, text);
  const t = model.training as {
    reports: number;
    rows: number;
    positives: number;
    smoothedF1: number;
    thresholdSweep: Record<string, number>;
    innerSweep?: { pairwiseF1: Record<string, number> };
    unseenHalves: Array<{ trainedOn: string; scoredOn: string; pairwisePrecision: number; pairwiseRecall: number; pairwiseF1: number }>;
    crossValidation: { folds: number; pairwisePrecision: number; pairwiseRecall: number; pairwiseF1: number };
    monthHalvings: {
      meanPairwiseF1: number;
      lowestPairwiseF1: number;
      band: { thresholds: string; meanPairwiseF1: number; lowestPairwiseF1: number };
      scores: Array<{ pairwiseF1: number; bandF1: number }>;
    };
  };
  const unseen = t.unseenHalves.map((u) => `fitted on ${u.trainedOn}, ${u.scoredOn} ${u.pairwiseF1} (P ${u.pairwisePrecision}, R ${u.pairwiseRecall})`).join('; ');
  const cv = t.crossValidation;
  process.stdout.write(
    `story-match: ${t.reports} reports, ${t.rows} candidate rows (${t.positives} same story), ${keys.length} weights; ` +
      `threshold ${model.threshold} (pairwise F1 on the training data ${t.thresholdSweep[String(model.threshold)]}; ` +
      (t.innerSweep ? `on its inner folds by month ${t.innerSweep.pairwiseF1[String(model.threshold)]}; the mean of the two, smoothed, ${t.smoothedF1})\n` : `smoothed ${t.smoothedF1})\n`) +
      `unseen: ${unseen}; ${cv.folds}-fold by month, pooled: ${cv.pairwiseF1} (P ${cv.pairwisePrecision}, R ${cv.pairwiseRecall})\n` +
      `six month halvings (fitted on one part, scored on the other): ${t.monthHalvings.scores.map((x) => x.pairwiseF1).join(' ')}; mean ${t.monthHalvings.meanPairwiseF1}, lowest ${t.monthHalvings.lowestPairwiseF1}\n` +
      `the same, mean over the thresholds ${t.monthHalvings.band.thresholds} (the curve, not one decision): ${t.monthHalvings.scores.map((x) => x.bandF1).join(' ')}; mean ${t.monthHalvings.band.meanPairwiseF1}, lowest ${t.monthHalvings.band.lowestPairwiseF1}\n` +
      `wrote ${opts.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
}

main();
