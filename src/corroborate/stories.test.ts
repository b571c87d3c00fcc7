import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analyze.ts';
import { isCorroborateError } from '../model/errors.ts';
import { needsShared, sharedPath } from '../../test/shared.ts';
import { analyseReports, clusterReports, headlineText, readUcdpReports } from '../eval/ucdp-stories.ts';
import { StoryClusterer } from './clusterer.ts';
import { headlineCues, tollFigure } from './cues.ts';
import { dayNumber } from './days.ts';
import { coverShare, matchFeatures, placeRelation } from './features.ts';
import { unitsOf } from './units.ts';
import { POLICY_GEOMETRY, storyModel, typeRelation } from './policy.ts';
import { STORY_TRAINING, trainStoryWeights } from './train.ts';
import { independentSources } from './sources.ts';
import type { MatchPolicy, ReportInput, StoryUnit, UnitPlace } from './types.ts';
import { headlineWords, WordFrequency } from './words.ts';

// Real headlines from the UCDP GED source lists (agency, day), each analysed as the
// ucdp-stories scorer does: the headline is the text and the title, the day its publication.

const UCDP = 'data/ucdp-pakistan/dev.csv';

type Row = readonly [id: string, publisher: string, published: string, headline: string];

const QUETTA_2013: Row[] = [
  ['afp-0512', 'Agence France Presse', '2013-05-12', 'Suicide bomb kills six in southwest Pakistan: officials'],
  ['bbc-0513', 'BBC Monitoring South Asia', '2013-05-13', "Five killed, 68 injured in suicide attack in Pakistan's Quetta"],
  ['pti-0514', 'Press Trust of India', '2013-05-14', 'IMU claims responsibility for suicide bombing in Quetta'],
  ['bbc-0515', 'BBC Monitoring South Asia', '2013-05-15', "Uzbek group reportedly admits suicide blast on security men in Pakistan's Quetta"],
];

const KARACHI_2014: Row[] = [
  ['afp-a', 'Agence France Presse', '2014-04-24', "Bomb kills three in Pakistan's Karachi: police"],
  ['afp-b', 'Agence France Presse', '2014-04-24', "Bomb kills four in Pakistan's Karachi: police"],
  ['pti-a', 'Press Trust of India', '2014-04-24', 'Police official, 3 others killed in Pak bombing'],
];

const analyses = new Map<string, ReturnType<typeof analyze>>();
function report([articleId, publisher, published, headline]: Row, extra: Partial<ReportInput> = {}): ReportInput {
  const key = `${headline}|${published}`;
  if (!analyses.has(key)) analyses.set(key, analyze(headlineText(headline), { published, title: headline, source: publisher }));
  return { articleId, publisher, published, title: headline, analysis: analyses.get(key)!, ...extra };
}

function cluster(rows: readonly Row[]): StoryClusterer {
  const c = new StoryClusterer();
  for (const r of rows) c.add(report(r));
  return c;
}

describe('story clustering on real reports', () => {
  test('the Quetta bombing of 12 May 2013: the next-day report, the IMU claim and the Uzbek admission are one story', () => {
    const c = cluster(QUETTA_2013.slice(1));
    const ids = ['bbc-0513', 'pti-0514', 'bbc-0515'].map((a) => c.storiesOf(a));
    assert.deepEqual(ids, [['story:bbc-0513#e1'], ['story:bbc-0513#e1'], ['story:bbc-0513#e1']]);
    const s = c.story('story:bbc-0513#e1')!;
    assert.deepEqual(s.reports.map((r) => r.articleId), ['bbc-0513', 'pti-0514', 'bbc-0515']);
    assert.deepEqual(s.publishers, ['BBC Monitoring South Asia', 'Press Trust of India']);
    assert.equal(s.independentSources, 2, "BBC Monitoring's two reports count once");
    assert.deepEqual(s.firstReport, { articleId: 'bbc-0513', published: '2013-05-13' });
    assert.deepEqual(s.latestReport, { articleId: 'bbc-0515', published: '2013-05-15' });
    assert.deepEqual(s.types, ['bombing', 'claim-of-responsibility']);
    assert.deepEqual(s.places.map((p) => p.id), ['place:PK:quetta']);
    // Every join says why: the IMU claim joins by place, a follow-up type, shared rare words and
    // its aftermath headline, against a day's distance; the score is the sum of the reasons.
    const claim = s.assignments.find((a) => a.unit === 'pti-0514#e1')!;
    assert.equal(claim.how, 'joined');
    const reason = (f: string) => claim.reasons.find((r) => r.feature === f);
    assert.match(reason('place')!.detail, /place:same-spot .*both Quetta/);
    assert.match(reason('type')!.detail, /claim-of-responsibility and bombing: follow-up/);
    assert.match(reason('words')!.detail, /shared quetta [\d.]+, suicide/);
    assert.match(reason('report')!.detail, /aftermath headline/);
    assert.ok(reason('date')!.points < 0, 'a day later speaks against, a little');
    assert.ok(claim.score! >= c.policy.threshold);
    assert.equal(claim.score, Math.round(claim.reasons.reduce((t, r) => t + r.points, 0) * 100) / 100);
  });

  test(
    'the AFP first report ("kills six in southwest Pakistan"), the BBC Monitoring report the next day ("Five killed ... in Quetta") and the IMU claim are one story, with 6 vs 5 killed, on these reports alone',
    {
      todo:
        'alone, the BBC report scores below the shipped threshold against the AFP story (-0.92 against -0.5 when this was written, 2026-11-26; the weights have been refitted since): a day apart, a region against a town inside it (no evidence either way since 2026-11-26: the loose place agreements are not features), and with word rarity learnt from the training headlines the two share only "suicide" among distinctive words (it joined while two reports made "killed" and "Pakistan" look rare). Within the UCDP stream of May 2013 they are one story (the test below)',
    },
    () => {
      // The case of the issue, on these reports alone: a region against a town inside it, a day
      // apart (a monitoring service relays local media a day late), contradictory counts.
      const c = cluster(QUETTA_2013.slice(0, 3));
      const [story] = c.storiesOf('afp-0512');
      assert.equal(story, 'story:afp-0512#e1');
      assert.deepEqual(QUETTA_2013.slice(0, 3).map(([id]) => c.storiesOf(id)), [[story], [story], [story]]);
      const s = c.story(story)!;
      assert.deepEqual(s.contradictions.find((x) => x.field === 'killed')?.values, [
        { value: '6', reports: ['afp-0512'] },
        { value: '5', reports: ['bbc-0513'] },
      ]);
      const bbc = s.assignments.find((a) => a.unit === 'bbc-0513#e1')!;
      assert.equal(bbc.how, 'joined');
      const reason = (f: string) => bbc.reasons.find((r) => r.feature === f);
      // A region against a town inside it is no place feature (its weight changed sign between
      // the halves of the UCDP data); the place family says nothing here.
      assert.equal(reason('place'), undefined);
      assert.match(reason('date')!.detail, /relay&date:1\+ .*BBC Monitoring South Asia relays local media/);
      assert.match(reason('counts')!.detail, /killed 5 vs 6/);
      assert.ok(bbc.score! >= c.policy.threshold);
    },
  );

  test('in the UCDP reports of May 2013, in date order, the four Quetta reports are one story, with 6 vs 5 killed', needsShared(UCDP), () => {
    // The case among the month's other reports (election-day bombings in Karachi and the
    // northwest, programme summaries), as the ucdp-stories scorer feeds them.
    const reports = readUcdpReports(sharedPath(UCDP)).reports.filter((r) => r.day.startsWith('2013-05'));
    const run = clusterReports(reports, analyseReports(reports));
    const quetta = QUETTA_2013.map(([, publisher, day, headline]) => reports.findIndex((r) => r.headline === headline && r.day === day && r.office === publisher));
    assert.ok(quetta.every((i) => i >= 0), 'the four reports are in the file');
    const shared = run.storiesOf[quetta[0]].filter((id) => quetta.every((i) => run.storiesOf[i].includes(id)));
    assert.equal(shared.length, 1, `stories: ${quetta.map((i) => run.storiesOf[i].join(',')).join(' | ')}`);
    const killed = run.clusterer.story(shared[0])!.contradictions.find((x) => x.field === 'killed')!;
    const values = killed.values.map((v) => v.value);
    assert.ok(values.includes('6') && values.includes('5'), `killed: ${values.join(', ')}`);
  });

  test('three agency reports of one Karachi bomb are one story, contradicting each other on the dead (3 vs 4), never averaged', () => {
    const c = cluster(KARACHI_2014);
    const stories = c.allStories();
    assert.equal(stories.length, 1);
    const [s] = stories;
    assert.equal(s.id, 'story:afp-a#e1');
    assert.equal(s.independentSources, 2, "AFP's two versions are one source");
    assert.deepEqual(s.contradictions, [
      {
        field: 'killed',
        values: [
          // PTI's "Police official, 3 others killed" is four dead (since session 24 the official counts).
          { value: '3', reports: ['afp-a'] },
          { value: '4', reports: ['afp-b', 'pti-a'] },
        ],
      },
    ]);
  });

  test('unrelated reports stay apart: another province the same day, the same headline a month later', () => {
    const c = cluster([
      QUETTA_2013[1],
      ['afp-k', 'Agence France Presse', '2013-05-13', "Bomb kills three in Pakistan's Karachi: police"],
      ['bbc-later', 'BBC Monitoring South Asia', '2013-06-20', QUETTA_2013[1][3]],
    ]);
    assert.equal(c.allStories().length, 3);
    const karachi = c.story('story:afp-k#e1')!.assignments[0];
    assert.equal(karachi.how, 'started');
    assert.ok(karachi.nearest && karachi.nearest.score < c.policy.threshold, 'scored, and below the threshold');
    // A month later the Quetta story is not even a candidate: the index offers nothing.
    assert.equal(c.story('story:bbc-later#e1')!.assignments[0].nearest, null);
  });

  test('a report in which analyze finds two events can join two stories (one per event)', () => {
    const c = new StoryClusterer();
    c.add(report(['a', 'Agence France Presse', '2013-06-15', 'Bomb kills 11 on a university bus in Quetta.']));
    c.add(report(['b', 'Reuters News', '2013-06-15', 'Gunmen kidnap four people in Peshawar.']));
    const roundup = c.add(report(['c', 'Press Trust of India', '2013-06-15', 'A bomb killed 11 students on a bus in Quetta. Gunmen kidnapped four people in Peshawar.']));
    assert.deepEqual(
      roundup.map((x) => [x.unit, x.storyId]),
      [
        ['c#e1', 'story:a#e1'],
        ['c#e2', 'story:b#e1'],
      ],
    );
    assert.deepEqual(c.storiesOf('c'), ['story:a#e1', 'story:b#e1']);
  });
});

describe('determinism and state', () => {
  const rows = [...QUETTA_2013, ...KARACHI_2014];

  test('the same reports in the same order give the same stories, ids and reasons', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(cluster(rows).state())), JSON.parse(JSON.stringify(cluster(rows).state())));
    assert.deepEqual(cluster(rows).allStories(), cluster(rows).allStories());
  });

  test('a clusterer restored from its JSON state continues exactly as one that never stopped', () => {
    const whole = cluster(rows);
    const first = cluster(rows.slice(0, 3));
    const restored = StoryClusterer.fromState(JSON.parse(JSON.stringify(first.state())));
    for (const r of rows.slice(3)) restored.add(report(r));
    assert.deepEqual(restored.state(), whole.state());
    assert.deepEqual(restored.allStories(), whole.allStories());
  });

  test('bad input is refused with the report named', () => {
    const c = new StoryClusterer();
    const r = report(KARACHI_2014[0]);
    assert.throws(() => c.add({ ...r, published: '2014-02-30' }), (e: unknown) => isCorroborateError(e) && /report "afp-a": published "2014-02-30"/.test(e.message));
    c.add(r);
    assert.throws(() => c.add(r), /report "afp-a" was already added/);
    assert.throws(() => StoryClusterer.fromState({ ...c.state(), version: 1 as 2 }), /version 1 is not supported/);
  });
});

describe('parts', () => {
  test('independent sources: near-duplicate chains and one publisher count once', () => {
    const r = (articleId: string, publisher: string) => ({ articleId, publisher, published: '2014-04-24', units: [] });
    const reports = [r('a', 'Agence France-Presse'), r('b', 'Agence France Presse'), r('c', 'Dawn'), r('d', 'The News'), r('e', 'Geo TV')];
    assert.equal(independentSources(reports, new Map()), 4);
    assert.equal(independentSources(reports, new Map([['d', 'c']])), 3);
    assert.equal(independentSources(reports, new Map([['d', 'c'], ['e', 'd']])), 2);
  });

  test('type relations', () => {
    assert.equal(typeRelation('bombing', 'bombing'), 'same');
    assert.equal(typeRelation('claim-of-responsibility', 'bombing'), 'follow-up');
    assert.equal(typeRelation('attack', 'bombing'), 'compatible');
    // A protest one outlet calls a riot, an arson another calls an attack: one event told two ways.
    assert.equal(typeRelation('riot', 'protest'), 'compatible');
    assert.equal(typeRelation('property-destruction', 'attack'), 'compatible');
    assert.equal(typeRelation('protest', 'attack'), 'incompatible');
    assert.equal(typeRelation('agreement', 'bombing'), 'incompatible');
    assert.equal(typeRelation(null, 'bombing'), 'unknown');
  });

  test('headline words fold variants, number words and suffixes', () => {
    assert.deepEqual(headlineWords("Pak blast kills six in NW Pakistan's Khyber-Pakhtunkhwa"), ['pakistan', 'bomb', 'kill', '6', 'northwest', 'khyber']);
    assert.deepEqual(headlineWords('Pak-Afghan border: militants attacked'), ['pakistan', 'afghan', 'border', 'militant', 'attack']);
  });

  test('headline cues: toll updates, aftermaths, round-ups and operations; the figure of a rising toll', () => {
    assert.deepEqual(headlineCues('Quetta blast toll rises to 84'), ['update']);
    assert.deepEqual(headlineCues('Pak investigators believe LeJ behind Karachi bombing'), ['aftermath']);
    assert.deepEqual(headlineCues('IMU claims responsibility for suicide bombing in Quetta'), ['aftermath']);
    assert.deepEqual(headlineCues("Programme summary of Pakistan's AVT Khyber News 1600 gmt 29 Jan 13"), ['roundup']);
    assert.deepEqual(headlineCues('Pakistan funeral bomb kills 10, including MP: police'), [], 'a bomb at a funeral is an incident');
    assert.deepEqual(headlineCues('Air strikes kill 15 militants in Pak'), ['operation'], 'figures are skipped: "kill 15 militants" reads "kill militants"');
    assert.deepEqual(headlineCues('Nine militants killed in Pakistani army offensive'), ['operation']);
    assert.deepEqual(headlineCues('Militants kill six soldiers in NW Pakistan: officials'), [], 'militants killing soldiers is an attack, not an operation');
    assert.deepEqual(tollFigure('Death toll in Quetta attack rises to 91'), { value: 91, text: 'toll in Quetta attack rises to 91' });
    assert.equal(tollFigure('Death toll from marketplace bombs in Shiite-dominated region of northwest Pakistan now 57')?.value, 57);
    assert.equal(tollFigure('Bomb kills 9 in Quetta'), null);
  });

  test('place relations: a wire-copy region covers what lies near its middle, whatever the province', () => {
    const policy = { ...POLICY_GEOMETRY, threshold: 0, bias: 0, weights: {} } as MatchPolicy;
    const place = (id: string, name: string, kind: UnitPlace['kind'], admin1: string, lat: number, lon: number, precision: 1 | 2 | 3): UnitPlace => ({ id, name, kind, country: 'PK', admin1, lat, lon, precision });
    const northwest = place('region:northwest-pakistan', 'North-West Pakistan', 'region', 'Khyber Pakhtunkhwa', 33.6, 71.4, 3);
    const khyber = place('admin2:PK:khyber', 'Khyber', 'admin2', 'Federally Administered Tribal Areas', 34.02, 71.2, 2);
    const quetta = place('place:PK:quetta', 'Quetta', 'populated-place', 'Balochistan', 30.18, 67.0, 1);
    const peshawar = place('place:PK:peshawar', 'Peshawar', 'populated-place', 'Khyber Pakhtunkhwa', 34.01, 71.58, 1);
    assert.equal(placeRelation(northwest, khyber, policy).relation, 'region-covers');
    assert.equal(placeRelation(northwest, quetta, policy).relation, 'other-admin1');
    assert.equal(placeRelation(khyber, peshawar, policy).relation, 'near');
    assert.equal(placeRelation(quetta, quetta, policy).relation, 'same-spot');
    assert.equal(placeRelation(quetta, peshawar, policy).relation, 'other-admin1');

    // Features: only the same spot and a disagreement fire. The loose agreements (near, the same
    // province, a region covering the place) say nothing, but still outrank a disagreement.
    const unit = (articleId: string, p: UnitPlace): StoryUnit => ({
      key: `${articleId}#e1`, articleId, eventId: 'e1', publisher: `P ${articleId}`, published: '2013-05-13', arrival: 0,
      type: null, day: '2013-05-13', dayFrom: 'published', place: p, actors: [], counts: [], words: [], cues: [],
    });
    const placeKeys = (p: UnitPlace, members: UnitPlace[]) => {
      const units = members.map((m, i) => unit(`m${i}`, m));
      const story = { units, firstDay: dayNumber('2013-05-13')!, lastDay: dayNumber('2013-05-13')!, reports: units.length, maxKilled: null, words: new Map<string, number>() };
      return matchFeatures(unit('new', p), story, new WordFrequency(), policy)!.filter((f) => f.family === 'place').map((f) => f.key);
    };
    assert.deepEqual(placeKeys(quetta, [quetta]), ['place:same-spot']);
    assert.deepEqual(placeKeys(quetta, [peshawar]), ['place:other-admin1']);
    assert.deepEqual(placeKeys(peshawar, [khyber]), [], 'near');
    assert.deepEqual(placeKeys(khyber, [northwest]), [], 'a region covering it');
    assert.deepEqual(placeKeys(peshawar, [quetta, khyber]), [], 'one member elsewhere, one near: no disagreement');
  });

  test('actor features: a shared named actor, only generic ones, and named actors that differ', () => {
    const policy = { ...POLICY_GEOMETRY, threshold: 0, bias: 0, weights: {} } as MatchPolicy;
    const unit = (articleId: string, actors: string[]): StoryUnit => ({
      key: `${articleId}#e1`, articleId, eventId: 'e1', publisher: `P ${articleId}`, published: '2013-05-13', arrival: 0,
      type: null, day: '2013-05-13', dayFrom: 'published', place: null, actors, counts: [], words: [], cues: [],
    });
    const actorKeys = (mine: string[], theirs: string[][]) => {
      const units = theirs.map((a, i) => unit(`m${i}`, a));
      const story = { units, firstDay: dayNumber('2013-05-13')!, lastDay: dayNumber('2013-05-13')!, reports: units.length, maxKilled: null, words: new Map<string, number>() };
      return matchFeatures(unit('new', mine), story, new WordFrequency(), policy)!.filter((f) => f.family === 'actors').map((f) => f.key);
    };
    assert.deepEqual(actorKeys(['imu'], [['ttp'], ['imu']]), ['actors:specific']);
    assert.deepEqual(actorKeys(['imu', 'police:PK'], [['police:PK', 'ttp']]), ['actors:generic', 'actors:other-named']);
    assert.deepEqual(actorKeys(['imu'], [['police:PK']]), [], 'a named actor against generic ones only says nothing');
    assert.deepEqual(actorKeys(['police:PK'], [['ttp']]), []);
  });

  test('type features: a unit telling the generic attack against a story of a bombing is broader, a bombing against attacks narrower', () => {
    const policy = { ...POLICY_GEOMETRY, threshold: 0, bias: 0, weights: {} } as MatchPolicy;
    // Headlines of our own writing: one tells a bomb, the other only an attack.
    const bomb = unitsOf(report(['own-b', 'Own Wire', '2013-05-12', 'Bomb kills six in Quetta market']), 0)[0];
    const attack = unitsOf(report(['own-a', 'Own Paper', '2013-05-13', 'Militants attack police post in Quetta, five killed']), 1)[0];
    assert.deepEqual([bomb.type, attack.type], ['bombing', 'attack']);
    const typeKeys = (unit: StoryUnit, members: StoryUnit[]) => {
      const story = { units: members, firstDay: dayNumber('2013-05-12')!, lastDay: dayNumber('2013-05-13')!, reports: members.length, maxKilled: null, words: new Map<string, number>() };
      return matchFeatures(unit, story, new WordFrequency(), policy)!.filter((f) => f.family === 'type').map((f) => `${f.key} (${f.detail})`);
    };
    assert.deepEqual(typeKeys(attack, [bomb]), ['type:broader (attack and bombing: broader)']);
    assert.deepEqual(typeKeys(bomb, [attack]), ['type:narrower (bombing and attack: narrower)']);
    assert.deepEqual(typeKeys(bomb, [attack, { ...bomb, articleId: 'x', key: 'x#e1' }]), ['type:same (bombing and bombing: same)'], 'a member of its own type comes first');
    assert.deepEqual(typeKeys({ ...attack, type: 'kidnapping' }, [bomb]), ['type:compatible (kidnapping and bombing: compatible)'], 'two kinds of act, neither the generic one');
  });

  test('count features: an equal figure of five or more is told apart from an equal small one', () => {
    const policy = { ...POLICY_GEOMETRY, threshold: 0, bias: 0, weights: {} } as MatchPolicy;
    const unit = (articleId: string, killed: number[]): StoryUnit => ({
      key: `${articleId}#e1`, articleId, eventId: 'e1', publisher: `P ${articleId}`, published: '2013-05-13', arrival: 0,
      type: null, day: '2013-05-13', dayFrom: 'published', place: null, actors: [], words: [], cues: [],
      counts: killed.map((value) => ({ kind: 'killed', value, qualifier: 'exact', text: String(value) })),
    });
    const countKeys = (mine: number[], theirs: number[][]) => {
      const units = theirs.map((k, i) => unit(`m${i}`, k));
      const story = { units, firstDay: dayNumber('2013-05-13')!, lastDay: dayNumber('2013-05-13')!, reports: units.length, maxKilled: null, words: new Map<string, number>() };
      return matchFeatures(unit('new', mine), story, new WordFrequency(), policy)!.filter((f) => f.family === 'counts').map((f) => f.key);
    };
    assert.deepEqual(countKeys([9], [[9]]), ['counts:equal-5+']);
    assert.deepEqual(countKeys([2], [[2]]), ['counts:equal']);
    assert.deepEqual(countKeys([5], [[4]]), ['counts:close']);
    assert.deepEqual(countKeys([2], [[2], [40]]), ['counts:equal'], 'the best agreement any member offers');
    assert.deepEqual(countKeys([2, 9], [[2, 9]]), ['counts:equal-5+'], 'the larger equal figure outranks a small one');
    assert.deepEqual(countKeys([30], [[9]]), ['counts:different']);
  });

  test('training: labelled rows from the stories built, the same weights every time', () => {
    // The Quetta reports, with a Karachi bomb of the same days (another story), then the Karachi bomb of 2014.
    const other: Row = ['afp-k', 'Agence France Presse', '2013-05-13', "Bomb kills three in Pakistan's Karachi: police"];
    const rows = [QUETTA_2013[0], QUETTA_2013[1], other, ...QUETTA_2013.slice(2), ...KARACHI_2014];
    const gold = (id: string) => (QUETTA_2013.some((r) => r[0] === id) ? ['quetta'] : id === 'afp-k' ? ['karachi-2013'] : ['karachi-2014']);
    const reports = rows.map((r) => ({ report: report(r), gold: gold(r[0]) }));
    const first = trainStoryWeights(reports, { rounds: 2, l2: 0.01, minCount: 1, threshold: 0 });
    assert.ok(first.rows > 0 && first.positives > 0 && first.positives < first.rows);
    assert.ok(Object.keys(first.weights).length > 0);
    assert.deepEqual(trainStoryWeights(reports, { rounds: 2, l2: 0.01, minCount: 1, threshold: 0 }), first);
    assert.equal(first.background, null, 'no background asked for');
    // The background: how many training headlines use each word, words of one headline left out.
    const bg = trainStoryWeights(reports, { rounds: 1, l2: 0.01, minCount: 1, threshold: 0, backgroundWeight: 10 }).background!;
    assert.deepEqual([bg.reports, bg.weight], [rows.length, 10]);
    assert.equal(bg.df.quetta, 3);
    assert.equal(bg.df.karachi, 3);
    assert.equal(bg.df.uzbek, undefined);
  });

  test('the shipped model was fitted with the training options of the code (four rounds since session 17)', () => {
    // A change of STORY_TRAINING without `npm run train:stories` would ship weights the code no longer makes.
    const recorded = storyModel().training.options as Record<string, unknown>;
    assert.deepEqual(recorded, { ...STORY_TRAINING });
    assert.equal(recorded.rounds, 4);
  });

  test('training: dropped features get no weight (session 16)', () => {
    // The Quetta reports with a Karachi bomb of the same days (another story), as above.
    const other: Row = ['afp-k', 'Agence France Presse', '2013-05-13', "Bomb kills three in Pakistan's Karachi: police"];
    const reports = [QUETTA_2013[0], QUETTA_2013[1], other, ...QUETTA_2013.slice(2)].map((r) => ({ report: report(r), gold: [r === other ? 'karachi' : 'quetta'] }));
    const options = { rounds: 2, l2: 0.01, minCount: 1, threshold: 0 };
    const all = trainStoryWeights(reports, options);
    const [dropped, kept] = Object.keys(all.weights);
    assert.ok(dropped !== undefined && kept !== undefined, Object.keys(all.weights).join(' '));
    const without = trainStoryWeights(reports, { ...options, dropFeatures: [dropped] });
    assert.equal(without.weights[dropped], undefined);
    assert.ok(without.weights[kept] !== undefined);
  });

  test('date and cover steps that are features: no follow-up step at 2 days, no cover step at a half (session 16)', () => {
    const observed = (rows: readonly Row[]) => {
      const out: Array<{ article: string; keys: string[]; cover: number | null }> = [];
      const c = new StoryClusterer({}, {
        observe: ({ unit, candidates }) => {
          for (const x of candidates) {
            const m = /cover (\d+)%/.exec(x.features.map((f) => f.detail).join(' '));
            out.push({ article: unit.articleId, keys: x.features.map((f) => f.key), cover: m ? Number(m[1]) / 100 : null });
          }
        },
      });
      for (const r of rows) c.add(report(r));
      return out;
    };
    // The IMU claim, an aftermath headline, two days after the AFP report of the Quetta bomb.
    const claim = observed([QUETTA_2013[0], QUETTA_2013[2]]);
    assert.ok(claim.length > 0 && claim.every((r) => r.keys.includes('date:2+') && r.keys.includes('report:aftermath')), JSON.stringify(claim));
    assert.ok(claim.every((r) => !r.keys.some((k) => k.startsWith('follow-up&date:2'))), JSON.stringify(claim));
    // PTI's report of the Karachi bomb against AFP's, its words covered between a half and three
    // quarters (word rarity over these Karachi headlines and the IMU claim).
    const freq = new WordFrequency();
    const units = [...KARACHI_2014, QUETTA_2013[2]].map((r, i) => unitsOf(report(r), i)[0]);
    for (const u of units) freq.add(u.words);
    const [afp, , pti] = units;
    const story = { units: [afp], firstDay: dayNumber(afp.day)!, lastDay: dayNumber(afp.day)!, reports: 1, maxKilled: null, words: new Map(afp.words.map((w) => [w, 1])) };
    const cover = coverShare(pti.words, story.words, freq)!;
    assert.ok(cover >= 0.5 && cover < 0.75, String(cover));
    const policy = { ...POLICY_GEOMETRY, threshold: 0, bias: 0, weights: {} } as MatchPolicy;
    assert.deepEqual(matchFeatures(pti, story, freq, policy)!.filter((f) => f.key.startsWith('cover:')).map((f) => f.key), ['cover:0.25+']);
  });

  test('word rarity: a background makes common words common from the first report on', () => {
    const background = { reports: 100, weight: 10, df: { pakistan: 80, kill: 60, quetta: 3 } };
    const flat = new WordFrequency();
    const known = new WordFrequency(background);
    for (const f of [flat, known]) {
      f.add(['bomb', 'kill', '3', 'pakistan', 'karachi', 'police']);
      f.add(['5', 'kill', 'injur', 'suicide', 'attack', 'pakistan', 'quetta']);
    }
    // Two reports alone: with a flat prior every word looks about as rare as any other.
    assert.ok(flat.rarity('pakistan') > 0.75 * flat.rarity('karachi'));
    assert.ok(known.rarity('pakistan') < 0.25 * known.rarity('karachi'));
    assert.ok(known.rarity('kill') < known.rarity('quetta') && known.rarity('quetta') < known.rarity('karachi'));
    // The prior fades as real reports come: a word in every one of many reports is common either way.
    for (let i = 0; i < 200; i++) known.add(['quetta', `w${i}`]);
    assert.ok(known.rarity('quetta') < 0.1);
  });
});
