import { Command, CommanderError, Option } from 'commander';
import { CorroborateError, isCorroborateError } from '../model/errors.ts';
import { VERSION } from '../version.ts';
import { analyzeCommand } from './analyze-command.ts';
import { evalCommand } from './eval-command.ts';
import { actorsCommand } from './actors-command.ts';
import { placesCommand } from './places-command.ts';
import { parseByteLimit, parsePort, serveCommand } from './serve-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { DEFAULT_BATCH_SIZE } from '../ingest/ingest.ts';
import { eventsCommand, searchCommand } from './store-commands.ts';
import { storiesCommand } from './stories-command.ts';
import { DEFAULT_LEASE_SECONDS, workerCommand } from './worker-command.ts';
import { storyCommand } from './story-command.ts';
import { watchAddCommand, watchAlertsCommand, watchDeliverCommand, watchListCommand, watchRemoveCommand } from './watch-command.ts';
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

  let status = 0;
  program
    .command('ingest')
    .description('Analyse articles and store them: files, folders (recursive), JSONL (one article a line), RSS/Atom feeds (files or URLs), web pages, or - for stdin. Duplicates are stored once; near-duplicates are linked to their first copy.')
    .argument('<paths...>', 'files (.txt, .html), folders, .jsonl, feeds (.xml, .rss, .atom), http(s) URLs, or -')
    .addOption(dbOption())
    .option('--workers <n>', 'analysis worker threads (default: one per core but one, which writes; 0: analyse in the main thread)', (v) => parseCount(v, '--workers'))
    .option('--batch <n>', 'articles per transaction', (v) => parseCount(v, '--batch'), DEFAULT_BATCH_SIZE)
    .option('--max-bytes <n>', 'refuse a file, page or JSONL line larger than this many bytes', (v) => parseCount(v, '--max-bytes'), 10 * 1024 * 1024)
    .option('--no-progress', 'no progress bar (there is none off a terminal anyway)')
    .option('--queue', 'PostgreSQL only: queue one job per article for `corroborate worker` processes instead of analysing here')
    .option('--allow-private-urls', 'fetch feed and page URLs on loopback, private and link-local addresses too (refused otherwise; also CORROBORATE_ALLOW_PRIVATE_URLS=1)')
    .addOption(new Option('--format <format>', 'summary as text or json').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], opts) => {
      status = await ingestCommand(paths, opts);
    });

  program
    .command('worker')
    .description('PostgreSQL only: take ingest jobs queued by `ingest --queue` (FOR UPDATE SKIP LOCKED), analyse and store them; run several, on one machine or many.')
    .addOption(new Option('--db <url>', 'the PostgreSQL store: a postgres:// URL (default: DATABASE_URL; a SQLite file is refused)'))
    .option('--batch <n>', 'jobs claimed and stored per transaction', (v) => parseCount(v, '--batch'), 100)
    .option('--workers <n>', 'analysis worker threads (default: one per core but one)', (v) => parseCount(v, '--workers'))
    .option('--lease <seconds>', 'a job locked this long by a worker that stopped is taken again', (v) => parseCount(v, '--lease'), DEFAULT_LEASE_SECONDS)
    .option('--drain', 'exit when the queue is empty instead of waiting for more jobs')
    .option('--name <name>', 'the worker name recorded on the jobs it locks (default host:pid)')
    .addOption(new Option('--format <format>', 'summary as text or json').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      status = await workerCommand(opts);
    });

  program
    .command('search')
    .description('Full-text search over the stored claims: words (stemmed), "quoted phrases", OR, and -word to exclude.')
    .argument('<query>', 'e.g. "suicide bomber", \'"claimed responsibility" TTP\', "Quetta OR Peshawar -drone"')
    .addOption(dbOption())
    .option('--limit <n>', 'at most this many claims', (v) => parseCount(v, '--limit'), 50)
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (query: string, opts) => {
      await searchCommand(query, opts);
    });

  program
    .command('events')
    .description('List stored events, filtered by actor, type, dates, place and country; as a table, JSON, ACLED-style CSV or GeoJSON.')
    .addOption(dbOption())
    .option('--actor <name>', 'an actor name, alias or id ("TTP", "Afghan Taliban"); its units count too')
    .option('--type <type>', 'event type(s), comma-separated (bombing, attack, kidnapping, ...: docs/taxonomy.md)')
    .option('--since <YYYY-MM-DD>', 'events on or after this day')
    .option('--until <YYYY-MM-DD>', 'events on or before this day')
    .option('--near <place>', 'events located near this place (a gazetteer name, e.g. Peshawar)')
    .option('--within <distance>', 'the radius for --near: 50km (default), 30mi, 500m')
    .option('--country <code|name>', 'events in this country (ISO code such as PK, or a name)')
    .option('--limit <n>', 'at most this many events (default: all)', (v) => parseCount(v, '--limit'))
    .option('--min-sources <n>', 'only events in a story with at least N independent sources', (v) => parseCount(v, '--min-sources'))
    .option('--intervention', 'only protests broken up by force (tear gas, batons, ...: ACLED\'s "Protest with intervention")')
    .option('--no-intervention', 'only protests without that mark')
    .option('--after <key>', 'the next page: events after this key (DATE/SEQ/IDX; printed on stderr when --limit cut the list)')
    .addOption(new Option('--format <format>', 'table, json, csv (ACLED column names, then ours; every count with who gave it, a rival toll and the figure beside it, in counts; a protest\'s intervention cue) or geojson').choices(['table', 'json', 'csv', 'geojson']).default('table'))
    .action(async (opts) => {
      await eventsCommand(opts);
    });

  program
    .command('stories')
    .description('List the stories: reports of one event from several articles, with independent sources and contradictions.')
    .addOption(dbOption())
    .option('--since <YYYY-MM-DD>', 'stories whose last day is on or after this day')
    .option('--until <YYYY-MM-DD>', 'stories whose first day is on or before this day')
    .option('--country <code|name>', 'stories with a place in this country (ISO code such as PK, or a name)')
    .option('--type <type>', 'stories with an event of these type(s), comma-separated')
    .option('--min-sources <n>', 'stories with at least N independent sources', (v) => parseCount(v, '--min-sources'))
    .option('--limit <n>', 'at most this many stories (default: all)', (v) => parseCount(v, '--limit'))
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']).default('table'))
    .action(async (opts) => {
      await storiesCommand(opts);
    });

  program
    .command('story')
    .description('One story: its reports side by side (publisher, day, headline, figures, why each joined), independent sources and contradictions.')
    .argument('<id>', 'a story id as `corroborate stories` lists it (story:art-...#e1)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (id: string, opts) => {
      await storyCommand(id, opts);
    });

  program
    .command('eval')
    .description('Score the extractors against a human-coded gold set and print the metrics.')
    .argument('<dataset>', `one of: ${[...SCORERS.keys()].join(', ')}`)
    .requiredOption('--data <path>', 'the gold file or folder (e.g. ../shared/data/gtd/dev.csv)')
    .addOption(new Option('--format <format>', 'text (a table) or json ({ dataset, records, metrics, support, skipped, misses, tables, seconds })').choices(['text', 'json']).default('text'))
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
    .description('Serve the HTTP API (/v1/analyze, /v1/articles, /v1/events, /v1/stories, /v1/story-links, /v1/search, /v1/actors, /v1/places, /v1/watches, /v1/alerts, /openapi.json) and the web UI over a store, and deliver watch webhooks. Write routes need CORROBORATE_TOKEN (sent as "Authorization: Bearer <token>").')
    .option('--port <n>', 'TCP port; 0 picks a free one', parsePort, 8080)
    .option('--host <address>', 'address to bind; other than loopback makes the server reachable from other machines', '127.0.0.1')
    .option('--max-body-bytes <n>', 'refuse request bodies larger than this many bytes (413)', parseByteLimit, 10 * 1024 * 1024)
    .option('--db <path|url>', 'the store: a SQLite file (default ./corroborate.db) or postgres://...; without it, DATABASE_URL=postgres://... selects PostgreSQL')
    .option('--allow-unauthenticated-writes', 'with no CORROBORATE_TOKEN set, accept writes from anyone who reaches the server (local use only); otherwise writes are refused (503)')
    .option('--allow-private-urls', 'accept webhook URLs on loopback, private and link-local addresses, and deliver to them (also CORROBORATE_ALLOW_PRIVATE_URLS=1)')
    .action(async (opts) => {
      await serveCommand(opts);
    });

  const watch = program
    .command('watch')
    .description('Watch rules: be told when an ingested report creates or updates a story that matches (stored alerts, the /v1/alerts/stream of `serve`, webhooks). See docs/watches.md.');
  const collect = (v: string, prev: string[] = []) => [...prev, v];
  watch
    .command('add')
    .description('Add a watch rule. Every option narrows it; the event-level ones must hold for the same event of the story.')
    .requiredOption('--name <name>', 'what the rule is called, e.g. "Releases by the Afghan Taliban"')
    .option('--actor <name>', 'an actor name, alias or id (repeat, or comma-separate ids, for any of several)', collect)
    .option('--type <type>', 'event type(s), comma-separated (docs/taxonomy.md)', collect)
    .option('--near <place|lat,lon>', 'events located near this place (a gazetteer name) or point')
    .option('--within <distance>', 'the radius for --near: 50km (default), 30mi, 500m')
    .option('--min-count <kind=n>', 'a count of this kind of at least n, e.g. released=1000 (repeatable)', collect)
    .option('--min-sources <n>', 'the story has at least n independent sources', (v) => parseCount(v, '--min-sources'))
    .option('--certainty <list>', 'the event\'s certainty (from its claim), comma-separated: asserted, hedged, predicted, speculative, denied ("at most hedged": asserted,hedged)', collect)
    .option('--webhook <url>', 'POST each alert as JSON to this http(s) URL (private addresses refused unless --allow-private-urls)')
    .option('--allow-private-urls', 'accept a webhook on a loopback, private or link-local address (also CORROBORATE_ALLOW_PRIVATE_URLS=1)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      await watchAddCommand(opts);
    });
  watch
    .command('list')
    .description('List the watch rules.')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      await watchListCommand(opts);
    });
  watch
    .command('remove')
    .description('Remove a watch rule, with its alerts and deliveries.')
    .argument('<id>', 'a watch id as `watch list` shows it (watch-...)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (id: string, opts) => {
      await watchRemoveCommand(id, opts);
    });
  watch
    .command('alerts')
    .description('List stored alerts, newest first.')
    .option('--watch <id>', 'only this watch\'s alerts')
    .option('--limit <n>', 'at most this many', (v) => parseCount(v, '--limit'), 50)
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      await watchAlertsCommand(opts);
    });
  watch
    .command('deliver')
    .description('One pass of webhook deliveries (for cron; `serve` delivers continuously): POST every due alert, retry later with backoff, fail after 8 attempts.')
    .option('--retry-failed', 'first make failed deliveries pending again')
    .option('--allow-private-urls', 'let webhooks reach loopback, private and link-local addresses (also CORROBORATE_ALLOW_PRIVATE_URLS=1)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      status = await watchDeliverCommand(opts);
    });

  program.addHelpText(
    'after',
    `
Commands in detail: corroborate <command> --help
  analyze [file|-] --published YYYY-MM-DD --title T --source S --url U --format text|json --max-bytes N
  eval <dataset> --data PATH --format text|json --errors N
  actors <query> --date YYYY-MM-DD --format text|json
  places <query> --country CODE --format text|json
  serve --port 8080 --host 127.0.0.1 --max-body-bytes N --db PATH|URL --allow-unauthenticated-writes
        --allow-private-urls
  ingest <paths...> --db PATH|URL --workers N --batch N --max-bytes N --no-progress --queue --allow-private-urls
         --format text|json
  worker --db URL --batch N --workers N --lease SECONDS --drain --name NAME --format text|json
  search <query> --db PATH|URL --limit N --format text|json
  events --actor A --type T --since D --until D --near PLACE --within 50km --country C
         --min-sources N --intervention|--no-intervention --limit N --after KEY --format table|json|csv|geojson --db PATH|URL
  stories --since D --until D --country C --type T --min-sources N --limit N --format table|json --db PATH|URL
  story <id> --format text|json --db PATH|URL
  watch add --name N --actor A --type T --near PLACE --within 50km --min-count released=1000
            --min-sources N --certainty asserted,hedged --webhook URL --allow-private-urls
  watch list | watch remove ID | watch alerts --watch ID --limit N   (each watch command: --db, --format)
  watch deliver --retry-failed --allow-private-urls

The store: --db PATH (a SQLite file, default ./corroborate.db) or --db postgres://...; without
--db, DATABASE_URL=postgres://... selects PostgreSQL.

Exit codes: 0 ok, 1 bad input (the message names it; for ingest: any input failed, every good
article was still stored, or the paths held no article), 2 usage error, 70 internal error.`,
  );

  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
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

function dbOption(): Option {
  return new Option('--db <path|url>', 'the store: a SQLite file (default ./corroborate.db), or a postgres:// URL (default: DATABASE_URL when set)');
}

function parseCount(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new CorroborateError('E_BAD_OPTION', `${option} must be a whole number, not "${value}"`);
  }
  return n;
}
