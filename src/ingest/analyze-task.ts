import { analyze, analyzeBatch } from '../analyze.ts';
import { isCorroborateError } from '../model/errors.ts';
import { prepareRows, type PreparedArticle } from '../store/rows.ts';
import { fromError, type RawArticle } from './sources.ts';

// One unit of ingest work, the same in a worker thread and in the main thread: raw article →
// analysis → the rows the store keeps. A bad article is a failure with its reason, never a
// crash of the batch.

export type TaskResult = { ok: true; prepared: PreparedArticle } | { ok: false; origin: string; reason: string; internal: boolean };

export function runTask(item: RawArticle): TaskResult {
  try {
    return { ok: true, prepared: prepareRows(analyze(item.raw, { name: item.origin, ...item.meta }), item.origin) };
  } catch (e) {
    return failure(item, e);
  }
}

/**
 * Many articles at once, each with the result runTask gives it: analyzeBatch runs them through
 * the pipeline stage by stage, which costs less CPU per article than one at a time
 * (docs/benchmarks.md). A failure that is not the article's fault (a bug) would end the whole
 * batch; then each article is run alone, so only the one it belongs to fails.
 */
export function runTasks(items: readonly RawArticle[]): TaskResult[] {
  if (items.length === 1) return [runTask(items[0])];
  let analyses: ReturnType<typeof analyzeBatch>;
  try {
    analyses = analyzeBatch(items.map((item) => ({ text: item.raw, name: item.origin, ...item.meta })), { chunk: items.length });
  } catch {
    return items.map(runTask);
  }
  return items.map((item, i) => {
    const a = analyses[i];
    if (isCorroborateError(a)) return failure(item, a);
    try {
      return { ok: true, prepared: prepareRows(a, item.origin) };
    } catch (e) {
      return failure(item, e);
    }
  });
}

function failure(item: RawArticle, e: unknown): TaskResult {
  const f = fromError(item.origin, e);
  return { ok: false, origin: f.origin, reason: isCorroborateError(e) ? f.reason : `internal error: ${f.reason}`, internal: !isCorroborateError(e) };
}
