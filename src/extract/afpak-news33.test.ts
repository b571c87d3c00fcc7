import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';

// Session 17 (news33): three short AfPak reports of our own writing, in styles not read before
// (a military press release, a fact-check refuting a viral video, the Taliban rejecting a UN
// monitoring report), with what each claim's attribution and certainty should be.

const PUBLISHED = '2026-11-27';

const claimsOf = (text: string) =>
  analyze(text, { published: PUBLISHED }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);

/** The claim that opens with `start`: [kind, source, certainty]. */
function claimAt(text: string, start: string) {
  const c = claimsOf(text).find((x) => x[0].startsWith(start));
  assert.ok(c, `no claim opens with ${start}`);
  return c.slice(1);
}

const PRESS_RELEASE = "Six terrorists killed in IBO in North Waziristan: ISPR\n\nRAWALPINDI: Security forces conducted an intelligence-based operation in the general area of Mir Ali, North Waziristan District, on the reported presence of khwarij, the Inter-Services Public Relations (ISPR) said on Thursday.\n\nAccording to the military's media wing, during the conduct of the operation, own troops effectively engaged the khwarij's location and, after an intense exchange of fire, six Indian-sponsored khwarij were sent to hell.\n\nWeapons, ammunition and explosives were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities against the security forces as well as the killing of innocent civilians, the ISPR said.\n\nSanitisation operation is being conducted to eliminate any other khwarij found in the area, the statement added.\n\nThe press release said the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.\n\nLocal residents told Dawn that a curfew had been imposed in Mir Ali and that mobile phone services were suspended on Thursday morning. They said at least two houses had been damaged during the exchange of fire.\n\nThere was no independent confirmation of the death toll, as journalists are not allowed into the area.\n";

const FACT_CHECK = "Fact check: Video of 'Pakistani jets striking Kabul' is from a 2015 military exercise\n\nA video circulating on social media claims to show Pakistani fighter jets bombing residential areas of Kabul on Tuesday night. This is false.\n\nThe 48-second clip, shared more than 20,000 times on X and Facebook, shows aircraft firing flares over a desert. Posts sharing it claimed that dozens of civilians were killed in the strikes.\n\nA reverse image search shows that the footage was first uploaded to YouTube in March 2015 and shows a military exercise in Jordan. The original video carries the logo of a Jordanian television channel.\n\nThere is no evidence that Pakistani aircraft struck Kabul this week. Afghan interior ministry spokesman Abdul Mateen Qani said no air strikes had taken place in the capital.\n\nPakistan's Foreign Office also dismissed the posts as fake news on Wednesday.\n\nSome users had also claimed that the strikes destroyed a mosque in the Karte Parwan neighbourhood. Photos taken by our reporter on Wednesday show the mosque intact.\n\nVerdict: False. The video is old and unrelated to Afghanistan.\n";

const REBUTTAL = "Taliban reject UN report on TTP presence in Afghanistan as baseless\n\nKABUL: The Taliban government on Sunday rejected a United Nations report that said thousands of Pakistani Taliban fighters were operating from Afghan soil, calling its findings \"biased and far from reality\".\n\nThe report by the UN Security Council's sanctions monitoring team, released last week, said the Tehreek-i-Taliban Pakistan had about 6,500 fighters in Afghanistan and received logistical support from the de facto authorities.\n\nIn a statement posted on X, Taliban spokesman Zabihullah Mujahid said no group was allowed to use Afghan territory against any country. \"The Islamic Emirate does not allow anyone to threaten neighbouring countries from our land,\" he said.\n\nMujahid claimed the report was prepared on the basis of information supplied by the intelligence agencies of certain countries. He said the monitoring team had not visited Afghanistan.\n\nThe UN team said in its report that the TTP had carried out more than 600 attacks in Pakistan during the year, some of them from bases in Kunar and Nangarhar.\n\nPakistan's Foreign Office welcomed the report, saying it confirmed Islamabad's long-standing concerns.\n\nAnalysts said the Taliban were unlikely to act against the TTP, which they see as an ideological ally.\n";

describe('a military press release (ISPR style)', () => {
  test('"The press release said" is the body that issued it, as "the statement added" is', () => {
    assert.deepEqual(claimAt(PRESS_RELEASE, 'The press release said'), ['official', 'the ISPR', 'asserted']);
    assert.deepEqual(claimAt(PRESS_RELEASE, 'Sanitisation operation'), ['official', 'the ISPR', 'asserted']);
    // With no body before it, the press release itself speaks (official).
    assert.deepEqual(claimsOf('The press release said the forces are determined to wipe out terrorism.').map((c) => c.slice(1)), [
      ['official', 'The press release', 'asserted'],
    ]);
  });
  test('the operation told by the ISPR is its own act; residents told Dawn, and "They said" stands for them', () => {
    assert.deepEqual(claimAt(PRESS_RELEASE, 'RAWALPINDI: Security forces conducted'), ['self', 'Inter-Services Public Relations', 'asserted']);
    assert.deepEqual(claimAt(PRESS_RELEASE, 'According to the military'), ['official', "the military's media wing", 'asserted']);
    assert.deepEqual(claimAt(PRESS_RELEASE, 'They said at least two houses'), ['anonymous', 'Local residents', 'asserted']);
  });
});

describe('a fact-check refuting a viral video', () => {
  test('the viral claim is hedged, not asserted, and "social media" is where it circulates, not its source', () => {
    const claims = claimsOf(FACT_CHECK);
    const viral = claims.find((c) => c[0].startsWith('A video circulating'));
    assert.ok(viral, claims.map((c) => c[0]).join(' | '));
    assert.deepEqual(viral.slice(1), ['unattributed', null, 'hedged']);
    assert.ok(viral[0].endsWith('on Tuesday night.'), viral[0]);
    assert.deepEqual(claimAt(FACT_CHECK, 'This is false.'), ['unattributed', null, 'denied']);
    assert.deepEqual(claimAt(FACT_CHECK, 'There is no evidence'), ['unattributed', null, 'denied']);
    assert.deepEqual(claimAt(FACT_CHECK, 'Verdict: False.'), ['unattributed', null, 'denied']);
  });
  test('posts and users claiming hedge what they claim; photos taken by a reporter are the reporter\'s, one claim', () => {
    assert.deepEqual(claimAt(FACT_CHECK, 'Posts sharing it claimed'), ['unattributed', null, 'hedged']);
    assert.deepEqual(claimAt(FACT_CHECK, 'Some users had also claimed'), ['anonymous', 'Some users', 'hedged']);
    assert.deepEqual(claimAt(FACT_CHECK, 'Photos taken by our reporter on Wednesday show the mosque intact.'), ['media', 'Photos taken by our reporter', 'asserted']);
    // A claim that did not happen, or "claimed the lives of", hedges nothing.
    assert.deepEqual(claimsOf('The blast claimed the lives of 12 people.').map((c) => c[3]), ['asserted']);
    assert.deepEqual(claimsOf('A video circulating on Facebook claims that jets bombed Kabul.').map((c) => c.slice(1)), [['unattributed', null, 'hedged']]);
  });
});

describe('the Taliban rejecting a UN monitoring report', () => {
  test('"rejected a United Nations report that said" is the government denying: the name before "report" is no speaker', () => {
    assert.deepEqual(claimAt(REBUTTAL, 'KABUL: The Taliban government'), ['official', 'The Taliban government', 'denied']);
    assert.deepEqual(claimsOf('Officials on Sunday rejected a United Nations report.').map((c) => c.slice(1)), [['official', 'Officials', 'denied']]);
  });
  test('"The report by the … monitoring team, released last week, said" is the report\'s author speaking; "The UN team said" speaks', () => {
    const report = claimsOf(REBUTTAL).filter((c) => c[0].includes('6,500'));
    assert.equal(report.length, 1, report.map((c) => c[0]).join(' | '));
    assert.deepEqual(report[0].slice(1), ['official', "The report by the UN Security Council's sanctions monitoring team", 'asserted']);
    assert.equal(claimAt(REBUTTAL, 'The UN team said')[1], 'The UN team');
    assert.notEqual(claimAt(REBUTTAL, 'The UN team said')[2], 'hedged');
  });
  test('the spokesman denies and claims: his claim is hedged, his "he said" his', () => {
    assert.deepEqual(claimAt(REBUTTAL, 'Mujahid claimed'), ['named', 'Mujahid', 'hedged']);
    assert.deepEqual(claimAt(REBUTTAL, 'He said the monitoring team'), ['named', 'Mujahid', 'asserted']);
    assert.deepEqual(claimAt(REBUTTAL, 'Analysts said'), ['expert', 'Analysts', 'hedged']);
  });
});

describe('a verb of claiming with no source: what it hedges and what it leaves to the model', () => {
  const hedgeCues = (text: string) =>
    analyze(text, { published: PUBLISHED }).claims.flatMap((c) => c.cues.filter((x) => x.kind === 'hedge').map((x) => x.text));
  test('"They claimed that", "The group claimed to have" hedge; a noun, a person\'s "he claimed", a clause of time or a relative clause do not', () => {
    assert.deepEqual(hedgeCues('They claimed that their houses had been damaged by the shelling.'), ['claimed']);
    // (Since session 23 "The group" with no group named before it is an anonymous source, so its
    // "claimed" hedges as a source's verb, no longer as a sourceless one.)
    const group = analyze('The group claimed to have killed 30 soldiers.', { published: PUBLISHED }).claims[0];
    assert.deepEqual([group.attribution.kind, group.certainty], ['anonymous', 'hedged']);
    assert.deepEqual(hedgeCues('Both villages claim that the canal was diverted.'), ['claim']);
    assert.deepEqual(hedgeCues('He also claimed he did not take the car.'), []);
    assert.deepEqual(hedgeCues('The elders rejected his disputed claim that he owned the land.'), []);
    assert.deepEqual(hedgeCues('The government does not recognise their claim to the land.'), []);
    assert.deepEqual(hedgeCues('Residents marched after a lobbyist claimed that the mayor was corrupt.'), []);
    assert.deepEqual(hedgeCues('Students protested against a teacher who claimed that the exam was fair.'), []);
    assert.deepEqual(hedgeCues('Police killed 35 militants and claimed to have cleared the town.'), []);
  });
});
