// The stories list (#/stories?since=…&minSources=2): the filters of `corroborate stories`, a
// table of stories with their independent sources and contradictions, fifty at a time.
import { fetchStories, storyHref, type StoryFilters, type StorySummaryOut } from '../api.ts';
import { humanType } from '../lib/labels.ts';
import { describeValue, fieldLabel } from '../lib/story.ts';
import { ListStates, LoadMore } from '../components/States.tsx';
import { FilterForm, type FilterField } from '../components/FilterForm.tsx';
import { filtersFromQuery, usePagedList } from '../lib/paged-list.ts';

const FILTER_KEYS = ['since', 'until', 'country', 'type', 'minSources'] as const;

const FIELDS: Array<FilterField<(typeof FILTER_KEYS)[number]>> = [
  { key: 'since', label: 'Since', hint: 'last day on or after', input: 'date' },
  { key: 'until', label: 'Until', hint: 'first day on or before', input: 'date' },
  { key: 'country', label: 'Country', hint: 'a name or ISO code: PK', placeholder: 'any country' },
  { key: 'type', label: 'Type', hint: '', input: 'type' },
  { key: 'minSources', label: 'Independent sources', hint: 'at least this many', input: 'number', placeholder: 'any' },
];

export function storyFiltersFromQuery(query: string): StoryFilters {
  return filtersFromQuery(FILTER_KEYS, query);
}

const fetchStoriesPage = (f: StoryFilters, cursor: string | null, signal?: AbortSignal) =>
  fetchStories(f, cursor, signal).then((page) => ({ items: page.stories, nextCursor: page.nextCursor }));

export function StoriesView({ filters, onFilters }: { filters: StoryFilters; onFilters: (f: StoryFilters) => void }) {
  const { state, apply, loadMore } = usePagedList(filters, onFilters, fetchStoriesPage);

  const active = FILTER_KEYS.some((k) => filters[k]);
  return (
    <>
      <section class="input-panel" aria-labelledby="story-filters-heading">
        <h2 id="story-filters-heading">Stories in the store</h2>
        <p class="hint">A story is the reports of one real event from several articles. Open one to see its reports side by side and where they disagree.</p>
        <FilterForm idPrefix="story-filter" fields={FIELDS} filters={filters} onApply={apply} submitLabel="Show stories" />
      </section>
      <section id="results" class="results" aria-labelledby="stories-results-heading" aria-busy={state.status === 'loading'} tabIndex={-1}>
        <h2 id="stories-results-heading" class="visually-hidden">
          Stories found
        </h2>
        <ListStates state={state} noun="stories" filtered={active} advice="Widen the dates, lower the minimum of sources" onClear={() => apply({})}>
          <p>
            <strong>No stories yet.</strong> Stories form as articles are stored: ingest some with <code>corroborate ingest</code> or <code>POST /v1/articles</code>, then come
            back here.
          </p>
        </ListStates>
        {state.status === 'done' && state.items.length > 0 && (
          <>
            <p role="status" class="events-summary">
              {state.items.length} stor{state.items.length === 1 ? 'y' : 'ies'} shown{state.nextCursor ? ', more in the store' : ''}.
            </p>
            <StoryTable stories={state.items} />
            {state.nextCursor && <LoadMore noun="stories" more={state.more} onMore={loadMore} />}
          </>
        )}
      </section>
    </>
  );
}

function StoryTable({ stories }: { stories: StorySummaryOut[] }) {
  return (
    <div class="table-wrap">
      <table class="event-table story-table">
        <caption class="visually-hidden">Stories, by first day</caption>
        <thead>
          <tr>
            <th scope="col">Days</th>
            <th scope="col">Story</th>
            <th scope="col">Type</th>
            <th scope="col">Place</th>
            <th scope="col">Reports</th>
            <th scope="col">Independent sources</th>
            <th scope="col">Contradictions</th>
          </tr>
        </thead>
        <tbody>
          {stories.map((s) => (
            <tr key={s.id} data-story={s.id}>
              <td>{s.firstDay === s.lastDay ? s.firstDay : `${s.firstDay} to ${s.lastDay}`}</td>
              <td>
                <a href={storyHref(s.id)} class="story-link">
                  {s.title ?? `${s.publishers[0] ?? 'Story'}, ${s.firstPublished}`}
                </a>
                <span class="muted"> · {s.publishers.join(', ')}</span>
              </td>
              <td>{s.types.length > 0 ? s.types.map(humanType).join(', ') : <span class="muted">none</span>}</td>
              <td>{s.places.filter((p) => p.kind !== 'country').map((p) => p.name).slice(0, 2).join('; ') || s.countries.join(', ') || <span class="muted">not given</span>}</td>
              <td>{s.reports}</td>
              <td>{s.independentSources}</td>
              <td>
                {s.contradictions.length === 0 ? (
                  <span class="muted">none</span>
                ) : (
                  s.contradictions.map((c) => (
                    <span key={c.field} class="disputed-field">
                      {fieldLabel(c.field)}: {c.values.map((v) => describeValue(v.value)).join(' vs ')}{' '}
                    </span>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
