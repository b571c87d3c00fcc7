import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CorroborateError } from '../model/errors.ts';
import type { DateMention, Span } from '../model/types.ts';
import { recognizeDates } from '../recognize/dates.ts';
import { splitSentences } from '../recognize/sentences.ts';
import { f1, ratio, round } from './metrics.ts';
import { parseTimeml, TimemlError, type GoldTimex } from './timeml.ts';
import type { EvalMiss, EvalOptions, EvalResult, Scorer } from './types.ts';

// TempEval-3 TIMEX3 recognition and normalisation, measured on the date recogniser itself
// (recognizeDates over the stripped <TEXT>, with the document creation time as the reference),
// not through analyze(), which would refuse some documents and reshape the text. The system's
// expressions are the mentions' TIMEX3 readings (DateMention.timex: a range "from 1994 to 1997"
// is two); a mention with no reading (an open range, a known event) still counts as a detected
// expression, with no value.
//
// Scoring follows TE3's evaluate_entities.py, micro-averaged over the whole corpus:
// - gold and system expressions are paired one-to-one by overlapping extent (the TE3 toolkit
//   aligns ids by overlap first); a gold expression takes the overlapping system one with the
//   same extent if any, else the one with the largest overlap;
// - relaxed: P = pairs / system, R = pairs / gold; strict: the same with pairs whose extents are
//   identical;
// - value: accuracy = pairs whose values are equal strings / pairs, and value F1 = accuracy x
//   relaxed F1, i.e. P = value hits / system and R = value hits / gold;
// - the DCT (t0) and empty extents are not scored.

const CONTEXT = 80;

function findTml(path: string): string[] {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    throw new CorroborateError('E_NOT_FOUND', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (info.isFile()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.tml')) out.push(p);
    }
  };
  walk(path);
  return out;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** A system expression: one TIMEX3 reading of a date mention. */
export interface SystemTimex extends Span {
  text: string;
  type: string | null;
  value: string | null;
  rule: string;
}

/** The expressions a document's mentions stand for, in text order. */
export function systemTimexes(text: string, mentions: readonly DateMention[]): SystemTimex[] {
  const out: SystemTimex[] = [];
  for (const m of mentions) {
    if (!m.timex || m.timex.length === 0) {
      out.push({ start: m.start, end: m.end, text: m.text, type: null, value: null, rule: m.rule });
      continue;
    }
    for (const t of m.timex) out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), type: t.type, value: t.value, rule: m.rule });
  }
  return out;
}

/** One-to-one pairs of gold and system expressions by overlapping extent. */
export function pairByOverlap<G extends Span, O extends Span>(gold: readonly G[], ours: readonly O[]): Array<[G, O]> {
  const used = new Set<number>();
  const pairs: Array<[G, O]> = [];
  for (const g of gold) {
    let best = -1;
    let bestScore = 0;
    ours.forEach((o, i) => {
      if (used.has(i)) return;
      const ov = overlap(g, o);
      if (ov <= 0) return;
      const score = o.start === g.start && o.end === g.end ? Infinity : ov;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, ours[best]]);
    }
  }
  return pairs;
}

function context(text: string, start: number, end: number): string {
  const a = Math.max(0, start - CONTEXT);
  const b = Math.min(text.length, end + CONTEXT);
  return `${a > 0 ? '…' : ''}${text.slice(a, start)}[${text.slice(start, end)}]${text.slice(end, b)}${b < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

/**
 * Gold writes some values in more than one form: "1968-XX" and "1968", "2000-W8" and "2000-W08",
 * "199X" and "199". The contract score compares strings exactly, as TE3 does; this form is only
 * for the side table that shows how much of the value gap is notation.
 */
export function lenientValue(v: string): string {
  return v
    .replace(/(?:-XX)+$/, '')
    .replace(/-W(\d)(?=$|-)/, '-W0$1')
    .replace(/^(\d{3})X$/, '$1');
}

function prf(hits: number, system: number, gold: number): [number, number, number] {
  const p = system === 0 ? 0 : hits / system;
  const r = gold === 0 ? 0 : hits / gold;
  return [p, r, f1(p, r)];
}

export const tempeval3Scorer: Scorer = {
  name: 'tempeval3',
  description: 'TempEval-3 TimeML folder (.tml, recursive): TIMEX3 strict and relaxed extent F1, value F1',
  async run(path: string, options: EvalOptions): Promise<EvalResult> {
    const t0 = performance.now();
    const files = findTml(path);
    const skipped: EvalResult['skipped'] = [];
    const misses: EvalMiss[] = [];
    const miss = (m: EvalMiss) => {
      if (misses.length < options.errors) misses.push(m);
    };
    const byType = new Map<string, { gold: number; matched: number; value: number }>();
    let gold = 0;
    let system = 0;
    let relaxed = 0;
    let strict = 0;
    let valueHits = 0;
    let lenientHits = 0;
    let records = 0;

    for (const file of files) {
      const name = relative(path, file) || file;
      let doc;
      try {
        doc = parseTimeml(readFileSync(file, 'utf8'));
      } catch (e) {
        if (!(e instanceof TimemlError)) throw e;
        skipped.push({ line: e.line, reason: `${name}: ${e.message}` });
        continue;
      }
      const ours = systemTimexes(doc.text, recognizeDates(doc.text, splitSentences(doc.text), doc.dct));
      records++;
      gold += doc.timexes.length;
      system += ours.length;
      const pairs = pairByOverlap(doc.timexes, ours);
      relaxed += pairs.length;
      const paired = new Set(pairs.map(([, o]) => o));
      const pairedGold = new Set(pairs.map(([g]) => g));
      for (const g of doc.timexes) {
        const t = byType.get(g.type) ?? { gold: 0, matched: 0, value: 0 };
        t.gold++;
        byType.set(g.type, t);
        if (!pairedGold.has(g)) {
          miss({ metric: 'relaxedF1', record: `${name} ${g.tid}`, text: context(doc.text, g.start, g.end), gold: `${g.type} ${g.value} "${g.text}"`, ours: 'none' });
        }
      }
      for (const [g, o] of pairs) {
        const t = byType.get(g.type)!;
        t.matched++;
        const value = o.value;
        if (o.start === g.start && o.end === g.end) strict++;
        else miss({ metric: 'strictF1', record: `${name} ${g.tid}`, text: context(doc.text, g.start, g.end), gold: `"${g.text}"`, ours: `"${o.text}"` });
        if (value !== null && lenientValue(value) === lenientValue(g.value)) lenientHits++;
        if (value === g.value) {
          valueHits++;
          t.value++;
        } else {
          miss({ metric: 'valueF1', record: `${name} ${g.tid}`, text: context(doc.text, o.start, o.end), gold: `${g.type} ${g.value} "${g.text}"`, ours: `${value ?? 'no value'} "${o.text}" (${o.rule})` });
        }
      }
      for (const o of ours) {
        if (!paired.has(o)) {
          miss({ metric: 'relaxedF1', record: name, text: context(doc.text, o.start, o.end), gold: 'none', ours: `${o.value ?? 'no value'} "${o.text}" (${o.rule})` });
        }
      }
    }

    const s = prf(strict, system, gold);
    const r = prf(relaxed, system, gold);
    const accuracy = relaxed === 0 ? 0 : valueHits / relaxed;
    const v: [number, number, number] = [accuracy * r[0], accuracy * r[1], accuracy * r[2]];
    const lenient = relaxed === 0 ? 0 : lenientHits / relaxed;
    const fmt = (x: number) => round(x).toFixed(4);
    const empty = gold === 0 && system === 0;
    return {
      dataset: 'tempeval3',
      records,
      metrics: {
        strictF1: empty ? null : round(s[2]),
        relaxedF1: empty ? null : round(r[2]),
        valueF1: empty ? null : round(v[2]),
      },
      support: { goldTimex: gold, systemTimex: system, relaxedPairs: relaxed, strictPairs: strict, valuePairs: valueHits },
      skipped,
      misses,
      tables: [
        {
          title: 'TIMEX3, micro-averaged over documents',
          header: ['match', 'P', 'R', 'F1'],
          rows: [
            ['strict', ...s.map(fmt)],
            ['relaxed', ...r.map(fmt)],
            ['value', ...v.map(fmt)],
            ['value, gold notation variants folded', ...[lenient * r[0], lenient * r[1], lenient * r[2]].map(fmt)],
          ],
        },
        {
          title: `value accuracy over relaxed pairs: ${fmt(accuracy)}; by gold type`,
          header: ['type', 'gold', 'paired', 'value ok', 'value ok / gold'],
          rows: [...byType.entries()]
            .sort((a, b) => b[1].gold - a[1].gold)
            .map(([type, t]) => [type, String(t.gold), String(t.matched), String(t.value), String(ratio(t.value, t.gold) ?? 'n/a')]),
        },
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
