// ACLED dev split in two by record position, for working on the geoparser without fitting it to
// the rows that judge it: half A = the odd records (1st, 3rd, …; studied, misses read), half B =
// the even records (only measured). Writes A.csv and B.csv (header + records, re-quoted) into
// the output folder; score each with `corroborate eval acled --data DIR/A.csv`.
//
//   node --import tsx scripts/acled-halves.ts [--data FILE] [--out DIR]
//
// Defaults: ../shared/data/acled/dev.csv and /tmp/geoacled5. Never write into ../shared.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { csvField } from '../src/store/export.ts';
import { fail as failWith, scriptOptions } from './options.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  return failWith('acled-halves', message);
}

function main(): void {
  const opts = scriptOptions('acled-halves', { data: 'string', out: 'string' }, 'acled-halves [--data FILE] [--out DIR]');
  const data = resolve(opts.data ?? join(ROOT, '..', 'shared', 'data', 'acled', 'dev.csv'));
  const out = resolve(opts.out ?? '/tmp/geoacled5');
  let raw: string;
  try {
    raw = readFileSync(data, 'utf8');
  } catch (e) {
    fail(`${data}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (resolve(out).startsWith(resolve(ROOT, '..', 'shared'))) fail(`${out}: will not write under ../shared`);
  const records = parse(raw, { columns: false, skip_empty_lines: true, relax_column_count: true }) as string[][];
  if (records.length < 2) fail(`${data}: no data rows`);
  const [header, ...rows] = records;
  const line = (r: string[]) => r.map(csvField).join(',');
  const halves = { A: [line(header)], B: [line(header)] };
  rows.forEach((r, i) => (i % 2 === 0 ? halves.A : halves.B).push(line(r)));
  mkdirSync(out, { recursive: true });
  for (const [name, lines] of Object.entries(halves)) writeFileSync(join(out, `${name}.csv`), `${lines.join('\n')}\n`);
  process.stdout.write(`${data}: ${rows.length} records → ${join(out, 'A.csv')} (${halves.A.length - 1}), ${join(out, 'B.csv')} (${halves.B.length - 1})\n`);
}

main();
