// Story clustering: reports of one real event grouped into stories, with independent sources
// and contradictions. Pure and storage-free; a store persists `state()` or the assignments.
export { StoryClusterer } from './clusterer.ts';
export { defaultPolicy, POLICY_GEOMETRY, storyModel, typeRelation } from './policy.ts';
export { trainStoryWeights, STORY_TRAINING } from './train.ts';
export { independentSources, publisherKey } from './sources.ts';
export { contradictionsOf } from './contradictions.ts';
export { unitsOf } from './units.ts';
export { headlineWords } from './words.ts';
export type * from './types.ts';
