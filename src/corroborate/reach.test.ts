import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { analyze } from '../analyze.ts';
import { needsShared, sharedPath } from '../../test/shared.ts';
import { StoryClusterer } from './clusterer.ts';
import { scoreBound } from './features.ts';
import { defaultPolicy } from './policy.ts';
import { reachDrops, unreachable } from './reach.ts';
import type { ReportInput } from './types.ts';

// The candidate bound lowered by what a story cannot give a unit (reach.ts) must still never be
// below the unit's score against that story, or the clusterer would skip a story that wins. Checked
// against every candidate a full scan scores, on real GTD and ACLED texts with a few publishers
// (so that series and same-publisher features fire), with the shipped weights.

const GTD = 'data/gtd/dev.csv';
const ACLED = 'data/acled/dev.csv';
const PUBLISHERS = ['Agence France Presse', 'Dawn', 'Press Trust of India', 'BBC Monitoring'];

function reports(limit: number): ReportInput[] {
  const rows = (rel: string) => parse(readFileSync(sharedPath(rel)), { columns: true }) as Array<Record<string, string>>;
  const out: ReportInput[] = [];
  const gtd = rows(GTD).map((r) => ({ text: r.summary, day: `${r.iyear}-${r.imonth.padStart(2, '0')}-${r.iday.padStart(2, '0')}` }));
  const acled = rows(ACLED).map((r) => ({ text: r.notes, day: r.event_date }));
  // From the end of the files: other texts than bound.test.ts's.
  for (let i = Math.max(gtd.length, acled.length) - 1; out.length < limit && i >= 0; i--) {
    for (const r of [gtd[i], acled[i]]) {
      if (!r || !r.text || !/^\d{4}-\d{2}-\d{2}$/.test(r.day) || Number.isNaN(Date.parse(r.day))) continue;
      const n = out.length;
      out.push({ articleId: `r${n}`, publisher: PUBLISHERS[n % PUBLISHERS.length], published: r.day, analysis: analyze(r.text, { published: r.day }) });
    }
  }
  return out.sort((a, b) => a.published.localeCompare(b.published) || a.articleId.localeCompare(b.articleId));
}

test('the bound lowered by what a story cannot give is never below a score, and the stories stay those of a full scan', needsShared(GTD), () => {
  const input = reports(1000);
  let checked = 0;
  let lowered = 0;
  const full = new StoryClusterer({}, {
    observe: (o) => {
      for (const c of o.candidates) {
        const story = full['stories'].get(c.storyId)!;
        const bound = scoreBound(o.unit, story, full['freq'], full.policy)!;
        const drop = unreachable(o.unit, story.reach, story.words, full['freq'], full.policy);
        assert.ok(bound - drop >= c.score, `${o.unit.key} against ${c.storyId}: bound ${bound} less ${drop} below score ${c.score}`);
        checked++;
        if (drop > 0) lowered++;
      }
    },
  });
  const pruned = new StoryClusterer();
  for (const r of input) assert.deepEqual(pruned.add(r), full.add(r), r.articleId);
  assert.deepEqual(pruned.allStories(), full.allStories());
  assert.ok(checked > 1000, `only ${checked} candidate scores checked`);
  assert.ok(lowered > checked / 4, `the bound was lowered for only ${lowered} of ${checked} candidates`);
});

test('the drops come from the weights in use: a family whose best weight needs no shared fact drops nothing', () => {
  const shipped = reachDrops(defaultPolicy().weights);
  const w = defaultPolicy().weights;
  assert.equal(shipped.place, Math.max(0, w['place:same-spot'] ?? 0) - Math.max(0, ...Object.entries(w).filter(([k]) => k.startsWith('place:') && k !== 'place:same-spot').map(([, v]) => v)));
  // A retrained model in which a loose place agreement weighs more than the same spot.
  const retrained = { ...w, 'place:same-spot': 0.4, 'place:near': 0.9, 'type:same': -0.1 };
  const d = reachDrops(retrained);
  assert.equal(d.place, 0);
  assert.equal(d.type, 0);
  assert.ok(d.series >= 0 && d.publisher >= 0 && d.actors >= 0 && d.counts >= 0);
});
