// The page: a header with the views (Analyze, Events, Watches), and the view the address names.
// Routes live in the hash (#/analyze, #/events?type=arrest, #/articles/ID), so the server only
// ever serves one page and Back/Forward and bookmarks work.
import { useEffect, useState } from 'preact/hooks';
import { eventsQuery, type EventFilters } from './api.ts';
import { ProvenanceProvider, ProvenanceTip } from './components/Provenance.tsx';
import { AnalyzeView } from './views/AnalyzeView.tsx';
import { ArticlePage } from './views/ArticlePage.tsx';
import { EventsView, filtersFromQuery } from './views/EventsView.tsx';
import { WatchesView } from './views/WatchesView.tsx';

type Route = { view: 'analyze' } | { view: 'events'; filters: EventFilters } | { view: 'article'; id: string } | { view: 'watches' };

export function routeOf(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  if (path === '/events') return { view: 'events', filters: filtersFromQuery(query) };
  if (path === '/watches') return { view: 'watches' };
  const article = /^\/articles\/([^/]+)$/.exec(path);
  if (article) return { view: 'article', id: decodeURIComponent(article[1]) };
  return { view: 'analyze' };
}

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function App() {
  const hash = useHash();
  const route = routeOf(hash);
  const [lastEvents, setLastEvents] = useState('#/events');
  useEffect(() => {
    if (route.view === 'events') setLastEvents(hash || '#/events');
  }, [hash]);
  const title = route.view === 'events' ? 'Events · Corroborate' : route.view === 'article' ? 'Article · Corroborate' : route.view === 'watches' ? 'Watches · Corroborate' : 'Corroborate';
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <ProvenanceProvider>
      <a class="skip-link" href="#results" onClick={skipToResults}>
        Skip to the results
      </a>
      <header class="top">
        <h1>Corroborate</h1>
        <p class="tagline">What happened, who says so, and how sure they are.</p>
        <nav class="views" aria-label="Views">
          <a href="#/analyze" aria-current={route.view === 'analyze' ? 'page' : undefined}>
            Analyze
          </a>
          <a href="#/events" aria-current={route.view === 'events' || route.view === 'article' ? 'page' : undefined}>
            Events
          </a>
          <a href="#/watches" aria-current={route.view === 'watches' ? 'page' : undefined}>
            Watches
          </a>
        </nav>
      </header>
      <main>
        {route.view === 'analyze' && <AnalyzeView />}
        {route.view === 'events' && <EventsView filters={route.filters} onFilters={(f) => (window.location.hash = `#/events?${eventsQuery(f).replace(/&?limit=\d+/, '')}`)} />}
        {route.view === 'article' && <ArticlePage id={route.id} backTo={lastEvents} />}
        {route.view === 'watches' && <WatchesView />}
      </main>
      <ProvenanceTip />
    </ProvenanceProvider>
  );
}

/** The skip link's target is inside the hash router's page: move focus there without changing the route. */
function skipToResults(e: MouseEvent) {
  e.preventDefault();
  const target = document.getElementById('results');
  if (target) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
}
