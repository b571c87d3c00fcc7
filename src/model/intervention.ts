// (Session 21, news46/news50) A protest broken up by force, ACLED's "Protest with intervention",
// is marked in its provenance with the rule `protest:intervention:<cue>` (src/extract/dispersal.ts
// writes it: "protest:intervention:tear-gas"). The store's `events.intervention` column, the
// ACLED coder, the learned features and the UI all read the mark here.

/** The prefix of the rule that marks a protest broken up by force. */
export const INTERVENTION_RULE = 'protest:intervention:';

/** The cue of a protest marked broken up by force ("tear-gas", "batons"), else null. */
export function interventionOf(e: { type: string; provenance?: { rules: readonly string[] } }): string | null {
  if (e.type !== 'protest' || !e.provenance) return null;
  const rule = e.provenance.rules.find((r) => r.startsWith(INTERVENTION_RULE));
  return rule ? rule.slice(INTERVENTION_RULE.length) : null;
}
