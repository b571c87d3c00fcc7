// Story clustering: reports of one real event grouped into stories, with independent sources
// and contradictions. Pure and storage-free; a store persists `state()` or the assignments.
export { StoryClusterer } from './clusterer.ts';
export { DEFAULT_POLICY, typeRelation } from './policy.ts';
export { independentSources, publisherKey } from './sources.ts';
export { contradictionsOf } from './contradictions.ts';
export { unitsOf } from './units.ts';
export { headlineWords } from './words.ts';
export type * from './types.ts';
