// The evaluation contract: one scorer per gold set in ../shared/data. `metrics` names are part
// of the contract (issues and docs/evaluation.md quote them).

export interface EvalOptions {
  /** How many misses to collect for `--errors N`. */
  errors: number;
}

export interface EvalMiss {
  metric: string;
  record: string; // a record id or line number
  text: string;
  gold: string;
  ours: string;
}

export interface EvalResult {
  dataset: string;
  records: number;
  metrics: Record<string, number | null>;
  /** Denominators per metric where they differ from `records` (unknown gold left out). */
  support?: Record<string, number>;
  /** Malformed input rows, each reported with its line number and skipped. */
  skipped: Array<{ line: number; reason: string }>;
  misses: EvalMiss[];
  /** Optional tables (e.g. a confusion matrix) for the text report. */
  tables?: Array<{ title: string; header: string[]; rows: string[][] }>;
  /**
   * Tables the text report shows in place of `tables`, where those are kept as they are for
   * `--format json` (a contract) but read badly as text. Left out of `--format json`.
   */
  textTables?: Array<{ title: string; header: string[]; rows: string[][] }>;
  seconds: number;
}

export interface Scorer {
  name: string;
  description: string;
  run(dataPath: string, options: EvalOptions): Promise<EvalResult>;
}
