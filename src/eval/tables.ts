import { round } from './metrics.ts';
import type { EvalResult } from './types.ts';

type Table = NonNullable<EvalResult['tables']>[number];

/** A confusion matrix (rows gold, columns ours) with labels shortened by `short`. */
export function labelledConfusion(
  title: string,
  confusion: Map<string, Map<string, number>>,
  short: (label: string) => string,
): Table {
  const labels = [...new Set([...confusion.keys(), ...[...confusion.values()].flatMap((m) => [...m.keys()])])].sort();
  return {
    title,
    header: ['gold \\ ours', ...labels.map(short)],
    rows: [...confusion.keys()].sort().map((g) => [short(g), ...labels.map((l) => String(confusion.get(g)!.get(l) ?? 0))]),
  };
}

/** Per-class support and F1, gold classes by descending support. */
export function perClassTable(
  title: string,
  confusion: Map<string, Map<string, number>>,
  perClass: Map<string, { tp: number; fp: number; fn: number; f1: number }>,
): Table {
  const rows = [...confusion.entries()]
    .map(([label, row]) => ({ label, support: [...row.values()].reduce((s, n) => s + n, 0) }))
    .sort((a, b) => b.support - a.support || a.label.localeCompare(b.label))
    .map(({ label, support }) => {
      const c = perClass.get(label)!;
      return [label, String(support), String(c.tp), String(c.fp), round(c.f1).toFixed(4)];
    });
  return { title, header: ['class', 'gold', 'tp', 'fp', 'F1'], rows };
}
