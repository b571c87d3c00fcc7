/**
 * Whether a token's first character is a letter or digit, as /^[\p{L}\p{N}]/u tells. The
 * attribution and certainty-cue readers ask it of each word they walk over (some 350,000 times a
 * pass over the bench texts): an ASCII character, as in most words, is told by its code; the
 * regex is kept for the rest.
 */
export function startsWithWordChar(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return /^[\p{L}\p{N}]/u.test(w);
}

/** Whether a word's first character is a letter, as /^\p{L}/u tells; ASCII told by its code. */
export function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return /^\p{L}/u.test(w);
}

/** Whether a word's first character is a lower-case letter, as /^\p{Ll}/u tells; ASCII told by its code. */
export function startsWithLowerLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return /^\p{Ll}/u.test(w);
}
