import { matchFeatures, visitFeatures, type Feature, type FeatureSink, type StoryProfile } from './features.ts';
import type { MatchPolicy, MatchReason, StoryUnit } from './types.ts';
import type { WordFrequency } from './words.ts';

// The scored match of one unit against one story: the model's bias plus the weight of every
// feature that fires (features.ts), as log-odds. The reasons list each family's points with the
// values behind them, so every join says why.

export interface Match {
  score: number;
  reasons: MatchReason[];
  features: Feature[];
}

// No -0: a score or reason must read the same after a JSON round trip (a store, a saved state).
const round2 = (x: number) => Math.round(x * 100) / 100 + 0;

/** The score of `unit` against a story, or null when the story holds only the unit's own report. */
export function scoreMatch(unit: StoryUnit, story: StoryProfile, freq: WordFrequency, policy: MatchPolicy): Match | null {
  const features = matchFeatures(unit, story, freq, policy);
  if (!features) return null;
  const reasons: MatchReason[] = [];
  if (policy.bias !== 0) reasons.push({ feature: 'prior', points: round2(policy.bias), detail: 'base log-odds of a candidate story' });
  // One reason per family; the steps of one ordered value (date:1+, date:2+) share one detail.
  const byFamily = new Map<MatchReason['feature'], { reason: MatchReason; parts: Map<string, { keys: string[]; points: number }> }>();
  for (const f of features) {
    const w = policy.weights[f.key] ?? 0;
    if (w === 0) continue;
    let entry = byFamily.get(f.family);
    if (!entry) {
      entry = { reason: { feature: f.family, points: 0, detail: '' }, parts: new Map() };
      byFamily.set(f.family, entry);
      reasons.push(entry.reason);
    }
    entry.reason.points += w;
    const part = entry.parts.get(f.detail) ?? { keys: [], points: 0 };
    part.keys.push(f.key);
    part.points += w;
    entry.parts.set(f.detail, part);
  }
  for (const { reason, parts } of byFamily.values()) {
    reason.detail = [...parts.entries()].map(([detail, p]) => `${p.keys.join(', ')} ${p.points > 0 ? '+' : ''}${p.points.toFixed(2)}: ${detail}`).join('; ');
  }
  // The score is the sum of the reasons as shown, so that anyone can add them up.
  for (const r of reasons) r.points = round2(r.points);
  return { score: round2(reasons.reduce((t, r) => t + r.points, 0)), reasons, features };
}

/**
 * The score scoreMatch would give, without its features' details or reasons: the same weights
 * summed per family in the same order and rounded the same way, so the number is identical to
 * the last bit. The clusterer scores every candidate with this and explains only the one joined.
 */
export function matchScore(unit: StoryUnit, story: StoryProfile, freq: WordFrequency, policy: MatchPolicy): number | null {
  const sink = new ScoreSink(policy.weights);
  if (!visitFeatures(unit, story, freq, policy, sink)) return null;
  let total = 0;
  if (policy.bias !== 0) total += round2(round2(policy.bias));
  for (let i = 0; i < sink.points.length; i++) total += round2(sink.points[i]);
  return round2(total);
}

class ScoreSink implements FeatureSink {
  readonly detailed = false;
  /** Families in the order their first weighted feature came, and the sum of their weights. */
  readonly families: string[] = [];
  readonly points: number[] = [];
  constructor(private readonly weights: MatchPolicy['weights']) {}
  add(key: string, family: Feature['family']): void {
    const w = this.weights[key] ?? 0;
    if (w === 0) return;
    let i = this.families.indexOf(family);
    if (i < 0) {
      i = this.families.length;
      this.families.push(family);
      this.points.push(0);
    }
    this.points[i] += w;
  }
}
