// A point for the WorldMap component: here, apart from the component, so code without JSX
// (lib/event-points.ts, its tests) can build points.
import type { ProvenanceItem } from './provenance.ts';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  label: string;
  /** ISO 3166 alpha-2 of the place, when known. */
  country?: string | null;
  /** 1 the place itself, 2 near it or part of a region, 3 a province or larger (drawn as a ring). */
  precision?: 1 | 2 | 3;
  /** Radius in map pixels (default 5). */
  radius?: number;
  provenance?: ProvenanceItem;
}
