import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeBatch, CorroborateError } from '../src/index.ts';

// prepareDoc builds every Doc's article from one literal (one hidden class for V8, so the
// stages' reads of doc.article stay monomorphic); the output's article keeps the keys, in the
// order, that the spread it replaced gave, whatever metadata an input brings.

const KEYS = ['title', 'published', 'source', 'url', 'byline', 'language', 'id'];

test("an article's keys come out in one order, from plain text, options and an HTML page", () => {
  const plain = analyze('On 3 May 2021, gunmen killed two police officers in Quetta, officials said.', { published: '2021-05-04' });
  const named = analyze('Protesters marched in Lahore on Friday against price rises.', {
    published: '2024-01-15',
    title: 'Lahore march',
    source: 'Example Wire',
    url: 'https://example.org/lahore-march',
  });
  const page = analyze(
    '<html><head><title>Blast in Peshawar</title><meta property="article:published_time" content="2023-01-31"></head>' +
      '<body><article><p>A bomb exploded at a mosque in Peshawar on Monday, killing at least twenty worshippers, police said.</p></article></body></html>',
    { name: 'blast.html' },
  );
  for (const a of [plain, named, page]) assert.deepEqual(Object.keys(a.article), KEYS);
  assert.equal(named.article.title, 'Lahore march');
  assert.equal(named.article.source, 'Example Wire');
  assert.equal(plain.article.published, '2021-05-04');
  assert.equal(plain.article.title, null);
  assert.match(page.article.id, /^art-[0-9a-f]{16}$/);
  const [batched] = analyzeBatch([{ text: 'Protesters marched in Lahore on Friday against price rises.', published: '2024-01-15', title: 'Lahore march', source: 'Example Wire', url: 'https://example.org/lahore-march' }]);
  assert.ok(!(batched instanceof CorroborateError));
  assert.equal(JSON.stringify(batched), JSON.stringify(named));
});
