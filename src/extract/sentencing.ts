import type { Doc, EventRecord, Token } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { Context } from '../pipeline/context.ts';
import { implyGovernment } from './crowds.ts';

// (Session 24, news67) Two acts AfPak news tells daily: a court's sentence ("A military court
// sentenced nine TTP militants to death") is a `sentencing`, fighters who give themselves up
// ("Thirty BLF militants surrendered to security forces in Kech") a `surrender`. Their triggers
// are in data/events.json; this file holds what reads them beyond a trigger word: the penalty, a
// sentence told as a prospect or as an execution's background, the base form of "surrender", and
// a sentencing's state when no court's actor is named (docs/taxonomy.md, "Sentencing and surrender").

export const SENTENCING = 'sentencing';
export const SURRENDER = 'surrender';

/**
 * The penalty a sentence's clause names after its trigger, as the rule's tail: `death` ("to
 * death", "death sentences"), `life` ("life imprisonment", "life in prison", "a life sentence"),
 * `years:N` ("10 years in prison", "a 14-year jail term"), and ` in-absentia` beside any of them.
 */
const DEATH = /\b(?:to\s+death|death\s+(?:sentences?|penalty)|capital\s+punishment|to\s+be\s+hanged)\b/i;
const LIFE = /\b(?:life\s+(?:imprisonment|sentences?|terms?)|(?:imprisonment|prison|jail)\s+for\s+life|life\s+in\s+(?:prison|jail))\b/i;
const YEARS = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|twenty-five|thirty)[\s-]+years?\b(?:\s+(?:of|in))?(?:\s+(?:rigorous|simple))?\s*(?:imprisonment|in\s+(?:prison|jail)|jail|prison)?/i;
const IMPRISONMENT = /\b(?:imprisonment|in\s+(?:prison|jail)|jail\s+terms?|prison\s+terms?|prison\s+sentences?)\b/i;
const IN_ABSENTIA = /\bin\s+absentia\b/i;
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30,
};

/** "sentenced to 14 years", "awarded seven years": a term in years right after the verb is a prison term. */
const TERM_AFTER_VERB = /^\S+(?:\s+\S+){0,4}?\s+(?:to|awarded|handed|given)\s+(?:(?:rigorous|simple|a)\s+)?$/i;

/** The penalty named in `words` (a trigger's own words and its clause after it), or null. */
export function penaltyOf(words: string): string | null {
  const years = YEARS.exec(words);
  const kind = DEATH.test(words)
    ? 'death'
    : LIFE.test(words)
      ? 'life'
      : years && (years[0].match(IMPRISONMENT) || IMPRISONMENT.test(words) || TERM_AFTER_VERB.test(words.slice(0, years.index)))
        ? `years:${/^\d/.test(years[1]) ? Number(years[1]) : NUMBER_WORDS[years[1].toLowerCase()]}`
        : IMPRISONMENT.test(words)
          ? 'imprisonment'
          : null;
  if (IN_ABSENTIA.test(words)) return kind ? `${kind}:in-absentia` : 'in-absentia';
  return kind;
}

/**
 * A sentence told as a prospect ("could be sentenced to death", "faces being sentenced", "is
 * likely to be sentenced") or as an execution's background ("was executed after being sentenced
 * to death in 2019": the report's act is the execution, which the casualty rules read): no
 * sentencing told.
 */
const PROSPECT_BEFORE = /\b(?:could|may|might|can|must|should|likely\s+to|expected\s+to|faces?|facing|risks?|risking)\s+(?:(?:also|not|still|now|then|be|being|been|have\s+been)\s+){0,2}$/i;
const BACKGROUND_BEFORE = /\b(?:after|before|since|despite)\s+(?:being|having\s+been)\s+$/i;
/**
 * A sentence that describes a person of the report rather than telling an act of it: a relative
 * clause ("two teachers who were sentenced to ten years", "a man who had been sentenced";
 * `WHO_BEFORE`, asked of a surrender too: "Mahto, who recently surrendered"), a
 * pluperfect ("He had been sentenced to life imprisonment in 1998"), a participle set off by a
 * comma after its noun ("his subordinate, sentenced to prison for embezzlement"). Background.
 */
const WHO_BEFORE = /\b(?:who|whom|which|that)\s+(?:(?:had|has|have|was|were|is|are|been|also|earlier|previously|already|once|recently|later)\s+){0,3}$/i;
const DESCRIBES_BEFORE = /(?:\b(?:who|whom|which|that)\s+(?:(?:had|has|have|was|were|is|are|been|also|earlier|previously|already|once|recently|later)\s+){0,3}|\bhad\s+(?:(?:also|earlier|previously|already|once)\s+)?been\s+|[\p{Ll}\d]\s*,\s*)$/iu;
/** "The death sentence was handed to him": a penalty as its passive's subject. */
const PENALTY_SUBJECT = /\b(?:death|life|prison|jail)\s+(?:sentences?|penalty|terms?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+$/i;
/** "demanded that the government surrenders the gang leaders": what a demand asks for, no act. */
const DEMANDED_THAT = /\b(?:demand|demands|demanded|demanding|insist|insists|insisted|urged|urging|asked|asking|wants?|wanted)\s+that\s+(?:[\p{L}\d'’,-]+\s+){1,6}$/iu;
/** What a surrender verb may take as its object: the arms laid down, or the fighters themselves. */
const OBJECT_OPENS = /^\s+(?:the|a|an|their|his|her|its|our|all|some|several|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b/i;
const ARMS_OBJECT = /^\s+(?:[\p{L}\d,'’-]+\s+){0,4}?(?:arms|weapons?|guns?|rifles?|ammunition|explosives|themselves|himself)\b/iu;

/**
 * Whether a sentencing or surrender trigger tells no act of its type here. `before`: the
 * sentence's text before the trigger; `after`: the clause's text from the trigger on.
 */
export function notToldAct(type: string, trigger: string, before: string, after: string, penaltyOnly: readonly string[] | undefined, toks: readonly Token[], m: TrieMatch): boolean {
  if (DEMANDED_THAT.test(before)) return true;
  if (type === SENTENCING) {
    if (PROSPECT_BEFORE.test(before) || BACKGROUND_BEFORE.test(before)) return true;
    if (trigger.toLowerCase() === 'sentenced' && DESCRIBES_BEFORE.test(before)) return true;
    // "awarded 10 years in prison", "were handed life sentences": a general verb is a sentence
    // only with its penalty ("awarded medals", "handed over to police" are none).
    return !!penaltyOnly?.includes(trigger.toLowerCase()) && penaltyOf(after) === null && !PENALTY_SUBJECT.test(before);
  }
  if (type === SURRENDER) {
    if (PROSPECT_BEFORE.test(before)) return true;
    // "Mahto, who recently surrendered before the police, was killed": a surrender that describes
    // a person of the report is background, as a sentence is.
    if (WHO_BEFORE.test(before)) return true;
    // "surrendered their weapons" gives up arms; "surrendered the suspect to police" hands over
    // another (no fighters giving themselves up), "surrendered 50 posts" a thing.
    const rest = after.slice(trigger.length);
    if (/^surrender/i.test(trigger) && OBJECT_OPENS.test(rest) && !ARMS_OBJECT.test(rest)) return true;
    if (trigger.toLowerCase() === 'surrender') return !surrenderBaseHolds(toks, m, before);
  }
  return false;
}

/** Words before a base-form "surrender" that make it a demand, a refusal, a future or a noun. */
const NOT_BASE_BEFORE = new Set([
  'to', 'that', 'not', 'never', "n't", 'will', 'would', 'shall', 'should', 'must', 'could', 'can', 'may', 'might', 'let', 'make', 'made',
  'the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'your', 'this', 'of', 'for', 'after', 'before', 'on', 'in', 'unconditional', 'no', 'they', 'we', 'you', 'i', 'he', 'she', 'it', 'them',
]);

/**
 * (news67) The base form "surrender" is a headline's present tense after its subject ("30
 * militants surrender in Kech", "BLA commanders surrender to FC"): its word before is a noun or a
 * name (not a pronoun, a determiner, a preposition, "to" or a modal), and no "to", "that" or
 * modal stands in the three words before that ("refused to surrender", "called on them to
 * surrender", "demanded that the fighters surrender", "the surrender of Kabul").
 */
function surrenderBaseHolds(toks: readonly Token[], m: TrieMatch, before: string): boolean {
  const prev = toks[m.firstToken - 1];
  if (!prev || !/^[\p{L}\p{N})]/u.test(prev.lower) || NOT_BASE_BEFORE.has(prev.lower)) return false;
  const words = before.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return !words.slice(-4).some((w) => w === 'to' || w === 'that' || w === 'will' || w === 'would' || w === 'must' || w === 'should' || w === 'could' || w === 'can' || w === 'may' || w === 'might');
}

/**
 * A sentencing's settling, once per sentence's events: the penalty as a rule (`penalty:<kind>`,
 * read from the trigger and its sentence after it, else from its sentence before it); with no agent, the government of the country
 * where it is (else of the document), inferred (`agent:implied:government:<how>:<CC>`): a court
 * is the state's, and our actors name no courts.
 */
export function settleSentencings(doc: Doc, ctx: Context, events: readonly EventRecord[], documentCountry: () => string | null): void {
  for (const e of events) {
    if (e.type !== SENTENCING) continue;
    const sentence = doc.sentences[e.sentence];
    // (Read from the trigger on; else the sentence before it: "The death sentence was handed to him".)
    const penalty =
      penaltyOf(doc.text.slice(e.trigger.start, Math.max(e.trigger.end, sentence?.end ?? e.end))) ??
      (sentence ? penaltyOf(doc.text.slice(sentence.start, e.trigger.start)) : null);
    if (penalty) e.rules.push(`penalty:${penalty}`);
    if (e.actors.some((r) => r.role === 'agent')) continue;
    implyGovernment(doc, ctx, e, documentCountry);
  }
}
