import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ajvModule from 'ajv/dist/2020.js';
import { needsShared, REPO_ROOT, sharedPath } from './shared.ts';

// The real CLI as a child process: JSON that meets the published schema, stdin, the text report
// off a terminal, help, and every kind of bad input refused with one line that names the input
// and the problem, never a stack trace.

// ajv is CommonJS. Under Node's ESM interop the default import is module.exports, which TypeScript
// types as the module namespace; its `default` is the Ajv2020 class in both worlds.
const Ajv2020 = ajvModule.default;

const BIN = join(REPO_ROOT, 'bin', 'corroborate.mjs');
const EXAMPLE = join(REPO_ROOT, 'examples', 'kurram-report.txt');
const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'analysis.schema.json'), 'utf8'));
const SEED = 'corpus/afpak-militant-releases.txt';
const PUBLISHED = '2026-11-24';
const HAS_TIME = existsSync('/usr/bin/time');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A clean environment: no colour or debug switches inherited from the caller's shell. */
function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.DEBUG;
  return env;
}

function cli(args: string[], opts: { input?: string | Buffer; stdin?: number; wrap?: string[] } = {}): Run {
  const command = opts.wrap ? opts.wrap[0] : process.execPath;
  const argv = opts.wrap ? [...opts.wrap.slice(1), process.execPath, BIN, ...args] : [BIN, ...args];
  const options: SpawnSyncOptions = {
    cwd: REPO_ROOT,
    env: cliEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  };
  if (opts.stdin !== undefined) options.stdio = [opts.stdin, 'pipe', 'pipe'];
  else options.input = opts.input ?? '';
  const t0 = performance.now();
  const r = spawnSync(command, argv, options);
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr), ms };
}

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);

function assertValid(json: unknown): void {
  const ok = validate(json);
  assert.ok(ok, `schema errors:\n${JSON.stringify(validate.errors, null, 2)}`);
}

function parseJson(r: Run): any {
  assert.equal(r.status, 0, `exit 0 expected; stderr: ${r.stderr}`);
  assert.equal(r.stderr, '');
  return JSON.parse(r.stdout);
}

/** No Node stack frame ("    at fn (file:line)") anywhere in the output. */
function assertNoStack(s: string): void {
  assert.doesNotMatch(s, /^\s+at /m, `stack trace in:\n${s}`);
  assert.doesNotMatch(s, /internal error/);
}

let dir: string;

let exampleRun: Run | null = null;
/** `analyze examples/kurram-report.txt --published 2026-11-24 --format json`, run once. */
function exampleJson(): any {
  exampleRun ??= cli(['analyze', EXAMPLE, '--published', PUBLISHED, '--format', 'json']);
  return parseJson(exampleRun);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('analyze --format json', () => {
  test('the example article, published 2026-11-24: exit 0 and valid against docs/analysis.schema.json', () => {
    const a = exampleJson();
    assertValid(a);
    assert.equal(a.schemaVersion, 1);
    assert.equal(a.article.published, PUBLISHED);
    assert.match(a.article.id, /^art-[0-9a-f]{16}$/);
    assert.ok(a.claims.length > 0 && a.events.length > 0);
    for (const c of a.claims) assert.equal(a.text.slice(c.start, c.end), c.text);
  });

  test('the example article without --published: valid, and relative dates left unresolved', () => {
    const a = parseJson(cli(['analyze', EXAMPLE, '--format', 'json']));
    assertValid(a);
    assert.equal(a.article.published, null);
    const monday = a.dates.find((d: { text: string }) => d.text === 'Monday');
    assert.ok(monday, 'the date "Monday" is recognised');
    assert.equal(monday.value, null);
    assert.equal(monday.resolved, false);
  });

  test('the seed article: valid against the schema', needsShared(SEED), () => {
    const a = parseJson(cli(['analyze', sharedPath(SEED), '--published', PUBLISHED, '--format', 'json']));
    assertValid(a);
    assert.equal(a.article.published, PUBLISHED);
    assert.ok(a.claims.length > 10);
  });

  test('the schema rejects what it should: a sanity check on the validator itself', () => {
    const a = exampleJson();
    assert.equal(validate({ ...a, schemaVersion: 2 }), false);
    assert.equal(validate({ ...a, article: { ...a.article, extra: 1 } }), false);
    const { claims: _claims, ...withoutClaims } = a;
    assert.equal(validate(withoutClaims), false);
  });

  test('--title, --source and --url appear in the article object', () => {
    const a = parseJson(
      cli([
        'analyze', EXAMPLE, '--published', PUBLISHED, '--format', 'json',
        '--title', 'Gunmen ambush police convoy in Kurram',
        '--source', 'Dawn',
        '--url', 'https://www.dawn.com/news/1900001/gunmen-ambush-police-convoy-in-kurram',
      ]),
    );
    assertValid(a);
    assert.deepEqual(
      { title: a.article.title, source: a.article.source, url: a.article.url, published: a.article.published },
      {
        title: 'Gunmen ambush police convoy in Kurram',
        source: 'Dawn',
        url: 'https://www.dawn.com/news/1900001/gunmen-ambush-police-convoy-in-kurram',
        published: PUBLISHED,
      },
    );
  });

  test('without --title, --source and --url, a plain-text article has them null', () => {
    const a = parseJson(cli(['analyze', EXAMPLE, '--format', 'json']));
    assert.deepEqual([a.article.title, a.article.source, a.article.url, a.article.byline], [null, null, null, null]);
    assert.equal(a.article.language, 'en');
  });
});

describe('analyze - (stdin)', () => {
  test('the example piped in gives exactly the JSON of the file: the article id hashes the text, not the name', () => {
    const fromFile = exampleJson();
    const fromStdin = parseJson(cli(['analyze', '-', '--published', PUBLISHED, '--format', 'json'], { input: readFileSync(EXAMPLE) }));
    assert.equal(fromStdin.article.id, fromFile.article.id);
    assert.ok(!('name' in fromStdin.article), 'the input name is not part of the output');
    assert.deepEqual(fromStdin, fromFile);
  });

  test('with no file argument, stdin is read', () => {
    const fromFile = exampleJson();
    const fromStdin = parseJson(cli(['analyze', '--published', PUBLISHED, '--format', 'json'], { input: readFileSync(EXAMPLE) }));
    assert.deepEqual(fromStdin, fromFile);
  });

  test('CRLF line ends and a byte-order mark on stdin give the same JSON', () => {
    const fromFile = exampleJson();
    const dos = '\uFEFF' + readFileSync(EXAMPLE, 'utf8').replace(/\n/g, '\r\n');
    const fromStdin = parseJson(cli(['analyze', '-', '--published', PUBLISHED, '--format', 'json'], { input: dos }));
    assert.deepEqual(fromStdin, fromFile);
  });
});

describe('analyze, text format off a terminal', () => {
  test('no ANSI escapes, every section heading, and the title', () => {
    const r = cli(['analyze', EXAMPLE, '--published', PUBLISHED, '--title', 'Gunmen ambush police convoy in Kurram']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(!r.stdout.includes('\u001b'), 'no escape character in the report');
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'Gunmen ambush police convoy in Kurram');
    for (const heading of ['Sourcing profile', 'Claims', 'Events', 'Actors', 'Places', 'Dates']) {
      assert.ok(lines.includes(heading), `a line "${heading}"`);
    }
    const order = ['Sourcing profile', 'Claims', 'Events', 'Actors', 'Places', 'Dates'].map((h) => lines.indexOf(h));
    assert.deepEqual([...order].sort((x, y) => x - y), order, 'sections in the documented order');
    assert.ok(lines.some((l) => l.includes('published 2026-11-24')));
  });

  test('an event range with an open start reads "before" its end', () => {
    const input = 'Sources said the TTP and the Taliban signed secret agreements in Mirali prior to Kabul’s fall.\n';
    const r = cli(['analyze', '-', '--published', PUBLISHED], { input });
    assert.equal(r.status, 0, r.stderr);
    const event = r.stdout.split('\n').find((l) => /^\s+e\d+ agreement/.test(l));
    assert.ok(event, r.stdout);
    assert.match(event, / · before 2021-08-15 · /);
    assert.ok(!event.includes('0001-01-01'), event);
  });

  test('--format text is the default', () => {
    const dflt = cli(['analyze', EXAMPLE, '--published', PUBLISHED]);
    const text = cli(['analyze', EXAMPLE, '--published', PUBLISHED, '--format', 'text']);
    assert.equal(text.status, 0);
    assert.equal(dflt.stdout, text.stdout);
  });
});

describe('help', () => {
  const OPTIONS = ['--published', '--title', '--source', '--url', '--format'];

  test('--help exits 0 and lists the analyze command', () => {
    const r = cli(['--help']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Usage: corroborate/m);
    assert.match(r.stdout, /^\s+analyze \[options\] \[file\]/m);
  });

  test('--help lists every option of analyze', () => {
    const r = cli(['--help']);
    assert.equal(r.status, 0);
    for (const o of OPTIONS) assert.ok(r.stdout.includes(o), `${o} in --help`);
  });

  test('analyze --help exits 0 and lists every option', () => {
    const r = cli(['analyze', '--help']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    for (const o of OPTIONS) assert.match(r.stdout, new RegExp(`^\\s+${o} `, 'm'), `${o} in analyze --help`);
    assert.match(r.stdout, /choices: "text", "json"/);
  });
});

describe('the summary in --help', () => {
  // `corroborate --help` ends with one line (and its continuations) per command giving its
  // options; each command's own --help is generated from the options the code declares. The
  // summary must not fall behind: every declared option appears on its command's line.
  const summary = () => {
    const r = cli(['--help']);
    assert.equal(r.status, 0, r.stderr);
    const block = r.stdout.slice(r.stdout.indexOf('Commands in detail'), r.stdout.indexOf('\nThe store:'));
    const entries = new Map<string, string>();
    let current = '';
    for (const line of block.split('\n').slice(1)) {
      const head = /^  (\S+(?: (?:add|deliver))?)/.exec(line);
      if (head) entries.set((current = head[1]!), line);
      else if (current && /^\s{3,}\S/.test(line)) entries.set(current, entries.get(current) + line);
    }
    return entries;
  };
  const optionsOf = (command: string[]) => {
    const r = cli([...command, '--help']);
    assert.equal(r.status, 0, r.stderr);
    return [...r.stdout.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help');
  };

  test('lists every option of every command on that command\'s line', () => {
    const entries = summary();
    const commands = ['analyze', 'ingest', 'worker', 'search', 'events', 'stories', 'story', 'eval', 'actors', 'places', 'serve', 'watch add', 'watch deliver'];
    for (const command of commands) {
      const line = entries.get(command);
      assert.ok(line, `${command} has a line in the summary`);
      // The watch commands share --db and --format, which the summary says once for all of them.
      const shared = command.startsWith('watch') ? ['--db', '--format'] : [];
      for (const option of optionsOf(command.split(' '))) {
        if (!shared.includes(option)) assert.ok(line.includes(option), `${option} of ${command} in the --help summary: ${line}`);
      }
    }
  });
});

describe('bad input: non-zero exit, one line naming the input and the problem, no stack trace', () => {
  const FRENCH =
    'Des hommes armés ont attaqué un convoi de police dans le district de Kurram lundi, selon les autorités locales. ' +
    'Au moins sept policiers ont été tués et douze autres ont été blessés dans cette embuscade. ' +
    "Aucun groupe n'a revendiqué l'attaque, mais les responsables soupçonnent le TTP, qui a multiplié les attaques dans la région depuis 2022. " +
    "Le gouvernement a promis une enquête et a placé les villes voisines en état d'alerte.\n";
  const BAD_UTF8 = Buffer.concat([
    Buffer.from('Police said the road to Parachinar was closed. The caf'),
    Buffer.from([0xc3, 0x28]),
    Buffer.from(' near the bazaar was shut after the attack.\n'),
  ]);
  const BINARY = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]), Buffer.from('stream\n')]);

  interface BadCase {
    name: string;
    file: string;
    /** Writes the file (or makes the directory) under the temp dir; none for a missing file. */
    make?: (path: string) => void;
    problem: RegExp;
    code: number;
    stdin?: boolean;
  }

  const cases: BadCase[] = [
    { name: 'a missing file', file: 'no-such-article.txt', problem: /: no such file$/, code: 1 },
    { name: 'a directory', file: 'a-directory', make: (p) => mkdirSync(p), problem: /: is a directory, not a file$/, code: 1 },
    { name: 'an empty file', file: 'empty.txt', make: (p) => writeFileSync(p, ''), problem: /: input is empty$/, code: 1 },
    { name: 'a whitespace-only file', file: 'blank.txt', make: (p) => writeFileSync(p, ' \n\t \r\n   \n'), problem: /: input is only whitespace$/, code: 1 },
    {
      name: 'a binary file (NUL bytes)',
      file: 'report.pdf',
      make: (p) => writeFileSync(p, BINARY),
      problem: new RegExp(`: input looks binary, not text \\(NUL byte at offset ${BINARY.indexOf(0)}\\)$`),
      code: 1,
    },
    {
      name: 'invalid UTF-8 (0xC3 0x28 inside text)',
      file: 'latin1.txt',
      make: (p) => writeFileSync(p, BAD_UTF8),
      problem: new RegExp(`: input is not valid UTF-8 \\(first bad byte sequence at byte offset ${BAD_UTF8.indexOf(Buffer.from([0xc3, 0x28]))}\\)`),
      code: 1,
    },
    {
      name: 'a French article',
      file: 'francais.txt',
      make: (p) => writeFileSync(p, FRENCH),
      problem: /: the text appears to be French \(fr\), not English; only English articles can be analysed$/,
      code: 1,
    },
  ];

  for (const c of cases) {
    test(c.name, () => {
      const path = join(dir, c.file);
      c.make?.(path);
      const r = cli(['analyze', path, '--published', PUBLISHED]);
      assert.equal(r.status, c.code, `exit ${c.code}; stderr: ${r.stderr}`);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
      assert.ok(lines[0].startsWith(`corroborate: ${path}: `), `names the file: ${lines[0]}`);
      assert.match(lines[0], c.problem);
      assertNoStack(r.stderr);
    });
  }

  test('empty stdin is named "stdin"', () => {
    const r = cli(['analyze', '-'], { input: '' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'corroborate: stdin: input is empty\n');
  });

  test('a bad --published 2026-02-30: names the date and the expected form', () => {
    const r = cli(['analyze', EXAMPLE, '--published', '2026-02-30']);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^corroborate: .*published date "2026-02-30" is not a valid YYYY-MM-DD date\n$/);
    assertNoStack(r.stderr);
  });

  test('a bad --published 2026-02-30: names the file', () => {
    const r = cli(['analyze', EXAMPLE, '--published', '2026-02-30']);
    assert.ok(r.stderr.includes(EXAMPLE), `names ${EXAMPLE}: ${r.stderr}`);
  });

  test('a bad --format xml: exit 2, names the value and the allowed choices', () => {
    const r = cli(['analyze', EXAMPLE, '--format', 'xml']);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /'--format <format>' argument 'xml' is invalid\. Allowed choices are text, json\./);
    assertNoStack(r.stderr);
  });

  // A usage error concerns the command line, not the file: it carries the CLI's prefix.
  test('a bad --format xml: reported by the CLI with its prefix', () => {
    const r = cli(['analyze', EXAMPLE, '--format', 'xml']);
    assert.match(r.stderr, /^corroborate: option '--format <format>'/);
  });
});

describe('a 50 MB article', () => {
  const SIZE = 50 * 1024 * 1024;
  const PARAGRAPH =
    'At least seven policemen were killed and 12 others wounded on Monday when gunmen ambushed a police convoy near Parachinar in Kurram district, police said. ' +
    'No group has claimed responsibility, but officials suspect the banned TTP, which has stepped up attacks in Khyber Pakhtunkhwa since 2022. ' +
    'According to local residents, the attackers fled towards the Afghan border after a two-hour gunfight.\n';
  let big: string;

  before(() => {
    big = join(dir, 'fifty-megabytes.txt');
    const chunk = Buffer.from(PARAGRAPH.repeat(Math.ceil((1024 * 1024) / PARAGRAPH.length)));
    const fd = openSync(big, 'w');
    try {
      let written = 0;
      while (written < SIZE) written += writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  });

  after(() => {
    rmSync(big, { force: true });
  });

  test('is refused by the default 10 MB limit, naming the file and the limit', () => {
    assert.ok(statSync(big).size >= SIZE);
    const r = cli(['analyze', big, '--published', PUBLISHED]);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `corroborate: ${big}: input is too large (50 MB; the limit is 10 MB)\n`);
  });

  test('a --max-bytes below the size is obeyed the same way', () => {
    const r = cli(['analyze', big, '--max-bytes', '60000']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^corroborate: ${big.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: input is too large \\(50 MB; the limit is 58\\.6 KB\\)\n$`));
  });

  test('the refusal keeps the child’s peak memory under 300 MB', {
    skip: HAS_TIME ? false : '/usr/bin/time is not available, and a child’s peak RSS cannot be read from Node',
  }, (t) => {
    const r = cli(['analyze', big, '--published', PUBLISHED], { wrap: ['/usr/bin/time', '-v'] });
    assert.equal(r.status, 1, r.stderr);
    assert.ok(r.stderr.startsWith(`corroborate: ${big}: input is too large`), r.stderr);
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    assert.ok(kb > 0, 'time -v reported the peak RSS');
    t.diagnostic(`peak RSS of the refusing child: ${Math.round(kb / 1024)} MB`);
    assert.ok(kb < 300 * 1024, `peak RSS ${Math.round(kb / 1024)} MB`);
  });

  test('on stdin it is refused at the limit, naming stdin, with bounded memory', {
    skip: HAS_TIME ? false : '/usr/bin/time is not available, and a child’s peak RSS cannot be read from Node',
  }, (t) => {
    const fd = openSync(big, 'r');
    let r: Run;
    try {
      r = cli(['analyze', '-', '--published', PUBLISHED], { stdin: fd, wrap: ['/usr/bin/time', '-v'] });
    } finally {
      closeSync(fd);
    }
    assert.equal(r.status, 1, r.stderr);
    assert.ok(r.stderr.startsWith('corroborate: stdin: input is too large (more than the limit of 10 MB)\n'), r.stderr);
    assertNoStack(r.stderr.split('\tCommand being timed')[0]);
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    assert.ok(kb > 0, 'time -v reported the peak RSS');
    t.diagnostic(`peak RSS of the child reading stdin: ${Math.round(kb / 1024)} MB`);
    assert.ok(kb < 300 * 1024, `peak RSS ${Math.round(kb / 1024)} MB`);
  });
});
