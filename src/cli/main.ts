import { Command, CommanderError, Option } from 'commander';
import { CorroborateError, isCorroborateError } from '../model/errors.ts';
import { VERSION } from '../version.ts';
import { analyzeCommand } from './analyze-command.ts';
import { evalCommand } from './eval-command.ts';
import { actorsCommand } from './actors-command.ts';
import { placesCommand } from './places-command.ts';
import { parseByteLimit, parsePort, serveCommand } from './serve-command.ts';
import { SCORERS } from '../eval/registry.ts';

// The command-line shell: parse arguments, call the public API, print. One error reporter sets
// the exit code: user errors print one line naming the input; internal errors print a stack
// only with DEBUG=corroborate:*.

export async function main(argv: string[]): Promise<number> {
  // A closed pipe (`corroborate eval ... | head`) ends the output, not the program with a trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const program = new Command()
    .name('corroborate')
    .description('Provenance-aware event data from security and conflict news.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.startsWith('error: ') ? `corroborate: ${s.slice(7)}` : s),
    });

  program
    .command('analyze')
    .description('Analyse one article (text or HTML): claims with attribution and certainty, events, actors, places, dates, counts and the sourcing profile.')
    .argument('[file]', 'article file (.txt, .html), or - for standard input', '-')
    .option('--published <YYYY-MM-DD>', 'publication date: the reference for relative dates such as "yesterday"')
    .option('--title <title>', 'article title (overrides the page title)')
    .option('--source <name>', 'publisher, e.g. "Dawn"')
    .option('--url <url>', 'article URL')
    .addOption(new Option('--format <format>', 'output format: text (a report; coloured on a terminal) or json (the versioned contract in docs/analysis.schema.json)').choices(['text', 'json']).default('text'))
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', (v) => parseCount(v, '--max-bytes'), 10 * 1024 * 1024)
    .action(async (file: string, opts) => {
      await analyzeCommand(file, opts);
    });

  program
    .command('eval')
    .description('Score the extractors against a human-coded gold set and print the metrics.')
    .argument('<dataset>', `one of: ${[...SCORERS.keys()].join(', ')}`)
    .requiredOption('--data <path>', 'the gold file or folder (e.g. ../shared/data/gtd/dev.csv)')
    .addOption(new Option('--format <format>', 'text (a table) or json ({ dataset, records, metrics })').choices(['text', 'json']).default('text'))
    .option('--errors <n>', 'list the first N misses with text, gold and ours', (v) => parseCount(v, '--errors'), 0)
    .action(async (dataset: string, opts) => {
      await evalCommand(dataset, opts);
    });

  program
    .command('actors')
    .description('Look an actor name up in the gazetteer: the candidates, and why one wins.')
    .argument('<query>', 'a name or alias, e.g. "TTA" or "Police Forces of Pakistan (2018-)"')
    .option('--date <YYYY-MM-DD>', 'the date that settles names shared across periods ("Afghan forces")')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (query: string, opts) => {
      await actorsCommand(query, opts);
    });

  program
    .command('places')
    .description('Look a place name up in the gazetteer: the candidates, and why one wins.')
    .argument('<query>', 'a place name or a phrase, e.g. "Mirali" or "Puli Alam city, Logar Province"')
    .option('--country <code|name>', 'a country in play, as an article about it would give')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (query: string, opts) => {
      await placesCommand(query, opts);
    });

  program
    .command('serve')
    .description('Serve the HTTP API (/v1/analyze, /openapi.json, /healthz) and the web UI.')
    .option('--port <n>', 'TCP port; 0 picks a free one', parsePort, 8080)
    .option('--host <address>', 'address to bind; other than loopback makes the server reachable from other machines', '127.0.0.1')
    .option('--max-body-bytes <n>', 'refuse request bodies larger than this many bytes (413)', parseByteLimit, 10 * 1024 * 1024)
    .action(async (opts) => {
      await serveCommand(opts);
    });

  program.addHelpText(
    'after',
    `
Commands in detail: corroborate <command> --help
  analyze [file|-] --published YYYY-MM-DD --title T --source S --url U --format text|json --max-bytes N
  eval <dataset> --data PATH --format text|json --errors N
  actors <query> --date YYYY-MM-DD --format text|json
  places <query> --country CODE --format text|json
  serve --port 8080 --host 127.0.0.1 --max-body-bytes N

Exit codes: 0 ok, 1 bad input (the message names it), 2 usage error, 70 internal error.`,
  );

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

function parseCount(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new CorroborateError('E_BAD_OPTION', `${option} must be a whole number, not "${value}"`);
  }
  return n;
}
