import { CorroborateError } from '../model/errors.ts';
import { acledScorer } from './acled.ts';
import { articleExtractionScorer } from './article-extraction.ts';
import { gtdScorer } from './gtd.ts';
import { hedgeScorer } from './hedge.ts';
import { tempeval3Scorer } from './tempeval3.ts';
import { ucdpScorer } from './ucdp.ts';
import { ucdpStoriesScorer } from './ucdp-stories.ts';
import type { Scorer } from './types.ts';

/** Every scorer, by dataset name. */
export const SCORERS: ReadonlyMap<string, Scorer> = new Map([gtdScorer, acledScorer, ucdpScorer, ucdpStoriesScorer, tempeval3Scorer, hedgeScorer, articleExtractionScorer].map((s) => [s.name, s]));

export function scorerFor(name: string): Scorer {
  const s = SCORERS.get(name);
  if (!s) {
    throw new CorroborateError('E_BAD_OPTION', `unknown dataset "${name}"; choose one of: ${[...SCORERS.keys()].join(', ')}`);
  }
  return s;
}
