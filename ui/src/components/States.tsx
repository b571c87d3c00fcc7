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
