import { existsSync } from 'node:fs';
import { CorroborateError } from '../model/errors.ts';
import { renderEvalText } from '../eval/format.ts';
import { scorerFor } from '../eval/registry.ts';

export interface EvalCommandOptions {
  data: string;
  format: 'text' | 'json';
  errors: number;
}

export async function evalCommand(dataset: string, opts: EvalCommandOptions): Promise<void> {
  const scorer = scorerFor(dataset);
  if (!existsSync(opts.data)) throw new CorroborateError('E_NOT_FOUND', `${opts.data}: no such file or folder`);
  const result = await scorer.run(opts.data, { errors: opts.errors });
  for (const s of result.skipped) process.stderr.write(`corroborate eval: ${opts.data} line ${s.line}: skipped: ${s.reason}\n`);
  // textTables are the text report's own; the JSON keeps `tables`, as before they existed.
  const { seconds, textTables: _text, ...stable } = result;
  process.stdout.write(
    opts.format === 'json' ? JSON.stringify({ ...stable, seconds: Math.round(seconds * 100) / 100 }, null, 2) + '\n' : renderEvalText(result),
  );
}
