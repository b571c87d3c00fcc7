// Geoparsing misses on the Pakistan and Afghanistan rows of the GTD and ACLED dev files: new text
// about the region the UCDP rows cover, for finding classes of misses (missing units, spellings,
// namesakes) without studying UCDP's half B or going over UCDP's half A again.
//
//   node --import tsx scripts/afpak-geo-misses.ts [--gtd FILE] [--acled FILE] [--out DIR] [--list]
//
// The rows of those two countries are written, re-quoted, to DIR (default /tmp/afpak-geo) and
// scored there by the real `gtd` and `acled` scorers, so the counts are the evals' own. Prints
// the counts of each place metric as JSON; with --list, every miss as one line (metric, record,
// gold, ours, text) after the JSON. Never writes under ../shared.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { acledScorer } from '../src/eval/acled.ts';
import { gtdScorer } from '../src/eval/gtd.ts';
import type { Scorer } from '../src/eval/types.ts';
import { csvField } from '../src/store/export.ts';
import { fail as failWith, scriptOptions } from './options.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COUNTRIES = new Set(['Pakistan', 'Afghanistan']);
const PLACE_METRICS: Record<string, string[]> = {
  gtd: ['country', 'province', 'city'],
  acled: ['country', 'admin1', 'within25km', 'within161km'],
};

function fail(message: string): never {
  return failWith('afpak-geo-misses', message);
}

/** The header and the rows whose `column` is Pakistan or Afghanistan, re-quoted as CSV. */
function afpakRows(path: string, column: string): { csv: string; rows: number } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const records = parse(raw, { columns: false, skip_empty_lines: true, relax_column_count: true }) as string[][];
  if (records.length < 2) fail(`${path}: no data rows`);
  const [header, ...rest] = records;
  const at = header.indexOf(column);
  if (at < 0) fail(`${path}: no column ${column}`);
  const kept = rest.filter((r) => COUNTRIES.has(r[at]));
  const line = (r: string[]) => r.map(csvField).join(',');
  return { csv: `${[header, ...kept].map(line).join('\n')}\n`, rows: kept.length };
}

async function main(): Promise<void> {
  const files = {
    gtd: join(ROOT, '..', 'shared', 'data', 'gtd', 'dev.csv'),
    acled: join(ROOT, '..', 'shared', 'data', 'acled', 'dev.csv'),
  };
  const opts = scriptOptions('afpak-geo-misses', { gtd: 'string', acled: 'string', out: 'string', list: 'boolean' }, 'afpak-geo-misses [--gtd FILE] [--acled FILE] [--out DIR] [--list]');
  if (opts.gtd !== undefined) files.gtd = resolve(opts.gtd);
  if (opts.acled !== undefined) files.acled = resolve(opts.acled);
  const out = resolve(opts.out ?? '/tmp/afpak-geo');
  const list = opts.list === true;
  if (resolve(out).startsWith(resolve(ROOT, '..', 'shared'))) fail(`${out}: will not write under ../shared`);
  mkdirSync(out, { recursive: true });

  const report: Record<string, unknown> = {};
  const lines: string[] = [];
  const runs: Array<[string, Scorer, string, string]> = [
    ['gtd', gtdScorer, files.gtd, 'country_txt'],
    ['acled', acledScorer, files.acled, 'country'],
  ];
  for (const [name, scorer, path, column] of runs) {
    const { csv, rows } = afpakRows(path, column);
    const file = join(out, `${name}.csv`);
    writeFileSync(file, csv);
    const res = await scorer.run(file, { errors: Number.MAX_SAFE_INTEGER });
    const metrics: Record<string, unknown> = {};
    for (const m of PLACE_METRICS[name]) {
      const misses = res.misses.filter((x) => x.metric === m);
      metrics[m] = { rate: res.metrics[m.startsWith('within') ? m : `${m}Accuracy`], misses: misses.length };
      for (const x of misses) lines.push(`${name}\t${m}\t${x.record}\t${x.gold}\t${x.ours}\t${x.text.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
    report[name] = { rows, records: res.records, metrics };
  }
  process.stdout.write(`${JSON.stringify({ dataset: 'afpak-geo-misses', ...report }, null, 2)}\n`);
  if (list) process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e) => fail((e as Error).message));
