// (Session 23) How a count and its teller are written, in one place: the text report of
// `analyze`, `corroborate story`, the store's CSV `counts` column and `events` table, and the web
// UI (ui/src/lib/labels.ts) all call describeCount, so a rival reads "8 killed per the Taliban"
// and a revision "9 killed (revised from 14 by the police)" everywhere. Before, each wrote its own
// ("revised by", ", revised from 14 by", "at-least 3200").

import { revisedFigure } from './revised-count.ts';

const QUALIFIER_WORD: Record<string, string> = { exact: '', 'at-least': 'at least ', 'at-most': 'at most ', about: 'about ' };

/**
 * A count as the outputs carry it: the analysis's counts and a stored event's carry `toldBy` as a
 * span, a story unit's as its words; `claimSource` is the first figure's teller that the store's
 * event lists add (count-teller.ts).
 */
export interface CountToWrite {
  kind: string;
  value: number;
  qualifier: string;
  toldBy?: string | { text: string };
  revised?: true;
  claimSource?: string;
}

/** "at least 3,200 released", "12 killed": the figure alone, no teller. */
export function figureWords(c: Pick<CountToWrite, 'kind' | 'value' | 'qualifier'>): string {
  return `${QUALIFIER_WORD[c.qualifier] ?? ''}${c.value.toLocaleString('en-US')} ${c.kind.replace(/-/g, ' ')}`;
}

/** Who gave the figure: its `toldBy` words, else the first figure's `claimSource`, else null. */
export function tellerOf(c: Pick<CountToWrite, 'toldBy' | 'claimSource'>): string | null {
  if (c.toldBy !== undefined) return typeof c.toldBy === 'string' ? c.toldBy : c.toldBy.text;
  return c.claimSource ?? null;
}

/**
 * What follows the figure: " per the Taliban" for a teller's figure (a rival, or the figure a
 * rival stands beside, per its claim's source); " (revised from 14 by the police)" for a
 * revision, `revises` being the figure it replaces (`revisedFigure`) when there is one; "" when
 * no one is named.
 */
export function tellerWords(teller: string | null, revised: boolean, revises?: { value: number }): string {
  if (revised) return ` (${revisionWords(teller, revises)})`;
  return teller ? ` per ${teller}` : '';
}

/** "revised from 14 by the police", "revised by the police", "revised": a revision's words. */
export function revisionWords(teller: string | null, revises?: { value: number }): string {
  return `revised${revises ? ` from ${revises.value.toLocaleString('en-US')}` : ''}${teller ? ` by ${teller}` : ''}`;
}

/**
 * "at least 3,200 released", "8 killed per the Taliban", "9 killed (revised from 14 by the
 * police)". `revises` is the figure a revision replaces; `quoted`, the words stating the figure,
 * written after it ("9 killed ("nine") (revised …)", the text report's).
 */
export function describeCount(c: CountToWrite, opts: { revises?: { value: number }; quoted?: string } = {}): string {
  const quoted = opts.quoted === undefined ? '' : ` ("${opts.quoted}")`;
  return `${figureWords(c)}${quoted}${tellerWords(tellerOf(c), c.revised === true, opts.revises)}`;
}

/** A count written with the figure it revises looked up among its siblings (see `describeCount`). */
export function describeCountIn(counts: readonly CountToWrite[], c: CountToWrite, quoted?: string): string {
  return describeCount(c, { revises: c.revised ? revisedFigure(counts, c) : undefined, quoted });
}
