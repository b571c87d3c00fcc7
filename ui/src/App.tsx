import { useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../src/model/analysis.ts';
import { ApiFailure, adviceFor, analyzeArticle, type AnalyzeInput } from './api.ts';
import { AnalyzeForm } from './components/AnalyzeForm.tsx';
import { ArticleView } from './components/ArticleView.tsx';
import { EventList } from './components/EventList.tsx';
import { ActorList, PlaceList } from './components/EntityLists.tsx';
import { ProvenanceProvider, ProvenanceTip } from './components/Provenance.tsx';
import { SourcingBar } from './components/SourcingBar.tsx';
import { WorldMap, type MapPoint } from './components/WorldMap.tsx';
import { mentionProvenance, placeNotes } from './lib/provenance.ts';

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; failure: ApiFailure }
  | { status: 'done'; analysis: Analysis };

export function App() {
  const [state, setState] = useState<State>({ status: 'idle' });
  const pending = useRef<AbortController | null>(null);

  const run = async (input: AnalyzeInput) => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setState({ status: 'loading' });
    try {
      const analysis = await analyzeArticle(input, controller.signal);
      setState({ status: 'done', analysis });
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      setState({ status: 'error', failure: e instanceof ApiFailure ? e : new ApiFailure(0, 'E_UI', (e as Error).message) });
    }
  };

  return (
    <ProvenanceProvider>
      <a class="skip-link" href="#results">
        Skip to the results
      </a>
      <header class="top">
        <h1>Corroborate</h1>
        <p class="tagline">What happened, who says so, and how sure they are.</p>
      </header>
      <main>
        <section class="input-panel" aria-labelledby="input-heading">
          <h2 id="input-heading">Analyze an article</h2>
          <AnalyzeForm busy={state.status === 'loading'} onAnalyze={run} />
        </section>
        <section id="results" class="results" aria-labelledby="results-heading" aria-busy={state.status === 'loading'} tabIndex={-1}>
          <h2 id="results-heading" class="visually-hidden">
            Results
          </h2>
          <Results state={state} />
        </section>
      </main>
      <ProvenanceTip />
    </ProvenanceProvider>
  );
}

function Results({ state }: { state: State }) {
  switch (state.status) {
    case 'idle':
      return (
        <div class="state empty-state" role="status">
          <p>
            <strong>Nothing analysed yet.</strong> Paste an article above or upload a saved page, set the date it was published, and press <kbd>Analyze</kbd>.
          </p>
          <p>
            Claims are then highlighted by how sure they are, with who says so; hover or focus (<kbd>Tab</kbd>) any claim or event field to see the exact text and the rule behind it.
          </p>
        </div>
      );
    case 'loading':
      return (
        <div class="state loading-state" role="status">
          <span class="spinner" aria-hidden="true" /> Analysing the article…
        </div>
      );
    case 'error':
      return (
        <div class="state error-state" role="alert">
          <p>
            <strong>The article could not be analysed:</strong> {state.failure.message}
          </p>
          <p>{adviceFor(state.failure)}</p>
        </div>
      );
    case 'done':
      return <AnalysisView analysis={state.analysis} />;
  }
}

function AnalysisView({ analysis }: { analysis: Analysis }) {
  const points: MapPoint[] = analysis.places
    .filter((p) => p.lat !== null && p.lon !== null)
    .map((p) => ({
      id: p.id,
      lat: p.lat!,
      lon: p.lon!,
      label: `${p.name}${p.country ? `, ${p.country}` : ''} (${p.kind})`,
      country: p.country,
      precision: p.precision,
      provenance: p.mentions[0] ? mentionProvenance(analysis, 'place', p.id, p.name, p.mentions[0], placeNotes(p)) : undefined,
    }));
  return (
    <>
      <p class="visually-hidden" role="status">
        Analysis ready: {analysis.claims.length} claims, {analysis.events.length} events, {analysis.places.length} places.
      </p>
      <div class="analysis">
        <div class="main-column">
          <SourcingBar sourcing={analysis.sourcing} />
          <ArticleView analysis={analysis} />
        </div>
        <aside class="side-column" aria-label="Events, places and actors">
          <EventList analysis={analysis} />
          <section class="panel" aria-labelledby="map-heading">
            <h2 id="map-heading">Map</h2>
            <WorldMap points={points} label={`Map of the ${points.length} places in the article`} />
          </section>
          <PlaceList analysis={analysis} />
          <ActorList analysis={analysis} />
        </aside>
      </div>
    </>
  );
}
