// Headlines joined by ";" on one line with no full stop (UCDP texts, wire digests): each headline
// is a statement of its own. Claims split at them (claims.ts, 'claim:split-at-headline'); events
// are built within one of them (events.ts), so an actor, place, date or count of one headline
// never joins the trigger of another.

/**
 * A line of headlines joined by ";" ("Three soldiers killed in Bannu;TTP commander reportedly
 * killed in North Waziristan"): no full stop, question or exclamation mark at its end (before a
 * tag in brackets such as ACLED's "[size=no report]"), and every headline after a ";" opening
 * with a capital or a digit ("…; however, sources attributed …" and a list "…; the Anne Arundel
 * NAACP; …" are prose).
 */
export function isHeadlineList(sentence: string): boolean {
  // Most lines have no ";": then none is a list, and the tag pattern below, anchored at the end,
  // need not be tried from every position of the line.
  if (!sentence.includes(';')) return false;
  const body = sentence.replace(/(?:\s*\[[^\]]*\])+\s*$/, '');
  if (!body.includes(';') || /[.!?]["'”’)\]]*\s*$/.test(body)) return false;
  return body.split(';').slice(1).every((part) => /^\s*[\p{Lu}\p{N}]/u.test(part));
}

/** The offsets of the ";" marks that join the headlines of text[start, end), none when it is no headline list. */
export function headlineJoins(text: string, start: number, end: number): number[] {
  // (No ";" in the line: no list, and no slice of it made.)
  const first = text.indexOf(';', start);
  if (first < 0 || first >= end) return [];
  const line = text.slice(start, end);
  if (!isHeadlineList(line)) return [];
  const joins: number[] = [];
  for (let k = line.indexOf(';'); k >= 0; k = line.indexOf(';', k + 1)) joins.push(start + k);
  return joins;
}

/**
 * The headlines of text[start, end): one span each, from after the ";" before it (and the
 * spaces after that) to the ";" after it (less the spaces before); the whole span when it is no
 * headline list.
 */
export function headlineSpans(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const joins = headlineJoins(text, start, end);
  if (joins.length === 0) return [{ start, end }];
  const spans: Array<{ start: number; end: number }> = [];
  let from = start;
  for (const at of [...joins, end]) {
    let to = at;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) spans.push({ start: from, end: at === end ? end : to });
    from = at + 1;
    while (from < end && /\s/.test(text[from])) from++;
  }
  return spans;
}
