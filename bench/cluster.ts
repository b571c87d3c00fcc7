// `node --import tsx bench/cluster.ts`: the story clusterer alone, in memory, over analyses made
// beforehand (the ceiling of ingest with stories when analysis and storage cost nothing). Prints
// the clusterer's time per article and a digest of every assignment (ids, scores, reasons), so a
// speed change can be shown to leave the stories exactly as they were.
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { analyze } from '../src/index.ts';
import { StoryClusterer } from '../src/corroborate/clusterer.ts';
import type { ReportInput } from '../src/corroborate/types.ts';
import { loadBenchTexts } from './texts.ts';

const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '5000' }, repeat: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } } });
const n = Number(args.articles);
const source = loadBenchTexts();
const reports: ReportInput[] = [];
const a0 = process.cpuUsage();
for (let i = 0; i < n && i < source.texts.length * 1000; i++) {
  const t = source.texts[i % source.texts.length];
  if (!t.published) continue;
  const round = Math.floor(i / source.texts.length);
  reports.push({ articleId: `a${i}`, publisher: t.corpus, published: t.published, title: null, analysis: analyze(round === 0 ? t.text : `${t.text}\nRepublished as item ${round}.`, { published: t.published }) });
}
const analyzeCpuMs = cpuMs(a0);
const times: number[] = [];
const cpus: number[] = [];
let digest = '';
let stories = 0;
let stats = { candidates: 0, scored: 0 };
for (let r = 0; r < Number(args.repeat); r++) {
  const c = new StoryClusterer();
  const hash = createHash('sha1');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const rep of reports) for (const a of c.add(rep)) hash.update(JSON.stringify(a));
  times.push(performance.now() - t0);
  cpus.push(cpuMs(c0));
  for (const s of c.allStories()) hash.update(JSON.stringify(s));
  stories = c.allStories().length;
  stats = c.stats;
  digest = hash.digest('hex');
}
times.sort((a, b) => a - b);
cpus.sort((a, b) => a - b);
const cpu = cpus[0];
const ms = times[Math.floor(times.length / 2)];
const out = { reports: reports.length, stories, candidates: stats.candidates, scored: stats.scored, medianMs: Math.round(ms), minCpuMs: Math.round(cpu), cpuMsPerReport: Number((cpu / reports.length).toFixed(3)), analyzeCpuMs: Math.round(analyzeCpuMs), msPerReport: Number((ms / reports.length).toFixed(3)), reportsPerSecond: Math.round((reports.length / ms) * 1000), digest };
console.log(args.json ? JSON.stringify(out) : Object.entries(out).map(([k, v]) => `${k}: ${v}`).join('\n'));

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}
