import { fitLinear, type LabelledFeatures } from '../classify/linear-model.ts';
import { StoryClusterer, type CandidateObservation } from './clusterer.ts';
import { POLICY_GEOMETRY } from './policy.ts';
import type { MatchPolicy, ReportInput } from './types.ts';

// Learning the match weights. The clusterer is run over reports whose gold stories are known;
// every (unit, candidate story) it scores becomes a row: the features that fired, labelled `same`
// when at least half of the story's reports share a gold story with the unit's report. Logistic
// regression (src/classify's softmax over two classes) gives each feature its log-odds. Rows
// depend on the stories built so far, so training runs a few rounds: the first with every unit
// alone (candidates are single reports), each next with the weights of the round before, all
// rows kept (so the model sees the stories its own decisions build). Deterministic: same reports
// in the same order, same weights.

export interface TrainingReport {
  report: ReportInput;
  /** The gold stories (e.g. UCDP event ids) this report belongs to. */
  gold: readonly string[];
}

export interface StoryTrainingOptions {
  rounds: number;
  l2: number;
  /** Features firing in fewer rows than this get no weight. */
  minCount: number;
  /** The threshold used while collecting rows after the first round. */
  threshold: number;
  /** Rows of the rarer class weigh (rows / (2 × class rows)) to this power; 0 for none. */
  classWeightPower?: number;
}

export const STORY_TRAINING: StoryTrainingOptions = { rounds: 3, l2: 0.003, minCount: 3, threshold: 0 };

export interface StoryWeights {
  bias: number;
  weights: Record<string, number>;
  rows: number;
  positives: number;
  iterations: number;
}

/** Rows from one pass of the clusterer under `policy`. */
export function collectRows(reports: readonly TrainingReport[], policy: MatchPolicy): LabelledFeatures[] {
  const gold = new Map(reports.map((r) => [r.report.articleId, new Set(r.gold)]));
  const rows: LabelledFeatures[] = [];
  const observe = ({ unit, candidates }: CandidateObservation) => {
    const mine = gold.get(unit.articleId) ?? new Set<string>();
    for (const c of candidates) {
      const others = c.articles.filter((a) => a !== unit.articleId);
      const together = others.filter((a) => [...(gold.get(a) ?? [])].some((e) => mine.has(e))).length;
      rows.push({ features: c.features.map((f) => f.key), label: together * 2 >= others.length && together > 0 ? 'same' : 'apart' });
    }
  };
  const clusterer = new StoryClusterer(policy, { observe });
  for (const r of reports) clusterer.add(r.report);
  return rows;
}

export function trainStoryWeights(reports: readonly TrainingReport[], options: StoryTrainingOptions = STORY_TRAINING): StoryWeights {
  const rows: LabelledFeatures[] = [];
  let policy: MatchPolicy = { ...POLICY_GEOMETRY, threshold: Infinity, bias: 0, weights: {} };
  let fitted: StoryWeights | null = null;
  for (let round = 0; round < options.rounds; round++) {
    rows.push(...collectRows(reports, policy));
    // Too few reports to have any candidate (or any of one class): no evidence, no weights.
    if (new Set(rows.map((r) => r.label)).size < 2) return { bias: 0, weights: {}, rows: rows.length, positives: rows.filter((r) => r.label === 'same').length, iterations: 0 };
    const body = fitLinear(rows, ['apart', 'same'], { l2: options.l2, minCount: options.minCount, classWeightPower: options.classWeightPower ?? 0, prune: 0, maxIterations: 500 });
    const diff = (pairs: number[]) => {
      let w = 0;
      for (let i = 0; i < pairs.length; i += 2) w += pairs[i] === 1 ? pairs[i + 1] : -pairs[i + 1];
      return Math.round(w * 1e4) / 1e4;
    };
    const weights: Record<string, number> = {};
    for (const key of Object.keys(body.weights).sort()) {
      const w = diff(body.weights[key]);
      if (w !== 0) weights[key] = w;
    }
    const bias = Math.round((body.bias[1] - body.bias[0]) * 1e4) / 1e4;
    fitted = { bias, weights, rows: rows.length, positives: rows.filter((r) => r.label === 'same').length, iterations: body.iterations };
    policy = { ...POLICY_GEOMETRY, threshold: options.threshold, bias, weights };
  }
  return fitted!;
}
