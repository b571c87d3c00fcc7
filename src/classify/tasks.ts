import type { FeatureFamily } from './features.ts';
import type { Hyperparameters } from './linear-model.ts';

// The four models: which gold file and columns they learn from, and their hyperparameters
// (chosen by 5-fold cross-validation on the dev files; see docs/models.md).

export type ModelName = 'gtd-attack' | 'gtd-target' | 'acled-event' | 'acled-subevent' | 'hedge';
export type DatasetName = 'gtd' | 'acled';

export interface ModelSpec {
  name: ModelName;
  task: string;
  /** Gold column holding the label. */
  label: string;
  hyperparameters: Hyperparameters;
}

export interface DatasetSpec {
  name: DatasetName;
  /** Path under the shared data folder. */
  file: string;
  /** Gold column holding the text. */
  text: string;
  features: FeatureFamily[];
  /** Folds are stratified on this model's label. */
  stratifyOn: ModelName;
  models: ModelSpec[];
}

const BASE: Omit<Hyperparameters, 'l2' | 'classWeightPower'> = { minCount: 2, prune: 0.02, maxIterations: 300 };

export const DATASETS: readonly DatasetSpec[] = [
  {
    name: 'gtd',
    file: 'gtd/dev.csv',
    text: 'summary',
    features: ['words', 'bigrams', 'analysis', 'rules', 'mask-places'],
    stratifyOn: 'gtd-attack',
    models: [
      { name: 'gtd-attack', task: 'GTD attack type (attacktype1_txt) from the summary', label: 'attacktype1_txt', hyperparameters: { ...BASE, l2: 3e-3, classWeightPower: 0.5 } },
      { name: 'gtd-target', task: 'GTD target type (targtype1_txt) from the summary', label: 'targtype1_txt', hyperparameters: { ...BASE, l2: 1e-3, classWeightPower: 0.5 } },
    ],
  },
  {
    name: 'acled',
    file: 'acled/dev.csv',
    text: 'notes',
    features: ['words', 'bigrams', 'analysis', 'rules'],
    stratifyOn: 'acled-subevent',
    models: [
      { name: 'acled-event', task: 'ACLED event type (event_type) from the notes', label: 'event_type', hyperparameters: { ...BASE, l2: 1e-3, classWeightPower: 0.5 } },
      { name: 'acled-subevent', task: 'ACLED sub-event type (sub_event_type) from the notes', label: 'sub_event_type', hyperparameters: { ...BASE, l2: 1e-3, classWeightPower: 0.5 } },
    ],
  },
];
