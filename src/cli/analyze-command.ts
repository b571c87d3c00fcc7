import { analyze } from '../analyze.ts';
import { CorroborateError } from '../model/errors.ts';
import { readInput } from '../ingest/read.ts';
import { renderText } from '../report/text.ts';

export interface AnalyzeCommandOptions {
  published?: string;
  title?: string;
  source?: string;
  url?: string;
  format: 'text' | 'json';
  maxBytes: number;
}

export async function analyzeCommand(file: string, opts: AnalyzeCommandOptions): Promise<void> {
  if (file === '-' && process.stdin.isTTY) {
    throw new CorroborateError('E_NO_INPUT', 'no input: give an article file, or pipe text into `corroborate analyze -`');
  }
  const input = await readInput(file, { maxBytes: opts.maxBytes });
  const result = analyze(input.raw, {
    name: input.name,
    published: opts.published,
    title: opts.title,
    source: opts.source,
    url: opts.url,
  });
  const out =
    opts.format === 'json'
      ? JSON.stringify(result, null, 2) + '\n'
      : renderText(result, { color: process.stdout.isTTY === true && !process.env.NO_COLOR, width: process.stdout.columns });
  await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
}
