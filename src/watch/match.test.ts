import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventMatches, matchStory, type MatchableEvent } from './match.ts';
import type { WatchRule } from './rule.ts';

// Matching a rule against a story's events: every event-level condition on one event, the
// story-level one on the story, and the triggering report's own event preferred.

const canonical = (id: string) => (id === 'pakistan-ctd' ? 'pakistan-police' : id);

const release: MatchableEvent = {
  articleId: 'art-a',
  eventId: 'e2',
  type: 'prisoner-release',
  placeName: 'Kabul',
  lat: 34.53,
  lon: 69.17,
  certainty: 'hedged',
  counts: [{ kind: 'released', value: 3200 }],
  actors: ['afghan-taliban', 'unidentified-armed-group:PK'],
};

test('each condition, alone', () => {
  const cases: Array<[string, WatchRule, MatchableEvent, boolean]> = [
    ['no conditions', {}, release, true],
    ['type', { types: ['prisoner-release'] }, release, true],
    ['other type', { types: ['bombing'] }, release, false],
    ['actor, any role', { actors: [{ id: 'unidentified-armed-group:PK', name: 'x' }] }, release, true],
    ['absent actor', { actors: [{ id: 'ttp', name: 'TTP' }] }, release, false],
    ['a unit counts for its actor', { actors: [{ id: 'pakistan-police', name: 'Police' }] }, { ...release, actors: ['pakistan-ctd'] }, true],
    ['within the radius (Kabul to Bagram, ~45 km)', { near: { lat: 34.95, lon: 69.27, km: 50, name: 'Bagram' } }, release, true],
    ['outside the radius', { near: { lat: 34.0, lon: 71.5, km: 50, name: 'Peshawar' } }, release, false],
    ['no coordinates never match a place', { near: { lat: 34.53, lon: 69.17, km: 50, name: 'Kabul' } }, { ...release, lat: null, lon: null }, false],
    ['count reached', { minCounts: [{ kind: 'released', min: 3200 }] }, release, true],
    ['count not reached', { minCounts: [{ kind: 'released', min: 3201 }] }, release, false],
    ['count of another kind', { minCounts: [{ kind: 'killed', min: 1 }] }, release, false],
    ['certainty allowed', { certainty: ['asserted', 'hedged'] }, release, true],
    ['certainty not allowed', { certainty: ['asserted'] }, release, false],
    ['no certainty (no claim) never matches a certainty rule', { certainty: ['asserted', 'hedged'] }, { ...release, certainty: null }, false],
  ];
  for (const [name, rule, event, want] of cases) assert.equal(eventMatches(rule, event, canonical), want, name);
});

test('the event-level conditions must hold for one event; sources for the story; the new report\'s event first', () => {
  const rule: WatchRule = { actors: [{ id: 'afghan-taliban', name: 'Afghan Taliban' }], minCounts: [{ kind: 'released', min: 1000 }] };
  const byTaliban: MatchableEvent = { ...release, eventId: 'e1', counts: [] };
  const bigOther: MatchableEvent = { ...release, eventId: 'e3', actors: ['ttp'] };
  assert.equal(matchStory(rule, { independentSources: 1 }, [byTaliban, bigOther], 'art-a', canonical), null);

  const fromSecond: MatchableEvent = { ...release, articleId: 'art-b', eventId: 'e1' };
  assert.equal(matchStory(rule, { independentSources: 2 }, [release, fromSecond], 'art-b', canonical), fromSecond);
  assert.equal(matchStory(rule, { independentSources: 2 }, [release, fromSecond], 'art-c', canonical), release);
  assert.equal(matchStory({ ...rule, minSources: 3 }, { independentSources: 2 }, [release, fromSecond], 'art-b', canonical), null);
});
