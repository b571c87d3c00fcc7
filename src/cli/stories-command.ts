import { resolveStoryFilter, type StoryQueryOptions } from '../store/event-query.ts';
import { openStore } from '../store/open.ts';
import type { StoryRow } from '../store/store.ts';

// `corroborate stories`: the stories in the store, filtered by days, country, event type and
// independent sources, as a table or JSON.

export interface StoriesCommandOptions extends StoryQueryOptions {
  db?: string;
  format: 'table' | 'json';
}

export async function storiesCommand(opts: StoriesCommandOptions): Promise<void> {
  const filter = resolveStoryFilter(opts);
  const store = await openStore({ db: opts.db, databaseUrl: process.env.DATABASE_URL });
  let stories: StoryRow[];
  try {
    stories = await store.findStories(filter);
  } finally {
    await store.close();
  }
  await write(opts.format === 'json' ? JSON.stringify(stories, null, 2) + '\n' : storiesTable(stories));
}

export function storiesTable(stories: readonly StoryRow[]): string {
  if (stories.length === 0) return 'no stories match\n';
  const rows = stories.map((s) => [
    s.id,
    s.firstDay === s.lastDay ? s.firstDay : `${s.firstDay}..${s.lastDay}`,
    s.types.join(','),
    s.places.filter((p) => p.kind !== 'country').map((p) => p.name).slice(0, 2).join('; ') || s.countries.join(','),
    String(s.reports),
    String(s.independentSources),
    s.contradictions.length > 0 ? s.contradictions.map((c) => c.field).join(',') : '',
    s.title ?? '',
  ]);
  const head = ['story', 'days', 'types', 'place', 'reports', 'sources', 'contradicts', 'first headline'];
  const widths = head.map((h, i) => Math.min(i === 0 ? 44 : 50, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)].join('\n') + `\n${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}\n`;
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(s, (err) => (err ? reject(err) : resolve())));
}
