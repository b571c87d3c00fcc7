import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredEventOut } from '../ui/src/api.ts';
import { eventPoints, pointRadius } from '../ui/src/lib/event-points.ts';
import { MAX_DAYS, timelineOf } from '../ui/src/lib/timeline.ts';

// The Events view's pure parts: events → days × types for the timeline, events → map points.

test('timeline: one column per day with no gaps, stacked by type in name order; undated events counted apart', () => {
  const t = timelineOf([
    { type: 'attack', eventDate: '2026-03-01' },
    { type: 'arrest', eventDate: '2026-03-01' },
    { type: 'attack', eventDate: '2026-03-01' },
    { type: 'arrest', eventDate: '2026-03-04' },
    { type: 'bombing', eventDate: null },
  ]);
  assert.deepEqual(t.days.map((d) => d.day), ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
  assert.deepEqual(t.days[0].byType, [
    { type: 'arrest', count: 1 },
    { type: 'attack', count: 2 },
  ]);
  assert.deepEqual(t.days.map((d) => d.total), [3, 0, 0, 1]);
  assert.deepEqual(t.types, ['arrest', 'attack']);
  assert.equal(t.max, 3);
  assert.equal(t.undated, 1);
  assert.deepEqual(timelineOf([]).days, []);
});

test('timeline: a span longer than a year keeps the latest days', () => {
  const t = timelineOf([
    { type: 'attack', eventDate: '2020-01-01' },
    { type: 'attack', eventDate: '2026-01-01' },
  ]);
  assert.equal(t.days.length, MAX_DAYS);
  assert.equal(t.days[t.days.length - 1].day, '2026-01-01');
  assert.equal(t.days[t.days.length - 1].total, 1);
});

const event = (id: string, place: StoredEventOut['place'], counts: number[]): StoredEventOut => ({
  id,
  type: 'prisoner-release',
  date: null,
  eventDate: '2026-11-23',
  place,
  actors: [],
  counts: counts.map((value) => ({ kind: 'released', value, qualifier: 'exact' as const })),
  intervention: null,
  text: '',
  trigger: 'released',
  claim: { id: null, attribution: null, certainty: null },
  article: { id: 'art-0', title: null, source: null, published: null, url: null },
});

test('map points: one per place, sized by summed counts, precision kept, places without coordinates left out', () => {
  const kabul = { id: 'place:AF:kabul', name: 'Kabul', country: 'AF', admin1: null, lat: 34.5, lon: 69.2, precision: 1 as const };
  const kp = { id: 'admin1:PK:KP', name: 'Khyber Pakhtunkhwa', country: 'PK', admin1: null, lat: 34.9, lon: 72.3, precision: 3 as const };
  const points = eventPoints([
    event('a:1', kabul, [3200]),
    event('a:2', kabul, [2000]),
    event('a:3', kp, []),
    event('a:4', { ...kp, id: 'nowhere', lat: null, lon: null }, [5]),
    event('a:5', null, [7]),
  ]);
  assert.deepEqual(points.map((p) => p.id), ['admin1:PK:KP', 'place:AF:kabul']);
  const [ring, dot] = points;
  assert.equal(ring.precision, 3);
  assert.equal(dot.precision, 1);
  assert.match(dot.label, /^Kabul, AF: 2 events, counts summing to 5,200/);
  assert.equal(dot.radius, pointRadius(5200, 2));
  assert.equal(ring.radius, 4);
  assert.ok(dot.radius! > ring.radius!);
  assert.ok(pointRadius(1e9, 1000) <= 16);
});
