import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { analyze } from '../analyze.ts';
import { needsShared, sharedPath } from '../../test/shared.ts';
import { StoryClusterer } from './clusterer.ts';
import { dayNumber } from './days.ts';
import type { ReportInput } from './types.ts';

// The store's clusterer lives across batches and follows the days of the stream: it forgets
// the stories whose first day is out of reach (evictStories) and takes in stored ones
// (loadStories). Checked here on real GTD texts in date order: a clusterer that forgets
// everything older than the longest window, every 50 reports, places every unit exactly as one
// that keeps every story, and holds far fewer units at the end.

const GTD = 'data/gtd/dev.csv';

function reports(limit: number): ReportInput[] {
  const rows = parse(readFileSync(sharedPath(GTD)), { columns: true }) as Array<Record<string, string>>;
  const dated = rows
    .map((r) => ({ text: r.summary, day: `${r.iyear}-${r.imonth.padStart(2, '0')}-${r.iday.padStart(2, '0')}` }))
    .filter((r) => r.text && dayNumber(r.day) !== null)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .slice(0, limit);
  return dated.map((r, n) => ({ articleId: `r${n}`, publisher: ['Wire', 'Daily', 'Monitor'][n % 3], published: r.day, analysis: analyze(r.text, { published: r.day }) }));
}

test('a clusterer that forgets stories out of reach places every unit as one that keeps them all', needsShared(GTD), () => {
  const input = reports(900);
  const all = new StoryClusterer();
  const follows = new StoryClusterer();
  const window = Math.max(follows.policy.windowDays, follows.policy.followUpWindowDays);
  let forgotten = 0;
  input.forEach((r, i) => {
    if (i % 50 === 0) {
      // Reports arrive in date order: nothing before this day less the window can be joined again.
      const today = dayNumber(r.published)!;
      forgotten += follows.evictStories((first) => first >= today - window - 1);
    }
    assert.deepEqual(follows.add(r), all.add(r), `report ${i} (${r.published})`);
  });
  assert.ok(forgotten > 0, 'stories were forgotten along the way');
  assert.ok(follows.unitCount() < all.unitCount() / 2, `held ${follows.unitCount()} units of ${all.unitCount()}`);
  // A forgotten story taken back in (as the store loads it) is the same story again.
  const gone = all.allStories().find((s) => !follows.holds(s.id))!;
  const state = all.state();
  const keys = new Set(gone.assignments.map((a) => a.unit));
  follows.loadStories({ units: state.units.filter((u) => keys.has(u.key)), assignments: gone.assignments, nearDupOf: {} });
  assert.deepEqual(follows.story(gone.id), gone);
});
