// Session-9 experiment (docs/models.md, hedge model, "Session 9"): does a second annotated set,
// It Happened event factuality (../shared/data/factuality/dev.conll, English Web Treebank in
// CoNLL-U, a score in [-3, 3] on annotated predicates), tell the hedge model anything the
// CoNLL-2010 file does not? Prints the hedge model's nested 5-fold CV uncertain F1
// (crossValidateHedge, as `npm run train -- --only hedge` reports it) on each fold split for:
//   - the shipped features (baseline);
//   - stacking: an auxiliary model of the same learner fitted on the factuality sentences
//     (uncertain: some annotated predicate scores strictly between -cut and cut), its probability
//     on each claim added as thermometer features fx>=1..5 (at 0.2, 0.35, 0.5, 0.65, 0.8);
//   - a word lexicon: each word's association with uncertain predicates (the words of a
//     predicate, its dependents and its head), as the z-score of a log-odds ratio with an
//     informative Dirichlet prior (Monroe, Colaresi and Quinn 2008), read over a claim's words
//     as fl:n (words at z >= 2, capped at 3), fl:max (the highest z, in half steps) and fl:sum;
//   - both.
// The factuality file is used whole: it is a different file, so no outer test fold of the hedge
// file fits anything. Nothing here changes the shipped model.
//
//   node --import tsx scripts/hedge-factuality-experiment.ts [--data DIR] [--cv-seeds 0,11,22]

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { words } from '../src/classify/features.ts';
import { crossValidateHedge, fitHedgeLearner, HEDGE_SPEC, hedgeRow, type HedgeRow } from '../src/classify/hedge-training.ts';
import { readCsv } from '../src/eval/csv.ts';
import { fail as failWith, scriptOptions } from './options.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FACTUALITY_FILE = 'factuality/dev.conll';

interface Token {
  form: string;
  /** Index of the head token within the sentence (the root points at itself). */
  head: number;
  /** Mean of the two factuality columns, or null on a word that is not an annotated predicate. */
  score: number | null;
}

interface FactualitySentence {
  text: string;
  tokens: Token[];
}

function fail(message: string): never {
  return failWith('hedge-factuality-experiment', message);
}

/** The sentences of the CoNLL-U file that have at least one annotated predicate. */
function readFactuality(path: string): FactualitySentence[] {
  const out: FactualitySentence[] = [];
  let lineNo = 0;
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const tokens: Token[] = [];
    let text = '';
    for (const line of block.split('\n')) {
      lineNo++;
      if (!line.trim()) continue;
      const c = line.split('\t');
      if (c.length < 12) fail(`${path} line ${lineNo}: expected 12 tab-separated columns, found ${c.length}`);
      const a = c[2] === '_' ? null : Number(c[2]);
      const b = c[3] === '_' ? null : Number(c[3]);
      if ((a !== null && !Number.isFinite(a)) || (b !== null && !Number.isFinite(b))) fail(`${path} line ${lineNo}: factuality score is not a number`);
      tokens.push({ form: c[1], head: Number(c[8]), score: a === null ? null : (a + (b ?? a)) / 2 });
      text += c[1] + (c[11].includes('SpaceAfter=No') ? '' : ' ');
    }
    lineNo++;
    if (tokens.some((t) => t.score !== null)) out.push({ text: text.trim(), tokens });
  }
  return out;
}

const uncertainAt = (s: FactualitySentence, cut: number) => s.tokens.some((t) => t.score !== null && Math.abs(t.score) < cut);

type Augment = (features: string[]) => string[];

function augmentRows(rows: readonly HedgeRow[], augment: Augment): HedgeRow[] {
  return rows.map((r) => ({ label: r.label, features: augment(r.features), claims: r.claims.map((c) => ({ basis: c.basis, features: augment(c.features) })) }));
}

/** Stacking: the auxiliary model's probability as thermometer features. */
function auxiliaryFeatures(sentences: readonly FactualitySentence[], rows: readonly HedgeRow[], cut: number): Augment {
  const steps = [0.2, 0.35, 0.5, 0.65, 0.8];
  const model = fitHedgeLearner(rows.map((r, i) => ({ ...r, label: uncertainAt(sentences[i], cut) ? 'uncertain' : 'certain' })));
  const u = model.classes.indexOf('uncertain');
  return (features) => {
    const p = model.probabilities(features)[u];
    const out = [...features];
    for (let i = 0; i < steps.length && p >= steps[i]; i++) out.push(`fx>=${i + 1}`);
    return out;
  };
}

/** Each word's z-scored log-odds of standing by an uncertain rather than a certain predicate. */
function predicateLexicon(sentences: readonly FactualitySentence[], cut: number, priorSize = 100): Map<string, number> {
  const near = [new Map<string, number>(), new Map<string, number>()];
  const totals = [0, 0];
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (t.score === null) return;
      const k = Math.abs(t.score) < cut ? 1 : 0;
      const around = new Set<number>([i]);
      s.tokens.forEach((d, j) => d.head === i && j !== i && around.add(j));
      if (t.head !== i && t.head >= 0 && t.head < s.tokens.length) around.add(t.head);
      for (const w of new Set([...around].flatMap((j) => words(s.tokens[j].form)))) {
        near[k].set(w, (near[k].get(w) ?? 0) + 1);
        totals[k]++;
      }
    });
  }
  const [nc, nu] = near;
  const [Nc, Nu] = totals;
  const all = Nc + Nu;
  const lexicon = new Map<string, number>();
  for (const w of new Set([...nu.keys(), ...nc.keys()])) {
    const a = nu.get(w) ?? 0;
    const b = nc.get(w) ?? 0;
    const prior = (priorSize * (a + b)) / all;
    const delta = Math.log((a + prior) / (Nu + priorSize - a - prior)) - Math.log((b + prior) / (Nc + priorSize - b - prior));
    lexicon.set(w, delta / Math.sqrt(1 / (a + prior) + 1 / (b + prior)));
  }
  return lexicon;
}

function lexiconFeatures(lexicon: ReadonlyMap<string, number>, strong = 2): Augment {
  return (features) => {
    let max = -Infinity;
    let n = 0;
    let sum = 0;
    for (const f of features) {
      const z = f.startsWith('w:') ? lexicon.get(f.slice(2)) : undefined;
      if (z === undefined) continue;
      max = Math.max(max, z);
      if (z >= strong) n++;
      sum += z;
    }
    const out = [...features, `fl:n:${Math.min(n, 3)}`];
    if (max > -Infinity) out.push(`fl:max:${Math.max(-2, Math.min(4, Math.floor(max * 2)))}`);
    out.push(`fl:sum:${Math.max(-3, Math.min(4, Math.floor(sum)))}`);
    return out;
  };
}

function main(): void {
  const opts = scriptOptions('hedge-factuality-experiment', { data: 'string', 'cv-seeds': 'string' }, 'hedge-factuality-experiment [--data DIR] [--cv-seeds 0,11,22]');
  const data = resolve(opts.data ?? join(ROOT, '..', 'shared', 'data'));
  const seeds = (opts['cv-seeds'] ?? '0,11,22').split(',').map(Number);
  if (seeds.some((n) => !Number.isInteger(n) || n < 0)) fail('--cv-seeds must be a comma-separated list of whole numbers (0: file order)');
  for (const file of [HEDGE_SPEC.file, FACTUALITY_FILE]) {
    if (!existsSync(join(data, file))) fail(`${join(data, file)} not found (the shared gold data beside the repository; pass --data DIR)`);
  }
  const { rows: raw } = readCsv(join(data, HEDGE_SPEC.file), [HEDGE_SPEC.text, HEDGE_SPEC.label]);
  const hedge = raw
    .filter(({ values }) => HEDGE_SPEC.classes.includes(values[HEDGE_SPEC.label].trim()) && values[HEDGE_SPEC.text].trim())
    .map(({ line, values }) => hedgeRow(values[HEDGE_SPEC.label].trim(), values[HEDGE_SPEC.text], `${HEDGE_SPEC.file} line ${line}`));
  const sentences = readFactuality(join(data, FACTUALITY_FILE));
  const factRows = sentences.map((s, i) => hedgeRow('certain', s.text, `${FACTUALITY_FILE} sentence ${i + 1}`));
  process.stdout.write(
    `${hedge.length} hedge rows; ${sentences.length} factuality sentences with a scored predicate, uncertain at cut 2.5 / 2 / 1: ` +
      `${[2.5, 2, 1].map((c) => sentences.filter((s) => uncertainAt(s, c)).length).join(' / ')}\n`,
  );

  const aux = auxiliaryFeatures(sentences, factRows, 1);
  const lex = lexiconFeatures(predicateLexicon(sentences, 2.5));
  const configs: Array<[string, HedgeRow[]]> = [
    ['shipped features', hedge],
    ['+ auxiliary model (cut 1), thermometer', augmentRows(hedge, aux)],
    ['+ predicate lexicon (cut 2.5, z >= 2)', augmentRows(hedge, lex)],
    ['+ both', augmentRows(hedge, (f) => lex(aux(f)))],
  ];
  for (const [name, rows] of configs) {
    const f1s = seeds.map((seed) => crossValidateHedge(rows, 5, seed).uncertainF1);
    const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
    process.stdout.write(`${name.padEnd(42)} ${f1s.map((f, i) => `${seeds[i] === 0 ? 'file' : seeds[i]} ${f.toFixed(4)}`).join('  ')}  mean ${mean.toFixed(4)}\n`);
  }
}

main();
