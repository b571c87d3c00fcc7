// `npm run bench`: throughput and memory of analyze() over the GTD and ACLED dev texts, with
// wink-nlp's bare readDoc and compromise's people/places/organizations timed in the same
// process on the same texts. It reports; it never fails on timing.
//
//   npm run bench                      readable table on stdout, progress on stderr
//   npm run bench -- --json            one JSON object with every number on stdout
//   npm run bench -- --passes 5 --warmup 2 --subset 1000
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { loadCompromise, loadOurs, loadOursBatch, loadWink, type Engine, type LoadedEngine } from './engines.ts';
import { round, snapshotMemory, timeEngines, type MemorySnapshot, type PassPlan, type Throughput } from './measure.ts';
import { loadBenchTexts, type BenchText, type TextSource } from './texts.ts';

const TARGET_WORDS_PER_SECOND = 100_000;
const TARGET_RATIO_VS_COMPROMISE = 10;

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    passes: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    subset: { type: 'string', default: '1000' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  process.stdout.write(
    'usage: npm run bench [-- --json] [--passes N (timed, default 5)] [--warmup N (default 1)]\n' +
      '                     [--subset N (texts for the compromise comparison, default 1000)]\n' +
      '                     [--data DIR (default ../shared/data from the repo root)]\n',
  );
  process.exit(0);
}

const plan: PassPlan = { warmupPasses: positiveInt(args.warmup, 'warmup', 0), timedPasses: positiveInt(args.passes, 'passes', 1) };
const subsetSize = positiveInt(args.subset, 'subset', 1);

function positiveInt(raw: string | undefined, name: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`bench: --${name} must be an integer >= ${min}, got "${raw}"\n`);
    process.exit(2);
  }
  return n;
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

// The comparison subset takes the first texts of each corpus in equal shares, so that it has
// the same mix of GTD and ACLED as the whole set would if they were the same size.
function firstOfEachCorpus(texts: BenchText[], size: number): BenchText[] {
  const corpora = [...new Set(texts.map((t) => t.corpus))];
  const share = Math.ceil(size / corpora.length);
  return corpora.flatMap((c) => texts.filter((t) => t.corpus === c).slice(0, share));
}

const startedAt = new Date();
const source: TextSource = loadBenchTexts(args.data);
if (source.kind === 'examples') progress(source.note);
if (source.texts.length === 0) {
  process.stdout.write(`bench: no texts to benchmark (${source.note}); nothing measured.\n`);
  process.exit(0);
}
const full = source.texts;
const subset = firstOfEachCorpus(full, subsetSize);
const memory: MemorySnapshot[] = [snapshotMemory('texts loaded')];
const results: Throughput[] = [];
const loads: Record<string, number> = {};
const descriptions: Record<string, string> = {};

async function load(loader: () => Promise<LoadedEngine>): Promise<Engine> {
  const { engine, loadSeconds } = await loader();
  loads[engine.name] = round(loadSeconds, 3);
  descriptions[engine.name] = engine.describes;
  return engine;
}

function measure(engines: Engine[], set: string, texts: BenchText[]): void {
  const names = engines.map((e) => e.name).join(', ');
  progress(`${names} on ${set} (${texts.length} texts): ${plan.warmupPasses} warm-up + ${plan.timedPasses} timed passes each${engines.length > 1 ? ', timed passes alternating' : ''}`);
  results.push(...timeEngines(engines, set, texts, plan));
}

// Ours first and alone, so that the memory snapshot after it holds none of the baselines' models.
// The same analysis through the batch API (analyzeBatch) too, passes alternating with analyze()'s.
const ours = await load(loadOurs);
const oursBatch = await load(loadOursBatch);
measure([ours, oursBatch], 'full', full);
memory.push(snapshotMemory('after ours'));
const wink = await load(loadWink);
const compromise = await load(loadCompromise);
measure([wink], 'full', full);
measure([ours, oursBatch, wink, compromise], 'subset', subset);
memory.push(snapshotMemory('end (all three engines loaded)'));

const find = (engine: string, set: string) => results.find((r) => r.engine === engine && r.set === set)!;
const ratio = (a: Throughput, b: Throughput) => round(a.wordsPerSecond / b.wordsPerSecond, 2);
const oursFull = find('ours', 'full');
const ratios = {
  oursVsCompromiseSubset: ratio(find('ours', 'subset'), find('compromise', 'subset')),
  oursBatchVsCompromiseSubset: ratio(find('ours-batch', 'subset'), find('compromise', 'subset')),
  oursBatchVsOursFull: ratio(find('ours-batch', 'full'), oursFull),
  oursVsWinkFull: ratio(oursFull, find('wink', 'full')),
  oursVsWinkSubset: ratio(find('ours', 'subset'), find('wink', 'subset')),
};
const targets = {
  wordsPerSecond: { target: TARGET_WORDS_PER_SECOND, measured: oursFull.wordsPerSecond, met: oursFull.wordsPerSecond >= TARGET_WORDS_PER_SECOND },
  ratioVsCompromise: {
    target: TARGET_RATIO_VS_COMPROMISE,
    measured: ratios.oursVsCompromiseSubset,
    met: ratios.oursVsCompromiseSubset >= TARGET_RATIO_VS_COMPROMISE,
  },
  // The same target on analyzeBatch: analyze over a corpus, the same Analysis per text, the path
  // ingest takes. Both judgements are printed; neither replaces the other.
  ratioVsCompromiseBatch: {
    target: TARGET_RATIO_VS_COMPROMISE,
    measured: ratios.oursBatchVsCompromiseSubset,
    met: ratios.oursBatchVsCompromiseSubset >= TARGET_RATIO_VS_COMPROMISE,
  },
};

const report = {
  measuredAt: startedAt.toISOString(),
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: `${process.platform}-${process.arch}` },
  texts: {
    source: source.kind,
    dataDir: source.dataDir,
    note: source.note,
    full: describeSet(full),
    subset: { ...describeSet(subset), rule: `first ${Math.ceil(subsetSize / new Set(full.map((t) => t.corpus)).size)} texts of each corpus` },
    skipped: source.skipped,
    undated: source.undated,
    wordCount: 'whitespace-separated tokens (/\\S+/g), the same count for every engine',
  },
  plan,
  engines: descriptions,
  loadSeconds: loads,
  results,
  ratios,
  targets,
  memory,
};

if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
else process.stdout.write(formatTable());

function describeSet(texts: BenchText[]) {
  const byCorpus: Record<string, { articles: number; words: number }> = {};
  for (const t of texts) {
    const c = (byCorpus[t.corpus] ??= { articles: 0, words: 0 });
    c.articles++;
    c.words += t.words;
  }
  return { articles: texts.length, words: texts.reduce((s, t) => s + t.words, 0), byCorpus };
}

function formatTable(): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines: string[] = [];
  const { machine, texts } = report;
  lines.push(`corroborate bench  ${report.measuredAt}  node ${machine.node}  ${machine.cpu} (${machine.cores} cores)`);
  if (source.kind === 'examples') lines.push(`NOTE: ${source.note}`);
  else lines.push(`texts: ${source.dataDir}  (${source.note})`);
  for (const [corpus, c] of Object.entries(texts.full.byCorpus)) {
    const undated = source.undated[corpus] ? `, ${source.undated[corpus]} without a date` : '';
    lines.push(`  ${corpus.padEnd(8)} ${n(c.articles)} articles, ${n(c.words)} words${undated}`);
  }
  lines.push(`  subset   ${n(texts.subset.articles)} articles, ${n(texts.subset.words)} words (${texts.subset.rule}); compromise runs on this only`);
  lines.push(`passes: ${plan.warmupPasses} warm-up + ${plan.timedPasses} timed per row; numbers from the median pass`);
  lines.push('');

  const header = ['engine', 'set', 'articles', 'words', 'median s', 'words/s', 'articles/s', 'cpu/wall', 'errors'];
  const rows: string[][] = [];
  for (const r of results) {
    rows.push([r.engine, r.set, n(r.articles), n(r.words), r.medianSeconds.toFixed(3), n(r.wordsPerSecond), n(Math.round(r.articlesPerSecond)), r.cpuPerWall.toFixed(2), String(r.errors)]);
    if (r.engine === 'ours' && r.set === 'full') {
      for (const [corpus, c] of Object.entries(r.byCorpus)) {
        rows.push(['', `  ${corpus}`, n(c.articles), n(c.words), c.seconds.toFixed(3), n(c.wordsPerSecond), n(Math.round(c.articlesPerSecond)), '', '']);
      }
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row: string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  lines.push(fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt));
  lines.push('');

  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  lines.push('ratios (words/s over the same texts):');
  lines.push(`  ours / compromise (subset)   ${ratios.oursVsCompromiseSubset.toFixed(2)}x   target >= ${TARGET_RATIO_VS_COMPROMISE}x, analyze() one text at a time: ${met(targets.ratioVsCompromise.met)}`);
  lines.push(`  ours-batch / compromise (subset) ${ratios.oursBatchVsCompromiseSubset.toFixed(2)}x   target >= ${TARGET_RATIO_VS_COMPROMISE}x, analyzeBatch (a corpus, as ingest runs it; the same output): ${met(targets.ratioVsCompromiseBatch.met)}`);
  lines.push(`  ours-batch / ours (full)     ${ratios.oursBatchVsOursFull.toFixed(2)}x`);
  lines.push(`  ours / wink readDoc (full)   ${ratios.oursVsWinkFull.toFixed(2)}x`);
  lines.push(`  ours / wink readDoc (subset) ${ratios.oursVsWinkSubset.toFixed(2)}x`);
  const cold = results.find((r) => r.engine === 'ours' && r.warmupSeconds.length > 0);
  if (cold) {
    lines.push(`first (cold) pass of ours over ${cold.set}: ${cold.warmupSeconds[0].toFixed(3)} s, ${n(Math.round(cold.words / cold.warmupSeconds[0]))} words/s (lazy loading + JIT)`);
  }
  lines.push(`target: analyze >= ${n(TARGET_WORDS_PER_SECOND)} words/s on one core (full set): ${n(oursFull.wordsPerSecond)} words/s, ${met(targets.wordsPerSecond.met)}`);
  lines.push('');

  lines.push('memory (MB):');
  for (const m of memory) {
    lines.push(`  ${m.at.padEnd(32)} peak RSS ${m.peakRssMB.toFixed(1).padStart(7)}  RSS ${m.rssMB.toFixed(1).padStart(7)}  heap used ${m.heapUsedMB.toFixed(1).padStart(7)}  after GC ${m.heapUsedAfterGcMB.toFixed(1).padStart(7)}`);
  }
  lines.push(`load (import + model build, s): ${Object.entries(loads).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
  const errored = results.filter((r) => r.errors > 0);
  for (const r of errored) lines.push(`errors: ${r.engine} threw on ${r.errors} text(s) of ${r.set}; first: ${r.firstError}`);
  return lines.join('\n') + '\n';
}
