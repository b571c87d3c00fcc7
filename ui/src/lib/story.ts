// What the Story view says about a story beyond the server's numbers: which reports count as one
// source and why (the rule of src/corroborate/sources.ts: a near-duplicate goes with its first
// copy, and one publisher's reports are one source), and where a quoted sentence states a value.
import type { StoryOut, StoryReportOut } from '../api.ts';
import { groupSources, publisherKey } from '../../../src/corroborate/sources.ts';

export interface SourceGroup {
  /** The reports counted as this one source, in the story's order. */
  reports: StoryReportOut[];
  /** Why they are one: copies of one report, one publisher, or both. */
  why: Array<'copy' | 'publisher'>;
}

/** "Agence France-Presse" and "Agence France Presse" are one publisher: the server's own rule. */
export { publisherKey };

export function sourceGroups(reports: readonly StoryReportOut[]): SourceGroup[] {
  const dupOf = new Map(reports.map((r) => [r.articleId, r.nearDupOf]));
  return groupSources(reports, (r) => r.articleId, (r) => r.publisher, (id) => dupOf.get(id)).map((group) => {
    const why = new Set<'copy' | 'publisher'>();
    if (group.length > 1 && group.some((r) => r.nearDupOf)) why.add('copy');
    const publishers = new Set(group.map((r) => publisherKey(r.publisher)));
    if (publishers.size < group.length) why.add('publisher');
    return { reports: group, why: [...why] };
  });
}

/** The sentence cut around the first place the stated words occur (case-insensitive), for a <mark>. */
export function markIn(sentence: string, words: string): { before: string; marked: string; after: string } | null {
  if (!words) return null;
  const i = sentence.toLowerCase().indexOf(words.toLowerCase());
  if (i < 0) return null;
  return { before: sentence.slice(0, i), marked: sentence.slice(i, i + words.length), after: sentence.slice(i + words.length) };
}

/** "killed" → "Killed", "place" → "Place". */
export function fieldLabel(field: string): string {
  const words = field.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The count kinds (and place/date) a report's values are disputed on, by article id. */
export function disputedFields(story: StoryOut): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of story.contradictions) {
    for (const v of c.values) {
      for (const id of v.reports) {
        if (!out.has(id)) out.set(id, new Set());
        out.get(id)!.add(c.field);
      }
    }
  }
  return out;
}

const QUALIFIED = /^(at-least|at-most|about) (\d+)$/;
const QUALIFIER_WORDS: Record<string, string> = { 'at-least': 'at least', 'at-most': 'at most', about: 'about' };

/** A contradiction's value in words: "at-least 3200" → "at least 3,200"; places and dates as they are. */
export function describeValue(value: string): string {
  const q = QUALIFIED.exec(value);
  if (q) return `${QUALIFIER_WORDS[q[1]]} ${Number(q[2]).toLocaleString('en-US')}`;
  return /^\d+$/.test(value) ? Number(value).toLocaleString('en-US') : value;
}
