// An analysis laid out: the article with its claims, the sourcing profile, events, a map of the
// places, places and actors. Used for a fresh analysis and for a stored article alike.
import type { Analysis } from '../../../src/model/analysis.ts';
import { ArticleView } from '../components/ArticleView.tsx';
import { EventList } from '../components/EventList.tsx';
import { ActorList, PlaceList } from '../components/EntityLists.tsx';
import { SourcingBar } from '../components/SourcingBar.tsx';
import { WorldMap, type MapPoint } from '../components/WorldMap.tsx';
import { mentionProvenance, placeNotes } from '../lib/provenance.ts';

export function AnalysisView({ analysis }: { analysis: Analysis }) {
  const points: MapPoint[] = analysis.places
    .filter((p) => p.lat !== null && p.lon !== null)
    .map((p) => ({
      id: p.id,
      lat: p.lat!,
      lon: p.lon!,
      label: `${p.name}${p.country ? `, ${p.country}` : ''} (${p.kind})`,
      country: p.country,
      precision: p.precision,
      provenance: p.mentions[0] ? mentionProvenance(analysis, 'place', p.id, p.name, p.mentions[0], placeNotes(p)) : undefined,
    }));
  return (
    <>
      <p class="visually-hidden" role="status">
        Analysis ready: {analysis.claims.length} claims, {analysis.events.length} events, {analysis.places.length} places.
      </p>
      <div class="analysis">
        <div class="main-column">
          <SourcingBar sourcing={analysis.sourcing} />
          <ArticleView analysis={analysis} />
        </div>
        <aside class="side-column" aria-label="Events, places and actors">
          <EventList analysis={analysis} />
          <section class="panel" aria-labelledby="map-heading">
            <h2 id="map-heading">Map</h2>
            <WorldMap points={points} label={`Map of the ${points.length} places in the article`} />
          </section>
          <PlaceList analysis={analysis} />
          <ActorList analysis={analysis} />
        </aside>
      </div>
    </>
  );
}
