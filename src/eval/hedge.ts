import { analyze } from '../analyze.ts';
import { isCorroborateError } from '../model/errors.ts';
import { onePerLine, readCsv } from './csv.ts';
import { f1, ratio, round } from './metrics.ts';
import { Tally } from './tally.ts';
import type { EvalOptions, EvalResult, Scorer } from './types.ts';

// CoNLL-2010 Wikipedia weasel/hedge sentences, one per row, labelled certain or uncertain. A
// sentence is uncertain to us when any of its claims is not asserted (hedged, predicted,
// speculative or denied), whether a cue or the hedge model (model:hedge-sentence) made it so; the
// table says which. analyze() refuses some sentences (too short, not recognisably
// English); those are predicted certain and still scored, and the table counts the refusals by
// reason. Only a malformed row (bad quoting, a missing column, an unknown label, no sentence) is
// skipped.

const LABELS = new Set(['certain', 'uncertain']);

export const hedgeScorer: Scorer = {
  name: 'hedge',
  description: 'CoNLL-2010 hedge/weasel sentences CSV (label,sentence): uncertain-class F1 and accuracy',
  async run(path: string, options: EvalOptions): Promise<EvalResult> {
    const t0 = performance.now();
    const { rows, skipped } = readCsv(path, ['label', 'sentence']);
    const tally = new Tally(options.errors);
    const refused = new Map<string, number>();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let records = 0;
    const by = { cue: [0, 0], model: [0, 0] }; // [right, wrong] per basis of an uncertain verdict

    for (const { line, values: r } of rows) {
      const label = r.label.trim();
      if (!LABELS.has(label) || !r.sentence.trim()) {
        skipped.push({ line, reason: !LABELS.has(label) ? `label "${r.label}" is neither certain nor uncertain` : 'empty sentence' });
        continue;
      }
      let uncertain = false;
      let byCue = false;
      try {
        const a = analyze(r.sentence, { name: `hedge line ${line}` });
        uncertain = a.claims.some((c) => c.certainty !== 'asserted');
        byCue = a.claims.some((c) => c.certainty !== 'asserted' && !c.certaintyModel);
      } catch (e) {
        if (!isCorroborateError(e)) throw e;
        refused.set(e.code, (refused.get(e.code) ?? 0) + 1);
      }
      records++;
      const gold = label === 'uncertain';
      if (uncertain) by[byCue ? 'cue' : 'model'][gold ? 0 : 1]++;
      if (gold && uncertain) tp++;
      else if (uncertain) fp++;
      else if (gold) fn++;
      const ours = uncertain ? 'uncertain' : 'certain';
      tally.check('accuracy', gold === uncertain, `line ${line}`, r.sentence, label, ours);
    }

    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    return {
      dataset: 'hedge',
      records,
      metrics: {
        uncertainF1: records === 0 ? null : round(f1(precision, recall)),
        accuracy: tally.rate('accuracy'),
      },
      support: { ...tally.support(), uncertain: tp + fn, predictedUncertain: tp + fp },
      skipped: onePerLine(skipped),
      misses: tally.misses,
      tables: [
        {
          title: 'uncertain class',
          header: ['precision', 'recall', 'gold', 'ours', 'both'],
          rows: [[String(ratio(tp, tp + fp) ?? 'n/a'), String(ratio(tp, tp + fn) ?? 'n/a'), String(tp + fn), String(tp + fp), String(tp)]],
        },
        {
          title: 'uncertain verdicts by basis (a cue in some claim, else the hedge model)',
          header: ['basis', 'right', 'wrong'],
          rows: (['cue', 'model'] as const).map((k) => [k, String(by[k][0]), String(by[k][1])]),
        },
        {
          title: 'refused by analyze() (scored as certain)',
          header: ['reason', 'rows'],
          rows: [...refused.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => [code, String(n)]),
        },
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
