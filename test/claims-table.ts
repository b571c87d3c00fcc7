import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AttributionKind, type Certainty } from '../src/index.ts';

// The claims of a text as [text, kind, source, certainty], and a table of such texts as tests:
// what the probe-article claim tests (src/extract/claims-probe*.test.ts) check.

export type ExpectedClaim = [text: string, kind: AttributionKind, source: string | null, certainty: Certainty];

/** Every claim of `text` analysed with `published` as its publication date. */
export function claimsOf(text: string, published: string): ExpectedClaim[] {
  return analyze(text, { published }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty]);
}

/** One test per case: the text's claims are exactly these, in order. */
export function claimsTable(published: string, cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void {
  for (const [name, text, claims] of cases) test(name, () => assert.deepEqual(claimsOf(text, published), claims));
}
