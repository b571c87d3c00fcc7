import type { StoryReport } from './types.ts';

// Independent sources. Rule: two reports are one source when one is a near-duplicate of the
// other (a syndicated copy or a light rewrite, followed through chains) or when one publisher
// issued both (its updates and corrections are not independent confirmation); publisher names
// are compared case- and punctuation-insensitively ("Agence France-Presse" = "Agence France
// Presse"). The count is the number of groups this leaves.

/** publisherKey's results by name: a stream has few publishers, and the clusterer asks per member. */
const publisherKeys = new Map<string, string>();

export function publisherKey(name: string): string {
  let k = publisherKeys.get(name);
  if (k === undefined) {
    if (publisherKeys.size > 10_000) publisherKeys.clear();
    k = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    publisherKeys.set(name, k);
  }
  return k;
}

/**
 * The reports grouped into independent sources by the rule above: each group in the reports'
 * order, the groups in the order of their first report. `nearDupOf` gives an article's first
 * copy (followed through chains, also through articles that are not among the reports).
 */
export function groupSources<T>(
  reports: readonly T[],
  articleIdOf: (r: T) => string,
  publisherOf: (r: T) => string,
  nearDupOf: (articleId: string) => string | null | undefined,
): T[][] {
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
    const node = `a:${articleIdOf(r)}`;
    parent.set(node, find(node));
    union(node, `p:${publisherKey(publisherOf(r))}`);
    let dup = nearDupOf(articleIdOf(r));
    const seen = new Set<string>();
    while (dup && !seen.has(dup)) {
      seen.add(dup);
      union(node, `a:${dup}`);
      dup = nearDupOf(dup);
    }
  }
  const groups = new Map<string, T[]>();
  for (const r of reports) {
    const root = find(`a:${articleIdOf(r)}`);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  }
  return [...groups.values()];
}

export function independentSources(reports: readonly StoryReport[], nearDupOf: ReadonlyMap<string, string>): number {
  return groupSources(reports, (r) => r.articleId, (r) => r.publisher, (id) => nearDupOf.get(id)).length;
}
