import { analyze } from '../analyze.ts';
import { isCorroborateError } from '../model/errors.ts';
import { prepareRows, type PreparedArticle } from '../store/rows.ts';
import { fromError, type RawArticle } from './sources.ts';

// One unit of ingest work, the same in a worker thread and in the main thread: raw article →
// analysis → the rows the store keeps. A bad article is a failure with its reason, never a
// crash of the batch.

export type TaskResult = { ok: true; prepared: PreparedArticle } | { ok: false; origin: string; reason: string; internal: boolean };

export function runTask(item: RawArticle): TaskResult {
  try {
    const analysis = analyze(item.raw, { name: item.origin, ...item.meta });
    return { ok: true, prepared: prepareRows(analysis, item.origin) };
  } catch (e) {
    const f = fromError(item.origin, e);
    return { ok: false, origin: f.origin, reason: isCorroborateError(e) ? f.reason : `internal error: ${f.reason}`, internal: !isCorroborateError(e) };
  }
}
