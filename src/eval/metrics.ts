// Small, exact metric helpers shared by the scorers.

export function ratio(hit: number, total: number): number | null {
  return total === 0 ? null : round(hit / total);
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Per-class and macro F1 over (gold, predicted) label pairs; the macro averages gold classes. */
export function classification(pairs: ReadonlyArray<readonly [string, string]>): {
  accuracy: number | null;
  macroF1: number | null;
  perClass: Map<string, { tp: number; fp: number; fn: number; f1: number }>;
  confusion: Map<string, Map<string, number>>;
} {
  const perClass = new Map<string, { tp: number; fp: number; fn: number; f1: number }>();
  const confusion = new Map<string, Map<string, number>>();
  const get = (k: string) => {
    let c = perClass.get(k);
    if (!c) perClass.set(k, (c = { tp: 0, fp: 0, fn: 0, f1: 0 }));
    return c;
  };
  let correct = 0;
  for (const [gold, pred] of pairs) {
    const row = confusion.get(gold) ?? new Map<string, number>();
    row.set(pred, (row.get(pred) ?? 0) + 1);
    confusion.set(gold, row);
    if (gold === pred) {
      correct++;
      get(gold).tp++;
    } else {
      get(gold).fn++;
      get(pred).fp++;
    }
  }
  const goldClasses = [...confusion.keys()];
  let sum = 0;
  for (const [, c] of perClass) {
    const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    c.f1 = f1(p, r);
  }
  for (const k of goldClasses) sum += perClass.get(k)!.f1;
  return {
    accuracy: ratio(correct, pairs.length),
    macroF1: goldClasses.length === 0 ? null : round(sum / goldClasses.length),
    perClass,
    confusion,
  };
}

export { haversineKm } from '../gazetteer/geo.ts';

/** Case-, accent- and punctuation-insensitive comparison key for names. */
export function nameKey(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
