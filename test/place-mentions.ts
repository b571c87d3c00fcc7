import assert from 'node:assert/strict';
import { loadPlaceGazetteer } from '../src/gazetteer/places.ts';
import type { EntityMention, PlaceEntry } from '../src/model/types.ts';
import { tokenize } from '../src/recognize/tokenize.ts';

// The place gazetteer's mentions of a text with their entries: what the geoparsing tests read.

export type PlaceMention = EntityMention & { place: PlaceEntry; surface: string };

export const placeGazetteer = loadPlaceGazetteer();

/** Every place mention of `text`, with its entry and the words it covers. */
export function placeMentions(text: string): PlaceMention[] {
  return placeGazetteer.match(text, tokenize(text)).map((m) => ({ ...m, place: placeGazetteer.get(m.entity)!, surface: text.slice(m.start, m.end) }));
}

/** The mention of `text` that covers exactly `surface`; fails the test when there is none. */
export function placeOf(text: string, surface: string): PlaceMention {
  const m = placeMentions(text).find((x) => x.surface === surface);
  assert.ok(m, `no place "${surface}" in: ${text}`);
  return m;
}
