import type { EvalResult } from './types.ts';

/** The readable report of one eval run. */
export function renderEvalText(r: EvalResult): string {
  const lines: string[] = [];
  lines.push(`${r.dataset}: ${r.records} records scored in ${r.seconds.toFixed(1)} s${r.skipped.length ? `, ${r.skipped.length} skipped` : ''}`);
  lines.push('');
  const width = Math.max(...Object.keys(r.metrics).map((k) => k.length));
  for (const [k, v] of Object.entries(r.metrics)) {
    const n = r.support?.[k.replace(/(Accuracy|Exact|MacroF1|F1)$/, '')];
    lines.push(`  ${k.padEnd(width)}  ${v === null ? '   n/a' : v.toFixed(4)}${n !== undefined ? `  (n=${n})` : ''}`);
  }
  for (const t of r.textTables ?? r.tables ?? []) {
    lines.push('', `  ${t.title}`);
    const widths = t.header.map((h, i) => Math.max(h.length, ...t.rows.map((row) => row[i].length)));
    lines.push('  ' + t.header.map((h, i) => h.padStart(widths[i])).join(' '));
    for (const row of t.rows) lines.push('  ' + row.map((c, i) => c.padStart(widths[i])).join(' '));
  }
  if (r.skipped.length > 0) {
    lines.push('', '  skipped rows:');
    for (const s of r.skipped.slice(0, 20)) lines.push(`    line ${s.line}: ${s.reason}`);
    if (r.skipped.length > 20) lines.push(`    … and ${r.skipped.length - 20} more`);
  }
  if (r.misses.length > 0) {
    lines.push('', `  first ${r.misses.length} misses:`);
    for (const m of r.misses) {
      lines.push(`    [${m.metric}] ${m.record}: gold ${JSON.stringify(m.gold)}, ours ${JSON.stringify(m.ours)}`);
      lines.push(`      ${m.text.length > 300 ? m.text.slice(0, 300) + '…' : m.text}`);
    }
  }
  return lines.join('\n') + '\n';
}
