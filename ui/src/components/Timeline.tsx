// Events per day by type as an SVG bar chart: a stacked column per day, a colour and a legend
// entry per type, each day focusable with its counts written out (never colour alone).
import type { TimelineData } from '../lib/timeline.ts';
import { humanType } from '../lib/labels.ts';

const WIDTH = 720;
const HEIGHT = 180;
const PAD = { left: 32, right: 8, top: 8, bottom: 28 };
/** Distinct at 3:1 or more against the white plot, in a fixed order by type name. */
const PALETTE = ['#1f4e79', '#b3261e', '#2d6a2f', '#7a2855', '#6b4e00', '#0f5f66', '#5b3f8c', '#8a3b12', '#3d5a80', '#4a4a4a', '#99582a'];

export function colourOf(types: string[], type: string): string {
  return PALETTE[Math.max(0, types.indexOf(type)) % PALETTE.length];
}

export function Timeline({ data }: { data: TimelineData }) {
  if (data.days.length === 0) {
    return <p class="empty">No dated events to draw{data.undated > 0 ? ` (${data.undated} without a date)` : ''}.</p>;
  }
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / data.days.length;
  const barW = Math.max(1, Math.min(24, step * 0.8));
  const y = (n: number) => PAD.top + plotH - (n / data.max) * plotH;
  const ticks = tickDays(data.days.map((d) => d.day));
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={`Events per day by type, ${data.days[0].day} to ${data.days[data.days.length - 1].day}`}>
        <line class="axis" x1={PAD.left} y1={PAD.top + plotH} x2={WIDTH - PAD.right} y2={PAD.top + plotH} />
        <text class="axis-label" x={PAD.left - 4} y={PAD.top + 10} text-anchor="end">
          {data.max}
        </text>
        <text class="axis-label" x={PAD.left - 4} y={PAD.top + plotH} text-anchor="end">
          0
        </text>
        {ticks.map((i) => (
          <text key={i} class="axis-label" x={PAD.left + step * i + step / 2} y={HEIGHT - 8} text-anchor="middle">
            {data.days[i].day}
          </text>
        ))}
        {data.days.map((d, i) => {
          if (d.total === 0) return null;
          let base = 0;
          const label = `${d.day}: ${d.byType.map((t) => `${t.count} ${humanType(t.type).toLowerCase()}`).join(', ')}`;
          return (
            <g key={d.day} class="day" data-day={d.day} tabIndex={0} role="img" aria-label={label}>
              <title>{label}</title>
              {d.byType.map((t) => {
                const top = y(base + t.count);
                const h = y(base) - top;
                base += t.count;
                return <rect key={t.type} data-type={t.type} x={(PAD.left + step * i + (step - barW) / 2).toFixed(2)} y={top.toFixed(2)} width={barW.toFixed(2)} height={Math.max(h, 0.5).toFixed(2)} fill={colourOf(data.types, t.type)} />;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {data.types.map((t) => (
            <li key={t}>
              <span class="swatch" style={{ background: colourOf(data.types, t) }} aria-hidden="true" /> {humanType(t)}
            </li>
          ))}
        </ul>
        {data.undated > 0 && <p class="hint">{data.undated} event{data.undated === 1 ? '' : 's'} without a date are not drawn.</p>}
      </figcaption>
    </figure>
  );
}

/** At most five date labels, evenly spread, first and last included. */
function tickDays(days: string[]): number[] {
  if (days.length <= 5) return days.map((_, i) => i);
  const n = 4;
  return Array.from({ length: n + 1 }, (_, k) => Math.round((k * (days.length - 1)) / n));
}
