import type { AttributionKind, Certainty } from '../model/types.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { TokenTrie } from '../gazetteer/trie.ts';

// The declarative cue lexicons in data/lexicons, compiled once into token tries.

type SourceKind = Exclude<AttributionKind, 'named' | 'self' | 'unattributed'>;

interface AttributionFile {
  sources: Record<SourceKind, string[]>;
  sourceModifiers: string[];
  auxiliaries: string[];
  verbs: Record<Certainty, string[]>;
  accordingTo: string[];
}

interface CertaintyFile {
  hedged: string[];
  predicted: string[];
  speculative: string[];
  denied: string[];
  modals: string[];
}

export interface Lexicons {
  /** Source nouns ("source:<kind>"), reporting verbs ("verb:<certainty>"), "according". */
  attribution: TokenTrie;
  /** Certainty cues, entity "certainty:<certainty>". */
  certainty: TokenTrie;
  sourceModifiers: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  /** Cues that count only in lower case ("may" the modal, not the month). */
  lowercaseOnly: ReadonlySet<string>;
}

export function buildLexicons(attr: AttributionFile, cert: CertaintyFile): Lexicons {
  const attribution = new TokenTrie();
  for (const [kind, phrases] of Object.entries(attr.sources)) {
    for (const p of phrases) attribution.add(p, `source:${kind}`, /^\p{Lu}{2,}/u.test(p) || /^The \p{Lu}/u.test(p));
  }
  for (const [certainty, verbs] of Object.entries(attr.verbs)) {
    for (const v of verbs) attribution.add(v, `verb:${certainty}`);
  }
  for (const p of attr.accordingTo) attribution.add(p, 'according');

  const certainty = new TokenTrie();
  for (const kind of ['hedged', 'predicted', 'speculative', 'denied'] as const) {
    for (const p of cert[kind]) certainty.add(p, `certainty:${kind}`);
  }
  return {
    attribution,
    certainty,
    sourceModifiers: new Set(attr.sourceModifiers.map((s) => s.toLowerCase())),
    auxiliaries: new Set(attr.auxiliaries),
    lowercaseOnly: new Set(cert.modals),
  };
}

let cached: Lexicons | null = null;

export function loadLexicons(): Lexicons {
  cached ??= buildLexicons(
    readDataJson<AttributionFile>('lexicons/attribution.json'),
    readDataJson<CertaintyFile>('lexicons/certainty.json'),
  );
  return cached;
}
