// `npm run train`: trains the four linear classifiers of src/classify on the dev files in
// ../shared/data, reports 5-fold cross-validated accuracy and macro F1, and writes the weights to
// data/models/<name>.json. Deterministic: same data, same code, byte-identical files.
//
//   npm run train [-- --data DIR] [--out DIR] [--folds N]

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.ts';
import { loadRules } from '../src/classify/rules.ts';
import { DATASETS, type ModelName } from '../src/classify/tasks.ts';
import { crossValidate, fitModel, type TrainingRow } from '../src/classify/training.ts';
import { serializeModel } from '../src/classify/linear-model.ts';
import { readCsv } from '../src/eval/csv.ts';

/** Fixed, so that retraining the same data gives the same bytes. */
const TRAINING_DATE = '2026-11-25';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv: string[]): { data: string; out: string; folds: number } {
  const opts = { data: join(ROOT, '..', 'shared', 'data'), out: join(ROOT, 'data', 'models'), folds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--data') opts.data = resolve(value());
    else if (a === '--out') opts.out = resolve(value());
    else if (a === '--folds') {
      opts.folds = Number(value());
      if (!Number.isInteger(opts.folds) || opts.folds < 2) fail('--folds must be an integer of at least 2');
    } else fail(`unknown option ${a} (expected --data DIR, --out DIR, --folds N)`);
  }
  return opts;
}

function fail(message: string): never {
  process.stderr.write(`train: ${message}\n`);
  process.exit(1);
}

const pct = (x: number | null) => (x === null ? '  n/a' : x.toFixed(4));

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  for (const d of DATASETS) {
    const path = join(opts.data, d.file);
    if (!existsSync(path)) {
      fail(`${path} not found. Training reads the dev files of the shared gold data (../shared/data beside the repository); pass --data DIR to point elsewhere.`);
    }
  }
  mkdirSync(opts.out, { recursive: true });
  const rules = loadRules();
  const summary: string[] = [];
  const t0 = performance.now();

  for (const dataset of DATASETS) {
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

    process.stdout.write(`  ${opts.folds}-fold cross-validation:`);
    const cv = crossValidate(dataset, rows, rules, opts.folds, (f) => process.stdout.write(` ${f + 1}`));
    process.stdout.write('\n');

    for (const spec of dataset.models) {
      const metrics = cv.get(spec.name)!;
      const file = fitModel(dataset, spec, rows, rules, { date: TRAINING_DATE, cv: metrics });
      const text = serializeModel(file);
      const out = join(opts.out, `${spec.name}.json`);
      writeFileSync(out, text);
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
  process.stdout.write(`\nwrote ${DATASETS.flatMap((d) => d.models).length} models to ${opts.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

main();
