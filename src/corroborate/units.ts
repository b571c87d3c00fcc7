import { GUESS_EVIDENCE } from '../gazetteer/clan-areas.ts';
import { PLACE_SPECIFICITY, type Analysis, type EventOut, type PlaceOut } from '../model/analysis.ts';
import { headlineCues, tollFigure } from './cues.ts';
import type { ReportInput, StoryUnit, UnitCount, UnitPlace } from './types.ts';
import { headlineWords } from './words.ts';

// A report becomes one unit per event `analyze` found in it; a report with no event (a headline
// whose verb the extractors do not know, a programme summary) becomes one unit for the whole
// report, so it can still join a story by its date, place, actors and words. A round-up's place
// is left out: its one place names a broadcaster or a whole region, not where its incidents were
// ("Programme summary of Pakistan's AVT Khyber News"). A death-toll update's figure ("toll rises
// to 84") counts as a killed count of the report when no event states one.


function precisionOf(p: PlaceOut): 1 | 2 | 3 {
  if (p.precision) return p.precision;
  return p.kind === 'populated-place' ? 1 : p.kind === 'admin2' || p.kind === 'other' ? 2 : 3;
}

export function unitPlace(p: PlaceOut): UnitPlace {
  return { id: p.id, name: p.name, kind: p.kind, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision: precisionOf(p) };
}

/**
 * Evidence of a place the gazetteer guessed from the shape of an unknown name or a bare compass
 * word ("Watta Khel" in the tribal areas, "Mazdak area", "in the northwest"): a prior for where
 * such places usually are, not a reading of which place it is. Two reports whose only common
 * ground is such a guess have not named one place, so a unit leaves these out.
 */
const GUESSED: ReadonlySet<string> = new Set(Object.values(GUESS_EVIDENCE));

function guessed(p: PlaceOut): boolean {
  return p.evidence?.some((e) => GUESSED.has(e)) ?? false;
}

/** The most specific place among `places` (first named wins a tie; guessed places left out), or null. */
function mostSpecific(places: readonly PlaceOut[]): PlaceOut | null {
  let best: PlaceOut | null = null;
  for (const p of places) if (!guessed(p) && (!best || PLACE_SPECIFICITY[p.kind] > PLACE_SPECIFICITY[best.kind])) best = p;
  return best;
}

/** The event's own place; when it has none or only a country, the most specific place of its sentence. */
function eventPlace(a: Analysis, e: EventOut): PlaceOut | null {
  const found = e.place ? (a.places.find((p) => p.id === e.place) ?? null) : null;
  const own = found && !guessed(found) ? found : null;
  if (own && own.kind !== 'country') return own;
  const inSentence = a.places.filter((p) => p.mentions.some((m) => m.start >= e.start && m.end <= e.end));
  const best = mostSpecific(inSentence);
  return best && (!own || PLACE_SPECIFICITY[best.kind] > PLACE_SPECIFICITY[own.kind]) ? best : own;
}

/** The event's actors and every other actor named in its sentence. */
function eventActors(a: Analysis, e: EventOut): string[] {
  const ids = new Set(e.actors.map((r) => r.actor));
  for (const x of a.actors) if (x.mentions.some((m) => m.start >= e.start && m.end <= e.end)) ids.add(x.id);
  return [...ids].sort();
}

/** The text whose words identify the report: its title, else its first sentence. */
function identifyingText(report: ReportInput): string {
  if (report.title && report.title.trim()) return report.title;
  const a = report.analysis;
  const first = a.sentences[0];
  return first ? a.text.slice(first.start, first.end) : a.text.slice(0, 300);
}

/** Counts of an event (or a report) with the toll update's figure added when no killed count is stated. */
function withToll(counts: UnitCount[], toll: { value: number; text: string } | null): UnitCount[] {
  if (!toll || counts.some((c) => c.kind === 'killed')) return counts;
  return [...counts, { kind: 'killed', value: toll.value, qualifier: 'exact', text: toll.text }];
}

export function unitsOf(report: ReportInput, arrival: number): StoryUnit[] {
  const a = report.analysis;
  const text = identifyingText(report);
  const words = headlineWords(text);
  const cues = headlineCues(text);
  const roundup = cues.includes('roundup');
  const toll = cues.includes('update') ? tollFigure(text) : null;
  const base = { articleId: report.articleId, publisher: report.publisher, published: report.published, arrival, words, cues };
  if (a.events.length === 0) {
    const place = roundup ? null : mostSpecific(a.places);
    const stated = a.dates.find((d) => d.value && d.precision === 'day' && d.value.start <= report.published)?.value?.start ?? null;
    return [
      {
        ...base,
        key: `${report.articleId}#report`,
        eventId: null,
        type: null,
        day: stated ?? report.published,
        dayFrom: stated ? 'event' : 'published',
        place: place ? unitPlace(place) : null,
        actors: [...new Set(a.actors.map((x) => x.id))].sort(),
        counts: withToll([], toll),
      },
    ];
  }
  return a.events.map((e) => {
    const place = roundup ? null : eventPlace(a, e);
    // A stated day counts only when it is not after publication (a misread date otherwise).
    const stated = e.date && e.date.precision === 'day' && e.date.start <= report.published ? e.date.start : null;
    return {
      ...base,
      key: `${report.articleId}#${e.id}`,
      eventId: e.id,
      type: e.type,
      day: stated ?? report.published,
      dayFrom: stated ? ('event' as const) : ('published' as const),
      place: place ? unitPlace(place) : null,
      actors: eventActors(a, e),
      counts: withToll(e.counts.map((c) => ({ kind: c.kind, value: c.value, qualifier: c.qualifier, text: c.text, ...(c.toldBy ? { toldBy: c.toldBy.text } : {}), ...(c.revised ? { revised: true as const } : {}) })), toll),
    };
  });
}
