import type { ActorGazetteer } from '../gazetteer/actors.ts';
import type { PlaceGazetteer } from '../gazetteer/places.ts';
import type { Lexicons } from '../recognize/lexicons.ts';
import type { HedgeJudge } from '../classify/hedge.ts';

/** Everything a component may depend on besides the document: no stage reads the clock or env. */
export interface Context {
  /** Publication date (YYYY-MM-DD) used as the reference for relative dates, or null. */
  published: string | null;
  actors: ActorGazetteer;
  places: PlaceGazetteer;
  lexicons: Lexicons;
  /** The trained claim uncertainty model (data/models/hedge.json), loaded when first asked for. */
  hedgeModel: () => HedgeJudge;
  debug: (message: () => string) => void;
}
