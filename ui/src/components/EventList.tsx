// The events found, each field focusable to show the text and rule behind it.
import { Fragment } from 'preact';
import type { Analysis, EventOut } from '../../../src/model/analysis.ts';
import { countTellers, describeDate, figureWords, humanType, interventionCue, tellerWords } from '../lib/labels.ts';
import { revisedFigure } from '../../../src/model/revised-count.ts';
import { eventFieldProvenance, type EventField } from '../lib/provenance.ts';
import { useProvenance } from './Provenance.tsx';
import { InterventionBadge } from './InterventionBadge.tsx';

export function EventList({ analysis }: { analysis: Analysis }) {
  return (
    <section class="panel" aria-labelledby="events-heading">
      <h2 id="events-heading">
        Events <span class="count">{analysis.events.length}</span>
      </h2>
      {analysis.events.length === 0 ? (
        <p class="empty">No events found: Corroborate looks for attacks, arrests, releases, agreements and the like (docs/taxonomy.md). Try a news report about one.</p>
      ) : (
        <ol class="events">
          {analysis.events.map((e) => (
            <EventItem key={e.id} analysis={analysis} event={e} />
          ))}
        </ol>
      )}
    </section>
  );
}

function EventItem({ analysis, event: e }: { analysis: Analysis; event: EventOut }) {
  const claim = analysis.claims.find((c) => c.id === e.claim);
  const place = analysis.places.find((p) => p.id === e.place);
  const tellers = countTellers(analysis, e);
  const intervention = interventionCue(e);
  return (
    <li class="event" data-event={e.id} data-type={e.type}>
      <h3>
        <Field analysis={analysis} event={e} field="type">
          {humanType(e.type)}
        </Field>
        {intervention && <InterventionBadge cue={intervention} />}
        {claim && (
          <span class={`cert-label cert-${claim.certainty}`} title="certainty of the claim this event belongs to">
            {claim.certainty}
          </span>
        )}
      </h3>
      <dl>
        {e.counts.length > 0 && (
          <>
            <dt>Counts</dt>
            <dd>
              {e.counts.map((c, i) => (
                <Fragment key={i}>
                  {i > 0 && <span class="count-sep">{e.counts[i - 1].kind === c.kind ? ' · ' : ', '}</span>}
                  <Field analysis={analysis} event={e} field={`count:${i}`} className={tellers[i] ? 'count-field told' : 'count-field'}>
                    {figureWords(c)}
                    {(c.revised || tellers[i]) && <span class="teller">{tellerWords(tellers[i], c.revised === true, c.revised ? revisedFigure(e.counts, c) : undefined)}</span>}
                  </Field>
                </Fragment>
              ))}
            </dd>
          </>
        )}
        {e.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>
              {e.actors.map((r, i) => (
                <Field key={i} analysis={analysis} event={e} field={`actor:${i}`}>
                  {analysis.actors.find((a) => a.id === r.actor)?.name ?? r.actor} <span class="muted">({r.role}{r.inferred ? ', inferred' : ''})</span>
                </Field>
              ))}
            </dd>
          </>
        )}
        <dt>Place</dt>
        <dd>
          {e.place ? (
            <Field analysis={analysis} event={e} field="place">
              {place ? `${place.name}${place.country ? `, ${place.country}` : ''}` : e.place}
            </Field>
          ) : (
            <span class="muted">not given</span>
          )}
        </dd>
        <dt>Date</dt>
        <dd>
          {e.date ? (
            <Field analysis={analysis} event={e} field="date">
              {describeDate(e.date)}
            </Field>
          ) : (
            <span class="muted">not given</span>
          )}
        </dd>
      </dl>
    </li>
  );
}

function Field({
  analysis,
  event,
  field,
  className,
  children,
}: {
  analysis: Analysis;
  event: EventOut;
  field: EventField;
  className?: string;
  children: preact.ComponentChildren;
}) {
  const props = useProvenance(eventFieldProvenance(analysis, event, field));
  return (
    <span class={`field ${className ?? ''}`} {...props}>
      {children}
    </span>
  );
}
