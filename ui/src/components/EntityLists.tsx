// Actors and places found in the article, each mention focusable to show its text and rule.
import type { Analysis } from '../../../src/model/analysis.ts';
import { mentionProvenance, placeNotes } from '../lib/provenance.ts';
import type { Range } from '../lib/segments.ts';
import { useProvenance } from './Provenance.tsx';

export function ActorList({ analysis }: { analysis: Analysis }) {
  return (
    <section class="panel" aria-labelledby="actors-heading">
      <h2 id="actors-heading">
        Actors <span class="count">{analysis.actors.length}</span>
      </h2>
      {analysis.actors.length === 0 ? (
        <p class="empty">No actors recognised. The actor gazetteer is data/actors.json; `corroborate actors NAME` looks a name up.</p>
      ) : (
        <ul class="entities">
          {analysis.actors.map((a) => (
            <li key={a.id} data-actor={a.id}>
              <span class="entity-name">{a.name}</span> <span class="muted">{[a.type, a.country].filter(Boolean).join(', ')}</span>
              <Mentions analysis={analysis} kind="actor" id={a.id} name={a.name} mentions={a.mentions} notes={[`type: ${a.type}`, `id: ${a.id}`]} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PlaceList({ analysis }: { analysis: Analysis }) {
  return (
    <section class="panel" aria-labelledby="places-heading">
      <h2 id="places-heading">
        Places <span class="count">{analysis.places.length}</span>
      </h2>
      {analysis.places.length === 0 ? (
        <p class="empty">No places recognised. `corroborate places NAME` shows how a name is looked up.</p>
      ) : (
        <ul class="entities">
          {analysis.places.map((p) => (
            <li key={p.id} data-place={p.id}>
              <span class="entity-name">{p.name}</span> <span class="muted">{[p.kind, p.admin1, p.country].filter(Boolean).join(', ')}</span>
              {p.lat === null && <span class="muted"> (not on the map: no coordinates)</span>}
              <Mentions analysis={analysis} kind="place" id={p.id} name={p.name} mentions={p.mentions} notes={placeNotes(p)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Mentions(props: {
  analysis: Analysis;
  kind: 'actor' | 'place';
  id: string;
  name: string;
  mentions: Array<Range & { text: string; rule: string }>;
  notes: string[];
}) {
  return (
    <span class="mentions">
      {props.mentions.map((m) => (
        <Mention key={m.start} {...props} mention={m} />
      ))}
    </span>
  );
}

function Mention({
  analysis,
  kind,
  id,
  name,
  mention,
  notes,
}: {
  analysis: Analysis;
  kind: 'actor' | 'place';
  id: string;
  name: string;
  mention: Range & { text: string; rule: string };
  notes: string[];
}) {
  const props = useProvenance(mentionProvenance(analysis, kind, id, name, mention, notes));
  return (
    <span class="chip" {...props}>
      {mention.text}
    </span>
  );
}
