// Who the article's claims rest on, as one bar (named / official / anonymous / expert / media /
// self / none), with every share also written out, plus how sure the claims are.
import type { Sourcing } from '../../../src/model/analysis.ts';
import type { Certainty } from '../../../src/model/types.ts';
import { ATTRIBUTIONS, ATTRIBUTION_HELP, ATTRIBUTION_LABEL, CERTAINTIES, CERTAINTY_HELP } from '../lib/labels.ts';

export function SourcingBar({ sourcing }: { sourcing: Sourcing }) {
  const total = sourcing.claims;
  // "self" is rare: shown only when the article has such claims.
  const kinds = ATTRIBUTIONS.filter((k) => k !== 'self' || sourcing.self > 0);
  const pct = (n: number) => (total === 0 ? 0 : Math.round((100 * n) / total));
  const summary = kinds.map((k) => `${sourcing[k]} ${ATTRIBUTION_LABEL[k]}`).join(', ');
  const certainty: Record<Certainty, number> = {
    asserted: total - sourcing.hedged - sourcing.predicted - sourcing.speculative - sourcing.denied,
    hedged: sourcing.hedged,
    predicted: sourcing.predicted,
    speculative: sourcing.speculative,
    denied: sourcing.denied,
  };
  return (
    <section class="sourcing" aria-labelledby="sourcing-heading">
      <h2 id="sourcing-heading">Sourcing profile</h2>
      {total === 0 ? (
        <p class="empty">No claims, so no sourcing to show.</p>
      ) : (
        <>
          <div class="sourcing-bar" role="img" aria-label={`${total} claims by source: ${summary}`}>
            {kinds
              .filter((k) => sourcing[k] > 0)
              .map((k) => (
                <span key={k} class={`bar-seg attr-${k}`} style={{ width: `${(100 * sourcing[k]) / total}%` }} title={`${ATTRIBUTION_LABEL[k]}: ${sourcing[k]}`}>
                  {pct(sourcing[k]) >= 12 ? ATTRIBUTION_LABEL[k] : ''}
                </span>
              ))}
          </div>
          <ul class="legend">
            {kinds.map((k) => (
              <li key={k} data-attribution={k} title={ATTRIBUTION_HELP[k]}>
                <span class={`swatch attr-${k}`} aria-hidden="true" />
                {ATTRIBUTION_LABEL[k]} <strong>{sourcing[k]}</strong> <span class="muted">({pct(sourcing[k])}%)</span>
              </li>
            ))}
          </ul>
          <h3 class="subhead">Certainty of the {total} claims</h3>
          <ul class="legend">
            {CERTAINTIES.map((c) => (
              <li key={c} data-certainty={c} title={CERTAINTY_HELP[c]}>
                <span class={`cert-label cert-${c}`}>{c}</span> <strong>{certainty[c]}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
