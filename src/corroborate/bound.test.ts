import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { analyze } from '../analyze.ts';
import { needsShared, sharedPath } from '../../test/shared.ts';
import { StoryClusterer } from './clusterer.ts';
import { scoreBound } from './features.ts';
import type { ReportInput } from './types.ts';

// The clusterer scores candidates best bound first and stops when no bound can beat the best
// score found. That is only right if the bound is never below the score, and if the stories come
// out exactly as a full scan makes them: both checked here on real GTD and ACLED texts, with a
// few publishers so that the series and same-publisher features fire too.

const GTD = 'data/gtd/dev.csv';
const ACLED = 'data/acled/dev.csv';
const PUBLISHERS = ['Agence France Presse', 'Dawn', 'Press Trust of India', 'BBC Monitoring'];

function reports(limit: number): ReportInput[] {
  const rows = (rel: string) => parse(readFileSync(sharedPath(rel)), { columns: true }) as Array<Record<string, string>>;
  const out: ReportInput[] = [];
  const gtd = rows(GTD).map((r) => ({ text: r.summary, day: `${r.iyear}-${r.imonth.padStart(2, '0')}-${r.iday.padStart(2, '0')}` }));
  const acled = rows(ACLED).map((r) => ({ text: r.notes, day: r.event_date }));
  for (let i = 0; out.length < limit && i < Math.max(gtd.length, acled.length); i++) {
    for (const r of [gtd[i], acled[i]]) {
      if (!r || !r.text || !/^\d{4}-\d{2}-\d{2}$/.test(r.day) || Number.isNaN(Date.parse(r.day))) continue;
      const n = out.length;
      out.push({ articleId: `r${n}`, publisher: PUBLISHERS[n % PUBLISHERS.length], published: r.day, analysis: analyze(r.text, { published: r.day }) });
    }
  }
  return out;
}

test('pruned candidate scoring gives the stories of a full scan, and the bound is never below a score', needsShared(GTD), () => {
  const input = reports(1200);
  const full = new StoryClusterer({}, {
    observe: (o) => {
      for (const c of o.candidates) {
        const story = full['stories'].get(c.storyId)!;
        const bound = scoreBound(o.unit, story, full['freq'], full.policy);
        assert.ok(bound !== null && bound >= c.score, `${o.unit.key} against ${c.storyId}: bound ${bound} below score ${c.score}`);
        checked++;
      }
    },
  });
  let checked = 0;
  const pruned = new StoryClusterer();
  for (const r of input) assert.deepEqual(pruned.add(r), full.add(r), r.articleId);
  assert.deepEqual(pruned.allStories(), full.allStories());
  assert.ok(checked > 1000, `only ${checked} candidate scores checked`);
  assert.ok(pruned.stats.scored < pruned.stats.candidates, 'some candidates were skipped');
});
