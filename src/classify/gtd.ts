import { bestIndex, labelWithProvenance, probabilityMap, type Classification } from './classification.ts';
import type { FeatureInput } from './features.ts';
import { extractFeatures } from './features.ts';
import type { LinearModel } from './linear-model.ts';
import type { CompiledRules } from './rules.ts';

// GTD's attack type and target type from a summary and our analysis of it. The attack type may
// be overridden by a cue rule through GTD's hierarchy (data/models/rules.json, "gtd-attack").

export interface GtdModels {
  attack: LinearModel;
  target: LinearModel;
}

export interface GtdClassification {
  attackType: Classification;
  targetType: Classification;
  scores: { attackType: Record<string, number>; targetType: Record<string, number> };
}

export function decideGtd(models: GtdModels, input: FeatureInput, rules: CompiledRules): GtdClassification {
  const { features, fired } = extractFeatures(input, models.attack.features, rules);
  const pa = models.attack.probabilities(features);
  const attackType = labelWithProvenance(models.attack, pa, bestIndex(pa), features, fired, rules.decisions.get('gtd-attack') ?? null);

  const targetFeatures = sameFamilies(models.attack, models.target) ? features : extractFeatures(input, models.target.features, rules).features;
  const pt = models.target.probabilities(targetFeatures);
  const targetType = labelWithProvenance(models.target, pt, bestIndex(pt), targetFeatures, fired, rules.decisions.get('gtd-target') ?? null);
  return {
    attackType,
    targetType,
    scores: { attackType: probabilityMap(models.attack.classes, pa), targetType: probabilityMap(models.target.classes, pt) },
  };
}

export function sameFamilies(a: LinearModel, b: LinearModel): boolean {
  return a.features.length === b.features.length && a.features.every((f, i) => b.features[i] === f);
}
