import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { CorroborateError } from '../model/errors.ts';

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * One report per input line: csv-parse can raise two errors for one broken quote ("got q", then
 * "got ' '" further along the same line), which would list that row twice.
 */
export function onePerLine(skipped: Array<{ line: number; reason: string }>): Array<{ line: number; reason: string }> {
  const seen = new Set<number>();
  return skipped
    .filter((s) => (seen.has(s.line) ? false : (seen.add(s.line), true)))
    .sort((a, b) => a.line - b.line);
}

/**
 * Reads a gold CSV with a header. A row with broken quoting or the wrong number of columns is
 * reported with its line number and skipped; the rest is returned. With `trailingSeparator`, a
 * row may end with one empty column the header lacks (the UCDP export writes "…,1,1,1," under a
 * header ending "…,high_est,low_est").
 */
export function readCsv(
  path: string,
  required: readonly string[],
  options: { trailingSeparator?: boolean } = {},
): { rows: CsvRow[]; skipped: Array<{ line: number; reason: string }> } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CorroborateError('E_NOT_FOUND', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const skipped: Array<{ line: number; reason: string }> = [];
  const records = parse(raw, {
    columns: false,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    relax_column_count: true,
    relax_quotes: false,
    on_skip: (err: { message: string; lines?: number } | undefined) => {
      if (err) skipped.push({ line: err.lines ?? 0, reason: err.message });
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  if (records.length === 0) throw new CorroborateError('E_DATA', `${path}: no header row`);
  const header = records[0].record;
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new CorroborateError('E_DATA', `${path}: missing column(s) ${missing.join(', ')} in the header`);
  const rows: CsvRow[] = [];
  for (const { record, info } of records.slice(1)) {
    const extraEmpty = options.trailingSeparator === true && record.length === header.length + 1 && record[record.length - 1] === '';
    if (record.length !== header.length && !extraEmpty) {
      skipped.push({ line: info.lines, reason: `expected ${header.length} columns, got ${record.length}` });
      continue;
    }
    rows.push({ line: info.lines, values: Object.fromEntries(header.map((h, i) => [h, record[i]])) });
  }
  return { rows, skipped: onePerLine(skipped) };
}

/** A gold integer, or null for unknown (-99, -9, empty); a non-number is a malformed row. */
export function goldInt(value: string | undefined): number | null | 'invalid' {
  if (value === undefined) return 'invalid';
  const v = value.trim();
  if (v === '' || v === '-99' || v === '-9') return null;
  if (!/^-?\d+(?:\.0+)?$/.test(v)) return 'invalid';
  return Number(v);
}
