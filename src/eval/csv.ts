import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { CorroborateError } from '../model/errors.ts';

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Reads a gold CSV with a header. A row with broken quoting or the wrong number of columns is
 * reported with its line number and skipped; the rest is returned.
 */
export function readCsv(path: string, required: readonly string[]): { rows: CsvRow[]; skipped: Array<{ line: number; reason: string }> } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CorroborateError('E_NOT_FOUND', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const skipped: Array<{ line: number; reason: string }> = [];
  const records = parse(raw, {
    columns: (header: string[]) => {
      const missing = required.filter((c) => !header.includes(c));
      if (missing.length > 0) {
        throw new CorroborateError('E_DATA', `${path}: missing column(s) ${missing.join(', ')} in the header`);
      }
      return header;
    },
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    relax_quotes: false,
    on_skip: (err: { message: string; lines?: number } | undefined) => {
      if (err) skipped.push({ line: err.lines ?? 0, reason: err.message });
    },
  }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  const rows: CsvRow[] = [];
  for (const r of records) rows.push({ line: r.info.lines, values: r.record });
  return { rows, skipped };
}

/** A gold integer, or null for unknown (-99, -9, empty); a non-number is a malformed row. */
export function goldInt(value: string | undefined): number | null | 'invalid' {
  if (value === undefined) return 'invalid';
  const v = value.trim();
  if (v === '' || v === '-99' || v === '-9') return null;
  if (!/^-?\d+(?:\.0+)?$/.test(v)) return 'invalid';
  return Number(v);
}
