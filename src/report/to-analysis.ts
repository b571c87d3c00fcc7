import type { Claim, Doc, EntityMention } from '../model/types.ts';
import type { Analysis, ActorOut, MentionOut, PlaceOut, Sourcing } from '../model/analysis.ts';
import { SCHEMA_VERSION } from '../model/analysis.ts';
import type { Context } from '../pipeline/context.ts';
import { VERSION } from '../version.ts';

/** The finished document in the versioned output contract. */
export function toAnalysis(doc: Doc, ctx: Context): Analysis {
  const actors = new Map<string, ActorOut>();
  for (const m of doc.actorMentions) {
    const e = ctx.actors.get(m.entity)!;
    const out = actors.get(e.id) ?? { id: e.id, name: e.name, type: e.type, country: e.country, mentions: [] };
    out.mentions.push(mentionOut(doc.text, m));
    actors.set(e.id, out);
  }
  // An actor an event implies without naming it (the crowd of a protest) is listed, with no mentions.
  for (const ev of doc.events) {
    for (const r of ev.actors) {
      if (actors.has(r.actor)) continue;
      const e = ctx.actors.get(r.actor);
      if (e) actors.set(e.id, { id: e.id, name: e.name, type: e.type, country: e.country, mentions: [] });
    }
  }
  const places = new Map<string, PlaceOut>();
  for (const m of doc.placeMentions) {
    const p = ctx.places.get(m.entity)!;
    // The admin1 in force on the article's date: the tribal agencies were FATA before 2018.
    const admin1 = ctx.places.admin1At(p.id, doc.article.published) ?? p.admin1;
    let out = places.get(p.id);
    if (!out) {
      // Built key by key (not with spreads) in the same key order.
      const o: Partial<PlaceOut> = { id: p.id, name: p.name, kind: p.kind, country: p.country, admin1, lat: p.lat, lon: p.lon };
      if (m.precision) o.precision = m.precision;
      if (m.evidence) o.evidence = m.evidence;
      if (m.unresolved) o.unresolved = true;
      o.mentions = [];
      out = o as PlaceOut;
      places.set(p.id, out);
    }
    out.mentions.push(mentionOut(doc.text, m));
  }

  const sourcing: Sourcing = {
    claims: doc.claims.length,
    named: 0, official: 0, anonymous: 0, expert: 0, media: 0, self: 0, unattributed: 0,
    hedged: 0, predicted: 0, speculative: 0, denied: 0,
  };
  for (const c of doc.claims) {
    sourcing[c.attribution.kind]++;
    if (c.certainty !== 'asserted') sourcing[c.certainty]++;
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'corroborate', version: VERSION },
    article: { ...doc.article },
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, heading: s.heading })),
    actors: [...actors.values()],
    places: [...places.values()],
    dates: doc.dates.map((d) => {
      const o: Analysis['dates'][number] = {
        start: d.start, end: d.end, text: d.text, value: d.value, precision: d.precision,
        relative: d.relative, resolved: d.resolved,
      } as Analysis['dates'][number];
      if (d.note) o.note = d.note;
      o.rule = d.rule;
      if (d.timex) o.timex = d.timex.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
      return o;
    }),
    quantities: doc.quantities.map((q) => ({
      start: q.start, end: q.end, text: q.text, value: q.value, qualifier: q.qualifier, rule: q.rule,
    })),
    claims: doc.claims.map((c) => claimOut(doc.text, c)),
    events: doc.events.map((e) => ({
      id: e.id, type: e.type, start: e.start, end: e.end, trigger: e.trigger, actors: e.actors,
      place: e.place, placeMention: e.placeMention, date: e.date, dateMention: e.dateMention,
      counts: e.counts, claim: e.claim, provenance: { component: 'events', rules: e.rules },
    })),
    sourcing,
  };
}

function mentionOut(text: string, m: EntityMention): MentionOut {
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: m.rule };
}

/** A claim in the contract, key by key in the contract's order (certaintyModel only when set). */
function claimOut(text: string, c: Claim): Analysis['claims'][number] {
  const o = {
    id: c.id, start: c.start, end: c.end, text: text.slice(c.start, c.end),
    attribution: c.attribution, certainty: c.certainty, cues: c.cues,
  } as Analysis['claims'][number];
  if (c.certaintyModel) o.certaintyModel = c.certaintyModel;
  o.events = c.events;
  o.rule = c.rule;
  return o;
}
