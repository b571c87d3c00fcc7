// Days as integers (days since 1970-01-01, UTC), for windows and index buckets.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a YYYY-MM-DD string, or null when it is not a real calendar day. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return Math.round(t / 86_400_000);
}

/** Whole days between two YYYY-MM-DD strings, always ≥ 0. */
export function daysApart(a: string, b: string): number {
  return Math.abs((dayNumber(a) ?? 0) - (dayNumber(b) ?? 0));
}
