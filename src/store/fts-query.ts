import { CorroborateError } from '../model/errors.ts';

// A search as people type it ("suicide bomber", "\"claimed responsibility\" TTP", "attack -drone",
// "kabul OR kandahar") parsed once, then written for FTS5 (SQLite) or kept for PostgreSQL's
// websearch_to_tsquery, so both backends read the same query the same way and no input can
// reach either engine's own syntax.

export interface SearchTerm {
  /** One word or a quoted phrase, as words. */
  words: string[];
  negated: boolean;
}

/** Groups joined by OR; the terms inside a group are joined by AND. */
export type ParsedQuery = SearchTerm[][];

const WORD = /[\p{L}\p{N}]+/gu;

export function parseSearch(query: string): ParsedQuery {
  const groups: ParsedQuery = [[]];
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query))) {
    if (m[3] === 'OR') {
      if (groups[groups.length - 1].length > 0) groups.push([]);
      continue;
    }
    const negated = m[1] === '-' || (m[3] !== undefined && m[3].startsWith('-'));
    const body = m[2] ?? m[3].replace(/^-/, '');
    const words = body.toLowerCase().match(WORD) ?? [];
    if (words.length > 0) groups[groups.length - 1].push({ words, negated });
  }
  const kept = groups.filter((g) => g.length > 0);
  if (kept.length === 0) {
    throw new CorroborateError('E_BAD_OPTION', `search: "${query}" has no words to search for`);
  }
  for (const g of kept) {
    if (g.every((t) => t.negated)) {
      throw new CorroborateError('E_BAD_OPTION', `search: "${query}" only excludes words; say what to find too`);
    }
  }
  return kept;
}

/** The FTS5 MATCH expression: every word quoted, so no character of the input is FTS5 syntax. */
export function toFts5(q: ParsedQuery): string {
  const phrase = (t: SearchTerm) => `"${t.words.join(' ')}"`;
  return q
    .map((group) => {
      const pos = group.filter((t) => !t.negated).map(phrase).join(' AND ');
      const neg = group.filter((t) => t.negated).map((t) => ` NOT ${phrase(t)}`).join('');
      return `(${pos}${neg})`;
    })
    .join(' OR ');
}

/** The same query in websearch_to_tsquery's syntax, rebuilt from the parsed words. */
export function toWebsearch(q: ParsedQuery): string {
  return q
    .map((group) => group.map((t) => `${t.negated ? '-' : ''}"${t.words.join(' ')}"`).join(' '))
    .join(' or ');
}
