import { loadActorGazetteer } from '../gazetteer/actors.ts';
import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import { loadLexicons } from '../recognize/lexicons.ts';
import { loadHedgeJudge } from '../classify/hedge.ts';
import type { Context } from './context.ts';

const DEBUG_ON = /(^|,)corroborate(:\*|:pipeline|\*)?($|,)/.test(process.env.DEBUG ?? '');

/** A context with the curated gazetteers and lexicons, loaded once and shared. */
export function defaultContext(published: string | null): Context {
  return {
    published,
    actors: loadActorGazetteer(),
    places: loadPlaceGazetteer(),
    lexicons: loadLexicons(),
    hedgeModel: loadHedgeJudge,
    debug: DEBUG_ON ? (msg) => process.stderr.write(`corroborate ${msg()}\n`) : () => {},
  };
}
