// `npm run train`: trains the linear classifiers of src/classify on the dev files in
// ../shared/data (GTD and ACLED types, and the hedge model), reports 5-fold cross-validated
// scores, and writes the weights to data/models/<name>.json. Deterministic: same data, same
// code, byte-identical files.
//
//   npm run train [-- --data DIR] [--out DIR] [--folds N] [--only gtd|acled|hedge] [--cv-seeds 0,11,22]
//
// --cv-seeds repeats the cross-validation (GTD, ACLED, and the hedge model's nested CV) on more
// fold splits (0: rows in file order; any other number: rows shuffled by that seed first) and
// prints each split and the mean. The model files keep the metrics of the first split, so they
// do not change with it.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.ts';
import { loadRules } from '../src/classify/rules.ts';
import { DATASETS, type ModelName } from '../src/classify/tasks.ts';
import { crossValidate, fitModel, type CvMetrics, type TrainingRow } from '../src/classify/training.ts';
import { crossValidateHedge, fitHedgeModel, HEDGE_SPEC, hedgeRow, type HedgeRow } from '../src/classify/hedge-training.ts';
import { serializeModel } from '../src/classify/linear-model.ts';
import { readCsv } from '../src/eval/csv.ts';
import { fail as failWith, scriptOptions } from './options.ts';

/** Fixed, so that retraining the same data gives the same bytes. */
const TRAINING_DATE = '2026-11-25';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SETS = ['gtd', 'acled', 'hedge'] as const;
type SetName = (typeof SETS)[number];

function readOptions(argv: string[]): { data: string; out: string; folds: number; only: SetName[]; cvSeeds: number[] } {
  const given = scriptOptions(
    'train',
    { data: 'string', out: 'string', folds: 'string', only: 'string', 'cv-seeds': 'string' },
    `npm run train [-- --data DIR] [--out DIR] [--folds N] [--only ${SETS.join('|')}] [--cv-seeds LIST]`,
    argv,
  );
  const folds = Number(given.folds ?? 5);
  if (!Number.isInteger(folds) || folds < 2) fail('--folds must be an integer of at least 2');
  const only = (given.only ?? SETS.join(',')).split(',');
  const bad = only.find((n) => !(SETS as readonly string[]).includes(n));
  if (bad) fail(`--only: unknown set "${bad}" (expected ${SETS.join(', ')})`);
  const seeds = (given['cv-seeds'] ?? '0').split(',').map(Number);
  if (seeds.some((n) => !Number.isInteger(n) || n < 0)) fail('--cv-seeds must be a comma-separated list of whole numbers (0: file order)');
  return {
    data: resolve(given.data ?? join(ROOT, '..', 'shared', 'data')),
    out: resolve(given.out ?? join(ROOT, 'data', 'models')),
    folds,
    only: only as SetName[],
    cvSeeds: [...new Set(seeds)],
  };
}

function fail(message: string): never {
  return failWith('train', message);
}

const pct = (x: number | null) => (x === null ? '  n/a' : x.toFixed(4));

function main(): void {
  const opts = readOptions(process.argv.slice(2));
  const datasets = DATASETS.filter((d) => opts.only.includes(d.name));
  const files = [...datasets.map((d) => d.file), ...(opts.only.includes('hedge') ? [HEDGE_SPEC.file] : [])];
  for (const file of files) {
    const path = join(opts.data, file);
    if (!existsSync(path)) {
      fail(`${path} not found. Training reads the dev files of the shared gold data (../shared/data beside the repository); pass --data DIR to point elsewhere.`);
    }
  }
  mkdirSync(opts.out, { recursive: true });
  const rules = loadRules();
  const summary: string[] = [];
  const t0 = performance.now();

  let written = 0;
  for (const dataset of datasets) {
    const tSet = performance.now();
    const path = join(opts.data, dataset.file);
    const labels = dataset.models.map((m) => m.label);
    const { rows: raw, skipped } = readCsv(path, [dataset.text, ...labels]);
    const rows: TrainingRow[] = [];
    for (const { line, values } of raw) {
      const text = values[dataset.text];
      if (!text?.trim() || labels.some((l) => !values[l]?.trim())) {
        skipped.push({ line, reason: 'empty text or label' });
        continue;
      }
      try {
        const analysis = analyze(text, { name: `${dataset.file} line ${line}` });
        const rowLabels: Partial<Record<ModelName, string>> = {};
        for (const m of dataset.models) rowLabels[m.name] = values[m.label];
        rows.push({ input: { text, analysis }, labels: rowLabels });
      } catch (e) {
        skipped.push({ line, reason: (e as Error).message });
      }
    }
    process.stdout.write(`${dataset.file}: ${rows.length} rows analysed${skipped.length ? `, ${skipped.length} skipped` : ''}\n`);

    const splits = opts.cvSeeds.map((seed) => {
      process.stdout.write(`  ${opts.folds}-fold cross-validation (${seed === 0 ? 'file order' : `seed ${seed}`}):`);
      const metrics = crossValidate(dataset, rows, rules, opts.folds, (f) => process.stdout.write(` ${f + 1}`), seed);
      process.stdout.write('\n');
      return { seed, metrics };
    });
    const cv = splits[0].metrics;
    if (splits.length > 1) reportSplits(dataset.models.map((m) => m.name), splits);

    for (const spec of dataset.models) {
      const metrics = cv.get(spec.name)!;
      const file = fitModel(dataset, spec, rows, rules, { date: TRAINING_DATE, cv: metrics });
      const text = serializeModel(file);
      const out = join(opts.out, `${spec.name}.json`);
      writeFileSync(out, text);
      written++;
      const line =
        `${spec.name.padEnd(15)} classes ${String(file.classes.length).padStart(2)}  ` +
        `CV accuracy ${pct(metrics.accuracy)}  macro F1 ${pct(metrics.macroF1)}  ` +
        `(model alone ${pct(metrics.modelOnly.accuracy)} / ${pct(metrics.modelOnly.macroF1)})  ` +
        `${file.training.vocabulary} features, ${(text.length / 1024).toFixed(0)} KB`;
      process.stdout.write(`  ${line}\n`);
      summary.push(line);
    }
    process.stdout.write(`  ${((performance.now() - tSet) / 1000).toFixed(1)} s\n`);
  }
  if (opts.only.includes('hedge')) {
    trainHedge(opts.data, opts.out, opts.folds, opts.cvSeeds);
    written++;
  }
  process.stdout.write(`\nwrote ${written} models to ${opts.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

function reportSplits(models: ModelName[], splits: Array<{ seed: number; metrics: Map<ModelName, CvMetrics> }>): void {
  const mean = (xs: Array<number | null>) => (xs.some((x) => x === null) ? null : xs.reduce((a: number, b) => a + b!, 0) / xs.length);
  for (const name of models) {
    const ms = splits.map((s) => s.metrics.get(name)!);
    const each = splits.map((s, i) => `${s.seed === 0 ? 'file' : s.seed} ${pct(ms[i].accuracy)} / ${pct(ms[i].macroF1)}`).join(', ');
    process.stdout.write(
      `  ${name.padEnd(15)} CV accuracy / macro F1 by split: ${each}; mean ${pct(mean(ms.map((m) => m.accuracy)))} / ${pct(mean(ms.map((m) => m.macroF1)))}\n`,
    );
  }
}

function trainHedge(dataDir: string, outDir: string, folds: number, cvSeeds: readonly number[]): void {
  const tSet = performance.now();
  const { rows: raw, skipped } = readCsv(join(dataDir, HEDGE_SPEC.file), [HEDGE_SPEC.text, HEDGE_SPEC.label]);
  // Each sentence is analysed by the cue rules alone (hedgeRow): the model learns where they
  // leave off, and no model file is needed yet. A sentence analyze() refuses has no claims.
  const rows: HedgeRow[] = [];
  for (const { line, values } of raw) {
    const label = values[HEDGE_SPEC.label].trim();
    const text = values[HEDGE_SPEC.text];
    if (!HEDGE_SPEC.classes.includes(label) || !text.trim()) {
      skipped.push({ line, reason: 'empty sentence or unknown label' });
      continue;
    }
    rows.push(hedgeRow(label, text, `${HEDGE_SPEC.file} line ${line}`));
  }
  process.stdout.write(`${HEDGE_SPEC.file}: ${rows.length} rows analysed${skipped.length ? `, ${skipped.length} skipped` : ''}\n`);
  const splits = cvSeeds.map((seed) => ({ seed, cv: crossValidateHedge(rows, folds, seed) }));
  const cv = splits[0].cv;
  const file = fitHedgeModel(rows, { date: TRAINING_DATE, cv }, folds);
  const text = serializeModel(file);
  writeFileSync(join(outDir, `${HEDGE_SPEC.name}.json`), text);
  process.stdout.write(
    `  ${HEDGE_SPEC.name.padEnd(15)} ${folds}-fold nested CV uncertain F1 ${pct(cv.uncertainF1)} (P ${pct(cv.precision)} R ${pct(cv.recall)})  accuracy ${pct(cv.accuracy)}  ` +
      `(model alone ${pct(cv.modelOnly.uncertainF1)} / ${pct(cv.modelOnly.accuracy)}, rules alone ${pct(cv.rulesOnly.uncertainF1)} / ${pct(cv.rulesOnly.accuracy)})  ` +
      `thresholds ${file.threshold} / modal ${file.modalThreshold} (folds chose ${cv.thresholds.join(' ')} / ${cv.modalThresholds.join(' ')})  ` +
      `${file.training.vocabulary} features, ${(text.length / 1024).toFixed(0)} KB\n`,
  );
  if (splits.length > 1) {
    const each = splits.map((s) => `${s.seed === 0 ? 'file' : s.seed} ${pct(s.cv.uncertainF1)} (P ${pct(s.cv.precision)} R ${pct(s.cv.recall)})`).join(', ');
    const mean = splits.reduce((n, s) => n + s.cv.uncertainF1, 0) / splits.length;
    process.stdout.write(`  ${HEDGE_SPEC.name.padEnd(15)} nested CV uncertain F1 by split: ${each}; mean ${pct(mean)}\n`);
  }
  process.stdout.write(`  ${((performance.now() - tSet) / 1000).toFixed(1)} s\n`);
}

main();
