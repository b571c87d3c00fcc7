import type { StoryReport } from './types.ts';

// Independent sources. Rule: two reports are one source when one is a near-duplicate of the
// other (a syndicated copy or a light rewrite, followed through chains) or when one publisher
// issued both (its updates and corrections are not independent confirmation); publisher names
// are compared case- and punctuation-insensitively ("Agence France-Presse" = "Agence France
// Presse"). The count is the number of groups this leaves.

export function publisherKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function independentSources(reports: readonly StoryReport[], nearDupOf: ReadonlyMap<string, string>): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const r of reports) {
    const node = `a:${r.articleId}`;
    parent.set(node, find(node));
    union(node, `p:${publisherKey(r.publisher)}`);
    let dup = nearDupOf.get(r.articleId);
    const seen = new Set<string>();
    while (dup && !seen.has(dup)) {
      seen.add(dup);
      union(node, `a:${dup}`);
      dup = nearDupOf.get(dup);
    }
  }
  return new Set(reports.map((r) => find(`a:${r.articleId}`))).size;
}
