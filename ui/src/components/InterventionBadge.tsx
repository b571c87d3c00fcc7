// "with intervention (batons)": a protest broken up by force (the `protest:intervention:<cue>`
// rule, src/extract/dispersal.ts), as the article view and the Events table show it.
import { interventionWords } from '../lib/labels.ts';

export function InterventionBadge({ cue }: { cue: string }) {
  const words = interventionWords(cue);
  return (
    <span class="badge intervention-badge" title={`a protest broken up by force (${words}): ACLED's "Protest with intervention"`}>
      with intervention ({words})
    </span>
  );
}
