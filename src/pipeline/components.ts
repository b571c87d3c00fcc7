import type { Component } from './runner.ts';
import { buildPipeline } from './runner.ts';
import { splitSentences } from '../recognize/sentences.ts';
import { tokenizeSentences } from '../recognize/tokens.ts';
import { recognizeDates, recognizeDatesMany } from '../recognize/dates.ts';
import { recognizeQuantities } from '../recognize/quantities.ts';
import { recognizeActors, recognizePlaces, recognizePlacesMany } from '../recognize/entities.ts';
import { settleActorCountries } from '../recognize/actors.ts';
import { recognizeAttribution } from '../recognize/attribution.ts';
import { recognizeCertaintyCues } from '../recognize/certainty-cues.ts';
import { extractClaims, hedgeClaimsByModel, linkEventsToClaims } from '../extract/claims.ts';
import { extractEvents } from '../extract/events.ts';
import { applyResponsibility } from '../extract/responsible-agent.ts';

// The registry of named components. Order is checked by requires/assigns when the pipeline is
// built, so a misplaced component fails at start-up, not with an empty field at run time.

export const sentences: Component = {
  name: 'sentences',
  requires: ['text'],
  assigns: ['sentences'],
  run: (doc) => void (doc.sentences = splitSentences(doc.text)),
};

export const tokens: Component = {
  name: 'tokens',
  requires: ['sentences'],
  assigns: ['tokens'],
  run: (doc) => void (doc.tokens = tokenizeSentences(doc)),
};

export const dates: Component = {
  name: 'dates',
  requires: ['sentences'],
  assigns: ['dates'],
  run: (doc, ctx) => void (doc.dates = recognizeDates(doc.text, doc.sentences, ctx.published)),
  runMany: (items) => {
    const found = recognizeDatesMany(items.map(({ doc, ctx }) => ({ text: doc.text, sentences: doc.sentences, published: ctx.published })));
    items.forEach(({ doc }, i) => void (doc.dates = found[i]));
  },
};

export const quantities: Component = {
  name: 'quantities',
  requires: ['dates'],
  assigns: ['quantities'],
  run: (doc) => void (doc.quantities = recognizeQuantities(doc)),
};

export const actors: Component = {
  name: 'actors',
  requires: ['tokens', 'dates'],
  assigns: ['actorMentions'],
  run: (doc, ctx) => void (doc.actorMentions = recognizeActors(doc, ctx)),
};

export const places: Component = {
  name: 'places',
  requires: ['tokens', 'actorMentions'],
  assigns: ['placeMentions'],
  run: (doc, ctx) => void (doc.placeMentions = recognizePlaces(doc, ctx)),
  runMany: (items) => {
    const found = recognizePlacesMany(items);
    items.forEach(({ doc }, i) => void (doc.placeMentions = found[i]));
  },
};

/** Generic actors ("protesters", "gunmen") take the country of the places around them. */
export const actorCountries: Component = {
  name: 'actor-countries',
  requires: ['actorMentions', 'placeMentions'],
  assigns: [],
  run: (doc, ctx) => void (doc.actorMentions = settleActorCountries(doc, ctx)),
};

export const cues: Component = {
  name: 'cues',
  requires: ['tokens', 'actorMentions', 'placeMentions'],
  assigns: ['cues'],
  run: (doc, ctx) => {
    doc.cues = [...recognizeAttribution(doc, ctx), ...recognizeCertaintyCues(doc, ctx)].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
  },
};

export const claims: Component = {
  name: 'claims',
  requires: ['sentences', 'cues'],
  assigns: ['claims'],
  run: (doc) => void (doc.claims = extractClaims(doc)),
};

/**
 * Claims the cue rules left asserted, judged by the trained hedge model (weasel wording such as
 * "many scholars", "often", "one of the most"); a claim it finds uncertain becomes hedged and
 * names the model and the features behind the verdict.
 */
export const claimCertainty: Component = {
  name: 'claim-certainty',
  requires: ['claims'],
  assigns: [],
  run: (doc, ctx) => hedgeClaimsByModel(doc, ctx.hedgeModel()),
};

export const events: Component = {
  name: 'events',
  requires: ['tokens', 'actorMentions', 'placeMentions', 'dates', 'quantities', 'claims'],
  assigns: ['events'],
  run: (doc, ctx) => {
    doc.events = extractEvents(doc, ctx);
    applyResponsibility(doc, ctx);
    linkEventsToClaims(doc.claims, doc.events, ctx.actors);
  },
};

export const DEFAULT_COMPONENTS: readonly Component[] = [
  sentences,
  tokens,
  dates,
  quantities,
  actors,
  places,
  actorCountries,
  cues,
  claims,
  claimCertainty,
  events,
];

export const defaultPipeline = buildPipeline(DEFAULT_COMPONENTS);
