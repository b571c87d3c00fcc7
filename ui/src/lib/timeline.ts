// Events per day by type, for the timeline: one column per day from the first to the last
// event date (no gaps, so the spacing shows time), each a stack of types in a fixed order.

export interface DayColumn {
  day: string;
  total: number;
  byType: Array<{ type: string; count: number }>;
}

export interface TimelineData {
  days: DayColumn[];
  types: string[];
  max: number;
  /** Events without a date (neither the text nor the article gives one): not drawn. */
  undated: number;
}

/** The most days drawn one column each; longer spans are cut to the latest days. */
export const MAX_DAYS = 366;

export function timelineOf(events: ReadonlyArray<{ type: string; eventDate: string | null }>): TimelineData {
  const counts = new Map<string, Map<string, number>>();
  const types = new Set<string>();
  let undated = 0;
  for (const e of events) {
    if (!e.eventDate || !/^\d{4}-\d{2}-\d{2}$/.test(e.eventDate)) {
      undated++;
      continue;
    }
    types.add(e.type);
    const day = counts.get(e.eventDate) ?? new Map<string, number>();
    day.set(e.type, (day.get(e.type) ?? 0) + 1);
    counts.set(e.eventDate, day);
  }
  const sortedTypes = [...types].sort();
  if (counts.size === 0) return { days: [], types: sortedTypes, max: 0, undated };
  const keys = [...counts.keys()].sort();
  const last = Date.parse(`${keys[keys.length - 1]}T00:00:00Z`);
  const first = Math.max(Date.parse(`${keys[0]}T00:00:00Z`), last - (MAX_DAYS - 1) * 86_400_000);
  const days: DayColumn[] = [];
  let max = 0;
  for (let t = first; t <= last; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const m = counts.get(day);
    const byType = sortedTypes.filter((ty) => m?.has(ty)).map((ty) => ({ type: ty, count: m!.get(ty)! }));
    const total = byType.reduce((s, x) => s + x.count, 0);
    max = Math.max(max, total);
    days.push({ day, total, byType });
  }
  return { days, types: sortedTypes, max, undated };
}
