import { TokenTrie } from '../gazetteer/trie.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { longestFirst } from './regex.ts';
import { CLAIMED_ATTACKS } from './attribution-self.ts';

// The phrase patterns of data/lexicons/attribution.json (anonymity, negations, claims of
// responsibility, spokespeople, contested objects, …), compiled once.

/**
 * The parts of data/lexicons/attribution.json that shape phrases rather than name sources,
 * compiled here beside their one user (ctx.lexicons holds the source and verb tries).
 */
interface AttributionPatternFile {
  passiveAuxiliaries: string[];
  parentheticalOpeners: string[];
  anonymityPhrases: string[];
  clauseConjunctions: string[];
  responsibilityClaims: string[];
  negations: string[];
  audiences: string[];
  organisationHeads: string[];
  /** Actor id → full names of the spokespeople who speak for it. */
  spokespeople: Record<string, string[]>;
  /** Actor id → the names of the outlets through which that group speaks ("Amaq", "Umar Media"). */
  groupOutlets: Record<string, string[]>;
  contestedObjects: string[];
  demandsAfterExpect: string[];
  dismissiveCharacterisations: { verbs: string[]; judgements: string[] };
}

export interface AttributionPatterns {
  passiveAuxiliaries: ReadonlySet<string>;
  parentheticalOpeners: ReadonlySet<string>;
  /** Token sequences, lower-cased. */
  anonymityPhrases: string[][];
  clauseConjunctions: ReadonlySet<string>;
  responsibilityClaims: TokenTrie;
  /**
   * The objects of responsibilityClaims without their first letter ("esponsibility", "redit"),
   * so a plain indexOf finds "responsibility" and "Responsibility" alike: most sentences hold
   * none and skip the trie.
   */
  claimObjectNeedles: string[];
  negations: ReadonlySet<string>;
  /** Whom a source tells what it says when that is no outlet ("a news conference", "parliament"), as token sequences, longest first. */
  audiences: string[][];
  organisationHeads: ReadonlySet<string>;
  /** Surnames (lower-cased) of well-known spokespeople, named even when no full name came before. */
  spokespeopleSurnames: ReadonlySet<string>;
  /** A spokesperson's full name or surname (lower-cased) → the actor id it speaks for; null for a surname two groups share. */
  spokespersonActors: ReadonlyMap<string, string | null>;
  /** A group's own outlet named in a source phrase ("Umar Media", "the Islamic State's Amaq news agency"), its name in group 1, lower-cased for outletActors. */
  groupOutlet: RegExp;
  /** A group's own outlet (lower-cased) → the actor id it speaks for. */
  outletActors: ReadonlyMap<string, string>;
  /** ", a charge the government denies", ", which the army rejected": a denial of what came before. */
  contestsBefore: RegExp;
  /** What a source expects someone to do when it demands rather than foresees ("expected the government to act"), as token sequences. */
  demandsAfterExpect: string[][];
  /** "described … as", "termed …": verbs whose object a judgement may dismiss. */
  characterisationVerbs: ReadonlySet<string>;
  /** "propaganda", "baseless", "a pack of lies": judgements that dismiss what they describe, as token sequences. */
  dismissiveJudgements: string[][];
}

let patterns: AttributionPatterns | null = null;

export function loadPatterns(): AttributionPatterns {
  if (patterns) return patterns;
  const file = readDataJson<AttributionPatternFile>('lexicons/attribution.json');
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const responsibilityClaims = new TokenTrie();
  for (const p of file.responsibilityClaims) responsibilityClaims.add(p, 'claim-of-responsibility');
  const objects = new Set([...file.responsibilityClaims.map((p) => p.split(/\s+/).pop()!.toLowerCase()), ...CLAIMED_ATTACKS]);
  patterns = {
    passiveAuxiliaries: lower(file.passiveAuxiliaries),
    parentheticalOpeners: lower(file.parentheticalOpeners),
    anonymityPhrases: file.anonymityPhrases.map((p) => p.toLowerCase().split(/\s+/)),
    clauseConjunctions: lower(file.clauseConjunctions),
    responsibilityClaims,
    claimObjectNeedles: [...objects].map((w) => w.slice(1)),
    negations: lower(file.negations),
    audiences: file.audiences.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length),
    organisationHeads: lower(file.organisationHeads),
    spokespeopleSurnames: new Set(Object.values(file.spokespeople).flat().map((n) => surnameOf(n))),
    spokespersonActors: spokespersonActorsOf(file.spokespeople),
    groupOutlet: new RegExp(`(?:^|[\\s'’])(${longestFirst(new Set(Object.values(file.groupOutlets).flat()))})(?=$|[\\s'’,])`, 'i'),
    outletActors: new Map(Object.entries(file.groupOutlets).flatMap(([actor, names]) => names.map((n) => [n.toLowerCase(), actor] as [string, string]))),
    demandsAfterExpect: file.demandsAfterExpect.map((p) => p.toLowerCase().split(/\s+/)),
    characterisationVerbs: lower(file.dismissiveCharacterisations.verbs),
    dismissiveJudgements: file.dismissiveCharacterisations.judgements.map((p) => p.toLowerCase().split(/\s+/)),
    contestsBefore: new RegExp(`,\\s*(?:which\\s+|(?:(?:a|an|the|an?\\s+\\S+)\\s+)?(?:${longestFirst(file.contestedObjects)})\\s+(?:that\\s+|which\\s+)?)(?:the\\s+)?$`, 'i'),
  };
  return patterns;
}

function surnameOf(name: string): string {
  return name.split(/\s+/).pop()!.toLowerCase();
}

function spokespersonActorsOf(byActor: Record<string, string[]>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [actor, names] of Object.entries(byActor)) {
    for (const name of names) {
      out.set(name.toLowerCase(), actor);
      const surname = surnameOf(name);
      out.set(surname, out.has(surname) && out.get(surname) !== actor ? null : actor);
    }
  }
  return out;
}
