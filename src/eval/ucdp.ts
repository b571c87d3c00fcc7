import { analyze } from '../analyze.ts';
import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import type { Analysis } from '../model/analysis.ts';
import { onePerLine, readCsv } from './csv.ts';
import { haversineKm } from './metrics.ts';
import { admin1Of, countryCode, eventPlace, samePlaceName } from './resolve.ts';
import { Tally } from './tally.ts';
import type { EvalOptions, EvalResult, Scorer } from './types.ts';

// UCDP GED, Pakistan. Only rows that carry their reports' headlines are scored (a row without
// one has no text to read). Text = each headline (the field is ";"-separated) on its own line,
// then the where_description line. Location metrics count only rows whose gold is a place or a
// district (where_prec 1-3); vaguer rows (4-7: a province centroid, a region, the country, at
// sea) are left out of both denominators. admin1 also leaves out rows with an empty adm_1.

/**
 * UCDP GED codes adm_1 on admin boundaries older than Pakistan's 2018 merger of the tribal
 * areas: every event of mid-2018 and 2019 in the merged districts is in "Federally Administered
 * Tribal Areas" (32 of 32 such dev rows), none in Khyber Pakhtunkhwa, although FATA ceased to
 * exist on 31 May 2018 (25th Amendment). UCDP's adm_1 is therefore a name on that fixed set of
 * boundaries, and `admin1Accuracy` compares it with our place's admin1 on the same set (as on the
 * last day before the merger, for events after it), as it compares spellings of one name.
 * `admin1OnEventDay` compares it with the admin1 in force on the event's day, which is what
 * `analyze` reports (Khyber Pakhtunkhwa for a 2019 event in North Waziristan).
 */
const UCDP_BOUNDARIES_DAY = '2018-05-30';

const REQUIRED = ['id', 'source_headline', 'where_description', 'where_prec', 'adm_1', 'latitude', 'longitude', 'country'];

function coordinate(value: string | undefined, limit: number): number | null {
  const v = value?.trim() ?? '';
  if (!/^-?\d+(?:\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  return Math.abs(n) <= limit ? n : null;
}

/** The text we read for one UCDP row. */
export function ucdpText(headlines: string, whereDescription: string): string {
  const lines = headlines
    .split(';')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  if (whereDescription.trim()) lines.push(whereDescription.trim());
  return lines.join('\n');
}

export const ucdpScorer: Scorer = {
  name: 'ucdp',
  description: 'UCDP GED Pakistan CSV (text = source headlines + where_description): country, admin1, distance',
  async run(path: string, options: EvalOptions): Promise<EvalResult> {
    const t0 = performance.now();
    const { rows, skipped } = readCsv(path, REQUIRED, { trailingSeparator: true });
    const tally = new Tally(options.errors);
    let records = 0;
    let withoutHeadline = 0;
    const admin1Misses = new Map<string, number>();

    for (const { line, values: r } of rows) {
      if (!r.source_headline.trim()) {
        withoutHeadline++;
        continue;
      }
      const prec = ucdpPrecision(r.where_prec);
      const lat = coordinate(r.latitude, 90);
      const lon = coordinate(r.longitude, 180);
      if (prec === null || lat === null || lon === null) {
        const reason =
          prec === null
            ? `where_prec "${r.where_prec}" is not a number`
            : `latitude/longitude "${r.latitude}", "${r.longitude}" is not a coordinate`;
        skipped.push({ line, reason });
        continue;
      }
      const text = ucdpText(r.source_headline, r.where_description);
      const day = ucdpDay(r.date_start);
      let a: Analysis;
      try {
        // The reports' date is known metadata: it settles period-dependent names and admin units.
        a = analyze(text, { name: `ucdp line ${line}`, published: day });
      } catch (e) {
        skipped.push({ line, reason: (e as Error).message });
        continue;
      }
      records++;
      const id = `${r.id} (line ${line})`;
      const place = eventPlace(a, 'ucdp', r.where_description.trim() !== '');
      const goldCountry = countryCode(r.country);
      tally.check('country', !!goldCountry && place?.country === goldCountry, id, text, r.country, place?.country ?? 'none');
      if (prec < 1 || prec > 3) continue;
      const ourAdmin1 = admin1Of(place);
      if (r.adm_1.trim()) {
        const onUcdpBoundaries =
          place && day && day > UCDP_BOUNDARIES_DAY ? loadPlaceGazetteer().admin1At(place.id, UCDP_BOUNDARIES_DAY) ?? ourAdmin1 : ourAdmin1;
        const ok = sameUcdpAdmin1(r.adm_1, onUcdpBoundaries);
        tally.check('admin1', ok, id, text, r.adm_1, onUcdpBoundaries ?? 'none');
        const key = `${r.adm_1}\u0000${onUcdpBoundaries ?? 'none'}`;
        if (!ok) admin1Misses.set(key, (admin1Misses.get(key) ?? 0) + 1);
        tally.check('admin1OnEventDay', sameUcdpAdmin1(r.adm_1, ourAdmin1), id, text, r.adm_1, ourAdmin1 ?? 'none');
      }
      const km = place && place.lat !== null && place.lon !== null ? haversineKm(lat, lon, place.lat, place.lon) : null;
      const where = km === null ? 'no coordinates' : `${place!.name} at ${Math.round(km)} km`;
      tally.check('within161km', km !== null && km <= 161, id, text, `${r.where_description} (${lat}, ${lon})`, where);
    }

    return {
      dataset: 'ucdp',
      records,
      metrics: {
        admin1Accuracy: tally.rate('admin1'),
        admin1OnEventDay: tally.rate('admin1OnEventDay'),
        within161km: tally.rate('within161km'),
        countryAccuracy: tally.rate('country'),
      },
      support: { ...tally.support(), withoutHeadline },
      skipped: onePerLine(skipped),
      misses: tally.misses,
      tables: [
        {
          // Our admin1 read on UCDP's boundaries (pre-2018 FATA), as admin1Accuracy counts it.
          title: 'admin1 misses, commonest first',
          header: ['gold adm_1', 'ours', 'rows'],
          rows: [...admin1Misses.entries()]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, 10)
            .map(([k, n]) => [...k.split('\u0000'), String(n)]),
        },
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};

/**
 * UCDP's adm_1 against our admin1. UCDP suffixes " Province" to adm_1 names; the gazetteer knows
 * the bare names and their variant spellings ("Khyber Pakhtunkwa"), not every spelling with the
 * suffix.
 */
export function sameUcdpAdmin1(adm1: string, ours: string | null): boolean {
  return samePlaceName(adm1.replace(/\s+province$/i, ''), ours);
}

/** where_prec as a number, or null when the field is not a whole number. */
export function ucdpPrecision(value: string): number | null {
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}

/** "05/23/1990 00:00:00" → "1990-05-23", or null when the field is not such a date. */
export function ucdpDay(value: string | undefined): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(value ?? '');
  return m ? `${m[3]}-${m[1]}-${m[2]}` : null;
}
