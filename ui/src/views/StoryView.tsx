// One story (#/stories/<id>): the reports of one event side by side, how many independent
// sources they are and why, and every figure they disagree on with the reports that say each
// value, linked to the exact sentence in the stored article. Article text is shown as text only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { asFailure, type ApiFailure, articleHref, fetchStory, type StatementOut, type StoryOut, type StoryReportOut } from '../api.ts';
import { describeCountIn, humanType } from '../lib/labels.ts';
import { describeValue, disputedFields, fieldLabel, markIn, sourceGroups } from '../lib/story.ts';
import { LoadingState, FailureState } from '../components/States.tsx';

type State = { status: 'loading' } | { status: 'error'; failure: ApiFailure } | { status: 'done'; story: StoryOut };

export function StoryView({ id, backTo }: { id: string; backTo: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchStory(id, controller.signal).then(
      (story) => setState({ status: 'done', story }),
      (e) => {
        if ((e as Error).name !== 'AbortError') setState({ status: 'error', failure: asFailure(e) });
      },
    );
    return () => controller.abort();
  }, [id, tick]);
  useEffect(() => {
    if (state.status === 'done') heading.current?.focus();
  }, [state.status]);

  return (
    <section id="results" class="results story" aria-labelledby="story-heading" aria-busy={state.status === 'loading'}>
      <p>
        <a href={backTo}>← Back to the stories</a>
      </p>
      <h2 id="story-heading" ref={heading} tabIndex={-1}>
        {state.status === 'done' && state.story.title ? state.story.title : 'Story'} <code class="story-id">{id}</code>
      </h2>
      {state.status === 'loading' && (
        <LoadingState label="Loading the story…" />
      )}
      {state.status === 'error' && (
        <FailureState what="The story could not be loaded" failure={state.failure}>
          {state.failure.status === 0 || state.failure.status >= 500 ? (
            <p>
              <button type="button" class="link-button" onClick={() => setTick((t) => t + 1)}>
                Try again
              </button>
            </p>
          ) : (
            <p>
              Story ids look like <code>story:art-0123456789abcdef#e1</code>; <a href="#/stories">list the stories</a> to find one.
            </p>
          )}
        </FailureState>
      )}
      {state.status === 'done' && <StoryBody story={state.story} />}
    </section>
  );
}

function StoryBody({ story }: { story: StoryOut }) {
  const byId = new Map(story.reportsSideBySide.map((r) => [r.articleId, r]));
  const first = byId.get(story.firstArticle);
  const latest = byId.get(story.latestArticle);
  return (
    <>
      <dl class="story-facts">
        <dt>Days</dt>
        <dd>{story.firstDay === story.lastDay ? story.firstDay : `${story.firstDay} to ${story.lastDay}`}</dd>
        <dt>What</dt>
        <dd>{story.types.length > 0 ? story.types.map(humanType).join(', ') : <span class="muted">no event type (reports without events)</span>}</dd>
        <dt>Where</dt>
        <dd>{story.places.length > 0 ? story.places.map((p) => `${p.name}${p.country && p.kind !== 'country' ? `, ${p.country}` : ''}`).join('; ') : <span class="muted">not given</span>}</dd>
        <dt>First report</dt>
        <dd>
          <ReportRef report={first} articleId={story.firstArticle} published={story.firstPublished} />
        </dd>
        <dt>Latest report</dt>
        <dd>
          <ReportRef report={latest} articleId={story.latestArticle} published={story.latestPublished} />
        </dd>
      </dl>
      <Sources story={story} />
      <Contradictions story={story} />
      <Reports story={story} />
    </>
  );
}

function ReportRef({ report, articleId, published }: { report: StoryReportOut | undefined; articleId: string; published: string }) {
  return (
    <>
      <a href={articleHref(articleId)}>{report?.title ?? articleId}</a>
      <span class="muted"> · {report?.publisher ?? 'unknown publisher'} · {published}</span>
    </>
  );
}

function Sources({ story }: { story: StoryOut }) {
  const groups = sourceGroups(story.reportsSideBySide);
  const n = story.independentSources;
  return (
    <section class="panel sources-panel" aria-labelledby="sources-heading">
      <h3 id="sources-heading">
        <span class="source-count">{n}</span> independent source{n === 1 ? '' : 's'} <span class="count">from {story.reports} report{story.reports === 1 ? '' : 's'}</span>
      </h3>
      <p class="hint">
        Syndicated copies count once: a report that is a near-duplicate of another (the same text, lightly rewritten or re-run by another outlet) adds no independent
        confirmation, and neither do several reports from one publisher.
      </p>
      <ol class="source-groups">
        {groups.map((g, i) => (
          <li key={i}>
            {g.reports.map((r, k) => (
              <span key={r.articleId}>
                {k > 0 && ' + '}
                <a href={articleHref(r.articleId)}>{r.publisher}</a> <span class="muted">({r.published})</span>
              </span>
            ))}
            {g.why.length > 0 && (
              <span class="muted">
                {' '}
                — one source: {g.why.map((w) => (w === 'copy' ? 'copies of one report' : 'one publisher')).join(' and ')}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Contradictions({ story }: { story: StoryOut }) {
  if (story.contradictions.length === 0) {
    return (
      <section class="panel" aria-labelledby="contradictions-heading">
        <h3 id="contradictions-heading">Contradictions</h3>
        <p class="empty">
          The reports do not disagree on counts, place or date{story.reports < 2 ? ' (there is only one report so far; others may follow as articles are ingested)' : ''}.
        </p>
      </section>
    );
  }
  return (
    <section class="panel contradictions" aria-labelledby="contradictions-heading">
      <h3 id="contradictions-heading">
        Contradictions <span class="count">{story.contradictions.length}</span>
      </h3>
      <p class="hint">Every differing value is kept with the reports that give it; none is averaged or chosen. Each publisher links to the sentence in its article.</p>
      <ul class="contradiction-list">
        {story.contradictions.map((c) => (
          <li key={c.field} class="contradiction" data-field={c.field}>
            <strong>{fieldLabel(c.field)}:</strong>{' '}
            {c.values.map((v, i) => (
              <span key={v.value} class="contradiction-value">
                {i > 0 && <span class="versus"> vs </span>}
                <mark class="disputed">{describeValue(v.value)}</mark> (
                {v.statedBy.map((s, k) => (
                  <span key={s.articleId}>
                    {k > 0 && ', '}
                    <a href={articleHref(s.articleId, s.eventId)} title={s.sentence ?? undefined}>
                      {s.publisher}
                    </a>
                    {s.toldBy && <span class="teller"> per {s.toldBy}</span>}
                  </span>
                ))}
                )
              </span>
            ))}
            <ul class="quotes">
              {c.values.flatMap((v) => v.statedBy.map((s) => <Quote key={`${v.value}-${s.articleId}`} value={v.value} s={s} />))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Quote({ value, s }: { value: string; s: StatementOut }) {
  const cut = s.sentence ? markIn(s.sentence, s.text) : null;
  return (
    <li>
      <span class="muted">{describeValue(value)}:</span>{' '}
      <q>
        {cut ? (
          <>
            {cut.before}
            <mark class="disputed">{cut.marked}</mark>
            {cut.after}
          </>
        ) : (
          (s.sentence ?? s.text)
        )}
      </q>{' '}
      — <a href={articleHref(s.articleId, s.eventId)}>{s.publisher}, {s.published}</a>
      {s.toldBy && <span class="teller">, the figure {s.toldBy} gave</span>}
    </li>
  );
}

function Reports({ story }: { story: StoryOut }) {
  const disputed = disputedFields(story);
  const byId = new Map(story.reportsSideBySide.map((r) => [r.articleId, r]));
  return (
    <section aria-labelledby="reports-heading">
      <h3 id="reports-heading">
        Reports side by side <span class="count">{story.reportsSideBySide.length}</span>
      </h3>
      <ol class="report-cards">
        {story.reportsSideBySide.map((r) => {
          const fields = disputed.get(r.articleId) ?? new Set<string>();
          const copyOf = r.nearDupOf ? byId.get(r.nearDupOf) : undefined;
          return (
            <li key={r.articleId} class="report-card" data-article={r.articleId}>
              <h4>
                <a href={articleHref(r.articleId, r.units[0]?.eventId)}>{r.publisher}</a>
              </h4>
              <p class="report-meta">
                {r.published}
                {r.title && (
                  <>
                    {' · '}
                    <span class="report-title">{r.title}</span>
                  </>
                )}
              </p>
              {r.nearDupOf && (
                <p class="copy-note">
                  <span class="badge copy-badge">copy</span> a near-duplicate of{' '}
                  <a href={articleHref(r.nearDupOf)}>{copyOf ? `${copyOf.publisher} (${copyOf.published})` : r.nearDupOf}</a>: not counted as a source of its own.
                </p>
              )}
              {r.units.map((u) => (
                <div key={u.key} class="report-unit">
                  <p class="unit-head">
                    <strong>{u.type ? humanType(u.type) : 'The report as a whole'}</strong>
                    <span class={fields.has('date') ? 'disputed-field' : undefined}>
                      {' '}
                      · {u.day}
                      {fields.has('date') && ' (disputed)'}
                    </span>
                    {u.place && (
                      <span class={fields.has('place') ? 'disputed-field' : undefined}>
                        {' '}
                        · {u.place}
                        {fields.has('place') && ' (disputed)'}
                      </span>
                    )}
                  </p>
                  {u.counts.length > 0 && (
                    <ul class="unit-counts">
                      {u.counts.map((c, i) => (
                        <li key={i} class={fields.has(c.kind) ? 'disputed-field' : undefined}>
                          {describeCountIn(u.counts, c)}
                          {fields.has(c.kind) && <span class="disputed-label"> (disputed)</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                  {u.text && <blockquote class="unit-text">{u.text}</blockquote>}
                  <p class="unit-how muted">{u.how === 'started' ? 'Opened the story.' : `Joined it (match score ${u.score === null ? '–' : u.score.toFixed(2)}).`}</p>
                </div>
              ))}
              <p>
                <a href={articleHref(r.articleId, r.units[0]?.eventId)} class="open-article">
                  Open the article
                </a>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
