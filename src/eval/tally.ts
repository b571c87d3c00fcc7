import { ratio } from './metrics.ts';
import type { EvalMiss } from './types.ts';

/** Hits and totals per metric, plus the first N misses for `--errors N`. */
export class Tally {
  private readonly hits = new Map<string, number>();
  private readonly totals = new Map<string, number>();
  readonly misses: EvalMiss[] = [];

  constructor(private readonly keepMisses: number) {}

  check(metric: string, ok: boolean, record: string, text: string, gold: string, ours: string): void {
    this.totals.set(metric, (this.totals.get(metric) ?? 0) + 1);
    if (ok) this.hits.set(metric, (this.hits.get(metric) ?? 0) + 1);
    else if (this.misses.length < this.keepMisses) this.misses.push({ metric, record, text, gold, ours });
  }

  rate(metric: string): number | null {
    return ratio(this.hits.get(metric) ?? 0, this.totals.get(metric) ?? 0);
  }

  support(): Record<string, number> {
    return Object.fromEntries(this.totals);
  }
}

export function confusionTable(
  title: string,
  confusion: Map<string, Map<string, number>>,
): { title: string; header: string[]; rows: string[][] } {
  const labels = [...new Set([...confusion.keys(), ...[...confusion.values()].flatMap((m) => [...m.keys()])])].sort();
  const short = (l: string) => l.replace(/Hostage Taking \((\w+).*\)/, 'Hostage-$1').slice(0, 14);
  return {
    title,
    header: ['gold \\ ours', ...labels.map(short)],
    rows: [...confusion.keys()].sort().map((g) => [short(g), ...labels.map((l) => String(confusion.get(g)!.get(l) ?? 0))]),
  };
}
