// Building regular expressions from literal words and phrases of the lexicons. One place for the
// escaping, so no lexicon entry with a "." or "(" can change what a pattern means.

/** A literal string as regex source: every metacharacter escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A literal phrase as regex source whose spaces match any run of whitespace ("car bomb" matches
 * "car\n bomb"); `apostrophes`, a character class, also lets its straight apostrophes match
 * typographic ones ("didn't" matches "didn’t").
 */
export function phraseSource(phrase: string, apostrophes?: string): string {
  const escaped = escapeRegExp(phrase);
  return (apostrophes ? escaped.replace(/'/g, apostrophes) : escaped).replace(/ /g, '\\s+');
}

/**
 * An alternation of sources made from literal words, longest first, so that a longer entry wins
 * over its own prefix at the same place ("a few" before "a").
 */
export function longestFirst(words: Iterable<string>, source: (word: string) => string = escapeRegExp): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(source)
    .join('|');
}
