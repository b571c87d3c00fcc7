import type { Analysis } from '../model/analysis.ts';
import { decideAcled } from './acled.ts';
import type { Classification } from './classification.ts';
import { decideGtd, type GtdClassification } from './gtd.ts';
import { loadModel } from './models.ts';
import { loadRules } from './rules.ts';

// Learned classifiers over an analysed text: linear models (data/models/*.json, trained by
// `npm run train`) over its words and our recognised spans, plus the cue rules of
// data/models/rules.json. Every label says which model and which rule chose it.

export type { Classification } from './classification.ts';
export type { GtdClassification } from './gtd.ts';
export type { FeatureWeight } from './linear-model.ts';

export interface AcledClassification {
  /** One of ACLED's six event types. */
  eventType: string;
  /** One of ACLED's sub-event types; always one that belongs to `eventType`. */
  subEventType: string;
  /** Each model's probability per class (4 decimals). */
  scores: { eventType: Record<string, number>; subEventType: Record<string, number> };
  /** Model, rule and top features behind each label. */
  provenance: { eventType: Classification; subEventType: Classification };
}

/** GTD attack type and target type of a GTD-style summary. */
export function classifyGtd(a: Analysis): GtdClassification {
  return decideGtd({ attack: loadModel('gtd-attack'), target: loadModel('gtd-target') }, { text: a.text, analysis: a }, loadRules());
}

/** ACLED event type and sub-event type of an ACLED-style note. */
export function classifyAcled(a: Analysis): AcledClassification {
  const d = decideAcled({ event: loadModel('acled-event'), subEvent: loadModel('acled-subevent') }, { text: a.text, analysis: a }, loadRules());
  return {
    eventType: d.eventType.label,
    subEventType: d.subEventType.label,
    scores: d.scores,
    provenance: { eventType: d.eventType, subEventType: d.subEventType },
  };
}
