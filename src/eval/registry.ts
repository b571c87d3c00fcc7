import { CorroborateError } from '../model/errors.ts';
import { gtdScorer } from './gtd.ts';
import type { Scorer } from './types.ts';

/** Every scorer, by dataset name. */
export const SCORERS: ReadonlyMap<string, Scorer> = new Map([gtdScorer].map((s) => [s.name, s]));

export function scorerFor(name: string): Scorer {
  const s = SCORERS.get(name);
  if (!s) {
    throw new CorroborateError('E_BAD_OPTION', `unknown dataset "${name}"; choose one of: ${[...SCORERS.keys()].join(', ')}`);
  }
  return s;
}
