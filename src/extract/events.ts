import type { DateMention, Doc, EntityMention, EventRecord, Quantity, Span, Token } from '../model/types.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import type { Context } from '../pipeline/context.ts';
import { sentenceTokenRanges } from '../recognize/tokens.ts';
import { headlineSpans } from './headline-list.ts';
import { acrossSize, casualtyStatements, seriesSize, type CasualtyStatement } from './casualties.ts';
import { killsPeople } from './kills-people.ts';
import { tollUpdate } from './toll-update.ts';
import { deniesAct, isTeller, relativeOfAnotherNoun, tellsOthersAct } from './teller.ts';
import { sourceVerbEnd } from './source-place.ts';
import { statedPlaceAfter } from './place-statement.ts';
import { datelineFilingEnd, isDatelinePlace } from '../recognize/dateline.ts';
import { otherSideInSubject } from './two-sided.ts';
import { matchPastQuotes } from './quoted-trigger.ts';
import { isQuestion } from './claims.ts';
import { crowdSceneBefore, lazyDocumentCountry, purposeFinder, settleCrowds, weakTriggerHolds } from './crowds.ts';
import { munitionFiredAt, settleBareFire } from './fire.ts';
import { mayTakeHostages, withHostageTaking } from './hostage-taking.ts';
import { settleRaidArrests } from './raid-arrest.ts';
import { codedPlace } from './coded-place.ts';
import { diedAfter } from './victim-after.ts';
import { settlePerpetrators, UNARMED_TYPES } from './perpetrators.ts';
import { splitSelfOpposed } from './both-sides.ts';
import { mergeRetellings } from './retold.ts';
import { foldSameActs } from './same-act.ts';
import { addTellerTolls, bodiesReceived, namedTellers, tellerTolls } from './rival-toll.ts';
import { ownerBeforeNoun } from './operation-owner.ts';
import { dropAttackSteps } from './attack-movement.ts';
import { addSidesOfClash } from './sides-of-clash.ts';
import { addVictims, tollsOfNamedEarlierActs } from './earlier-act-toll.ts';
import { CLASH_SIDES_RULE, dropSubjectOutsideSides } from './clash-sides.ts';
import { addDispersingForce, aimedAtRioters, dispersalIn, foldProtestersOfEarlierProtest, mayTellDispersal, dispersedCrowd, dispersedProtest, dispersedRiot, DISPERSED_CROWD_RULE, INTERVENTION_RULE, isControlFiring, RIOT_DISPERSED_BY_RULE, RIOT_INTERVENTION_RULE } from './dispersal.ts';
import { countryAfter, countryInClause, countryPossessor, countrySubject, demonymPeopleAfter, diplomatsIn, movedPeoplePattern, prospectiveRemoval, RETURNED_KIND } from './deportation.ts';
import { DISOWNED_ACT_RULE, disowningBefore } from './responsibility.ts';
import { bannedGathering, crowdBlockades, MEASURE_TYPE, measureNotImposed, measureVerbBeforeNoun, restrictsWhat, settleMeasures } from './security-measure.ts';
import { ASKED_WORDS, INCLUDING_WORDS, PERFECT_WORDS, SentenceCueWords } from './sentence-cue-words.ts';
import { inOtherSense, loadEventLexicon, type EventLexicon, type EventTypeSpec } from './event-lexicon.ts';
import { namesAccount, namesFacility, namesVehicle } from './facility-name.ts';
import { addRescuersBefore, HOSTAGE_RELEASE, hostagesFreed, settleHostageReleases } from './hostage-release.ts';
import { notToldAct, SENTENCING, settleSentencings, SURRENDER } from './sentencing.ts';
import { triggerInGroupName } from './name-trigger.ts';
import { singular, triggerEndsIn } from './events-words.ts';
import { ownSubjectAfterWhen } from './when-clause.ts';
import { speakersGroup } from './speaker-possessive.ts';
import { actsOnPeople, actsOnPosts, askedOrDemanded, distributive, inRecordList, judicialExecution, orderOrFuture, pastRecord, seizedWeapon, tallies, tallySigns, inTallyExamples, type TallySigns } from './non-events.ts';
import { afterPlacedName, appositionHead, sortedSpans, spansWithin, splitClauses, within, wordsAfter, type Clause } from './events-clauses.ts';
import { TALIBAN_IN_PAKISTAN } from '../recognize/actors.ts';
import { DEFINITE_ACT_RULE, actDoneOn, ownModifier, toldBefore, type OwnModifier } from './definite-act.ts';
import { AFTER_CLAUSE_RULE, mainClausesStart, splitAfterClauses } from './after-clause.ts';
import { classifyTrigger, placeBeforeNounRefersBack, triggerKinds, typeOfEntity } from './events-trigger.ts';
import { APPOSITIVE_BEFORE, BY_BEFORE, CLASH_WITH, DEVICE_MET, GROUP_AFTER, HABIT_BEFORE, IN_NOUN_AFTER, LINKED_TO, NOUN_BY, PAST_RECORD_AFTER, PERFECT_BEFORE, RECORD_BEFORE, RELATIVE_PERFECT_BEFORE, TALLY_OBJECT_AFTER, RETOLD_SUBJECT, toldRelativeBefore, trendBefore } from './events-patterns.ts';
import { agentAfterBy, crowdObjectOfVerb, dedupeRoles, subjectBeforeObject, isCoordinatedPassive, isPassive, isReducedPassive, objectOfVerb, placeAfterEventNoun, role, sharedSubject, startsWithPronoun } from './events-roles.ts';
import { insideActor, liesIn, outsideQuestion, pickPlace, sceneOf, townInside, townOverTitle, type Scene } from './events-place.ts';
import { datesNoun, datesRelativeClause, datesTiedAct, dayCountedFrom, dayFromLastEvent, eventDate, isAttributiveDate, isSpeechDate, pickDate, sincePeriod } from './events-date.ts';
import { clauseLapse } from './relative-day.ts';
import { attachCasualties, isCountable, pickCount, replaceToll } from './events-counts.ts';
import { ADDED_TOLL, ANOTHER_BEFORE, ANOTHER_RULE, TIED_TO_RULE, dropCasualtyOnly, elsewhere, mergeInto, OTHER_SCENE_RULE, sameIncident, tollOf, withAnotherIncidents } from './events-incidents.ts';

/**
 * A claim verb before a noun, over at most three words but no definite determiner: "claim Bannu
 * bombing", "claimed responsibility for Peshawar blast" (not "No group claimed responsibility for
 * the attempted attack", which points back at the attack told).
 */
const CLAIMED_OBJECT = /\bclaim(?:s|ed|ing)?\s+(?:(?:responsibility|credit)\s+for\s+)?(?:(?!(?:the|this|that|these|those|its|their)\s)[\p{L}'’-]+\s+){0,3}$/iu;

function markTalibanReadings(e: EventRecord, readings: readonly EntityMention[]): void {
  for (const r of e.actors) {
    if (r.inferred || !readings.some((a) => a.start === r.start && a.end === r.end && a.entity === r.actor)) continue;
    r.inferred = true;
    e.rules.push(`${r.role}:${TALIBAN_IN_PAKISTAN}:${r.actor}`);
  }
}

// Events are built inside one sentence: a trigger word, the actors, place, date and counts of
// its clause (falling back to its sentence). The only link across sentences is an agentless
// passive ("were released") or a pronoun subject, which takes the agent of the previous
// sentence's event of the same type and says so with `inferred: true`; never across a paragraph
// break.

const NO_ENDS: ReadonlySet<number> = new Set();
/** No casualty word of the sentence counts for an earlier act (earlier-act-toll.ts). */
const NO_TOLLS: ReadonlyMap<number, EventRecord> = new Map();
/** A question's triggers: none (see the sentence loop). */
const NO_TRIGGERS: TrieMatch[] = [];

/**
 * Whether a casualty statement's cue lies inside an after-clause's frame `c`. At module level: a
 * named closure made per sentence costs a defineProperty of its name under tsx's keepNames
 * (session 19, perf18).
 */
function inFrame(s: CasualtyStatement, c: Clause, toks: readonly Token[]): boolean {
  return s.cue.start >= toks[c.first].start && s.cue.end <= toks[c.last].end;
}

/** "the border with X", "the frontier with X": X names the other side of the border. */
const BORDER_WITH = /\b(?:border|borders|frontier|boundary)\s+with\s+(?:the\s+)?$/i;

/**
 * A sentence's places less those named as the other side of a border ("killed near the border
 * with South Waziristan" happened outside South Waziristan): the place is another the sentence
 * names, or the one the text's other rules give.
 */
function acrossBorder(text: string, places: EntityMention[]): EntityMention[] {
  if (places.length === 0) return places;
  const kept = places.filter((p) => !BORDER_WITH.test(text.slice(Math.max(0, p.start - 30), p.start)));
  return kept.length === places.length ? places : kept;
}

/** Whether an event type is violent (the lexicon is loaded once and cached). */
function isViolentType(type: string): boolean {
  return !!loadEventLexicon().types.get(type)?.violent;
}

/** An event's place as a mention at the words that named it: for an event that takes or weighs another's place. */
function placeMentionOf(e: EventRecord): EntityMention {
  return { start: e.placeMention!.start, end: e.placeMention!.end, entity: e.place!, alias: '', rule: '' };
}

/** "in the area", "in the same area", "in the region": a place that refers back. */
const IN_THE_AREA = /\b(?:in|near) the (?:same )?(?:area|region|vicinity)\b/i;

/**
 * The previous sentence's placed event that an act answers: one whose target is the act's agent
 * ("terrorists attacked a checkpost …" / "the troops responded and killed three terrorists").
 */
function answeredEvent(previous: readonly EventRecord[], roles: ReadonlyArray<{ actor: string; role: string }>): EventRecord | undefined {
  const agents = roles.filter((r) => r.role === 'agent').map((r) => r.actor);
  if (agents.length === 0) return undefined;
  return previous.find((e) => e.place && e.placeMention && e.actors.some((r) => r.role === 'target' && agents.includes(r.actor)));
}

const ATTIRE_BEFORE = /\b(?:wearing|wore|donning|dressed\s+(?:in|as)|clad\s+in|disguised\s+as|posing\s+as)\s+(?:(?:a|an|the|their|his|her|its)\s+)?$/i;
const IN_BEFORE = /\bin\s+(?:(?:a|an|the|their|his|her|its)\s+)?$/i;
const UNIFORM_AFTER = /^\s*(?:uniforms?|fatigues)\b/i;

/** "wearing a police uniform", "disguised as soldiers", "in army fatigues": an actor named by attire or a guise. */
function namesAttire(text: string, a: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, a.start - 30), a.start);
  return ATTIRE_BEFORE.test(before) || (IN_BEFORE.test(before) && UNIFORM_AFTER.test(text.slice(a.end, a.end + 12)));
}

/** What a trigger's clause gives the roles of its act (see addClauseRoles). */
interface RoleScope {
  doc: Doc;
  ctx: Context;
  lex: EventLexicon;
  toks: Token[];
  triggers: TrieMatch[];
  actorEnds: ReadonlySet<number>;
  sentenceQuantities: Quantity[];
  si: number;
  created: readonly EventRecord[];
  m: TrieMatch;
  pos: 'verb' | 'noun';
  spec: EventTypeSpec;
  clause: Clause;
  clauseStart: number;
  clauseEnd: number;
  clauseActors: EntityMention[];
  disowned: Span | null;
  passive: boolean;
  casualtyTrigger: boolean;
}

/**
 * The actors of a trigger's clause in the roles of its act (pushed to `roles`, the rules that
 * placed them to `rules`). A function of its own rather than a block of extractEvents' trigger
 * callback: TurboFan's time to compile a function grows faster than its size, and a rare branch
 * taken for the first time sends the whole function back to be compiled again (session 20, perf19).
 */
function addClauseRoles(scope: RoleScope, roles: EventRecord['actors'], rules: string[]): void {
  const { doc, ctx, lex, toks, triggers, actorEnds, sentenceQuantities, si, created, m, pos, spec, clause, clauseStart, clauseEnd, clauseActors, disowned, passive, casualtyTrigger } = scope;
  if (spec.roles === 'parties') {
    for (const a of clauseActors) roles.push(role(a, 'party', false));
  } else {
    // "Pakistani jets hit Paktika": a verb phrase that begins inside its subject's name.
    // "police ... arrested three suspects linked to an attack on Chinese nationals": who stands
    // before what the arrested are tied to is no party of that act.
    const tiedTo = LINKED_TO.test(doc.text.slice(clauseStart, m.start));
    if (tiedTo) rules.push(TIED_TO_RULE);
    const before = tiedTo ? [] : clauseActors.filter((a) => (a.end <= m.start && (!disowned || a.start >= disowned.end)) || (pos === 'verb' && a.start < m.start && a.end <= m.end));
    // "acquitted 14 suspects in the 2019 attack on a police checkpost": who comes after another
    // event's noun is that event's.
    // (Only an attack's noun after an arrest, release or sentence, not after an attack or a
    // protest: "staged demonstrations ... over the death of a driver killed after a clash".)
    const nextNoun = spec.violent || spec.crowd
      ? undefined
      : triggers.find(
          (t) =>
            t.start >= m.end &&
            t.start < clauseEnd &&
            triggerKinds(t).noun &&
            !!lex.types.get(typeOfEntity(t.values[0].entity))?.violent &&
            // "detained several rioters": people named by an event's word are still people.
            !clauseActors.some((a) => a.start <= t.start && t.end <= a.end) &&
            classifyTrigger(toks, t, actorEnds, sentenceQuantities) !== 'verb',
        );
    // "the bomber entered the compound wearing a police uniform": a force named by what someone
    // wore or posed as is no party of the act (session 19, news41).
    const after = clauseActors.filter((a) => a.start >= m.end && (!nextNoun || a.start < nextNoun.start) && !namesAttire(doc.text, a));
    const byAgent = passive ? agentAfterBy(doc, toks, after) : null;
    // "an IED blast planted by the BNA", "an attack by militants": a noun's own "by" phrase.
    const nounBy = pos === 'noun' ? after.find((a) => NOUN_BY.test(doc.text.slice(m.end, a.start))) ?? null : null;
    // "Over 100 militants killed in Pakistan offensive", "Afghan airstrikes": a country named
    // right before an operation noun is the state whose forces ran it.
    const owner = pos === 'noun' && !nounBy ? ownerBeforeNoun(doc, ctx, m) : null;
    // "A fourth suspect was killed in an exchange of fire with the police": the other side of
    // the clash killed them.
    // (An armed side: "killed ... after a clash with Venezuelan citizens" names no force.)
    const otherSide = passive && !byAgent ? clauseActors.find((a) => a.start >= m.end && CLASH_WITH.test(doc.text.slice(m.end, a.start)) && !UNARMED_TYPES.has(ctx.actors.get(a.entity)?.type ?? '')) ?? null : null;
    if (passive) {
      if (byAgent) roles.push(role(byAgent, 'agent', false));
      else if (otherSide) {
        roles.push(role(otherSide, 'agent', false));
        rules.push('agent:other-side-of-clash');
      }
      // "Two polio workers who were abducted by unidentified armed men ... were released":
      // the agent of another passive before the trigger is not whom this one befell.
      // ("Police said the suspect was killed": the teller; "recovered a businessman who had been
      // abducted": another noun's relative clause.)
      for (const a of before) {
        if (BY_BEFORE.test(doc.text.slice(Math.max(clauseStart, a.start - 12), a.start))) continue;
        if (isTeller(doc.text, a.end, doc.cues, a) || relativeOfAnotherNoun(doc.text, a.end, m.start)) continue;
        roles.push(role(a, 'target', false));
      }
    } else if (owner) {
      roles.push({ actor: owner.actor, role: 'agent', inferred: false, start: owner.start, end: owner.end });
      rules.push(`agent:country-before-operation:${owner.country}`);
      for (const a of after) roles.push(role(a, 'target', false));
    } else if (nounBy) {
      roles.push(role(nounBy, 'agent', false));
      for (const a of after) if (a !== nounBy) roles.push(role(a, 'target', false));
    } else {
      // "Three soldiers died when a roadside bomb hit ...": who died is a victim, not the agent.
      // "A villager stepped on a landmine", "their vehicle hit a roadside bomb": whoever is
      // before a device met that way is its victim; who laid it is not said.
      const metDevice = pos === 'noun' && DEVICE_MET.test(doc.text.slice(Math.max(clauseStart, m.start - 60), m.start));
      // ("An explosive device attached to an Afghan National Army vehicle detonated": whose
      // vehicle it was, facility-name.ts, news63.)
      const died = before.filter((a) => metDevice || diedAfter(doc.text, a.end) || (!!spec.violent && namesVehicle(doc.text, a.end)));
      // "on his way to the Cantonment police station when two men ... opened fire", "the attack
      // on the Army Public School ... killed": a building named after a force is a place.
      // "health workers were administering polio drops when two men on a motorcycle opened fire":
      // the clause after "when" has a subject of its own.
      // "Pakistan police say at least four killed in northwest blast": the teller of a clause
      // with a subject of its own did not do what it tells; "Pentagon denies conducting drone
      // strike": the denier says it did not.
      // "Militants killed two soldiers in a suicide attack": the object of a verb before the
      // noun's "in a" is whom the attack befell, not its subject. "Blast near polio workers
      // kills 2": people after "near", "outside" or "at" are where it happened.
      const objects = pos === 'noun' && IN_NOUN_AFTER.test(doc.text.slice(clauseStart, m.start)) ? before.filter((a) => !died.includes(a) && objectOfVerb(toks, triggers, actorEnds, sentenceQuantities, lex.casualtyWords, doc.text, clauseStart, a)) : [];
      const subjects = before.filter((a) => !died.includes(a) && !namesFacility(doc.text, a.end) && !ownSubjectAfterWhen(doc.text.slice(a.end, m.start)) && !tellsOthersAct(doc.text, a.end, m.start, doc.cues, a) && !deniesAct(doc.text, a.end, m.start) && !placeAfterEventNoun(toks, triggers, actorEnds, sentenceQuantities, doc.text, clauseStart, a) && !objects.includes(a));
      // "Taliban forces killed five Daesh fighters and detained three others": a verb joined by
      // "and" to an earlier one of its sentence shares that verb's subject, not its object.
      const shared = pos === 'verb' && toks[m.firstToken - 1]?.lower === 'and' ? sharedSubject(created, subjects, m) : null;
      // (news72) "Police baton-charged the protesters and arrested 12 demonstrators": the earlier
      // verb is no event, and its object is no subject of the verb after "and".
      const beforeObject = pos === 'verb' && !shared && toks[m.firstToken - 1]?.lower === 'and' ? subjectBeforeObject(doc.text, subjects, m) : null;
      // (news72) "Police detained 30 protesters": the crowd acted on is no act of the force.
      const actedOn = pos === 'noun' && !!spec.crowd && crowdObjectOfVerb(toks, triggers, actorEnds, sentenceQuantities, doc.text, clauseStart, m);
      if (shared) {
        roles.push({ ...shared, inferred: false });
        rules.push('agent:coordinated-verb');
      } else if (beforeObject) {
        roles.push(role(beforeObject, 'agent', false));
        rules.push('agent:coordinated-verb-past-object');
      } else if (actedOn && subjects.some((a) => ctx.actors.get(a.entity)?.type === 'state')) {
        // (A state force is the party; a crowd named before, "baton-charged the crowd", stays its agent.)
        for (const a of subjects) if (ctx.actors.get(a.entity)?.type === 'state') roles.push(role(a, 'party', false));
        const crowd = subjects.filter((a) => ctx.actors.get(a.entity)?.type !== 'state').pop();
        if (crowd) roles.push(role(crowd, 'agent', false));
        rules.push('party:subject-of-verb-on-crowd');
      } else if (subjects.length > 0) {
        const subject = subjects[subjects.length - 1];
        // "TTP spokesman Ali Khan said its fighters had killed four soldiers": the speaker's group.
        const owner = speakersGroup(doc, ctx, si, subject);
        if (owner) {
          roles.push({ actor: owner.actor, role: 'agent', inferred: true, start: subject.start, end: subject.end });
          rules.push(`agent:speakers-possessive:${owner.actor}`);
        } else roles.push(role(subject, 'agent', false));
        // "Afghan and Pakistani border forces exchanged heavy fire": the other side.
        const side = otherSideInSubject(doc.text, m, subjects);
        if (side) {
          roles.push(role(side, 'target', false));
          rules.push('target:other-side-in-subject');
        }
      }
      for (const a of died) roles.push(role(a, 'target', false));
      for (const a of objects) roles.push(role(a, 'target', false));
      for (const a of after) roles.push(role(a, 'target', false));
    }
  }
}

/** What a trigger's sentence and clause give the choice of its act's place (see settlePlace). */
interface PlaceScope {
  doc: Doc;
  ctx: Context;
  toks: Token[];
  places: EntityMention[];
  actors: EntityMention[];
  /** The sentence's places less a source's seat and a place asked about. */
  reported: EntityMention[];
  sourceSeats: ReadonlyMap<EntityMention, number>;
  si: number;
  created: readonly EventRecord[];
  frameOf: ReadonlyMap<EventRecord, Clause>;
  lastSentenceEvents: readonly EventRecord[];
  clause: Clause;
  clauseStart: number;
  clauseEnd: number;
  roles: EventRecord['actors'];
  inferredFrom: EventRecord | null;
}

/**
 * A trigger's act's place and the rule that chose it, from its clause's pick (pickPlace) and what
 * overrides that: a town over a title, the previous sentence's act, an after-clause's "in the
 * area", an answered act, the dateline, a place stated after a source's seat. A function of its
 * own rather than a block of extractEvents' trigger callback, which TurboFan compiled in a second
 * or more each time (session 20, perf20; see addClauseRoles).
 */
function settlePlace(scope: PlaceScope, placeAfter: ReturnType<typeof pickPlace>): { place: EntityMention | null; rule: string | null } {
  const { doc, ctx, toks, places, actors, reported, sourceSeats, si, created, frameOf, lastSentenceEvents, clause, clauseStart, clauseEnd, roles, inferredFrom } = scope;
  let place = placeAfter.place;
  let placeRule = placeAfter.rule;
  const town = place && placeRule?.startsWith('place:in-clause') ? townOverTitle(toks, places, place, actors, ctx) : null;
  if (town) {
    place = town;
    placeRule = `place:town-over-title:${town.entity}`;
  }
  // An event whose agent came from the previous sentence happened where that one did, unless
  // its own clause names a place ("were released, most of them wanted in Pakistan").
  if ((!place || !placeAfter.inClause) && inferredFrom?.placeMention) {
    place = placeMentionOf(inferredFrom);
    placeRule = `place-from-previous-sentence:${inferredFrom.id}`;
  }
  // "..., a day after a suicide attack on an army post in the area killed 12 soldiers": an
  // after-clause's "in the area" is where the clause it was cut from is, not the dateline's town.
  if (!place && clause.after && clause.whole && IN_THE_AREA.test(doc.text.slice(clauseStart, clauseEnd))) {
    const main = created.find((e) => !frameOf.has(e) && e.placeMention && e.trigger.start < clauseStart);
    const before = main ? null : within(reported, toks[clause.whole.first].start, clauseStart).at(-1);
    if (main) place = placeMentionOf(main);
    else if (before) place = before;
    if (place) placeRule = `place:after-clause-area:${place.entity}`;
  }
  // "Six soldiers were martyred when terrorists attacked a checkpost in the Kulachi tehsil. The
  // ISPR said the troops responded effectively and killed three terrorists": an act of the next
  // sentence by those the previous sentence's act befell, with no place of its own, answers that
  // act where it was, also across a paragraph break (session 19, news41).
  if (!place) {
    const answered = answeredEvent(lastSentenceEvents, roles);
    if (answered) {
      place = placeMentionOf(answered);
      placeRule = `place-from-answered-event:${answered.id}`;
    }
  }
  // "QUETTA: Gunmen shot dead two policemen": with no other place, the dateline's town is
  // the best guess of where a local report's event was.
  const dateline = place ? undefined : places.find((p) => isDatelinePlace(toks, p) && !insideActor(actors, p));
  if (dateline) {
    place = dateline;
    placeRule = `place:dateline:${dateline.entity}`;
  }
  // "..., officials in Quetta said. The attack took place in Zarmel area.": a source's seat
  // gives way to a later sentence's statement of the place.
  const seat = place && sourceSeats.size > 0 ? [...sourceSeats.keys()].some((p) => p.start === place!.start) : false;
  const stated = seat ? statedPlaceAfter(doc, si, doc.placeMentions) : null;
  if (stated) {
    place = stated;
    placeRule = `place:stated-after:${stated.entity}`;
  }
  return { place, rule: placeRule };
}

export function extractEvents(doc: Doc, ctx: Context): EventRecord[] {
  const lex = loadEventLexicon();
  const hostages = mayTakeHostages(doc.text);
  const ranges = sentenceTokenRanges(doc);
  const events: EventRecord[] = [];
  let previousSentenceEvents: EventRecord[] = [];
  // The previous sentence's events across a paragraph break too (a wire's lead is a paragraph of its own).
  let lastSentenceEvents: EventRecord[] = [];
  const sorted = {
    actors: sortedSpans(doc.actorMentions),
    places: sortedSpans(doc.placeMentions),
    dates: sortedSpans(doc.dates),
    quantities: sortedSpans(doc.quantities),
  };

  const country = lazyDocumentCountry(doc, ctx);
  // Bare "Taliban" read as the Pakistani Taliban (actors.ts): every role it fills is inferred.
  const talibanReadings = doc.actorMentions.filter((a) => a.rule.includes(TALIBAN_IN_PAKISTAN));
  // (Most texts hold no word of crowd control: their sentences are not asked for a dispersal.)
  const dispersalWords = mayTellDispersal(doc.text);
  const purposeNear = purposeFinder(doc, ranges, lex);
  /** Whether an event of `type` was told in an earlier sentence. */
  const typeToldBefore = (type: string) => events.some((e) => e.type === type);
  let series: number | null = null;
  // The paragraph's latest violent event: "Ten people were injured in the blast." counts for it.
  let lastViolent: EventRecord | null = null;
  // The article's latest violent event before this paragraph: "Two other men were wounded in the
  // strike" in a paragraph with no act of its own points back to it (pointedBack).
  let earlierViolent: EventRecord | null = null;
  // The paragraph's events so far: a "coded to X" statement in a sentence of its own places them.
  let paragraphEvents: EventRecord[] = [];
  // The protest the previous sentence told broken up: "At least 15 teachers were injured" next counts for it.
  let lastDispersed: EventRecord | null = null;
  // "Militants kill two soldiers in Bajaur;Police arrest TTP commander in Swat": each headline of
  // a line of headlines joined by ";" (headline-list.ts) is built as a sentence of its own, which
  // starts afresh as a paragraph does: no actor, place, date or count of one joins another's.
  // A sentence with no ";" is one headline, itself (headlineSpans' whole span): only a sentence
  // with one is asked (the next ";" of the text found once, not scanned for from each sentence).
  const units: Array<{ sentence: Doc['sentences'][number]; si: number; headline: number; of: number }> = [];
  let from = 0;
  let semi = doc.text.indexOf(';');
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (s.start < from || (semi >= 0 && semi < s.start)) {
      from = s.start;
      semi = doc.text.indexOf(';', from);
    }
    if (s.heading || semi < 0 || semi >= s.end) {
      units.push({ sentence: s, si, headline: 0, of: 1 });
      continue;
    }
    const spans = headlineSpans(doc.text, s.start, s.end);
    for (let k = 0; k < spans.length; k++) units.push({ sentence: k === 0 && spans.length === 1 ? s : { ...s, start: spans[k].start, end: spans[k].end }, si, headline: k, of: spans.length });
  }
  units.forEach(({ sentence, si, headline, of }) => {
    // Inheritance reaches only the previous sentence of the same paragraph.
    if (sentence.heading || headline > 0 || (si > 0 && doc.sentences[si - 1].paragraph !== sentence.paragraph)) {
      previousSentenceEvents = [];
      series = null;
      earlierViolent = headline > 0 ? null : lastViolent ?? earlierViolent;
      lastViolent = null;
      paragraphEvents = [];
      lastDispersed = null;
    }
    if (sentence.heading || headline > 0) lastSentenceEvents = [];
    if (sentence.heading) return;
    const [first, last] = ranges[si];
    const toks = of === 1 ? doc.tokens.slice(first, last) : doc.tokens.slice(first, last).filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    // "Q: How many attacks has the police faced this year?", "Who killed the two teachers?": a
    // question asks about acts, it tells none, so its triggers make no event (the claim is marked
    // '+question' in claims.ts); the answer after it is a sentence of its own (news45).
    const sentenceText = doc.text.slice(sentence.start, sentence.end);
    const matched = isQuestion(sentenceText) ? NO_TRIGGERS : matchPastQuotes(lex.triggers, doc.text, toks);
    // (session 23) "Gunmen took 30 passengers hostage": the verb is the kidnapping's trigger.
    const triggers = hostages && matched !== NO_TRIGGERS ? withHostageTaking(toks, matched) : matched;
    // Most sentences have no trigger. Then the loop below makes no event (each one starts from a
    // trigger), settleBareFire, dropCasualtyOnly and settleCrowds of no events are no events, and
    // settlePerpetrators has none to settle; what such a sentence still does (the series size,
    // casualties for the paragraph's last violent event, a "coded to" place) needs only its
    // tokens, quantities and places. So the clauses, actors, dates and scene, which only the
    // triggers' loop reads, are not worked out for it: the same events, less work.
    const some = triggers.length > 0;
    // (Session 21, news49) "in the strike" names the act told before, in an earlier paragraph.
    const pointed = !lastViolent && earlierViolent ? pointedBack(sentenceText, earlierViolent) : null;
    if (pointed) lastViolent = earlierViolent;
    const countsBefore = pointed ? lastViolent!.counts.length : 0;
    const actors = some ? spansWithin(doc.actorMentions, sorted.actors, sentence.start, sentence.end) : [];
    const actorEnds = some ? new Set(actors.map((a) => a.end)) : NO_ENDS;
    // "near the border with South Waziristan": the place across the border is not where it happened.
    const places = acrossBorder(doc.text, spansWithin(doc.placeMentions, sorted.places, sentence.start, sentence.end));
    const sentenceQuantities = spansWithin(doc.quantities, sorted.quantities, sentence.start, sentence.end);
    // "... after drone strike kills two": a clause after "after" with a verb of its own is an
    // event frame of its own (after-clause.ts).
    // (news60) "Villagers in Karak pelted officers", "Residents of Bara attacked police": an actor
    // with its place after it is still the subject right before the verb, whose participle then
    // modifies no noun (classifyTrigger).
    const subjectEnds = some ? withPlacedSubjects(doc.text, actors, places, actorEnds) : NO_ENDS;
    const clauses = some ? splitAfterClauses(toks, splitClauses(doc, toks), triggers, (t) => classifyTrigger(toks, t, subjectEnds, sentenceQuantities) === 'verb') : [];
    const dates = some ? spansWithin(doc.dates, sorted.dates, sentence.start, sentence.end) : [];
    // An after-clause's act takes a scene or a day only from the sentence's opener, before the
    // main clauses' first trigger ("On 14 June, in Piaxtla, a man was arrested ... after ...").
    const openerEnd = clauses.some((c) => c.after) ? mainClausesStart(toks, clauses, triggers, [...dates, ...places]) : -1;
    // "..., a CTD spokesman said on Thursday": when it was said, not when it happened.
    // "KABUL, Nov 26 (Reuters) -": the day the report was filed, not the day of its events.
    const filedBy = dates.length > 0 ? datelineFilingEnd(doc, toks) : -1;
    const eventDates = dates.length > 0 ? dates.filter((d) => !isSpeechDate(doc.text, d) && d.end > filedBy) : dates;
    // "the 2019 attack": years that modify the noun after them (ownDates below, per trigger).
    const attributiveDates = eventDates.length > 0 ? eventDates.filter((d) => isAttributiveDate(doc.text, d)) : eventDates;
    const quantities = sentenceQuantities.filter((q) => isCountable(doc, q, lex));
    // The sentence's scene, and the places where a source sits with the end of its reporting verb
    // (source-place.ts): found when a trigger first gets to its place (or a dispersal's crowd
    // takes the scene), not before: in a fifth of the sentences with a trigger none does, every
    // trigger turned down before (session 23, perf24). Undefined: not found yet.
    let scene: Scene | null | undefined;
    let sourceSeats: ReadonlyMap<EntityMention, number> | undefined;
    const used = new Set<Quantity>();
    // A sentence's events by type, one per frame: the main clauses' and each after-clause's.
    const byType = new Map<string, EventRecord>();
    // The after-clause each event was built in (none: the main clauses').
    const frameOf = new Map<EventRecord, Clause>();
    const created: EventRecord[] = [];
    // Events whose every trigger is a casualty word ("killed"): see dropCasualtyOnly.
    const casualtyOnly = new Set<EventRecord>();
    // (news60) The clause each event of another incident was told in, by its start: a casualty
    // word there ("and on Friday a blast killed three people") is that incident's toll, told with
    // the violent word of its own clause (dropCasualtyOnly), never an earlier incident's.
    const incidentClause = new Map<EventRecord, number>();
    // The sentence's casualty statements: asked of violent nouns, and for the counts below; found once.
    let statements: CasualtyStatement[] | null = null;
    // The sentence's signs of a tally (non-events.ts): asked of violent and arrest triggers; found once.
    let signs: TallySigns | null = null;
    // Which words of three families of the rules that turn a trigger down the sentence holds: a
    // rule of a family whose words it lacks is asked of none of its triggers (sentence-cue-words.ts
    // says which rules, and why only these).
    const cueWords = new SentenceCueWords(sentenceText);

    // A trigger's work is a function of its own (an inline callback, `return` for "next
    // trigger"; its roles block addClauseRoles), not a loop body of the sentence's: TurboFan
    // compiled the one function of both in 2 to 5 s of a helper thread each time, and a rare
    // branch taken for the first time deoptimizes it (5 compiles over 4 passes), the sentence's
    // code running unoptimized meanwhile; smaller functions compile in a fraction of that and
    // recompile alone (session 20, perf19: docs/benchmarks.md).
    triggers.forEach((m) => {
      // "On 19 March 2022": a month is no march.
      // "the Atomic Bomb Dome", "Damteo Shooting Range": a word inside a place's own name is no
      // event. (A last word may be: "the Chaman crossing was closed".)
      // (Asked first: neither depends on how the trigger reads, and a month's "March" is most of
      // the protest triggers turned down.)
      if (dates.some((d) => d.start <= m.start && m.end <= d.end)) return;
      if (places.some((p) => p.start < m.start && m.end < p.end)) return;
      // (news65) "a National Uprising Movement (NUM) member": nor one inside a group's own name.
      if (triggerInGroupName(doc.text, actors, m.start, m.end, sentence)) return;
      let pos = classifyTrigger(toks, m, subjectEnds, sentenceQuantities);
      // Whether a noun trigger is disowned is asked of the trigger as classified, before a definite
      // act below may turn it into a noun.
      const skipped = pos === 'skip';
      // "claimed responsibility for the Bannu bombing", "... for the bombing in Quetta": a definite
      // act with a place or day of its own is an event when no earlier one is that act (definite-act.ts).
      let definite: OwnModifier | null = null;
      const definiteCandidate =
        (pos === 'skip' && toks[m.firstToken - 1]?.lower === 'the' && classifyTrigger(toks, m, subjectEnds, sentenceQuantities, true) === 'noun') ||
        (pos === 'noun' && placeBeforeNounRefersBack(toks, places, m));
      if (definiteCandidate && lex.types.get(typeOfEntity(m.values[0].entity))?.violent) {
        definite = ownModifier(toks, m, places, dates);
        if (definite && toldBefore(ctx, [...events, ...created], definite, (t) => !!lex.types.get(t)?.violent)) definite = null;
        if (definite) pos = 'noun';
      }
      // "The TTP denied any role in the suicide bombing at a mosque in Peshawar": a definite act
      // disowned or condemned is one that happened (responsibility.ts), unless the report told an
      // act of its kind before; whoever disowns it is no party to it.
      const disowned = skipped && triggerKinds(m).noun ? disowningBefore(doc.text, sentence.start, m.start) : null;
      if (disowned && pos === 'skip' && !events.some((e) => e.type === typeOfEntity(m.values[0].entity))) pos = 'noun';
      // (news59) "The Balochistan government suspended mobile internet services": a measure's
      // participle before what it restricts is its verb, not a modifier ("the banned TTP" stays one).
      if (pos === 'skip' && measureVerbBeforeNoun(toks, m, lex)) pos = 'verb';
      if (pos === 'skip') return;
      let type = typeOfEntity(m.values[0].entity);
      let casualtyTrigger = lex.casualtyWords.has(m.values[0].alias.toLowerCase());
      // "neutralised four khwarij" is a killing, "neutralised an IED" a device made safe.
      const killing = casualtyTrigger && !lex.types.get(type)!.violent && killsPeople(doc.text, (statements ??= casualtyStatements(doc, toks, quantities, lex)), m, lex.people);
      if (killing) type = 'attack';
      else if (casualtyTrigger && !lex.types.get(type)!.violent) casualtyTrigger = false;
      // (session 23) "Rockets were fired at a police station": shelling, not a shooting (fire.ts).
      const munitionFired = type === 'attack' && munitionFiredAt(doc.text, sentence.start, m.values[0].alias, m.start);
      if (munitionFired) type = 'bombing';
      const spec = lex.types.get(type)!;
      const clause = clauses.find((c) => c.first <= m.firstToken && m.firstToken <= c.last)!;
      const clauseStart = toks[clause.first].start;
      const clauseEnd = toks[clause.last].end;
      const frameKey = clause.after ? `${clause.first}:${type}` : type;
      // (news59) "banned rallies", "a ban on marches": no protest; "protested against the
      // curfew", "the curfew was lifted": no measure imposed (security-measure.ts).
      if (type === 'protest' && bannedGathering(doc.text, sentence.start, m)) return;
      if (type === MEASURE_TYPE && measureNotImposed(doc.text, clauseStart, clauseEnd, m)) return;
      // "the killed khwarij, who remained actively involved in ... target killing of innocent
      // civilians", "wanted in several cases of kidnapping": a suspect's record, no event told.
      if (RECORD_BEFORE.test(doc.text.slice(clauseStart, m.start))) return;
      const sentenceBefore = doc.text.slice(sentence.start, m.start);
      // "wanted in more than 20 cases of terrorism, including the killing of four policemen in
      // 2023": the record's list; "carried out 71 attacks in October, killing 94 people", "have
      // been killed since 2012": a tally; "directed police to arrest", "will be arrested": an
      // order or a future act; "recovered two Kalashnikovs and a hand grenade": a seized weapon.
      if (cueWords.has(INCLUDING_WORDS) && inRecordList(sentenceBefore)) return;
      // (news67) So do "184 Naxals have surrendered so far this year" and sentences over a period.
      if ((spec.violent || type === 'arrest' || type === SURRENDER || type === SENTENCING) && tallies((signs ??= tallySigns(sentenceText)), sentenceBefore)) return;
      if (cueWords.has(INCLUDING_WORDS) && inTallyExamples((signs ??= tallySigns(sentenceText)), sentenceBefore)) return;
      const near = doc.text.slice(Math.max(sentence.start, m.start - 60), m.start);
      if (orderOrFuture(near)) return;
      // (news67) "could be sentenced to death", "after being sentenced", "awarded medals"; "refused
      // to surrender", "demanded that they surrender": no sentence or surrender told (sentencing.ts).
      if ((type === SENTENCING || type === SURRENDER) && notToldAct(type, m.values[0].alias, sentenceBefore, doc.text.slice(m.start, clauseEnd), spec.penaltyOnly, toks, m)) return;
      // "detained 300 Afghans ahead of deportation": a removal to come or opposed is none told.
      if (type === 'deportation' && prospectiveRemoval(doc.text, clauseStart, m.start)) return;
      // "It was not clear who fired the shell", "until the killers were arrested".
      if (cueWords.has(ASKED_WORDS) && askedOrDemanded(near, type === 'arrest' || type === 'prisoner-release')) return;
      // "would pay Rs1 million for each person killed".
      if (casualtyTrigger && distributive(near)) return;
      // "in retaliation for his previous killing of drug suspects": a record of past acts.
      if (pastRecord(near)) return;
      // "The man, convicted of the 2022 bombing, was executed": the state's, no attack.
      if (casualtyTrigger && judicialExecution(doc.text.slice(m.start, m.end), sentenceBefore, doc.text.slice(m.end, clauseEnd))) return;
      // "a suicide bomber killed 12 soldiers at a checkpost, an attack Islamabad blamed on
      // militants": an appositive noun after the sentence's violent event restates it.
      // (The event told before the comma: not "in Myitkyina town, a bomb explosion occurred".)
      // (news61) Not a comma that closes a clause's opening day: "…, and on Friday, a bomb killed
      // four people in Kabul", "; two days later, a bomb …" open another clause.
      if (pos === 'noun' && spec.violent && APPOSITIVE_BEFORE.test(near) && !dayOpensClause(doc.text, dates, sentence.start + sentenceBefore.lastIndexOf(',')) &&
        created.some((e) => lex.types.get(e.type)!.violent && e.trigger.end <= sentence.start + sentenceBefore.lastIndexOf(','))) return;
      if (pos === 'noun' && type === 'bombing' && seizedWeapon(doc.text.slice(clauseStart, m.start))) return;
      // "claimed responsibility for the Lakki Marwat attack": a place's name between the
      // determiner and the noun refers back as "the attack" does.
      if (pos === 'noun' && !definite && placeBeforeNounRefersBack(toks, places, m)) return;
      // "The house that was raided belonged to a relative": after an event of the report, a
      // definite noun's relative passive points back to it.
      if (pos === 'verb' && events.length > 0 && toldRelativeBefore(near)) return;
      // "six suspected members of a kidnapping gang": the noun names the group's trade.
      if (pos === 'noun' && GROUP_AFTER.has(toks[m.lastToken + 1]?.lower ?? '')) return;
      // "a wave of targeted attacks on police", "IS-K ... has repeatedly targeted the Shia Hazara
      // minority": a trend or a group's habit, no one event.
      const justBefore = doc.text.slice(Math.max(clauseStart, m.start - 40), m.start);
      if (pos === 'noun' && trendBefore(justBefore)) return;
      if (pos === 'verb' && cueWords.has(PERFECT_WORDS) && HABIT_BEFORE.test(justBefore)) return;
      // "the banned TTP has attacked polio teams in the past": a perfect verb with a span of past
      // time after it is the group's record, no event.
      // ("who have kidnapped dozens of people": a tally.)
      if (pos === 'verb' && cueWords.has(PERFECT_WORDS) && PERFECT_BEFORE.test(justBefore) && (PAST_RECORD_AFTER.test(doc.text.slice(m.end, clauseEnd)) || TALLY_OBJECT_AFTER.test(doc.text.slice(m.end, m.end + 24)))) return;
      // "the group, which has fought Pakistani forces in the area": what a relative clause says a
      // group has done describes the group, no one act; a figure after the verb ("who have
      // killed three soldiers this week") may still tell one.
      if (pos === 'verb' && cueWords.has(PERFECT_WORDS) && RELATIVE_PERFECT_BEFORE.test(justBefore) && !sentenceQuantities.some((q) => q.start >= m.end && q.start <= m.end + 30)) return;
      // ("denied the police version": the teller of an account is no party.)
      const clauseActors = within(actors, clauseStart, clauseEnd).filter((a) => !namesAccount(doc.text, a.end));
      const rules = [`trigger:${type}:${m.values[0].alias}`];
      if (munitionFired) rules.push('fired-munition-before:bombing');
      if (disowned && pos === 'noun') rules.push(DISOWNED_ACT_RULE);
      if (killing) rules.push('trigger:kills-people');
      if (definite) rules.push(DEFINITE_ACT_RULE);

      const roles: EventRecord['actors'] = [];
      // "7 people killed in Pakistan's northwest": a headline's passive without its "were".
      // ("were kidnapped and later freed by the Taliban": the second participle shares the passive, news55.)
      const passive = pos === 'verb' && (isPassive(toks, m.firstToken, actorEnds) || isCoordinatedPassive(toks, m, actorEnds) || (casualtyTrigger && isReducedPassive(toks, m, clause)));
      // "... acquitted a third. The third accused, Gul Muhammad, was acquitted for lack of evidence":
      // a definite subject of an uncounted passive release, after a release already told, is that
      // release told again, not a second one.
      // (Not "The remaining hostages were released on November 12": other people, a day of its own.)
      if (type === 'prisoner-release' && passive && eventDates.length === 0 && RETOLD_SUBJECT.test(sentenceBefore) && events.some((e) => e.type === 'prisoner-release')) return;
      addClauseRoles({ doc, ctx, lex, toks, triggers, actorEnds, sentenceQuantities, si, created, m, pos, spec, clause, clauseStart, clauseEnd, clauseActors, disowned, passive, casualtyTrigger }, roles, rules);

      // "Authorities imposed a curfew after clashes between rival groups": no side of the clash (clash-sides.ts).
      if (pos === 'noun' && spec.violent && dropSubjectOutsideSides(doc.text, { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }, roles)) rules.push(CLASH_SIDES_RULE);
      // "The migrants were taken to an office and expelled from the country": a deportation is a
      // state's act, so civilians read as its doer (a passive we missed) are the people removed.
      if (type === 'deportation' && roles.some((r) => r.role === 'agent' && ctx.actors.get(r.actor)?.type === 'civilians')) {
        for (let k = 0; k < roles.length; k++) if (roles[k].role === 'agent' && ctx.actors.get(roles[k].actor)?.type === 'civilians') roles[k] = { ...roles[k], role: 'target' };
        rules.push('deportation:civilians-removed');
      }
      // "Pakistan deported 1,200 Afghan nationals": the country that removes them is its government.
      if (type === 'deportation' && !passive && !roles.some((r) => r.role === 'agent')) {
        const state = countrySubject(doc.text, ctx, doc.article.published, clauseStart, m.start);
        // ("Iran's expulsion of 12,000 Afghans": the possessor of the noun removes them.)
        const owner = state || pos !== 'noun' ? null : countryPossessor(doc.text, ctx, doc.article.published, clauseStart, m.start);
        if (state) {
          roles.unshift({ actor: state.actor, role: 'agent', inferred: false, start: state.start, end: state.end });
          rules.push(`agent:country-subject:${state.country}`);
        } else if (owner) {
          roles.unshift({ actor: owner.actor, role: 'agent', inferred: false, start: owner.start, end: owner.end });
          rules.push(`agent:country-possessor:${owner.country}`);
        }
      }
      let inferredFrom: EventRecord | null = null;
      if (spec.roles === 'agent-target' && !roles.some((r) => r.role === 'agent')) {
        const needsAntecedent = passive || startsWithPronoun(toks, clause);
        const antecedent = previousSentenceEvents.find((e) => e.type === type && e.actors.some((r) => r.role === 'agent'));
        if (needsAntecedent && antecedent) {
          const agent = antecedent.actors.find((r) => r.role === 'agent')!;
          roles.unshift({ ...agent, inferred: true });
          inferredFrom = antecedent;
          rules.push(`agent-from-previous-sentence:${antecedent.id}`);
        }
      }
      // "A TTP commander, Sarbakaf Mohmand, had earlier claimed the attack": a claimant set apart
      // from its verb by an apposition speaks for itself in the claim's own cue (attribution-self).
      if (spec.needsAgent && !roles.some((r) => r.role === 'agent')) {
        const own = doc.cues.find((c) => c.attribution === 'self' && c.sourceActor && c.sourceSpan && c.start <= m.start && m.end <= c.end);
        const claimant = own ? actors.find((a) => a.entity === own.sourceActor && a.start >= own.sourceSpan!.start && a.end <= own.sourceSpan!.end) : undefined;
        if (claimant) {
          roles.push(role(claimant, 'agent', false));
          rules.push('agent:claimant-of-own-cue');
        }
      }
      if (spec.needsAgent && !roles.some((r) => r.role === 'agent') && !byType.has(frameKey)) return;
      // "recovered a businessman" frees him; "recovered two pistols" frees no one.
      if (spec.peopleOnly?.includes(m.values[0].alias.toLowerCase()) && !actsOnPeople(toks, m.firstToken, m.lastToken, passive, lex.people)) return;
      // (news65) "Security forces rescued 104 passengers" after gunmen took them hostage frees
      // hostages; "rescued survivors from the rubble" frees no one held (hostage-release.ts).
      if (type === HOSTAGE_RELEASE) {
        const why = hostagesFreed(doc.text, { start: sentence.start, end: sentence.end, trigger: { start: m.start, end: m.end, text: '' } }, [...events, ...created], lex.people);
        if (!why) return;
        rules.push(`type:${HOSTAGE_RELEASE}:${why}`);
      }
      // "had destroyed three Pakistani posts" attacks them; "destroyed houses" is no attack.
      if (spec.postsOnly?.includes(m.values[0].alias.toLowerCase()) && !actsOnPosts(toks, m.firstToken, m.lastToken, passive, lex.posts)) return;
      // "banned rallies", "suspended mobile internet", "closed the highway": a measure; "the banned
      // TTP", "suspended the officer" none.
      if (spec.restrictsOnly?.includes(m.values[0].alias.toLowerCase()) && !restrictsWhat(toks, m.firstToken, m.lastToken, passive, lex.restricted)) return;
      // (Only a type with another sense is asked, and whether a name with a place word stands
      // before the trigger only by a type that reads it: the words are not gathered for the rest.)
      // (And only a trigger word the type's other senses name: "fought" of `attack`, not "killed".)
      const senseWord = spec.otherSense ? doc.text.slice(m.start, m.end).toLowerCase() : '';
      if (spec.otherSense?.words?.has(senseWord) && inOtherSense(spec, senseWord, toks[m.firstToken - 1]?.lower, wordsAfter(toks, m.lastToken, 3), spec.otherSense.afterName ? afterPlacedName(doc.text, toks, m.firstToken) : false)) return;
      if (m.values.every((v) => v.entity.endsWith('|weak'))) {
        // (A crowd's act after its type was told, "… staged a protest. Protesters also blocked the
        // street", is that event's, not another: only a purpose makes one then.)
        const holds = weakTriggerHolds(ctx, roles, purposeNear(si, type), doc.text, typeToldBefore(type) ? undefined : spec.crowd);
        if (!holds) return;
        rules.push(holds === 'purpose' ? `weak-trigger-with-purpose:${type}` : `weak-trigger-by-crowd:${type}`);
      }

      // "A security official in Islamabad ... said the aircraft had targeted hideouts": where the
      // source sits is not where the reported event was.
      const seats = (sourceSeats ??= sourceSeatsOf(doc.text, places));
      const seated = seats.size > 0 ? places.filter((p) => (seats.get(p) ?? Infinity) > m.start) : places;
      // "had arrested three suspects and were investigating whether the bomb had been assembled in
      // Afghanistan": a place inside an indirect question the trigger stands outside is asked
      // about, not where the event was (question-clause.ts).
      const reported = seated.length > 0 ? seated.filter((p) => outsideQuestion(toks, p, m)) : seated;
      // An after-clause's act is where its own clause says, or a scene set before the clause it
      // was cut from ("On 14 June, in Piaxtla, ... after ..."), not the main clause's place.
      // (The main part with no place of its own keeps the whole clause's.)
      if (scene === undefined) scene = sceneOf(toks, places, actors, ctx);
      const fullScene = reported.length === places.length ? scene : sceneOf(toks, reported, actors, ctx);
      const reportedScene = clause.after && fullScene && fullScene.mention.end > openerEnd ? null : fullScene;
      const clausePlaces = within(reported, clauseStart, clauseEnd);
      const placesOfClause =
        !clause.whole || clausePlaces.length > 0
          ? clausePlaces
          : clause.after
            ? within(reported, toks[clause.whole.first].start, Math.min(clauseStart, openerEnd))
            : within(reported, clauseStart, toks[clause.whole.last].end);
      let placeAfter = pickPlace(doc, toks, placesOfClause, m, actors, reportedScene, triggers, ctx, [clauseStart, clauseEnd]);
      // (What those tied to an act number is theirs, not the act's: "kill 2 terrorists linked to abduction".)
      // ("at least 15 people, including women and children, were abducted": the count before the
      // apposition is the verb's subject's; the apposition's own numbers are a part of them.)
      // (news67) "At least 15 insurgents, including two commanders, surrendered": an intransitive
      // surrender is its subject's own verb, so the apposition parts the subject from it too.
      const head = spec.count && !clause.whole ? appositionHead(doc, toks, clauses, clauses.indexOf(clause), type === SURRENDER ? m.firstToken : -1) : null;
      const countable = head ? [...within(quantities, toks[head.first].start, toks[head.last].end), ...within(quantities, clauseStart, clauseEnd)] : within(quantities, rules.includes(TIED_TO_RULE) ? m.end : clauseStart, clauseEnd);
      // "More than 40,000 Afghans returned from Iran": a return across a border is counted as
      // `returned`, and told only with the country it crossed from or to and the people counted
      // ("the family returned from the camp to their village" is no such return).
      const returning = !!spec.returns?.includes(m.values[0].alias.toLowerCase());
      if (spec.toCountry?.includes(m.values[0].alias.toLowerCase()) && !countryAfter(doc.text, places, m.end, ctx)) return;
      // "expelled 800 Afghans from Iran" is a deportation, "expelled from the party" none.
      // ("Iran expelled 2,000 Afghans": a country's own removal of people, as "Iran deported".)
      if (spec.countryInClause?.includes(m.values[0].alias.toLowerCase()) && !countryInClause(doc.text, places, m.end, clauseStart, clauseEnd, ctx) &&
        !(pos === 'verb' && !passive && !diplomatsIn(doc.text, clauseStart, clauseEnd) && countrySubject(doc.text, ctx, doc.article.published, clauseStart, m.start)) &&
        !(pos === 'noun' && !diplomatsIn(doc.text, clauseStart, clauseEnd) && countryPossessor(doc.text, ctx, doc.article.published, clauseStart, m.start))) return;
      const counts = spec.count ? pickCount(doc, countable, m, returning ? RETURNED_KIND : spec.count, used, lex.people) : [];
      if (returning && counts.length === 0) return;
      if (returning) rules.push(`deportation:return-across-border:${m.values[0].alias.toLowerCase()}`);
      // "Iran's expulsion of 12,000 Afghans": the people counted, by their nationality, are those removed (news53).
      // (news55) "3,000 Afghan refugees", and the people of a return: "40,000 Afghans returned from Iran".
      if (type === 'deportation' && !roles.some((r) => r.role === 'target')) {
        const removed = counts.find((c) => c.kind === (returning ? RETURNED_KIND : spec.count));
        const people = removed ? demonymPeopleAfter(doc.text, ctx, removed.end, movedPeoplePattern(spec.movedPeople)) : null;
        if (people) {
          roles.push({ actor: people.actor, role: 'target', inferred: false, start: people.start, end: people.end });
          rules.push(`target:demonym-${people.form}:${people.country}`);
        }
      }
      // "acquitted 14 suspects in the 2019 attack": a year before a noun dates that noun's event only.
      const nounDates = attributiveDates.length > 0 ? eventDates.filter((d) => !attributiveDates.includes(d) || datesNoun(doc.text, d, m)) : eventDates;
      // "recovered a businessman who had been abducted on November 18": the relative clause's date.
      // "The TTP on Monday denied any role in the bombing": a date before the denial dates the denial.
      // "arrested three suspects linked to an attack ... last month": the tied act's date.
      const ownDates = nounDates.length > 0 ? nounDates.filter((d) => !datesRelativeClause(doc.text, d, m, triggers, lex.casualtyWords) && !datesTiedAct(doc.text, d, m, triggers) && !(disowned && d.end <= disowned.start)) : nounDates;
      // (news61) "…, and on Friday, a bomb killed …": a day the comma cut into a clause of its own
      // opens the trigger's clause.
      const clauseDate = pickDate(within(ownDates, clauseStart, clauseEnd), m) ?? dayOpeningClause(doc.text, ownDates, clauseStart);
      // ("... on Tuesday, days after a drone strike killed two": not the main clause's day.)
      const picked = clauseDate ?? pickDate(clause.after ? ownDates.filter((d) => d.end <= openerEnd) : ownDates, m);
      const ownDate = picked && sincePeriod(doc.text, sentence.start, picked, m, ctx.published);
      let date = ownDate ?? (clause.after ? null : dayFromLastEvent(doc, sentence, m, type, clauseEnd, of === 1 ? events : events.filter((e) => e.sentence !== si), ctx.published));
      // "On Tuesday, a constable was shot dead in Lakki Marwat, and last week two policemen were
      // gunned down in Bannu": a clause after the event's own with a date of its own.
      const prior = byType.get(frameKey);
      const daysApart = (p: EventRecord | undefined) =>
        !!p?.date && !!clauseDate?.value && clauseStart > p.trigger.end && clauseDate.start > p.trigger.end &&
        // (Disjoint: "In 2014, the attack ... killed 147 people ... when gunmen stormed the school on December 16" is one.)
        (clauseDate.value.end < p.date.start || clauseDate.value.start > p.date.end);
      // (news61) An act of another type counts too: "Gunmen killed two guards in Quetta last year,
      // and on Friday a bomb killed four people in Kabul" tells the bomb apart from the killing
      // (whose casualty word would else fold into the bomb, dating it Friday). Every earlier
      // violent act of the sentence must lie on other days, and the date must open the clause, before
      // its trigger, or the clause be linked to the one before ("…, and a bomb killed four people in
      // Kabul on Friday"); else a date after the trigger may be a modifier's ("olive trees planted
      // 100 years ago in …").
      const linked = () => LINKED_CLAUSE.test(doc.text.slice(clauseStart, m.start)) || /;\s*$/.test(doc.text.slice(Math.max(0, clauseStart - 3), clauseStart));
      const earlierActs = !prior && spec.violent && !!clauseDate && (clauseDate.end <= m.start || linked()) ? created.filter((e) => lex.types.get(e.type)!.violent && e.trigger.end <= clauseStart) : [];
      const otherDay = (daysApart(prior) || (earlierActs.length > 0 && earlierActs.every(daysApart))) && !isSpeechDate(doc.text, clauseDate!);
      // "a roadside bomb went off ... in the Mamund tehsil early on Wednesday, killing three soldiers,
      // while on Wednesday evening two Levies personnel were killed ... in the Lower Dir district":
      // a later clause with a date and a place of its own, apart from every earlier violent
      // event's place, tells another incident (also on the same day, or in an overlapping period).
      const otherScene =
        !!spec.violent && !otherDay && !!clauseDate?.value && !isSpeechDate(doc.text, clauseDate) &&
        elsewhere(ctx, created.filter((e) => lex.types.get(e.type)!.violent && e.trigger.end < clauseStart), within(places, clauseStart, clauseEnd));
      // (news61) "A bomb killed two guards in Quetta on Monday, and a week later four people were
      // killed in Kabul": a lapse of days, weeks or months opening a later clause tells another
      // incident, dated from the earlier act's day when its clause gives none. Any other event after
      // a lapse is dated so too: "…, and two days later police arrested three suspects" (not the
      // bomb's day).
      // (A date of the clause before the lapse is the earlier act's: "on November 2 and a month later a bomb …".)
      const lapsedFrom = !otherDay && !otherScene && created.length > 0 ? created.filter((e) => (!spec.violent || lex.types.get(e.type)!.violent) && e.trigger.end <= m.start).pop() : undefined;
      const found = lapsedFrom ? clauseLapse(doc.text, lapsedFrom.trigger.end, m.start) : null;
      const lapsed = found && (!clauseDate?.value || clauseDate.end <= found.start) ? found : null;
      const lapse = !!lapsed;
      if (lapsed) {
        // (From the earlier act's day only: a year or a month counts no day.)
        const day = lapsedFrom!.date?.precision === 'day' && lapsedFrom!.date.start === lapsedFrom!.date.end ? lapsedFrom!.date.start : null;
        date = lapsed.rel && day ? dayCountedFrom(lapsed.rel, day, `trigger-${lapsedFrom!.trigger.start}`, ctx.published) : null;
        if (spec.violent) rules.push(LAPSE_RULE);
      }
      const another = !!spec.violent && (otherDay || otherScene || lapse || ANOTHER_BEFORE.test(doc.text.slice(Math.max(clauseStart, m.start - 12), m.start)));
      // Another incident is where its own clause says, not where the sentence's scene set the first.
      if (another && placeAfter.rule?.startsWith('place:sentence-locative')) {
        placeAfter = pickPlace(doc, toks, within(reported, clauseStart, clauseEnd), m, actors, null, triggers, ctx, [clauseStart, clauseEnd]);
      }
      // (news57) And what its clause names is not where an earlier act of the sentence was: "The
      // 2022 bombing killed 60 worshippers, and on Friday a blast killed three people in Kabul"
      // does not say where the 2022 bombing was. An earlier act placed by the sentence's place
      // (no place of its own clause) loses a place named inside this incident's clause.
      if (another) for (const e of created) unplaceFromAnother(e, clauseStart, clauseEnd);

      // "Suicide bomb kills six in Quetta": a casualty statement is an argument of a violent noun.
      // (A disowned act's arguments are its noun's own count or place: "condemned the attack and
      // said Islamabad stood with the Afghan people" names no act.)
      const hasArgument = disowned ? counts.length > 0 || placeAfter.argument !== null :
        roles.length > 0 ||
        counts.length > 0 ||
        ownDate !== null ||
        placeAfter.argument !== null ||
        definite !== null ||
        (!!spec.violent && (statements ??= casualtyStatements(doc, toks, quantities, lex)).length > 0);
      // "Two groups claim Bannu bombing": an act named as what is claimed is an event of its own.
      if (pos === 'noun' && !hasArgument && !(spec.violent && CLAIMED_OBJECT.test(doc.text.slice(clauseStart, m.start)))) return;

      const settled = settlePlace({ doc, ctx, toks, places, actors, reported, sourceSeats: seats, si, created, frameOf, lastSentenceEvents, clause, clauseStart, clauseEnd, roles, inferredFrom }, placeAfter);
      // "returned from Iran": where they came from is not where the return happened.
      // ("returnees had arrived in Kabul from Pakistan": nor is the country after "from".)
      const fromCountry = returning && !!settled.place && settled.place.start >= m.end &&
        ((/ from$/i.test(m.values[0].alias) && settled.place.start - m.end <= 24) ||
          (ctx.places.get(settled.place.entity)?.kind === 'country' && /\bfrom\s+(?:(?:the|neighbouring|neighboring)\s+)?$/i.test(doc.text.slice(Math.max(m.end, settled.place.start - 30), settled.place.start))));
      const { place, rule: placeRule } = fromCountry ? { place: null, rule: null } : settled;
      if (placeRule) rules.push(placeRule);
      if (date) rules.push(date.rule);

      // "and a week later another attack on a Shia mosque in Kandahar": a second incident.
      const existing = another ? undefined : byType.get(frameKey);
      if (another) rules.push(ANOTHER_RULE);
      if (otherScene) rules.push(OTHER_SCENE_RULE);
      if (existing) {
        // "two tribal elders were killed ... in a targeted attack in Bara": the second trigger's
        // own town is narrower than the district the sentence's scene gave the first.
        const narrower = !!place && !!existing.place && placeRule?.startsWith('place:locative-after-trigger:') &&
          !existing.rules.some((r) => r.startsWith('place:locative-after-trigger:')) &&
          townInside(ctx, place, placeMentionOf(existing));
        if (narrower) {
          existing.place = place!.entity;
          existing.placeMention = { start: place!.start, end: place!.end };
        }
        mergeInto(existing, roles, place, counts, date, rules);
        if (!casualtyTrigger) casualtyOnly.delete(existing);
        return;
      }
      const event: EventRecord = {
        id: '',
        type,
        start: sentence.start,
        end: sentence.end,
        trigger: { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) },
        actors: dedupeRoles(roles),
        place: place?.entity ?? null,
        placeMention: place ? { start: place.start, end: place.end } : null,
        date: date?.value ? eventDate(date) : null,
        dateMention: date ? { start: date.start, end: date.end } : null,
        counts,
        claim: null,
        sentence: si,
        rules,
      };
      if (clause.after) {
        event.rules.push(AFTER_CLAUSE_RULE);
        frameOf.set(event, clause);
      }
      created.push(event);
      byType.set(frameKey, event);
      if (casualtyTrigger && !another) casualtyOnly.add(event);
      if (another) incidentClause.set(event, clauseStart);
    });

    // "The death toll rose to 18 on Monday after two of the injured died": the paragraph's last
    // violent event's new total (toll-update.ts). The deaths that explain it and the incident it
    // names ("the toll from Sunday's blast") are that event again, no event of their own.
    const update = lastViolent ? tollUpdate(doc.text, sentenceQuantities) : null;
    if (update) {
      for (const e of [...created]) {
        if (!casualtyOnly.has(e) && !(e.trigger.start >= update.subject.start && e.trigger.end <= update.subject.end)) continue;
        for (const q of used) if (e.counts.some((c) => c.start === q.start && c.end === q.end)) used.delete(q);
        casualtyOnly.delete(e);
        created.splice(created.indexOf(e), 1);
      }
    }

    // "A team of election staff was ambushed in Kulachi. A polling officer and a police guard were
    // killed": a sentence whose only violent words are casualty words tells the toll of the
    // paragraph's last violent event when it names no other day or place, and that event had none.
    // (news65) So does such a sentence opening the paragraph right after that act's, its own
    // paragraph telling no act yet: "… believed to have been killed in a drone strike in Paktika.
    // ¶ … his vehicle was hit near Barmal. All four men were killed" (the strike's toll, no attack
    // of its own). The paragraph then tells that act, as "in the strike" would point back to it.
    const nextParagraph = !lastViolent && earlierViolent && casualtyOnly.size > 0 && doc.sentences[earlierViolent.sentence].paragraph === sentence.paragraph - 1;
    if ((lastViolent || nextParagraph) && casualtyOnly.size > 0) {
      const told = (lastViolent ?? earlierViolent) as EventRecord;
      const violentOwn = created.some((e) => !casualtyOnly.has(e) && lex.types.get(e.type)!.violent);
      // ("Four civilians were killed as well": a toll marked as more people joins one already told.)
      // (Session 24, news71) The doers' own dead are other people than the act's victims counted
      // before, so their toll adds to it: "Security forces killed 11 terrorists during an
      // operation … Two soldiers embraced martyrdom during the exchange of fire" (13 killed in
      // one clash, as GTD and ACLED code both sides' dead).
      const ownSide = !violentOwn && told.counts.length > 0 && !ADDED_TOLL.test(sentenceText) ? doersDying(doc, sentence, told) : [];
      if (!violentOwn && (told.counts.length === 0 || ADDED_TOLL.test(sentenceText) || ownSide.length > 0)) {
        for (const e of [...casualtyOnly]) {
          if (!tollOf(ctx, e, told)) continue;
          for (const q of used) if (e.counts.some((c) => c.start === q.start && c.end === q.end)) used.delete(q);
          casualtyOnly.delete(e);
          created.splice(created.indexOf(e), 1);
          told.actors = dedupeRoles([...told.actors, ...e.actors.filter((r) => r.role !== 'agent'), ...ownSide.map((a) => role(a, 'target', false))]);
          told.rules.push(`casualty-sentence-for:${told.trigger.text}`);
          if (ownSide.length > 0) told.rules.push(`casualty-sentence-for:doers-own-dead:${ownSide[0].entity}`);
          if (!lastViolent) {
            told.rules.push(`casualty-sentence-for:next-paragraph`);
            lastViolent = told;
          }
        }
      }
    }
    // "Police used batons and tear gas to disperse the protesters", with no crowd event told
    // before and no violence of its own: the crowd dispersed was protesting (dispersal.ts).
    let riotControlled = false;
    const dispersal = dispersalWords ? dispersalIn(doc.text, sentence, () => (some ? actors : spansWithin(doc.actorMentions, sorted.actors, sentence.start, sentence.end)), ctx) : null;
    // "Police fired tear gas at the protesters": crowd control aimed at a protest is its
    // dispersal, no attack (dispersal.ts), when there is a protest for it to break up and no
    // other violence in the sentence.
    if (dispersal && some && !(statements ??= casualtyStatements(doc, toks, quantities, lex)).some((s) => s.kind === 'killed')) {
      // (A protest told before, or in the sentence itself: "fired tear gas at PTI workers marching towards Islamabad".)
      const protestBefore = dispersedProtest([], events, () => false) !== null;
      const protestNear = protestBefore || created.some((e) => e.type === 'protest');
      // ("Police fired tear gas at the rioters": a riot told before or in the sentence, news55.)
      const riotNear = dispersedRiot(created, events) !== null;
      const typeOf = (id: string) => ctx.actors.get(id)?.type;
      const fired = created.filter((e) => isControlFiring(doc.text, e, dispersal, typeOf, protestNear, riotNear));
      const atRiot = fired.filter((e) => aimedAtRioters(e, typeOf));
      const firings = fired.filter((e) => !atRiot.includes(e));
      // The riot is violence of its own, and stays; any other violence keeps the firing an attack.
      if (atRiot.length > 0 && !created.some((e) => !fired.includes(e) && !casualtyOnly.has(e) && e.type !== 'riot' && lex.types.get(e.type)?.violent)) {
        for (const e of atRiot) {
          for (const q of used) if (e.counts.some((c) => c.start === q.start && c.end === q.end)) used.delete(q);
          created.splice(created.indexOf(e), 1);
        }
        riotControlled = true;
      }
      const rest = created.filter((e) => !firings.includes(e));
      const protestFor =
        rest.some((e) => e.type === 'protest') ||
        protestBefore ||
        (![...events, ...rest].some((e) => lex.types.get(e.type)?.crowd || lex.types.get(e.type)?.violent) && dispersedCrowd(doc.text, dispersal, sentence.end) !== null);
      if (firings.length > 0 && protestFor && !rest.some((e) => !casualtyOnly.has(e) && lex.types.get(e.type)?.violent)) {
        for (const e of firings) {
          for (const q of used) if (e.counts.some((c) => c.start === q.start && c.end === q.end)) used.delete(q);
          created.splice(created.indexOf(e), 1);
        }
      }
    }
    const crowdWord = dispersal && some && ![...events, ...created].some((e) => lex.types.get(e.type)?.crowd || lex.types.get(e.type)?.violent) ? dispersedCrowd(doc.text, dispersal, sentence.end) : null;
    if (crowdWord) {
      if (scene === undefined) scene = sceneOf(toks, places, actors, ctx);
      const date = eventDates.filter((d) => d.value !== null).sort((a, b) => Math.abs(a.start - crowdWord.start) - Math.abs(b.start - crowdWord.start))[0];
      created.push({
        id: '',
        type: 'protest',
        start: sentence.start,
        end: sentence.end,
        trigger: { ...crowdWord, text: doc.text.slice(crowdWord.start, crowdWord.end) },
        actors: [],
        place: scene?.mention.entity ?? null,
        placeMention: scene ? { start: scene.mention.start, end: scene.mention.end } : null,
        date: date ? eventDate(date) : null,
        dateMention: date ? { start: date.start, end: date.end } : null,
        counts: [],
        claim: null,
        sentence: si,
        rules: [DISPERSED_CROWD_RULE, ...(scene ? [`place:dispersal-scene:${scene.mention.entity}`] : []), ...(date ? [date.rule] : [])],
      });
    }
    // (news61) "Protesters closed the highway": a crowd's blockade is its protest (security-measure.ts).
    if (some) crowdBlockades(created, lex, (roles) => weakTriggerHolds(ctx, roles, purposeNear(si, 'protest'), doc.text, typeToldBefore('protest') ? undefined : lex.types.get('protest')?.crowd));
    // "… exchanged heavy fire. ¶ Three guards were killed in the clash, while eight civilians were
    // wounded when mortar shells landed": the clash's toll, not the shelling's (earlier-act-toll.ts).
    const earlierTolls = some && casualtyOnly.size > 0 && events.length > 0 ? tollsOfNamedEarlierActs(doc.text, created, casualtyOnly, events, lex) : NO_TOLLS;
    for (const e of earlierTolls.size > 0 ? [...casualtyOnly] : []) {
      const act = earlierTolls.get(e.trigger.start);
      if (!act) continue;
      addVictims(act, e);
      for (const q of used) if (e.counts.some((c) => c.start === q.start && c.end === q.end)) used.delete(q);
      casualtyOnly.delete(e);
      created.splice(created.indexOf(e), 1);
    }
    let kept = some ? settleCrowds(doc, ctx, dropCasualtyOnly(settleRaidArrests(settleBareFire(doc, created, 'attack'), 'attack', 'arrest'), withAnotherIncidents(created, casualtyOnly, incidentClause, lex), used, lex, doc.text, (e) => frameOf.get(e), (e) => incidentClause.get(e)), lex, country) : created;
    // "A suicide bomber attacked a convoy", "destroyed in the shelling": one act told twice (same-act.ts).
    if (some) kept = foldSameActs(doc, kept, paragraphEvents, triggers, 'attack', 'bombing', isViolentType, lex.casualtyWords, dedupeRoles);
    if (some) settlePerpetrators(doc, ctx, kept, lex, country);
    if (some) kept = settleMeasures(doc, ctx, kept, country);
    // "Assailants entered the building and opened fire": the way in is the attack's step, no movement (attack-movement.ts).
    if (some) kept = dropAttackSteps(doc.text, ctx, lex, kept, [...paragraphEvents, ...lastSentenceEvents], places);
    // "… exchanged heavy fire. … the two sides agreed to a ceasefire": the clash's two sides (sides-of-clash.ts).
    if (some) for (let k = 0; k < kept.length; k++) addSidesOfClash(doc.text, ctx, lex, kept[k], sentence.start, k === 0 ? events : [...events, ...kept.slice(0, k)]);
    if (some) settleSentencings(doc, ctx, kept, country);
    if (some) for (const e of kept) splitSelfOpposed(doc, ctx, e);
    if (talibanReadings.length > 0) for (const e of kept) markTalibanReadings(e, talibanReadings);
    for (const e of kept) {
      const scene = !e.place && lex.types.get(e.type)?.crowd ? crowdSceneBefore(events, lex) : null;
      if (scene) {
        [e.place, e.placeMention] = [scene.place, scene.placeMention];
        e.rules.push(`place-from-earlier-crowd-event:${scene.id}`);
      }
    }
    // "Police used batons and tear gas to disperse the protesters; 12 people were injured": the
    // protest the force broke up is marked, and takes the sentence's wounded and arrested
    // (dispersal.ts); the wounded are no toll of an earlier violent event then.
    // (news68) "… protested in Quetta. Tear gas shells fired by police injured three protesters":
    // the protesters' noun makes no second protest; the force broke up the one told before.
    if (dispersal && kept.length > 0) kept = foldProtestersOfEarlierProtest(kept, events);
    const marked = dispersal ? dispersedProtest(kept, events, (t) => !!lex.types.get(t)?.violent) : null;
    if (dispersal && marked && !marked.rules.some((r) => r.startsWith(INTERVENTION_RULE))) marked.rules.push(`${INTERVENTION_RULE}${dispersal.cue}`);
    if (dispersal && marked) addDispersingForce(marked, dispersal, marked.sentence === si);
    // (news55) The riot crowd control was used on takes the force as a party, as a protest does.
    const riot = dispersal && riotControlled ? dispersedRiot(kept, events) : null;
    if (dispersal && riot) {
      if (!riot.rules.some((r) => r.startsWith(RIOT_INTERVENTION_RULE))) riot.rules.push(`${RIOT_INTERVENTION_RULE}${dispersal.cue}`);
      addDispersingForce(riot, dispersal, riot.sentence === si, RIOT_DISPERSED_BY_RULE);
    }
    // (The sentence after the dispersal, with no crowd event of its own, tells its toll too.)
    const dispersed = marked ?? (lastDispersed && !kept.some((e) => lex.types.get(e.type)?.crowd) ? lastDispersed : null);
    lastDispersed = marked;
    let tollOfDispersal = false;
    if (dispersed) {
      for (const e of kept) {
        if (e.type !== 'arrest') continue;
        for (const c of e.counts) if (c.kind === 'arrested' && !dispersed.counts.some((x) => x.kind === c.kind)) dispersed.counts.push({ ...c });
      }
      if (!kept.some((e) => lex.types.get(e.type)!.violent)) {
        const wounded = (statements ??= casualtyStatements(doc, toks, quantities, lex)).filter((s) => s.kind === 'wounded');
        if (wounded.length > 0) {
          attachCasualties(doc, wounded, used, dispersed, null);
          tollOfDispersal = true;
        }
      }
    }
    for (const e of kept) {
      e.id = `e${events.length + 1}`;
      events.push(e);
    }
    series = seriesSize(toks, sentenceQuantities) ?? series;
    // After "one of three related attacks", a figure is taken to cover the series unless the
    // sentence says otherwise; "across both attacks" says so itself.
    const across = acrossSize(toks, sentenceQuantities, series) ?? series;
    lastViolent = kept.find((e) => lex.types.get(e.type)!.violent) ?? lastViolent;
    if (lastViolent && !tollOfDispersal) {
      const allStated = statements ?? casualtyStatements(doc, toks, quantities, lex);
      const stated = earlierTolls.size > 0 ? allStated.filter((st) => !earlierTolls.has(st.cue.start)) : allStated;
      for (const st of stated.length < allStated.length ? allStated : []) {
        const act = earlierTolls.get(st.cue.start);
        if (act) attachCasualties(doc, [st], used, act, null);
      }
      const all = update ? stated.filter((s) => s.kind !== update.kind) : stated;
      const incident = all.length > 0 ? sameIncident(doc, all, lastViolent, some ? dates : spansWithin(doc.dates, sorted.dates, sentence.start, sentence.end), triggers) : all;
      // What is told from another scene's trigger on is that incident's.
      // (news55) So is what is told from a later violent act's trigger on when that act is another
      // incident ("The 2022 bombing killed 60 worshippers, and on Friday a blast killed three").
      const lv = lastViolent;
      const scene = kept.find((e) => e !== lv && (e.rules.includes(OTHER_SCENE_RULE) || (e.rules.includes(ANOTHER_RULE) && e.trigger.start > lv.trigger.end && !!lex.types.get(e.type)?.violent)));
      // What an after-clause's own act did is that act's: "... after drone strike kills two".
      const frames = frameOf.size > 0 ? kept.filter((e) => e !== lastViolent && frameOf.has(e) && lex.types.get(e.type)!.violent) : [];
      // (news60) It begins where its clause does when that is after the earlier act: "…, and on
      // Friday three people were killed in a blast in Kabul" tells the blast's toll before its word.
      const sceneFrom = scene ? clauseFrom(scene, incidentClause, lv) : 0;
      const own = (scene ? incident.filter((s) => s.cue.start < sceneFrom) : incident).filter((s) => !frames.some((e) => inFrame(s, frameOf.get(e)!, toks)));
      for (const e of frames) attachCasualties(doc, all.filter((s) => inFrame(s, frameOf.get(e)!, toks)), used, e, across);
      // (Session 21, news49) "... when the attackers opened fire. The woman died on the spot,
      // while the policeman died on the way to hospital": the people of an act told in an earlier
      // paragraph, named again by "the", are those it already counted, no more dead.
      // So are those of "The TTP claimed the killing of the traffic warden" after the killing
      // was told: what a claim names is the act it claims.
      const toldEarlier = doc.sentences[lastViolent.sentence].paragraph !== sentence.paragraph;
      const act = lastViolent;
      const counted = own.filter((st) => !restatedPeople(doc.text, sentence.start, st, act, toldEarlier));
      attachCasualties(doc, counted, used, lastViolent, across);
      // What "another attack" after it killed is that attack's.
      const second = own.length < all.length ? kept.find((e) => e !== lastViolent && e.rules.includes(ANOTHER_RULE) && lex.types.get(e.type)!.violent) : undefined;
      if (second) attachCasualties(doc, all.filter((s) => !own.includes(s) && s.cue.start >= clauseFrom(second, incidentClause, lv)), used, second, across);
      if (update) replaceToll(lastViolent, update, used);
      // "...; the Taliban put the toll at eight": a teller's own figure, kept beside the other (rival-toll.ts).
      const told = namedTellers(doc, si, [...tellerTolls(doc.text, sentence.start, sentenceQuantities, some ? dates : spansWithin(doc.dates, sorted.dates, sentence.start, sentence.end)), ...bodiesReceived(doc.text, sentenceQuantities)]);
      if (told.length > 0) addTellerTolls(lastViolent, told, used);
    } else if (!lastViolent && earlierViolent && !tollOfDispersal) {
      // (Session 21, news52) "On Tuesday, the police revised the toll to seven", in a paragraph
      // with no act of its own: a revision is of the article's latest violent act.
      // (news57) A toll that names its act ("He put the death toll from the clashes at 11",
      // "revised the toll from the blast to seven") is of the latest earlier act so named, a
      // rival figure as much as a revision; a rival that names none is still not taken.
      const told = namedTellers(doc, si, [...tellerTolls(doc.text, sentence.start, sentenceQuantities, spansWithin(doc.dates, sorted.dates, sentence.start, sentence.end)), ...bodiesReceived(doc.text, sentenceQuantities)]);
      for (const t of told) {
        const act = t.of ? namedAct(events, t.of, earlierViolent, (type) => !!lex.types.get(type)?.violent) : null;
        // (news70) "A spokesman for the hospital said it had received 27 bodies", a paragraph on:
        // the bodies of the article's first act with a toll, a rival figure beside it.
        const lead = !act && t.bodies ? events.find((e) => !!lex.types.get(e.type)?.violent && e.counts.some((c) => c.kind === t.kind)) : undefined;
        if (act) addTellerTolls(act, [t], used);
        else if (lead) addTellerTolls(lead, [t], used);
        else if (t.revision) addTellerTolls(earlierViolent, [t], used);
      }
    }
    // A sentence that tells an incident of an earlier one again, counts attached, joins it
    // (retold.ts): its events leave the list before a later sentence can refer to them.
    const retold = kept.length > 0 && events.length > kept.length ? mergeRetellings(doc, ctx, kept, events, dedupeRoles) : null;
    if (retold) {
      if (lastViolent && retold.has(lastViolent)) lastViolent = retold.get(lastViolent)!;
      kept = kept.filter((e) => !retold.has(e));
    }
    if (pointed && earlierViolent && earlierViolent.counts.length > countsBefore) earlierViolent.rules.push(`toll-points-back:in-the-${pointed}`);
    // (news71) "the operation was conducted on the night of November 25-26": the act told last,
    // in this paragraph or up to two before it, undated, takes the day (definite-act.ts).
    const dated = lastViolent ?? earlierViolent;
    if (dated && !dated.date && !kept.some((e) => lex.types.get(e.type)?.violent) && doc.sentences[dated.sentence].paragraph >= sentence.paragraph - 2) {
      const done = actDoneOn(doc.text, sentence.start, sentence.end, spansWithin(doc.dates, sorted.dates, sentence.start, sentence.end));
      const types = done ? POINTED_TYPES[singular(done.noun)] : undefined;
      if (done && (!types || types.includes(dated.type)) && !places.some((p) => !samePlaceOrWithin(ctx, p.entity, dated.place))) {
        dated.date = eventDate(done.date);
        dated.dateMention = { start: done.date.start, end: done.date.end };
        dated.rules.push(`date:act-done-again:the-${done.noun.replace(/\s+/g, '-')}`);
      }
    }
    previousSentenceEvents = kept;
    lastSentenceEvents = kept;
    // "(coded to X)": where the note itself says the event is placed.
    const coded = places.length > 0 ? codedPlace(toks, places) : null;
    if (coded) {
      for (const e of kept.length > 0 ? kept : paragraphEvents) {
        if (e.rules.some((r) => r.startsWith('place:coded-to:'))) continue;
        e.place = coded.entity;
        e.placeMention = { start: coded.start, end: coded.end };
        e.rules.push(`place:coded-to:${coded.entity}`);
      }
    }
    paragraphEvents.push(...kept);
  });
  // "104 passengers had been freed" after they were taken hostage: hostages freed, no prisoners.
  settleHostageReleases(doc, events, lex.people);
  addRescuersBefore(doc, events, (actor) => ctx.actors.get(actor)?.type === 'state');
  return events;
}

/**
 * "Two other men were wounded in the strike": the act noun after "in/during the", when it can
 * name `earlier` (a generic noun any violent act, a specific one its type), or null. The toll of
 * such a sentence, in a paragraph with no violent act of its own, is that act's.
 */
function pointedBack(sentence: string, earlier: EventRecord): string | null {
  const m = POINTS_BACK.exec(sentence);
  if (!m) return null;
  const noun = m[1].toLowerCase();
  const types = POINTED_TYPES[noun];
  return !types || types.includes(earlier.type) ? noun : null;
}

/** Whether a place named with an act told again is the act's own place, one inside it or around it, or the act has none. */
function samePlaceOrWithin(ctx: Context, place: string, of: string | null): boolean {
  if (!of || place === of) return true;
  const here = ctx.places.get(place);
  const there = ctx.places.get(of);
  return !!here && !!there && (liesIn(here, there) || liesIn(there, here));
}

/**
 * The sentence's actor mentions that die or are hurt there ("Two soldiers, including a captain,
 * embraced martyrdom": victim-after.ts) and name a doer the act `told` named in its own words:
 * the doers' own dead (news71).
 */
function doersDying(doc: Doc, sentence: Span, told: EventRecord): EntityMention[] {
  const doers = told.actors.filter((r) => r.role === 'agent' && !r.inferred).map((r) => r.actor);
  if (doers.length === 0) return [];
  return doc.actorMentions.filter((a) => a.start >= sentence.start && a.end <= sentence.end && doers.includes(a.entity) && diedAfter(doc.text, a.end));
}

/** People named by "the" or "both": those told before ("of the traffic warden" after "the killing"). */
const RESTATED_PEOPLE = /^(?:of\s+)?(?:the|both|these|those)\b/i;
/** A claim of an act right before its noun: "claimed the", "claimed responsibility for the". */
const CLAIMED_ACT_BEFORE = /\bclaim(?:ed|s|ing)?\s+(?:(?:responsibility|credit)\s+for\s+)?(?:the|that|this)\s+$/i;

/**
 * Whether a statement names again people the act told before counted (see the sentence loop):
 * "the" people of a kind it counted, told in an earlier paragraph or right after a claim of it.
 * (A function of the module, not a named closure made per sentence: under tsx's keepNames each
 * such closure costs a defineProperty of its name; session 22, perf22b.)
 */
function restatedPeople(text: string, sentenceStart: number, st: CasualtyStatement, told: EventRecord, toldEarlier: boolean): boolean {
  return (
    RESTATED_PEOPLE.test(st.text) && told.counts.some((c) => c.kind === st.kind) &&
    (toldEarlier || CLAIMED_ACT_BEFORE.test(text.slice(Math.max(sentenceStart, st.cue.start - 60), st.cue.start)))
  );
}

/** The sentence's places where a source sits, each with the end of its reporting verb (source-place.ts). */
function sourceSeatsOf(text: string, places: readonly EntityMention[]): ReadonlyMap<EntityMention, number> {
  const seats = new Map<EntityMention, number>();
  for (const p of places) {
    const end = sourceVerbEnd(text, p);
    if (end >= 0) seats.set(p, end);
  }
  return seats;
}

/** A clause that opens with its link to the one before: "and a bomb killed …", "while gunmen …". */
const LINKED_CLAUSE = /^\s*(?:and|but|while|whereas)\b/i;

/** What opens a clause before its day: a link after a clause break, and the day's preposition. */
const DAY_OPENER_BEFORE = /(?:[,;]\s*(?:(?:and|but|while|then)\s+)?|\s(?:and|but|while|then)\s+)(?:(?:on|in|at|during|early|late|later)\s+)?$/i;

/** Whether the comma at `comma` closes a day that opens a clause: "…, and on Friday, a bomb …". */
function dayOpensClause(text: string, dates: readonly DateMention[], comma: number): boolean {
  const day = dates.find((d) => d.end === comma);
  return !!day && DAY_OPENER_BEFORE.test(text.slice(Math.max(0, day.start - 30), day.start));
}

/** The day that opens the clause starting at `clauseStart` from a clause of its own before it, its comma between. */
function dayOpeningClause(text: string, dates: readonly DateMention[], clauseStart: number): DateMention | null {
  for (const d of dates) if (d.end < clauseStart && /^\s*,\s*$/.test(text.slice(d.end, clauseStart)) && dayOpensClause(text, dates, d.end)) return d;
  return null;
}

/** The rule of an act told after a lapse that opens its clause (clauseLapse). */
const LAPSE_RULE = 'trigger:another-incident:lapse';

/** Between an actor and the place that places it: "Villagers in Karak", "Residents of Bara". */
const PLACED_BY = /^\s+(?:in|of|from)\s+(?:the\s+)?$/i;

/** The ends of the sentence's actors, and of each place right after an actor (PLACED_BY between). */
function withPlacedSubjects(text: string, actors: readonly EntityMention[], places: readonly EntityMention[], actorEnds: ReadonlySet<number>): ReadonlySet<number> {
  const placed = places.filter((p) => actors.some((a) => a.end <= p.start && p.start - a.end <= 10 && PLACED_BY.test(text.slice(a.end, p.start))));
  return placed.length === 0 ? actorEnds : new Set([...actorEnds, ...placed.map((p) => p.end)]);
}

/** Where another incident's telling begins: its clause's start when that follows the earlier act's trigger, else its own trigger. */
function clauseFrom(e: EventRecord, incidentClause: ReadonlyMap<EventRecord, number>, earlier: EventRecord): number {
  const start = incidentClause.get(e);
  return start !== undefined && start >= earlier.trigger.end && start < e.trigger.start ? start : e.trigger.start;
}

/** The rule an act's place lost to another incident's clause leaves (`unplaceFromAnother`). */
const PLACE_OF_ANOTHER_RULE = 'place:dropped:in-another-incident-clause';

/** Drops `e`'s sentence-wide place when it is named in another incident's clause after `e`'s trigger. */
function unplaceFromAnother(e: EventRecord, clauseStart: number, clauseEnd: number): void {
  const pm = e.placeMention;
  if (!pm || e.trigger.end > clauseStart || pm.start < clauseStart || pm.end > clauseEnd) return;
  const at = e.rules.findIndex((r) => r.startsWith('place:sentence-locative:'));
  if (at < 0) return;
  e.rules.splice(at, 1, PLACE_OF_ANOTHER_RULE);
  e.place = null;
  e.placeMention = null;
}

/**
 * (news57) The earlier act a teller's toll names ("from the clashes", "in the bombing"): the
 * latest violent event whose trigger ends in that noun (singular or plural); else, for a noun
 * that names an act told before ("the attack", "the strike": POINTS_BACK's), the latest violent
 * act when the noun can name its type; else none.
 */
function namedAct(events: readonly EventRecord[], noun: string, latest: EventRecord, isViolent: (type: string) => boolean): EventRecord | null {
  const word = singular(noun);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (isViolent(e.type) && triggerEndsIn(e.trigger.text, word)) return e;
  }
  if (!POINTS_BACK_NOUNS.has(word)) return null;
  const types = POINTED_TYPES[word];
  return !types || types.includes(latest.type) ? latest : null;
}

// (Session 24, news71) Also a state's operation and the fighting of a clash, told back as "the
// operation", "the exchange of fire", "the clash", "the encounter", "the gunfight": "Two soldiers
// embraced martyrdom during the exchange of fire" after an operation told before is its toll.
const POINTS_BACK = /\b(?:in|during)\s+the\s+(attack|assault|incident|strike|raid|blast|explosion|bombing|ambush|shooting|shelling|operation|exchange of fire|clash|encounter|gunfight|firefight|shootout)\b/i;
/** The types a specific noun can name; a noun not listed names any violent act. */
const POINTS_BACK_NOUNS = new Set(['attack', 'assault', 'incident', 'strike', 'raid', 'blast', 'explosion', 'bombing', 'ambush', 'shooting', 'shelling']);
const POINTED_TYPES: Readonly<Record<string, readonly string[]>> = {
  strike: ['bombing'],
  blast: ['bombing'],
  explosion: ['bombing'],
  bombing: ['bombing'],
  shelling: ['bombing'],
  ambush: ['attack'],
  shooting: ['attack'],
  raid: ['attack', 'bombing'],
  operation: ['attack', 'bombing'],
  'exchange of fire': ['attack'],
  clash: ['attack'],
  encounter: ['attack'],
  gunfight: ['attack'],
  firefight: ['attack'],
  shootout: ['attack'],
};
