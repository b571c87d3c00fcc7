import type {
  ActorRole,
  DateMention,
  Doc,
  EntityMention,
  EventCount,
  EventRecord,
  PlaceEntry,
  Quantity,
  Token,
} from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { FEATURE_WORDS } from '../gazetteer/place-names.ts';
import { sentenceTokenRanges } from '../recognize/tokens.ts';
import { headlineSpans } from './headline-list.ts';
import { acrossSize, casualtyStatements, seriesSize, type CasualtyStatement } from './casualties.ts';
import { killsPeople } from './kills-people.ts';
import { countedDay, relativeDay } from './relative-day.ts';
import { tollUpdate, type TollUpdate } from './toll-update.ts';
import { questionOpener } from './question-clause.ts';
import { deniesAct, isTeller, relativeOfAnotherNoun, tellsOthersAct } from './teller.ts';
import { dayFromIso, isoDay } from '../recognize/date-calendar.ts';
import { sourceVerbEnd } from './source-place.ts';
import { statedPlaceAfter } from './place-statement.ts';
import { speechWords } from '../recognize/speech-words.ts';
import { longestFirst } from '../recognize/regex.ts';
import { datelineFilingEnd, isDatelinePlace } from '../recognize/dateline.ts';
import { lazyDocumentCountry, purposeFinder, settleCrowds, weakTriggerHolds } from './crowds.ts';
import { settleBareFire } from './fire.ts';
import { settleRaidArrests } from './raid-arrest.ts';
import { codedPlace } from './coded-place.ts';
import { diedAfter } from './victim-after.ts';
import { cityDistrict } from './city-district.ts';
import { innerOfChain } from './chain-inner.ts';
import { settlePerpetrators, UNARMED_TYPES } from './perpetrators.ts';
import { splitSelfOpposed } from './both-sides.ts';
import { mergeRetellings } from './retold.ts';
import { ownerBeforeNoun } from './operation-owner.ts';
import { inOtherSense, loadEventLexicon, type EventLexicon } from './event-lexicon.ts';
import { namesAccount, namesFacility } from './facility-name.ts';
import { ownSubjectAfterWhen } from './when-clause.ts';
import { actsOnPeople, askedOrDemanded, distributive, inRecordList, orderOrFuture, pastRecord, seizedWeapon, tallies, tallySigns, inTallyExamples, type TallySigns } from './non-events.ts';

// Events are built inside one sentence: a trigger word, the actors, place, date and counts of
// its clause (falling back to its sentence). The only link across sentences is an agentless
// passive ("were released") or a pronoun subject, which takes the agent of the previous
// sentence's event of the same type and says so with `inferred: true`; never across a paragraph
// break.

const DETERMINERS = new Set(['the', 'these', 'this', 'those', 'that', 'such', 'said', 'newly', 'recently', 'its', 'their']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
const ADVERB = /ly$/;
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'toward', 'towards', 'into', 'to', 'across', 'outside', 'inside', 'around', 'on', 'of', 'within', 'along']);
const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we']);
const INTENT = new Set(['vowed', 'vow', 'vows', 'threatened', 'threaten', 'threatens', 'pledged', 'pledge', 'pledges', 'plans', 'planned', 'planning', 'plan', 'intends', 'intended', 'intend', 'warned', 'promised', 'promises', 'wants', 'wanted']);
/** Words after a verb that start an adverbial, not a noun it modifies ("protested outside", "marched through"). */
const ADVERBIAL = new Set(['through', 'throughout', 'past', 'behind', 'beside', 'opposite', 'under', 'over', 'peacefully', 'together', 'again', 'there', 'here', 'and', 'to',
  // A gerund of purpose starts a clause of its own ("teachers protested demanding repairs"), not a noun.
  'denouncing', 'demanding', 'condemning', 'protesting', 'calling', 'urging', 'rejecting', 'decrying', 'opposing', 'criticising', 'criticizing', 'voicing', 'expressing', 'asking']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')']);
const NO_ENDS: ReadonlySet<number> = new Set();

interface Clause {
  first: number; // token index in the sentence
  last: number; // inclusive
}

export function extractEvents(doc: Doc, ctx: Context): EventRecord[] {
  const lex = loadEventLexicon();
  const ranges = sentenceTokenRanges(doc);
  const events: EventRecord[] = [];
  let previousSentenceEvents: EventRecord[] = [];
  const sorted = {
    actors: sortedSpans(doc.actorMentions),
    places: sortedSpans(doc.placeMentions),
    dates: sortedSpans(doc.dates),
    quantities: sortedSpans(doc.quantities),
  };

  const country = lazyDocumentCountry(doc, ctx);
  const purposeNear = purposeFinder(doc, ranges, lex);
  let series: number | null = null;
  // The paragraph's latest violent event: "Ten people were injured in the blast." counts for it.
  let lastViolent: EventRecord | null = null;
  // The paragraph's events so far: a "coded to X" statement in a sentence of its own places them.
  let paragraphEvents: EventRecord[] = [];
  // "Militants kill two soldiers in Bajaur;Police arrest TTP commander in Swat": each headline of
  // a line of headlines joined by ";" (headline-list.ts) is built as a sentence of its own, which
  // starts afresh as a paragraph does: no actor, place, date or count of one joins another's.
  const units = doc.sentences.flatMap((s, si) =>
    s.heading ? [{ sentence: s, si, headline: 0, of: 1 }] : headlineSpans(doc.text, s.start, s.end).map((h, k, all) => ({ sentence: k === 0 && all.length === 1 ? s : { ...s, start: h.start, end: h.end }, si, headline: k, of: all.length })),
  );
  units.forEach(({ sentence, si, headline, of }) => {
    // Inheritance reaches only the previous sentence of the same paragraph.
    if (sentence.heading || headline > 0 || (si > 0 && doc.sentences[si - 1].paragraph !== sentence.paragraph)) {
      previousSentenceEvents = [];
      series = null;
      lastViolent = null;
      paragraphEvents = [];
    }
    if (sentence.heading) return;
    const [first, last] = ranges[si];
    const toks = of === 1 ? doc.tokens.slice(first, last) : doc.tokens.slice(first, last).filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    const triggers = lex.triggers.match(doc.text, toks);
    // Most sentences have no trigger. Then the loop below makes no event (each one starts from a
    // trigger), settleBareFire, dropCasualtyOnly and settleCrowds of no events are no events, and
    // settlePerpetrators has none to settle; what such a sentence still does (the series size,
    // casualties for the paragraph's last violent event, a "coded to" place) needs only its
    // tokens, quantities and places. So the clauses, actors, dates and scene, which only the
    // triggers' loop reads, are not worked out for it: the same events, less work.
    const some = triggers.length > 0;
    const clauses = some ? splitClauses(doc, toks) : [];
    const actors = some ? spansWithin(doc.actorMentions, sorted.actors, sentence.start, sentence.end) : [];
    const actorEnds = some ? new Set(actors.map((a) => a.end)) : NO_ENDS;
    const places = spansWithin(doc.placeMentions, sorted.places, sentence.start, sentence.end);
    const dates = some ? spansWithin(doc.dates, sorted.dates, sentence.start, sentence.end) : [];
    // "..., a CTD spokesman said on Thursday": when it was said, not when it happened.
    // "KABUL, Nov 26 (Reuters) -": the day the report was filed, not the day of its events.
    const filedBy = dates.length > 0 ? datelineFilingEnd(doc, toks) : -1;
    const eventDates = dates.length > 0 ? dates.filter((d) => !isSpeechDate(doc.text, d) && d.end > filedBy) : dates;
    // "the 2019 attack": years that modify the noun after them (ownDates below, per trigger).
    const attributiveDates = eventDates.length > 0 ? eventDates.filter((d) => isAttributiveDate(doc.text, d)) : eventDates;
    const sentenceQuantities = spansWithin(doc.quantities, sorted.quantities, sentence.start, sentence.end);
    const quantities = sentenceQuantities.filter((q) => isCountable(doc, q, lex));
    const scene = some ? sceneOf(toks, places, actors, ctx) : null;
    // Places where a source sits, with the end of its reporting verb (source-place.ts).
    const sourceSeats = new Map<EntityMention, number>();
    if (some) {
      for (const p of places) {
        const end = sourceVerbEnd(doc.text, p);
        if (end >= 0) sourceSeats.set(p, end);
      }
    }
    const used = new Set<Quantity>();
    const byType = new Map<string, EventRecord>();
    const created: EventRecord[] = [];
    // Events whose every trigger is a casualty word ("killed"): see dropCasualtyOnly.
    const casualtyOnly = new Set<EventRecord>();
    // The sentence's casualty statements: asked of violent nouns, and for the counts below; found once.
    let statements: CasualtyStatement[] | null = null;
    // The sentence's signs of a tally (non-events.ts): asked of violent and arrest triggers; found once.
    let signs: TallySigns | null = null;

    for (const m of triggers) {
      const pos = classifyTrigger(toks, m, actorEnds, sentenceQuantities);
      if (pos === 'skip') continue;
      // "On 19 March 2022": a month is no march.
      if (dates.some((d) => d.start <= m.start && m.end <= d.end)) continue;
      // "the Atomic Bomb Dome", "Damteo Shooting Range": a word inside a place's own name is no
      // event. (A last word may be: "the Chaman crossing was closed".)
      if (places.some((p) => p.start < m.start && m.end < p.end)) continue;
      let type = typeOfEntity(m.values[0].entity);
      let casualtyTrigger = lex.casualtyWords.has(m.values[0].alias.toLowerCase());
      // "neutralised four khwarij" is a killing, "neutralised an IED" a device made safe.
      const killing = casualtyTrigger && !lex.types.get(type)!.violent && killsPeople(doc.text, (statements ??= casualtyStatements(doc, toks, quantities, lex)), m, lex.people);
      if (killing) type = 'attack';
      else if (casualtyTrigger && !lex.types.get(type)!.violent) casualtyTrigger = false;
      const spec = lex.types.get(type)!;
      const clause = clauses.find((c) => c.first <= m.firstToken && m.firstToken <= c.last)!;
      const clauseStart = toks[clause.first].start;
      const clauseEnd = toks[clause.last].end;
      // "the killed khwarij, who remained actively involved in ... target killing of innocent
      // civilians", "wanted in several cases of kidnapping": a suspect's record, no event told.
      if (RECORD_BEFORE.test(doc.text.slice(clauseStart, m.start))) continue;
      const sentenceBefore = doc.text.slice(sentence.start, m.start);
      // "wanted in more than 20 cases of terrorism, including the killing of four policemen in
      // 2023": the record's list; "carried out 71 attacks in October, killing 94 people", "have
      // been killed since 2012": a tally; "directed police to arrest", "will be arrested": an
      // order or a future act; "recovered two Kalashnikovs and a hand grenade": a seized weapon.
      if (inRecordList(sentenceBefore)) continue;
      if ((spec.violent || type === 'arrest') && tallies((signs ??= tallySigns(doc.text.slice(sentence.start, sentence.end))), sentenceBefore)) continue;
      if (inTallyExamples((signs ??= tallySigns(doc.text.slice(sentence.start, sentence.end))), sentenceBefore)) continue;
      const near = doc.text.slice(Math.max(sentence.start, m.start - 60), m.start);
      if (orderOrFuture(near)) continue;
      // "It was not clear who fired the shell", "until the killers were arrested".
      if (askedOrDemanded(near, type === 'arrest' || type === 'prisoner-release')) continue;
      // "would pay Rs1 million for each person killed".
      if (casualtyTrigger && distributive(near)) continue;
      // "in retaliation for his previous killing of drug suspects": a record of past acts.
      if (pastRecord(near)) continue;
      // "a suicide bomber killed 12 soldiers at a checkpost, an attack Islamabad blamed on
      // militants": an appositive noun after the sentence's violent event restates it.
      // (The event told before the comma: not "in Myitkyina town, a bomb explosion occurred".)
      if (pos === 'noun' && spec.violent && APPOSITIVE_BEFORE.test(near) && created.some((e) => lex.types.get(e.type)!.violent && e.trigger.end <= sentence.start + sentenceBefore.lastIndexOf(','))) continue;
      if (pos === 'noun' && type === 'bombing' && seizedWeapon(doc.text.slice(clauseStart, m.start))) continue;
      // "claimed responsibility for the Lakki Marwat attack": a place's name between the
      // determiner and the noun refers back as "the attack" does.
      if (pos === 'noun' && placeBeforeNounRefersBack(toks, places, m)) continue;
      // "The house that was raided belonged to a relative": after an event of the report, a
      // definite noun's relative passive points back to it.
      if (pos === 'verb' && events.length > 0 && TOLD_RELATIVE_BEFORE.test(near)) continue;
      // "six suspected members of a kidnapping gang": the noun names the group's trade.
      if (pos === 'noun' && GROUP_AFTER.has(toks[m.lastToken + 1]?.lower ?? '')) continue;
      // "a wave of targeted attacks on police", "IS-K ... has repeatedly targeted the Shia Hazara
      // minority": a trend or a group's habit, no one event.
      const justBefore = doc.text.slice(Math.max(clauseStart, m.start - 40), m.start);
      if (pos === 'noun' && TREND_BEFORE.test(justBefore)) continue;
      if (pos === 'verb' && HABIT_BEFORE.test(justBefore)) continue;
      // ("denied the police version": the teller of an account is no party.)
      const clauseActors = within(actors, clauseStart, clauseEnd).filter((a) => !namesAccount(doc.text, a.end));
      const rules = [`trigger:${type}:${m.values[0].alias}`];
      if (killing) rules.push('trigger:kills-people');

      const roles: EventRecord['actors'] = [];
      // "7 people killed in Pakistan's northwest": a headline's passive without its "were".
      const passive = pos === 'verb' && (isPassive(toks, m.firstToken) || (casualtyTrigger && isReducedPassive(toks, m, clause)));
      // "... acquitted a third. The third accused, Gul Muhammad, was acquitted for lack of evidence":
      // a definite subject of an uncounted passive release, after a release already told, is that
      // release told again, not a second one.
      // (Not "The remaining hostages were released on November 12": other people, a day of its own.)
      if (type === 'prisoner-release' && passive && eventDates.length === 0 && RETOLD_SUBJECT.test(sentenceBefore) && events.some((e) => e.type === 'prisoner-release')) continue;
      if (spec.roles === 'parties') {
        for (const a of clauseActors) roles.push(role(a, 'party', false));
      } else {
        // "Pakistani jets hit Paktika": a verb phrase that begins inside its subject's name.
        const before = clauseActors.filter((a) => a.end <= m.start || (pos === 'verb' && a.start < m.start && a.end <= m.end));
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
        const after = clauseActors.filter((a) => a.start >= m.end && (!nextNoun || a.start < nextNoun.start));
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
            if (isTeller(doc.text, a.end) || relativeOfAnotherNoun(doc.text, a.end, m.start)) continue;
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
          const died = before.filter((a) => metDevice || diedAfter(doc.text, a.end));
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
          const subjects = before.filter((a) => !died.includes(a) && !namesFacility(doc.text, a.end) && !ownSubjectAfterWhen(doc.text.slice(a.end, m.start)) && !tellsOthersAct(doc.text, a.end, m.start) && !deniesAct(doc.text, a.end, m.start) && !placeAfterEventNoun(toks, triggers, actorEnds, sentenceQuantities, doc.text, clauseStart, a) && !objects.includes(a));
          // "Taliban forces killed five Daesh fighters and detained three others": a verb joined by
          // "and" to an earlier one of its sentence shares that verb's subject, not its object.
          const shared = pos === 'verb' && toks[m.firstToken - 1]?.lower === 'and' ? sharedSubject(created, subjects, m) : null;
          if (shared) {
            roles.push({ ...shared, inferred: false });
            rules.push('agent:coordinated-verb');
          } else if (subjects.length > 0) roles.push(role(subjects[subjects.length - 1], 'agent', false));
          for (const a of died) roles.push(role(a, 'target', false));
          for (const a of objects) roles.push(role(a, 'target', false));
          for (const a of after) roles.push(role(a, 'target', false));
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
      if (spec.needsAgent && !roles.some((r) => r.role === 'agent') && !byType.has(type)) continue;
      // "recovered a businessman" frees him; "recovered two pistols" frees no one.
      if (spec.peopleOnly?.includes(m.values[0].alias.toLowerCase()) && !actsOnPeople(toks, m.firstToken, m.lastToken, passive, lex.people)) continue;
      if (inOtherSense(spec, doc.text.slice(m.start, m.end).toLowerCase(), toks[m.firstToken - 1]?.lower, wordsAfter(toks, m.lastToken, 3))) continue;
      if (m.values.every((v) => v.entity.endsWith('|weak'))) {
        if (!weakTriggerHolds(ctx, roles, purposeNear(si, type))) continue;
        rules.push(`weak-trigger-with-purpose:${type}`);
      }

      // "A security official in Islamabad ... said the aircraft had targeted hideouts": where the
      // source sits is not where the reported event was.
      const seated = sourceSeats.size > 0 ? places.filter((p) => (sourceSeats.get(p) ?? Infinity) > m.start) : places;
      // "had arrested three suspects and were investigating whether the bomb had been assembled in
      // Afghanistan": a place inside an indirect question the trigger stands outside is asked
      // about, not where the event was (question-clause.ts).
      const reported = seated.length > 0 ? seated.filter((p) => outsideQuestion(toks, p, m)) : seated;
      const reportedScene = reported.length === places.length ? scene : sceneOf(toks, reported, actors, ctx);
      let placeAfter = pickPlace(doc, toks, within(reported, clauseStart, clauseEnd), m, actors, reportedScene, triggers, ctx, [clauseStart, clauseEnd]);
      const counts = spec.count ? pickCount(doc, within(quantities, clauseStart, clauseEnd), m, spec.count, used, lex.people) : [];
      // "acquitted 14 suspects in the 2019 attack": a year before a noun dates that noun's event only.
      const nounDates = attributiveDates.length > 0 ? eventDates.filter((d) => !attributiveDates.includes(d) || datesNoun(doc.text, d, m)) : eventDates;
      // "recovered a businessman who had been abducted on November 18": the relative clause's date.
      const ownDates = nounDates.length > 0 ? nounDates.filter((d) => !datesRelativeClause(doc.text, d, m, triggers, lex.casualtyWords)) : nounDates;
      const clauseDate = pickDate(within(ownDates, clauseStart, clauseEnd), m);
      const picked = clauseDate ?? pickDate(ownDates, m);
      const ownDate = picked && sincePeriod(doc.text, sentence.start, picked, m, ctx.published);
      const date = ownDate ?? dayFromLastEvent(doc, sentence, m, type, clauseEnd, of === 1 ? events : events.filter((e) => e.sentence !== si), ctx.published);
      // "On Tuesday, a constable was shot dead in Lakki Marwat, and last week two policemen were
      // gunned down in Bannu": a clause after the event's own with a date of its own.
      const prior = byType.get(type);
      const otherDay =
        !!prior?.date && !!clauseDate?.value && clauseStart > prior.trigger.end && clauseDate.start > prior.trigger.end &&
        // (Disjoint: "In 2014, the attack ... killed 147 people ... when gunmen stormed the school on December 16" is one.)
        (clauseDate.value.end < prior.date.start || clauseDate.value.start > prior.date.end) && !isSpeechDate(doc.text, clauseDate);
      // "a roadside bomb went off ... in the Mamund tehsil early on Wednesday, killing three soldiers,
      // while on Wednesday evening two Levies personnel were killed ... in the Lower Dir district":
      // a later clause with a date and a place of its own, apart from every earlier violent
      // event's place, tells another incident (also on the same day, or in an overlapping period).
      const otherScene =
        !!spec.violent && !otherDay && !!clauseDate?.value && !isSpeechDate(doc.text, clauseDate) &&
        elsewhere(ctx, created.filter((e) => lex.types.get(e.type)!.violent && e.trigger.end < clauseStart), within(places, clauseStart, clauseEnd));
      const another = !!spec.violent && (otherDay || otherScene || ANOTHER_BEFORE.test(doc.text.slice(Math.max(clauseStart, m.start - 12), m.start)));
      // Another incident is where its own clause says, not where the sentence's scene set the first.
      if (another && placeAfter.rule?.startsWith('place:sentence-locative')) {
        placeAfter = pickPlace(doc, toks, within(reported, clauseStart, clauseEnd), m, actors, null, triggers, ctx, [clauseStart, clauseEnd]);
      }

      // "Suicide bomb kills six in Quetta": a casualty statement is an argument of a violent noun.
      const hasArgument =
        roles.length > 0 ||
        counts.length > 0 ||
        ownDate !== null ||
        placeAfter.argument !== null ||
        (!!spec.violent && (statements ??= casualtyStatements(doc, toks, quantities, lex)).length > 0);
      if (pos === 'noun' && !hasArgument) continue;

      let place = placeAfter.place;
      let placeRule = placeAfter.rule;
      // An event whose agent came from the previous sentence happened where that one did, unless
      // its own clause names a place ("were released, most of them wanted in Pakistan").
      if ((!place || !placeAfter.inClause) && inferredFrom?.placeMention) {
        place = { start: inferredFrom.placeMention.start, end: inferredFrom.placeMention.end, entity: inferredFrom.place!, alias: '', rule: '' };
        placeRule = `place-from-previous-sentence:${inferredFrom.id}`;
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
      if (placeRule) rules.push(placeRule);
      if (date) rules.push(date.rule);

      // "and a week later another attack on a Shia mosque in Kandahar": a second incident.
      const existing = another ? undefined : byType.get(type);
      if (another) rules.push(ANOTHER_RULE);
      if (otherScene) rules.push(OTHER_SCENE_RULE);
      if (existing) {
        // "two tribal elders were killed ... in a targeted attack in Bara": the second trigger's
        // own town is narrower than the district the sentence's scene gave the first.
        const narrower = !!place && !!existing.place && placeRule?.startsWith('place:locative-after-trigger:') &&
          !existing.rules.some((r) => r.startsWith('place:locative-after-trigger:')) &&
          townInside(ctx, place, { ...existing.placeMention!, entity: existing.place, alias: '', rule: '' });
        if (narrower) {
          existing.place = place!.entity;
          existing.placeMention = { start: place!.start, end: place!.end };
        }
        mergeInto(existing, roles, place, counts, date, rules);
        if (!casualtyTrigger) casualtyOnly.delete(existing);
        continue;
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
      created.push(event);
      byType.set(type, event);
      if (casualtyTrigger && !another) casualtyOnly.add(event);
    }

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
    if (lastViolent && casualtyOnly.size > 0) {
      const told = lastViolent as EventRecord;
      const violentOwn = created.some((e) => !casualtyOnly.has(e) && lex.types.get(e.type)!.violent);
      // ("Four civilians were killed as well": a toll marked as more people joins one already told.)
      if (!violentOwn && (told.counts.length === 0 || ADDED_TOLL.test(doc.text.slice(sentence.start, sentence.end)))) {
        for (const e of [...casualtyOnly]) {
          if (!tollOf(ctx, e, told)) continue;
          for (const q of used) if (e.counts.some((c) => c.start === q.start && c.end === q.end)) used.delete(q);
          casualtyOnly.delete(e);
          created.splice(created.indexOf(e), 1);
          told.actors = dedupeRoles([...told.actors, ...e.actors.filter((r) => r.role !== 'agent')]);
          told.rules.push(`casualty-sentence-for:${told.trigger.text}`);
        }
      }
    }
    let kept = some ? settleCrowds(doc, ctx, dropCasualtyOnly(settleRaidArrests(settleBareFire(doc, created, 'attack'), 'attack', 'arrest'), casualtyOnly, used, lex), lex, country) : created;
    if (some) settlePerpetrators(doc, ctx, kept, lex, country);
    if (some) for (const e of kept) splitSelfOpposed(doc, ctx, e);
    for (const e of kept) {
      e.id = `e${events.length + 1}`;
      events.push(e);
    }
    series = seriesSize(toks, sentenceQuantities) ?? series;
    // After "one of three related attacks", a figure is taken to cover the series unless the
    // sentence says otherwise; "across both attacks" says so itself.
    const across = acrossSize(toks, sentenceQuantities, series) ?? series;
    lastViolent = kept.find((e) => lex.types.get(e.type)!.violent) ?? lastViolent;
    if (lastViolent) {
      const stated = statements ?? casualtyStatements(doc, toks, quantities, lex);
      const all = update ? stated.filter((s) => s.kind !== update.kind) : stated;
      const incident = all.length > 0 ? sameIncident(doc, all, lastViolent, some ? dates : spansWithin(doc.dates, sorted.dates, sentence.start, sentence.end), triggers) : all;
      // What is told from another scene's trigger on is that incident's.
      const scene = kept.find((e) => e !== lastViolent && e.rules.includes(OTHER_SCENE_RULE));
      const own = scene ? incident.filter((s) => s.cue.start < scene.trigger.start) : incident;
      attachCasualties(doc, own, used, lastViolent, across);
      // What "another attack" after it killed is that attack's.
      const second = own.length < all.length ? kept.find((e) => e !== lastViolent && e.rules.includes(ANOTHER_RULE) && lex.types.get(e.type)!.violent) : undefined;
      if (second) attachCasualties(doc, all.filter((s) => !own.includes(s) && s.cue.start >= second.trigger.start), used, second, across);
      if (update) replaceToll(lastViolent, update, used);
    }
    // A sentence that tells an incident of an earlier one again, counts attached, joins it
    // (retold.ts): its events leave the list before a later sentence can refer to them.
    const retold = kept.length > 0 && events.length > kept.length ? mergeRetellings(doc, kept, events, dedupeRoles) : null;
    if (retold) {
      if (lastViolent && retold.has(lastViolent)) lastViolent = retold.get(lastViolent)!;
      kept = kept.filter((e) => !retold.has(e));
    }
    previousSentenceEvents = kept;
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
  return events;
}

/**
 * A casualty word that is also a trigger ("killed", "killing") makes an event only when no other
 * violent trigger in the sentence does: beside "A suicide bomber ..." it just adds counts
 * (attachCasualties), so one incident is one event. What the dropped event knew that the kept
 * one does not (an agent, a place, a date) moves over; quantities it took are freed.
 */
function dropCasualtyOnly(
  created: EventRecord[],
  casualtyOnly: ReadonlySet<EventRecord>,
  used: Set<Quantity>,
  lex: EventLexicon,
): EventRecord[] {
  if (casualtyOnly.size === 0) return created;
  // (Not into another incident of the sentence: "and a week later another attack ...".)
  const violent = created.find((e) => !casualtyOnly.has(e) && lex.types.get(e.type)!.violent && !e.rules.includes(ANOTHER_RULE));
  if (!violent) return created;
  for (const e of casualtyOnly) {
    for (const q of used) if (e.counts.some((c) => c.start === q.start && c.end === q.end)) used.delete(q);
    const hasAgent = violent.actors.some((r) => r.role === 'agent');
    violent.actors = dedupeRoles([...violent.actors, ...e.actors.filter((r) => r.role !== 'agent' || !hasAgent)]);
    if (!violent.place && e.place) [violent.place, violent.placeMention] = [e.place, e.placeMention];
    if (!violent.date && e.date) [violent.date, violent.dateMention] = [e.date, e.dateMention];
    violent.rules.push(`casualty-trigger-merged:${e.trigger.text}`);
  }
  return created.filter((e) => !casualtyOnly.has(e));
}

/** A date mention's value with its precision ({ start, end } as recognizeDates makes it). */
function eventDate(d: DateMention): EventRecord['date'] {
  return { start: d.value!.start, end: d.value!.end, precision: d.precision };
}

/** The spans that lie within [from, to]: a clause's share of a sentence's mentions. */
function within<T extends { start: number; end: number }>(xs: readonly T[], from: number, to: number): T[] {
  return xs.filter((x) => x.start >= from && x.end <= to);
}

/**
 * `xs.filter((x) => x.start >= from && x.end <= to)`. When `xs` is sorted by start with no
 * inverted span (mention lists are; `sorted` says so), by binary search, so each sentence does
 * not scan the whole document's mentions.
 */
function spansWithin<T extends { start: number; end: number }>(xs: readonly T[], sorted: boolean, from: number, to: number): T[] {
  if (!sorted) return xs.filter((x) => x.start >= from && x.end <= to);
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  // Past a start beyond `to`, every end is beyond it too.
  for (let i = lo; i < xs.length && xs[i].start <= to; i++) if (xs[i].end <= to) out.push(xs[i]);
  return out;
}

function sortedSpans(xs: readonly { start: number; end: number }[]): boolean {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i].end < xs[i].start || (i > 0 && xs[i].start < xs[i - 1].start)) return false;
  }
  return true;
}

function role(a: EntityMention, r: ActorRole, inferred: boolean) {
  return { actor: a.entity, role: r, inferred, start: a.start, end: a.end };
}

function dedupeRoles(roles: EventRecord['actors']): EventRecord['actors'] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.actor}|${r.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeInto(
  e: EventRecord,
  roles: EventRecord['actors'],
  place: EntityMention | null,
  counts: EventCount[],
  date: DateMention | null,
  rules: string[],
): void {
  // One actor is never both the doer and the done-to of one event: when a later trigger of the
  // same type reads an actor that an earlier one placed on the other side ("Over 100 militants
  // killed in Pakistan offensive": the militants are killed, not the ones on the offensive),
  // the earlier reading stands.
  const sides = new Map<string, string>();
  for (const r of e.actors) if (r.role !== 'party') sides.set(r.actor, r.role);
  const kept = roles.filter((r) => {
    const side = sides.get(r.actor);
    return side === undefined || r.role === 'party' || side === r.role;
  });
  e.actors = dedupeRoles([...e.actors, ...kept]);
  if (!e.place && place) {
    e.place = place.entity;
    e.placeMention = { start: place.start, end: place.end };
  }
  if (!e.date && date?.value) {
    e.date = eventDate(date);
    e.dateMention = { start: date.start, end: date.end };
  }
  for (const c of counts) if (!e.counts.some((x) => x.kind === c.kind)) e.counts.push(c);
  for (const r of rules) if (!e.rules.includes(r)) e.rules.push(r);
}

function splitClauses(doc: Doc, toks: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let first = 0;
  toks.forEach((t, i) => {
    // Every clause mark is one UTF-16 unit: no slice needed to compare.
    if (t.end - t.start === 1 && CLAUSE_PUNCT.has(doc.text[t.start])) {
      if (i > first) clauses.push({ first, last: i - 1 });
      first = i + 1;
    }
  });
  if (first < toks.length) clauses.push({ first, last: toks.length - 1 });
  if (clauses.length === 0) clauses.push({ first: 0, last: Math.max(0, toks.length - 1) });
  // A trigger can sit on a comma's token index only if the sentence is punctuation; map it
  // to its neighbour clause so every token belongs somewhere.
  for (let i = 1; i < clauses.length; i++) clauses[i - 1].last = Math.max(clauses[i - 1].last, clauses[i].first - 1);
  return clauses;
}

const PREPOSITIONS = new Set(['of', 'after', 'before', 'following', 'for', 'against', 'in', 'on', 'with', 'without', 'amid', 'since', 'during', 'despite', 'over']);
/** Nouns for an actor's people ("ADF elements", "TTP cadres") that may follow its name as the subject. */
const MEMBER_NOUNS = new Set(['elements', 'members', 'fighters', 'militants', 'militiamen', 'cadres', 'operatives', 'gunmen', 'men', 'forces', 'troops', 'soldiers', 'personnel', 'supporters', 'activists', 'loyalists', 'rebels', 'insurgents', 'commanders', 'affiliates', 'units', 'combatants']);
const SUBJECT_LINK = new Set([...PASSIVE_AUX, 'has', 'have', 'had', 'to', 'will', 'would', 'could', 'may', 'might', 'did', 'also', 'who', 'which', 'they', 'he', 'she', 'we', 'it']);
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'at', 'up', 'some', 'more', 'nearly', 'over', 'about', 'around', 'several', 'dozens', 'hundreds', 'thousands', 'him', 'them', 'by', 'in', 'on', 'from', 'to']);

/**
 * Verb, noun, or neither. A form listed as both ("attacks", "release") is a verb only after a
 * subject-like word (an actor, a pronoun, an auxiliary); after a determiner or preposition it
 * is a noun, and a determiner before a noun means it refers back to an event already told
 * ("these releases", "the release"). A participle before a noun is an adjective ("freed
 * militants", "newly freed individuals"), but one before a quantity is a verb with its object
 * ("arrested five suspects").
 */
function classifyTrigger(
  toks: Token[],
  m: TrieMatch,
  actorEnds: ReadonlySet<number>,
  quantities: readonly Quantity[],
): 'verb' | 'noun' | 'skip' {
  const kinds = triggerKinds(m);
  const prev = toks[m.firstToken - 1];
  // "vowed to kill", "threatened to attack": an intention or a threat, no event.
  if (prev?.lower === 'to' && INTENT.has(toks[m.firstToken - 2]?.lower ?? '')) return 'skip';
  // "were planning an attack on a convoy", "plotting terrorist attacks": a plan, no event.
  if (plannedBefore(toks, m.firstToken)) return 'skip';
  // "would not allow its soil to be used for attacks", "a launching pad for attacks against
  // Pakistan": what a place or money is for, no event.
  if (prev?.lower === 'for' && PURPOSE_FOR.has(toks[m.firstToken - 2]?.lower ?? '')) return 'skip';
  // "did not attack", "no one had been arrested", "no agreement was reached": negated, no event.
  if (negatedBefore(toks, m.firstToken)) return 'skip';
  const next = toks[m.lastToken + 1];
  // "during the intense exchange of fire": a manner adjective after the determiner changes nothing.
  // "the deadliest attack in the country this year", "for Thursday's killing": a superlative
  // after the determiner, or a day's possessive in its place, refers to an event already told.
  const afterDeterminer =
    !!prev &&
    (DETERMINERS.has(prev.lower) ||
      ((prev.lower === "'s" || prev.lower === '’s') && DAY_WORD.test(toks[m.firstToken - 2]?.lower ?? '')) ||
      ((INTENSITY.has(prev.lower) || SUPERLATIVE.test(prev.lower)) && DETERMINERS.has(toks[m.firstToken - 2]?.lower ?? '')));
  const subjectBefore =
    // "Pakistani aircraft bombed hideouts": a trigger that holds its own subject before its
    // participle ("aircraft bombed", "jets pounded") is a verb with that subject, not a
    // participle modifying the noun after it.
    (m.firstToken < m.lastToken && /ed$/.test(toks[m.lastToken].lower) && !/ed$/.test(toks[m.firstToken].lower)) ||
    (!!prev &&
    (SUBJECT_LINK.has(prev.lower) ||
      ADVERB.test(prev.lower) ||
      actorEnds.has(prev.end) ||
      // "ADF elements attacked civilians": an actor's members before the verb are its subject.
      (MEMBER_NOUNS.has(prev.lower) && actorEnds.has(toks[m.firstToken - 2]?.end ?? -1))));
  if (kinds.noun && (!kinds.verb || !subjectBefore)) {
    if (afterDeterminer) return 'skip';
    return 'noun';
  }
  if (!kinds.verb) return 'skip';
  const participle = /ed$/.test(toks[m.lastToken].lower);
  // A quantity starts an object ("arrested five suspects"), not a noun being modified.
  const beforeNoun =
    !!next && /^\p{Ll}/u.test(next.lower) && !OBJECT_START.has(next.lower) && !PREPOSITIONS.has(next.lower) && !LOCATIVE.has(next.lower) && !ADVERBIAL.has(next.lower);
  if (participle && beforeNoun && !subjectBefore && !quantities.some((q) => q.start === next.start || q.numberStart === next.start)) return 'skip';
  const singleWord = m.firstToken === m.lastToken;
  if (singleWord && (afterDeterminer || (prev && PREPOSITIONS.has(prev.lower) && participle))) return 'skip';
  return 'verb';
}

/** "the Lakki Marwat attack", "the Quetta bombing": a determiner, a place's name, the noun. */
function placeBeforeNounRefersBack(toks: readonly Token[], places: readonly EntityMention[], m: TrieMatch): boolean {
  const prev = toks[m.firstToken - 1];
  if (!prev) return false;
  const p = places.find((x) => x.end === prev.end);
  if (!p) return false;
  const i = tokenAt(toks as Token[], p.start);
  return i > 0 && toks[i].start === p.start && (toks[i - 1].lower === 'the' || toks[i - 1].lower === 'this' || toks[i - 1].lower === 'that');
}

const APPOSITIVE_BEFORE = /,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const TOLD_RELATIVE_BEFORE = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){1,3}(?:that|which|where)\s+(?:was|were|had been|has been)\s+$/u;
const GROUP_AFTER = new Set(['gang', 'gangs', 'ring', 'rings', 'cell', 'cells', 'network', 'networks', 'mafia']);
const RECORD_BEFORE = /\b(?:involved in|wanted in|wanted for)\b/i;
const INTENSITY = new Set(['intense', 'fierce', 'heavy', 'brief', 'prolonged']);
const CLASH_WITH = /^[^.;]{0,40}?\b(?:exchanges? of fire|gun ?battle|gunfight|clash(?:es)?|encounter|shoot-?out|firefight|crossfire)\s+with\s+(?:the\s+)?$/i;
const TREND_BEFORE = /\b(?:wave|spate|surge|rise|spike|upsurge|uptick)\s+(?:of|in)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const HABIT_BEFORE = /\b(?:has|have)\s+(?:repeatedly|frequently|often|regularly|routinely|long|increasingly|previously)\s+(?:been\s+)?$/i;
const SUPERLATIVE = /^(?:deadliest|bloodiest|worst|biggest|largest|latest|most)$/;
const DAY_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)$/;
const PLANNED = new Set(['planning', 'planned', 'plotting', 'plotted', 'plan', 'plans', 'plot', 'plots', 'preparing', 'prepared']);
/** Words that may stand between a plan verb and its attack noun: "planning a major terrorist attack". */
const PLAN_FILLER = new Set(['a', 'an', 'the', 'major', 'big', 'large', 'massive', 'suicide', 'terrorist', 'terror', 'fresh', 'new', 'further', 'more', 'another', 'coordinated', 'several', 'series', 'of']);

/** Words before "for" that make the trigger after it a purpose, not an event told: "used for attacks", "a base for attacks". */
const PURPOSE_FOR = new Set(['used', 'use', 'using', 'pad', 'launchpad', 'launchpads', 'base', 'bases', 'haven', 'havens', 'sanctuary', 'sanctuaries', 'funds', 'funding']);
/** A plan verb right before a noun trigger, over at most three filler words. */
function plannedBefore(toks: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    const w = toks[i].lower;
    if (PLANNED.has(w)) return true;
    if (!PLAN_FILLER.has(w)) return false;
  }
  return false;
}

/**
 * The agent of the sentence's last verb event before the trigger when it stands among the
 * trigger's candidate subjects (its own mention, before the trigger), else null.
 */
function sharedSubject(created: readonly EventRecord[], subjects: readonly EntityMention[], m: TrieMatch): EventRecord['actors'][number] | null {
  for (let i = created.length - 1; i >= 0; i--) {
    const e = created[i];
    if (e.trigger.start >= m.start) continue;
    const agent = e.actors.find((r) => r.role === 'agent' && !r.inferred);
    if (!agent) return null;
    return subjects.some((a) => a.start === agent.start && a.end === agent.end) ? agent : null;
  }
  return null;
}

/** Auxiliaries and adverbs that may stand between a negation and its trigger: "has not yet been arrested". */
const NEGATION_FILLER = new Set([...PASSIVE_AUX, 'had', 'has', 'have', 'did', 'does', 'do', 'could', 'would', 'will', 'yet', 'ever', 'so', 'far', 'reportedly', 'immediately']);
const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'none', 'cannot']);

/**
 * A negation right before a trigger, over auxiliaries: "did not attack", "were never arrested",
 * "no agreement", and a subject that names nobody ("no one was arrested", "none were freed").
 */
function negatedBefore(toks: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 5); i--) {
    const w = toks[i].lower;
    if (NEGATIONS.has(w) || w.endsWith("n't") || (w === 'one' && toks[i - 1]?.lower === 'no')) return true;
    if (!NEGATION_FILLER.has(w)) return false;
  }
  return false;
}

/** "verb" / "noun" of each trigger entity ("attack|verb"), parsed once per distinct entity. */
const KIND_OF_ENTITY = new Map<string, string>();
/** The event type of each trigger entity ("attack|verb" → "attack"), parsed once per distinct entity. */
const TYPE_OF_ENTITY = new Map<string, string>();

function typeOfEntity(entity: string): string {
  let type = TYPE_OF_ENTITY.get(entity);
  if (type === undefined) {
    type = entity.split('|')[0];
    TYPE_OF_ENTITY.set(entity, type);
  }
  return type;
}

function triggerKinds(m: TrieMatch): { verb: boolean; noun: boolean } {
  let verb = false;
  let noun = false;
  for (const v of m.values) {
    let kind = KIND_OF_ENTITY.get(v.entity);
    if (kind === undefined) {
      kind = v.entity.split('|')[1];
      KIND_OF_ENTITY.set(v.entity, kind);
    }
    if (kind === 'verb' || kind === 'weak') verb = true;
    else if (kind === 'noun') noun = true;
  }
  return { verb, noun };
}

function isPassive(toks: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && ADVERB.test(toks[j].lower) && !PASSIVE_AUX.has(toks[j].lower)) j--;
  return j >= 0 && PASSIVE_AUX.has(toks[j].lower);
}

/** A sentence opening on a definite subject (no number in it) up to its passive auxiliary: "The third accused, Gul Muhammad, was". */
const RETOLD_SUBJECT = /^\s*(?:the|he|she|they)\b(?![^.;]*\b(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|several|some|more|other|others|another|remaining|rest|last)\b)[^.;]*?\b(?:was|were|has been|have been|had been)\s+(?:[\p{L}]+ly\s+)?$/iu;

/** "by" right before an actor mention: the agent phrase of a passive. */
const BY_BEFORE = /\bby\s+(?:the\s+|some\s+)?$/i;
/** Right before an event noun, its "in a" phrase: "killed two soldiers in a suicide attack". */
const IN_NOUN_AFTER = /\b(?:in|during)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A preposition of place right before a mention: "near polio workers", "outside the police". */
const PLACE_PREPOSITION_BEFORE = /(\s+)(?:near|outside|inside|at|beside|behind)\s+(?:(?:an?|the)\s+)?(?!least\b|most\b)(?:[\p{L}\d-]+\s+){0,1}$/iu;

/**
 * Whether a mention stands in an event noun's phrase of place: "Blast near polio workers kills
 * 2", "bomb outside a police station". (Not after a verb: "threw stones at soldiers who raided".)
 */
function placeAfterEventNoun(toks: Token[], triggers: TrieMatch[], actorEnds: ReadonlySet<number>, quantities: Quantity[], text: string, clauseStart: number, a: EntityMention): boolean {
  const from = Math.max(clauseStart, a.start - 30);
  const p = PLACE_PREPOSITION_BEFORE.exec(text.slice(from, a.start));
  if (!p) return false;
  const prepositionAt = from + p.index;
  return triggers.some((t) => t.end === prepositionAt && classifyTrigger(toks, t, actorEnds, quantities) === 'noun');
}

/** What may stand between a verb and its object: a determiner, a count, an adjective; no preposition. */
const OBJECT_FILLER = /^\s+(?:(?:an?|the|at least|some|over|more than|[\p{N}]+|(?!(?:in|during|at|on|of|for|with|from|after|near|by|to|when|as)\b)[\p{L}]+)\s+){0,3}$/iu;

/**
 * Whether a mention is the object of a verb of its clause: "killed two soldiers", "wounded three
 * policemen", where only a count, a determiner or an adjective stands between the verb (a verb
 * trigger, or a casualty word) and the mention.
 */
function objectOfVerb(toks: Token[], triggers: TrieMatch[], actorEnds: ReadonlySet<number>, quantities: Quantity[], casualtyWords: ReadonlySet<string>, text: string, clauseStart: number, a: EntityMention): boolean {
  // The mention ends right before the noun's "in a" phrase: "during a police raid" names no object.
  const pp = /\b(?:in|during)\s+(?:an?|the)\s/iu.exec(text.slice(a.end));
  if (!pp || text.slice(a.end, a.end + pp.index).trim() !== '') return false;
  const between = (from: number): boolean => OBJECT_FILLER.test(text.slice(from, a.start)) && !/[,;]/.test(text.slice(from, a.start));
  // The words of up to four before the mention: is one a casualty word ("wounded") with only
  // filler after it?
  const head = text.slice(Math.max(clauseStart, a.start - 60), a.start);
  for (const w of [...head.matchAll(/[\p{L}]+/gu)].slice(-4)) {
    if (casualtyWords.has(w[0].toLowerCase()) && between(a.start - head.length + w.index! + w[0].length)) return true;
  }
  return triggers.some((t) => t.start >= clauseStart && t.end <= a.start && between(t.end) && classifyTrigger(toks, t, actorEnds, quantities) === 'verb');
}

/** A device noun's victim verb right before it: "stepped on a landmine", "hit a roadside bomb". */
const DEVICE_MET = /\b(?:stepped on|trod on|hit|struck|ran over|drove over|ran into)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Words that may follow a casualty participle with no object: "killed in", "killed as", "killed by". */
const AFTER_REDUCED_PASSIVE = new Set(['in', 'at', 'near', 'on', 'during', 'after', 'as', 'when', 'while', 'by', 'outside', 'inside', 'across', 'amid', 'following', 'since', 'yesterday', 'today', 'overnight']);

/**
 * A casualty participle that opens no object is a passive even without its auxiliary, as
 * headlines write it: "7 people killed in Pakistan's restive northwest", "Two soldiers shot dead
 * near Peshawar". The words before it are who it happened to, not who did it. An active use
 * ("Gunmen killed 7 people") has its object right after the verb.
 */
function isReducedPassive(toks: Token[], m: TrieMatch, clause: Clause): boolean {
  const head = toks[m.firstToken].lower;
  if (!/ed$/.test(head) && head !== 'slain' && head !== 'shot') return false;
  // Something must stand before it in its clause: the ones it happened to.
  if (m.firstToken <= clause.first) return false;
  const next = m.lastToken + 1 <= clause.last ? toks[m.lastToken + 1] : undefined;
  return !next || AFTER_REDUCED_PASSIVE.has(next.lower) || !/^[\p{L}\p{N}]/u.test(next.lower);
}

/** Between an event noun and its agent: "blast planted by the", "attack by two". */
const NOUN_BY = /^\s*(?:(?:[\p{Ll}-]+\s+){0,2}(?:planted|carried out|conducted|launched|staged|perpetrated|committed|mounted|orchestrated|triggered|detonated|fired|claimed)\s+)?by\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}$/u;
/** Words that end a passive's "by" phrase before it reaches an actor. */
const BY_PHRASE_BREAK = new Set(['and', 'or', 'who', 'which', 'that', 'after', 'before', 'while', 'when', 'in', 'at', 'on', 'near', 'from', 'with', 'as']);
const BY_PHRASE_WORD = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

/** The actor of "by (the | two | an unknown number of ...) <actor>", modifiers of up to four words allowed. */
function agentAfterBy(doc: Doc, toks: Token[], after: EntityMention[]): EntityMention | null {
  for (const a of after) {
    const i = tokenAt(toks, a.start);
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      if (toks[j].lower === 'by') return a;
      if (BY_PHRASE_BREAK.has(toks[j].lower) || !BY_PHRASE_WORD.test(toks[j].lower)) break;
    }
  }
  return null;
}

/** Whether place `p` stands outside any indirect question, or inside the trigger's own. */
function outsideQuestion(toks: Token[], p: EntityMention, m: TrieMatch): boolean {
  const i = tokenAt(toks, p.start);
  if (i < 0) return true;
  const q = questionOpener(toks, i);
  return q < 0 || m.firstToken > q;
}

/** `toks.findIndex((t) => t.start === start)`; token starts strictly increase. */
function tokenAt(toks: Token[], start: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < toks.length && toks[lo].start === start ? lo : -1;
}

/** The lower-cased words of up to n tokens after token `last`, within its sentence. */
function wordsAfter(toks: Token[], last: number, n: number): string[] {
  const out: string[] = [];
  for (let k = last + 1; k < toks.length && k <= last + n && toks[k].sentence === toks[last].sentence; k++) out.push(toks[k].lower);
  return out;
}

function startsWithPronoun(toks: Token[], clause: Clause): boolean {
  return SUBJECT_PRONOUNS.has(toks[clause.first]?.lower ?? '');
}

/** Prepositions of where a movement went ("toward Pakistan", "into Kurram"). */
const DIRECTION = new Set(['to', 'toward', 'towards', 'into']);
/** Prepositions that put something where it happened ("in X", "near X", "the village of X"), not where it came from or went. */
const SCENE_PREPS = new Set(['in', 'at', 'near', 'around', 'outside', 'inside', 'into', 'of']);
interface Scene {
  mention: EntityMention;
  /** A scene preposition introduces it. */
  located: boolean;
  /** It opens a clause of its own ("On 3 May, in X, ..."): the scene of the whole sentence. */
  intro: boolean;
  rule: string;
}

/** Kinds smaller than a region, by which a sentence's scene is preferably named. */
const SCENE_KINDS = new Set(['populated-place', 'admin2', 'other', 'admin1']);

/**
 * Where a sentence sets its scene: among its places outside actor names, those of a region or
 * smaller when it names any (a country is the scene only when nothing smaller is named), the
 * first one a scene preposition introduces ("On 3 May, in Manizales (Caldas), drivers
 * protested"; "staged a protest, in Garhshankar town (Hoshiarpur district, Punjab)"), else the
 * first. In a locative chain that is its first, most specific member.
 */
function sceneOf(toks: Token[], places: EntityMention[], actors: EntityMention[], ctx: Context): Scene | null {
  // A city that speaks for its government ("Kabul will not accept") sets no scene.
  const unbound = places.filter((p) => !insideActor(actors, p) && !speaksForGovernment(toks, p, ctx));
  // "PESHAWAR: The Torkham border crossing …": a dateline says where the report was filed; the
  // places the sentence names after it are the scene.
  const free = unbound.length > 1 ? unbound.filter((p) => !isDatelinePlace(toks, p)) : unbound;
  if (free.length === 0) return null;
  const small = free.filter((p) => SCENE_KINDS.has(ctx.places.get(p.entity)?.kind ?? 'other'));
  const pool = small.length > 0 ? small : free;
  const located = pool.find((p) => sceneLocative(toks, p));
  let chosen = located ?? pool[0];
  // "residents of Kulsary township in Zhylyoy district": the chain's inner, more specific member.
  const inner = located ? innerOfChain(toks, places, located, ctx) : null;
  if (inner && !insideActor(actors, inner)) chosen = inner;
  // "in Cape Town - Khayelitsha": the part of the city the note names.
  const part = cityDistrict(toks, places, chosen, ctx);
  const mention = part ?? chosen;
  let intro = false;
  if (located) {
    let i = tokenAt(toks, located.start) - 1;
    while (i > 0 && !SCENE_PREPS.has(toks[i].lower)) i--;
    intro = i === 0 || toks[i - 1].lower === ',';
  }
  return { mention, located: !!located, intro, rule: `place:${part ? 'city-district' : inner && chosen === inner ? 'chain-inner' : located ? 'sentence-locative' : 'sentence-first'}:${mention.entity}` };
}

/**
 * The event's place: a place introduced by a locative preposition after the trigger ("accords
 * in Mirali", "movements toward Pakistan") is strong evidence; then the sentence's scene when a
 * preposition sets it (sceneOf); any other place in the clause is weak, and one inside an
 * actor's name ("administration in Kabul") weaker still; last, the sentence's first place.
 */
function pickPlace(
  doc: Doc,
  toks: Token[],
  places: EntityMention[],
  m: TrieMatch,
  actors: EntityMention[],
  scene: Scene | null,
  triggers: readonly TrieMatch[],
  ctx: Context,
  clause: readonly [number, number],
): { argument: EntityMention | null; place: EntityMention | null; inClause: boolean; rule: string | null } {
  // Any locative phrase after the trigger ("movements toward Pakistan") makes the place an
  // argument of the trigger (a noun trigger needs one); where it happened is narrower.
  const argument = places.find((p) => p.start >= m.end && prepBefore(toks, p, LOCATIVE) && !insideActor(actors, p)) ?? null;
  // The trigger's own scene: "in/at/near X" after it, before any other event word ("protested
  // in support of the protests in Y": Y is the other protests' place).
  const next = triggers.find((t) => t.start >= m.end);
  let own = places.find((p) => p.start >= m.end && (!next || p.start < next.start) && sceneLocative(toks, p) && !insideActor(actors, p)) ?? null;
  // "in Pakistan's Quetta": the possessor only says where the place is.
  if (own) {
    const i = tokenAt(toks, own.start);
    let j = i;
    while (j < toks.length && toks[j].end <= own.end) j++;
    const owned = toks[j]?.lower === "'s" || toks[j]?.lower === '’s' ? places.find((p) => p.start >= toks[j].end && p.start <= toks[j].end + 1) : undefined;
    if (owned && !insideActor(actors, owned)) own = owned;
  }
  // "On 3 May, in Rio de Janeiro, shoot-outs took place in the Penha and Olaria neighbourhoods":
  // a scene that opens its own clause before the trigger holds for the whole sentence.
  // Not a town inside the district or province the scene named: "In Khyber district, two tribal
  // elders were killed ... in a targeted attack in Bara" happened in Bara.
  // ("near X" only puts it somewhere around X: the district's "in" stands.)
  if (own && scene?.intro && scene.mention !== own && scene.mention.start < m.start && !(prepBefore(toks, own, FIRM_LOCATIVE) && townInside(ctx, own, scene.mention))) own = null;
  // A whole country or region yields to a smaller scene the sentence sets ("protested in
  // central Helsinki for peace in Ukraine"), and a neighbourhood, ward or square to the town the
  // sentence is set in ("in Insein township, ... was shot dead on Yadanar Road in Pauk Taw
  // ward"): ACLED codes a part of a town to the town.
  if (own && scene && scene.mention !== own) {
    const broad = !SCENE_KINDS.has(ctx.places.get(own.entity)?.kind ?? 'other') && SCENE_KINDS.has(ctx.places.get(scene.mention.entity)?.kind ?? 'other');
    if (broad || (scene.located && scene.mention.start < own.start && isPartOfPlace(own))) own = null;
  }
  // "the Chaman crossing in Balochistan was closed": a town named right before a noun trigger is
  // where it is; the province after it only says where that town lies.
  const ownEntry = own ? ctx.places.get(own.entity) : undefined;
  if (own && ownEntry && (ownEntry.kind === 'admin1' || ownEntry.kind === 'admin2')) {
    // The name may take the trigger into itself: "Chaman crossing" is a name of Chaman's.
    const modifier = places.find((p) => p.start < m.start && (p.end >= m.start ? p.end <= m.end : /^\s+$/.test(doc.text.slice(p.end, m.start))) && !insideActor(actors, p));
    const inner = modifier ? ctx.places.get(modifier.entity) : undefined;
    if (modifier && inner && (inner.kind === 'populated-place' || inner.kind === 'other') && liesIn(inner, ownEntry)) {
      return { argument: argument ?? own, place: modifier, inClause: true, rule: `place:names-trigger:${modifier.entity}` };
    }
  }
  // "Assailants attacked Zebak district in Badakhshan": a place the trigger takes as its object
  // is where the act was; the province or district after it only says where that place lies.
  if (own && ownEntry && (ownEntry.kind === 'admin1' || ownEntry.kind === 'admin2')) {
    const object = places.find((p) => p.start >= m.end && p.end <= own!.start && /^\s+(?:the\s+)?$/i.test(doc.text.slice(m.end, p.start)) && !insideActor(actors, p));
    const inner = object ? ctx.places.get(object.entity) : undefined;
    if (object && inner && inner !== ownEntry && liesIn(inner, ownEntry)) {
      return { argument: argument ?? own, place: object, inClause: true, rule: `place:object-of-trigger:${object.entity}` };
    }
  }
  if (own) {
    const part = cityDistrict(toks, places, own, ctx);
    if (part) return { argument: argument ?? own, place: part, inClause: true, rule: `place:city-district:${part.entity}` };
    return { argument: argument ?? own, place: own, inClause: true, rule: `place:locative-after-trigger:${own.entity}` };
  }
  // "movements of these militants toward Pakistan": where a movement went is its place.
  // Other events did not happen where they were headed ("protesters marched towards Islamabad",
  // "a convoy headed for Quetta"): a destination not reached is no place of theirs.
  const moving = typeOfEntity(m.values[0].entity) === 'movement';
  const bound = places.find((p) => p.start >= m.end && (!next || p.start < next.start) && prepBefore(toks, p, DIRECTION) && !insideActor(actors, p) && (moving || !isDestination(toks, p)));
  // "demonstrators with ties to Ukraine ... rallied in Loveland (Ohio)": unless the event is a
  // movement, a whole country after "to" yields to a smaller scene the sentence sets, as the
  // trigger's own "in X" does above.
  const boundBroad = !!bound && !!scene?.located && typeOfEntity(m.values[0].entity) !== 'movement' && scene.mention !== bound &&
    !SCENE_KINDS.has(ctx.places.get(bound.entity)?.kind ?? 'other') && SCENE_KINDS.has(ctx.places.get(scene.mention.entity)?.kind ?? 'other');
  if (bound && !boundBroad && (!scene?.intro || scene.mention.start > m.start)) return { argument, place: bound, inClause: true, rule: `place:direction-after-trigger:${bound.entity}` };
  if (scene?.located) return { argument, place: scene.mention, inClause: scene.mention.start >= clause[0] && scene.mention.end <= clause[1], rule: scene.rule };
  // "… had fired first and that Kabul will not accept …": a city that speaks or decides stands
  // for its government, not for where the event was.
  const located = places.filter((p) => !speaksForGovernment(toks, p, ctx) && (moving || !isDestination(toks, p)));
  const free = located.filter((p) => !insideActor(actors, p));
  // "a Zamfara militia shot ... on the Tsafe-Yankara road (Tsafe, Zamfara)": a name that only
  // qualifies a group ("Katsina militiamen", "Sokoto communal militia") says where the group is
  // from; another place of the clause says where the event was.
  const named = free.filter((p) => !namesGroup(toks, p));
  const pool = named.length > 0 ? named : free.length > 0 ? free : located;
  if (pool.length === 0) return { argument, place: null, inClause: false, rule: null };
  const nearest = pool.reduce((a, b) => (dist(a, m) <= dist(b, m) ? a : b));
  // A whole country near the trigger ("Coast Guard of the United States detained") says less
  // than the smaller place the sentence names.
  if (scene && scene.mention !== nearest && !SCENE_KINDS.has(ctx.places.get(nearest.entity)?.kind ?? 'other') && SCENE_KINDS.has(ctx.places.get(scene.mention.entity)?.kind ?? 'other')) {
    return { argument, place: scene.mention, inClause: false, rule: scene.rule };
  }
  return { argument, place: nearest, inClause: true, rule: `place:${free.length > 0 ? 'in-clause' : 'inside-actor-name'}:${nearest.entity}` };
}

const FIRM_LOCATIVE = new Set(['in', 'at', 'inside']);

const MOTION = new Set(['marched', 'marching', 'march', 'marches', 'headed', 'heading', 'moved', 'moving', 'travelled', 'traveled', 'travelling', 'traveling',
  'drove', 'driving', 'proceeded', 'proceeding', 'walked', 'walking', 'went', 'going', 'rallied', 'set', 'off', 'out', 'left', 'leaving']);

/**
 * A place only headed for: "towards Islamabad", "headed for Quetta", "bound for Peshawar", "on
 * their way to Kabul", "en route to Chaman".
 */
function isDestination(toks: Token[], p: EntityMention): boolean {
  // "marched toward the Blue House (Seoul City - Jongno)": a building or square of a town is
  // walked to inside that town.
  if (p.rule.startsWith('place-part-of-town') || isPartOfPlace(p)) return false;
  let i = tokenAt(toks, p.start) - 1;
  if (i >= 1 && toks[i].lower === 'the') i--;
  const w = (k: number) => toks[i - k]?.lower ?? '';
  // "fired around 50 shells towards Tayr Harfa": fire goes where it lands; only a movement's
  // "towards" is a destination.
  // ("marched from Bannu towards Islamabad": the verb a few words before.)
  if (w(0) === 'towards' || w(0) === 'toward') {
    for (let k = 1; k <= 5 && i - k >= 0 && !CLAUSE_PUNCT.has(w(k)); k++) if (MOTION.has(w(k))) return true;
    return false;
  }
  if (w(0) === 'for') return HEADED.has(w(1)) || w(1) === 'destined';
  if (w(0) === 'to') return HEADED.has(w(1)) || (w(1) === 'route' && w(2) === 'en') || (w(1) === 'way' && WAY_OWNERS.has(w(2)));
  return false;
}

/** "headed for Quetta", "bound to Peshawar". */
const HEADED = new Set(['headed', 'heading', 'bound']);
/** "on their way to Kabul". */
const WAY_OWNERS = new Set(['their', 'his', 'her', 'its']);

/** A town (not a part of one) inside the district or province `outer` names, or a district inside its province. */
function townInside(ctx: Context, town: EntityMention, outer: EntityMention): boolean {
  const inner = ctx.places.get(town.entity);
  const around = ctx.places.get(outer.entity);
  if (!inner || !around || isPartOfPlace(town)) return false;
  // (Session 16: a district inside the province named, "In Balochistan, gunmen killed six
  // labourers ... in Kech district", too.)
  return ((inner.kind === 'populated-place' && (around.kind === 'admin1' || around.kind === 'admin2')) || (inner.kind === 'admin2' && around.kind === 'admin1')) && liesIn(inner, around);
}

/** Is `inner` inside the province or district `outer`, by the gazetteer's own codes? */
function liesIn(inner: PlaceEntry, outer: PlaceEntry): boolean {
  if (inner.country !== outer.country) return false;
  if (outer.kind === 'admin1') return !!inner.admin1 && inner.admin1 === outer.admin1;
  return !!inner.admin2 && inner.admin2 === outer.admin2;
}

/** Nouns after which "of" names where something is ("the village of X", "the outskirts of X"). */
const PLACE_NOUNS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'village', 'villages', 'town', 'city', 'outskirts', 'district', 'province', 'region', 'area', 'areas', 'suburb', 'suburbs', 'municipality', 'county', 'state', 'capital', 'centre', 'center', 'township', 'neighbourhood', 'neighborhood', 'vicinity', 'governorate', 'department', 'commune', 'island', 'port', 'valley']);

/** Words that may stand between a scene preposition and its place ("in central Helsinki"). */
const PLACE_MODIFIERS = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'downtown', 'rural', 'urban', 'suburban', 'nearby', 'neighbouring', 'neighboring', 'greater', 'the', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western']);

/** A scene preposition before the place ("in X", "near X", "in central X", "the village of X"). */
function sceneLocative(toks: Token[], p: EntityMention): boolean {
  let i = tokenAt(toks, p.start) - 1;
  if (i >= 1 && PLACE_MODIFIERS.has(toks[i].lower)) i--;
  // "in Afghanistan's eastern Paktika province": the possessor only says where the place lies.
  if (i >= 2 && toks[i].lower === "'s") {
    let j = i - 1;
    while (j >= 1 && j > i - 3 && /^\p{L}/u.test(toks[j].lower) && !SCENE_PREPS.has(toks[j - 1].lower)) j--;
    if (j >= 1 && /^\p{L}/u.test(toks[j].lower)) i = j - 1;
  }
  const prev = toks[i]?.lower;
  if (prev === undefined || !SCENE_PREPS.has(prev)) return false;
  return prev !== 'of' || PLACE_NOUNS.has(toks[i - 1]?.lower ?? '');
}

/** A mention that names a part of a town by its feature word ("Pauk Taw ward", "Barrancas neighbourhood"). */
function isPartOfPlace(p: EntityMention): boolean {
  const f = p.evidence?.find((e) => e.startsWith('feature:'));
  return !!f && FEATURE_WORDS.get(f.slice('feature:'.length).toLowerCase()) === 'part';
}

/** Group nouns a place name may qualify: "Zamfara militia", "Katsina militiamen", "Sokoto communal militia". */
const GROUP_NOUNS = new Set(['militia', 'militias', 'militiamen', 'militiaman', 'communal', 'vigilantes', 'vigilante', 'gang', 'gangs', 'bandits']);

function namesGroup(toks: Token[], p: EntityMention): boolean {
  let i = tokenAt(toks, p.start);
  while (i < toks.length && toks[i].end <= p.end) i++;
  return GROUP_NOUNS.has(toks[i]?.lower ?? '');
}

/** Verbs and modals after a city that make it its government: "Kabul will not accept", "Islamabad rejected". */
const GOVERNMENT_VERBS = new Set(['said', 'says', 'will', 'would', 'has', 'had', 'rejected', 'rejects', 'denied', 'denies', 'accused', 'accuses', 'blamed', 'blames',
  'warned', 'warns', 'insisted', 'insists', 'maintains', 'maintained', 'demanded', 'demands', 'urged', 'urges', 'wants', 'responded', 'summoned']);

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘']);

function speaksForGovernment(toks: Token[], p: EntityMention, ctx: Context): boolean {
  if (ctx.places.get(p.entity)?.kind !== 'populated-place') return false;
  let i = tokenAt(toks, p.start);
  // The subject of its clause: "residents of Katowice protested", "in Kabul has" are no government.
  if (LOCATIVE.has(toks[i - 1]?.lower ?? '')) return false;
  while (i < toks.length && toks[i].end <= p.end) i++;
  if (QUOTE_MARKS.has(toks[i]?.lower ?? '')) i++; // Kabul "will not accept …"
  return GOVERNMENT_VERBS.has(toks[i]?.lower ?? '');
}

function insideActor(actors: readonly EntityMention[], p: EntityMention): boolean {
  return actors.some((a) => a.start <= p.start && p.end <= a.end);
}

function prepBefore(toks: Token[], p: EntityMention, preps: ReadonlySet<string>): boolean {
  const i = tokenAt(toks, p.start);
  const prev = toks[i - 1]?.lower;
  return prev !== undefined && preps.has(prev);
}

function dist(x: { start: number; end: number }, m: { start: number; end: number }): number {
  return x.end <= m.start ? m.start - x.end : x.start - m.end;
}

/** A reporting verb right before a date: "said on Thursday", "told reporters on Wednesday", "said in a statement on Monday". */
let speechBeforeDate: RegExp | null = null;
function speechBeforeDatePattern(): RegExp {
  if (speechBeforeDate) return speechBeforeDate;
  // "told" needs its hearer before the date ("told reporters on Wednesday").
  const verbs = longestFirst([...speechWords().verbs].filter((v) => v !== 'told'));
  return (speechBeforeDate = new RegExp(`\\b(?:(?:${verbs})(?: in a statement| in a post on x)?|told (?:reporters|journalists|the media|dawn|[\\p{Lu}][\\p{L}]+)|told [\\p{L}]+ in a statement)\\s+(?:on|late on|early on|this|last)?\\s*$`, 'iu'));
}

function isSpeechDate(text: string, d: DateMention): boolean {
  return speechBeforeDatePattern().test(text.slice(Math.max(0, d.start - 40), d.start));
}

/** The event type whose trigger nouns hold `noun` ("attack", "blast"), or null. */
function typeOfNoun(noun: string): string | null {
  const w = noun.toLowerCase();
  for (const [type, spec] of loadEventLexicon().types) if (spec.nouns?.some((n) => n.toLowerCase() === w)) return type;
  return null;
}

const OPENS_SENTENCE = /^\s*(?:(?:also|and|then|later|on|in)\s+)*$/i;

/**
 * "A day earlier, a soldier was martyred": with no date of its own, an event whose sentence opens
 * with a day counted from the story's last event (relative-day.ts), or whose clause says it a few
 * words after the trigger ("were shot dead at a checkpost in the Kulachi area the same day"), is
 * dated from the last event before it with one day's date, of its own type if its paragraph has one ("was
 * released on July 31. This was one of seven related kidnappings ... on the same day": the
 * kidnapping's day). Farther after the trigger the phrase dates something else ("claimed
 * responsibility ... in retaliation to the executions of its members the previous day").
 */
function dayFromLastEvent(
  doc: Doc,
  sentence: { start: number; end: number; paragraph: number },
  m: TrieMatch,
  type: string,
  clauseEnd: number,
  before: readonly EventRecord[],
  published: string | null,
): DateMention | null {
  const opening = relativeDay(doc.text, sentence.start, sentence.end);
  const rel = opening && OPENS_SENTENCE.test(doc.text.slice(sentence.start, opening.start))
    ? opening
    : relativeDay(doc.text, m.end, Math.min(clauseEnd, m.end + 80));
  if (!rel) return null;
  const dated = before.filter((e) => e.date && e.date.precision === 'day' && e.date.start === e.date.end);
  // "A week after the attack, a bomb exploded": counted from the last event of the kind named.
  const named = /^\s+(?:the|that|this)\s+([\p{L}-]+)/u.exec(doc.text.slice(rel.end, rel.end + 40));
  const namedType = named && /(?:after|before)$/i.test(rel.text) ? typeOfNoun(named[1]) : null;
  const ofNamed = namedType ? [...dated].reverse().find((e) => e.type === namedType && doc.sentences[e.sentence].paragraph === sentence.paragraph) : undefined;
  const sameType = [...dated].reverse().find((e) => e.type === type && doc.sentences[e.sentence].paragraph === sentence.paragraph);
  const anchor = ofNamed ?? sameType ?? dated[dated.length - 1];
  if (!anchor) return null;
  const counted = countedDay(anchor.date!.start, rel);
  // (Session 17) "Two months later" from an event in October is no day after publication: a
  // report tells what has happened, so a day counted past it stops at the publication date. An
  // anchor on the publication day itself ("On 26 June ... They were released the next day")
  // says the date given is not when the text was written (a coder's event date), so it caps nothing.
  const capped = !!published && counted > published && anchor.date!.start < published;
  const day = capped ? published! : counted;
  return {
    start: rel.start,
    end: rel.end,
    text: rel.text,
    value: { start: day, end: day },
    precision: 'day',
    relative: true,
    resolved: true,
    rule: (rel.months ? `date:relative-month:${rel.months}:from:${anchor.id}` : `date:relative-day:${rel.offset}:from:${anchor.id}`) + (capped ? ':capped-at-publication' : ''),
  };
}

/**
 * "dozens of attacks in Nangarhar since the Taliban returned to power in August 2021": a date at
 * the end of a phrase opened by "since" (no comma, colon or semicolon between) dates when a
 * period began. An event outside that phrase took place over the period, from that date to
 * publication, as "since August 2021" says outright (a range, relative); the event the phrase
 * itself tells ("returned to power") keeps the date. Without a publication date, or for a range
 * already, the date stands.
 */
const SINCE_OPENING = /(?:^|[^\p{L}])(?:ever\s+)?since\s+[^,;:—–()]*$/iu;

function sincePeriod(text: string, sentenceStart: number, d: DateMention, m: TrieMatch, published: string | null): DateMention {
  if (!published || d.precision === 'range' || !d.value || d.value.start > published) return d;
  const from = Math.max(sentenceStart, d.start - 80);
  const opening = SINCE_OPENING.exec(text.slice(from, d.start));
  if (!opening) return d;
  const sinceStart = from + opening.index + (opening[0].match(/^[^\p{L}]/u) ? 1 : 0);
  if (m.start >= sinceStart && m.end <= d.end) return d;
  return { ...d, value: { start: d.value.start, end: published }, precision: 'range', relative: true, rule: `since-phrase+${d.rule}` };
}

const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|that|this)\s+$/i;
const ATTRIBUTIVE_AFTER = /^\s+\p{Ll}/u;

/** "the 2019 attack", "a 2021 extortion case": a date that modifies the noun after it. */
function isAttributiveDate(text: string, d: DateMention): boolean {
  return d.precision === 'year' && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)) && ATTRIBUTIVE_AFTER.test(text.slice(d.end, d.end + 3));
}

/** Whether the trigger is the noun an attributive date modifies (at most two words between). */
function datesNoun(text: string, d: DateMention, m: TrieMatch): boolean {
  return m.start >= d.end && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(d.end, m.start));
}

const RELATIVE_OPENING = /\b(?:who|whom|which|that)\s+([^,;:()"“”]*)$/i;

/**
 * Whether a date after the trigger closes a relative clause with an event of its own between
 * them ("arrested six suspects ... and recovered a businessman who had been abducted on November
 * 18", "wanted for planting an IED that wounded two soldiers earlier this month"): that verb's
 * date, not the trigger's.
 */
function datesRelativeClause(text: string, d: DateMention, m: TrieMatch, triggers: readonly TrieMatch[], casualtyWords: ReadonlySet<string>): boolean {
  if (d.start < m.end) return false;
  const rel = RELATIVE_OPENING.exec(text.slice(m.end, d.start));
  // "the airstrikes that targeted the Sinjar region on 1 February": a clause on the trigger's own noun.
  if (!rel || /^[\s'’s]*$/.test(text.slice(m.end, m.end + rel.index))) return false;
  const opens = m.end + rel.index;
  if (triggers.some((t) => t !== m && t.start > opens && t.end <= d.start)) return true;
  return (rel[1].toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => casualtyWords.has(w));
}

function pickDate(dates: DateMention[], m: TrieMatch): DateMention | null {
  const resolved = dates.filter((d) => d.value !== null);
  if (resolved.length === 0) return null;
  return resolved.reduce((a, b) => (dist(a, m) <= dist(b, m) ? a : b));
}

/** A word that opens another clause: "two kidnappers were arrested while three others fled". */
const OTHER_CLAUSE = /\b(?:while|whereas|but|although|though)\b/i;

/** "Three engineers and their driver were kidnapped": one more person joined to a counted subject. */
const ONE_MORE_BEFORE_VERB = /^(?:\s+[\p{L}'’-]+){1,7}?\s+and\s+(?:his|her|their|its|a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+of\s+(?:the|their|his|her|its|a|an)\s+[\p{L}-]+)?\s+(?:were|was|have been|had been|are|is)\s+$/u;

function pickCount(doc: Doc, quantities: Quantity[], m: TrieMatch, kind: string, used: Set<Quantity>, people: ReadonlySet<string>): EventCount[] {
  // "sentenced two men to death and acquitted a third": an object of one ordinal ("a third", "the
  // fourth suspect") names one person; a number before the verb counts another verb's object.
  const ordinal = ONE_ORDINAL_OBJECT.exec(doc.text.slice(m.end, m.end + 40));
  if (ordinal) {
    const start = m.end + ordinal[0].length - ordinal[1].length;
    return [{ kind, value: 1, qualifier: 'exact', text: ordinal[1], start, end: start + ordinal[1].length }];
  }
  const unused = quantities.filter((q) => !used.has(q));
  const own = unused.filter((q) => !OTHER_CLAUSE.test(q.end <= m.start ? doc.text.slice(q.end, m.start) : doc.text.slice(m.end, q.start)));
  const free = own.length > 0 ? own : unused;
  if (free.length === 0) return [];
  const q = free.reduce((a, b) => (dist(a, m) <= dist(b, m) ? a : b));
  used.add(q);
  // "two engineers and their two drivers were kidnapped": two counted groups of people joined
  // by "and" are one count, the sum.
  const pair = countedPair(doc, unused, q, people);
  if (pair) {
    used.add(pair[0]);
    used.add(pair[1]);
    const [a, b] = pair;
    const end = b.end + SECOND_GROUP_HEAD.exec(doc.text.slice(b.end, b.end + 60))![0].length;
    return [{ ...toCount(a, kind), value: a.value + b.value, qualifier: a.qualifier === 'exact' ? b.qualifier : a.qualifier, text: doc.text.slice(a.start, end), end }];
  }
  const count = toCount(q, kind);
  // The subject before a passive verb counts the people it joins ("four members of a polio team
  // and a Levies constable were abducted" is five).
  const between = q.end <= m.start ? doc.text.slice(q.end, m.start) : null;
  const oneMore = between !== null ? ONE_MORE_BEFORE_VERB.exec(between) : null;
  if (oneMore && onePerson(oneMore[1], people)) {
    const end = q.end + between!.trimEnd().length;
    const subjectEnd = doc.text.lastIndexOf(' ', end - 1);
    return [{ ...count, value: q.value + 1, text: doc.text.slice(q.start, subjectEnd), end: subjectEnd }];
  }
  // The object after an active verb, the same way: "police arrested six suspects and their
  // accomplice in Quetta" is seven.
  const objectMore = q.start >= m.end && /^\s*$/.test(doc.text.slice(m.end, q.start)) ? ONE_MORE_OBJECT.exec(doc.text.slice(q.end, q.end + 90)) : null;
  if (objectMore && onePerson(objectMore[1], people)) {
    const objectEnd = q.end + objectMore[0].length;
    return [{ ...count, value: q.value + 1, text: doc.text.slice(q.start, objectEnd), end: objectEnd }];
  }
  return [count];
}

/** "acquitted a third", "released the fourth hostage": one person of a set, right after the verb. */
const ONE_ORDINAL_OBJECT = /^\s+((?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)(?!\s+(?:time|day|week|month|year|round|phase)\b)/i;
const ONE_MORE_OBJECT = /^(?:\s+[\p{L}'’-]+){1,5}?\s+and\s+(?:his|her|their|its|a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+of\s+(?:the|their|his|her|its|a|an)\s+[\p{L}-]+)?(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|from|near|after|during|while|when|who|and|as)\b)/u;
/** Between two counted groups: the first group's people noun, "and", a possessive or "the". */
const GROUP_JOIN = /^\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+and\s+(?:(?:his|her|their|its|the)\s+)?$/u;
/** The second group's words after its number, up to its people noun. */
const SECOND_GROUP_HEAD = /^\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/u;

/** The counted group joined to `q` by "and" ("two engineers and their two drivers"), both of people: [first, second], or null. */
function countedPair(doc: Doc, quantities: readonly Quantity[], q: Quantity, people: ReadonlySet<string>): [Quantity, Quantity] | null {
  const isPeople = (w: string) => people.has(w.toLowerCase()) || PLURAL_PEOPLE.has(w.toLowerCase());
  for (const o of quantities) {
    if (o === q) continue;
    const [a, b] = o.start < q.start ? [o, q] : [q, o];
    if (a.end > b.start || b.start - a.end > 60) continue;
    const join = GROUP_JOIN.exec(doc.text.slice(a.end, b.start));
    const head = SECOND_GROUP_HEAD.exec(doc.text.slice(b.end, b.end + 60));
    if (join && head && isPeople(join[1]) && isPeople(head[1])) return [a, b];
  }
  return null;
}

/** Irregular plurals among the people nouns. */
const PLURAL_PEOPLE = new Set(['men', 'women', 'children', 'people', 'others', 'kin', 'khawarij', 'khwarij', 'militiamen', 'policemen', 'tribesmen']);

/** A noun for one person: "their accomplice", "a guard"; not "their drivers", "their children". */
function onePerson(word: string, people: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (!people.has(w) || PLURAL_PEOPLE.has(w) || /men$/.test(w)) return false;
  return !(/s$/.test(w) && (people.has(w.slice(0, -1)) || people.has(w.slice(0, -2))));
}

function toCount(q: Quantity, kind: string): EventCount {
  return { kind, value: q.value, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end };
}

/**
 * A quantity followed by a unit ("5 km", "3 days", "a three-day curfew") measures something other
 * than people, and one that gives the size of a deciding body ("the two-member bench") counts none.
 */
function isCountable(doc: Doc, q: Quantity, lex: EventLexicon): boolean {
  const after = doc.text.slice(q.end, q.end + 16).match(/^\s*([\p{L}%']+)/u);
  if (after) return !lex.notCountUnits.has(after[1].toLowerCase());
  const compound = doc.text.slice(q.end, q.end + 40).match(/^-(\p{L}+)\s+([\p{L}-]+)/u);
  return !(compound && (lex.notCountUnits.has(compound[1].toLowerCase()) || lex.notCountBodies.has(compound[2].toLowerCase())));
}

/** The rule of a violent trigger that tells another incident: "and a week later another attack …". */
const ANOTHER_RULE = 'trigger:another-incident';
const ANOTHER_BEFORE = /\b(?:another|a second|a separate)\s+$/i;
const ANOTHER_INCIDENT = /\b(?:(?:another|a second|a separate|a similar|a further)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|attacks|bombing|blast|explosion|assault|ambush|raid|strike|shooting)|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+later)\b/iu;

/** Whether a casualty-only event adds nothing to an earlier one but its toll: no other day, place or named agent. */
function tollOf(ctx: Context, e: EventRecord, told: EventRecord): boolean {
  if (e.date && (!told.date || e.date.start !== told.date.start || e.date.end !== told.date.end)) return false;
  if (e.place && e.place !== told.place) {
    const here = ctx.places.get(e.place);
    const there = told.place ? ctx.places.get(told.place) : undefined;
    if (!here || !there || !(liesIn(here, there) || liesIn(there, here))) return false;
  }
  const agent = e.actors.find((r) => r.role === 'agent');
  return !agent || agent.inferred || told.actors.some((r) => r.role === 'agent' && r.actor === agent.actor);
}

/**
 * A casualty sentence that adds people to a toll already told: "as well", "also", "In addition".
 * ("Two more policemen were killed" may be later or elsewhere: not taken as added.)
 */
const ADDED_TOLL = /\b(?:as well|also|in addition|additionally)\b/i;

const OTHER_SCENE_RULE = 'trigger:another-scene';

/** Whether a clause's places name somewhere apart from each earlier event's place (neither inside the other). */
function elsewhere(ctx: Context, earlier: readonly EventRecord[], clausePlaces: readonly EntityMention[]): boolean {
  if (earlier.length === 0 || clausePlaces.length === 0) return false;
  return earlier.every((e) => {
    const at = e.place ? ctx.places.get(e.place) : undefined;
    if (!at) return false;
    return clausePlaces.some((p) => {
      const there = ctx.places.get(p.entity);
      return !!there && p.entity !== e.place && there.country === at.country && !liesIn(there, at) && !liesIn(at, there);
    });
  });
}

/**
 * The statements that tell of the target event's own people. One that another incident's date
 * governs ("killed 21 people at a bank in Kandahar city, and in September, six people were
 * killed", "two policemen were killed in Bajaur, while a polio worker was shot dead in Karachi
 * last year") is not added to it: a resolved date after the target's trigger, whose value the
 * target's date does not have, nearer to that statement (its people or its casualty word) than to any other statement and to
 * every other trigger of the sentence ("protested on 20 February ... the death of a girl who was
 * shot on 23 December": the first date is the protest's). A definite subject refers back to the
 * target's own people ("The victim died on 15 February"), so it is always added.
 */
function sameIncident(
  doc: Doc,
  statements: readonly CasualtyStatement[],
  target: EventRecord,
  dates: readonly DateMention[],
  triggers: readonly TrieMatch[],
): CasualtyStatement[] {
  // "killed more than 70 worshippers in Kunduz, and a week later another attack ... killed over
  // 60": what is told after another incident is introduced is that incident's.
  const later = statements.filter((s) => s.cue.start > target.trigger.end && ANOTHER_INCIDENT.test(doc.text.slice(target.trigger.end, Math.min(s.start, s.cue.start))));
  if (later.length > 0) statements = statements.filter((s) => !later.includes(s));
  if (!target.date) return [...statements];
  type Anchor = { spans: Array<{ start: number; end: number }>; statement: CasualtyStatement | null };
  const cues = statements.map((s) => s.cue);
  const anchors: Anchor[] = [
    { spans: [target.trigger], statement: null },
    ...triggers.filter((m) => !cues.some((c) => c.start <= m.start && m.end <= c.end)).map((m) => ({ spans: [m], statement: null })),
    ...statements.map((s) => ({ spans: [s, s.cue], statement: s })),
  ];
  const gap = (d: { start: number; end: number }, a: { start: number; end: number }): number =>
    d.end <= a.start ? a.start - d.end : d.start >= a.end ? d.start - a.end : 0;
  const distance = (d: DateMention, a: Anchor): number => Math.min(...a.spans.map((x) => gap(d, x)));
  const other = new Set<CasualtyStatement>();
  for (const d of dates) {
    // Another incident is told after the target's: a date before its trigger ("On 16 March 2022,
    // a soldier ... were killed", "Around 15 June (between 14 and 15 June), ... a woman was
    // killed") sets the scene for the sentence.
    if (!d.value || d.start < target.trigger.end || (target.dateMention && d.start === target.dateMention.start)) continue;
    if (d.value.start === target.date.start && d.value.end === target.date.end) continue;
    // "killing at least 14 people, Taliban officials said on Wednesday": when it was said.
    if (isSpeechDate(doc.text, d)) continue;
    let best = anchors[0];
    for (const a of anchors) if (distance(d, a) < distance(d, best)) best = a;
    if (best.statement && !/^the\b/i.test(best.statement.text) && !/^the\b/i.test(doc.text.slice(best.statement.start - 4, best.statement.start))) other.add(best.statement);
  }
  return other.size === 0 ? [...statements] : statements.filter((s) => !other.has(s));
}

/**
 * "killing five", "12 people were injured", "four police officers and five assailants were
 * killed": casualty statements (casualties.ts) count for the sentence's first violent event, or,
 * in a sentence with none, for the paragraph's latest one ("Ten people were injured in the
 * blast."). Two statements of one kind are different people and add up, except a bare total after
 * the people were counted in an earlier sentence ("... were shot and killed. 2 fatalities."),
 * which restates them.
 */
function attachCasualties(
  doc: Doc,
  statements: readonly CasualtyStatement[],
  used: Set<Quantity>,
  target: EventRecord,
  across: number | null,
): void {
  // A statement names its own subject or object, so a quantity another count took can be its
  // people too: "four personnel were abducted and later killed".
  for (const s of statements) {
    for (const q of s.quantities) used.add(q);
    const count: EventCount = { kind: s.kind, value: s.value, qualifier: s.qualifier, text: s.text, start: s.start, end: s.end };
    if (across !== null) count.across = across;
    const existing = target.counts.find((x) => x.kind === s.kind);
    if (!existing) {
      target.counts.push(count);
    } else if (s.rule === 'count:noun-after-number' && existing.end <= statements[0].start) {
      // "a man and a woman were shot and killed ... 2 fatalities.": a bare total restates the
      // people already counted; it is the larger figure, not more people.
      if (s.value > existing.value) target.counts[target.counts.indexOf(existing)] = count;
    } else {
      const sum: EventCount = {
        kind: s.kind,
        value: existing.value + s.value,
        qualifier: existing.qualifier === 'exact' ? s.qualifier : existing.qualifier,
        text: doc.text.slice(Math.min(existing.start, s.start), Math.max(existing.end, s.end)),
        start: Math.min(existing.start, s.start),
        end: Math.max(existing.end, s.end),
      };
      if (across !== null) sum.across = across;
      target.counts[target.counts.indexOf(existing)] = sum;
    }
    target.rules.push(`${s.rule}:${s.kind}:${doc.text.slice(s.start, s.end)}`);
  }
}

/** "The death toll rose to 18": the stated later total replaces the kind's earlier figure. */
function replaceToll(target: EventRecord, update: TollUpdate, used: Set<Quantity>): void {
  const q = update.quantity;
  used.add(q);
  const count: EventCount = { kind: update.kind, value: q.value, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end };
  const i = target.counts.findIndex((c) => c.kind === update.kind);
  if (i >= 0) target.counts[i] = count;
  else target.counts.push(count);
  target.rules.push(`toll-update:${update.kind}:${q.text}`);
}
