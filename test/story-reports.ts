import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { analyze } from '../src/analyze.ts';
import type { ReportInput } from '../src/corroborate/types.ts';
import { sharedPath } from './shared.ts';

// Reports for the story clusterer's tests, made from the GTD summaries and ACLED notes of
// ../shared/data (the caller guards with needsShared): GTD and ACLED rows taken in turns, each
// analysed on its own day, with a few publishers in rotation so that the series and
// same-publisher features fire too.

export const STORY_GTD = 'data/gtd/dev.csv';
export const STORY_ACLED = 'data/acled/dev.csv';
const PUBLISHERS = ['Agence France Presse', 'Dawn', 'Press Trust of India', 'BBC Monitoring'];

/**
 * Up to `limit` reports, in the files' order from the start, or from their end (`fromEnd`: other
 * texts than the default's).
 */
export function storyReports(limit: number, opts: { fromEnd?: boolean } = {}): ReportInput[] {
  const rows = (rel: string) => parse(readFileSync(sharedPath(rel)), { columns: true }) as Array<Record<string, string>>;
  const gtd = rows(STORY_GTD).map((r) => ({ text: r.summary, day: `${r.iyear}-${r.imonth.padStart(2, '0')}-${r.iday.padStart(2, '0')}` }));
  const acled = rows(STORY_ACLED).map((r) => ({ text: r.notes, day: r.event_date }));
  const n = Math.max(gtd.length, acled.length);
  const out: ReportInput[] = [];
  for (let k = 0; out.length < limit && k < n; k++) {
    const i = opts.fromEnd ? n - 1 - k : k;
    for (const r of [gtd[i], acled[i]]) {
      if (!r || !r.text || !/^\d{4}-\d{2}-\d{2}$/.test(r.day) || Number.isNaN(Date.parse(r.day))) continue;
      const id = out.length;
      out.push({ articleId: `r${id}`, publisher: PUBLISHERS[id % PUBLISHERS.length], published: r.day, analysis: analyze(r.text, { published: r.day }) });
    }
  }
  return out;
}
