// The loading and failure states every view shows while it asks the server: one markup, so
// their look, their live-region roles and the advice given stay the same everywhere.
import type { ComponentChildren } from 'preact';
import { adviceFor, type ApiFailure } from '../api.ts';

/** "Loading the story…" with a spinner, announced politely. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div class="state loading-state" role="status">
      <span class="spinner" aria-hidden="true" /> {label}
    </div>
  );
}

/** What failed, the server's reason, what to do about it; `children` adds an action. */
export function FailureState({ what, failure, children }: { what: string; failure: ApiFailure; children?: ComponentChildren }) {
  return (
    <div class="state error-state" role="alert">
      <p>
        <strong>{what}:</strong> {failure.message}
      </p>
      <p>{adviceFor(failure)}</p>
      {children}
    </div>
  );
}

/**
 * "Load more …" under a paged list: disabled while the next page loads, the server's reason
 * beside it when that page failed (the rows already shown stay).
 */
export function LoadMore({ noun, more, onMore }: { noun: string; more: 'idle' | 'loading' | ApiFailure; onMore: () => void }) {
  return (
    <p>
      <button type="button" class="primary" onClick={onMore} disabled={more === 'loading'}>
        {more === 'loading' ? 'Loading…' : `Load more ${noun}`}
      </button>
      {typeof more === 'object' && (
        <span class="problem" role="alert">
          {' '}
          {more.message}
        </span>
      )}
    </p>
  );
}

/**
 * What a paged list shows before it has rows: the spinner, the failure, or an empty state that
 * tells a filtered-out list (with advice and a way to clear the filters) from an empty store.
 */
export function ListStates({
  state,
  noun,
  filtered,
  advice,
  onClear,
  children,
}: {
  state: { status: 'loading' } | { status: 'error'; failure: ApiFailure } | { status: 'done'; items: readonly unknown[] };
  noun: string;
  /** Whether any filter is set: then "no X match these filters" instead of the empty store. */
  filtered: boolean;
  advice: string;
  onClear: () => void;
  /** What to say when nothing is stored at all. */
  children: ComponentChildren;
}) {
  if (state.status === 'loading') return <LoadingState label={`Loading ${noun}…`} />;
  if (state.status === 'error') return <FailureState what={`The ${noun} could not be loaded`} failure={state.failure} />;
  if (state.items.length > 0) return null;
  return (
    <div class="state empty-state" role="status">
      {filtered ? (
        <p>
          <strong>No {noun} match these filters.</strong> {advice}, or{' '}
          <button type="button" class="link-button" onClick={onClear}>
            clear all filters
          </button>
          .
        </p>
      ) : (
        children
      )}
    </div>
  );
}
