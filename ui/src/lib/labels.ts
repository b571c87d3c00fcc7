// Words the UI shows for the contract's codes. Certainty and attribution are always shown as a
// text label beside their colour, so the colour is never the only carrier of meaning.
import type { AttributionKind, Certainty, Qualifier } from '../../../src/model/types.ts';

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

/** "at least 3,200 released". */
export function describeCount(c: { kind: string; value: number; qualifier: Qualifier }): string {
  return `${QUALIFIER_WORD[c.qualifier]}${c.value.toLocaleString('en-US')} ${c.kind.replace(/-/g, ' ')}`;
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
