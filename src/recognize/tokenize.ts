// One tokenizer for the text and for gazetteer aliases, so both are cut the same way.
// Words keep inner hyphens and apostrophes ("IS-KP", "Mazar-i-Sharif"); a trailing possessive
// ('s or ’s) becomes its own token so "Kabul’s" matches the alias "Kabul".

export interface RawToken {
  start: number;
  end: number;
  lower: string;
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’][sS]$/;

export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const word = m[0];
    const end = start + word.length;
    if (word.length > 2 && POSSESSIVE.test(word)) {
      out.push({ start, end: end - 2, lower: normalizeToken(word.slice(0, -2)) });
      out.push({ start: end - 2, end, lower: "'s" });
    } else {
      out.push({ start, end, lower: normalizeToken(word) });
    }
  }
  return out;
}

/** Lower-case and fold typographic apostrophes so "Kabul’s" and "Kabul's" look alike. */
export function normalizeToken(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}
