import { classifyGtd, type GtdClassification } from '../classify/index.ts';
import type { Analysis } from '../model/analysis.ts';

// Our analysis in GTD's terms. Attack and target type come from the learned classifiers of
// src/classify (linear models over the summary's words and our recognised spans, trained by
// `npm run train` on the GTD dev file), with cue rules applied through GTD's hierarchy
// (assassination > hijacking > kidnapping > barricade > bombing > armed assault > unarmed >
// facility > unknown; data/models/rules.json). Each label carries its provenance: the model and
// its weights' hash, 'model' or the rule that decided, and the features that drove it.

const memo = new WeakMap<Analysis, GtdClassification>();

/** Attack and target type with provenance; computed once per analysis. */
export function gtdClassification(a: Analysis): GtdClassification {
  let c = memo.get(a);
  if (!c) {
    c = classifyGtd(a);
    memo.set(a, c);
  }
  return c;
}

export function gtdAttackType(a: Analysis): string {
  return gtdClassification(a).attackType.label;
}

export function gtdTargetType(a: Analysis): string {
  return gtdClassification(a).targetType.label;
}
