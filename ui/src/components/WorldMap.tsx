// A small offline world map (Natural Earth 1:110m countries from world-atlas, drawn as SVG with
// d3-geo) with points on it. Made to be reused: the Analyze view puts the article's places on
// it; an Events view can pass events with a radius by count. Zooms to the points by default.
import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasJson from 'world-atlas/countries-110m.json';
import type { MapPoint } from '../lib/map-point.ts';
import type { ProvenanceItem } from '../lib/provenance.ts';
import { useProvenance } from './Provenance.tsx';

export type { MapPoint };

type CountryProps = { name: string };

const atlas = atlasJson as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
const countries = feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry, CountryProps>;

const WIDTH = 480;
const HEIGHT = 300;
const PAD = 16;
/** The smallest area a zoomed map shows, in degrees, so one point still has context. */
const MIN_SPAN_LON = 18;
const MIN_SPAN_LAT = 11;

function projectionFor(points: MapPoint[], world: boolean): GeoProjection {
  if (world || points.length === 0) {
    return geoNaturalEarth1().fitExtent([[PAD, PAD], [WIDTH - PAD, HEIGHT - PAD]], { type: 'Sphere' });
  }
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  const grow = (lo: number, hi: number, min: number): [number, number] => {
    const extra = Math.max(0, min - (hi - lo)) / 2;
    return [lo - extra, hi + extra];
  };
  [west, east] = grow(west, east, MIN_SPAN_LON);
  [south, north] = grow(south, north, MIN_SPAN_LAT);
  [south, north] = [Math.max(south, -80), Math.min(north, 80)];
  return geoMercator().fitExtent([[PAD, PAD], [WIDTH - PAD, HEIGHT - PAD]], {
    type: 'MultiPoint',
    coordinates: [[west, south], [east, north], [west, north], [east, south]],
  });
}

/** Points drawn at the same spot (a country at its capital, say) share one label. */
function labelsFor(placed: Array<{ point: MapPoint; xy: [number, number] }>) {
  const groups = new Map<string, { x: number; y: number; names: string[]; gap: number }>();
  for (const { point, xy } of placed) {
    const key = `${Math.round(xy[0] / 6)}:${Math.round(xy[1] / 6)}`;
    const group = groups.get(key) ?? { x: xy[0], y: xy[1], names: [], gap: 9 };
    // A label clears the point however large it is drawn.
    group.gap = Math.max(group.gap, (point.radius ?? 7) + 4);
    const name = point.label.replace(/ \(.*\)$/, '').replace(/:.*$/, '').replace(/, [A-Z]{2}$/, '');
    if (!group.names.includes(name)) group.names.push(name);
    groups.set(key, group);
  }
  // Labels that would overlap move down a line at a time (widths estimated from the text).
  const taken: Array<{ left: number; right: number; top: number; bottom: number }> = [];
  return [...groups.values()]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((g) => {
      const text = g.names.join(' · ');
      const anchor = g.x > WIDTH * 0.7 ? 'end' : 'start';
      const width = text.length * 6.2;
      const left = anchor === 'end' ? g.x - g.gap - width : g.x + g.gap;
      let y = g.y + 4;
      const hits = () => taken.some((t) => left < t.right && left + width > t.left && y - 10 < t.bottom && y + 2 > t.top);
      for (let tries = 0; tries < 6 && hits(); tries++) y += 12;
      taken.push({ left, right: left + width, top: y - 10, bottom: y + 2 });
      return { x: anchor === 'end' ? g.x - g.gap : g.x + g.gap, y, text, anchor };
    });
}

export function WorldMap({ points, label, showLabels = true }: { points: MapPoint[]; label: string; showLabels?: boolean }) {
  const [world, setWorld] = useState(false);
  const projection = useMemo(() => projectionFor(points, world), [points, world]);
  const paths = useMemo(() => {
    const path = geoPath(projection);
    return countries.features.map((f, i) => ({ key: `${f.id ?? i}`, name: f.properties?.name ?? '', d: path(f) ?? '' }));
  }, [projection]);
  const placed = points
    .map((p) => ({ point: p, xy: projection([p.lon, p.lat]) }))
    .filter((x): x is { point: MapPoint; xy: [number, number] } => x.xy !== null);
  return (
    <figure class="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label}>
        <rect class="sea" x="0" y="0" width={WIDTH} height={HEIGHT} />
        <g class="countries" aria-hidden="true">
          {paths.map((p) => (
            <path key={p.key} d={p.d} data-country-name={p.name} />
          ))}
        </g>
        {showLabels && !world && (
          <g class="point-labels" aria-hidden="true">
            {labelsFor(placed).map((l) => (
              <text key={`${l.x}:${l.y}`} x={l.x.toFixed(1)} y={l.y.toFixed(1)} text-anchor={l.anchor}>
                {l.text}
              </text>
            ))}
          </g>
        )}
        <g class="points">
          {placed.map(({ point, xy }) => (
            <Point key={point.id} point={point} x={xy[0]} y={xy[1]} />
          ))}
        </g>
      </svg>
      <figcaption>
        {points.length === 0 ? 'No places with coordinates to show.' : `${points.length} place${points.length === 1 ? '' : 's'}: a filled dot is the place itself, a ring a province, country or region.`}{' '}
        <button type="button" class="link-button" onClick={() => setWorld(!world)} aria-pressed={world}>
          {world ? 'Zoom to the places' : 'Show the whole world'}
        </button>
      </figcaption>
    </figure>
  );
}

function Point({ point, x, y }: { point: MapPoint; x: number; y: number }) {
  const item: ProvenanceItem = point.provenance ?? { key: `point:${point.id}`, title: point.label, quotes: [], rules: [], notes: [] };
  const props = useProvenance(item);
  const ring = (point.precision ?? 1) > 1;
  return (
    <circle
      class={ring ? 'point ring' : 'point'}
      cx={x.toFixed(2)}
      cy={y.toFixed(2)}
      r={point.radius ?? (ring ? 7 : 5)}
      data-point={point.id}
      data-country={point.country ?? ''}
      role="img"
      aria-label={point.label}
      {...props}
    />
  );
}
