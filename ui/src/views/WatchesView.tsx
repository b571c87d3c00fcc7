// The Watches view: create a watch rule, list and delete rules, and see alerts arrive live from
// /v1/alerts/stream (EventSource, which reconnects by itself and resumes with Last-Event-ID).
// Creating and deleting need the server's API token: typed once into the token field, kept in
// sessionStorage for this tab (watch-api.ts). Alert text (titles, publishers) comes from
// articles and is rendered as text only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, adviceFor, asFailure, storyHref } from '../api.ts';
import { humanType } from '../lib/labels.ts';
import { TypeSelect } from '../components/TypeSelect.tsx';
import { createWatch, deleteWatch, listAlerts, listWatches, saveToken, savedToken, type AlertOut, type WatchInput, type WatchOut } from '../watch-api.ts';
import { LoadingState, FailureState } from '../components/States.tsx';

const CERTAINTIES = ['asserted', 'hedged', 'predicted', 'speculative', 'denied'] as const;
const RECENT = 20;

type Draft = {
  name: string;
  actors: string;
  type: string;
  near: string;
  within: string;
  countKind: string;
  countMin: string;
  minSources: string;
  certainty: string[];
  webhook: string;
};

const EMPTY: Draft = { name: '', actors: '', type: '', near: '', within: '', countKind: '', countMin: '', minSources: '', certainty: [], webhook: '' };

type Live = 'connecting' | 'open' | 'retrying';

export function WatchesView() {
  const [token, setToken] = useState(savedToken());
  const [watches, setWatches] = useState<WatchOut[] | null>(null);
  const [listError, setListError] = useState<ApiFailure | null>(null);
  const [alerts, setAlerts] = useState<AlertOut[]>([]);
  const [live, setLive] = useState<Live>('connecting');
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () =>
    listWatches().then(
      (r) => {
        setWatches(r.watches);
        setListError(null);
      },
      (e) => setListError(asFailure(e)),
    );

  useEffect(() => {
    refresh();
  }, []);

  // Recent alerts, then the stream from the newest one shown: nothing falls between the two.
  useEffect(() => {
    let source: EventSource | null = null;
    let stopped = false;
    listAlerts(RECENT).then(
      (r) => {
        if (stopped) return;
        setAlerts(r.alerts);
        const after = r.alerts.length > 0 ? r.alerts[0].seq : null;
        source = new EventSource(`/v1/alerts/stream${after !== null ? `?after=${after}` : ''}`);
        source.onopen = () => setLive('open');
        source.onerror = () => setLive('retrying');
        source.addEventListener('alert', (ev) => {
          const alert = JSON.parse((ev as MessageEvent<string>).data) as AlertOut;
          setAlerts((prev) => (prev.some((a) => a.id === alert.id) ? prev : [alert, ...prev].slice(0, 200)));
        });
      },
      (e) => {
        if (!stopped) setListError(asFailure(e));
      },
    );
    return () => {
      stopped = true;
      source?.close();
    };
  }, []);

  const remove = async (w: WatchOut) => {
    setNotice(null);
    try {
      await deleteWatch(w.id, token);
      setNotice(`Deleted the watch "${w.name}".`);
      await refresh();
    } catch (e) {
      const f = asFailure(e);
      setNotice(`The watch could not be deleted: ${f.message}. ${tokenAdvice(f)}`);
    }
  };

  return (
    <>
      <section class="input-panel" aria-labelledby="watch-form-heading">
        <h2 id="watch-form-heading">New watch</h2>
        <TokenField
          token={token}
          onToken={(t) => {
            setToken(t);
            saveToken(t);
          }}
        />
        <WatchForm
          token={token}
          onCreated={(w) => {
            setNotice(`Created the watch "${w.name}": ${w.description}.`);
            refresh();
          }}
        />
      </section>
      <section id="results" class="results watches-results" tabIndex={-1} aria-labelledby="watches-heading">
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        <div class="watches-columns">
          <div>
            <h2 id="watches-heading">Watches</h2>
            {listError && (
              <FailureState what="The watches could not be loaded" failure={listError} />
            )}
            {watches === null && !listError && (
              <LoadingState label="Loading watches…" />
            )}
            {watches !== null && watches.length === 0 && (
              <div class="state empty-state" role="status">
                <p>
                  <strong>No watches yet.</strong> Create one with the form above: for example name it “Releases by the Afghan Taliban”, with actor “Afghan Taliban” and
                  type “Prisoner release”.
                </p>
                <p>
                  Or from a terminal: <code>corroborate watch add --name NAME --actor "Afghan Taliban" --type prisoner-release</code>.
                </p>
              </div>
            )}
            {watches !== null && watches.length > 0 && (
              <ul class="watch-list">
                {watches.map((w) => (
                  <li key={w.id} class="watch" data-watch={w.id}>
                    <div>
                      <strong class="watch-name">{w.name}</strong>
                      <p class="watch-rule">{w.description}</p>
                      {w.webhook && <p class="hint">webhook: {w.webhook}</p>}
                    </div>
                    <button type="button" class="secondary" aria-label={`Delete the watch ${w.name}`} onClick={() => remove(w)}>
                      Delete
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h2 id="alerts-heading">
              Alerts <span class={`live live-${live}`}>{live === 'open' ? 'live' : live === 'connecting' ? 'connecting…' : 'reconnecting…'}</span>
            </h2>
            <div aria-live="polite" aria-labelledby="alerts-heading">
              {alerts.length === 0 ? (
                <div class="state empty-state alerts-empty">
                  <p>
                    <strong>No alerts yet.</strong> They appear here as they happen, when <code>corroborate ingest</code>, a worker or <code>POST /v1/articles</code> stores a
                    report that creates or updates a story one of your watches matches.
                  </p>
                </div>
              ) : (
                <ol class="alert-list">
                  {alerts.map((a) => (
                    <AlertItem key={a.id} alert={a} />
                  ))}
                </ol>
              )}
            </div>
          </div>
        </div>
      </section>
    </>
  );
}

function AlertItem({ alert }: { alert: AlertOut }) {
  const d = alert.detail;
  const counts = d.event.counts.map((c) => `${c.value.toLocaleString('en-US')} ${c.kind.replace(/-/g, ' ')}`).join(', ');
  return (
    <li class="alert" data-alert={alert.id}>
      <p class="alert-head">
        <span class="alert-watch">{d.watch.name}</span> <span class="muted">{alert.createdAt.slice(0, 16).replace('T', ' ')} UTC</span>
      </p>
      <p class="alert-title">
        <a href={storyHref(alert.storyId)}>{d.article.title ?? 'Untitled report'}</a>
      </p>
      <p class="alert-meta">
        {d.article.source ?? 'unknown publisher'}
        {d.article.published ? `, ${d.article.published}` : ''} · {humanType(d.event.type)}
        {d.event.place ? ` in ${d.event.place}` : ''}
        {counts ? ` · ${counts}` : ''}
        {d.event.certainty ? ` · ${d.event.certainty}` : ''}
      </p>
      <p class="alert-story">
        Story: {d.story.reports} report{d.story.reports === 1 ? '' : 's'}, {d.story.independentSources} independent source{d.story.independentSources === 1 ? '' : 's'}
        {d.story.contradictions > 0 ? `, ${d.story.contradictions} contradiction${d.story.contradictions === 1 ? '' : 's'}` : ''}
      </p>
    </li>
  );
}

function TokenField({ token, onToken }: { token: string; onToken: (t: string) => void }) {
  const [draft, setDraft] = useState(token);
  return (
    <form
      class="token-form"
      onSubmit={(e) => {
        e.preventDefault();
        onToken(draft.trim());
      }}
    >
      <label for="api-token">API token</label>
      <input id="api-token" type="password" autocomplete="off" value={draft} aria-describedby="api-token-hint" onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
      <button type="submit" class="secondary">
        {token ? 'Update token' : 'Use token'}
      </button>{' '}
      {token && (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setDraft('');
            onToken('');
          }}
        >
          Forget token
        </button>
      )}
      <span id="api-token-hint" class="hint">
        {token ? 'A token is set for this tab. ' : 'No token set. '}
        Creating and deleting watches need the server's CORROBORATE_TOKEN; it is kept in this tab only (sessionStorage) and sent only to this server.
      </span>
    </form>
  );
}

function WatchForm({ token, onCreated }: { token: string; onCreated: (w: WatchOut) => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<{ message: string; advice: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const set = (k: keyof Draft) => (e: Event) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const built = inputOf(draft);
    if (typeof built === 'string') {
      setError({ message: built, advice: 'Correct the field and create the watch again.' });
      return;
    }
    setBusy(true);
    try {
      const w = await createWatch(built, token);
      setDraft(EMPTY);
      onCreated(w);
      nameRef.current?.focus();
    } catch (err) {
      const f = asFailure(err);
      setError({ message: f.message, advice: tokenAdvice(f) });
    } finally {
      setBusy(false);
    }
  };

  const field = (k: keyof Draft, label: string, hint: string, placeholder = '', type: 'text' | 'number' | 'url' = 'text') => (
    <div class="filter">
      <label for={`watch-${k}`}>{label}</label>
      <input id={`watch-${k}`} name={k} type={type as "text"} value={draft[k] as string} placeholder={placeholder} aria-describedby={`watch-${k}-hint`} onInput={set(k)} />
      <span id={`watch-${k}-hint`} class="hint">
        {hint}
      </span>
    </div>
  );

  return (
    <form class="watch-form" onSubmit={submit} aria-describedby={error ? 'watch-error' : undefined} noValidate>
      <div class="filter-grid">
        <div class="filter">
          <label for="watch-name">Name</label>
          <input id="watch-name" name="name" ref={nameRef} required value={draft.name} aria-invalid={error?.message.startsWith('Name') ? true : undefined} onInput={set('name')} />
          <span class="hint">what the alerts will be called</span>
        </div>
        {field('actors', 'Actors', 'names or aliases, comma-separated: Afghan Taliban, TTP', 'any actor')}
        <div class="filter">
          <label for="watch-type">Type</label>
          <TypeSelect id="watch-type" value={draft.type} onChange={(type) => setDraft({ ...draft, type })} />
          <span class="hint">the kind of event</span>
        </div>
        {field('near', 'Near', 'a place name: Peshawar', 'anywhere')}
        {field('within', 'Within', 'of that place: 50km (default), 30mi', '50km')}
        {field('countKind', 'Count kind', 'killed, released, kidnapped…', 'none')}
        {field('countMin', 'At least', 'the smallest count that alerts', '', 'number')}
        {field('minSources', 'Independent sources', 'at least this many outlets', '1', 'number')}
        {field('webhook', 'Webhook URL', 'optional: alerts are POSTed here as JSON', 'https://…', 'url')}
      </div>
      <fieldset class="certainty-choice">
        <legend>Certainty (none ticked: any)</legend>
        {CERTAINTIES.map((c) => (
          <label key={c} class="check">
            <input
              type="checkbox"
              name="certainty"
              value={c}
              checked={draft.certainty.includes(c)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                setDraft({ ...draft, certainty: on ? [...draft.certainty, c] : draft.certainty.filter((x) => x !== c) });
              }}
            />{' '}
            {c}
          </label>
        ))}
      </fieldset>
      {error && (
        <div id="watch-error" class="state error-state" role="alert">
          <p>
            <strong>The watch was not created:</strong> {error.message}
          </p>
          <p>{error.advice}</p>
        </div>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create watch'}
      </button>
    </form>
  );
}

/** The request body, or what is wrong with the form. */
function inputOf(d: Draft): WatchInput | string {
  if (d.name.trim() === '') return 'Name: give the watch a name.';
  const input: WatchInput = { name: d.name.trim() };
  const actors = d.actors.split(',').map((s) => s.trim()).filter(Boolean);
  if (actors.length > 0) input.actors = actors;
  if (d.type) input.types = [d.type];
  if (d.within.trim() && !d.near.trim()) return 'Within: give a place in Near as well.';
  if (d.near.trim()) input.near = { place: d.near.trim(), ...(d.within.trim() ? { within: d.within.trim() } : {}) };
  if (d.countKind.trim() || d.countMin.trim()) {
    const min = Number(d.countMin);
    if (!d.countKind.trim()) return 'Count kind: say what is counted (for example released) for the minimum.';
    if (!Number.isInteger(min) || min < 1) return 'At least: a whole number of 1 or more.';
    input.minCounts = [{ kind: d.countKind.trim().toLowerCase(), min }];
  }
  if (d.minSources.trim()) {
    const n = Number(d.minSources);
    if (!Number.isInteger(n) || n < 1) return 'Independent sources: a whole number of 1 or more.';
    input.minSources = n;
  }
  if (d.certainty.length > 0) input.certainty = d.certainty;
  if (d.webhook.trim()) input.webhook = d.webhook.trim();
  return input;
}

function tokenAdvice(f: ApiFailure): string {
  if (f.code === 'E_UNAUTHORIZED') return 'Enter the server’s API token (CORROBORATE_TOKEN) in the token field above, then try again.';
  if (f.code === 'E_WRITES_DISABLED') return 'The server takes no writes: start it with CORROBORATE_TOKEN set (or --allow-unauthenticated-writes for local use).';
  return adviceFor(f);
}
