// The Events view: the store's events with the CLI's filters, as a table, a timeline of events
// per day by type, and a map. Filters live in the address (#/events?type=...), so a view can be
// bookmarked and Back works. Pages come from the server a hundred at a time ("Load more").
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ApiFailure, fetchEvents, articleHref, fetchStoryLinks, storyHref, type EventFilters, type StoredEventOut, type StoryLinkOut } from '../api.ts';
import { InterventionBadge } from '../components/InterventionBadge.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { WorldMap } from '../components/WorldMap.tsx';
import { eventPoints } from '../lib/event-points.ts';
import { describeCounts, describeDate, humanType } from '../lib/labels.ts';
import { timelineOf } from '../lib/timeline.ts';
import { ListStates, LoadMore } from '../components/States.tsx';
import { FilterForm, type FilterField } from '../components/FilterForm.tsx';
import { filtersFromQuery as pagedFiltersFromQuery, usePagedList } from '../lib/paged-list.ts';

const FILTER_KEYS = ['actor', 'type', 'since', 'until', 'near', 'within', 'country', 'minSources', 'intervention'] as const;

const FIELDS: Array<FilterField<(typeof FILTER_KEYS)[number]>> = [
  { key: 'actor', label: 'Actor', hint: 'a name or alias: TTP, Afghan Taliban', placeholder: 'any actor' },
  { key: 'type', label: 'Type', hint: '', input: 'type' },
  { key: 'since', label: 'Since', hint: 'on or after this day', input: 'date' },
  { key: 'until', label: 'Until', hint: 'on or before this day', input: 'date' },
  { key: 'near', label: 'Near', hint: 'a place name: Peshawar', placeholder: 'anywhere' },
  { key: 'within', label: 'Within', hint: 'of that place: 50km, 30mi', placeholder: '50km' },
  { key: 'country', label: 'Country', hint: 'a name or ISO code: PK', placeholder: 'any country' },
  { key: 'minSources', label: 'Independent sources', hint: 'of its story, at least this many', input: 'number', placeholder: 'any' },
  {
    key: 'intervention',
    label: 'Protests',
    hint: 'broken up by force (tear gas, batons) or not',
    choices: [
      { value: '', label: 'any event' },
      { value: 'true', label: 'with intervention' },
      { value: 'false', label: 'without intervention' },
    ],
  },
];

type Panel = 'table' | 'timeline' | 'map';
const PANELS: Array<{ id: Panel; label: string }> = [
  { id: 'table', label: 'Table' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'map', label: 'Map' },
];

export function filtersFromQuery(query: string): EventFilters {
  return pagedFiltersFromQuery(FILTER_KEYS, query);
}

const fetchEventsPage = (f: EventFilters, cursor: string | null, signal?: AbortSignal) =>
  fetchEvents(f, cursor, signal).then((page) => ({ items: page.events, nextCursor: page.nextCursor }));

export function EventsView({ filters, onFilters }: { filters: EventFilters; onFilters: (f: EventFilters) => void }) {
  const { state, apply, loadMore } = usePagedList(filters, onFilters, fetchEventsPage);
  const [panel, setPanel] = useState<Panel>('table');

  const active = FILTER_KEYS.some((k) => filters[k]);
  return (
    <>
      <section class="input-panel" aria-labelledby="filters-heading">
        <h2 id="filters-heading">Events in the store</h2>
        <FilterForm idPrefix="filter" fields={FIELDS} filters={filters} onApply={apply} submitLabel="Show events" />
      </section>
      <section id="results" class="results" aria-labelledby="events-results-heading" aria-busy={state.status === 'loading'} tabIndex={-1}>
        <h2 id="events-results-heading" class="visually-hidden">
          Events found
        </h2>
        <ListStates state={state} noun="events" filtered={active} advice="Widen the dates, drop a filter" onClear={() => apply({})}>
          <p>
            <strong>No events stored yet.</strong> Ingest articles with <code>corroborate ingest</code> or <code>POST /v1/articles</code>, then come back here.
          </p>
          <p>
            For example: <code>npx corroborate ingest articles/ --db corroborate.db</code>, or paste a single article in{' '}
            <a href="#/analyze">Analyze</a> to see what would be found without storing it.
          </p>
        </ListStates>
        {state.status === 'done' && state.items.length > 0 && (
          <Results events={state.items} panel={panel} setPanel={setPanel} nextCursor={state.nextCursor} more={state.more} onMore={loadMore} />
        )}
      </section>
    </>
  );
}

function Results({
  events,
  panel,
  setPanel,
  nextCursor,
  more,
  onMore,
}: {
  events: StoredEventOut[];
  panel: Panel;
  setPanel: (p: Panel) => void;
  nextCursor: string | null;
  more: 'idle' | 'loading' | ApiFailure;
  onMore: () => void;
}) {
  const timeline = useMemo(() => timelineOf(events), [events]);
  const points = useMemo(() => eventPoints(events), [events]);
  const onTabKey = (e: KeyboardEvent) => {
    const i = PANELS.findIndex((p) => p.id === panel);
    const next = e.key === 'ArrowRight' ? (i + 1) % PANELS.length : e.key === 'ArrowLeft' ? (i + PANELS.length - 1) % PANELS.length : -1;
    if (next < 0) return;
    e.preventDefault();
    setPanel(PANELS[next].id);
    document.getElementById(`tab-${PANELS[next].id}`)?.focus();
  };
  return (
    <>
      <p role="status" class="events-summary">
        {events.length} event{events.length === 1 ? '' : 's'} shown{nextCursor ? ', more in the store' : ''}. The timeline and the map show the events loaded so far.
      </p>
      <div class="tabs" role="tablist" aria-label="Show the events as">
        {PANELS.map((p) => (
          <button
            key={p.id}
            id={`tab-${p.id}`}
            type="button"
            role="tab"
            class="tab"
            aria-selected={panel === p.id}
            aria-controls={`panel-${p.id}`}
            tabIndex={panel === p.id ? 0 : -1}
            onClick={() => setPanel(p.id)}
            onKeyDown={onTabKey}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div id={`panel-${panel}`} role="tabpanel" aria-labelledby={`tab-${panel}`} class="tab-panel">
        {panel === 'table' && <EventTable events={events} />}
        {panel === 'timeline' && <Timeline data={timeline} />}
        {panel === 'map' && <WorldMap points={points} label={`Map of the ${points.length} places of the events shown, sized by their counts`} />}
      </div>
      {nextCursor && <LoadMore noun="events" more={more} onMore={onMore} />}
    </>
  );
}

/** The story of each event shown (`articleId#eventId` → story id); null while loading, 'error' when it failed. */
function useStoryOfEvents(events: StoredEventOut[]): Map<string, StoryLinkOut> | 'error' | null {
  const [links, setLinks] = useState<Map<string, StoryLinkOut> | 'error' | null>(null);
  const articles = useMemo(() => [...new Set(events.map((e) => e.article.id))], [events]);
  useEffect(() => {
    const controller = new AbortController();
    fetchStoryLinks(articles, controller.signal).then(
      (found) => setLinks(new Map(found.filter((l) => l.eventId).map((l) => [`${l.articleId}#${l.eventId}`, l]))),
      (e) => {
        if ((e as Error).name !== 'AbortError') setLinks('error');
      },
    );
    return () => controller.abort();
  }, [articles.join(',')]);
  return links;
}

function EventTable({ events }: { events: StoredEventOut[] }) {
  const stories = useStoryOfEvents(events);
  return (
    <div class="table-wrap">
      <table class="event-table">
        <caption class="visually-hidden">Events, by date</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col">Counts</th>
            <th scope="col">Actors</th>
            <th scope="col">Place</th>
            <th scope="col">Claim</th>
            <th scope="col">Article</th>
            <th scope="col">Story</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} data-event={e.id} data-type={e.type}>
              <td>{e.date ? describeDate(e.date) : <span class="muted" title="the article gives no date: its publication date">{e.eventDate ?? 'unknown'} (published)</span>}</td>
              <td>
                {humanType(e.type)}
                {e.intervention && (
                  <>
                    {' '}
                    <InterventionBadge cue={e.intervention} />
                  </>
                )}
              </td>
              <td class="counts">{e.counts.length === 0 ? <span class="muted">none</span> : describeCounts(e.counts)}</td>
              <td>{e.actors.length === 0 ? <span class="muted">none</span> : e.actors.map((a) => `${a.actor}${a.role === 'agent' ? '' : ` (${a.role})`}`).join(', ')}</td>
              <td>
                {e.place ? (
                  <>
                    {e.place.name}
                    {e.place.country ? `, ${e.place.country}` : ''} <span class="muted">(precision {e.place.precision ?? '-'})</span>
                  </>
                ) : (
                  <span class="muted">not given</span>
                )}
              </td>
              <td>
                {e.claim.certainty && <span class={`cert-label cert-${e.claim.certainty}`}>{e.claim.certainty}</span>}
                {e.claim.attribution && <span class={`badge attr-${e.claim.attribution}`}>{e.claim.attribution === 'unattributed' ? 'none' : e.claim.attribution}</span>}
              </td>
              <td>
                <a href={articleHref(e.article.id, eventIdOf(e))} class="article-link">
                  {e.article.title ?? e.article.source ?? e.article.id}
                </a>
                <span class="muted">{[e.article.source, e.article.published].filter(Boolean).length > 0 ? ` · ${[e.article.source, e.article.published].filter(Boolean).join(' · ')}` : ''}</span>
              </td>
              <td>
                <StoryCell stories={stories} event={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The event's id within its article ("e1"): the API's id is "<article id>:<event id>". */
function eventIdOf(e: StoredEventOut): string {
  return e.id.startsWith(`${e.article.id}:`) ? e.id.slice(e.article.id.length + 1) : e.id;
}

function StoryCell({ stories, event: e }: { stories: Map<string, StoryLinkOut> | 'error' | null; event: StoredEventOut }) {
  if (stories === null) return <span class="muted">…</span>;
  if (stories === 'error') return <span class="muted" title="the stories could not be loaded; press Show events to try again">unknown</span>;
  const link = stories.get(`${e.article.id}#${eventIdOf(e)}`);
  if (!link) return <span class="muted">none yet</span>;
  const n = link.independentSources;
  return (
    <>
      <a href={storyHref(link.storyId)} class="story-link" aria-label={`Story of this ${humanType(e.type).toLowerCase()} (${e.article.source ?? e.article.id})`}>
        Story
      </a>
      <span class="muted story-sources">
        {' '}
        · {n} source{n === 1 ? '' : 's'}
      </span>
    </>
  );
}
