// Words the UI shows for the contract's codes. Certainty and attribution are always shown as a
// text label beside their colour, so the colour is never the only carrier of meaning.
import type { Analysis, EventOut } from '../../../src/model/analysis.ts';
import type { AttributionKind, Certainty } from '../../../src/model/types.ts';
import { countTellers as tellersOfCounts } from '../../../src/model/count-teller.ts';
import { describeCountIn, type CountToWrite } from '../../../src/model/count-words.ts';

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

// How a count and its teller are written is one function for the server's outputs and the UI
// (src/model/count-words.ts), as who gave each figure is (src/model/count-teller.ts): the article
// view, the Events table, the text report, `corroborate story` and the CSV say the same words.
export { describeCount, describeCountIn, figureWords, revisionWords, tellerOf, tellerWords, type CountToWrite } from '../../../src/model/count-words.ts';

/**
 * Every count in one line, none dropped: counts of one kind are kept together and joined by
 * " · " so two tolls read as rivals ("12 killed per Police · 8 killed per the Taliban"), kinds by ", ".
 */
export function describeCounts(counts: ReadonlyArray<CountToWrite>): string {
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

/** Who gave each of an analysis event's counts, for display (src/model/count-teller.ts). */
export function countTellers(a: Pick<Analysis, 'claims'>, e: Pick<EventOut, 'counts'>): Array<string | null> {
  return tellersOfCounts(a.claims, e.counts);
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
