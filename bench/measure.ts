// Timing and memory measurement: warm-up passes, then timed passes over the whole text set;
// throughput is taken from the median pass, so one GC pause or a noisy neighbour does not
// decide the number.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Engine } from './engines.ts';
import type { BenchText } from './texts.ts';

export interface PassPlan {
  warmupPasses: number;
  timedPasses: number;
}

export interface Throughput {
  engine: string;
  set: string;
  articles: number;
  words: number;
  warmupPasses: number;
  timedPasses: number;
  /** Warm-up passes, the first of which includes lazy loading and JIT compilation. */
  warmupSeconds: number[];
  passSeconds: number[];
  medianSeconds: number;
  wordsPerSecond: number;
  articlesPerSecond: number;
  /** Process CPU time (user + system, all threads) over wall time, in the median pass. */
  cpuPerWall: number;
  /** Texts on which the engine threw, in the last pass; the bench reports them, it does not stop. */
  errors: number;
  firstError: string | null;
  /** The median pass split by corpus (each text timed on its own). */
  byCorpus: Record<string, CorpusShare>;
}

export interface CorpusShare {
  articles: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  articlesPerSecond: number;
}

// Folded from every result so that no engine call can be optimised away.
export let sink = 0;

/**
 * Times engines on one text set. With several engines, their timed passes alternate (A B C,
 * A B C, ...) so that background load on the machine falls on all of them alike and the
 * ratios between them stay fair.
 */
export function timeEngines(engines: Engine[], set: string, texts: BenchText[], plan: PassPlan): Throughput[] {
  const warmups = engines.map((engine) => Array.from({ length: plan.warmupPasses }, () => runPass(engine, texts)));
  const passes: PassResult[][] = engines.map(() => []);
  for (let p = 0; p < plan.timedPasses; p++) engines.forEach((engine, i) => passes[i].push(runPass(engine, texts)));
  return engines.map((engine, i) => summarise(engine, set, texts, plan, warmups[i], passes[i]));
}

function summarise(engine: Engine, set: string, texts: BenchText[], plan: PassPlan, warmups: PassResult[], passes: PassResult[]): Throughput {
  const words = texts.reduce((s, t) => s + t.words, 0);
  const byTime = [...passes].sort((a, b) => a.seconds - b.seconds);
  const median = byTime[Math.floor((byTime.length - 1) / 2)];
  const last = passes[passes.length - 1];
  return {
    engine: engine.name,
    set,
    articles: texts.length,
    words,
    warmupPasses: plan.warmupPasses,
    timedPasses: plan.timedPasses,
    warmupSeconds: warmups.map((p) => round(p.seconds, 4)),
    passSeconds: passes.map((p) => round(p.seconds, 4)),
    medianSeconds: round(median.seconds, 4),
    wordsPerSecond: Math.round(words / median.seconds),
    articlesPerSecond: round(texts.length / median.seconds, 1),
    cpuPerWall: round(median.cpuSeconds / median.seconds, 2),
    errors: last.errors,
    firstError: last.firstError,
    byCorpus: corpusShares(texts, median.secondsByCorpus),
  };
}

function corpusShares(texts: BenchText[], secondsByCorpus: Map<string, number>): Record<string, CorpusShare> {
  const out: Record<string, CorpusShare> = {};
  for (const [corpus, seconds] of secondsByCorpus) {
    const mine = texts.filter((t) => t.corpus === corpus);
    const words = mine.reduce((s, t) => s + t.words, 0);
    out[corpus] = {
      articles: mine.length,
      words,
      seconds: round(seconds, 4),
      wordsPerSecond: Math.round(words / seconds),
      articlesPerSecond: round(mine.length / seconds, 1),
    };
  }
  return out;
}

interface PassResult {
  seconds: number;
  cpuSeconds: number;
  secondsByCorpus: Map<string, number>;
  errors: number;
  firstError: string | null;
}

function runPass(engine: Engine, texts: BenchText[]): PassResult {
  let errors = 0;
  let firstError: string | null = null;
  const secondsByCorpus = new Map<string, number>();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  if (engine.runAll) {
    // One call per corpus (the texts come corpus by corpus), so the per-corpus shares hold.
    for (let from = 0; from < texts.length; ) {
      let to = from + 1;
      while (to < texts.length && texts[to].corpus === texts[from].corpus) to++;
      const start = performance.now();
      const out = engine.runAll(texts.slice(from, to));
      sink += out.sink;
      errors += out.errors;
      if (out.firstError !== null) firstError ??= `${texts[from].corpus}: ${out.firstError}`;
      const corpus = texts[from].corpus;
      secondsByCorpus.set(corpus, (secondsByCorpus.get(corpus) ?? 0) + (performance.now() - start) / 1000);
      from = to;
    }
  } else {
    for (const t of texts) {
      const start = performance.now();
      try {
        sink += engine.run(t);
      } catch (e) {
        errors++;
        firstError ??= `${t.corpus}: ${e instanceof Error ? e.message : String(e)}`;
      }
      secondsByCorpus.set(t.corpus, (secondsByCorpus.get(t.corpus) ?? 0) + (performance.now() - start) / 1000);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, secondsByCorpus, errors, firstError };
}

export interface MemorySnapshot {
  at: string;
  /** process.resourceUsage().maxRSS: the peak resident set of the whole process so far. */
  peakRssMB: number;
  rssMB: number;
  heapUsedMB: number;
  /** heapUsed after a full GC: what stays live (models, gazetteers, caches). */
  heapUsedAfterGcMB: number;
}

// The bench runs as `node --import tsx bench/run.ts`, without --expose-gc; this enables gc()
// from inside the process so that retained heap can be measured.
let collect: (() => void) | null = null;
function fullGc(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

export function snapshotMemory(at: string): MemorySnapshot {
  const MB = 1024 * 1024;
  const before = process.memoryUsage();
  fullGc();
  const after = process.memoryUsage();
  return {
    at,
    peakRssMB: round((process.resourceUsage().maxRSS * 1024) / MB, 1),
    rssMB: round(before.rss / MB, 1),
    heapUsedMB: round(before.heapUsed / MB, 1),
    heapUsedAfterGcMB: round(after.heapUsed / MB, 1),
  };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
