// (Session 23) Who gave each figure of an event. A rival toll names its teller (`toldBy`, the
// analysis's span: "the Taliban put the toll at eight"); the figure it rivals, the event's own of
// that kind, is the claim's: the source of the claim whose sentence states it ("Police said 12
// soldiers were killed; ..." → Police). The article view, the text report and the store's event
// lists (GET /v1/events, `corroborate events`) all ask here, so they name the same teller.

/** The parts of a claim the lookup reads: the analysis's claims and the store's `claims` rows give them. */
export interface ClaimSpan {
  start: number;
  end: number;
  attribution: { source: string | null };
}

/** The parts of a count the lookup reads (an analysis's count, or a stored event's `counts` JSON). */
export interface CountSpan {
  kind: string;
  start: number;
  end: number;
  toldBy?: { text: string };
}

/**
 * Who gave each count, in order: a rival toll's `toldBy` words; for a count that a teller's figure
 * of the same kind stands beside (a rival or a revision) and that has no `toldBy` itself, the
 * source of the claim holding its words, when that claim names one. null otherwise: a figure with
 * no rival needs no teller (its claim's source is shown with the claim).
 */
export function countTellers(claims: readonly ClaimSpan[], counts: readonly CountSpan[]): Array<string | null> {
  return counts.map((c) => {
    if (c.toldBy) return c.toldBy.text;
    if (!hasToldRival(counts, c)) return null;
    return claimSourceOf(claims, c);
  });
}

/** Whether another count of `c`'s kind was given by a teller. */
export function hasToldRival(counts: readonly CountSpan[], c: CountSpan): boolean {
  return counts.some((o) => o !== c && o.kind === c.kind && o.toldBy);
}

/** The source of the first claim whose span holds the count's words, or null. */
function claimSourceOf(claims: readonly ClaimSpan[], c: CountSpan): string | null {
  const claim = claims.find((k) => k.start <= c.start && c.end <= k.end);
  return claim?.attribution.source ?? null;
}

/**
 * The counts with the first figure's teller added as `claimSource` where countTellers finds one
 * (a count with no `toldBy` that a teller's figure stands beside); every other count as it was.
 * What GET /v1/events and `corroborate events` give, and what the text report writes.
 */
export function withClaimSources<C extends CountSpan>(claims: readonly ClaimSpan[], counts: readonly C[]): Array<C & { claimSource?: string }> {
  const tellers = countTellers(claims, counts);
  return counts.map((c, i) => {
    const teller = tellers[i];
    return !c.toldBy && teller !== null ? { ...c, claimSource: teller } : c;
  });
}
