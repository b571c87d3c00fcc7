import { createHash } from 'node:crypto';
import type { Analysis } from './model/analysis.ts';
import { CorroborateError } from './model/errors.ts';
import { emptyDoc } from './model/types.ts';
import { defaultPipeline } from './pipeline/components.ts';
import { defaultContext } from './pipeline/default-context.ts';
import type { Pipeline } from './pipeline/runner.ts';
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
  const id = 'art-' + createHash('sha256').update(text).digest('hex').slice(0, 16);
  const doc = emptyDoc({ ...article, id }, text);
  const ctx = defaultContext(article.published);
  (options.pipeline ?? defaultPipeline).run(doc, ctx);
  return toAnalysis(doc, ctx);
}

export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
