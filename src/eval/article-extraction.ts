import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtmlArticle } from '../ingest/html.ts';
import { CorroborateError } from '../model/errors.ts';
import { f1, round } from './metrics.ts';
import type { EvalMiss, EvalOptions, EvalResult, Scorer } from './types.ts';

// The scrapinghub article-extraction-benchmark, scored as its evaluate.py does:
// - tokens are runs of word characters (Python's \w+: letters, digits, underscore), case kept;
// - each text becomes a multiset of 4-token shingles (a text shorter than 4 tokens is one
//   shingle of all its tokens; an empty text has none);
// - per page, tp/fp/fn count shingles in both, only ours, only gold, and are divided by their
//   sum so that every page weighs the same;
// - precision is the mean of per-page precision over pages with tp + fp > 0, recall the mean of
//   per-page recall over pages with tp + fn > 0 (a page with fp = fn = 0 scores 1 on both), and
//   F1 is the harmonic mean of those two means (not a mean of per-page F1).
// Pages are read as UTF-8, as the benchmark's own runners do.

const SHINGLE = 4;
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = tokens.slice(i, i + SHINGLE);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Normalised [tp, fp, fn] of one page, as the benchmark's string_shingle_matching. */
export function shingleMatch(gold: string, ours: string): [number, number, number] {
  const g = shingles(gold);
  const o = shingles(ours);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...o.keys()])) {
    const gc = g.get(key) ?? 0;
    const oc = o.get(key) ?? 0;
    tp += Math.min(gc, oc);
    fp += Math.max(0, oc - gc);
    fn += Math.max(0, gc - oc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

function pagePrecision(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** The per-page F1 bands below "the same tokens as the gold", best first: [label, lowest F1]. */
const BANDS: Array<[string, number]> = [
  ['F1 0.95 or more, not exact', 0.95],
  ['F1 0.80 to 0.95', 0.8],
  ['F1 0.50 to 0.80', 0.5],
  ['F1 below 0.50', -Infinity],
];

/**
 * The text report's table of pages: how many have exactly the gold's body tokens, how many fall
 * in each band of page F1 below that, and the share of each (the JSON keeps its two-number table).
 */
function pageBands(pages: ReadonlyArray<{ f1: number; exact: boolean }>): { title: string; header: string[]; rows: string[][] } {
  const counts = BANDS.map(() => 0);
  let exact = 0;
  for (const p of pages) {
    if (p.exact) exact++;
    else counts[BANDS.findIndex(([, low]) => p.f1 >= low)]++;
  }
  const share = (n: number) => (pages.length === 0 ? 'n/a' : `${((100 * n) / pages.length).toFixed(1)} %`);
  const row = (label: string, n: number) => [label, String(n), share(n)];
  return {
    title: 'pages by their body against the gold (exact: the same tokens in the same order)',
    header: ['page body', 'pages', 'share'],
    rows: [row('exact', exact), ...BANDS.map(([label], i) => row(label, counts[i])), row('all pages', pages.length)],
  };
}

function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;
}

interface Truth {
  articleBody: string;
  url: string | null;
}

function readTruth(path: string): Map<string, Truth> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CorroborateError('E_DATA', `${path}: cannot be read as JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CorroborateError('E_DATA', `${path}: expected an object {page hash: {articleBody, url}}`);
  }
  const out = new Map<string, Truth>();
  for (const [hash, v] of Object.entries(raw as Record<string, unknown>)) {
    const item = v as { articleBody?: unknown; url?: unknown } | null;
    out.set(hash, {
      articleBody: typeof item?.articleBody === 'string' ? item.articleBody : '',
      url: typeof item?.url === 'string' ? item.url : null,
    });
  }
  return out;
}

export const articleExtractionScorer: Scorer = {
  name: 'article-extraction',
  description: 'Article extraction benchmark folder (html/*.html.gz + ground-truth.json): body precision, recall, F1',
  async run(path: string, options: EvalOptions): Promise<EvalResult> {
    const t0 = performance.now();
    const truth = readTruth(join(path, 'ground-truth.json'));
    const htmlDir = join(path, 'html');
    let files: string[];
    try {
      files = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz'));
    } catch (e) {
      throw new CorroborateError('E_NOT_FOUND', `${htmlDir}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const present = new Set(files.map((f) => f.slice(0, -'.html.gz'.length)));
    const skipped: EvalResult['skipped'] = [];
    const pages: Array<{ hash: string; url: string | null; f1: number; p: number; r: number; exact: boolean; gold: string; ours: string }> = [];
    const precisions: number[] = [];
    const recalls: number[] = [];
    let exact = 0;
    let records = 0;

    const hashes = [...truth.keys()].sort();
    for (const hash of hashes) {
      const { articleBody, url } = truth.get(hash)!;
      if (!present.has(hash)) {
        skipped.push({ line: 0, reason: `${hash}: no html/${hash}.html.gz` });
        continue;
      }
      let html: string;
      try {
        html = new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(readFileSync(join(htmlDir, `${hash}.html.gz`))));
      } catch (e) {
        skipped.push({ line: 0, reason: `${hash}: cannot be read as gzipped UTF-8 (${(e as Error).message})` });
        continue;
      }
      const ours = extractHtmlArticle(html, url ?? undefined).text;
      records++;
      const [tp, fp, fn] = shingleMatch(articleBody, ours);
      if (tp + fp > 0) precisions.push(pagePrecision(tp, fp, fn));
      if (tp + fn > 0) recalls.push(pageRecall(tp, fp, fn));
      const goldTokens = articleBody.match(TOKEN) ?? [];
      const ourTokens = ours.match(TOKEN) ?? [];
      const same = goldTokens.length === ourTokens.length && goldTokens.every((t, i) => t === ourTokens[i]);
      if (same) exact++;
      const pp = pagePrecision(tp, fp, fn);
      const pr = pageRecall(tp, fp, fn);
      pages.push({ hash, url, f1: f1(pp, pr), p: pp, r: pr, exact: same, gold: articleBody, ours });
    }
    // The worst pages first: the useful ones to read when working on the extractor.
    const clip = (s: string) => (s.length > 200 ? s.slice(0, 200) + '…' : s);
    const misses: EvalMiss[] = pages
      .filter((x) => x.f1 < 1)
      .sort((a, b) => a.f1 - b.f1 || a.hash.localeCompare(b.hash))
      .slice(0, options.errors)
      .map((x) => ({
        metric: 'bodyF1',
        record: `${x.hash} (${x.url ?? 'no url'})`,
        text: `page precision ${round(x.p)}, recall ${round(x.r)}`,
        gold: clip(x.gold),
        ours: clip(x.ours),
      }));
    for (const f of [...present].filter((h) => !truth.has(h)).sort()) {
      skipped.push({ line: 0, reason: `html/${f}.html.gz: not in ground-truth.json` });
    }

    const p = mean(precisions);
    const r = mean(recalls);
    return {
      dataset: 'article-extraction',
      records,
      metrics: {
        bodyPrecision: p === null ? null : round(p),
        bodyRecall: r === null ? null : round(r),
        bodyF1: p === null || r === null ? null : round(f1(p, r)),
      },
      support: { bodyPrecision: precisions.length, bodyRecall: recalls.length },
      skipped,
      misses,
      tables: [{ title: 'pages whose body tokens equal the gold exactly', header: ['pages', 'of'], rows: [[String(exact), String(records)]] }],
      textTables: [pageBands(pages)],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
