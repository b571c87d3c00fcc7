// The texts every engine in the bench is timed on: GTD `summary` and ACLED `notes` from
// ../shared/data (read in place, never copied into the repo), or the repo's own examples/ when
// that folder is absent, so a newcomer can still run `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export interface BenchText {
  corpus: string;
  text: string;
  /** YYYY-MM-DD, or null when the record has no complete date (analyze then has no reference date). */
  published: string | null;
  words: number;
  /** The record's country (GTD country_txt, ACLED country), or null (examples). */
  country?: string | null;
}

export interface TextSource {
  kind: 'shared-data' | 'examples';
  dataDir: string;
  texts: BenchText[];
  /** Records left out (empty text), per corpus. */
  skipped: Record<string, number>;
  /** Texts passed without a publication date, per corpus. */
  undated: Record<string, number>;
  note: string;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DATA_DIR = resolve(REPO_ROOT, '..', 'shared', 'data');

// Examples are replicated up to this many words so that timed passes are long enough to mean something.
const FALLBACK_MIN_WORDS = 20_000;
// A fixed reference date for the examples, which carry no publication date of their own.
export const FALLBACK_PUBLISHED = '2024-01-15';

/** Whitespace-separated tokens: the one word count used for all engines. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export function loadBenchTexts(dataDir: string = SHARED_DATA_DIR): TextSource {
  const gtdPath = join(dataDir, 'gtd', 'dev.csv');
  const acledPath = join(dataDir, 'acled', 'dev.csv');
  if (!existsSync(gtdPath) || !existsSync(acledPath)) return loadExampleTexts(dataDir);

  const skipped: Record<string, number> = { gtd: 0, acled: 0 };
  const undated: Record<string, number> = { gtd: 0, acled: 0 };
  const texts: BenchText[] = [];
  const add = (corpus: string, text: string | undefined, published: string | null, country: string | null) => {
    if (!text || text.trim() === '') {
      skipped[corpus]++;
      return;
    }
    if (published === null) undated[corpus]++;
    texts.push({ corpus, text, published, words: countWords(text), country });
  };

  for (const row of readCsv(gtdPath)) add('gtd', row.summary, gtdPublished(row), row.country_txt || null);
  for (const row of readCsv(acledPath)) {
    add('acled', row.notes, isValidIsoDate(row.event_date ?? '') ? row.event_date : null, row.country || null);
  }
  return {
    kind: 'shared-data',
    dataDir,
    texts,
    skipped,
    undated,
    note: 'GTD summary with published = iyear-imonth-iday; ACLED notes with published = event_date',
  };
}

function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

// GTD codes an unknown month or day as 0 (or -9/-99); such records get no publication date
// rather than an invented one.
function gtdPublished(row: Record<string, string>): string | null {
  const [y, m, d] = [Number(row.iyear), Number(row.imonth), Number(row.iday)];
  if (!(y > 0 && m >= 1 && d >= 1)) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

function loadExampleTexts(missingDataDir: string): TextSource {
  const dir = join(REPO_ROOT, 'examples');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  const originals = files
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((t) => t.trim() !== '')
    .map((text): BenchText => ({ corpus: 'examples', text, published: FALLBACK_PUBLISHED, words: countWords(text) }));
  const perCopy = originals.reduce((s, t) => s + t.words, 0);
  const copies = perCopy > 0 ? Math.ceil(FALLBACK_MIN_WORDS / perCopy) : 0;
  const texts: BenchText[] = Array.from({ length: copies }, () => originals).flat();
  return {
    kind: 'examples',
    dataDir: missingDataDir,
    texts,
    skipped: {},
    undated: { examples: 0 },
    note:
      `${missingDataDir} not found: benchmarking on examples/*.txt (${originals.length} file(s), ` +
      `replicated ${copies}x to >= ${FALLBACK_MIN_WORDS} words), ` +
      `published = ${FALLBACK_PUBLISHED}. Numbers are not comparable with the GTD/ACLED ones.`,
  };
}
