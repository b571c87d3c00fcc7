// Words the UI shows for the contract's codes. Certainty and attribution are always shown as a
// text label beside their colour, so the colour is never the only carrier of meaning.
import type { Analysis, EventOut } from '../../../src/model/analysis.ts';
import type { AttributionKind, Certainty, Qualifier } from '../../../src/model/types.ts';
import { revisedFigure } from '../../../src/model/revised-count.ts';

export const CERTAINTIES: Certainty[] = ['asserted', 'hedged', 'predicted', 'speculative', 'denied'];

export const CERTAINTY_HELP: Record<Certainty, string> = {
  asserted: 'stated as fact',
  hedged: 'softened: "reportedly", "suggest", "are seen as"',
  predicted: 'about the future: "is expected to", "will"',
  speculative: 'a possibility: "could", "might", a source that "fears"',
  denied: 'denied or rejected',
};

/** The sourcing profile's order: who speaks, from most to least identifiable. */
export const ATTRIBUTIONS: AttributionKind[] = ['named', 'official', 'anonymous', 'expert', 'media', 'self', 'unattributed'];

export const ATTRIBUTION_LABEL: Record<AttributionKind, string> = {
  named: 'named',
  official: 'official',
  anonymous: 'anonymous',
  expert: 'expert',
  media: 'media',
  self: 'self',
  unattributed: 'none',
};

export const ATTRIBUTION_HELP: Record<AttributionKind, string> = {
  named: 'a named person or organisation',
  official: 'officials, authorities, police, a ministry or a state',
  anonymous: 'unnamed sources, insiders, witnesses, residents',
  expert: 'analysts, experts, observers, researchers',
  media: 'reports, media, a named outlet',
  self: 'an actor speaking about its own act',
  unattributed: 'no source given',
};

const QUALIFIER_WORD: Record<Qualifier, string> = {
  exact: '',
  'at-least': 'at least ',
  'at-most': 'at most ',
  about: 'about ',
};

/** Who gave a rival figure: the analysis and the events API give a span, a story's count its words. */
export type ToldBy = string | { text: string };

type CountLike = { kind: string; value: number; qualifier: Qualifier; toldBy?: ToldBy; revised?: true };

/**
 * "at least 3,200 released"; a rival toll says whose it is: "8 killed per the Taliban"; a revised
 * toll (news52) says what it revises and who revised it: "9 killed (revised from 14 by the police)",
 * `revises` being the figure it replaces (`revisedFigure`), when there is one.
 */
export function describeCount(c: CountLike, revises?: { value: number }): string {
  const base = `${QUALIFIER_WORD[c.qualifier]}${c.value.toLocaleString('en-US')} ${c.kind.replace(/-/g, ' ')}`;
  const teller = tellerOf(c);
  if (c.revised) return `${base} (${revisionWords(teller, revises)})`;
  return `${base}${teller ? ` per ${teller}` : ''}`;
}

/** "revised from 14 by the police": how a revised figure is written beside the count. */
export function revisionWords(teller: string | null, revises?: { value: number }): string {
  return `revised${revises ? ` from ${revises.value.toLocaleString('en-US')}` : ''}${teller ? ` by ${teller}` : ''}`;
}

export function tellerOf(c: { toldBy?: ToldBy }): string | null {
  if (c.toldBy === undefined) return null;
  return typeof c.toldBy === 'string' ? c.toldBy : c.toldBy.text;
}

/** A count written with the figure it revises looked up among its siblings (see `describeCount`). */
export function describeCountIn(counts: ReadonlyArray<CountLike>, c: CountLike): string {
  return describeCount(c, c.revised ? revisedFigure(counts, c) : undefined);
}

/**
 * Every count in one line, none dropped: counts of one kind are kept together and joined by
 * " · " so two tolls read as rivals ("12 killed · 8 killed per the Taliban"), kinds by ", ".
 */
export function describeCounts(counts: ReadonlyArray<CountLike>): string {
  const kinds: string[] = [];
  const byKind = new Map<string, string[]>();
  for (const c of counts) {
    if (!byKind.has(c.kind)) {
      byKind.set(c.kind, []);
      kinds.push(c.kind);
    }
    byKind.get(c.kind)!.push(describeCountIn(counts, c));
  }
  return kinds.map((k) => byKind.get(k)!.join(' · ')).join(', ');
}

/**
 * Who gave each of an event's counts, for display: a rival toll's `toldBy`; for the figure it
 * rivals (same kind, no `toldBy`), the source of the claim whose sentence states it ("Police
 * said 12 soldiers were killed; the Taliban put the toll at eight": Police), when one is named.
 * A count with no rival has no teller shown (its claim's source is shown with the claim).
 */
export function countTellers(a: Pick<Analysis, 'claims'>, e: Pick<EventOut, 'counts'>): Array<string | null> {
  return e.counts.map((c) => {
    if (c.toldBy) return c.toldBy.text;
    if (!e.counts.some((o) => o !== c && o.kind === c.kind && o.toldBy)) return null;
    const claim = a.claims.find((k) => k.start <= c.start && c.end <= k.end);
    return claim?.attribution.source ?? null;
  });
}

/** The cue of a protest marked dispersed by force ("tear gas", "baton-charged"), else null (src/model/intervention.ts). */
export { interventionOf as interventionCue } from '../../../src/model/intervention.ts';

/** A cue as a reader reads it: "baton-charged" → "baton charged". */
export function interventionWords(cue: string): string {
  return cue.replace(/-/g, ' ');
}

/** "prisoner-release" → "Prisoner release". */
export function humanType(type: string): string {
  const words = type.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function describeDate(d: { start: string; end: string; precision: string }): string {
  if (d.precision === 'day' && d.start === d.end) return d.start;
  if (d.precision === 'month') return d.start.slice(0, 7);
  if (d.precision === 'year') return d.start.slice(0, 4);
  const from = d.start === '0001-01-01' ? 'before' : `${d.start} to`;
  return `${from} ${d.end}`;
}
