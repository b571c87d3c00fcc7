import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { only, run } from './events-for-tests.ts';
import { tokenize } from '../recognize/tokenize.ts';
import { loadEventLexicon } from './event-lexicon.ts';
import { matchPastQuotes } from './quoted-trigger.ts';

// A trigger phrase with quotation marks inside it (session 21, perf21: the quote test now asks a
// token's first character before it slices; typographic quotes are quotes as the ASCII one is).

describe('a trigger phrase is matched past its quotation marks', () => {
  test('typographic quotes: \'opened “unprovoked fire” on\' is the act "opened unprovoked fire"', () => {
    const a = run('KURRAM: Officials said that Afghan forces opened “unprovoked fire” on a Pakistani border post near Kharlachi on Tuesday night.');
    assert.equal(only(a, 'attack').trigger.text, 'opened “unprovoked fire');
  });

  test('the match gives back token indices of the sentence as written, quotes counted', () => {
    const text = 'Afghan forces opened “unprovoked fire” on the post.';
    const toks = tokenize(text).map((t) => ({ ...t, sentence: 0 }));
    const m = matchPastQuotes(loadEventLexicon().triggers, text, toks).find((x) => text.slice(x.start, x.end).startsWith('opened'));
    assert.ok(m, 'a trigger from "opened"');
    assert.equal(toks[m.firstToken].lower, 'opened');
    assert.equal(toks[m.lastToken].lower, 'fire');
    assert.equal(m.lastToken - m.firstToken, 3); // opened, “, unprovoked, fire
  });

  test('an apostrophe is not a quotation mark: a sentence with only apostrophes is matched as it is', () => {
    const text = "The soldiers' post came under fire from the militants' positions.";
    const toks = tokenize(text).map((t) => ({ ...t, sentence: 0 }));
    const lex = loadEventLexicon();
    assert.deepEqual(matchPastQuotes(lex.triggers, text, toks), lex.triggers.match(text, toks));
  });
});
