// `node --import tsx bench/ingest-cluster.ts --articles 30000`: the story clusterer alone over the
// ingest bench's news stream (bench/ingest-corpus.ts), in arrival order, as `ingest()` feeds it.
// The stream is analysed once and its units cached (in the OS temp directory, keyed by size and
// seed), so repeated runs time the clusterer only. Prints the clusterer's CPU seconds per tenth
// of the stream, its candidate counts (in the window, given the cheap bound, the refined bound, scored in full), and a digest of every assignment (ids, scores, reasons,
// nearest) and of every story, so a change in candidate selection can be shown to leave the
// stories exactly as they were. Never fails on timing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeBatch } from '../src/index.ts';
import { StoryClusterer, type CutReport } from '../src/corroborate/clusterer.ts';
import type { StoryUnit } from '../src/corroborate/types.ts';
import { unitsOf } from '../src/corroborate/units.ts';
import { dayNumber } from '../src/corroborate/days.ts';
import { buildCorpus } from './ingest-corpus.ts';
import { loadBenchTexts } from './texts.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '30000' },
    seed: { type: 'string', default: '20261125' },
    tenths: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const n = Number(args.articles);
const seed = Number(args.seed);

interface CachedReport {
  input: CutReport;
  units: StoryUnit[];
}

const cacheFile = join(tmpdir(), `corroborate-ingest-units-${n}-${seed}.json`);
let reports: CachedReport[];
if (existsSync(cacheFile)) reports = JSON.parse(readFileSync(cacheFile, 'utf8')) as CachedReport[];
else {
  const corpus = buildCorpus(loadBenchTexts().texts, n, 'news', seed);
  reports = [];
  const CHUNK = 500;
  for (let from = 0; from < corpus.articles.length; from += CHUNK) {
    const part = corpus.articles.slice(from, from + CHUNK);
    const analyses = analyzeBatch(part.map((a) => ({ text: a.text, published: a.published, source: a.source })));
    part.forEach((a, k) => {
      const analysis = analyses[k];
      if (!a.published || dayNumber(a.published) === null || analysis instanceof Error) return;
      const input: CutReport = { articleId: `a${from + k}`, publisher: a.source, published: a.published, title: null };
      reports.push({ input, units: unitsOf({ ...input, analysis }, 0) });
    });
  }
  writeFileSync(cacheFile, JSON.stringify(reports));
}

const c = new StoryClusterer();
const hash = createHash('sha1');
const tenths = Number(args.tenths);
const perTenth: Array<{ reports: number; cpuS: number; candidates: number; bounded: number; refined: number; scored: number }> = [];
let mark = { cpu: process.cpuUsage(), candidates: 0, bounded: 0, refined: 0, scored: 0, at: 0 };
// What a blocking rule would change: joins made without any headline-word feature (no shared
// word of weight), and of those the ones with no place or type agreement either.
const joins = { all: 0, withoutWords: 0, withoutWordsPlaceType: 0 };
const total0 = process.cpuUsage();
reports.forEach((r, i) => {
  const units = r.units.map((u) => ({ ...u, arrival: i }));
  for (const a of c.add(r.input, units)) {
    hash.update(JSON.stringify(a));
    if (a.how !== 'joined') continue;
    joins.all++;
    if (a.reasons.some((x) => x.feature === 'words')) continue;
    joins.withoutWords++;
    if (!a.reasons.some((x) => (x.feature === 'place' || x.feature === 'type') && x.points > 0)) joins.withoutWordsPlaceType++;
  }
  if ((i + 1) % Math.ceil(reports.length / tenths) === 0 || i === reports.length - 1) {
    const u = process.cpuUsage(mark.cpu);
    perTenth.push({ reports: i + 1 - mark.at, cpuS: Number(((u.user + u.system) / 1e6).toFixed(2)), candidates: c.stats.candidates - mark.candidates, bounded: c.stats.bounded - mark.bounded, refined: c.stats.refined - mark.refined, scored: c.stats.scored - mark.scored });
    mark = { cpu: process.cpuUsage(), candidates: c.stats.candidates, bounded: c.stats.bounded, refined: c.stats.refined, scored: c.stats.scored, at: i + 1 };
  }
});
const t = process.cpuUsage(total0);
const stories = c.allStories();
for (const s of stories) hash.update(JSON.stringify(s));
const out = {
  reports: reports.length,
  units: reports.reduce((k, r) => k + r.units.length, 0),
  stories: stories.length,
  cpuS: Number(((t.user + t.system) / 1e6).toFixed(2)),
  candidates: c.stats.candidates,
  bounded: c.stats.bounded,
  refined: c.stats.refined,
  scored: c.stats.scored,
  perTenth,
  joins,
  digest: hash.digest('hex'),
};
if (args.json) console.log(JSON.stringify(out));
else {
  console.log(`reports ${out.reports}, units ${out.units}, stories ${out.stories}, clusterer CPU ${out.cpuS} s, candidates ${out.candidates}, cheap bounds ${out.bounded}, refined ${out.refined}, fully scored ${out.scored}`);
  perTenth.forEach((p, k) => console.log(`  tenth ${k + 1}: ${p.reports} reports, ${p.cpuS} CPU s, candidates ${p.candidates}, cheap bounds ${p.bounded}, refined ${p.refined}, scored ${p.scored}`));
  console.log(`joins ${joins.all}: ${joins.withoutWords} without a headline-word feature, ${joins.withoutWordsPlaceType} of them without place or type agreement either`);
  console.log(`digest ${out.digest}`);
}
