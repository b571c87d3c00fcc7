// (Session 21, news52/news53) A revised toll ("The police later revised the toll to nine") is
// kept beside the figure it revises: the event's own figure of that kind, the first count of the
// kind that no teller gave. The text report and `corroborate story` both name that figure
// ("revised from 14"); the analysis's counts and a story unit's counts share the shape read here.

/** The count a revision `c` revises among `counts`: the first of its kind with no teller, or undefined. */
export function revisedFigure<C extends { kind: string; toldBy?: unknown }>(counts: readonly C[], c: C): C | undefined {
  return counts.find((x) => x.kind === c.kind && !x.toldBy);
}
