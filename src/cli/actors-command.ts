import { explainActor, loadActorGazetteer, type ActorExplanation } from '../gazetteer/actors.ts';
import { isValidIsoDate } from '../analyze.ts';
import { CorroborateError } from '../model/errors.ts';

export interface ActorsCommandOptions {
  format: 'text' | 'json';
  /** YYYY-MM-DD: settles names whose holder changed ("Afghan forces" before and after August 2021). */
  date?: string;
}

/** `corroborate actors QUERY`: the actor a name or phrase resolves to, the candidates, and why one wins. */
export async function actorsCommand(query: string, opts: ActorsCommandOptions): Promise<void> {
  if (!query.trim()) throw new CorroborateError('E_NO_INPUT', 'actors: give a name or phrase, e.g. `corroborate actors "Afghan forces" --date 2020-05-01`');
  if (opts.date !== undefined && !isValidIsoDate(opts.date)) {
    throw new CorroborateError('E_BAD_OPTION', `actors: --date "${opts.date}" is not a valid YYYY-MM-DD date`);
  }
  const explanation = explainActor(loadActorGazetteer(), query, opts.date ?? null);
  const out = opts.format === 'json' ? JSON.stringify(explanation, null, 2) + '\n' : renderExplanation(explanation);
  await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
}

export function renderExplanation(x: ActorExplanation): string {
  const lines: string[] = [];
  const describe = (e: ActorExplanation['asName']['entry']) => (e ? `${e.name} [${e.type}${e.country ? `, ${e.country}` : ''}]` : '');
  lines.push(`query: ${JSON.stringify(x.query)}${x.date ? `  (date ${x.date})` : '  (no date: period-dependent names take their current holder, generic state forces stay generic)'}`);
  lines.push('');
  lines.push('as a name:');
  if (x.asName.id) {
    lines.push(`  → ${x.asName.id}  ${describe(x.asName.entry)}`);
    lines.push(`    matched ${JSON.stringify(x.asName.matched)} by ${x.asName.rule}`);
  } else {
    lines.push(`  → no actor (${x.asName.rule})`);
  }
  const extras = [x.asName.country && `country ${x.asName.country}`, x.asName.date && !x.date && `period date ${x.asName.date}`, x.asName.unit && `unit ${JSON.stringify(x.asName.unit)}`].filter(Boolean);
  if (extras.length > 0) lines.push(`    read from the name: ${extras.join(', ')}`);
  lines.push('');
  lines.push(x.mentions.length > 0 ? 'as text:' : 'as text: no actor mention');
  for (const m of x.mentions) {
    lines.push(`  ${JSON.stringify(m.text)} [${m.start}-${m.end}] → ${m.id}  ${describe(m.entry)}`);
    lines.push(`    rule: ${m.rule}`);
    for (const c of m.candidates) {
      const chosen = c.id === m.id || (c.via !== 'curated-alias' && m.id.startsWith(`${c.id}:`)) ? '*' : ' ';
      const period = c.active ? ` active ${c.active.from ?? '…'}–${c.active.to ?? '…'}` : '';
      const stands = c.standsFor?.length ? ` stands for ${c.standsFor.map((s) => `${s.template}${s.from || s.to ? ` ${s.from ?? '…'}–${s.to ?? '…'}` : ''}`).join(', ')}` : '';
      lines.push(`    ${chosen} candidate ${c.id} (${c.via}) ${c.name}${period}${stands}${c.caseSensitive ? ' case-sensitive' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
