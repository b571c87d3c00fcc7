

// Location lines: a text's last line written without capitals, a line written in capitals.

/** Words that join or measure names, not part of them, in a line written in capitals (Scan.cap). */
export const CAPS_LINE_WORDS: ReadonlySet<string> = new Set([
  'in', 'of', 'the', 'and', 'or', 'near', 'at', 'on', 'from', 'to', 'by', 'some', 'off', 'with', 'between', 'for', 'a', 'an',
  'as', 'is', 'was', 'were', 'into', 'outside', 'inside', 'along', 'across', 'after', 'before', 'during', 'over', 'under', 'its',
  'their', 'other', 'adjoining', 'different', 'parts', 'part', 'km', 'kms', 'kilometres', 'kilometers', 'miles', 'mile',
]);
/** The most words a line without capitals may have to be read as a location line. */
const LOWER_LINE_WORDS = 12;
/** The most lines a text may have for its last one to be a location line: a headline or two and where it happened. */
const LOCATION_TEXT_LINES = 4;

/**
 * [from, to) of a text's location line written without capitals ("datta khel area of north
 * waziristan" under a headline), or null: the last non-empty line of a short text of several lines,
 * with no capital and at most LOWER_LINE_WORDS words. An article's paragraphs, a caption or a
 * sign-off in lower case ("nice weather in bath") are no such line: an article has more lines.
 */
export function lowerCaseLocationLine(text: string): [number, number] | null {
  // (The scanner and the resolver's unknownAreaInPakistan both ask; a text of one line, most
  // texts, is answered at once, and a longer one stops counting at its fifth line.)
  if (text.indexOf('\n') < 0) return null;
  const body = text.trimEnd();
  const from = body.lastIndexOf('\n') + 1;
  if (from === 0) return null;
  let lines = 0;
  for (let at = 0; at < body.length; ) {
    const nl = body.indexOf('\n', at);
    const end = nl < 0 ? body.length : nl;
    if (/\S/.test(body.slice(at, end)) && ++lines > LOCATION_TEXT_LINES) return null;
    at = end + 1;
  }
  const line = body.slice(from);
  if (/[A-Z]/.test(line) || !/[a-z]/.test(line) || line.trim().split(/\s+/).length > LOWER_LINE_WORDS) return null;
  return [from, body.length];
}
/** The line around offset `at` has no lower-case letter ("5 KM SOUTH OF DANDE"). */
export function lineHasNoLowerCase(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  return !/[a-z]/.test(text.slice(from, to));
}
