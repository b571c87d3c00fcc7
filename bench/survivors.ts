// Where the objects that outlive a young-generation collection are allocated, over warm
// analyzeBatch passes of the bench texts (the default chunk, a chunk fed at a time as the bench
// does). A scavenge costs in proportion to what survives it, not to what was allocated, so this
// is the list to shorten when the collector's share of the time is the target
// (docs/benchmarks.md, session 10).
//
//   node --max-semi-space-size=64 --import tsx bench/survivors.ts [--passes 2] [--top 20] [--all]
//
// V8's sampling heap profiler, keeping the objects a full collection frees and dropping those a
// scavenge frees (`--all` keeps those too: every allocation). Sizes are sampled estimates in
// MB per pass, by allocating function and source line, with the two callers above it.
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { sourceLine, where } from './call-frames.ts';
import { BATCH_CHUNK } from './engines.ts';
import { loadBenchTexts } from './texts.ts';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

process.setSourceMapsEnabled(true);

const { values: args } = parseArgs({
  options: {
    passes: { type: 'string', default: '2' },
    top: { type: 'string', default: '20' },
    all: { type: 'boolean', default: false },
    data: { type: 'string' },
  },
});
const passes = Math.max(1, Number(args.passes) || 2);
const top = Math.max(1, Number(args.top) || 20);

const source = loadBenchTexts(args.data);
if (source.kind === 'examples') process.stderr.write(`survivors: ${source.note}\n`);
const { analyzeBatch } = await import('../src/index.ts');
const inputs = source.texts.map((t) => ({ text: t.text, published: t.published }));
let sink = 0;
const pass = () => {
  for (let from = 0; from < inputs.length; from += BATCH_CHUNK) {
    for (const a of analyzeBatch(inputs.slice(from, from + BATCH_CHUNK), { chunk: BATCH_CHUNK })) {
      if (!(a instanceof Error)) sink += a.claims.length;
    }
  }
};
pass(); // warm: lazy tables loaded, code compiled

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
// The two include* options (Node 20's V8 has them) are not in @types/node's parameter type.
const post = session.post.bind(session) as (method: string, params?: object) => Promise<unknown>;
await post('HeapProfiler.startSampling', {
  samplingInterval: 2048,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: args.all,
});
for (let p = 0; p < passes; p++) pass();
const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
session.disconnect();

const label = (n: SamplingNode) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${sourceLine(n.callFrame)}`;
const bySite = new Map<string, number>();
let total = 0;
const walk = (n: SamplingNode, callers: string[]) => {
  const here = label(n);
  total += n.selfSize;
  if (n.selfSize > 0) {
    const key = [here, ...callers.slice(-2).reverse()].join('  <-  ');
    bySite.set(key, (bySite.get(key) ?? 0) + n.selfSize);
  }
  for (const c of n.children) walk(c, [...callers, here]);
};
walk(profile.head, []);

const mb = (bytes: number) => (bytes / passes / 1e6).toFixed(2).padStart(7);
const lines = [
  `survivors: ${source.texts.length} texts x ${passes} warm passes, analyzeBatch chunk ${BATCH_CHUNK} (sink ${sink})`,
  `${args.all ? 'allocated' : 'outlived a scavenge'}: ${mb(total).trim()} MB per pass (sampled); top ${top} sites, MB per pass:`,
  ...[...bySite.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, bytes]) => `${mb(bytes)}  ${k}`),
];
process.stdout.write(lines.join('\n') + '\n');
