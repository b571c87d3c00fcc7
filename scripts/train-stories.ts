// `npm run train:stories`: fits the story-match weights (src/corroborate/train.ts) on half A of
// the UCDP Pakistan dev file (events whose first report is in an even month), chooses the
// threshold on that half, and writes data/models/story-match.json. Half B stays unseen:
// `corroborate eval ucdp-stories` scores it. Deterministic: same data, same code, same bytes.
//
//   npm run train:stories [-- --data FILE] [--out FILE]

import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainStoryModel } from '../src/eval/ucdp-stories.ts';

/** Fixed, so that retraining the same data gives the same bytes. */
const TRAINING_DATE = '2026-11-26';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`train:stories: ${message}\n`);
  process.exit(1);
}

function main(): void {
  const opts = { data: join(ROOT, '..', 'shared', 'data', 'ucdp-pakistan', 'dev.csv'), out: join(ROOT, 'data', 'models', 'story-match.json') };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[++i];
    if (v === undefined) fail(`${a} needs a value`);
    if (a === '--data') opts.data = resolve(v);
    else if (a === '--out') opts.out = resolve(v);
    else fail(`unknown option ${a} (expected --data FILE, --out FILE)`);
  }
  if (!existsSync(opts.data)) fail(`${opts.data} not found. Training reads the UCDP dev file of the shared gold data (../shared/data beside the repository); pass --data FILE to point elsewhere.`);
  const t0 = performance.now();
  const model = trainStoryModel(opts.data, TRAINING_DATE);
  const { weights, ...header } = model;
  const keys = Object.keys(weights);
  const head = JSON.stringify(header, null, 2);
  const text = `${head.slice(0, -2)},\n  "weights": {\n${keys.map((k, i) => `    ${JSON.stringify(k)}: ${weights[k]}${i < keys.length - 1 ? ',' : ''}`).join('\n')}\n  }\n}\n`;
  writeFileSync(opts.out, text);
  const t = model.training as { reports: number; rows: number; positives: number; smoothedF1HalfA: number };
  process.stdout.write(
    `story-match: ${t.reports} reports of half A, ${t.rows} candidate rows (${t.positives} same story), ${keys.length} weights; ` +
      `threshold ${model.threshold} (smoothed pairwise F1 on half A ${t.smoothedF1HalfA}); wrote ${opts.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
}

main();
