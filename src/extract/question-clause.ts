// (Session 16, news26) A place inside an indirect question is asked about, not where the event
// was: "were investigating whether the bomb had been assembled in Afghanistan", "asked how the
// explosives reached Quetta", "checking if the attackers had come from Kunar".

/** Verbs and adjectives that open an indirect question with "if" or a wh-word. */
const ASKING = new Set([
  'ask', 'asks', 'asked', 'asking', 'investigate', 'investigates', 'investigated', 'investigating', 'probe', 'probes', 'probed',
  'probing', 'examine', 'examines', 'examined', 'examining', 'check', 'checks', 'checked', 'checking', 'determine', 'determines',
  'determined', 'determining', 'establish', 'establishing', 'ascertain', 'ascertaining', 'verify', 'verifying', 'confirm',
  'confirmed', 'know', 'knows', 'knew', 'known', 'wonder', 'wondered', 'wondering', 'unclear', 'clear', 'see', 'question',
  'questioned', 'questioning', 'inquire', 'inquired', 'inquiring', 'enquire', 'enquired', 'enquiring', 'explain', 'explained',
]);
const WH = new Set(['if', 'why', 'how', 'where', 'who', 'what']);
/** Punctuation that closes the question clause (scanning back from the place). */
const CLOSES = new Set([',', ';', ':', '—', '–', '(', ')', '.']);

/** Verbs of belief that open a supposition when a clause follows them (see SUPPOSITION_NEXT). */
const BELIEVING = new Set([
  'believe', 'believes', 'believed', 'believing', 'fear', 'fears', 'feared', 'fearing', 'think', 'thinks', 'thought', 'suspecting',
  'suspected', 'speculate', 'speculated', 'speculating', 'assume', 'assumed', 'assuming', 'presume', 'presumed', 'suspect', 'suspects',
]);
/** Nouns of belief that open a supposition when a clause follows them ("on suspicion that"). */
const BELIEF_NOUNS = new Set([
  'suspicion', 'suspicions', 'fear', 'fears', 'possibility', 'likelihood', 'speculation', 'theory', 'belief', 'assumption', 'hypothesis',
]);
/**
 * Words that start the supposed clause after a belief word. "Suspected" and "suspect(s)" also name
 * people ("arrested two suspected militants in Bannu", "the suspect in Quetta"), so they open a
 * supposition only before "that".
 */
const SUPPOSITION_NEXT = new Set(['that', 'the', 'they', 'he', 'she', 'it', 'this', 'these', 'those', 'a', 'an', 'some']);
const ONLY_BEFORE_THAT = new Set(['suspect', 'suspects', 'suspected']);
/** A modal perfect supposes: "may have been assembled in", "might have fled to", "could have come from". */
const SUPPOSING_MODALS = new Set(['may', 'might', 'could']);

/** Whether token `i` opens a supposition (see the head of the file). */
function supposes(toks: readonly { lower: string }[], i: number): boolean {
  const w = toks[i].lower;
  const next = toks[i + 1]?.lower;
  if (next === undefined) return false;
  if (BELIEVING.has(w)) {
    // "is believed to have trained in", "were thought to have come from"; not "suspected to be
    // robbers at the Allsopps in Ruaraka", which describes the people of the told act.
    if (next === 'to') return toks[i + 2]?.lower === 'have' && (w === 'believed' || w === 'thought' || w === 'feared' || w === 'presumed' || w === 'suspected');
    return ONLY_BEFORE_THAT.has(w) ? next === 'that' : SUPPOSITION_NEXT.has(next);
  }
  if (BELIEF_NOUNS.has(w)) return SUPPOSITION_NEXT.has(next);
  return SUPPOSING_MODALS.has(w) && next === 'have';
}

/**
 * The token index of the word that opens an indirect question holding token `at` ("whether";
 * "if", "why", "how", "where", "who", "what" right after an asking verb, "not" or "to" allowed
 * between), or of a supposition (a belief verb or noun before its clause, "believed to", a modal
 * perfect: see `supposes`), or -1. The clause runs back to the nearest clause punctuation in its sentence.
 */
export function questionOpener(toks: readonly { lower: string; sentence: number }[], at: number): number {
  for (let i = at - 1; i >= 0 && toks[i].sentence === toks[at].sentence && !CLOSES.has(toks[i].lower); i--) {
    const w = toks[i].lower;
    if (w === 'whether') return i;
    if (WH.has(w) && i > 0 && ASKING.has(toks[i - 1].lower)) return i;
    if (supposes(toks, i)) return i;
  }
  return -1;
}
