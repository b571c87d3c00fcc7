// The three engines timed by the bench, behind one shape so that each is driven by the same
// loop over the same texts. Baselines are imported lazily so that the memory measured after
// timing our engine does not include their models.
import type { BenchText } from './texts.ts';

export interface Engine {
  name: string;
  /** What one call does, for the report. */
  describes: string;
  /** Processes one text; the return value is folded into a sink so no work can be skipped. */
  run(t: BenchText): number;
  /** When set, a pass hands the engine all its texts of one corpus at once (a batch API). */
  runAll?(texts: BenchText[]): BatchOutcome;
}

export interface BatchOutcome {
  sink: number;
  errors: number;
  firstError: string | null;
}

export interface LoadedEngine {
  engine: Engine;
  /** Seconds to import the module and build the engine (model load), before any text. */
  loadSeconds: number;
}

async function timedLoad(build: () => Promise<Engine>): Promise<LoadedEngine> {
  const t0 = performance.now();
  const engine = await build();
  return { engine, loadSeconds: (performance.now() - t0) / 1000 };
}

export function loadOurs(): Promise<LoadedEngine> {
  return timedLoad(async () => {
    const { analyze } = await import('../src/index.ts');
    return {
      name: 'ours',
      describes: 'analyze(text, { published }) from src/index.ts: the full pipeline and the Analysis object',
      run: (t) => {
        const a = analyze(t.text, t.published ? { published: t.published } : {});
        return a.claims.length + a.events.length;
      },
    };
  });
}

/**
 * BATCH_CHUNK articles at a time through analyzeBatch (its default chunk, DEFAULT_BATCH_CHUNK in
 * src/analyze.ts; test/analyze-batch.test.ts checks the two agree): the same output as analyze() on each.
 */
export const BATCH_CHUNK = 256;

export function loadOursBatch(): Promise<LoadedEngine> {
  return timedLoad(async () => {
    const { analyze, analyzeBatch } = await import('../src/index.ts');
    const input = (t: BenchText) => ({ text: t.text, published: t.published });
    return {
      name: 'ours-batch',
      describes: `analyzeBatch(texts, { chunk: ${BATCH_CHUNK} }) from src/index.ts: the same Analysis per text as analyze(), the pipeline run component by component over each chunk`,
      run: (t) => {
        const a = analyze(t.text, t.published ? { published: t.published } : {});
        return a.claims.length + a.events.length;
      },
      runAll: (texts) => {
        let sink = 0;
        let errors = 0;
        let firstError: string | null = null;
        // A chunk at a time, as a stream would be fed: no more than one chunk's results held.
        for (let from = 0; from < texts.length; from += BATCH_CHUNK) {
          for (const a of analyzeBatch(texts.slice(from, from + BATCH_CHUNK).map(input), { chunk: BATCH_CHUNK })) {
            if (a instanceof Error) {
              errors++;
              firstError ??= a.message;
            } else sink += a.claims.length + a.events.length;
          }
        }
        return { sink, errors, firstError };
      },
    };
  });
}

export function loadWink(): Promise<LoadedEngine> {
  return timedLoad(async () => {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    return {
      name: 'wink',
      describes: 'wink-nlp@2.4.0 nlp.readDoc(text), default pipe, wink-eng-lite-web-model@1.8.1',
      run: (t) => (nlp.readDoc(t.text) === null ? 0 : 1),
    };
  });
}

export function loadCompromise(): Promise<LoadedEngine> {
  return timedLoad(async () => {
    const { default: nlp } = await import('compromise');
    return {
      name: 'compromise',
      describes: "compromise@14.17.0 nlp(text) then people(), places(), organizations(), each .out('array')",
      run: (t) => {
        const doc = nlp(t.text);
        return (
          doc.people().out('array').length +
          doc.places().out('array').length +
          doc.organizations().out('array').length
        );
      },
    };
  });
}
