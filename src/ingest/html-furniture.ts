// Page furniture recognised by its markup and removed from the page before Readability runs.
// Readability drops class names and most attributes from what it returns, so these elements
// can only be told apart here, on the page as published.

import type { parseHTML } from 'linkedom';

type ParsedDocument = ReturnType<typeof parseHTML>['document'];

/** Elements that never hold article text, only text about a picture or a media player. */
const FURNITURE_SELECTORS = ['figcaption'];

export function pruneFurniture(document: ParsedDocument): void {
  for (const el of Array.from(document.querySelectorAll(FURNITURE_SELECTORS.join(', ')))) el.remove();
}
