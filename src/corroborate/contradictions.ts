import { haversineKm } from '../gazetteer/geo.ts';
import type { Contradiction, StoryUnit, UnitPlace } from './types.ts';

// Where the reports of one story disagree. Every value is listed with the reports that state
// it; nothing is averaged or resolved. Rules:
// - a count kind ("killed", "wounded") is contradictory when reports state different numbers
//   (a qualifier is kept in the value: "at-least 10"); one report's largest figure per kind
//   stands for that report. A rival figure a report gives beside its event's own ("Police said
//   12 were killed; the Taliban put the toll at eight": a count with `toldBy`) is a value of its
//   own for that report, so one article's two tolls are a contradiction by themselves, and the
//   story's figure is never silently one of them. A revision ("The police later revised the
//   toll to nine": a count with `revised`) is no rival: the report's own figure is updated, so it
//   stands for that report in place of the figure it revises (news53);
// - places contradict when two reports locate the story at towns or districts more than
//   `PLACE_KM` apart or in different provinces; a country or province named beside a town in
//   it refines, it does not contradict;
// - dates contradict only when the texts state different days (a publication day is no claim).

const PLACE_KM = 25;

function countValue(v: number, qualifier: string): string {
  return qualifier === 'exact' ? String(v) : `${qualifier} ${v}`;
}

function groupValues(entries: Array<[string, string]>): Array<{ value: string; reports: string[] }> {
  const byValue = new Map<string, Set<string>>();
  for (const [value, report] of entries) {
    if (!byValue.has(value)) byValue.set(value, new Set());
    byValue.get(value)!.add(report);
  }
  return [...byValue.entries()].map(([value, reports]) => ({ value, reports: [...reports] }));
}

function specific(p: UnitPlace | null): p is UnitPlace {
  return !!p && p.kind !== 'country' && p.kind !== 'region';
}

function placesDisagree(a: UnitPlace, b: UnitPlace): boolean {
  if (a.id === b.id) return false;
  const adminA = a.kind === 'admin1' ? a.name : a.admin1;
  const adminB = b.kind === 'admin1' ? b.name : b.admin1;
  if (adminA && adminB && adminA !== adminB) return true;
  if (a.kind === 'admin1' || b.kind === 'admin1') return false;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  return haversineKm(a.lat, a.lon, b.lat, b.lon) > PLACE_KM;
}

export function contradictionsOf(units: readonly StoryUnit[]): Contradiction[] {
  const out: Contradiction[] = [];

  const kinds = [...new Set(units.flatMap((u) => u.counts.map((c) => c.kind)))].sort();
  for (const kind of kinds) {
    const perReport = new Map<string, { own: { value: number; qualifier: string } | null; revisedTo: { value: number; qualifier: string } | null; rivals: string[] }>();
    for (const u of units) {
      for (const c of u.counts) {
        if (c.kind !== kind) continue;
        let r = perReport.get(u.articleId);
        if (!r) perReport.set(u.articleId, (r = { own: null, revisedTo: null, rivals: [] }));
        // (The last revision told is the report's latest word.)
        if (c.revised) r.revisedTo = { value: c.value, qualifier: c.qualifier };
        else if (c.toldBy !== undefined) r.rivals.push(countValue(c.value, c.qualifier));
        else if (!r.own || c.value > r.own.value) r.own = { value: c.value, qualifier: c.qualifier };
      }
    }
    const values = groupValues(
      [...perReport.entries()].flatMap(([report, r]) => {
        const figure = r.revisedTo ?? r.own;
        return [...(figure ? [countValue(figure.value, figure.qualifier)] : []), ...r.rivals].map((v): [string, string] => [v, report]);
      }),
    );
    if (values.length > 1) out.push({ field: kind, values });
  }

  const placed = units.filter((u) => specific(u.place));
  // Pairs of distinct places only (units naming one place never disagree), so a story of many
  // reports of a few places costs little.
  const distinct = [...new Map(placed.map((u) => [u.place!.id, u.place!])).values()];
  const clash = distinct.some((p, i) => distinct.slice(i + 1).some((q) => placesDisagree(p, q)));
  if (clash) out.push({ field: 'place', values: groupValues(placed.map((u) => [u.place!.name, u.articleId])) });

  const dated = units.filter((u) => u.dayFrom === 'event');
  const days = groupValues(dated.map((u) => [u.day, u.articleId]));
  if (days.length > 1) out.push({ field: 'date', values: days });

  return out;
}
