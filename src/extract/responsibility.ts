import type { EntityMention, Span } from '../model/types.ts';

// Who is responsible for an attack, from statements of responsibility rather than from the
// subject of the attack verb: "The Taliban claimed responsibility", "No group claimed
// responsibility; however, sources attributed the attack to Boko Haram", "sources suspected the
// involvement of X", "suspected Taliban militants". GTD codes the group so named even without a
// claim, and "Unknown" when no group claims and none is blamed (CODEBOOKS §1.3).

export type ResponsibilityKind = 'claimed' | 'confessed' | 'attributed' | 'suspected' | 'unclaimed';

export interface Responsibility {
  /** Actor id; null when the statement is that no group claimed it and nobody was blamed. */
  actor: string | null;
  kind: ResponsibilityKind;
  /** The statement: from the start of the cue's clause to the end of the actor (or of the cue). */
  evidence: Span;
  /** The actor mention named by the statement. */
  actorSpan: Span | null;
  /**
   * Further groups named with the actor as one subject of a claim, in the text's order ("The TTP
   * and Jamaat-ul-Ahrar separately claimed responsibility": Jamaat-ul-Ahrar); empty otherwise.
   */
  coActors: ReadonlyArray<{ actor: string; span: Span }>;
  /** The cue itself ("claimed responsibility"); null for a statement that no group claimed. */
  cue: Span | null;
  rule: string;
  /**
   * Other groups that claimed in statements of their own ("The TTP claimed responsibility … Hours
   * later, Jamaat-ul-Ahrar also claimed the attack": Jamaat-ul-Ahrar), in the text's order; empty
   * when no other group did.
   */
  rivals: ReadonlyArray<{ actor: string; span: Span }>;
}

/** What the rules read: Doc has it, and an Analysis can be flattened into it. */
export interface ResponsibilityInput {
  text: string;
  sentences: readonly Span[];
  actorMentions: readonly EntityMention[];
}

interface Cue {
  kind: Exclude<ResponsibilityKind, 'unclaimed'>;
  /** Where the responsible actor stands relative to the cue. */
  actor: 'before' | 'after';
  re: RegExp;
  rule: string;
}

const RANK: Record<ResponsibilityKind, number> = { claimed: 0, confessed: 1, attributed: 2, suspected: 3, unclaimed: 4 };

const OBJECT = String.raw`(?:the\s+)?(?:attempted\s+|failed\s+|twin\s+|suicide\s+)?(?:attacks?|incidents?|it|them|bombings?|blasts?|explosions?|assaults?|assassinations?|kidnappings?|abductions?|killings?|shootings?|ambush(?:es)?|strikes?|violence|raids?)`;

const CUES: readonly Cue[] = [
  { kind: 'claimed', actor: 'before', re: /\b(?:claimed|claims|claiming|claim|took|takes|accepted|accepts|admitted)\s+(?:the\s+)?(?:responsibility|credit)\b/gi, rule: 'claimed-responsibility' },
  { kind: 'claimed', actor: 'after', re: /\bresponsibility\s+(?:was|has\s+been|had\s+been)\s+claimed\s+by\b/gi, rule: 'responsibility-claimed-by' },
  // (Session 18, news35) "Jamaat-ul-Ahrar also claimed the attack": the act told before, as its
  // object; not "Authorities claimed the attack was carried out by the ELN" (a clause, no claim).
  // (Session 19, news41) "Islamic State claimed that attack through its Amaq news agency": a demonstrative too.
  { kind: 'claimed', actor: 'before', re: /\b(?:claimed|claims)\s+(?:the|that|this|those|these)\s+(?:attacks?|bombings?|blasts?|assault|events?|incident|killings?|kidnapping|abduction|ambush|shooting)\b(?!\s+(?:was|were|is|are|had|has|have|would|will|could|may|might)\b)/gi, rule: 'claimed-the-act' },
  { kind: 'confessed', actor: 'before', re: /\bconfessed\s+to\s+(?:carrying\s+out|conducting|perpetrating|committing)\b/gi, rule: 'confessed' },
  { kind: 'attributed', actor: 'after', re: new RegExp(String.raw`\battribut(?:ed|es|ing)\s+(?:${OBJECT}\s+)?to\b`, 'gi'), rule: 'attributed-to' },
  { kind: 'attributed', actor: 'after', re: new RegExp(String.raw`\bblam(?:ed|es|ing)\s+(?:${OBJECT}\s+)?on\b`, 'gi'), rule: 'blamed-on' },
  { kind: 'attributed', actor: 'after', re: /\bblam(?:ed|es|ing)\b(?=[^.;]{0,80}\bfor\s+(?:the|this|these|carrying|an?)\b)/gi, rule: 'blamed-for' },
  { kind: 'attributed', actor: 'after', re: /\baccus(?:ed|es|ing)\b(?=[^.;]{0,80}\bof\s+(?:carrying\s+out|conducting|being\s+behind|the\s+(?:attack|bombing|killing)|involvement))/gi, rule: 'accused-of' },
  { kind: 'claimed', actor: 'before', re: /\b(?:issued|made|released)\s+(?:\w+\s+)?claims?\s+of\s+responsibility\b/gi, rule: 'claims-of-responsibility' },
  { kind: 'confessed', actor: 'after', re: /\bconfessed\s+to\s+being\b/gi, rule: 'confessed-to-being' },
  { kind: 'suspected', actor: 'after', re: /\b(?:had\s+been|was|were)\s+(?:fired|planted|launched|detonated|thrown|placed|set)\s+by\b/gi, rule: 'done-by' },
  { kind: 'suspected', actor: 'after', re: /\bsuspect(?:ed|s|ing)?\s+(?:the\s+)?(?:involvement|role|hand)\s+of\b/gi, rule: 'suspected-involvement-of' },
  { kind: 'suspected', actor: 'after', re: /\bsuspect(?:ed|s)\s+(?:that|either)\b/gi, rule: 'suspected-that' },
  { kind: 'suspected', actor: 'after', re: /\bsuspected\s+of\s+being\b/gi, rule: 'suspected-of-being' },
  { kind: 'suspected', actor: 'after', re: /\b(?:was|were|been)\s+(?:carried\s+out|perpetrated|conducted|committed|orchestrated|masterminded)\s+by\b/gi, rule: 'carried-out-by' },
  { kind: 'suspected', actor: 'after', re: /\b(?:believed|thought|said|reported)\s+to\s+(?:be|have\s+been)\s+(?:members?\s+of|linked\s+to|affiliated\s+with|from)?\b/gi, rule: 'believed-to-be' },
  { kind: 'suspected', actor: 'after', re: /\b(?:linked|affiliated|tied)\s+(?:to|with)\b/gi, rule: 'linked-to' },
  { kind: 'suspected', actor: 'after', re: /\bsuspected\b/gi, rule: 'suspected' },
];

/**
 * For a cue's rule, words (lower case) of which every match of its pattern holds one: the
 * patterns fold ASCII case only (no 'u'), so the lower-cased sentence holds the word wherever the
 * sentence matches. A sentence without any of them is not searched with that pattern. A rule not
 * listed is always searched.
 */
const CUE_NEEDS: Readonly<Record<string, readonly string[]>> = {
  'claimed-responsibility': ['responsibility', 'credit'],
  'responsibility-claimed-by': ['responsibility'],
  'claimed-the-act': ['claim'],
  confessed: ['confessed'],
  'attributed-to': ['attribut'],
  'blamed-on': ['blam'],
  'blamed-for': ['blam'],
  'accused-of': ['accus'],
  'claims-of-responsibility': ['responsibility'],
  'confessed-to-being': ['confessed'],
  'suspected-involvement-of': ['suspect'],
  'suspected-that': ['suspect'],
  'suspected-of-being': ['suspected'],
  'believed-to-be': ['believed', 'thought', 'said', 'reported'],
  'linked-to': ['linked', 'affiliated', 'tied'],
  suspected: ['suspected'],
};

/** The distinct words of CUE_NEEDS, and for each cue of CUES the indices of its own (null: none). */
const NEED_WORDS = [...new Set(Object.values(CUE_NEEDS).flat())];
const CUE_NEED_INDICES: ReadonlyArray<readonly number[] | null> = CUES.map(
  (c) => CUE_NEEDS[c.rule]?.map((w) => NEED_WORDS.indexOf(w)) ?? null,
);
const NEED_UNKNOWN = 0;
const NEED_PRESENT = 1;
const NEED_ABSENT = 2;

/**
 * Whether the lower-cased sentence holds one of a cue's words; `present` keeps what is known of
 * each of NEED_WORDS in this sentence, so a word shared by several cues is searched for once.
 */
function mayMatch(needs: readonly number[] | null, lower: string, present: Uint8Array): boolean {
  if (!needs) return true;
  for (const k of needs) {
    if (present[k] === NEED_UNKNOWN) present[k] = lower.includes(NEED_WORDS[k]) ? NEED_PRESENT : NEED_ABSENT;
    if (present[k] === NEED_PRESENT) return true;
  }
  return false;
}

/** A sentence without any of these words is not searched for responsibility statements. */
const CUE_WORDS = /respons|attribut|suspect|blam|accus|confess|claim|carried out|perpetrated|believed|linked|affiliated/i;
const NOBODY_CLAIMED = /\b(?:no|none\s+of\s+the)\s+(?:group|one|organi[sz]ation|party|militant\s+group|outfit|claim)s?\b[^.;]*?\b(?:claim(?:ed|ing|s)?|responsibility)\b|\bnobody\s+(?:has\s+)?claimed\b|\bhas\s+not\s+been\s+claimed\b|\bwas\s+not\s+claimed\b|\bunclaimed\b/gi;
// A cue negated or hedged away: "denied involvement", "sources doubted the veracity of this claim".
const NEGATED_BEFORE = /\b(?:no|not|never|denied|denies|deny|nor)\s+(?:\w+\s+){0,2}$/i;
const CLAUSE_BREAK = /[;:]|,\s*(?:however|but|while|although|and)\b/;

/**
 * The responsibility statement the document makes, strongest kind first (a claim outweighs an
 * attribution, which outweighs a suspicion); within a kind the first in the text. Actors that
 * name nobody (`isUnidentified`: "gunmen", "militants") are passed over, as GTD would. Null when
 * the document says nothing about responsibility.
 */
export function findResponsibility(doc: ResponsibilityInput, isUnidentified: (id: string) => boolean = () => false): Responsibility | null {
  // A sentence is part of the text: where the text has none of the cue words, no sentence has.
  if (!CUE_WORDS.test(doc.text)) return null;
  let best: Responsibility | null = null;
  const claims: Responsibility[] = [];
  const named = doc.actorMentions.filter((m) => !isUnidentified(m.entity));

  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    if (!CUE_WORDS.test(sentence)) continue;
    const inSentence = named.filter((m) => m.start >= s.start && m.end <= s.end);
    const lower = sentence.toLowerCase();
    const present = new Uint8Array(NEED_WORDS.length);

    for (let ci = 0; ci < CUES.length; ci++) {
      const cue = CUES[ci];
      if (!mayMatch(CUE_NEED_INDICES[ci], lower, present)) continue;
      cue.re.lastIndex = 0;
      for (let m = cue.re.exec(sentence); m; m = cue.re.exec(sentence)) {
        const cueStart = s.start + m.index;
        const cueEnd = cueStart + m[0].length;
        if (NEGATED_BEFORE.test(sentence.slice(0, m.index))) continue;
        const actor = cue.actor === 'before' ? subjectBefore(doc.text, inSentence, s.start, cueStart) : objectAfter(doc.text, inSentence, cueEnd, s.end);
        if (!actor) continue;
        if (cue.rule === 'suspected' && actor.start - cueEnd > 12) continue;
        const start = Math.min(actor.start, cueStart);
        const co = cue.kind === 'claimed' ? coordinatedWith(doc.text, inSentence, actor, cue.actor === 'before' ? cueStart : s.end) : [];
        const last = co.length > 0 ? co[co.length - 1] : actor;
        const statement: Responsibility = {
          actor: actor.entity,
          kind: cue.kind,
          evidence: { start, end: Math.max(last.end, cueEnd) },
          actorSpan: { start: actor.start, end: actor.end },
          coActors: co.map((m) => ({ actor: m.entity, span: { start: m.start, end: m.end } })),
          cue: { start: cueStart, end: cueEnd },
          rule: `responsibility:${cue.rule}`,
          rivals: [],
        };
        if (cue.kind === 'claimed') claims.push(statement);
        best = stronger(best, statement);
      }
    }
    NOBODY_CLAIMED.lastIndex = 0;
    const none = NOBODY_CLAIMED.exec(sentence);
    if (none) {
      const start = s.start + none.index;
      best = stronger(best, { actor: null, kind: 'unclaimed', evidence: { start, end: start + none[0].length }, actorSpan: null, coActors: [], cue: null, rule: 'responsibility:no-group-claimed', rivals: [] });
    }
  }
  return best?.kind === 'claimed' ? withRivals(best, claims) : best;
}

/** The claim with the groups that claimed in other statements: not it, not named with it. */
function withRivals(best: Responsibility, claims: readonly Responsibility[]): Responsibility {
  const own = new Set([best.actor, ...best.coActors.map((c) => c.actor)]);
  const rivals: Array<{ actor: string; span: Span }> = [];
  for (const c of [...claims].sort((a, b) => a.evidence.start - b.evidence.start)) {
    if (!c.actor || !c.actorSpan || own.has(c.actor)) continue;
    own.add(c.actor);
    rivals.push({ actor: c.actor, span: c.actorSpan });
  }
  return rivals.length > 0 ? { ...best, rivals } : best;
}

/** The stronger kind of statement; of two of a kind, the first in the text. */
function stronger(best: Responsibility | null, r: Responsibility): Responsibility {
  return !best || RANK[r.kind] < RANK[best.kind] || (RANK[r.kind] === RANK[best.kind] && r.evidence.start < best.evidence.start) ? r : best;
}

/** The actor that is the subject of a cue: the last one before it in its clause, not "No group". */
function subjectBefore(text: string, mentions: readonly EntityMention[], sentenceStart: number, cueStart: number): EntityMention | null {
  let clauseStart = sentenceStart;
  const before = text.slice(sentenceStart, cueStart);
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before.slice(i, i + 9)) && /[;:,]/.test(before[i])) {
      clauseStart = sentenceStart + i + 1;
      break;
    }
  }
  // "X and Y separately claimed": the first named subject of the clause.
  return mentions.find((m) => m.start >= clauseStart && m.end <= cueStart) ?? null;
}

/** What joins two groups named as one subject or object: ", ", "and", ", and", "as well as", "and the". */
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?$/i;

/**
 * The groups named together with `first` as one subject ("The TTP and Jamaat-ul-Ahrar separately
 * claimed", "Hizbul Mujahideen, Lashkar-e-Taiba and Jaish claimed") or object ("responsibility was
 * claimed by X and Y"), in the text's order, up to `limit`; not a group that only owns what
 * follows ("X and Y's spokesman claimed"), nor "X or Y" (one of them).
 */
export function coordinatedWith(text: string, mentions: readonly EntityMention[], first: EntityMention, limit: number): EntityMention[] {
  const out: EntityMention[] = [];
  let prev = first;
  for (const m of mentions) {
    if (m.start < prev.end) continue;
    if (m.end > limit || !COORDINATION.test(text.slice(prev.end, m.start))) break;
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) break;
    if (m.entity !== first.entity && !out.some((o) => o.entity === m.entity)) out.push(m);
    prev = m;
  }
  return out;
}

/** The actor a cue points to: the first one after it, before the clause ends. */
function objectAfter(text: string, mentions: readonly EntityMention[], cueEnd: number, sentenceEnd: number): EntityMention | null {
  const next = mentions.find((m) => m.start >= cueEnd && m.end <= sentenceEnd);
  if (!next) return null;
  const between = text.slice(cueEnd, next.start);
  if (/[;]/.test(between) || between.length > 80) return null;
  return next;
}

/**
 * "The TTP denied any role in the suicide bombing at a mosque in Peshawar that killed 84 people",
 * "condemned the attack on a polio team in Bajaur", "distanced itself from Monday's blast": what a
 * group disowns or condemns is an act that happened, named by a definite noun that refers to no
 * act told before it. The phrase from the disowning verb up to the noun (its determiner and up to
 * two modifiers), or null.
 */
const DISOWNED_BEFORE =
  /\b(?:(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:any\s+|its\s+|their\s+|all\s+)?(?:role|involvement|hand|part|links?|connection|complicity)\s+(?:in|with|to)|distanc(?:e|es|ed|ing)\s+(?:itself|themselves|himself|herself)\s+from|condemn(?:s|ed|ing)?|disown(?:s|ed|ing)?)\s+(?:the|this|that|these|those|[\p{L}\p{N}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** The rule of an event built from a disowned act: its subject disowns it and did not do it. */
export const DISOWNED_ACT_RULE = 'trigger:disowned-act';

export function disowningBefore(text: string, sentenceStart: number, triggerStart: number): Span | null {
  const from = Math.max(sentenceStart, triggerStart - 120);
  const m = DISOWNED_BEFORE.exec(text.slice(from, triggerStart));
  return m ? { start: from + m.index, end: triggerStart } : null;
}
