import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.ts';
import { headlineText } from '../eval/ucdp-stories.ts';
import { COMPARE_EDGE, StoryClusterer } from './clusterer.ts';
import type { ReportInput } from './types.ts';

// A story of a big event gathers more reports than a unit is compared with (the first and the
// latest COMPARE_EDGE units). The story still lists every report, its state keeps every unit, and
// a clusterer continued from that state places the next reports exactly as one that never
// stopped: the bounded sample is rebuilt the same way.

const PUBLISHERS = ['Agence France Presse', 'Reuters', 'Dawn', 'The News', 'Press Trust of India', 'BBC Monitoring', 'Associated Press', 'Xinhua'];
const HEADLINES = [
  'Suicide bomber kills {n} at Quetta market',
  'Quetta market suicide bombing kills {n}',
  '{n} killed as suicide bomber strikes Quetta market',
  'Death toll in Quetta market suicide attack reaches {n}',
];

function reports(count: number): ReportInput[] {
  const out: ReportInput[] = [];
  for (let i = 0; i < count; i++) {
    const title = HEADLINES[i % HEADLINES.length].replace('{n}', String(20 + (i % 3)));
    const published = i < count / 2 ? '2014-03-10' : '2014-03-11';
    const publisher = `${PUBLISHERS[i % PUBLISHERS.length]} ${Math.floor(i / PUBLISHERS.length)}`;
    out.push({ articleId: `r${i}`, publisher, published, title, analysis: analyze(headlineText(title), { published, title, source: publisher }) });
  }
  return out;
}

test(`a story of more than ${2 * COMPARE_EDGE} units keeps every report, and continuing from its state changes nothing`, () => {
  const all = reports(2 * COMPARE_EDGE + 40);
  const cut = 2 * COMPARE_EDGE + 20;
  const whole = new StoryClusterer();
  const placedWhole = all.map((r) => whole.add(r));
  const first = new StoryClusterer();
  for (const r of all.slice(0, cut)) first.add(r);
  const continued = StoryClusterer.fromState(JSON.parse(JSON.stringify(first.state())));
  const placedContinued = all.slice(cut).map((r) => continued.add(r));
  assert.deepEqual(placedContinued, placedWhole.slice(cut));
  assert.deepEqual(continued.state(), whole.state());

  const [id] = whole.storiesOf('r0');
  const story = whole.story(id)!;
  assert.ok(story.reports.length > 2 * COMPARE_EDGE, `the big story has ${story.reports.length} reports`);
  const joinedLate = all.slice(cut).filter((r) => whole.storiesOf(r.articleId).includes(id)).length;
  assert.ok(joinedLate > 0, 'reports still join the story once it is past the compared sample');
  assert.deepEqual(
    story.contradictions.find((c) => c.field === 'killed')?.values.map((v) => v.value),
    ['20', '21', '22'],
    'every report still counts in the contradictions',
  );
});
