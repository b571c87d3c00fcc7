// The public API. The CLI and (later) the server are thin shells over these exports.
export { analyze, analyzeBatch, type AnalyzeOptions, type BatchInput, type BatchOptions } from './analyze.ts';
export type * from './model/analysis.ts';
export type * from './model/types.ts';
export { CorroborateError, isCorroborateError, type ErrorCode } from './model/errors.ts';
export { buildPipeline, type Component, type Pipeline } from './pipeline/runner.ts';
export { DEFAULT_COMPONENTS, defaultPipeline } from './pipeline/components.ts';
export { readInput } from './ingest/read.ts';
export { VERSION } from './version.ts';
export { openStore, type OpenStoreOptions } from './store/open.ts';
export type { Store, EventFilter, StoredEvent, ClaimHit, WriteOutcome, StoreDump } from './store/store.ts';
export { ingest, type IngestOptions, type IngestSummary } from './ingest/ingest.ts';
export { resolveWatch, describeRule, WatchInput, type WatchRule, type WatchRecord } from './watch/rule.ts';
export { deliverDue, startDispatcher, type DeliverOptions, type DeliverSummary } from './watch/deliver.ts';
export { checkPublicUrl, whyNotPublic } from './watch/url-guard.ts';
export type { WatchStore, AlertRecord, AlertDetail, DeliveryRecord } from './store/watches.ts';
