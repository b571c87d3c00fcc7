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

/**
 * The token index of the word that opens an indirect question holding token `at` ("whether";
 * "if", "why", "how", "where", "who", "what" right after an asking verb, "not" or "to" allowed
 * between), or -1. The clause runs back to the nearest clause punctuation in its sentence.
 */
export function questionOpener(toks: readonly { lower: string; sentence: number }[], at: number): number {
  for (let i = at - 1; i >= 0 && toks[i].sentence === toks[at].sentence && !CLOSES.has(toks[i].lower); i--) {
    const w = toks[i].lower;
    if (w === 'whether') return i;
    if (WH.has(w) && i > 0 && ASKING.has(toks[i - 1].lower)) return i;
  }
  return -1;
}
