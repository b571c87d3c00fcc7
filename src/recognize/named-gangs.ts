import type { Doc, EntityMention } from '../model/types.ts';

// "Members of the Chien Mechant Gang clashed with ...", "the Cuban Gang shot dead a man": a name
// the actor gazetteer does not know, followed by "Gang", still says what the group is. ACLED
// codes a gang by its name where it keeps one, and as "Unidentified Gang (<country>)" otherwise
// (Jamaica's "Taliban Gang" or "Cuban Gang"); we make the whole phrase an unidentified gang, its
// country settled later from the places around it like any generic actor's. A name the gazetteer
// knows whole ("400 Mawozo Gang", "gang members") keeps its own mention; a curated name inside the
// phrase ("Taliban" in "Taliban Gang") gives way to it.

/** Words that open a noun phrase rather than name a gang ("The", "A"). */
const OPENERS = new Set(['the', 'a', 'an', 'rival', 'local', 'notorious', 'members', 'of']);
const NAME_WORD = /^[\p{Lu}\p{N}]/u;
const MAX_NAME_WORDS = 3;

export function withNamedGangs(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  const added: EntityMention[] = [];
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    // Compared as strings, not by a regular expression: this runs on every token, and a test()
    // allocates its match data each time (16 MB a pass over the bench texts).
    if ((t.lower !== 'gang' && t.lower !== 'gangs') || doc.text[t.start] !== 'G') continue;
    // A title-case run ("Police Arrest Gang Leaders") is a headline, not a name.
    const next = toks[i + 1];
    if (next && next.sentence === t.sentence && NAME_WORD.test(doc.text.slice(next.start, next.end))) continue;
    let first = i;
    while (first > 0 && i - first < MAX_NAME_WORDS) {
      const p = toks[first - 1];
      const word = doc.text.slice(p.start, p.end);
      if (p.sentence !== t.sentence || !NAME_WORD.test(word) || OPENERS.has(p.lower)) break;
      first--;
    }
    if (first === i) continue;
    const start = toks[first].start;
    if (mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
    if (mentions.some((m) => m.start < start && m.end > start)) continue;
    added.push({ start, end: t.end, entity: 'unidentified-gang', alias: doc.text.slice(start, t.end), rule: 'actor-generic:unidentified-gang:named-gang' });
  }
  if (added.length === 0) return mentions;
  const kept = mentions.filter((m) => !added.some((a) => a.start <= m.start && m.end <= a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
