import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, type Analysis, type AttributionKind, type Certainty, type CueKind } from '../index.ts';

// Claims through the public analyze(): where a claim starts and ends, who it is attributed to,
// how certain it is and which cue says so. A sentence is split where an attribution starts in
// its middle; a month named "May" is not the modal "may"; an actor speaking about its own act is
// self-attributed.

const PUBLISHED = '2026-11-24';
const EXAMPLE = readFileSync(new URL('../../examples/kurram-report.txt', import.meta.url), 'utf8');

interface ExpectedClaim {
  text: string;
  start: number;
  end: number;
  kind: AttributionKind;
  certainty: Certainty;
  /** Every cue in the claim, in order: [kind, start, end, text]. */
  cues: Array<[CueKind, number, number, string]>;
}

interface Case {
  name: string;
  text: string;
  claims: ExpectedClaim[];
  todo?: string;
}

const cases: Case[] = [
  {
    name: '"X happened, and analysts fear that Y could happen" is two claims',
    text: 'Security forces killed four militants in Bannu, and analysts fear that the group could retaliate.',
    claims: [
      { text: 'Security forces killed four militants in Bannu', start: 0, end: 46, kind: 'unattributed', certainty: 'asserted', cues: [] },
      {
        text: 'analysts fear that the group could retaliate.',
        start: 52,
        end: 97,
        kind: 'expert',
        certainty: 'speculative',
        cues: [
          ['attribution', 52, 65, 'analysts fear'],
          ['speculation', 81, 86, 'could'],
        ],
      },
    ],
  },
  {
    name: 'a prediction and a fear by two sources in one sentence are two claims (example article)',
    text: 'Analysts expect more releases in the coming months, and some security sources fear that several of the freed men could join TTP cells in North Waziristan.',
    claims: [
      {
        text: 'Analysts expect more releases in the coming months',
        start: 0,
        end: 50,
        kind: 'expert',
        certainty: 'predicted',
        cues: [
          ['attribution', 0, 15, 'Analysts expect'],
          ['prediction', 30, 50, 'in the coming months'],
        ],
      },
      {
        text: 'some security sources fear that several of the freed men could join TTP cells in North Waziristan.',
        start: 56,
        end: 154,
        kind: 'anonymous',
        certainty: 'speculative',
        cues: [
          ['attribution', 56, 82, 'some security sources fear'],
          ['speculation', 113, 118, 'could'],
        ],
      },
    ],
  },
  {
    name: '"The ministry denied the report" is denied',
    text: 'The ministry denied the report.',
    claims: [
      {
        text: 'The ministry denied the report.',
        start: 0,
        end: 31,
        kind: 'official',
        certainty: 'denied',
        cues: [
          ['attribution', 0, 19, 'The ministry denied'],
          ['denial', 13, 19, 'denied'],
        ],
      },
    ],
  },
  {
    name: '"reportedly" hedges an unattributed claim',
    text: 'The Taliban has reportedly freed hundreds of fighters.',
    claims: [
      {
        text: 'The Taliban has reportedly freed hundreds of fighters.',
        start: 0,
        end: 54,
        kind: 'unattributed',
        certainty: 'hedged',
        cues: [['hedge', 16, 26, 'reportedly']],
      },
    ],
  },
  {
    name: '"is expected to" is a prediction',
    text: 'The curfew in Kurram is expected to be lifted on Friday.',
    claims: [
      {
        text: 'The curfew in Kurram is expected to be lifted on Friday.',
        start: 0,
        end: 56,
        kind: 'unattributed',
        certainty: 'predicted',
        cues: [['prediction', 21, 35, 'is expected to']],
      },
    ],
  },
  {
    name: '"may" the modal is speculative',
    text: 'Militants may target polling stations in Bannu.',
    claims: [
      {
        text: 'Militants may target polling stations in Bannu.',
        start: 0,
        end: 47,
        kind: 'unattributed',
        certainty: 'speculative',
        cues: [['speculation', 10, 13, 'may']],
      },
    ],
  },
  {
    name: '"May 2023" the month is not speculative, at the end of a sentence',
    text: 'Militants attacked a polling station in Bannu in May 2023.',
    claims: [{ text: 'Militants attacked a polling station in Bannu in May 2023.', start: 0, end: 58, kind: 'unattributed', certainty: 'asserted', cues: [] }],
  },
  {
    name: '"May 2023" the month is not speculative, at the start of a sentence',
    text: 'May 2023 was the deadliest month in Bannu.',
    claims: [{ text: 'May 2023 was the deadliest month in Bannu.', start: 0, end: 42, kind: 'unattributed', certainty: 'asserted', cues: [] }],
  },
  {
    name: 'the modal and the month in one sentence: only the modal is a cue',
    text: 'Officials said militants may have crossed into Kurram in May.',
    claims: [
      {
        text: 'Officials said militants may have crossed into Kurram in May.',
        start: 0,
        end: 61,
        kind: 'official',
        certainty: 'speculative',
        cues: [
          ['attribution', 0, 14, 'Officials said'],
          ['speculation', 25, 28, 'may'],
        ],
      },
    ],
  },
  {
    name: 'a heading is not a claim; the sentence after it is',
    text: 'Prisoners and Promises\nThe Taliban released 150 prisoners last week.',
    claims: [{ text: 'The Taliban released 150 prisoners last week.', start: 23, end: 68, kind: 'unattributed', certainty: 'asserted', cues: [] }],
  },
  {
    name: 'one source’s assertion and another’s denial are two claims',
    text: 'Police said the attackers fled, but officials later denied that any arrests had been made.',
    claims: [
      {
        text: 'Police said the attackers fled',
        start: 0,
        end: 30,
        kind: 'official',
        certainty: 'asserted',
        cues: [['attribution', 0, 11, 'Police said']],
      },
      {
        text: 'officials later denied that any arrests had been made.',
        start: 36,
        end: 90,
        kind: 'official',
        certainty: 'denied',
        cues: [
          ['attribution', 36, 58, 'officials later denied'],
          ['denial', 52, 58, 'denied'],
        ],
      },
    ],
  },
  {
    name: 'a short denial after ", but" is a claim of its own, not a post-posed attribution of the whole sentence',
    text: 'Police said the attackers fled, but officials denied it.',
    claims: [
      {
        text: 'Police said the attackers fled',
        start: 0,
        end: 30,
        kind: 'official',
        certainty: 'asserted',
        cues: [['attribution', 0, 11, 'Police said']],
      },
      {
        text: 'officials denied it.',
        start: 36,
        end: 56,
        kind: 'official',
        certainty: 'denied',
        cues: [
          ['attribution', 36, 52, 'officials denied'],
          ['denial', 46, 52, 'denied'],
        ],
      },
    ],
  },
  {
    name: 'a second source after a semicolon is a second claim',
    text: 'Residents said the market was shelled; officials denied any shelling.',
    claims: [
      {
        text: 'Residents said the market was shelled',
        start: 0,
        end: 37,
        kind: 'anonymous',
        certainty: 'asserted',
        cues: [['attribution', 0, 14, 'Residents said']],
      },
      {
        text: 'officials denied any shelling.',
        start: 39,
        end: 69,
        kind: 'official',
        certainty: 'denied',
        cues: [
          ['attribution', 39, 55, 'officials denied'],
          ['denial', 49, 55, 'denied'],
        ],
      },
    ],
  },
  {
    name: 'a post-posed source after a plain comma still covers the whole sentence',
    text: 'The attackers fled towards the border, officials said.',
    claims: [
      {
        text: 'The attackers fled towards the border, officials said.',
        start: 0,
        end: 54,
        kind: 'official',
        certainty: 'asserted',
        cues: [['attribution', 39, 53, 'officials said']],
      },
    ],
  },
];

function checkOffsets(a: Analysis): void {
  for (const c of a.claims) {
    assert.equal(a.text.slice(c.start, c.end), c.text, `claim ${c.id} text matches its offsets`);
    for (const cue of c.cues) {
      assert.equal(a.text.slice(cue.start, cue.end), cue.text, `cue "${cue.text}" matches its offsets`);
      assert.ok(c.start <= cue.start && cue.end <= c.end, `cue "${cue.text}" lies inside claim ${c.id}`);
    }
  }
}

describe('claim boundaries, attribution and certainty', () => {
  for (const c of cases) {
    test(c.name, c.todo ? { todo: c.todo } : {}, () => {
      const a = analyze(c.text, { published: PUBLISHED });
      assert.deepEqual(
        a.claims.map((x) => ({
          text: x.text,
          start: x.start,
          end: x.end,
          kind: x.attribution.kind,
          certainty: x.certainty,
          cues: x.cues.map((q) => [q.kind, q.start, q.end, q.text]),
        })),
        c.claims,
      );
      for (const e of c.claims) assert.equal(c.text.slice(e.start, e.end), e.text, 'the table’s offsets match its text');
      checkOffsets(a);
    });
  }

  test('the two halves of a split sentence are marked as split, and ids are in order', () => {
    const a = analyze('Security forces killed four militants in Bannu, and analysts fear that the group could retaliate.', {
      published: PUBLISHED,
    });
    assert.deepEqual(a.claims.map((c) => [c.id, c.rule]), [
      ['c1', 'claim:split-at-attribution'],
      ['c2', 'claim:split-at-attribution'],
    ]);
  });
});

describe('self-attribution', () => {
  test('a source speaking of two acts of its own is self once: the rule names the self-attribution once', () => {
    const a = analyze('The TTP claimed it attacked a checkpost in Bannu and kidnapped two policemen in Tank.', { published: PUBLISHED });
    assert.equal(a.claims.length, 1);
    const [claim] = a.claims;
    assert.equal(claim.events.length, 2, 'the attack and the kidnapping');
    assert.ok(a.events.every((e) => e.actors.some((r) => r.actor === 'ttp' && r.role === 'agent')));
    assert.equal(claim.attribution.kind, 'self');
    assert.equal(claim.rule, 'claim:sentence+self-attribution');
  });

  test('the example article: the Taliban’s release told by a spokesman for the Islamic Emirate is self', () => {
    const a = analyze(EXAMPLE, { published: PUBLISHED });
    checkOffsets(a);
    const claim = a.claims.find((c) => c.text.startsWith('Separately, the Taliban administration in Kabul released 150 prisoners'));
    assert.ok(claim, 'the release sentence is a claim');
    assert.equal(claim.text, 'Separately, the Taliban administration in Kabul released 150 prisoners last week, a spokesman for the Islamic Emirate said.');
    assert.equal(claim.attribution.kind, 'self');
    assert.equal(claim.attribution.source, 'a spokesman for the Islamic Emirate');
    const cueStart = a.text.indexOf('a spokesman for the Islamic Emirate said');
    assert.deepEqual(claim.attribution.cue, {
      start: cueStart,
      end: cueStart + 'a spokesman for the Islamic Emirate said'.length,
      text: 'a spokesman for the Islamic Emirate said',
    });
    assert.equal(claim.certainty, 'asserted');
    assert.equal(claim.rule, 'claim:sentence+self-attribution');
    const release = a.events.find((e) => claim.events.includes(e.id));
    assert.equal(release?.type, 'prisoner-release');
    assert.equal(release?.actors.find((r) => r.role === 'agent')?.actor, 'afghan-taliban');
    assert.equal(a.sourcing.self, 1);
  });

  test('the same sentence on its own is self', () => {
    const text = 'Separately, the Taliban administration in Kabul released 150 prisoners last week, a spokesman for the Islamic Emirate said.';
    const [claim] = analyze(text, { published: PUBLISHED }).claims;
    assert.deepEqual([claim.start, claim.end], [0, text.length]);
    assert.equal(claim.attribution.kind, 'self');
    assert.deepEqual(claim.attribution.cue, { start: 82, end: 122, text: 'a spokesman for the Islamic Emirate said' });
  });

  test('a source speaking about another actor’s act is not self', () => {
    const text = 'The TTP attacked a police post in Bannu, a spokesman for the Islamic Emirate said.';
    const [claim] = analyze(text, { published: PUBLISHED }).claims;
    assert.notEqual(claim.attribution.kind, 'self');
  });

  test('"The TTP claimed responsibility for the attack, its spokesman said" is self', {
  }, () => {
    const text = 'The TTP claimed responsibility for the attack, its spokesman said.';
    const a = analyze(text, { published: PUBLISHED });
    const [claim] = a.claims;
    assert.deepEqual([claim.start, claim.end], [0, text.length]);
    assert.equal(claim.attribution.kind, 'self');
    // The claim of responsibility is the event (docs/taxonomy.md): the group is its agent, and
    // "the attack" it refers to makes no second event.
    assert.equal(claim.attribution.source, 'TTP');
    assert.deepEqual(claim.attribution.cue, { start: 4, end: 30, text: 'TTP claimed responsibility' });
    assert.equal(claim.certainty, 'asserted', '"claimed" in "claimed responsibility" does not hedge');
    assert.deepEqual(a.events.map((e) => [e.type, e.trigger.text, e.claim]), [['claim-of-responsibility', 'claimed responsibility', claim.id]]);
    assert.deepEqual(a.events[0].actors.map((r) => [r.actor, r.role, r.inferred]), [['ttp', 'agent', false]]);
  });

  test('"The TTP claimed responsibility for the attack." on its own is self, with the group as source', () => {
    const text = 'The TTP claimed responsibility for the attack.';
    const a = analyze(text, { published: PUBLISHED });
    const [claim] = a.claims;
    assert.equal(claim.attribution.kind, 'self');
    assert.equal(claim.attribution.source, 'TTP');
    assert.deepEqual(a.events.map((e) => e.type), ['claim-of-responsibility']);
  });

  test('"No group has claimed responsibility" is no claim of responsibility and no event', () => {
    const text = 'No group has claimed responsibility for the blast.';
    const a = analyze(text, { published: PUBLISHED });
    const [claim] = a.claims;
    assert.equal(claim.attribution.kind, 'unattributed');
    assert.equal(claim.certainty, 'asserted');
    assert.deepEqual(a.events, []);
  });
});

test('"…, while the Afghan side has denied sheltering militants" is a claim of its own, the other government\'s denial', () => {
  const a = analyze(EXAMPLE, { published: '2026-11-24' });
  const side = a.claims.find((c) => c.text.startsWith('the Afghan side'));
  assert.ok(side, a.claims.map((c) => c.text).join(' | '));
  assert.deepEqual([side.attribution.kind, side.attribution.source, side.certainty], ['official', 'the Afghan side', 'denied']);
  const minister = a.claims.find((c) => c.text.startsWith('Interior Minister Kamran Hayat'));
  // "said the government would not allow …": no denial, the minister's reported future (session 15, news22).
  assert.equal(minister?.certainty, 'predicted', 'the minister\'s own statement is no denial');
});

test('the hedge model does not judge what an official statement or a media report states', () => {
  const a = analyze(
    'According to a statement issued by the Inter-Services Public Relations (ISPR), the convoy came under fire from multiple directions near the Pak-Iran border. Some people believe the convoy was betrayed.',
    { published: '2026-11-26' },
  );
  assert.deepEqual(a.claims.map((c) => [c.attribution.kind, c.certainty]), [
    ['official', 'asserted'],
    ['anonymous', 'hedged'],
  ]);
  assert.equal(a.claims[0].certaintyModel, undefined);
});

test('the hedge model does not judge what a named holder of an office states, nor (since session 15, news22) what a named group states', () => {
  const a = analyze(
    'Foreign Office spokesperson Mumtaz Zahra Baloch told a weekly briefing in Islamabad that Pakistan had shared "concrete evidence" with the interim Afghan government on several occasions. ' +
      'In a message posted on Telegram, the Balochistan Liberation Army said its fighters had targeted the convoy near Gwadar and killed several Chinese nationals.',
    { published: '2026-11-26' },
  );
  assert.deepEqual(a.claims.map((c) => [c.attribution.kind, c.certainty, c.certaintyModel === undefined]), [
    ['named', 'asserted', true],
    // "its fighters" are the BLA's (session 18, news36): the BLA tells its own act.
    ['self', 'asserted', true],
  ]);
});

describe('session 14 (news16): inner denials, compiled figures, contested charges, accusations that go on', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty]);

  test('"Officials said the Taliban denied …": the outer source reports the inner denial, one claim wherever the inner source starts', () => {
    for (const denier of ['the Taliban', 'the Afghan Taliban']) {
      const text = `Officials said ${denier} denied any role in the attack.`;
      assert.deepEqual(claimsOf(text), [[text, 'official', 'Officials', 'denied']]);
    }
  });

  test('"Figures compiled by X show …": the compiler is the source', () => {
    const text = 'Figures compiled by the Human Rights Commission of Pakistan show that 312 people were killed in the province this year.';
    assert.deepEqual(claimsOf(text)[0].slice(1, 3), ['named', 'the Human Rights Commission of Pakistan']);
    assert.deepEqual(claimsOf('A tally by Reuters shows at least 48 people have died.')[0].slice(1, 3), ['media', 'Reuters']);
  });

  test('", a charge the government denies": the denier contests the claim and is not its source; the accusation stays the accuser\'s', () => {
    // Session 23 (news66): the apposition is the denier's own claim; the accusation before it
    // keeps its accuser and the accusation's hedge (it was one claim, the accuser's, denied).
    const [, accused, denial] = claimsOf(
      'Baloch separatists have been waging an insurgency for two decades. They accuse Islamabad of exploiting the province\'s resources, a charge the government denies.',
    );
    assert.deepEqual(accused.slice(1), ['named', 'Baloch separatists', 'hedged']);
    assert.deepEqual(denial, ['a charge the government denies.', 'official', 'the government', 'denied']);
    // (Session 23: "The group" with no group named before it speaks unnamed: anonymous, and its
    // accusation hedged.)
    assert.deepEqual(claimsOf('The group accused the army of killing civilians, an allegation the military rejected.'), [
      ['The group accused the army of killing civilians', 'anonymous', 'The group', 'hedged'],
      ['an allegation the military rejected.', 'official', 'the military', 'denied'],
    ]);
  });

  test('an accusation opening the sentence does not hedge what its source goes on to say', () => {
    assert.deepEqual(claimsOf('Police accused the BLA of planting the bomb and said four people were killed.'), [
      ['Police accused the BLA of planting the bomb', 'official', 'Police', 'hedged'],
      ['said four people were killed.', 'official', 'Police', 'asserted'],
    ]);
    assert.deepEqual(claimsOf('The military accused India of backing the attackers, saying 12 soldiers were killed in the raid.').map((c) => c[3]), [
      'hedged',
      'asserted',
    ]);
  });
});

describe('session 14 (news16): sourcing in press conferences, debates, tolls, leaks and fact-checks', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);
  const one = (text: string) => {
    const cs = claimsOf(text);
    assert.equal(cs.length, 1, JSON.stringify(cs));
    return cs[0].slice(1);
  };

  test('a reporter\'s question before the answer is part of the answer\'s claim', () => {
    assert.deepEqual(
      one('When asked whether Afghan forces had fired on Pakistani posts near Angoor Adda last week, the minister said the incident was a local misunderstanding.'),
      ['official', 'the minister', 'asserted'],
    );
    assert.deepEqual(one('Asked about reports that the Taliban had detained two Pakistani traders in Khost, the minister said he had no information.'), [
      'official',
      'the minister',
      'asserted',
    ]);
  });

  test('a pronoun speaking after a source earlier in its sentence is that source, and "what he described as" opens no claim', () => {
    const [, chaudhry, ...rest] = claimsOf(
      'The interior ministry said the fence was 80 percent complete. ' +
        'Interior Minister Tariq Fazal Chaudhry said the fence would be completed by March, despite what he described as repeated attempts by militants to damage it.',
    );
    assert.deepEqual(rest, []);
    // "said the fence would be completed by March": a reported future (session 15, news22).
    assert.deepEqual(chaudhry.slice(1), ['named', 'Interior Minister Tariq Fazal Chaudhry', 'predicted']);
  });

  test('a denial opening the sentence does not deny what its source goes on to say', () => {
    assert.deepEqual(
      claimsOf('The Punjab government denied that any political worker had been detained and said those arrested were wanted in criminal cases.').map((c) => c[3]),
      ['denied', 'asserted'],
    );
    assert.deepEqual(
      claimsOf('Law Minister Azam Nazeer Tarar rejected the allegation, telling the house that the opposition had not produced a single piece of evidence.').map((c) => [c[0], c[3]]),
      [
        ['Law Minister Azam Nazeer Tarar rejected the allegation', 'denied'],
        ['telling the house that the opposition had not produced a single piece of evidence.', 'asserted'],
      ],
    );
  });

  test('what accusers did after "and" is told, not accused; an "alleged that" clause keeps its "and"', () => {
    assert.deepEqual(claimsOf('Assailants accused two civilians of adultery and stoned them to death in Mohammad Agha, Logar, Afghanistan.'), [
      ['Assailants accused two civilians of adultery', 'anonymous', 'Assailants', 'hedged'],
      ['stoned them to death in Mohammad Agha, Logar, Afghanistan.', 'unattributed', null, 'asserted'],
    ]);
    assert.equal(claimsOf('Mayendit authorities alleged that militia from Leer county torched Rubkuay village and killed two women.').length, 1);
  });

  test('a claim cut before a source in a subordinate clause drops the dangling "after"', () => {
    const [first] = claimsOf(
      'Opposition members staged a walkout from the National Assembly on Thursday after Law Minister Azam Nazeer Tarar rejected allegations that the government had rigged the vote.',
    );
    assert.equal(first[0], 'Opposition members staged a walkout from the National Assembly on Thursday');
  });

  test('an office of a place or of a body the lexicon does not know speaks', () => {
    assert.deepEqual(one('The deputy commissioner of Upper Kohistan said the bus was travelling from Rawalpindi to Gilgit.'), [
      'official',
      'The deputy commissioner of Upper Kohistan',
      'asserted',
    ]);
    assert.deepEqual(one('A spokesman for Rescue 1122, Bilal Faizi, said its teams had recovered 17 bodies.'), [
      'named',
      'A spokesman for Rescue 1122, Bilal Faizi',
      'asserted',
    ]);
  });

  test('longer and compound source phrases: "Residents of the nearby village of X", "the provincial highways authority", a list of sources', () => {
    assert.deepEqual(one('Residents of the nearby village of Shatial said they had heard a loud crash.'), [
      'anonymous',
      'Residents of the nearby village of Shatial',
      'asserted',
    ]);
    assert.deepEqual(one('According to figures compiled by the provincial highways authority, more than 150 people died on the highway last year.').slice(0, 2), [
      'official',
      'the provincial highways authority',
    ]);
    assert.deepEqual(one('According to the assembly secretariat, 11 members spoke during the debate.').slice(0, 2), ['official', 'the assembly secretariat']);
    assert.deepEqual(one('Afghan officials, residents of Kabul and journalists based in the city have reported no air strikes in the capital.').slice(0, 2), [
      'official',
      'Afghan officials, residents of Kabul and journalists based in the city',
    ]);
    assert.deepEqual(one('A US State Department official, asked about the weapons, said Washington was aware of the reports.').slice(0, 2), [
      'official',
      'A US State Department official',
    ]);
  });

  test('a document speaks, not whoever saw it; "a ... report seen by" is the report', () => {
    assert.deepEqual(one('An intelligence assessment reviewed by this newspaper also says that two of the attackers had travelled from Afghanistan.').slice(0, 2), [
      'official',
      'An intelligence assessment',
    ]);
    assert.deepEqual(one('Militants were armed with rifles left behind by US forces, according to a confidential military report seen by this newspaper.').slice(0, 2), [
      'official',
      'a confidential military report',
    ]);
    assert.deepEqual(one('Documents obtained by Reuters earlier this year showed that abandoned weapons had been sold in Kandahar.').slice(0, 2), [
      'anonymous',
      'Documents',
    ]);
  });

  test('a fact-check\'s verdicts deny; a failed check, a refused entry and an added label do not', () => {
    assert.equal(one('Claims circulating on social media that a video shows Pakistani jets bombing Kabul this week are false.')[2], 'denied');
    assert.equal(one('A second claim, that the Taliban shot down a Pakistani jet near Jalalabad on Sunday, is also misleading.')[2], 'denied');
    assert.equal(one('A US official said Washington was aware of the reports but could not confirm the specific findings.')[2], 'asserted');
    const [, network] = claimsOf(
      'Independent observers from the Free and Fair Election Network said voting was peaceful. The network said its observers were denied access to 37 polling stations.',
    );
    assert.deepEqual(network.slice(1), ['expert', 'Independent observers from the Free and Fair Election Network', 'asserted']);
    const [, meta] = claimsOf('Usama Khilji said such videos spread quickly. Meta said it had added a warning label to some posts containing the video.');
    // Since session 15 "Meta" opening the sentence is a source (a lone name); "added" is still no report of its own.
    assert.deepEqual(meta.slice(1, 3), ['named', 'Meta']);
    assert.deepEqual(
      analyze('Meta said it had added a warning label to some posts containing the video.', { published: '2026-11-27' }).claims[0].cues.map((c) => c.text),
      ['Meta said'],
    );
  });
});

describe('session 15 (news18): interviews, live blogs, wire roundups, opinion and a militant statement', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);
  const one = (text: string) => {
    const cs = claimsOf(text);
    assert.equal(cs.length, 1, JSON.stringify(cs));
    return cs[0].slice(1);
  };

  test('a headline\'s second verb after a comma is a claim of the same source', () => {
    assert.deepEqual(claimsOf('Taliban deny role, say attack was internal.'), [
      // (news44) denying its own role, the Taliban speak of their own part: self; what they go on to say is official.
      ['Taliban deny role', 'self', 'Taliban', 'denied'],
      ['say attack was internal.', 'official', 'Taliban', 'asserted'],
    ]);
    assert.deepEqual(
      claimsOf('Interior minister says fence will be finished by March, rejects claims of delays.').map((c) => c[3]),
      ['predicted', 'denied'],
    );
  });

  test('a refusal to tell is not hedged by the model for its "how many"', () => {
    assert.deepEqual(one('Khattak declined to say how many officers had been disciplined for abandoning their posts during the attacks.'), [
      'unattributed',
      null,
      'asserted',
    ]);
  });

  test('a source expecting someone to act makes a demand, not a prediction; "analysts expect" still predicts', () => {
    assert.deepEqual(one('Pakistan expected the interim Afghan government to act against the militants.'), ['official', 'Pakistan', 'asserted']);
    assert.equal(one('The US expects Pakistan to do more against militant sanctuaries.')[2], 'asserted');
    assert.equal(one('Analysts expect the Taliban to launch a spring offensive.')[2], 'predicted');
  });

  test('a possibility the law provides is no speculation', () => {
    assert.equal(one('The results could be challenged before election tribunals.')[2], 'asserted');
    assert.equal(one('Those convicted could be jailed for up to 10 years.')[2], 'asserted');
    assert.equal(one('The death toll could rise, hospital officials warned.')[2], 'speculative');
  });

  test('an acronym before an office or a source noun belongs to the source', () => {
    assert.deepEqual(one('PTI lawmaker Sher Afzal Marwat said the party would boycott the session.').slice(0, 2), ['named', 'PTI lawmaker Sher Afzal Marwat']);
    assert.deepEqual(one('Mobile internet service remains suspended in Zhob, a PTA spokesperson said.').slice(0, 2), ['official', 'a PTA spokesperson']);
  });

  test('a lone name the gazetteers do not know speaks when it opens the sentence before a reporting verb', () => {
    assert.deepEqual(one('Meta said it had removed the accounts.').slice(0, 2), ['named', 'Meta']);
    assert.deepEqual(one('Others said the fence would not stop the attacks.').slice(0, 2), ['unattributed', null]);
  });

  test('a fact-check\'s verdict line denies or hedges', () => {
    assert.equal(one('Verdict: False.')[2], 'denied');
    assert.equal(one('Rating: Misleading.')[2], 'denied');
    assert.equal(one('Verdict: Unproven.')[2], 'hedged');
    assert.equal(one('Earlier reports of a hostage situation were incorrect, the ISPR said.')[2], 'denied');
  });

  test('critics, a participle in commas, "are reporting", a document read out', () => {
    assert.deepEqual(one('Police, acting on a tip-off, said they had arrested three suspects.').slice(0, 2), ['official', 'Police']);
    assert.deepEqual(one('Critics say the police are poorly equipped.').slice(0, 2), ['anonymous', 'Critics']);
    assert.deepEqual(one('Local television channels are reporting that two soldiers have been killed.').slice(0, 2), ['media', 'Local television channels']);
    assert.deepEqual(one('The statement, read on air by a military spokesman, said dozens of assailants were also killed.').slice(0, 2), ['official', 'The statement']);
    // A bare participle after a name reports nothing (ACLED).
    assert.equal(
      claimsOf('Students held a protest at the headquarters of the National Autonomous University of Mexico (UNAM) reporting irregularities on their campus.').length,
      1,
    );
  });

  test('a live blog\'s time stamp is no part of the clause', () => {
    assert.deepEqual(claimsOf('09:40 PKT - A police official in Zhob said at least four attackers had entered the compound.'), [
      ['09:40 PKT - A police official in Zhob said at least four attackers had entered the compound.', 'official', 'A police official in Zhob', 'asserted'],
    ]);
    assert.deepEqual(one('10:42 am: The ISPR says security forces have cornered the remaining attackers.').slice(0, 2), ['official', 'The ISPR']);
  });

  test('a source at the end told "our reporter"; sources joined by "and" at the end speak together', () => {
    assert.deepEqual(one('Heavy gunfire has been heard near the main gate of the Zhob cantonment, residents told our reporter by telephone.').slice(0, 2), [
      'anonymous',
      'residents',
    ]);
    assert.deepEqual(one('Suspected jihadists killed at least 27 villagers in central Mali on Tuesday, local officials and a security source said.').slice(0, 2), [
      'official',
      'local officials and a security source',
    ]);
  });

  test('a source whose phrase holds another source with its phrase: "Doctors at the … Hospital in Zhob"', () => {
    assert.deepEqual(one('Doctors at the District Headquarters Hospital in Zhob said nine wounded people had been brought in.').slice(0, 2), [
      'anonymous',
      'Doctors at the District Headquarters Hospital in Zhob',
    ]);
  });

  test('a group named by an apposition, by "calling itself", and "the group\'s spokesman"', () => {
    assert.deepEqual(
      one('The Tehreek-e-Jihad Pakistan, a little-known group, has claimed responsibility for the attack in a message to journalists.').slice(0, 2),
      ['self', 'The Tehreek-e-Jihad Pakistan, a little-known group'],
    );
    assert.deepEqual(
      one('A militant group calling itself Ittehad-ul-Mujahideen Pakistan said on Thursday that its fighters had killed dozens of soldiers.').slice(0, 2),
      ['named', 'A militant group calling itself Ittehad-ul-Mujahideen Pakistan'],
    );
    const [, saree] = claimsOf(
      'Yemen\'s Houthis said they had shot down a drone. The group\'s military spokesman, Yahya Saree, said in a televised address that the drone was hit by a missile.',
    );
    assert.deepEqual(saree.slice(0, 3), [
      'The group\'s military spokesman, Yahya Saree, said in a televised address that the drone was hit by a missile.',
      'named',
      'The group\'s military spokesman, Yahya Saree',
    ]);
    assert.deepEqual(
      one('The Afghan Taliban\'s spokesman, Zabihullah Mujahid, rejected Pakistan\'s suggestion that the attack was planned in Afghanistan.').slice(0, 2),
      ['named', 'The Afghan Taliban\'s spokesman, Zabihullah Mujahid'],
    );
  });

  test('"he" stands for a person and "it" for no person; a condemnation is a statement', () => {
    const [, naqvi] = claimsOf(
      'Analysts believe the group is a front for the TTP. Interior Minister Mohsin Naqvi has condemned the attack. "Those who planned this will be hunted down," he wrote on X.',
    ).slice(1);
    assert.deepEqual(naqvi.slice(1, 3), ['named', 'Interior Minister Mohsin Naqvi']);
    const [, , it] = claimsOf('Residents said they heard firing. One resident said that helicopters were seen at dawn. It said civilians should stay away from convoys.');
    assert.deepEqual(it.slice(1, 3), ['unattributed', null]);
    // An office's acronym is a body: "it" may stand for the ISPR.
    const [, ispr] = claimsOf('Five militants were killed in Tank, the ISPR said. It said weapons were recovered from the militants.');
    assert.deepEqual(ispr.slice(1, 3), ['official', 'the ISPR']);
  });

  test('an interview\'s answers are the interviewee\'s, and a quotation going on keeps its speaker', () => {
    const cs = claimsOf(
      'Interview with KP Home Minister Arshad Khattak\n\n' +
        'Q: How many police officers have been killed this year?\n\n' +
        'A: We have lost 143 policemen since January. Most of them were killed in Bannu.\n\n' +
        'Q: Is the provincial government talking to the TTP?\n\n' +
        'A: There are no talks.',
    );
    assert.deepEqual(
      cs.map((c) => [c[1], c[2]]),
      [
        ['unattributed', null],
        ['named', 'KP Home Minister Arshad Khattak'],
        ['named', 'KP Home Minister Arshad Khattak'],
        ['unattributed', null],
        ['named', 'KP Home Minister Arshad Khattak'],
      ],
    );
    const [, quote, next] = claimsOf(
      'The TTP posted a statement. "Our mujahideen attacked the post from three sides," the TTP said. "More than 30 soldiers were killed and their weapons were seized." Officials denied the figure.',
    );
    assert.deepEqual(quote.slice(1, 2), next.slice(1, 2));
    assert.notEqual(next[1], 'unattributed');
  });

  test('a group\'s news agency is the group; "the group" further on is the one group that spoke, and "it" after it', () => {
    assert.deepEqual(one('The Islamic State\'s Amaq news agency said the fighters had killed 12 soldiers.').slice(0, 2), [
      'named',
      'The Islamic State\'s Amaq news agency',
    ]);
    const cs = claimsOf(
      'A militant group calling itself Ittehad-ul-Mujahideen Pakistan said its fighters had raided a post. ' +
        'The claims could not be independently verified. Access to the area is restricted. ' +
        'Residents said they had heard heavy firing. ' +
        'The group also warned that more attacks would follow. It said civilians should stay away from military convoys.',
    );
    assert.deepEqual(
      cs.slice(-2).map((c) => [c[1], c[2]]),
      [
        ['named', 'A militant group calling itself Ittehad-ul-Mujahideen Pakistan'],
        ['named', 'A militant group calling itself Ittehad-ul-Mujahideen Pakistan'],
      ],
    );
  });

  test('a source that did not rule something out speaks, and speculates; "ruled out" still denies', () => {
    assert.deepEqual(one('The minister did not rule out an operation in the south.'), ['official', 'The minister', 'speculative']);
    assert.deepEqual(one('The army has not ruled out the involvement of foreign hands.'), ['official', 'The army', 'speculative']);
    assert.deepEqual(one('Police ruled out sabotage.'), ['official', 'Police', 'denied']);
  });

  test('opinion: "in all likelihood" hedges, "it is not inconceivable" and "one cannot rule out" speculate', () => {
    assert.equal(one('In all likelihood, the talks in Doha will produce another joint statement and little else.')[2], 'predicted');
    assert.equal(one('In all likelihood, the talks in Doha produced nothing.')[2], 'hedged');
    assert.equal(one('It is not inconceivable that the Taliban move some TTP commanders away from the border.')[2], 'speculative');
    assert.equal(one('One cannot rule out a more serious crackdown.')[2], 'speculative');
  });
});

describe('session 15 (news20): a headline\'s source after a colon, a denial "as baseless", a credit line', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);

  test('a headline ending with its source after a colon is that source\'s; headlines joined by ";" each keep their own', () => {
    assert.deepEqual(claimsOf('Rockets kill four at a market in Parachinar: officials;Three more bodies found near Kurram bazaar;Curfew lifted in Kurram: police'), [
      ['Rockets kill four at a market in Parachinar: officials', 'official', 'officials', 'asserted'],
      ['Three more bodies found near Kurram bazaar', 'unattributed', null, 'asserted'],
      ['Curfew lifted in Kurram: police', 'official', 'police', 'asserted'],
    ]);
    assert.deepEqual(claimsOf('Four militants killed in raid near Tank: ISPR;Checkpost attacked in Lakki Marwat, two soldiers hurt: ISPR'), [
      ['Four militants killed in raid near Tank: ISPR', 'official', 'ISPR', 'asserted'],
      ['Checkpost attacked in Lakki Marwat, two soldiers hurt: ISPR', 'official', 'ISPR', 'asserted'],
    ]);
  });

  test('a wire\'s dash after a space gives a headline\'s source too; a source of one headline is not another\'s', () => {
    assert.deepEqual(claimsOf('Army denies role in Turbat killings - report;At least 12 killed in Turbat bus attack - minister;Bus passengers shot dead in Kech -police;Protest blocks Makran highway'), [
      ['Army denies role in Turbat killings - report', 'official', 'Army', 'denied'],
      ['At least 12 killed in Turbat bus attack - minister', 'official', 'minister', 'asserted'],
      ['Bus passengers shot dead in Kech -police', 'official', 'police', 'asserted'],
      ['Protest blocks Makran highway', 'unattributed', null, 'asserted'],
    ]);
  });

  test('a name after a colon in prose, or in a list of glosses, is no headline source', () => {
    // Its certainty is the hedge model's call, not this test's matter: session 17's retrain scores
    // it 0.46 against a threshold of 0.45 (hedged); the model before scored it under 0.5 (asserted).
    assert.deepEqual(claimsOf('The blast was claimed by one group: the TTP.').map((c) => c.slice(0, 3)), [['The blast was claimed by one group: the TTP.', 'unattributed', null]]);
    assert.deepEqual(claimsOf('The attack was condemned by one man: Bugti.'), [['The attack was condemned by one man: Bugti.', 'unattributed', null, 'asserted']]);
  });

  test('a source describing or terming what it speaks of as propaganda, baseless or lies denies it', () => {
    assert.deepEqual(claimsOf("A Taliban spokesman described the group's casualty figures as 'pure propaganda'."), [
      ["A Taliban spokesman described the group's casualty figures as 'pure propaganda'.", 'official', 'A Taliban spokesman', 'denied'],
    ]);
    assert.deepEqual(claimsOf('The Foreign Office termed the allegations of cross-border shelling unfounded.'), [
      ['The Foreign Office termed the allegations of cross-border shelling unfounded.', 'official', 'The Foreign Office', 'denied'],
    ]);
    assert.equal(claimsOf('The BLA described the report as nothing but propaganda.')[0][3], 'denied');
    assert.equal(claimsOf('The ISPR dismissed the claims as baseless.')[0][3], 'denied');
    // A judgement that dismisses nothing, or a dismissive word that is no judgement.
    assert.equal(claimsOf('Interior Minister Mohsin Naqvi described the attack as cowardly.')[0][3], 'asserted');
    assert.equal(claimsOf('Police described the propaganda leaflets as crude.')[0][3], 'asserted');
  });

  test('a wire\'s credit line is no claim', () => {
    const body = 'Police said two militants were killed in a raid in Bannu.\n\n';
    const only = [['Police said two militants were killed in a raid in Bannu.', 'official', 'Police', 'asserted']];
    assert.deepEqual(claimsOf(body + '(Reporting by Mushtaq Ali in Peshawar and Gibran Peshimam in Islamabad; Writing by Ariba Shahid; Editing by Kim Coghill)'), only);
    assert.deepEqual(claimsOf(body + 'Reporting by Asif Shahzad; compiled by Saud Mehsud.'), only);
    assert.deepEqual(claimsOf(body + 'Additional reporting by Jibran Ahmad in Peshawar, editing by Nick Macfie.'), only);
    // "Reporting by" opening a clause of its own is a claim.
    assert.deepEqual(claimsOf('Reporting by officials suggests the toll is higher.'), [['Reporting by officials suggests the toll is higher.', 'official', 'officials', 'hedged']]);
  });
});

describe('session 15 (news22): a reported future, a modal before "rule out", a militant group\'s own claim', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);
  const one = (text: string) => {
    const cs = claimsOf(text);
    assert.equal(cs.length, 1, JSON.stringify(cs));
    return cs[0].slice(1);
  };

  test('"would" + a verb after a verb of saying is the source\'s prediction; a counterfactual, a habit, a wish or a refusal is not', () => {
    assert.deepEqual(one('The TTP warned that more attacks would follow.'), ['self', 'TTP', 'predicted']);
    assert.deepEqual(one('Officials said the Torkham crossing would reopen on Monday.'), ['official', 'Officials', 'predicted']);
    assert.deepEqual(one('The spokesman told reporters the group would never surrender its weapons.'), ['official', 'The spokesman', 'predicted']);
    assert.deepEqual(one('The minister said talks would not resume until the attacks stopped.'), ['official', 'The minister', 'predicted']);
    assert.deepEqual(one('Doctors said the driver would have died if the guards had not pulled him out.'), ['anonymous', 'Doctors', 'asserted']);
    assert.deepEqual(one('Residents said the commander would often visit the shrine at night.'), ['anonymous', 'Residents', 'asserted']);
    assert.deepEqual(one('The governor said he would like to see the road rebuilt.')[2], 'asserted');
    // A verb of saying inside a relative clause has no reported clause after it: "claims" hedges, "would" predicts nothing.
    assert.equal(claimsOf('The cabinet approved the plan, which the minister claims would create 5,000 jobs in Gwadar.')[1][3], 'hedged');
    // A verb of saying in a subordinate clause reports a detail of the fact the sentence tells, no prediction.
    assert.deepEqual(claimsOf('The gunman robbed the driver after telling him that he would take him to Quetta.').map((c) => c[3]), ['asserted']);
    assert.deepEqual(claimsOf('The senator voted for the bill even though he announced that he would oppose it.').map((c) => c[3]), ['asserted']);
    // No verb of saying before it: a "would" of the writer's own stays no cue.
    assert.equal(claimsOf('Such an outcome would be politically costly for the government.')[0][3], 'asserted');
  });

  test('a named group\'s own statement is not judged by the hedge model, as an official\'s is not', () => {
    assert.deepEqual(one('The TTP claimed responsibility and said its fighters killed 12 soldiers in several attacks across the district.'), ['self', 'TTP', 'asserted']);
    // (Since session 18, news36, "its fighters" are the BLA's, so the BLA tells its own act: self.)
    assert.deepEqual(one('The BLA said its fighters had killed many soldiers in the attack.'), ['self', 'BLA', 'asserted']);
    // A person named who is no known actor, and whom the text ties to no group, is still judged
    // ("Zabihullah Mujahid said", a spokesperson of the lexicon, is the Taliban's since session 16).
    assert.deepEqual(one('Ahmad Gulzar said many civilians were among the dead.'), ['named', 'Ahmad Gulzar', 'hedged']);
  });

  test('a modal before a negated "rule out" keeps the source, which speculates', () => {
    assert.deepEqual(one('Officials could not rule out sabotage at the depot.'), ['official', 'Officials', 'speculative']);
    assert.deepEqual(one('The army cannot rule out a second attack on the convoy.'), ['official', 'The army', 'speculative']);
    assert.deepEqual(one("Police can't rule out more arrests in Kohat."), ['official', 'Police', 'speculative']);
    assert.deepEqual(one('The minister would not rule out an operation in Tirah.'), ['official', 'The minister', 'speculative']);
    // A modal before a verb that is not a negated "rule out" still reports nothing.
    assert.deepEqual(one('Police could not say how many were wounded.')[0], 'unattributed');
  });
});

describe('session 16 (news24): a habit, a parenthetical before "would", a spokesperson by name, a headline\'s group spokesman', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);
  const judged = (text: string) => analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.attribution.source, c.certainty, c.certaintyModel !== undefined] as const);

  test('a habitual "would" (a frequency in the reported clause) is no prediction; a habit from a time to come still is', () => {
    const certainties = (text: string) => claimsOf(text).map((c) => c[3]);
    assert.deepEqual(certainties('Residents said the commander would visit the shrine every Friday.'), ['asserted']);
    assert.deepEqual(certainties('Villagers told reporters the boys would cross into Afghanistan twice a week.'), ['asserted']);
    assert.deepEqual(certainties('His brother said he would travel to Peshawar daily for work.'), ['asserted']);
    assert.deepEqual(certainties('Shopkeepers said the patrol would pass the bazaar each morning.'), ['asserted']);
    assert.deepEqual(certainties('Relatives said he would pray at the mosque on Fridays.'), ['asserted']);
    // The future as the source saw it stays a prediction, with a frequency too when it starts later.
    assert.deepEqual(certainties('Officials said the Torkham crossing would open daily from next week.'), ['predicted']);
    assert.deepEqual(certainties('Officials said each district would get a new school.'), ['predicted']);
  });

  test('a parenthetical in commas between the verb of saying and "would" keeps the reported future', () => {
    const certainties = (text: string) => claimsOf(text).map((c) => c[3]);
    assert.deepEqual(certainties('Customs officials said that, after repairs, the crossing would reopen on Monday.'), ['predicted']);
    assert.deepEqual(certainties('The minister said the Torkham crossing, closed since March, would reopen next week.'), ['predicted']);
    assert.deepEqual(certainties('Police said, however, that the curfew would be lifted.'), ['predicted']);
    // One comma, no closing one: the reported clause ends there ("while …, it would" is not the report's).
    assert.deepEqual(certainties('The trader said his stock had rotted, and the losses would be paid by nobody.'), ['asserted']);
  });

  test('headlines joined by ";" in a line with no full stop are claims of their own, each with its own certainty', () => {
    assert.deepEqual(claimsOf('TTP commander reportedly killed in drone strike in North Waziristan;Three soldiers killed in Bannu attack on check post\nNorth Waziristan').map((c) => [c[0], c[3]]), [
      ['TTP commander reportedly killed in drone strike in North Waziristan', 'hedged'],
      ['Three soldiers killed in Bannu attack on check post', 'asserted'],
    ]);
    assert.deepEqual(claimsOf('Curfew lifted in Parachinar; Militants may have fled to Afghanistan after Bajaur raid; Five soldiers killed in Bajaur clash\nBajaur').map((c) => c[3]), ['asserted', 'speculative', 'asserted']);
    // Prose: a full stop at the end (before a tag in brackets), or a part after ";" in lower case.
    assert.equal(claimsOf('Police said the curfew was lifted; traders reportedly reopened their shops in Parachinar.').length, 1);
    assert.equal(claimsOf('Members of the traders union; the Anne Arundel NAACP; students and a bishop attended the sit-in. [size=no report]').length, 1);
    assert.equal(claimsOf('No group claimed the blast in the Parachinar market; the police reportedly arrested two men').length, 1);
  });

  test('a source with a phrase holding an -ing noun ("at the crossing") speaks; "estimate the losses at" a figure is a verb', () => {
    assert.deepEqual(claimsOf('Traders at the crossing estimate the losses at 3 million dollars a day.')[0].slice(1), ['anonymous', 'Traders at the crossing', 'hedged']);
    assert.deepEqual(claimsOf('Traders at the Torkham crossing said the losses exceeded 3 million dollars.')[0].slice(1), ['anonymous', 'Traders at the Torkham crossing', 'asserted']);
    assert.deepEqual(claimsOf('Officials at the building said two guards were wounded.')[0].slice(1), ['official', 'Officials at the building', 'asserted']);
    // A noun "estimate" with no figure after "at" is no verb; an -ing form opening a phrase stays a participle.
    assert.deepEqual(claimsOf("The government's estimate the losses at last count was low.")[0].slice(1), ['unattributed', null, 'asserted']);
  });

  test('a headline\'s "claims attack" or "claims killing" is the claimant\'s own statement, as "claimed responsibility" is', () => {
    assert.deepEqual(claimsOf('TTP claims attack on police post in Bannu that killed four;Gunmen kill two in Peshawar\nPeshawar').map((c) => c.slice(1)), [
      ['self', 'TTP', 'asserted'],
      ['unattributed', null, 'asserted'],
    ]);
    assert.deepEqual(claimsOf('The BLA claimed killing two soldiers near Turbat.')[0].slice(1), ['self', 'BLA', 'asserted']);
  });

  test('a spokesperson named by name only speaks for the group the text or the lexicon ties the name to', () => {
    // The text ties the name to the group's spokesman earlier, in front of the name or in apposition.
    assert.deepEqual(judged('TTP spokesman Ahmad Gulzar said the group attacked the post.\nResidents said the fighting lasted three hours.\nAhmad Gulzar said many soldiers were killed.\nGulzar said many others fled.').slice(2), [
      ['Ahmad Gulzar', 'asserted', false],
      ['Gulzar', 'asserted', false],
    ]);
    assert.deepEqual(judged('Ahmad Gulzar, a spokesman for the TTP, said the group attacked the post.\nGulzar said many soldiers were killed.')[1], ['Gulzar', 'asserted', false]);
    assert.deepEqual(judged('The Taliban spokesman, Ahmad Gulzar, said the fighters took the post.\nAhmad Gulzar said many soldiers were killed.')[1], ['Ahmad Gulzar', 'asserted', false]);
    // The lexicon's spokespeople, by full name or surname, with no office in the text.
    assert.deepEqual(judged('Zabihullah Mujahid said many civilians were among the dead.'), [['Zabihullah Mujahid', 'asserted', false]]);
    assert.deepEqual(judged('Mohammad Khurasani said many soldiers were killed in the attack.'), [['Mohammad Khurasani', 'asserted', false]]);
    // A spokesman of no group: the name is still judged.
    assert.deepEqual(judged('Provincial spokesman Ahmad Gulzar said the road was closed.\nGulzar said many soldiers were killed.')[1], ['Gulzar', 'hedged', true]);
  });

  test('a state\'s spokesperson speaks for its actor: its own act is self, as a non-state group\'s is', () => {
    assert.deepEqual(claimsOf('The Taliban killed 12 policemen in Kunduz, a Taliban spokesman said.')[0].slice(1), ['self', 'a Taliban spokesman', 'asserted']);
    assert.deepEqual(claimsOf('The TTP killed 12 policemen in Bannu, a TTP spokesman said.')[0].slice(1), ['self', 'a TTP spokesman', 'asserted']);
    // Speaking of what others did, it stays official.
    assert.deepEqual(claimsOf('A Taliban spokesman said many civilians were among the dead.')[0].slice(1), ['official', 'A Taliban spokesman', 'asserted']);
  });

  test('three reports of our own (a correction, a question in the Senate, a UN agency\'s statement): a spokesman "for the group" with his name, an acronym speaking', () => {
    assert.deepEqual(claimsOf('A spokesman for the group, Mohammad Khurasani, said in a message to journalists that the group had no role in it.')[0].slice(1), ['named', 'A spokesman for the group, Mohammad Khurasani', 'asserted']);
    // news62: the group's spokesman saying the group had no role denies its own part (self, denied).
    assert.deepEqual(claimsOf('A spokesman for the TTP, Mohammad Khurasani, said the group had no role in it.')[0].slice(1), ['self', 'A spokesman for the TTP, Mohammad Khurasani', 'denied']);
    assert.deepEqual(claimsOf('A spokesman for the group said the group had no role in the blast.')[0].slice(1), ['named', 'A spokesman for the group', 'asserted']);
    // "the group" that spoke before: its name is the source, as "The group said" has it.
    assert.deepEqual(claimsOf('The TTP said it attacked the post.\nA spokesman for the group said five soldiers were killed.')[1].slice(1), ['named', 'TTP', 'asserted']);
    assert.deepEqual(claimsOf('In a statement, UNHCR said more than 3,000 people had crossed at Torkham in the past week.')[0].slice(1), ['named', 'UNHCR', 'asserted']);
    // Not in mid-sentence, and not an acronym the lexicon knows.
    assert.deepEqual(claimsOf('AP said two were killed.')[0].slice(1), ['media', 'AP', 'asserted']);
  });

  test('a correction\'s "earlier version" is the report speaking; "replied" reports; a question\'s "whether" clause reports nothing; a body by its acronym is not judged by the model', () => {
    assert.deepEqual(claimsOf('An earlier version of this report, published on Tuesday, said that 14 people were killed in the blast.').map((c) => c.slice(1)), [['media', 'An earlier version of this report', 'asserted']]);
    assert.deepEqual(claimsOf('The minister replied that the matter had been raised with Kabul.')[0].slice(1), ['official', 'The minister', 'asserted']);
    assert.deepEqual(claimsOf('Senator Mushtaq Ahmad asked whether the government had assessed how many attackers had crossed.').map((c) => c[1]), ['unattributed']);
    const unhcr = analyze('In a statement, UNHCR said more than 3,000 people had crossed at Torkham in the past week, many of them women and children.', { published: '2026-11-27' }).claims[0];
    assert.deepEqual([unhcr.attribution.kind, unhcr.certainty, unhcr.certaintyModel], ['named', 'asserted', undefined]);
  });

  test('aid workers are unnamed sources, and "it" does not stand for a plural the lexicon does not list', () => {
    const cs = claimsOf('Aid workers in Nangarhar estimate that as many as 40,000 people could cross in the coming month.\nThe agency appealed for 12 million dollars, and said it feared the situation would worsen as winter set in.');
    assert.deepEqual(cs[0].slice(1), ['anonymous', 'Aid workers in Nangarhar', 'speculative']);
    // Since news27 "The agency" is a source itself (official); "it" is the agency, not the workers.
    assert.deepEqual(cs[1].slice(1, 3), ['official', 'The agency']);
  });

  test('a quotation opened in a sentence with no source and closed in the next with its source is that source\'s from its start', () => {
    const text = 'The minister spoke during question hour.\n"We have shared dossiers with the interim Afghan government. We expect them to act," the minister told the house.';
    assert.deepEqual(analyze(text, { published: '2026-11-27' }).claims.slice(1).map((c) => [c.text, c.attribution.kind, c.attribution.source, c.rule]), [
      ['"We have shared dossiers with the interim Afghan government.', 'official', 'the minister', 'claim:quotation-goes-back'],
      ['We expect them to act," the minister told the house.', 'official', 'the minister', 'claim:sentence'],
    ]);
    // A quotation closed in its own sentence, with no source, keeps none.
    assert.deepEqual(claimsOf('"We will not stop."\nResidents said the road was closed.')[0].slice(1, 3), ['unattributed', null]);
  });
});

describe('session 16 (news27): an agency speaking, a group\'s faction or force, a headline\'s trailing source, a statement of a body named before', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);

  test('an agency with its determiner and the words of its owner is an official source, and "the agency" later is that one; a news agency is media', () => {
    assert.deepEqual(claimsOf('The United Nations refugee agency said on Tuesday that 40 families were held at the Chaman crossing.').map((c) => c.slice(1)), [
      ['official', 'The United Nations refugee agency', 'asserted'],
    ]);
    assert.deepEqual(claimsOf("Four boys drowned in the river near Jalalabad last week, the UN's children agency said.").map((c) => c.slice(1)), [
      ['official', "the UN's children agency", 'asserted'],
    ]);
    // "the agency" after it: the agency named before, not a claim of its own.
    assert.deepEqual(claimsOf('The UN food agency said it had cut rations in Kandahar.\nAccording to the agency, half a million people were affected.')[1].slice(1), [
      'official',
      'The UN food agency',
      'asserted',
    ]);
    assert.deepEqual(claimsOf('According to the agency, the convoy reached Torkham on Friday.')[0].slice(1), ['official', 'the agency', 'asserted']);
    // "The news agency" is not the newspaper "The News" followed by "agency".
    assert.deepEqual(claimsOf('The news agency said three policemen were wounded in Tank.')[0].slice(1), ['media', 'The news agency', 'asserted']);
    assert.deepEqual(claimsOf('The News reported that three policemen were wounded in Tank.')[0].slice(1), ['media', 'The News', 'asserted']);
    // The agency's owner stays in its phrase: no claim is cut off before "agency said".
    assert.deepEqual(claimsOf("The country's disaster agency said 12 houses collapsed in Swat.").map((c) => c.slice(1)), [['official', "The country's disaster agency", 'asserted']]);
  });

  test('a group or a state with a noun of its part or force ("faction", "paramilitary", "splinter group") before a reporting verb is the source; an actor\'s acronym "IS" is no auxiliary', () => {
    // Its fighters are the faction's (session 18, news36): the faction tells its own act.
    assert.deepEqual(claimsOf('A Pakistani Taliban faction said its fighters killed six soldiers in Tank.')[0].slice(1), ['self', 'A Pakistani Taliban faction', 'asserted']);
    assert.deepEqual(claimsOf('A TTP splinter group said the army shelled a village near Wana.')[0].slice(1), ['named', 'A TTP splinter group', 'asserted']);
    assert.deepEqual(
      claimsOf('Afghanistan paramilitary says nine smugglers were detained near the Spin Boldak crossing;Two traders shot dead in Chaman bazaar on Tuesday\nChaman')[0].slice(1),
      ['official', 'Afghanistan paramilitary', 'asserted'],
    );
    assert.deepEqual(
      claimsOf('Pakistani Taliban faction claims ambush on police van in Lakki Marwat that killed three;Curfew imposed in Lakki Marwat city after the ambush\nLakki Marwat')[0].slice(1),
      ['self', 'Pakistani Taliban faction', 'asserted'],
    );
    assert.deepEqual(claimsOf('IS said its fighters shot dead two Taliban guards in Kunduz.')[0].slice(1), ['self', 'IS', 'asserted']);
    // A bare "claim" after the acronym is a noun: nobody speaks.
    assert.deepEqual(claimsOf('Kabul and Islamabad investigate IS claim that two guards were killed.')[0].slice(1, 3), ['unattributed', null]);
  });

  test('a claim of an attack with a word or two between ("claims deadly attack", "claims market bombing") is the claimant\'s own act, in each headline of a list', () => {
    assert.deepEqual(
      claimsOf('IS claims deadly ambush on Taliban checkpoint in Nangarhar province;Islamic State claims mosque bombing in Kunduz city on Friday\nKunduz').map((c) => c.slice(1)),
      [
        ['self', 'IS', 'asserted'],
        ['self', 'Islamic State', 'asserted'],
      ],
    );
    // "IS" in capitals is the group, not the passive "is claimed" (a hedge); a hyphenated word between.
    assert.deepEqual(claimsOf('Later IS claimed responsibility for the blast in Jalalabad.')[0].slice(1), ['self', 'IS', 'asserted']);
    assert.deepEqual(
      claimsOf('IS claims pre-Eid suicide attack on Kabul mosque, nine dead;Taliban seal off the area around the mosque in Kabul\nKabul')[0].slice(1),
      ['self', 'IS', 'asserted'],
    );
    // A date opened by "Around" introduces the sentence; it is no claim of its own.
    assert.deepEqual(claimsOf('Around 3 March 2022 (as reported), the TTP claimed killing two policemen in Tank.').map((c) => c.slice(1, 3)), [['self', 'TTP']]);
    // "claimed that" reports, a hedge; it is no claim of responsibility.
    assert.deepEqual(claimsOf('The TTP claimed that many soldiers died in the deadly attack.')[0].slice(2), ['TTP', 'hedged']);
  });

  test('a headline\'s "X reported killed … - paper" is the paper\'s, not X speaking; "paper" is a media source', () => {
    assert.deepEqual(
      claimsOf('Afghan Taliban governor reported killed in ambush in Kunar province - paper;Three police wounded in Chitral attack on check post - officials\nKunar').map((c) => c.slice(1)),
      [
        ['media', 'paper', 'asserted'],
        ['official', 'officials', 'asserted'],
      ],
    );
    assert.deepEqual(claimsOf('The paper said two schools were burnt in Swat.')[0].slice(1), ['media', 'The paper', 'asserted']);
    // With no tag nobody speaks; an active "confirmed" before a noun still reports.
    assert.deepEqual(
      claimsOf('TTP commander reported killed in drone strike near Miranshah town;Two soldiers wounded in Bannu blast on Friday\nMiranshah')[0].slice(1, 3),
      ['unattributed', null],
    );
    assert.deepEqual(claimsOf('Police confirmed killed militants were Afghans.')[0].slice(1, 3), ['official', 'Police']);
  });

  test('"the statement said" is the body that spoke just before, as it was named; with none, the statement (official)', () => {
    const cs = claimsOf('In a statement, WFP said food stocks in Kunar would last two weeks.\n"Families are already skipping meals," the statement said.');
    assert.deepEqual(cs[1].slice(1), ['named', 'WFP', 'asserted']);
    assert.deepEqual(claimsOf('The Balochistan government said the highway was reopened.\n"Traffic is moving normally," the statement said.')[1].slice(1, 3), ['official', 'The Balochistan government']);
    assert.deepEqual(claimsOf('"Traffic is moving normally," the statement said.')[0].slice(1, 3), ['official', 'the statement']);
  });
});


describe('session 16 (news30): a force named with its country, a government department, a group claiming the event, a coordinated "and said"', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);

  test('"the Pakistani paramilitary" speaks, and "Pakistan\'s paramilitary Frontier Corps" is one source, not cut before the name', () => {
    assert.deepEqual(claimsOf('The Afghan paramilitary said six smugglers were held near Torkham.').map((c) => c.slice(1)), [['official', 'The Afghan paramilitary', 'asserted']]);
    assert.deepEqual(claimsOf("Pakistan's paramilitary Frontier Corps said two soldiers were wounded near Turbat.").map((c) => c.slice(1)), [
      ['official', "Pakistan's paramilitary Frontier Corps", 'asserted'],
    ]);
    assert.deepEqual(claimsOf('The Pakistani paramilitary Frontier Corps said two soldiers were wounded near Turbat.').map((c) => c.slice(1, 3)), [
      ['official', 'The Pakistani paramilitary Frontier Corps'],
    ]);
  });

  test('a department of a province ("home", "interior", "health") and a disaster management authority are one official source', () => {
    assert.deepEqual(claimsOf('The Balochistan home department said schools in Kech would stay shut.').map((c) => c.slice(1, 3)), [['official', 'The Balochistan home department']]);
    assert.deepEqual(claimsOf('The provincial disaster management authority said 40 houses were damaged in Chitral.').map((c) => c.slice(1)), [
      ['official', 'The provincial disaster management authority', 'asserted'],
    ]);
  });

  test('a group that "claimed the event" or "claimed the attack" claims its own act (self, asserted); "claimed the event was" still reports', () => {
    assert.deepEqual(claimsOf('Gunmen shot dead a tribal elder in Bajaur. IS claimed the event.')[1].slice(1), ['self', 'IS', 'asserted']);
    assert.deepEqual(claimsOf('IS claimed the attack on a Taliban post in Nangarhar.')[0].slice(1), ['self', 'IS', 'asserted']);
    assert.deepEqual(claimsOf('The TTP claimed the event was staged by the police.')[0].slice(2), ['TTP', 'hedged']);
  });

  test('a headline\'s own source keeps it with a trailing tag, which is no cue of its own; ", and said" takes the subject across an "and" of the first clause', () => {
    const cs = analyze('TTP faction says two of its commanders killed in Kunar air strike - paper;Three police hurt in Chitral blast on Sunday\nKunar', { published: '2026-11-27' }).claims;
    assert.deepEqual(cs.map((c) => [c.attribution.source, c.cues.map((q) => q.text)]), [
      ['TTP faction', ['TTP faction says']],
      [null, []],
    ]);
    assert.deepEqual(claimsOf('The agency asked donors for tents and blankets for the families, and said it feared more would arrive.').map((c) => c.slice(1)), [
      ['official', 'The agency', 'speculative'],
    ]);
    // An "and" after a comma before it opens another clause: its subject is not the sentence's.
    assert.deepEqual(claimsOf('Police detained two men, and a woman and her son said they were innocent.')[0].slice(1, 3), ['unattributed', null]);
  });
});

describe('session 17 (split17): coordinated speakers, a run-on reporting clause', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);

  test('coordinated speakers are one source; each of them that is a known actor speaks, so an act of one of them is self', () => {
    assert.deepEqual(claimsOf('Troops and paramilitary Frontier Corps said they had killed five militants in Kech.').map((c) => c.slice(1)), [
      ['self', 'Troops and paramilitary Frontier Corps', 'asserted'],
    ]);
    assert.deepEqual(claimsOf('The army and the Frontier Corps said they had killed five militants in Kech.').map((c) => c.slice(1)), [
      ['self', 'The army and the Frontier Corps', 'asserted'],
    ]);
    // What another side did stays the speakers' report.
    assert.deepEqual(claimsOf('Troops and paramilitary Frontier Corps said militants had attacked a checkpoint in Kech.').map((c) => c.slice(1, 3)), [
      ['official', 'Troops and paramilitary Frontier Corps'],
    ]);
    assert.deepEqual(claimsOf('Police and residents said two men were killed in Bannu.').map((c) => c.slice(1, 3)), [['official', 'Police and residents']]);
  });

  test('the second of coordinated speakers may keep its article: "Soldiers and the Frontier Corps said" is one claim', () => {
    const text = 'Soldiers and the Frontier Corps said militants had attacked a checkpoint in Kech.';
    assert.deepEqual(claimsOf(text), [[text, 'official', 'Soldiers and the Frontier Corps', 'asserted']]);
  });

  test('a run-on reporting clause with no comma: "home" after a verb or a preposition is no word of the source', () => {
    assert.deepEqual(claimsOf('He returned home police said.').map((c) => c.slice(1, 3)), [['official', 'police']]);
    assert.deepEqual(claimsOf('The two brothers stayed at home police said on Friday.').map((c) => c.slice(1, 3)), [['official', 'police']]);
    // Inside a noun phrase it still modifies.
    assert.deepEqual(claimsOf('The provincial home department said schools in Kech would stay shut.').map((c) => c.slice(1, 3)), [['official', 'The provincial home department']]);
  });
});

describe('session 17 (news33): a department before a source noun, two groups claiming separately', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);

  test('a department or directorate before "officials" or "spokesman" is part of the source, at the start of the sentence or after its modifiers', () => {
    assert.deepEqual(claimsOf('Home department officials said the curfew in Kurram would be lifted on Monday.').map((c) => c.slice(1)), [
      ['official', 'Home department officials', 'predicted'],
    ]);
    // It was cut off as a claim of its own after a modifier.
    const text = 'Provincial home department officials said 14 suspects had been arrested in Bannu.';
    assert.deepEqual(claimsOf(text), [[text, 'official', 'Provincial home department officials', 'asserted']]);
    assert.deepEqual(claimsOf('Health department officials in Peshawar said 40 wounded had been brought in.').map((c) => c.slice(1, 3)), [
      ['official', 'Health department officials in Peshawar'],
    ]);
    assert.deepEqual(claimsOf('The police directorate spokesman said two trucks were seized at Chaman.').map((c) => c.slice(1, 3)), [
      ['official', 'The police directorate spokesman'],
    ]);
    // The department alone still speaks.
    assert.deepEqual(claimsOf('The department said the schools would reopen on Monday.').map((c) => c.slice(1, 3)), [['official', 'The department']]);
  });
});

describe('session 17 (resp17): a title after a possessive, an adjective before a statement, a department before officials', () => {
  const claimsOf = (text: string) =>
    analyze(text, { published: '2026-11-27' }).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty] as const);

  test('an office after a common noun\'s possessive is the source from "the" on: a state\'s is official', () => {
    const text = "The state's Commissioner claimed that 40 militants had been killed in the operation.";
    assert.deepEqual(claimsOf(text), [[text, 'official', "The state's Commissioner", 'hedged']]);
    assert.deepEqual(claimsOf("The district's Deputy Commissioner said that schools in Tank would stay shut.").map((c) => c.slice(1, 3)), [['official', "The district's Deputy Commissioner"]]);
    assert.deepEqual(claimsOf("The country's president said the border would reopen on Monday.").map((c) => c.slice(1, 3)), [['official', "The country's president"]]);
    // A lexicon's source noun after such a possessive keeps its owner too, instead of leaving "The state's" a claim of its own.
    assert.deepEqual(claimsOf("The state's police claimed that 40 militants had been killed.").map((c) => c.slice(1, 3)), [['official', "The state's police"]]);
    // Another body's office names a person by office.
    assert.deepEqual(claimsOf("The hospital's director said 40 wounded had been brought in.").map((c) => c.slice(1, 3)), [['named', "The hospital's director"]]);
    // "The group's spokesman" stays the group's.
    assert.deepEqual(claimsOf("The group's spokesman said 12 soldiers had been killed.").map((c) => c.slice(1, 3)), [['named', "The group's spokesman"]]);
  });

  test('an adjective of a paper or body belongs to its source: "The joint statement", "a written statement"', () => {
    assert.deepEqual(claimsOf('The joint statement said the talks would resume in Doha next month.').map((c) => c.slice(1, 3)), [['official', 'The joint statement']]);
    assert.deepEqual(claimsOf('A brief written statement said the border crossing at Chaman had reopened.').map((c) => c.slice(1, 3)), [['official', 'A brief written statement']]);
  });

  test('a department\'s capitalised name before its noun is part of the source: "Excise directorate officials"', () => {
    const text = 'Excise directorate officials said 40 kilograms of hashish had been seized near Torkham.';
    assert.deepEqual(claimsOf(text), [[text, 'official', 'Excise directorate officials', 'asserted']]);
    assert.deepEqual(claimsOf('The Irrigation department said the canal in Mardan would stay closed.').map((c) => c.slice(1, 3)), [['official', 'The Irrigation department']]);
    // A sentence adverb is no department's name.
    assert.deepEqual(claimsOf('Meanwhile department officials said 12 suspects had been held.').map((c) => c.slice(1, 3)), [['official', 'department officials']]);
  });
});
