// What the UI shows when a claim, an event field, an actor, a place or a map point is hovered
// or focused: the exact text it rests on (offsets into the article text) and the rules that
// produced it, taken from the analysis as it is, never re-derived.
import type { Analysis, ClaimOut, EventOut, PlaceOut } from '../../../src/model/analysis.ts';
import { ATTRIBUTION_LABEL, describeCountIn, describeDate, humanType } from './labels.ts';
import type { Range } from './segments.ts';

export interface ProvenanceItem {
  /** Stable within one analysis: which element is showing its provenance. */
  key: string;
  title: string;
  /** The text the item rests on, with its offsets. */
  quotes: Array<Range & { text: string; label?: string }>;
  rules: string[];
  notes: string[];
  /** What to mark in the article while shown (default: the quotes). */
  highlight?: Range[];
}

const quote = (a: Analysis, r: Range, label?: string) => ({ start: r.start, end: r.end, text: a.text.slice(r.start, r.end), label });

/** The rule of the mention recorded at exactly these offsets, or of one overlapping them. */
function ruleAt(mentions: ReadonlyArray<Range & { rule: string }>, r: Range): string | null {
  const exact = mentions.find((m) => m.start === r.start && m.end === r.end);
  if (exact) return exact.rule;
  return mentions.find((m) => m.start < r.end && m.end > r.start)?.rule ?? null;
}

export function claimProvenance(a: Analysis, c: ClaimOut): ProvenanceItem {
  const quotes = [quote(a, c, 'claim')];
  if (c.attribution.cue) quotes.push(quote(a, c.attribution.cue, 'attribution cue'));
  for (const cue of c.cues) {
    if (cue.kind !== 'attribution') quotes.push(quote(a, cue, `${cue.kind} cue`));
  }
  const notes = [`certainty: ${c.certainty}`, `attribution: ${ATTRIBUTION_LABEL[c.attribution.kind]}${c.attribution.source ? ` (source: ${c.attribution.source})` : ''}`];
  if (c.events.length > 0) notes.push(`events: ${c.events.join(', ')}`);
  // The claim is already outlined in the article: mark the words that decided it.
  return { key: `claim:${c.id}`, title: `Claim ${c.id}`, quotes, rules: [c.rule], notes, highlight: quotes.slice(1) };
}

export type EventField = 'type' | `count:${number}` | `actor:${number}` | 'place' | 'date';

export function eventFieldProvenance(a: Analysis, e: EventOut, field: EventField): ProvenanceItem {
  const key = `event:${e.id}:${field}`;
  if (field === 'type') {
    return {
      key,
      title: `Event ${e.id}: ${humanType(e.type)}`,
      quotes: [quote(a, e.trigger, 'trigger'), quote(a, e, 'event clause')],
      rules: e.provenance.rules,
      notes: [`component: ${e.provenance.component}`, ...(e.claim ? [`claim: ${e.claim}`] : [])],
    };
  }
  if (field === 'place') {
    const place = a.places.find((p) => p.id === e.place);
    const rule = e.placeMention && place ? ruleAt(place.mentions, e.placeMention) : null;
    return {
      key,
      title: `Place of ${e.id}: ${place?.name ?? e.place ?? 'none'}`,
      quotes: e.placeMention ? [quote(a, e.placeMention, 'place mention')] : [],
      rules: [...(rule ? [rule] : []), ...e.provenance.rules.filter((r) => r.startsWith('place'))],
      notes: place ? placeNotes(place) : [],
    };
  }
  if (field === 'date') {
    const rule = e.dateMention ? ruleAt(a.dates, e.dateMention) : null;
    const dateMention = e.dateMention ? a.dates.find((d) => d.start === e.dateMention!.start && d.end === e.dateMention!.end) : undefined;
    return {
      key,
      title: `Date of ${e.id}: ${e.date ? describeDate(e.date) : 'unknown'}`,
      quotes: e.dateMention ? [quote(a, e.dateMention, 'date mention')] : [],
      rules: [...(rule ? [rule] : []), ...e.provenance.rules.filter((r) => r.startsWith('date'))],
      notes: [...(e.date ? [`precision: ${e.date.precision}`] : []), ...(dateMention?.note ? [dateMention.note] : [])],
    };
  }
  if (field.startsWith('count:')) {
    const c = e.counts[Number(field.slice(6))];
    const rule = ruleAt(a.quantities, c);
    // A rival toll rests on its teller's words too, and on the rule that kept it beside the first.
    const told = c.toldBy ? e.provenance.rules.filter((r) => r.startsWith('toll-rival:') || r.startsWith('toll-told-by:') || r.startsWith('toll-revised:')) : [];
    return {
      key,
      title: `Count in ${e.id}: ${describeCountIn(e.counts, c)}`,
      quotes: [quote(a, c, 'count'), ...(c.toldBy ? [quote(a, c.toldBy, 'told by')] : [])],
      rules: [...(rule ? [rule] : []), ...told],
      notes: [`kind: ${c.kind}`, `qualifier: ${c.qualifier}`, ...(c.toldBy ? [`told by: ${c.toldBy.text} (${c.revised ? "its revision of the event's figure" : "a rival figure, kept beside the event's own"})`] : [])],
    };
  }
  const role = e.actors[Number(field.slice(6))];
  const actor = a.actors.find((x) => x.id === role.actor);
  const rule = actor ? ruleAt(actor.mentions, role) : null;
  return {
    key,
    title: `${role.role} of ${e.id}: ${actor?.name ?? role.actor}`,
    quotes: [quote(a, role, 'actor mention')],
    rules: [...(rule ? [rule] : []), ...e.provenance.rules.filter((r) => /agent|target|actor|party/.test(r))],
    notes: role.inferred ? ['inferred: the actor is not named in this clause'] : [],
  };
}

export function mentionProvenance(
  a: Analysis,
  kind: 'actor' | 'place',
  id: string,
  name: string,
  mention: Range & { rule: string },
  notes: string[] = [],
): ProvenanceItem {
  return {
    key: `${kind}:${id}:${mention.start}`,
    title: `${kind === 'actor' ? 'Actor' : 'Place'}: ${name}`,
    quotes: [quote(a, mention, 'mention')],
    rules: [mention.rule],
    notes,
  };
}

export function placeNotes(p: PlaceOut): string[] {
  const notes = [`kind: ${p.kind}${p.country ? `, country ${p.country}` : ''}${p.admin1 ? `, ${p.admin1}` : ''}`];
  if (p.lat !== null && p.lon !== null) notes.push(`at ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}${p.precision ? ` (precision ${p.precision})` : ''}`);
  if (p.unresolved) notes.push('unresolved: located by the place that contains it');
  if (p.evidence?.length) notes.push(`evidence: ${p.evidence.join('; ')}`);
  return notes;
}
