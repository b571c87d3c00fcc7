// Lays the article text out for display: one paragraph per line, each cut into parts that are
// inside a claim or between claims, and each part into pieces that are or are not inside an
// active span (the text behind whatever provenance is being shown). Offsets only: the text is
// sliced at render time and only ever rendered as text.

export interface Range {
  start: number;
  end: number;
}

export interface Piece extends Range {
  active: boolean;
}

export interface Part extends Range {
  /** Index into the claims given, or null between claims. */
  claim: number | null;
  pieces: Piece[];
}

export interface Paragraph extends Range {
  heading: boolean;
  parts: Part[];
}

export function layoutArticle(
  text: string,
  sentences: ReadonlyArray<Range & { heading: boolean }>,
  claims: ReadonlyArray<Range>,
  active: ReadonlyArray<Range> = [],
): Paragraph[] {
  const order = claims.map((_, i) => i).sort((a, b) => claims[a].start - claims[b].start || claims[a].end - claims[b].end);
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    const end = start + line.length;
    lineStart = end + 1;
    if (line.trim() === '') continue;
    const inside = sentences.filter((s) => s.start >= start && s.end <= end);
    const heading = inside.length > 0 && inside.every((s) => s.heading);
    const parts: Part[] = [];
    let cursor = start;
    for (const i of order) {
      // Claims are expected not to overlap; if two ever do, the later one starts where the earlier ends.
      const from = Math.max(claims[i].start, cursor, start);
      const to = Math.min(claims[i].end, end);
      if (to <= from) continue;
      if (from > cursor) parts.push(part(cursor, from, null, active));
      parts.push(part(from, to, i, active));
      cursor = to;
    }
    if (cursor < end) parts.push(part(cursor, end, null, active));
    paragraphs.push({ start, end, heading, parts });
  }
  return paragraphs;
}

function part(start: number, end: number, claim: number | null, active: ReadonlyArray<Range>): Part {
  const cuts = new Set([start, end]);
  for (const a of active) {
    if (a.end <= start || a.start >= end || a.end <= a.start) continue;
    cuts.add(Math.max(a.start, start));
    cuts.add(Math.min(a.end, end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    pieces.push({ start: from, end: to, active: active.some((a) => a.start <= from && a.end >= to && a.end > a.start) });
  }
  return { start, end, claim, pieces };
}
