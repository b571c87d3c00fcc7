import { createColors } from 'picocolors';
import type { Analysis, ClaimOut, EventOut } from '../model/analysis.ts';
import type { Certainty } from '../model/types.ts';
import { withClaimSources } from '../model/count-teller.ts';
import { describeCountIn } from '../model/count-words.ts';

// The human report: claims grouped by certainty with who says them, then events, actors,
// places, dates and the sourcing profile. Colour only when writing to a terminal.

const CERTAINTY_ORDER: Certainty[] = ['asserted', 'hedged', 'predicted', 'speculative', 'denied'];
const ATTRIBUTION_KINDS = ['named', 'official', 'anonymous', 'expert', 'media', 'self', 'unattributed'] as const;

export function renderText(a: Analysis, opts: { color: boolean; width?: number }): string {
  const c = createColors(opts.color);
  const width = Math.max(60, Math.min(opts.width ?? 100, 140));
  const certaintyColor: Record<Certainty, (s: string) => string> = {
    asserted: c.green,
    hedged: c.yellow,
    predicted: c.cyan,
    speculative: c.magenta,
    denied: c.red,
  };
  const lines: string[] = [];
  const head = (s: string) => lines.push('', c.bold(c.underline(s)));
  const actorName = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  const placeName = (id: string) => {
    const p = a.places.find((x) => x.id === id);
    return p ? `${p.name}${p.country && p.kind !== 'country' ? ` (${p.country})` : ''}` : id;
  };

  lines.push(c.bold(a.article.title ?? 'Untitled article'));
  lines.push(
    c.dim(
      [
        a.article.published ? `published ${a.article.published}` : 'no publication date: relative dates left unresolved',
        a.article.source,
        a.article.url,
        `${a.claims.length} claims, ${a.events.length} events`,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  );

  head('Sourcing profile');
  const s = a.sourcing;
  lines.push('  ' + ATTRIBUTION_KINDS.map((k) => `${k} ${s[k]}`).join(' · '));
  lines.push('  ' + (['hedged', 'predicted', 'speculative', 'denied'] as const).map((k) => `${k} ${s[k]}`).join(' · '));
  if (s.claims > 0) {
    const barWidth = 40;
    const bar = ATTRIBUTION_KINDS.map((k) => {
      const n = Math.round((s[k] / s.claims) * barWidth);
      return k === 'unattributed' ? c.dim('·'.repeat(n)) : k[0].toUpperCase().repeat(n);
    }).join('');
    lines.push(`  [${bar}]  ${c.dim('N named, O official, A anonymous, E expert, M media, S self, · none')}`);
    if (s.named === 0) lines.push('  ' + c.yellow('No claim in this article names its source.'));
  }

  head('Claims');
  for (const certainty of CERTAINTY_ORDER) {
    const group = a.claims.filter((x) => x.certainty === certainty);
    if (group.length === 0) continue;
    lines.push(`  ${certaintyColor[certainty](c.bold(certainty.toUpperCase()))} (${group.length})`);
    for (const claim of group) lines.push(...claimLines(claim, width, c));
  }

  head('Events');
  if (a.events.length === 0) lines.push('  none found');
  for (const e of a.events) lines.push(eventLine(e, a.claims, actorName, placeName, c));

  head('Actors');
  if (a.actors.length === 0) lines.push('  none found');
  for (const x of a.actors) {
    const forms = [...new Set(x.mentions.map((m) => m.text))].map((t) => `"${t}"`).join(', ');
    lines.push(`  ${c.bold(x.name)} ${c.dim(`${x.type}${x.country ? ', ' + x.country : ''}`)} ×${x.mentions.length}: ${forms}`);
  }

  head('Places');
  if (a.places.length === 0) lines.push('  none found');
  for (const p of a.places) {
    const forms = [...new Set(p.mentions.map((m) => m.text))].map((t) => `"${t}"`).join(', ');
    const where = [p.kind, p.admin1 && p.kind !== 'admin1' ? p.admin1 : null, p.country].filter(Boolean).join(', ');
    const coords = p.lat !== null && p.lon !== null ? ` ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : '';
    lines.push(`  ${c.bold(p.name)} ${c.dim(where + coords)} ← ${forms}`);
  }

  head('Dates');
  if (a.dates.length === 0) lines.push('  none found');
  for (const d of a.dates) {
    const value = d.value
      ? d.value.start === d.value.end
        ? d.value.start
        : `${d.value.start} … ${d.value.end}`
      : c.yellow(`unresolved${d.note ? ': ' + d.note : ''}`);
    lines.push(`  "${d.text}" → ${value} ${c.dim(`(${d.precision}${d.relative ? ', relative' : ''})`)}`);
  }
  lines.push('');
  return lines.join('\n');
}

function claimLines(claim: ClaimOut, width: number, c: ReturnType<typeof createColors>): string[] {
  const who =
    claim.attribution.kind === 'unattributed'
      ? c.dim('[no source]')
      : c.bold(`[${claim.attribution.kind}: ${claim.attribution.source ?? claim.attribution.cue?.text ?? ''}]`);
  const cues = claim.cues.filter((x) => x.kind !== 'attribution').map((x) => `"${x.text}"`);
  const text = wrap(claim.text, width - 6);
  const m = claim.certaintyModel;
  const model = m ? c.dim(` hedged by ${m.model} (${m.score.toFixed(2)}: ${m.features.slice(0, 3).map((f) => f.feature).join(', ')})`) : '';
  const out = [`    ${who}${cues.length ? c.dim(' cues: ' + cues.join(', ')) : ''}${model}`];
  for (const l of text) out.push(`      ${l}`);
  return out;
}

function eventLine(
  e: EventOut,
  claims: readonly ClaimOut[],
  actorName: (id: string) => string,
  placeName: (id: string) => string,
  c: ReturnType<typeof createColors>,
): string {
  const parts = [c.bold(e.type)];
  if (e.date) {
    // An open start (docs/output.md: "prior to X" starts at 0001-01-01) reads as "before" the end, as in the UI.
    if (e.date.start === e.date.end) parts.push(e.date.start);
    else parts.push(e.date.start === '0001-01-01' ? `before ${e.date.end}` : `${e.date.start}…${e.date.end}`);
  }
  for (const r of e.actors) parts.push(`${r.role}: ${actorName(r.actor)}${r.inferred ? c.dim(' (inferred)') : ''}`);
  if (e.place) parts.push(`at ${placeName(e.place)}`);
  // "14 killed ("14") per Officials", "9 killed ("nine") (revised from 14 by The police)": the
  // words every output writes a count with (count-words.ts), its teller as the article view finds it.
  const counts = withClaimSources(claims, e.counts);
  for (const n of counts) parts.push(describeCountIn(counts, n, quoteOfCount(n.text)));
  return `  ${e.id} ${parts.join(' · ')} ${c.dim(`trigger "${e.trigger.text}"${e.claim ? ', in ' + e.claim : ''}`)}`;
}

/** The longest count words quoted whole; a longer span (a toll summed over sentences) keeps its ends. */
const COUNT_QUOTE_MAX = 60;

/**
 * A count's words as the report quotes them: on one line, and when a figure summed over several
 * sentences spans more than COUNT_QUOTE_MAX characters, its first and last words around an
 * ellipsis ("11 terrorists belonging to the … Two"); the JSON keeps the whole span.
 */
export function quoteOfCount(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= COUNT_QUOTE_MAX) return flat;
  const head = flat.slice(0, 40).replace(/\s+\S*$/, '');
  const tail = flat.slice(-15).replace(/^\S*\s+/, '');
  return `${head} … ${tail}`;
}

function wrap(text: string, width: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > width && line) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}
