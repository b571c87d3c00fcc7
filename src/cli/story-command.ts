import { CorroborateError } from '../model/errors.ts';
import { describeCountIn } from '../model/count-words.ts';
import { openStore } from '../store/open.ts';
import type { StoryDetail } from '../store/store.ts';
import { explainContradictions, type ContradictionStatement } from '../store/story-query.ts';

// `corroborate story ID`: one story with its reports side by side (publisher, day, headline,
// the figures each states and why it joined), its independent sources, and the contradictions
// marked so they stand out.

export interface StoryCommandOptions {
  db?: string;
  format: 'text' | 'json';
}

export async function storyCommand(id: string, opts: StoryCommandOptions): Promise<void> {
  const store = await openStore({ db: opts.db, databaseUrl: process.env.DATABASE_URL });
  let story: StoryDetail | null;
  try {
    story = await store.getStory(id);
  } finally {
    await store.close();
  }
  if (!story) throw new CorroborateError('E_NOT_FOUND', `story "${id}" is not in ${store.location} (list them with: corroborate stories)`);
  const colour = opts.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  await write(opts.format === 'json' ? JSON.stringify(story, null, 2) + '\n' : storyText(story, colour));
}

export function storyText(s: StoryDetail, colour = false): string {
  const mark = (t: string) => (colour ? `\x1b[1;31m${t}\x1b[0m` : t);
  const contradicted = new Map<string, Set<string>>();
  for (const c of s.contradictions) for (const v of c.values) for (const r of v.reports) {
    if (!contradicted.has(r)) contradicted.set(r, new Set());
    contradicted.get(r)!.add(c.field);
  }
  const lines: string[] = [];
  lines.push(`${s.id}`);
  lines.push(`  ${s.firstDay === s.lastDay ? s.firstDay : `${s.firstDay} to ${s.lastDay}`} · ${s.types.join(', ') || 'no event type'} · ${s.places.map((p) => p.name).join('; ') || 'no place'}`);
  lines.push(`  ${s.reports} report${s.reports === 1 ? '' : 's'}, ${s.independentSources} independent source${s.independentSources === 1 ? '' : 's'} (${s.publishers.join(', ')})`);
  lines.push(`  first report ${s.firstPublished}, latest ${s.latestPublished}`);
  lines.push('');
  lines.push('Reports');
  for (const r of s.reportsSideBySide) {
    const flags = contradicted.get(r.articleId);
    lines.push(`  ${r.published}  ${r.publisher}${r.nearDupOf ? ` (copy of ${r.nearDupOf})` : ''}${flags ? '  ' + mark(`! ${[...flags].join(', ')}`) : ''}`);
    lines.push(`    ${r.title ?? r.articleId}`);
    for (const u of r.units) {
      // "8 killed per the Taliban", "9 killed (revised from 14 by the police)": the words every output writes a count with.
      const figures = u.counts.map((c) => describeCountIn(u.counts, c)).join(', ');
      const why = u.how === 'started' ? 'opened the story' : `joined, score ${u.score}: ${u.reasons.filter((x) => x.points !== 0).map((x) => `${x.feature} ${x.points > 0 ? '+' : ''}${x.points}`).join(' ')}`;
      lines.push(`    - ${u.type ?? 'report'} on ${u.day}${u.place ? ` at ${u.place}` : ''}${figures ? `: ${figures}` : ''}  [${why}]`);
    }
  }
  lines.push('');
  if (s.contradictions.length === 0) lines.push('No contradictions.');
  else {
    lines.push(mark('Contradictions'));
    const label = new Map(s.reportsSideBySide.map((r) => [r.articleId, `${r.publisher} ${r.published}`]));
    for (const c of explainContradictions(s)) {
      const who = (r: string, said: readonly ContradictionStatement[]) => {
        const teller = said.find((st) => st.articleId === r)?.toldBy;
        return `${label.get(r) ?? r}${teller ? `, per ${teller}` : ''}`;
      };
      lines.push(`  ${mark(c.field)}: ${c.values.map((v) => `${v.value} (${v.reports.map((r) => who(r, v.statedBy)).join('; ')})`).join(' vs ')}`);
    }
  }
  return lines.join('\n') + '\n';
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(s, (err) => (err ? reject(err) : resolve())));
}
