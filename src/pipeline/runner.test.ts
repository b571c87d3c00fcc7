import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CorroborateError } from '../model/errors.ts';
import { emptyDoc, type Article, type Doc } from '../model/types.ts';
import { DEFAULT_COMPONENTS, defaultPipeline } from './components.ts';
import { defaultContext } from './default-context.ts';
import { buildPipeline, type Component } from './runner.ts';

// The runner checks requires/assigns when the pipeline is built, so a misplaced component fails
// at start-up with a message naming both components, never with an empty field at run time.

const ARTICLE: Article = {
  id: 'art-test',
  title: null,
  published: '2026-11-24',
  source: null,
  url: null,
  byline: null,
  language: 'en',
};

/** A component that records its name when run, so the order can be checked. */
function component(name: string, requires: string[], assigns: string[], log: string[] = []): Component {
  return { name, requires, assigns, run: () => void log.push(name) };
}

function pipelineError(components: Component[]): CorroborateError {
  try {
    buildPipeline(components);
  } catch (e) {
    assert.ok(e instanceof CorroborateError, `expected a CorroborateError, got ${String(e)}`);
    return e;
  }
  assert.fail('buildPipeline accepted an invalid pipeline');
}

describe('buildPipeline rejects', () => {
  test('a component whose requirement is only assigned later, naming both', () => {
    const e = pipelineError([
      component('claims', ['sentences', 'cues'], ['claims']),
      component('sentences', ['text'], ['sentences']),
      component('cues', ['sentences'], ['cues']),
    ]);
    assert.equal(e.code, 'E_PIPELINE');
    assert.equal(e.message, 'pipeline: component "claims" requires "sentences", which is only assigned later by "sentences"');
  });

  test('a requirement assigned later by a differently named component', () => {
    const e = pipelineError([
      component('sentences', ['text'], ['sentences']),
      component('quantities', ['dates'], ['quantities']),
      component('chrono-dates', ['sentences'], ['dates']),
    ]);
    assert.equal(e.code, 'E_PIPELINE');
    assert.equal(e.message, 'pipeline: component "quantities" requires "dates", which is only assigned later by "chrono-dates"');
  });

  test('a requirement nobody assigns', () => {
    const e = pipelineError([component('sentences', ['text'], ['sentences']), component('events', ['sentences', 'claims'], ['events'])]);
    assert.equal(e.code, 'E_PIPELINE');
    assert.equal(e.message, 'pipeline: component "events" requires "claims", which no component assigns');
  });

  test('the same component name twice', () => {
    const e = pipelineError([component('sentences', ['text'], ['sentences']), component('sentences', ['text'], ['tokens'])]);
    assert.equal(e.code, 'E_PIPELINE');
    assert.equal(e.message, 'pipeline: component "sentences" is registered twice');
  });

  test('two components assigning one field', () => {
    const e = pipelineError([
      component('sentences', ['text'], ['sentences']),
      component('actors', ['sentences'], ['actorMentions']),
      component('gazetteer-actors', ['sentences'], ['actorMentions']),
    ]);
    assert.equal(e.code, 'E_PIPELINE');
    assert.equal(e.message, 'pipeline: "actorMentions" is assigned by both "actors" and "gazetteer-actors"');
  });

  test('the default components out of order', () => {
    const reversed = [...DEFAULT_COMPONENTS].reverse();
    const e = pipelineError(reversed);
    assert.equal(e.code, 'E_PIPELINE');
    assert.match(e.message, /^pipeline: component "events" requires "tokens", which is only assigned later by "tokens"$/);
  });
});

describe('buildPipeline accepts', () => {
  test('fields that exist before any component runs (article, text)', () => {
    assert.doesNotThrow(() => buildPipeline([component('reader', ['article', 'text'], ['sentences'])]));
  });

  test('an empty pipeline, which leaves the doc as it was', () => {
    const doc = emptyDoc(ARTICLE, 'Police said.');
    assert.equal(buildPipeline([]).run(doc, defaultContext('2026-11-24')), doc);
    assert.deepEqual(doc.sentences, []);
  });

  test('and runs components in the order given, each once', () => {
    const log: string[] = [];
    const p = buildPipeline([
      component('sentences', ['text'], ['sentences'], log),
      component('tokens', ['sentences'], ['tokens'], log),
      component('dates', ['sentences'], ['dates'], log),
      component('quantities', ['dates'], ['quantities'], log),
    ]);
    assert.deepEqual(p.components.map((c) => c.name), ['sentences', 'tokens', 'dates', 'quantities']);
    const doc = emptyDoc(ARTICLE, 'Police said.');
    const out = p.run(doc, defaultContext('2026-11-24'));
    assert.equal(out, doc, 'run returns the doc it was given');
    assert.deepEqual(log, ['sentences', 'tokens', 'dates', 'quantities']);
  });

  test('and runMany runs each component over every document before the next component', () => {
    const log: string[] = [];
    const tagged = (name: string, requires: string[], assigns: string[]): Component => ({
      name,
      requires,
      assigns,
      run: (doc) => void log.push(`${name}:${doc.text}`),
    });
    const p = buildPipeline([tagged('sentences', ['text'], ['sentences']), tagged('tokens', ['sentences'], ['tokens'])]);
    const items = ['A.', 'B.', 'C.'].map((text) => ({ doc: emptyDoc(ARTICLE, text), ctx: defaultContext(null) }));
    p.runMany(items);
    assert.deepEqual(log, ['sentences:A.', 'sentences:B.', 'sentences:C.', 'tokens:A.', 'tokens:B.', 'tokens:C.']);
    p.runMany([]);
    assert.equal(log.length, 6);
  });

  test('and runMany hands a component with its own runMany every document at once', () => {
    const log: string[] = [];
    const p = buildPipeline([
      { name: 'sentences', requires: ['text'], assigns: ['sentences'], run: (doc) => void log.push(`sentences:${doc.text}`) },
      {
        name: 'tokens', requires: ['sentences'], assigns: ['tokens'],
        run: () => assert.fail('run is not called where runMany is given'),
        runMany: (items) => void log.push(`tokens:${items.map((x) => x.doc.text).join('')}`),
      },
    ]);
    p.runMany(['A.', 'B.'].map((text) => ({ doc: emptyDoc(ARTICLE, text), ctx: defaultContext(null) })));
    assert.deepEqual(log, ['sentences:A.', 'sentences:B.', 'tokens:A.B.']);
  });

  test('a later change to the caller’s array does not change the pipeline', () => {
    const log: string[] = [];
    const list = [component('sentences', ['text'], ['sentences'], log)];
    const p = buildPipeline(list);
    list.push(component('intruder', [], ['events'], log));
    p.run(emptyDoc(ARTICLE, 'Police said.'), defaultContext(null));
    assert.deepEqual(log, ['sentences']);
    assert.ok(Object.isFrozen(p.components));
  });
});

describe('the default pipeline', () => {
  test('builds from DEFAULT_COMPONENTS, in stage order', () => {
    const p = buildPipeline(DEFAULT_COMPONENTS);
    assert.deepEqual(p.components.map((c) => c.name), [
      'sentences', 'tokens', 'dates', 'quantities', 'actors', 'places', 'actor-countries', 'cues', 'claims', 'claim-certainty', 'events',
    ]);
    assert.deepEqual(defaultPipeline.components.map((c) => c.name), p.components.map((c) => c.name));
  });

  test('every field is assigned by exactly one default component', () => {
    const fields = DEFAULT_COMPONENTS.flatMap((c) => c.assigns);
    assert.equal(new Set(fields).size, fields.length);
    const doc: Doc = emptyDoc(ARTICLE, '');
    for (const f of fields) assert.ok(f in doc, `"${f}" is a Doc field`);
  });

  test('fills the doc on a real sentence', () => {
    const text = 'At least seven policemen were killed on Monday when gunmen ambushed a police convoy near Parachinar, police said.';
    const doc = defaultPipeline.run(emptyDoc(ARTICLE, text), defaultContext('2026-11-24'));
    assert.deepEqual(doc.sentences, [{ start: 0, end: text.length, heading: false, paragraph: 0 }]);
    assert.ok(doc.tokens.length > 0);
    assert.deepEqual(doc.dates.map((d) => text.slice(d.start, d.end)), ['Monday']);
    assert.deepEqual(doc.quantities.map((q) => q.text), ['At least seven']);
    assert.deepEqual(doc.placeMentions.map((p) => text.slice(p.start, p.end)), ['Parachinar']);
    assert.equal(doc.claims.length, 1);
    assert.equal(doc.claims[0].attribution.kind, 'official');
    assert.deepEqual(doc.events.map((e) => e.type), ['attack']);
  });
});
