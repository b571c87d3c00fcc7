// Stored events → map points: one point per place, sized by what happened there (the largest
// count of each event, summed: 3,200 released weighs more than 2 arrested), with the place's
// precision (a ring for a province, country or region).
import type { StoredEventOut } from '../api.ts';
import { describeCountIn, humanType } from './labels.ts';
import type { MapPoint } from './map-point.ts';

export function eventPoints(events: readonly StoredEventOut[]): MapPoint[] {
  const byPlace = new Map<string, { events: StoredEventOut[]; weight: number }>();
  for (const e of events) {
    const p = e.place;
    if (!p || p.lat === null || p.lon === null) continue;
    const group = byPlace.get(p.id) ?? { events: [], weight: 0 };
    group.events.push(e);
    group.weight += Math.max(0, ...e.counts.map((c) => c.value));
    byPlace.set(p.id, group);
  }
  return [...byPlace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, g]) => {
      const p = g.events[0].place!;
      const name = `${p.name ?? id}${p.country ? `, ${p.country}` : ''}`;
      const n = g.events.length;
      const label = `${name}: ${n} event${n === 1 ? '' : 's'}${g.weight > 0 ? `, counts summing to ${g.weight.toLocaleString('en-US')}` : ''}`;
      return {
        id,
        lat: p.lat!,
        lon: p.lon!,
        label: `${label} (precision ${p.precision ?? 1})`,
        country: p.country,
        precision: p.precision ?? 1,
        radius: pointRadius(g.weight, n),
        provenance: {
          key: `place-events:${id}`,
          title: label,
          quotes: [],
          rules: [],
          notes: [
            precisionNote(p.precision ?? 1),
            ...g.events.slice(0, 8).map((e) => `${e.eventDate ?? 'undated'} ${humanType(e.type)}${e.counts.length ? `: ${e.counts.map((c) => describeCountIn(e.counts, c)).join(', ')}` : ''}`),
            ...(n > 8 ? [`and ${n - 8} more`] : []),
          ],
        },
      } satisfies MapPoint;
    });
}

/** 4 px for an event with no count, growing with the logarithm of the counts and of the events. */
export function pointRadius(weight: number, events: number): number {
  return Math.min(16, 4 + 2 * Math.log10(1 + weight) + 1.5 * Math.log2(events));
}

function precisionNote(precision: number): string {
  return precision === 1 ? 'precision 1: the town itself' : precision === 2 ? 'precision 2: near a town, or part of a region' : 'precision 3: a province, country or region (drawn as a ring)';
}
