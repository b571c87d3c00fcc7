import { readDataJson } from '../gazetteer/load.ts';
import type { MatchPolicy } from './types.ts';
import type { WordBackground } from './words.ts';

// The scored match between a unit (an event of a new report) and a story. Features (features.ts)
// are yes/no facts about the pair; their weights are log-odds learnt by logistic regression
// (train.ts) on the UCDP dev file and shipped in data/models/story-match.json with the threshold
// chosen on it and the training headlines' word frequencies (words.ts). The geometry below is set
// by what places mean, not fitted.

export interface StoryModelFile {
  name: string;
  kind: 'logistic-regression';
  task: string;
  training: Record<string, unknown>;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  /** The training reports' headline word frequencies (words.ts), when trained with a background. */
  background?: WordBackground;
}

/** Geometry and windows; the weights and threshold come from the model file. */
export const POLICY_GEOMETRY: Omit<MatchPolicy, 'threshold' | 'bias' | 'weights'> = {
  // Most reports of an incident appear within a few days; toll updates, condemnations, arrests
  // and claims may come up to two weeks later.
  windowDays: 4,
  followUpWindowDays: 14,
  sameSpotKm: 15,
  nearKm: 60,
  // "northwest Pakistan" spans Peshawar to the Waziristans; "southwest Pakistan" most of
  // Balochistan: about 250 km from their rough middles.
  regionKm: 250,
  seriesSimilarity: 0.8,
};

let model: StoryModelFile | null = null;
export function storyModel(): StoryModelFile {
  model ??= readDataJson<StoryModelFile>('models/story-match.json');
  return model;
}

/** The shipped policy: geometry plus the trained weights and threshold. */
export function defaultPolicy(): MatchPolicy {
  const m = storyModel();
  return { ...POLICY_GEOMETRY, threshold: m.threshold, bias: m.bias, weights: { ...m.weights }, background: m.background ?? null };
}

/**
 * How two event types relate. `follow-up`: one is what comes after the other in one story (a
 * claim of responsibility or arrests after an attack or a bombing). `compatible`: two ways of
 * telling violence (an attack and a bombing; an arson, `property-destruction`, and an attack) or
 * a crowd (a protest one outlet calls a riot). Types in different groups are `incompatible`.
 * (Session 22: property destruction and the crowd group added; the UCDP dev headlines hold no
 * such pair, so the trained model is byte-identical.) (news59) A curfew, shutdown or closure
 * follows violence as an alert does ("Curfew imposed in Parachinar after clashes"): a follow-up.
 * (news63) So do hostages freed, a kidnapping's end ("Troops free 104 hostages after train siege").
 * (news67) A sentence joins the judicial acts, a surrender the agreements (ACLED codes one so):
 * a trial's verdicts or a group's laying down of arms are told years after the violence, not as its sequel.
 */
const TYPE_GROUPS: ReadonlyArray<readonly string[]> = [
  ['attack', 'bombing', 'kidnapping', 'property-destruction', 'claim-of-responsibility', 'arrest', 'security-alert', 'security-measure', 'hostage-release'],
  ['protest', 'riot'],
  ['prisoner-release', 'sentence-reduction', 'sentencing', 'agreement', 'surrender'],
  ['movement', 'recruitment', 'deportation'],
];
const FOLLOW_UPS: ReadonlySet<string> = new Set(['claim-of-responsibility', 'arrest', 'security-alert', 'security-measure', 'hostage-release']);
/** The violent type that names no kind of act: a bombing or a kidnapping is also an attack (features.ts, `type:broader`). */
export const GENERIC_VIOLENT_TYPE = 'attack';

export type TypeRelation = 'same' | 'follow-up' | 'compatible' | 'incompatible' | 'unknown';

export function typeRelation(a: string | null, b: string | null): TypeRelation {
  if (a === null || b === null) return 'unknown';
  if (a === b) return 'same';
  const ga = TYPE_GROUPS.findIndex((g) => g.includes(a));
  const gb = TYPE_GROUPS.findIndex((g) => g.includes(b));
  if (ga < 0 || ga !== gb) return 'incompatible';
  return FOLLOW_UPS.has(a) !== FOLLOW_UPS.has(b) ? 'follow-up' : 'compatible';
}
