// `npm run bench -- --only gazetteer` (or `npm run bench:gazetteer`): what the gazetteers cost
// on their own, in a fresh process: the time to load the place and actor gazetteers (modules,
// the compiled place index from its cache, the curated actors), the resident memory they add,
// and how fast places and actors are matched over the GTD and ACLED dev texts (the `actors` and
// `places` pipeline components alone, on documents already split and tokenised). Issue 3 asks
// for a load under 1 s and resident memory under 300 MB; the run reports, it never asserts.
//
//   node --import tsx bench/gazetteer.ts [--passes N] [--data DIR] [--json]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadBenchTexts, SHARED_DATA_DIR } from './texts.ts';
import { round, snapshotMemory } from './measure.ts';

const { values: args } = parseArgs({
  options: {
    passes: { type: 'string', default: '3' },
    data: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const passes = Number(args.passes);
if (!Number.isInteger(passes) || passes < 1) {
  process.stderr.write(`bench/gazetteer: --passes must be a whole number above 0, got "${args.passes}"\n`);
  process.exit(2);
}

const MB = 1024 * 1024;
const rssBefore = process.memoryUsage().rss / MB;
const before = snapshotMemory('before the gazetteers');

// Load: importing the modules and building both gazetteers, as the first analyze does.
const t0 = performance.now();
const { loadPlaceGazetteer, placeGazetteerLoadReport } = await import('../src/gazetteer/places.ts');
const { loadActorGazetteer } = await import('../src/gazetteer/actors.ts');
const tImported = performance.now();
const places0 = performance.now();
loadPlaceGazetteer();
const placesMs = performance.now() - places0;
const cacheReport = placeGazetteerLoadReport();
const actors0 = performance.now();
loadActorGazetteer();
const actorsMs = performance.now() - actors0;
const loadMs = performance.now() - t0;
const loaded = snapshotMemory('gazetteers loaded');
const rssAdded = loaded.rssMB - rssBefore;

// Matching: documents prepared up to what the two components require, then each timed alone.
const { emptyDoc } = await import('../src/model/types.ts');
const { defaultContext } = await import('../src/pipeline/default-context.ts');
const { sentences, tokens, dates, actors, places } = await import('../src/pipeline/components.ts');
type Doc = ReturnType<typeof emptyDoc>;

// First use: a text whose names need every table of other spellings ("Jaffarabad", "Shahidi
// Hassas", "Jewani") is matched once, cold, and again, warm. The cold match is what the first
// document of a process pays on top of the load (cold code, and any table built on first use:
// since 2026-11-26 the spelling tables are compiled with the store, and this keeps it honest),
// so the load target is checked on load + first match.
function probeDoc(): { doc: Doc; ctx: ReturnType<typeof defaultContext> } {
  const text = 'Gunmen attacked a checkpoint in Jaffarabad district on Monday. Two more posts came under fire in Shahidi Hassas and near Jewani, officials said.';
  const doc = emptyDoc({ id: 'probe', title: null, published: '2024-01-01', source: null, url: null, byline: null, language: 'en' }, text);
  const ctx = defaultContext('2024-01-01');
  for (const c of [sentences, tokens, dates, actors]) c.run(doc, ctx);
  return { doc, ctx };
}
const probeCold = probeDoc();
const first0 = performance.now();
places.run(probeCold.doc, probeCold.ctx);
const firstMatchMs = performance.now() - first0;
const probeWarm = probeDoc();
const warm0 = performance.now();
places.run(probeWarm.doc, probeWarm.ctx);
const warmMatchMs = performance.now() - warm0;
const readyMs = loadMs + firstMatchMs;

const source = loadBenchTexts(args.data ?? SHARED_DATA_DIR);
const prepared: Array<{ doc: Doc; ctx: ReturnType<typeof defaultContext>; words: number }> = [];
for (const [i, t] of source.texts.entries()) {
  const doc = emptyDoc({ id: `bench-${i}`, title: null, published: t.published, source: null, url: null, byline: null, language: 'en' }, t.text);
  const ctx = defaultContext(t.published);
  for (const c of [sentences, tokens, dates]) c.run(doc, ctx);
  prepared.push({ doc, ctx, words: t.words });
}
const words = prepared.reduce((n, p) => n + p.words, 0);

function timeComponent(run: (p: (typeof prepared)[number]) => number): { seconds: number; mentions: number } {
  let best = Infinity;
  let mentions = 0;
  for (let pass = 0; pass <= passes; pass++) {
    // Pass 0 warms the JIT and the index's pages; the best of the others is reported.
    const s = performance.now();
    let m = 0;
    for (const p of prepared) m += run(p);
    const seconds = (performance.now() - s) / 1000;
    if (pass > 0 && seconds < best) best = seconds;
    mentions = m;
  }
  return { seconds: best, mentions };
}
const actorTiming = timeComponent((p) => {
  actors.run(p.doc, p.ctx);
  return p.doc.actorMentions.length;
});
const placeTiming = timeComponent((p) => {
  places.run(p.doc, p.ctx);
  return p.doc.placeMentions.length;
});
const after = snapshotMemory('after matching');

const rate = (t: { seconds: number; mentions: number }) => ({
  seconds: round(t.seconds, 3),
  textsPerSecond: Math.round(prepared.length / t.seconds),
  wordsPerSecond: Math.round(words / t.seconds),
  mentions: t.mentions,
  mentionsPerSecond: Math.round(t.mentions / t.seconds),
});
const result = {
  texts: { count: prepared.length, words, source: source.kind, note: source.note },
  load: {
    placeIndex: cacheReport,
    importMs: round(tImported - t0, 1),
    placesMs: round(placesMs, 1),
    actorsMs: round(actorsMs, 1),
    totalMs: round(loadMs, 1),
    /** The first place match of the process (cold code, spelling tables built), and the same text again. */
    firstMatchMs: round(firstMatchMs, 1),
    warmMatchMs: round(warmMatchMs, 1),
    /** Load plus the first match: what the target is checked on. */
    readyMs: round(readyMs, 1),
    targetMs: 1000,
    met: readyMs < 1000,
  },
  memory: {
    before,
    loaded,
    after,
    rssAddedByGazetteersMB: round(rssAdded, 1),
    targetMB: 300,
    met: loaded.rssMB < 300,
  },
  matching: { passes, actors: rate(actorTiming), places: rate(placeTiming) },
  loadAverage: loadavg().map((x) => round(x, 2)),
};

if (args.json) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `texts: ${n(prepared.length)} (${n(words)} words; ${source.kind === 'shared-data' ? 'GTD and ACLED dev texts' : 'examples/, ../shared/data absent'})`,
    `load (fresh process; place index ${cacheReport?.source === 'cache' ? 'read from its compiled cache' : 'compiled first: no usable cache'}${cacheReport ? `, ${round(cacheReport.seconds * 1000, 1)} ms` : ''}):`,
    `  modules ${result.load.importMs} ms, places ${result.load.placesMs} ms, actors ${result.load.actorsMs} ms; total ${result.load.totalMs} ms`,
    `  first place match ${result.load.firstMatchMs} ms (cold; the same text warm: ${result.load.warmMatchMs} ms); ` +
      `load + first match ${result.load.readyMs} ms (target < 1000 ms: ${result.load.met ? 'MET' : 'NOT MET'})`,
    `memory: RSS ${before.rssMB} MB before, ${loaded.rssMB} MB with both gazetteers loaded (+${result.memory.rssAddedByGazetteersMB} MB; ` +
      `target < 300 MB: ${result.memory.met ? 'MET' : 'NOT MET'}); live heap after GC ${loaded.heapUsedAfterGcMB} MB; ` +
      `peak RSS after matching ${after.peakRssMB} MB (this includes every prepared document held for the timing)`,
    `matching (best of ${passes} passes after a warm-up, components alone on tokenised documents):`,
    `  actors  ${n(result.matching.actors.wordsPerSecond)} words/s, ${n(result.matching.actors.textsPerSecond)} texts/s, ${n(result.matching.actors.mentionsPerSecond)} mentions/s (${n(actorTiming.mentions)} mentions)`,
    `  places  ${n(result.matching.places.wordsPerSecond)} words/s, ${n(result.matching.places.textsPerSecond)} texts/s, ${n(result.matching.places.mentionsPerSecond)} mentions/s (${n(placeTiming.mentions)} mentions)`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
