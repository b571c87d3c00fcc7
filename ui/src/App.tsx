// The page: a header with the views (Analyze, Events, Stories, Watches), and the view the address
// names. Routes live in the hash (#/analyze, #/events?type=arrest, #/articles/ID?event=e1, #/stories,
// #/stories/ID, #/watches), so the server only ever serves one page and Back/Forward and bookmarks work.
import { useEffect, useState } from 'preact/hooks';
import { filtersQuery, type EventFilters, type StoryFilters } from './api.ts';
import { ProvenanceProvider, ProvenanceTip } from './components/Provenance.tsx';
import { AnalyzeView } from './views/AnalyzeView.tsx';
import { ArticlePage } from './views/ArticlePage.tsx';
import { EventsView, filtersFromQuery } from './views/EventsView.tsx';
import { StoriesView, storyFiltersFromQuery } from './views/StoriesView.tsx';
import { StoryView } from './views/StoryView.tsx';
import { WatchesView } from './views/WatchesView.tsx';

type Route =
  | { view: 'analyze' }
  | { view: 'events'; filters: EventFilters }
  | { view: 'article'; id: string; event: string | null }
  | { view: 'stories'; filters: StoryFilters }
  | { view: 'story'; id: string }
  | { view: 'watches' };

export function routeOf(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  if (path === '/events') return { view: 'events', filters: filtersFromQuery(query) };
  if (path === '/stories') return { view: 'stories', filters: storyFiltersFromQuery(query) };
  if (path === '/watches') return { view: 'watches' };
  const article = /^\/articles\/([^/]+)$/.exec(path);
  if (article) return { view: 'article', id: safeDecode(article[1]), event: new URLSearchParams(query).get('event') };
  const story = /^\/stories\/([^/]+)$/.exec(path);
  if (story) return { view: 'story', id: safeDecode(story[1]) };
  return { view: 'analyze' };
}

/** A hand-typed address may hold a stray "%": show it as typed rather than fail. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const TITLES: Record<Route['view'], string> = {
  analyze: 'Corroborate',
  events: 'Events · Corroborate',
  article: 'Article · Corroborate',
  stories: 'Stories · Corroborate',
  story: 'Story · Corroborate',
  watches: 'Watches · Corroborate',
};

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    // The hash may have changed between the first render and this effect (a link followed, or an
    // address typed, while the page was still starting): its hashchange came before anyone listened.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function App() {
  const hash = useHash();
  const route = routeOf(hash);
  const [lastStories, setLastStories] = useState('#/stories');
  // An article goes back to where it was opened from: the events, or a story.
  const [articleBack, setArticleBack] = useState({ href: '#/events', label: 'the events' });
  useEffect(() => {
    if (route.view === 'events') {
      setArticleBack({ href: hash || '#/events', label: 'the events' });
    }
    if (route.view === 'stories') setLastStories(hash || '#/stories');
    if (route.view === 'story') setArticleBack({ href: hash, label: 'the story' });
  }, [hash]);
  const title = TITLES[route.view];
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
          <a href="#/stories" aria-current={route.view === 'stories' || route.view === 'story' ? 'page' : undefined}>
            Stories
          </a>
          <a href="#/watches" aria-current={route.view === 'watches' ? 'page' : undefined}>
            Watches
          </a>
        </nav>
      </header>
      <main>
        {route.view === 'analyze' && <AnalyzeView />}
        {route.view === 'events' && <EventsView filters={route.filters} onFilters={(f) => (window.location.hash = `#/events?${filtersQuery(f)}`)} />}
        {route.view === 'article' && <ArticlePage id={route.id} event={route.event} backTo={articleBack.href} backLabel={articleBack.label} />}
        {route.view === 'stories' && <StoriesView filters={route.filters} onFilters={(f) => (window.location.hash = `#/stories?${filtersQuery(f)}`)} />}
        {route.view === 'story' && <StoryView id={route.id} backTo={lastStories} />}
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
