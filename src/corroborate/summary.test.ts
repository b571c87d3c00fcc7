import assert from 'node:assert/strict';
import { test } from 'node:test';
import { needsShared } from '../../test/shared.ts';
import { STORY_GTD, storyReports } from '../../test/story-reports.ts';
import { analyze } from '../analyze.ts';
import { headlineText } from '../eval/ucdp-stories.ts';
import { COMPARE_EDGE, StoryClusterer } from './clusterer.ts';
import { dayNumber } from './days.ts';
import { coverShare, gapBound, scoreBound, scoreBoundWithCover } from './features.ts';
import { unreachableParts } from './reach.ts';
import { cheapParts, refinedParts, unitTerms, type StorySummary } from './summary.ts';
import type { ReportInput, StoryUnit } from './types.ts';

// The clusterer takes candidates in three steps, each bound never below the next: a bound per
// group of stories at one distance in days (gapBound), the cheap bound per story (scoreBound with
// the cover passed in, less what the story's reach cannot give), and the refined bound (summary.ts)
// that recounts headline similarity, place and series from the story's compare members. Checked
// against every candidate a full scan scores, on real GTD and ACLED texts, and the pruned
// clusterer must place every unit as the full scan does.

test('the group, cheap and refined bounds are never below a score, and the stories stay those of a full scan', needsShared(STORY_GTD), () => {
  const input = storyReports(1200);
  let checked = 0;
  let tighter = 0;
  const full = new StoryClusterer({}, {
    observe: (o) => {
      const freq = full['freq'];
      const policy = full.policy;
      const terms = unitTerms(o.unit, freq);
      const day = dayNumber(o.unit.day)!;
      for (const c of o.candidates) {
        const story = full['stories'].get(c.storyId)!;
        const cover = coverShare(o.unit.words, story.words, freq);
        const bound = scoreBound(o.unit, story, freq, policy)!;
        assert.equal(scoreBoundWithCover(o.unit, story, cover, policy), bound, 'scoreBoundWithCover is scoreBound to the bit');
        const drops = unreachableParts(o.unit, story.reach, story.words, freq, policy, cover);
        const cheap = bound - drops.total;
        // The bounds add the same terms in other orders: equal bounds may differ by a rounding error.
        assert.ok(gapBound(o.unit, Math.abs(day - story.firstDay), policy) >= cheap - 1e-9, `${o.unit.key} against ${c.storyId}: group bound below the cheap bound`);
        const parts = refinedParts(terms, story.summary, freq, policy);
        assert.ok(parts !== null, `${o.unit.key} against ${c.storyId}: a scored story with no member to compare`);
        const refined = cheap - cheapParts(terms, cover, drops, policy) + parts;
        assert.ok(refined >= c.score - 1e-9, `${o.unit.key} against ${c.storyId}: refined bound ${refined} below score ${c.score}`);
        if (refined < cheap - 1e-9) tighter++;
        checked++;
      }
    },
  });
  const pruned = new StoryClusterer();
  for (const r of input) assert.deepEqual(pruned.add(r), full.add(r), r.articleId);
  assert.deepEqual(pruned.allStories(), full.allStories());
  assert.ok(checked > 1000, `only ${checked} candidate scores checked`);
  assert.ok(tighter > checked / 4, `the refined bound was tighter for only ${tighter} of ${checked} candidates`);
  const { candidates, bounded, refined, scored } = pruned.stats;
  assert.ok(bounded < candidates && refined <= bounded && scored < refined, `candidates ${candidates}, cheap ${bounded}, refined ${refined}, scored ${scored}`);
});

const PUBLISHERS = ['Agence France Presse', 'Reuters', 'Dawn', 'The News', 'Press Trust of India', 'BBC Monitoring'];
const HEADLINES = ['Suicide bomber kills {n} at Quetta market', 'Quetta market bombing kills {n}', '{n} killed in Peshawar mosque attack', 'Gunmen kill {n} police in Karachi'];

function reports(count: number): ReportInput[] {
  const out: ReportInput[] = [];
  for (let i = 0; i < count; i++) {
    const title = HEADLINES[i % HEADLINES.length].replace('{n}', String(20 + (i % 5)));
    const published = `2014-03-${String(10 + (i % 3)).padStart(2, '0')}`;
    const publisher = `${PUBLISHERS[i % PUBLISHERS.length]} ${Math.floor(i / PUBLISHERS.length)}`;
    out.push({ articleId: `r${i}`, publisher, published, title, analysis: analyze(headlineText(title), { published, title, source: publisher }) });
  }
  return out;
}

/** What the summary holds, rebuilt from the story's compare members: words → members, places → members, publishers. */
function summaryAsSets(s: StorySummary): { words: Map<string, string[]>; places: Map<string, string[]> } {
  const words = new Map<string, string[]>();
  for (const [w, slots] of s.words) words.set(w, slots.map((j) => s.members[j].key).sort());
  const places = new Map<string, string[]>();
  for (const p of s.places) places.set(p.place.id, p.slots.map((j) => s.members[j].key).sort());
  return { words, places };
}

function expected(units: readonly StoryUnit[]): { words: Map<string, string[]>; places: Map<string, string[]> } {
  const words = new Map<string, string[]>();
  const places = new Map<string, string[]>();
  for (const u of units) {
    for (const w of new Set(u.words)) words.set(w, [...(words.get(w) ?? []), u.key]);
    if (u.place) places.set(u.place.id, [...(places.get(u.place.id) ?? []), u.key]);
  }
  for (const m of [words, places]) for (const [k, v] of m) m.set(k, v.sort());
  return { words, places };
}

test(`a story's summary follows its compare members past ${2 * COMPARE_EDGE} units, as a rebuild from them would`, () => {
  const c = new StoryClusterer();
  for (const r of reports(4 * COMPARE_EDGE + 80)) c.add(r);
  const stories = [...c['stories'].values()] as Array<{ units: StoryUnit[]; all: StoryUnit[]; summary: StorySummary }>;
  const big = stories.filter((s) => s.all.length > 2 * COMPARE_EDGE);
  assert.ok(big.length > 0, `no story grew past ${2 * COMPARE_EDGE} units (largest ${Math.max(...stories.map((s) => s.all.length))})`);
  for (const s of stories) {
    assert.deepEqual([...s.summary.members].sort((a, b) => a.arrival - b.arrival), [...s.units].sort((a, b) => a.arrival - b.arrival));
    assert.deepEqual(summaryAsSets(s.summary), expected(s.units));
    s.summary.members.forEach((m, j) => assert.equal(s.summary.publishers[j], m.publisher.toLowerCase()));
  }
});
