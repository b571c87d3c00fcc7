import type { FeatureWeight, LinearModel } from './linear-model.ts';
import { overrideLabel, type Decision } from './rules.ts';

// A label with its provenance: which model, whether a rule overrode it, and the features that
// pushed the model toward it (for display next to the extracted event).

export interface Classification {
  label: string;
  /** The model's probability for `label` (also when a rule chose it). */
  score: number;
  /** '<model name>@<hash of the weights file>'. */
  model: string;
  /** 'model' when the model's top class stands, else 'rule:<id>' of the override that chose it. */
  rule: string;
  /** The features with the largest weights toward `label`, strongest first. */
  topFeatures: FeatureWeight[];
}

export const TOP_FEATURES = 5;

export function probabilityMap(classes: readonly string[], p: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  classes.forEach((c, i) => (out[c] = Math.round(p[i] * 1e4) / 1e4));
  return out;
}

export function bestIndex(p: ArrayLike<number>, allowed?: (i: number) => boolean): number {
  let best = -1;
  for (let i = 0; i < p.length; i++) if ((!allowed || allowed(i)) && (best < 0 || p[i] > p[best])) best = i;
  return best;
}

/** The label at `index`, replaced by an override when `decision` has one that applies. */
export function labelWithProvenance(
  model: LinearModel,
  p: ArrayLike<number>,
  index: number,
  features: readonly string[],
  fired: readonly string[],
  decision: Decision | null,
): Classification {
  let label = model.classes[index];
  let rule = 'model';
  const o = decision ? overrideLabel(decision, fired, label) : null;
  if (o) {
    label = o.label;
    rule = 'rule:' + o.rule;
  }
  const i = model.classes.indexOf(label);
  let top: FeatureWeight[] | null = null;
  return {
    label,
    score: i < 0 ? 0 : Math.round(p[i] * 1e4) / 1e4,
    model: model.id,
    rule,
    // Computed when first read: scorers that only need the label skip the cost.
    get topFeatures(): FeatureWeight[] {
      top ??= i < 0 ? [] : model.topFeatures(features, i, TOP_FEATURES);
      return top;
    },
  };
}
