import assert from 'node:assert/strict';
import { test } from 'node:test';
import { needsShared } from '../../test/shared.ts';
import { STORY_GTD, storyReports } from '../../test/story-reports.ts';
import { StoryClusterer } from './clusterer.ts';
import { scoreBound } from './features.ts';

// The clusterer scores candidates best bound first and stops when no bound can beat the best
// score found. That is only right if the bound is never below the score, and if the stories come
// out exactly as a full scan makes them: both checked here on real GTD and ACLED texts, with a
// few publishers so that the series and same-publisher features fire too.

test('pruned candidate scoring gives the stories of a full scan, and the bound is never below a score', needsShared(STORY_GTD), () => {
  const input = storyReports(1200);
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
