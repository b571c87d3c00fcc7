import assert from 'node:assert/strict';
import { test } from 'node:test';
import { needsShared } from '../../test/shared.ts';
import { STORY_GTD, storyReports } from '../../test/story-reports.ts';
import { StoryClusterer } from './clusterer.ts';
import { scoreBound } from './features.ts';
import { defaultPolicy } from './policy.ts';
import { reachDrops, unreachable } from './reach.ts';

// The candidate bound lowered by what a story cannot give a unit (reach.ts) must still never be
// below the unit's score against that story, or the clusterer would skip a story that wins. Checked
// against every candidate a full scan scores, on real GTD and ACLED texts with a few publishers
// (so that series and same-publisher features fire), with the shipped weights.

test('the bound lowered by what a story cannot give is never below a score, and the stories stay those of a full scan', needsShared(STORY_GTD), () => {
  // From the end of the files: other texts than bound.test.ts's.
  const input = storyReports(1000, { fromEnd: true }).sort((a, b) => a.published.localeCompare(b.published) || a.articleId.localeCompare(b.articleId));
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
