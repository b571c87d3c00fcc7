import { readDataJson } from '../gazetteer/load.ts';
import { normaliseWord } from './words.ts';

// Headline cues: what kind of report a headline is, read from phrases in data/story-words.json.
// An `update` (a rising death toll, "more on") and an `aftermath` (a condemnation, a funeral, an
// arrest, a claim) follow an incident already reported, often days later; a `roundup` (a
// broadcaster's programme summary, a yearly list) covers many incidents at once. The clusterer
// looks further back for follow-ups and weighs a round-up's one place and words for little. An
// `operation` (air strikes, an offensive, security forces killing militants, shelling) is one day
// of a campaign: the next day's strikes are usually another event, however alike the headlines.

export type Cue = 'update' | 'aftermath' | 'roundup' | 'operation';
export const CUES: readonly Cue[] = ['update', 'aftermath', 'roundup', 'operation'];

/** Lower-cased words with the folds and suffix cuts of headline words, short words kept, figures left out ("kill 15 militants" reads "kill militants"). */
function cueWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const raw = m[0].toLowerCase();
    const w = normaliseWord(raw) ?? raw;
    if (!/^\d+$/.test(w)) out.push(w);
  }
  return out;
}

let phrases: Array<{ cue: Cue; words: string[] }> | null = null;
function cuePhrases(): Array<{ cue: Cue; words: string[] }> {
  if (!phrases) {
    const data = readDataJson<{ cues: Record<Cue, string[]> }>('story-words.json').cues;
    phrases = CUES.flatMap((cue) => (data[cue] ?? []).map((p) => ({ cue, words: cueWords(p) })));
  }
  return phrases;
}

/** The cues of a headline, in the order of CUES, each once. */
export function headlineCues(text: string): Cue[] {
  const words = cueWords(text);
  const found = new Set<Cue>();
  for (const { cue, words: phrase } of cuePhrases()) {
    if (found.has(cue) || phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, k) => words[i + k] === w)) {
        found.add(cue);
        break;
      }
    }
  }
  return CUES.filter((c) => found.has(c));
}

/**
 * The figure of a death-toll update ("Quetta blast toll rises to 84", "Death toll ... now 57"),
 * or null. Wire headlines state a rising toll this way rather than with a casualty verb.
 */
export function tollFigure(text: string): { value: number; text: string } | null {
  const m = /\btoll\b[^.;:!?]{0,80}?\b(?:to|at|reaches|touches|hits|crosses|now)\s+(\d{1,4})\b/i.exec(text);
  return m ? { value: Number(m[1]), text: m[0] } : null;
}
