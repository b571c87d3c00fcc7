// One stored article, reached from an event: the analysis as stored, shown as the Analyze view
// shows a fresh one (claims highlighted by certainty, sources, events, places, map).
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, adviceFor, fetchArticle, type StoredArticleOut } from '../api.ts';
import { AnalysisView } from './AnalysisView.tsx';

type State = { status: 'loading' } | { status: 'error'; failure: ApiFailure } | { status: 'done'; article: StoredArticleOut };

export function ArticlePage({ id, backTo }: { id: string; backTo: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchArticle(id, controller.signal).then(
      (article) => setState({ status: 'done', article }),
      (e) => {
        if ((e as Error).name !== 'AbortError') setState({ status: 'error', failure: e instanceof ApiFailure ? e : new ApiFailure(0, 'E_UI', (e as Error).message) });
      },
    );
    return () => controller.abort();
  }, [id]);
  useEffect(() => {
    if (state.status === 'done') heading.current?.focus();
  }, [state.status]);

  return (
    <section id="results" class="results" aria-labelledby="stored-article-heading" aria-busy={state.status === 'loading'}>
      <p>
        <a href={backTo}>← Back to the events</a>
      </p>
      <h2 id="stored-article-heading" ref={heading} tabIndex={-1}>
        Stored article <code>{id}</code>
      </h2>
      {state.status === 'loading' && (
        <div class="state loading-state" role="status">
          <span class="spinner" aria-hidden="true" /> Loading the article…
        </div>
      )}
      {state.status === 'error' && (
        <div class="state error-state" role="alert">
          <p>
            <strong>The article could not be loaded:</strong> {state.failure.message}
          </p>
          <p>{adviceFor(state.failure)}</p>
        </div>
      )}
      {state.status === 'done' && (
        <>
          <p class="article-meta">
            Stored {state.article.ingestedAt.slice(0, 10)} from {state.article.origin}
            {state.article.nearDuplicateOf && (
              <>
                {' '}
                · a near-duplicate of <a href={`#/articles/${encodeURIComponent(state.article.nearDuplicateOf)}`}>{state.article.nearDuplicateOf}</a>
              </>
            )}
          </p>
          <AnalysisView analysis={state.article.analysis} />
        </>
      )}
    </section>
  );
}
