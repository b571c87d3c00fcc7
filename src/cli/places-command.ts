import { loadPlaceGazetteer, type PlaceExplanation } from '../gazetteer/places.ts';
import { CorroborateError } from '../model/errors.ts';

// `corroborate places QUERY`: the candidates a place name has in the gazetteer, and what the
// recogniser makes of the query as a text ("Puli Alam city, Logar Province, Afghanistan"),
// with the rule, precision and evidence behind each choice.

export interface PlacesCommandOptions {
  format: 'text' | 'json';
  /** Country in play, as an ISO code ("PK") or a name ("Pakistan"). */
  country?: string;
}

export async function placesCommand(query: string, opts: PlacesCommandOptions): Promise<void> {
  const q = query.trim();
  if (!q) throw new CorroborateError('E_BAD_OPTION', 'places: give a place name or a phrase, e.g. corroborate places "Mirali"');
  const gazetteer = loadPlaceGazetteer();
  const countries = new Set<string>();
  if (opts.country) {
    const code = /^[A-Za-z]{2}$/.test(opts.country)
      ? opts.country.toUpperCase()
      : gazetteer.candidates(opts.country).find((p) => p.kind === 'country')?.country;
    if (!code || !gazetteer.get(`country:${code}`)) {
      throw new CorroborateError('E_BAD_OPTION', `places: --country "${opts.country}" is no country we know (use an ISO code such as PK)`);
    }
    countries.add(code);
  }
  const result = gazetteer.explain(q, countries);
  const out = opts.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderPlaces(result, gazetteer.attribution);
  await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
}

const MAX_LISTED = 25;

function renderPlaces(r: PlaceExplanation, attribution: string): string {
  const lines: string[] = [];
  lines.push(`"${r.query}" (key "${r.key}"): ${r.candidates.length} candidate${r.candidates.length === 1 ? '' : 's'}`);
  for (const c of r.candidates.slice(0, MAX_LISTED)) {
    const where = [c.admin2, c.admin1, c.country].filter(Boolean).join(', ');
    const point = c.lat === null || c.lon === null ? 'no point' : `${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`;
    const pop = c.population > 0 ? ` pop ${c.population.toLocaleString('en-US')}` : '';
    lines.push(`  ${c.id.padEnd(28)} ${c.name} (${c.kind}${c.curated ? ', curated' : `, ${c.feature}`}) ${where} [${point}]${pop}`);
  }
  if (r.candidates.length > MAX_LISTED) lines.push(`  ... and ${r.candidates.length - MAX_LISTED} more`);
  lines.push('');
  if (r.mentions.length === 0) {
    lines.push('As text: no place recognised (a lone name needs a preposition, a feature word, a country in play or a large population).');
  } else {
    lines.push('As text, the recogniser picks:');
    for (const m of r.mentions) {
      const p = m.place;
      const where = [p.admin1, p.country].filter(Boolean).join(', ');
      lines.push(`  "${m.text}" → ${p.id} ${p.name} (${p.kind}${where ? `, ${where}` : ''})${m.unresolved ? ' [unresolved]' : ''}`);
      lines.push(`      rule ${m.rule}; precision ${m.precision ?? '-'}; evidence ${(m.evidence ?? []).join(', ') || '-'}`);
    }
  }
  lines.push('', attribution);
  return lines.join('\n') + '\n';
}
