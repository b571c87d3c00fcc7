import { Command, CommanderError, Option } from 'commander';
import { isCorroborateError } from '../model/errors.ts';
import { VERSION } from '../version.ts';
import { analyzeCommand } from './analyze-command.ts';

// The command-line shell: parse arguments, call the public API, print. One error reporter sets
// the exit code: user errors print one line naming the input; internal errors print a stack
// only with DEBUG=corroborate:*.

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('corroborate')
    .description('Provenance-aware event data from security and conflict news.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('analyze')
    .description('Analyse one article (text or HTML): claims with attribution and certainty, events, actors, places, dates, counts and the sourcing profile.')
    .argument('[file]', 'article file (.txt, .html), or - for standard input', '-')
    .option('--published <YYYY-MM-DD>', 'publication date: the reference for relative dates such as "yesterday"')
    .option('--title <title>', 'article title (overrides the page title)')
    .option('--source <name>', 'publisher, e.g. "Dawn"')
    .option('--url <url>', 'article URL')
    .addOption(new Option('--format <format>', 'output format: text (a report; coloured on a terminal) or json (the versioned contract in docs/analysis.schema.json)').choices(['text', 'json']).default('text'))
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', (v) => Number(v), 10 * 1024 * 1024)
    .action(async (file: string, opts) => {
      await analyzeCommand(file, opts);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isCorroborateError(e)) {
      process.stderr.write(`corroborate: ${e.message}\n`);
      return 1;
    }
    const err = e as Error;
    process.stderr.write(`corroborate: internal error: ${err.message}\n`);
    if (/corroborate/.test(process.env.DEBUG ?? '')) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('Run again with DEBUG=corroborate:* for details.\n');
    return 70;
  }
}
