import { PLACE_SPECIFICITY, type Analysis, type EventOut, type PlaceOut } from '../model/analysis.ts';

// Gold sets code one event per record; these pick ours: the first violent event if any, else
// the first event (for ACLED a riot or protest first); its place unless that is a whole country
// or region and something smaller is named, else the most specific place named in the first
// sentence.

const VIOLENT = new Set(['attack', 'bombing', 'kidnapping', 'assassination', 'hijacking', 'facility-attack', 'property-destruction', 'armed-clash', 'claim-of-responsibility']);

/**
 * Which of our events a gold set's one record stands for. `gtd`: the first violent event, else
 * the first event. `acled`: a riot, else a protest, before that: ACLED codes a protest that turns
 * violent as one riot, and force used against protesters as part of their protest ("Excessive
 * force against protesters", "Protest with intervention"), so the crowd is the initiator.
 */
export type PrimaryScheme = 'gtd' | 'acled';

const CROWD_FIRST = ['riot', 'protest'];

export function primaryEvent(a: Analysis, scheme: PrimaryScheme = 'gtd'): EventOut | null {
  if (scheme === 'acled') {
    for (const type of CROWD_FIRST) {
      const e = a.events.find((x) => x.type === type);
      if (e) return e;
    }
    // "The military arrested ten NLD members after a USDP member was killed": the violence told as
    // the background of another event of the note is not the note's event.
    const first = a.events[0];
    const foreground = a.events.find((e) => VIOLENT.has(e.type) && !(first && first !== e && !VIOLENT.has(first.type) && background(a, e)));
    return foreground ?? first ?? null;
  }
  return a.events.find((e) => VIOLENT.has(e.type)) ?? a.events[0] ?? null;
}

/** A trigger in an "after ..." or "following ..." clause of its sentence. */
const BACKGROUND = /\b(?:after|following)\b[^,;.]*$/i;

function background(a: Analysis, e: EventOut): boolean {
  const sentence = a.sentences.find((s) => s.start <= e.trigger.start && e.trigger.start < s.end);
  return !!sentence && BACKGROUND.test(a.text.slice(sentence.start, e.trigger.start));
}

export function primaryPlace(a: Analysis, scheme: PrimaryScheme = 'gtd'): PlaceOut | null {
  const e = primaryEvent(a, scheme);
  const own = e?.place ? a.places.find((x) => x.id === e.place) ?? null : null;
  // A whole country ("a protest in front of the Embassy of Panama") is the event's place only
  // when the text names nothing smaller.
  if (own && PLACE_SPECIFICITY[own.kind] > PLACE_SPECIFICITY.region) return own;
  const first = a.sentences.find((s) => !s.heading);
  const inFirst = a.places.filter((p) => p.mentions.some((m) => !first || m.start < first.end));
  const pool = inFirst.length > 0 ? inFirst : a.places;
  if (pool.length === 0) return own;
  const best = pool.reduce((b, p) => (PLACE_SPECIFICITY[p.kind] > PLACE_SPECIFICITY[b.kind] ? p : b));
  return own && PLACE_SPECIFICITY[own.kind] >= PLACE_SPECIFICITY[best.kind] ? own : best;
}

/** The agent of the primary event, else the first actor named. */
export function primaryAgent(a: Analysis, scheme: PrimaryScheme = 'gtd'): string | null {
  const e = primaryEvent(a, scheme);
  const agent = e?.actors.find((r) => r.role === 'agent');
  return agent?.actor ?? null;
}

/** The event's first day, when known to the day. */
export function primaryDay(a: Analysis, scheme: PrimaryScheme = 'gtd'): string | null {
  const e = primaryEvent(a, scheme);
  if (e?.date && e.date.precision === 'day') return e.date.start;
  const d = a.dates.find((x) => x.value && x.precision === 'day');
  return d?.value?.start ?? null;
}

/**
 * The people of one kind an article counts over its events, each event's first figure of the
 * kind (a teller's rival or revised figure beside it is not more people). A figure that covers several
 * incidents together (`across`) is shared evenly, rounding down, as GTD and ACLED coders split a
 * total over the incidents of a series.
 */
export function sumCounts(a: Analysis, kind: string): number {
  let total = 0;
  for (const e of a.events) {
    for (const c of e.counts) {
      // (news64) A teller's rival or revised figure beside the event's own is the same people
      // told again (docs/output.md `toldBy`): the event's figure is its first of the kind.
      if (c.kind !== kind || (c.toldBy && e.counts.find((x) => x.kind === kind) !== c)) continue;
      total += c.across ? Math.floor(c.value / c.across) : c.value;
    }
  }
  return total;
}
