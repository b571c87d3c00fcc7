// The Analyze view: paste or upload an article, see what it says, who says so and how sure.
import { useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../../src/model/analysis.ts';
import { asFailure, type ApiFailure, analyzeArticle, type AnalyzeInput } from '../api.ts';
import { AnalyzeForm } from '../components/AnalyzeForm.tsx';
import { AnalysisView } from './AnalysisView.tsx';
import { LoadingState, FailureState } from '../components/States.tsx';

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; failure: ApiFailure }
  | { status: 'done'; analysis: Analysis };

export function AnalyzeView() {
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
      setState({ status: 'error', failure: asFailure(e) });
    }
  };

  return (
    <>
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
    </>
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
        <LoadingState label="Analysing the article…" />
      );
    case 'error':
      return (
        <FailureState what="The article could not be analysed" failure={state.failure} />
      );
    case 'done':
      return <AnalysisView analysis={state.analysis} />;
  }
}
