import { analyze } from '../analyze.ts';
import { loadActorGazetteer } from '../gazetteer/actors.ts';
import type { Analysis } from '../model/analysis.ts';
import { acledCode } from './code-acled.ts';
import { onePerLine, readCsv } from './csv.ts';
import { classification, haversineKm } from './metrics.ts';
import { primaryAgent, primaryDay, sumCounts } from './primary.ts';
import { actorIdForName, admin1Of, countryCode, eventPlace, samePlaceName } from './resolve.ts';
import { labelledConfusion, perClassTable } from './tables.ts';
import { Tally } from './tally.ts';
import type { EvalOptions, EvalResult, Scorer } from './types.ts';

// ACLED: text = notes, crowd-size tag included, and no publication date: every note opens with
// its own date ("On 3 January 2022, ..."), which the date recogniser has to read. One ACLED row
// is one event; ours is the primary event of the note (primary.ts). A gold actor name that our
// gazetteer cannot resolve can never be matched and counts as a miss, as in GTD; a note where we
// find no coordinates is a miss for both distance metrics.

const REQUIRED = [
  'event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'country', 'admin1',
  'latitude', 'longitude', 'notes', 'fatalities',
];

const SHORT_TYPE: Record<string, string> = {
  'Explosions/Remote violence': 'Explosions',
  'Violence against civilians': 'VAC',
  'Strategic developments': 'Strategic',
};

// ACLED's spelling of a country name the place gazetteer writes differently (gold side only).
const ACLED_COUNTRY_SPELLING: Record<string, string> = {
  'Democratic Republic of Congo': 'Democratic Republic of the Congo',
};

/**
 * Territories ISO (and so the gazetteer) keeps apart but ACLED codes as part of a country
 * (ours side only): Svalbard is a region of ACLED's Norway ("Longyearbyen", admin1 Svalbard),
 * and the Moroccan-administered Western Sahara sits in Morocco's regions (admin1
 * "Eddakhla-Oued Eddahab", "Laayoune-Sakia El Hamra").
 */
export const ACLED_COUNTRY_OF_TERRITORY: Readonly<Record<string, string>> = { SJ: 'NO', EH: 'MA' };

/** Our place's country as ACLED writes countries (ISO alpha-2). */
export function acledCountry(cc: string | null | undefined): string | null {
  return cc ? ACLED_COUNTRY_OF_TERRITORY[cc] ?? cc : null;
}

/**
 * Greece's regions (GeoNames admin1) grouped into the seven decentralised administrations ACLED
 * codes as admin1 ("Macedonia-Thrace", "Aegean"); the names ACLED writes, by our admin1 name.
 * Attica and Crete are both a region and an administration. Mount Athos is left as it is.
 */
export const ACLED_ADMIN1_OF_REGION: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  GR: {
    'East Macedonia and Thrace': 'Macedonia-Thrace',
    'Central Macedonia': 'Macedonia-Thrace',
    Epirus: 'Epirus-Western Macedonia',
    'West Macedonia': 'Epirus-Western Macedonia',
    Thessaly: 'Thessaly-Central Greece',
    'Central Greece': 'Thessaly-Central Greece',
    Peloponnese: 'Peloponnese-Western Greece-Ionian Islands',
    'West Greece': 'Peloponnese-Western Greece-Ionian Islands',
    'Ionian Islands': 'Peloponnese-Western Greece-Ionian Islands',
    'North Aegean': 'Aegean',
    'South Aegean': 'Aegean',
  },
};

/** Our place's admin1 as ACLED names admin1 units (its own grouping where it has one). */
export function acledAdmin1(country: string | null | undefined, admin1: string | null): string | null {
  return (admin1 && country && ACLED_ADMIN1_OF_REGION[country]?.[admin1]) || admin1;
}

function coordinate(value: string | undefined, limit: number): number | null {
  const v = value?.trim() ?? '';
  if (!/^-?\d+(?:\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  return Math.abs(n) <= limit ? n : null;
}

export const acledScorer: Scorer = {
  name: 'acled',
  description: 'ACLED events CSV (text = notes): event and sub-event type, actor 1, fatalities, date, country, admin1, distance',
  async run(path: string, options: EvalOptions): Promise<EvalResult> {
    const t0 = performance.now();
    const { rows, skipped } = readCsv(path, REQUIRED);
    const tally = new Tally(options.errors);
    const types: Array<[string, string]> = [];
    const subTypes: Array<[string, string]> = [];
    let records = 0;

    for (const { line, values: r } of rows) {
      const fatalities = /^\d+$/.test(r.fatalities?.trim() ?? '') ? Number(r.fatalities) : null;
      const lat = coordinate(r.latitude, 90);
      const lon = coordinate(r.longitude, 180);
      if (!r.notes?.trim() || fatalities === null || lat === null || lon === null || !/^\d{4}-\d{2}-\d{2}$/.test(r.event_date)) {
        const reason = !r.notes?.trim()
          ? 'empty notes'
          : fatalities === null
            ? `fatalities "${r.fatalities}" is not a number`
            : lat === null || lon === null
              ? `latitude/longitude "${r.latitude}", "${r.longitude}" is not a coordinate`
              : `event_date "${r.event_date}" is not YYYY-MM-DD`;
        skipped.push({ line, reason });
        continue;
      }
      let a: Analysis;
      try {
        a = analyze(r.notes, { name: `acled line ${line}` });
      } catch (e) {
        skipped.push({ line, reason: (e as Error).message });
        continue;
      }
      records++;
      const id = `${r.event_id_cnty} (line ${line})`;
      const text = r.notes;

      const ours = acledCode(a);
      types.push([r.event_type, ours.eventType]);
      subTypes.push([r.sub_event_type, ours.subEventType]);
      tally.check('eventType', r.event_type === ours.eventType, id, text, r.event_type, ours.eventType);
      tally.check('subEventType', r.sub_event_type === ours.subEventType, id, text, r.sub_event_type, ours.subEventType);

      const goldCountry = countryCode(ACLED_COUNTRY_SPELLING[r.country] ?? r.country);
      const goldActor = actorIdForName(r.actor1, null, goldCountry) ?? `unresolved:${r.actor1}`;
      const agent = primaryAgent(a, 'acled');
      const ourActor = agent ? loadActorGazetteer().canonical(agent) : null;
      tally.check('actor1', goldActor === ourActor, id, text, r.actor1, ourActor ?? 'none');

      const killed = sumCounts(a, 'killed');
      tally.check('fatalities', killed === fatalities, id, text, String(fatalities), String(killed));

      const day = primaryDay(a, 'acled');
      tally.check('date', day === r.event_date, id, text, r.event_date, day ?? 'none');

      const place = eventPlace(a, 'acled');
      const ourCountry = acledCountry(place?.country);
      tally.check('country', !!goldCountry && ourCountry === goldCountry, id, text, r.country, ourCountry ?? 'none');
      const ourAdmin1 = acledAdmin1(place?.country, admin1Of(place));
      if (r.admin1.trim()) tally.check('admin1', samePlaceName(r.admin1, ourAdmin1), id, text, r.admin1, ourAdmin1 ?? 'none');

      const km = place && place.lat !== null && place.lon !== null ? haversineKm(lat, lon, place.lat, place.lon) : null;
      const where = km === null ? 'no coordinates' : `${place!.name} at ${Math.round(km)} km`;
      tally.check('within25km', km !== null && km <= 25, id, text, `${r.location} (${lat}, ${lon})`, where);
      tally.check('within161km', km !== null && km <= 161, id, text, `${r.location} (${lat}, ${lon})`, where);
    }

    const et = classification(types);
    const st = classification(subTypes);
    return {
      dataset: 'acled',
      records,
      metrics: {
        eventTypeAccuracy: et.accuracy,
        subEventTypeMacroF1: st.macroF1,
        actor1Accuracy: tally.rate('actor1'),
        fatalitiesExact: tally.rate('fatalities'),
        dateExact: tally.rate('date'),
        countryAccuracy: tally.rate('country'),
        admin1Accuracy: tally.rate('admin1'),
        within25km: tally.rate('within25km'),
        within161km: tally.rate('within161km'),
      },
      support: tally.support(),
      skipped: onePerLine(skipped),
      misses: tally.misses,
      tables: [
        labelledConfusion('event type (rows gold, columns ours)', et.confusion, (l) => SHORT_TYPE[l] ?? l),
        perClassTable('sub-event type, per gold class', st.confusion, st.perClass),
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
