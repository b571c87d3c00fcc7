import * as crypto from 'node:crypto';
import type { Analysis } from './model/analysis.ts';
import { CorroborateError } from './model/errors.ts';
import { emptyDoc, type Doc } from './model/types.ts';
import { defaultPipeline } from './pipeline/components.ts';
import { defaultContext } from './pipeline/default-context.ts';
import type { Pipeline } from './pipeline/runner.ts';
import type { Context } from './pipeline/context.ts';
import { prepareArticle } from './ingest/read.ts';
import { toAnalysis } from './report/to-analysis.ts';

export interface AnalyzeOptions {
  /** Publication date, YYYY-MM-DD: the reference for "yesterday". Page metadata is used when absent. */
  published?: string | null;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** How the input is named in error messages (a path, "stdin"). */
  name?: string;
  pipeline?: Pipeline;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Analyses one article, given as plain text or as an HTML page, and returns claims, events,
 * actors, places, dates, quantities and the sourcing profile, every item tied to offsets in
 * `text` (the article text after HTML extraction) and to the rule that produced it.
 */
export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const { doc, ctx } = prepareDoc(input, options);
  (options.pipeline ?? defaultPipeline).run(doc, ctx);
  return toAnalysis(doc, ctx);
}

/** One article of analyzeBatch: its text and the options analyze() would take for it. */
export interface BatchInput extends Omit<AnalyzeOptions, 'pipeline'> {
  text: string;
}

/** analyzeBatch's chunk when none is given. */
export const DEFAULT_BATCH_CHUNK = 256;

export interface BatchOptions {
  pipeline?: Pipeline;
  /**
   * Articles run through the pipeline together (default 256: on the bench texts 3 to 5% less time
   * than 128, no faster at 512; docs/benchmarks.md, session 8 perf9): memory grows with it.
   */
  chunk?: number;
}

/**
 * Analyses many articles: per input, the Analysis analyze() returns for it, or the
 * CorroborateError it throws for it (a bad date, an empty or non-English text), in input order.
 * The same output as analyze() on each, faster: each chunk of articles goes through the
 * pipeline component by component (Pipeline.runMany), which keeps each component's tables in
 * the CPU caches. Errors that are not the input's fault (a bug) are thrown, as analyze() does.
 */
export function analyzeBatch(inputs: readonly BatchInput[], options: BatchOptions = {}): Array<Analysis | CorroborateError> {
  const pipeline = options.pipeline ?? defaultPipeline;
  const chunk = options.chunk ?? DEFAULT_BATCH_CHUNK;
  if (!Number.isInteger(chunk) || chunk < 1) {
    throw new CorroborateError('E_BAD_OPTION', `analyzeBatch: chunk must be a whole number of at least 1, not ${chunk}`);
  }
  const out: Array<Analysis | CorroborateError> = [];
  for (let from = 0; from < inputs.length; from += chunk) {
    const items: Array<{ doc: Doc; ctx: Context; at: number }> = [];
    for (let i = from; i < Math.min(inputs.length, from + chunk); i++) {
      const { text, ...opts } = inputs[i];
      try {
        items.push({ ...prepareDoc(text, opts), at: i });
      } catch (e) {
        if (!(e instanceof CorroborateError)) throw e;
        out[i] = e;
      }
    }
    pipeline.runMany(items);
    for (const { doc, ctx, at } of items) out[at] = toAnalysis(doc, ctx);
  }
  return out;
}

/** The checked, prepared article as a Doc with its context, ready for the pipeline. */
function prepareDoc(input: string, options: AnalyzeOptions): { doc: Doc; ctx: Context } {
  const name = options.name ?? 'input';
  if (options.published != null && !isValidIsoDate(options.published)) {
    throw new CorroborateError(
      'E_BAD_OPTION',
      `${name}: published date "${options.published}" is not a valid YYYY-MM-DD date`,
    );
  }
  const { text, article } = prepareArticle(input, name, {
    title: options.title ?? undefined,
    published: options.published ?? undefined,
    source: options.source ?? undefined,
    url: options.url ?? undefined,
  });
  const id = 'art-' + sha256Hex(text).slice(0, 16);
  // One literal, so every Doc's article has one hidden class (the keys in the order the output
  // has them). `{ ...article, id }` gave nearly every article a class of its own (V8 cached no
  // transition for the id added to a spread's copy): the events stage's reads of
  // `doc.article.published` saw thousands of shapes and TurboFan's code for them was thrown away.
  const doc = emptyDoc(
    {
      title: article.title,
      published: article.published,
      source: article.source,
      url: article.url,
      byline: article.byline,
      language: article.language,
      id,
    },
    text,
  );
  return { doc, ctx: defaultContext(article.published) };
}

/** crypto.hash (Node 20.12+) is the one-shot digest, about twice as fast on article-sized text. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** A real day of the proleptic Gregorian calendar, as Date reads `${s}T00:00:00Z`, without a Date. */
export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}
