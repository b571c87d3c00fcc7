// CPU profile of analyze() over the bench texts, warm (after one unprofiled pass), so that the
// hot spots are those of steady-state throughput rather than of module loading and JIT.
// `--batch` profiles analyzeBatch instead (the bench's ours-batch engine: the default chunk, a
// chunk fed at a time), the path the 10x-compromise target is judged on besides per text; run
// it under the bench's flags (--max-semi-space-size=64) so the collector's share is the bench's.
//
//   node --import tsx bench/profile.ts [--passes 3] [--out /tmp/corroborate-profile] [--top 10] [--batch]
//
// Writes a .cpuprofile (open it in Chrome DevTools or speedscope) and prints the functions
// with the most self time, in src/ and overall.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sourceLine, where } from './call-frames.ts';
import { loadOurs, loadOursBatch } from './engines.ts';
import { loadBenchTexts, REPO_ROOT } from './texts.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

// tsx strips whitespace, so profiled positions are all on line 1 of the transformed code; with
// source maps enabled before src/ is imported, they can be mapped back to the .ts lines.
process.setSourceMapsEnabled(true);

const { values: args } = parseArgs({
  options: {
    passes: { type: 'string', default: '3' },
    out: { type: 'string', default: '/tmp/corroborate-profile' },
    top: { type: 'string', default: '10' },
    data: { type: 'string' },
    batch: { type: 'boolean', default: false },
  },
});
const passes = Math.max(1, Number(args.passes) || 3);
const top = Math.max(1, Number(args.top) || 10);

const source = loadBenchTexts(args.data);
if (source.kind === 'examples') process.stderr.write(`profile: ${source.note}\n`);
const { engine } = await (args.batch ? loadOursBatch() : loadOurs());
const pass = (): number => {
  if (engine.runAll) return engine.runAll(source.texts).sink;
  let sum = 0;
  for (const t of source.texts) sum += engine.run(t);
  return sum;
};
pass();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
let sink = 0;
for (let p = 0; p < passes; p++) sink += pass();
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
session.disconnect();

mkdirSync(args.out!, { recursive: true });
const file = join(args.out!, `${args.batch ? 'analyze-batch' : 'analyze'}-${process.pid}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));

// Self time per function and inclusive time (each function counted once per sample, so
// recursion is not double-counted).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}\t${n.callFrame.url}\t${sourceLine(n.callFrame)}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let totalUs = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  totalUs += dt;
  const leaf = byId.get(id)!;
  self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
  }
});

const srcPrefix = 'file://' + join(REPO_ROOT, 'src') + '/';
const pct = (us: number) => ((100 * us) / totalUs).toFixed(1).padStart(5) + '%';
const row = ([k, us]: [string, number]) => {
  const [name, url, line] = k.split('\t');
  return `  ${pct(us)} self  ${pct(inclusive.get(k) ?? 0)} total  ${name}  ${where(url)}:${line}`;
};
const ranked = [...self.entries()].sort((a, b) => b[1] - a[1]);
const ours = ranked.filter(([k]) => k.split('\t')[1].startsWith(srcPrefix));
const oursSelf = ours.reduce((s, [, us]) => s + us, 0);

const words = source.texts.reduce((s, t) => s + t.words, 0) * passes;
const lines = [
  `profile: ${args.batch ? 'analyzeBatch' : 'analyze'}, ${source.texts.length} texts x ${passes} passes, ${words.toLocaleString('en-US')} words, ${(totalUs / 1e6).toFixed(2)} s sampled (sink ${sink})`,
  `written: ${file}`,
  `self time in src/: ${pct(oursSelf)} of samples (lines mapped to the .ts source where a source map is found)`,
  `top ${top} functions in src/ by self time:`,
  ...ours.slice(0, top).map(row),
  `top ${top} functions in src/ by total (inclusive) time: where the stages spend it`,
  ...[...inclusive.entries()]
    .filter(([k]) => k.split('\t')[1].startsWith(srcPrefix))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k]) => row([k, self.get(k) ?? 0])),
  `top ${top} functions overall by self time:`,
  ...ranked.slice(0, top).map(row),
];
process.stdout.write(lines.join('\n') + '\n');
