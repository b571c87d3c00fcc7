// One stored article, reached from an event or a story: the analysis as stored, shown as the
// Analyze view shows a fresh one (claims highlighted by certainty, sources, events, places, map),
// the stories its events belong to, and, when the address names one of its events
// (?event=e1), that event marked and brought into view.
import { useEffect, useRef, useState } from 'preact/hooks';
import { asFailure, type ApiFailure, fetchArticle, fetchStoryLinks, storyHref, type StoredArticleOut, type StoryLinkOut } from '../api.ts';
import { AnalysisView } from './AnalysisView.tsx';
import { LoadingState, FailureState } from '../components/States.tsx';

type State = { status: 'loading' } | { status: 'error'; failure: ApiFailure } | { status: 'done'; article: StoredArticleOut };

export function ArticlePage({ id, event: eventParam, backTo, backLabel = 'the events' }: { id: string; event?: string | null; backTo: string; backLabel?: string }) {
  // An event named as the events API names it ("art-…:e1") or by its id in the article ("e1").
  const event = eventParam?.startsWith(`${id}:`) ? eventParam.slice(id.length + 1) : (eventParam ?? null);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [links, setLinks] = useState<StoryLinkOut[] | 'error' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    setLinks(null);
    fetchArticle(id, controller.signal).then(
      (article) => {
        setState({ status: 'done', article });
        fetchStoryLinks([article.id], controller.signal).then(setLinks, (e) => {
          if ((e as Error).name !== 'AbortError') setLinks('error');
        });
      },
      (e) => {
        if ((e as Error).name !== 'AbortError') setState({ status: 'error', failure: asFailure(e) });
      },
    );
    return () => controller.abort();
  }, [id]);
  useEffect(() => {
    if (state.status !== 'done') return;
    const target = event ? document.querySelector<HTMLElement>(`.event[data-event="${CSS.escape(event)}"]`) : null;
    document.querySelectorAll('.event.target-event').forEach((el) => el.classList.remove('target-event'));
    if (target) {
      target.classList.add('target-event');
      target.scrollIntoView({ block: 'center' });
    }
    heading.current?.focus({ preventScroll: !!target });
  }, [state.status, event]);

  return (
    <section id="results" class="results" aria-labelledby="stored-article-heading" aria-busy={state.status === 'loading'}>
      <p>
        <a href={backTo}>← Back to {backLabel}</a>
      </p>
      <h2 id="stored-article-heading" ref={heading} tabIndex={-1}>
        Stored article <code>{id}</code>
      </h2>
      {state.status === 'loading' && (
        <LoadingState label="Loading the article…" />
      )}
      {state.status === 'error' && (
        <FailureState what="The article could not be loaded" failure={state.failure} />
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
          <StoryLinks links={links} event={event} />
          <AnalysisView analysis={state.article.analysis} />
        </>
      )}
    </section>
  );
}

function StoryLinks({ links, event }: { links: StoryLinkOut[] | 'error' | null; event: string | null }) {
  if (links === null) return null;
  if (links === 'error') return <p class="article-meta">Its stories could not be loaded; reload the page to try again.</p>;
  if (links.length === 0) return <p class="article-meta">In no story yet: stories form when the store clusters articles after ingest.</p>;
  const stories = [...new Set(links.map((l) => l.storyId))];
  return (
    <p class="article-meta article-stories">
      In {stories.length === 1 ? 'the story' : `${stories.length} stories`}:{' '}
      {stories.map((sid, i) => {
        const events = links.filter((l) => l.storyId === sid && l.eventId).map((l) => l.eventId!);
        const n = links.find((l) => l.storyId === sid)!.independentSources;
        return (
          <span key={sid}>
            {i > 0 && ', '}
            <a href={storyHref(sid)} class={event && events.includes(event) ? 'story-link current-event-story' : 'story-link'}>
              {events.length > 0 ? `the story of event${events.length > 1 ? 's' : ''} ${events.join(', ')}` : 'the story of the whole report'}
            </a>{' '}
            ({n} source{n === 1 ? '' : 's'})
          </span>
        );
      })}
    </p>
  );
}
