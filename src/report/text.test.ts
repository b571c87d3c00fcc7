import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';
import { quoteOfCount, renderText } from './text.ts';

// The text report quotes each count's words; a toll summed over sentences spans them all.

test('short count words are quoted whole, on one line', () => {
  assert.equal(quoteOfCount('at least 23'), 'at least 23');
  assert.equal(quoteOfCount('two polio vaccinators and\na policeman'), 'two polio vaccinators and a policeman');
});

test('a count spanning sentences keeps its first and last words around an ellipsis', () => {
  const span = '11 terrorists during an operation in the Datta Khel area, the military said.\nAccording to the ISPR, the operation was conducted at night. Two';
  const q = quoteOfCount(span);
  assert.ok(q.length <= 60, q);
  assert.match(q, /^11 terrorists during an operation in … /);
  assert.match(q, / … .*Two$/);
});

test('the report of an operation whose toll is summed over paragraphs quotes no whole paragraph', () => {
  const text =
    'Security forces killed 11 terrorists during an intelligence-based operation in North Waziristan\'s Datta Khel area, the military said on Thursday.\n\n' +
    'According to the ISPR, the operation was conducted on the night of November 25-26. Weapons were recovered from the killed terrorists.\n\n' +
    'Two soldiers, including a captain, embraced martyrdom during the exchange of fire, the ISPR added.';
  const a = analyze(text, { published: '2026-11-27' });
  const line = renderText(a, { color: false }).split('\n').find((l) => /killed \(/.test(l));
  assert.ok(line, 'a killed count in the report');
  assert.ok(!line.includes('Weapons were recovered'), line);
});
