import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AttributionKind, type Certainty } from '../index.ts';

// Who is speaking, through the public analyze(): a source phrase beside a reporting verb, before
// or after it, or after "according to". Each case is one sentence that becomes one claim; the
// attribution cue and the source phrase are checked by offset and text.

const PUBLISHED = '2026-11-24';

interface Case {
  name: string;
  text: string;
  kind: AttributionKind;
  /** The attribution cue: [start, end, text]; null for unattributed. */
  cue: [number, number, string] | null;
  source: string | null;
  certainty: Certainty;
  todo?: string;
}

const cases: Case[] = [
  {
    name: 'post-posed "…, police said." covers the whole sentence',
    text: 'Gunmen attacked a checkpoint in Bannu, killing two soldiers, police said.',
    kind: 'official',
    cue: [61, 72, 'police said'],
    source: 'police',
    certainty: 'asserted',
  },
  {
    name: 'inverted "…, said police." at the end',
    text: 'Two soldiers were killed in the attack on Monday, said police.',
    kind: 'official',
    cue: [50, 61, 'said police'],
    source: 'police',
    certainty: 'asserted',
  },
  {
    name: '"according to local media" is media',
    text: 'Militants torched a girls school in North Waziristan overnight, according to local media.',
    kind: 'media',
    cue: [64, 88, 'according to local media'],
    source: 'local media',
    certainty: 'asserted',
  },
  {
    name: '"according to local residents" is anonymous, at the start of the sentence',
    text: 'According to local residents, the attackers fled towards the Afghan border after a two-hour gunfight.',
    kind: 'anonymous',
    cue: [0, 28, 'According to local residents'],
    source: 'local residents',
    certainty: 'asserted',
  },
  {
    name: 'a named spokesman with his organisation ("Taliban spokesman Zabihullah Mujahid said")',
    text: 'The Islamic Emirate has not allowed any group to use Afghan soil against Pakistan, Taliban spokesman Zabihullah Mujahid said.',
    kind: 'named',
    cue: [83, 124, 'Taliban spokesman Zabihullah Mujahid said'],
    source: 'Taliban spokesman Zabihullah Mujahid',
    certainty: 'asserted',
  },
  {
    name: 'a named person with a title before the verb ("Interior Minister Mohsin Naqvi said")',
    text: 'Interior Minister Mohsin Naqvi said the attackers had crossed from Afghanistan.',
    kind: 'named',
    cue: [0, 35, 'Interior Minister Mohsin Naqvi said'],
    source: 'Interior Minister Mohsin Naqvi',
    certainty: 'asserted',
  },
  {
    name: 'a named officer with his post ("District police officer Ahmed Khan told reporters")',
    text: 'District police officer Ahmed Khan told reporters that the convoy was escorting food supplies to villages cut off by the fighting.',
    kind: 'named',
    cue: [0, 39, 'District police officer Ahmed Khan told'],
    source: 'District police officer Ahmed Khan',
    certainty: 'asserted',
  },
  {
    name: '"Sources said" is anonymous',
    text: 'Sources said the commander was moved to a safe house in Kunar.',
    kind: 'anonymous',
    cue: [0, 12, 'Sources said'],
    source: 'Sources',
    certainty: 'asserted',
  },
  {
    name: '"Residents said" is anonymous',
    text: 'Residents said the blast shattered windows across the bazaar.',
    kind: 'anonymous',
    cue: [0, 14, 'Residents said'],
    source: 'Residents',
    certainty: 'asserted',
  },
  {
    name: 'an unnamed official with modifiers ("A senior security official said")',
    text: 'A senior security official said the attackers had been identified.',
    kind: 'official',
    cue: [0, 31, 'A senior security official said'],
    source: 'A senior security official',
    certainty: 'asserted',
  },
  {
    name: '"Analysts expect" is an expert making a prediction',
    text: 'Analysts expect the violence to spread to Balochistan.',
    kind: 'expert',
    cue: [0, 15, 'Analysts expect'],
    source: 'Analysts',
    certainty: 'predicted',
  },
  {
    name: '"Reports suggest" is media, and hedged',
    text: 'Reports suggest the commander fled to Kunar.',
    kind: 'media',
    cue: [0, 15, 'Reports suggest'],
    source: 'Reports',
    certainty: 'hedged',
  },
  {
    name: '"Officials warn that … could" is official and speculative',
    text: 'Officials warn that militants could regroup in Tirah.',
    kind: 'official',
    cue: [0, 14, 'Officials warn'],
    source: 'Officials',
    certainty: 'speculative',
  },
  {
    name: '"The ministry denied" is official and denied',
    text: 'The ministry denied the report.',
    kind: 'official',
    cue: [0, 19, 'The ministry denied'],
    source: 'The ministry',
    certainty: 'denied',
  },
  {
    name: 'no source at all is unattributed',
    text: 'Pakistan’s counter-terrorism agencies have placed Peshawar and Bannu on high alert.',
    kind: 'unattributed',
    cue: null,
    source: null,
    certainty: 'asserted',
  },
  {
    name: 'a prediction about a source noun is not an attribution ("The government is expected to")',
    text: 'The government is expected to extend the curfew in Kurram.',
    kind: 'unattributed',
    cue: null,
    source: null,
    certainty: 'predicted',
  },
  {
    name: 'the whole name of a ministry is its source ("The Interior Ministry denied")',
    text: 'The Interior Ministry denied reports that militants had crossed into Kurram.',
    kind: 'official',
    cue: [0, 28, 'The Interior Ministry denied'],
    source: 'The Interior Ministry',
    certainty: 'denied',
  },
  {
    name: 'a passive "are believed to" after a noun is a hedge, not a source',
    text: 'Militants are believed to have crossed into Kurram from Afghanistan.',
    kind: 'unattributed',
    cue: null,
    source: null,
    certainty: 'hedged',
  },
  {
    name: 'a passive "were reported" after a source noun is not an attribution',
    text: 'Two police officers were reported missing after the attack.',
    kind: 'unattributed',
    cue: null,
    source: null,
    certainty: 'asserted',
  },
  {
    name: 'a progressive "are saying" is active: still an attribution',
    text: 'Officials are saying the road to Parachinar will reopen.',
    kind: 'official',
    cue: [0, 20, 'Officials are saying'],
    source: 'Officials',
    certainty: 'predicted',
  },
  {
    name: 'an -ly adverb between source and verb ("Officials subsequently confirmed")',
    text: 'Officials subsequently confirmed that the curfew had been lifted.',
    kind: 'official',
    cue: [0, 32, 'Officials subsequently confirmed'],
    source: 'Officials',
    certainty: 'asserted',
  },
  {
    name: 'a capitalised organisation name with lower-cased modifiers in it ("The Counter Terrorism Department said")',
    text: 'The Counter Terrorism Department said two suspects were arrested in Quetta.',
    kind: 'official',
    cue: [0, 37, 'The Counter Terrorism Department said'],
    source: 'The Counter Terrorism Department',
    certainty: 'asserted',
  },
  {
    name: 'a relative-clause parenthetical that withholds the name is anonymous ("who declined to be named")',
    text: 'Two officials, who declined to be named, said the commander was killed.',
    kind: 'anonymous',
    cue: [0, 45, 'Two officials, who declined to be named, said'],
    source: 'Two officials',
    certainty: 'asserted',
  },
  {
    name: 'a "citing" parenthetical keeps the source and its kind',
    text: 'A police spokesman, citing initial reports, said the blast was caused by a roadside bomb.',
    kind: 'official',
    cue: [0, 48, 'A police spokesman, citing initial reports, said'],
    source: 'A police spokesman',
    certainty: 'asserted',
  },
  {
    name: 'a source with a place after it: "police in Bannu said"',
    text: 'Separately, police in Bannu said two policemen were shot dead near the Township police station.',
    kind: 'official',
    cue: [12, 32, 'police in Bannu said'],
    source: 'police in Bannu',
    certainty: 'asserted',
  },
  {
    name: 'a source with a short phrase after it: "Officials at the district hospital said"',
    text: 'Officials at the district hospital said twelve bodies had been brought in.',
    kind: 'official',
    cue: [0, 39, 'Officials at the district hospital said'],
    source: 'Officials at the district hospital',
    certainty: 'asserted',
  },
  {
    name: 'a possessive owner and "media wing": the military speaking',
    text: "Five soldiers were killed when terrorists attacked a check post, the military's media wing said.",
    kind: 'official',
    cue: [65, 95, "the military's media wing said"],
    source: "the military's media wing",
    certainty: 'asserted',
  },
  {
    name: 'a generic crowd is no named source: "Many people believe"',
    text: 'Many people in the valley believe the road will stay closed.',
    kind: 'anonymous',
    cue: [5, 33, 'people in the valley believe'],
    source: 'people in the valley',
    certainty: 'predicted',
  },
  {
    name: '"state" before a noun is no reporting verb: "students at a state school"',
    text: 'Students at a state school protested against the closure of their canteen.',
    kind: 'unattributed',
    cue: null,
    source: null,
    certainty: 'asserted',
  },
  {
    name: '"state" after a place is its unit: "in Kayah state"',
    text: 'Two fighters of the militia defected to the PDF in Kayah state.',
    kind: 'unattributed',
    cue: null,
    source: null,
    certainty: 'asserted',
  },
  {
    name: 'a capital speaks for its government: "Kabul said"',
    text: 'Kabul said the border crossing at Torkham would reopen on Monday.',
    kind: 'official',
    cue: [0, 10, 'Kabul said'],
    source: 'Kabul',
    // "would reopen" after "said": the source's prediction (session 15, news22).
    certainty: 'predicted',
  },
  {
    name: 'a town that is no capital speaks through its authorities, not as the government (news62): "Peshawar said", official',
    text: 'Peshawar said nothing about the closure.',
    kind: 'official',
    cue: [0, 13, 'Peshawar said'],
    source: 'Peshawar',
    certainty: 'asserted',
  },
  {
    name: 'a reporting verb after "and" shares the source that opens the sentence',
    text: 'Zabihullah Mujahid, the chief spokesman of the Islamic Emirate, condemned the attack and said security forces had arrested two suspects.',
    kind: 'named',
    cue: [0, 93, 'Zabihullah Mujahid, the chief spokesman of the Islamic Emirate, condemned the attack and said'],
    source: 'Zabihullah Mujahid',
    certainty: 'asserted',
  },
  {
    name: 'an act after "and" reports nothing: "The demonstrators barricaded roads and announced a boycott"',
    text: 'The demonstrators barricaded roads and announced a boycott of the local elections.',
    kind: 'unattributed',
    cue: null,
    source: null,
    certainty: 'asserted',
  },
];

for (const c of cases) {
  test(c.name, c.todo ? { todo: c.todo } : {}, () => {
    const a = analyze(c.text, { published: PUBLISHED });
    assert.equal(a.claims.length, 1, 'one sentence, one claim');
    const [claim] = a.claims;
    assert.deepEqual([claim.start, claim.end], [0, c.text.length], 'the claim is the whole sentence');
    assert.equal(claim.attribution.kind, c.kind);
    if (c.cue) {
      assert.equal(c.text.slice(c.cue[0], c.cue[1]), c.cue[2], 'the table’s offsets match its text');
      assert.deepEqual(claim.attribution.cue, { start: c.cue[0], end: c.cue[1], text: c.cue[2] });
      assert.ok(
        claim.cues.some((x) => x.kind === 'attribution' && x.start === c.cue![0] && x.end === c.cue![1]),
        'the attribution cue is listed among the claim’s cues',
      );
    } else {
      assert.equal(claim.attribution.cue, null);
    }
    assert.equal(claim.attribution.source, c.source);
    assert.equal(claim.certainty, c.certainty);
  });
}

test('the attribution cue of a source speaking through a pronoun is not invented ("He said")', () => {
  const text = 'He said the attackers had crossed from Afghanistan.';
  const [claim] = analyze(text, { published: PUBLISHED }).claims;
  assert.equal(claim.attribution.kind, 'unattributed');
  assert.equal(claim.attribution.cue, null);
});

test('"Two police officials, speaking on condition of anonymity, said" keeps its source', () => {
  const text = 'Two police officials, speaking on condition of anonymity, said the convoy was ambushed.';
  const [claim] = analyze(text, { published: PUBLISHED }).claims;
  assert.ok(['official', 'anonymous'].includes(claim.attribution.kind), `kind is ${claim.attribution.kind}`);
  assert.equal(claim.attribution.source, 'Two police officials');
  // Speaking on condition of anonymity makes the source anonymous (data/lexicons/attribution.json).
  assert.equal(claim.attribution.kind, 'anonymous');
  assert.deepEqual(claim.attribution.cue, { start: 0, end: 62, text: 'Two police officials, speaking on condition of anonymity, said' });
  assert.deepEqual([claim.start, claim.end, claim.certainty], [0, text.length, 'asserted']);
});

test('a pronoun speaking stands for the source named just before it; with none, it is no source', () => {
  const text = 'Hospital sources, speaking on condition of anonymity, put the death toll at 19. The figure could rise further, they said.';
  const a = analyze(text, { published: PUBLISHED });
  assert.equal(a.claims.length, 2);
  assert.equal(a.claims[0].attribution.kind, 'anonymous', '"put the death toll at" reports');
  assert.equal(a.claims[0].attribution.source, 'Hospital sources');
  assert.equal(a.claims[1].attribution.kind, 'anonymous');
  assert.equal(a.claims[1].attribution.source, 'Hospital sources', 'the pronoun shows its antecedent');
  assert.equal(a.claims[1].attribution.cue?.text, 'they said');
  assert.equal(a.claims[1].certainty, 'speculative');
  const police = analyze('Police in Bannu said two soldiers were killed. They said the attackers fled.', { published: PUBLISHED });
  assert.deepEqual(
    police.claims.map((c) => [c.attribution.kind, c.attribution.source]),
    [['official', 'Police in Bannu'], ['official', 'Police in Bannu']],
  );
  const lone = analyze('The figure could rise further, they said.', { published: PUBLISHED });
  assert.equal(lone.claims[0].attribution.kind, 'unattributed');
});

test('an institution before "official" belongs to the source: "A local administration official, who requested anonymity, said"', () => {
  const text = 'A local administration official, who requested anonymity, said the wounded had been shifted to the hospital in Turbat.';
  const a = analyze(text, { published: PUBLISHED });
  assert.equal(a.claims.length, 1, 'no fragment claim "A local administration"');
  assert.equal(a.claims[0].attribution.source, 'A local administration official');
  assert.equal(a.claims[0].attribution.kind, 'anonymous');
  const prison = analyze('Prison officials said 40 inmates escaped overnight.', { published: PUBLISHED }).claims[0];
  assert.deepEqual([prison.attribution.kind, prison.attribution.source], ['official', 'Prison officials']);
});

test('a vow is its speaker\'s prediction, and the office\'s place belongs to a titled name ("Balochistan Chief Minister Sarfraz Bugti")', () => {
  const text =
    'Balochistan Chief Minister Sarfraz Bugti condemned the attack and vowed that those responsible would be brought to justice. ' +
    '"Such cowardly acts cannot weaken our resolve," he said.';
  const a = analyze(text, { published: PUBLISHED });
  assert.deepEqual(
    a.claims.map((c) => [c.attribution.kind, c.attribution.source, c.certainty]),
    [
      ['named', 'Balochistan Chief Minister Sarfraz Bugti', 'predicted'],
      ['named', 'Balochistan Chief Minister Sarfraz Bugti', 'asserted'],
    ],
  );
  assert.equal(a.sourcing.named, 2);
});

test('a bracketed acronym between a name and its verb is passed over ("The banned Balochistan Liberation Army (BLA) claimed")', () => {
  const text = 'The banned Balochistan Liberation Army (BLA) claimed responsibility for the attack in a message sent to journalists, saying its fighters had killed 15 soldiers.';
  const [claim] = analyze(text, { published: PUBLISHED }).claims;
  assert.deepEqual([claim.attribution.kind, claim.attribution.source], ['self', 'Balochistan Liberation Army']);
  const army = analyze('The Malian Armed Forces (FAMa) claimed that fifteen militants were killed.', { published: PUBLISHED }).claims[0];
  assert.deepEqual([army.attribution.kind, army.attribution.source], ['official', 'Malian Armed Forces']);
});

test('a capital after a preposition is where the speaker is, not who speaks; employees and hospitals speak', () => {
  const claims = analyze(
    'The Emergency hospital in Kabul said it had received 21 wounded. A ministry employee, who did not want to be named, told reporters most victims were civilians. Kabul said the talks would resume.',
    { published: PUBLISHED },
  ).claims;
  assert.deepEqual(
    claims.map((c) => [c.attribution.kind, c.attribution.source]),
    [
      ['official', 'The Emergency hospital in Kabul'],
      ['anonymous', 'A ministry employee'],
      ['official', 'Kabul'],
    ],
  );
});

test('an introductory phrase, a place before the source and a name in apposition, as AfPak reports write them', () => {
  const text =
    'Speaking to reporters, a senior customs official said hundreds of trucks were stranded. ' +
    'In a statement, the Khyber district administration said the crossing would remain closed. ' +
    'The interior minister, Mohsin Naqvi, told a press conference in Islamabad that Pakistan would not tolerate any violation of its territory. ' +
    'A Taliban commander in Nangarhar, speaking on condition of anonymity, said talks were under way.';
  const claims = analyze(text, { published: PUBLISHED }).claims;
  assert.deepEqual(
    claims.map((c) => [c.text.split(' ').slice(0, 2).join(' '), c.attribution.kind, c.attribution.source]),
    [
      ['Speaking to', 'official', 'a senior customs official'],
      ['In a', 'official', 'the Khyber district administration'],
      ['The interior', 'named', 'The interior minister, Mohsin Naqvi'],
      ['A Taliban', 'anonymous', 'A Taliban commander in Nangarhar'],
    ],
  );
});

test('"suspected X militants attacked" names no speaker; a source after its verb must end the clause', () => {
  const [claim] = analyze('On 6 May 2022, suspected IS Sahel militants fired gunshots at a vehicle near Dori.', { published: PUBLISHED }).claims;
  assert.deepEqual([claim.attribution.kind, claim.attribution.source, claim.certainty], ['unattributed', null, 'hedged']);
  const [post] = analyze('Three soldiers were wounded in the blast, said police.', { published: PUBLISHED }).claims;
  assert.deepEqual([post.attribution.kind, post.attribution.source], ['official', 'police']);
});

test('sources close to the talks, and a name with an apposition saying what it is', () => {
  const claims = analyze(
    'Sources close to the negotiations said a deal was near. ' +
      'The Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank, said militant attacks rose 40 percent in October. ' +
      'Zahid Hussain, a Peshawar-based journalist, said the operation would continue.',
    { published: PUBLISHED },
  ).claims;
  assert.deepEqual(
    claims.map((c) => [c.attribution.kind, c.attribution.source]),
    [
      ['anonymous', 'Sources close to the negotiations'],
      ['expert', 'The Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank'],
      ['named', 'Zahid Hussain, a Peshawar-based journalist'],
    ],
  );
});

test('a quotation first, a phrase of when or where after the verb, a date or a phrase between source and verb', () => {
  const claims = analyze(
    '"We will avenge the martyrs," the TTP said in a statement. The TTP, in a statement, said its fighters attacked the post. ' +
      'Officials on Tuesday said the curfew had been lifted. The Taliban government\'s chief spokesman said on Wednesday that no Afghan soil was used.',
    { published: PUBLISHED },
  ).claims;
  assert.deepEqual(
    claims.map((c) => [c.text.slice(0, 12), c.attribution.kind, c.attribution.source]),
    [
      ['"We will ave', 'named', 'TTP'],
      // A group telling what its own fighters did speaks of its own act (session 18, news36).
      ['The TTP, in ', 'self', 'TTP'],
      ['Officials on', 'official', 'Officials'],
      // Since session 15 the article before the owner belongs to the source.
      ['The Taliban ', 'official', "The Taliban government's chief spokesman"],
    ],
  );
});

test('a surname alone speaks for the person the text named before ("Zabihullah Mujahid … Mujahid said"); unknown, it is no source', () => {
  const claims = analyze(
    'Taliban spokesman Zabihullah Mujahid confirmed the clash. "We will not allow anyone to use our soil," Mujahid said. Mujahid, in a post on X, said the border would reopen.',
    { published: PUBLISHED },
  ).claims;
  assert.deepEqual(claims.map((c) => [c.attribution.kind, c.attribution.source]), [
    ['named', 'Taliban spokesman Zabihullah Mujahid'],
    ['named', 'Mujahid'],
    ['named', 'Mujahid'],
  ]);
  // A surname nobody named before, and no well-known spokesperson's (those are named: the test
  // below), opening the sentence before its verb: since session 15 a lone name speaks
  // ("Meta said"); in mid-sentence it is still no source.
  const lone = analyze('Hamidi said the border would reopen on Friday.', { published: PUBLISHED }).claims[0];
  assert.deepEqual([lone.attribution.kind, lone.attribution.source], ['named', 'Hamidi']);
  const inside = analyze('The border would reopen on Friday, Hamidi said.', { published: PUBLISHED }).claims[0];
  assert.equal(inside.attribution.kind, 'unattributed');
});

test('a negated reporting verb reports nothing; "ruled out" is a denial', () => {
  const claims = analyze('The TTP has not claimed the attack. Authorities have not confirmed which group is responsible. Police ruled out sabotage.', {
    published: PUBLISHED,
  }).claims;
  assert.deepEqual(claims.map((c) => [c.attribution.kind, c.certainty]), [
    ['unattributed', 'asserted'],
    ['unattributed', 'asserted'],
    ['official', 'denied'],
  ]);
});

test('an office named by the district it serves, with its holder in apposition ("Deputy Commissioner Bannu, Shah Saud, said")', () => {
  const [claim] = analyze('Deputy Commissioner Bannu, Shah Saud, said schools would stay closed.', { published: PUBLISHED }).claims;
  assert.deepEqual([claim.attribution.kind, claim.attribution.source], ['named', 'Deputy Commissioner Bannu, Shah Saud']);
  const [office] = analyze('Deputy Commissioner Bannu said schools would stay closed.', { published: PUBLISHED }).claims;
  assert.deepEqual([office.attribution.kind, office.attribution.source], ['official', 'Deputy Commissioner Bannu']);
});

// Session 13 (news14): classes of errors found by reading six AfPak reports of our own writing.
const sourcesOf = (text: string) =>
  analyze(text, { published: PUBLISHED }).claims.map((c) => [c.text.slice(0, 16), c.attribution.kind, c.attribution.source, c.certainty]);

test('a dateline is no part of the sentence: the source after it still covers the whole sentence', () => {
  assert.deepEqual(sourcesOf('KABUL/ISLAMABAD, Nov 25 — The Afghan Taliban on Tuesday denied Pakistani allegations that militants were using Afghan soil.'), [
    ['KABUL/ISLAMABAD,', 'official', 'Afghan Taliban', 'denied'],
  ]);
  assert.deepEqual(sourcesOf('ISLAMABAD, Nov 26 — As talks resume in Doha, analysts warn that a breakdown could trigger violence.')[0].slice(1), [
    'unattributed',
    null,
    'asserted',
  ]);
});

test('a name with an office of a body in apposition ("Zabihullah Mujahid, the chief spokesman of the Islamic Emirate, said") is named', () => {
  assert.deepEqual(
    sourcesOf(
      'Zabihullah Mujahid, the chief spokesman of the Islamic Emirate, said the accusations were baseless. ' +
        'Roza Otunbayeva, the head of UNAMA, said the mission was deeply concerned by attacks on places of worship.',
    ),
    [
      ['Zabihullah Mujah', 'named', 'Zabihullah Mujahid, the chief spokesman of the Islamic Emirate', 'denied'],
      ['Roza Otunbayeva,', 'named', 'Roza Otunbayeva, the head of UNAMA', 'asserted'],
    ],
  );
});

test('the wire\'s office in apposition without an article ("Abdul Basir Zabuli, spokesman for the provincial police, told …") is named (session 14)', () => {
  assert.deepEqual(
    sourcesOf(
      'Abdul Basir Zabuli, spokesman for the provincial police command, told Pajhwok Afghan News that two members of the security forces were wounded. ' +
        'Officials, speaking at a briefing, said two suspects were arrested.',
    ),
    [
      ['Abdul Basir Zabu', 'named', 'Abdul Basir Zabuli, spokesman for the provincial police command', 'asserted'],
      ['Officials, speak', 'official', 'Officials', 'asserted'],
    ],
  );
});

test('a connecting adverb and a scene before the source ("Meanwhile, in Pakistan, the CTD said") open no claim of their own; a relative is an anonymous source (session 14)', () => {
  assert.deepEqual(
    sourcesOf(
      'Meanwhile, in Pakistan, the Counter Terrorism Department said it had arrested three suspected militants in Dera Ismail Khan. ' +
        "The farmer's son was among those detained, according to a relative who spoke on condition of anonymity.",
    ),
    [
      ['Meanwhile, in Pa', 'official', 'the Counter Terrorism Department', 'hedged'],
      ["The farmer's son", 'anonymous', 'a relative', 'asserted'],
    ],
  );
});

test('a source at the end followed by ", adding …" or ", citing …", or after "told" an outlet, covers the whole sentence', () => {
  assert.deepEqual(
    sourcesOf(
      'A senior police officer, speaking on condition of anonymity, said the attackers escaped on motorcycles. ' +
        '"They knew the route of the patrol," the officer said, adding that the force suspected local facilitators. ' +
        '"We stayed inside our homes until the morning," a shopkeeper told Dawn by telephone. ' +
        'At least nine people were killed when a bomb exploded in a crowded market in Peshawar on Wednesday, Dawn reported, citing hospital officials.',
    ),
    [
      ['A senior police ', 'anonymous', 'A senior police officer', 'asserted'],
      // "the officer" is the officer who asked not to be named.
      ['"They knew the r', 'anonymous', 'A senior police officer', 'hedged'],
      ['"We stayed insid', 'anonymous', 'a shopkeeper', 'asserted'],
      ['At least nine pe', 'media', 'Dawn', 'asserted'],
    ],
  );
  // "The police" is the police: the same kind needs no antecedent.
  assert.deepEqual(sourcesOf('Police in Bannu said two men were held. The police said the road was open.')[1].slice(1, 3), ['official', 'The police']);
});

test('a spokesman for a named body, with his name in apposition, is one source', () => {
  assert.deepEqual(sourcesOf('A spokesman for Lady Reading Hospital, Muhammad Asim, said 23 injured people had been brought to the hospital.'), [
    ['A spokesman for ', 'named', 'A spokesman for Lady Reading Hospital, Muhammad Asim', 'asserted'],
  ]);
});

test('a non-state group named with a source noun ("Balochistan Liberation Army") is named, and "the group" after it speaks for it', () => {
  assert.deepEqual(
    sourcesOf(
      'In a message posted on Telegram on Tuesday night, the Balochistan Liberation Army (BLA) said its fighters had targeted the convoy. ' +
        'The group said in a statement to media that the attack was a warning to foreign investors. ' +
        'On Wednesday, however, the group said in a second statement that the earlier post had been shared by an unauthorised account. ' +
        'The Pakistan Army said two soldiers were wounded.',
    ),
    [
      // "its fighters": the group's own act, so its own claim (session 18, news36).
      ['In a message pos', 'self', 'Balochistan Liberation Army', 'asserted'],
      ['The group said i', 'named', 'Balochistan Liberation Army', 'asserted'],
      ['On Wednesday, ho', 'named', 'Balochistan Liberation Army', 'asserted'],
      ['The Pakistan Arm', 'official', 'The Pakistan Army', 'asserted'],
    ],
  );
  // With no group speaking before it, "the group" is a group speaking unnamed (anonymous, since
  // session 23; it was no source); a date's comma is part of the introduction.
  assert.deepEqual(sourcesOf('The group said nothing.')[0].slice(1, 3), ['anonymous', 'The group']);
  assert.deepEqual(
    sourcesOf('The TTP said it had attacked the post. On May 18, 2017, the group announced that it would release the captured officers.')[1],
    // "announced that it would release": a reported future, predicted (session 15, news22).
    ['On May 18, 2017,', 'named', 'TTP', 'predicted'],
  );
});

test('a source with a short relative clause ("A former diplomat who served in Kabul said") and a participle\'s subject (", saying")', () => {
  assert.deepEqual(
    sourcesOf(
      'A former diplomat who served in Kabul said the Taliban leadership feared a split in its ranks. ' +
        'Police fired tear gas at the crowd, saying the protesters had blocked the highway.',
    ),
    [
      ['A former diploma', 'official', 'A former diplomat who served in Kabul', 'speculative'],
      ['Police fired tea', 'official', 'Police', 'asserted'],
    ],
  );
  // "who they claimed": the relative clause has a subject of its own, so the police are not speaking.
  assert.deepEqual(sourcesOf('Residents blocked the road to protest against the police who they claimed unlawfully arrested four people.'), [
    ['Residents blocke', 'unattributed', null, 'asserted'],
  ]);
});

test('an office\'s body, a nationality and "another" belong to the source; a district office with its district is official', () => {
  assert.deepEqual(
    sourcesOf(
      'Foreign Office spokesperson Mumtaz Zahra Baloch told a weekly briefing in Islamabad that talks would go on. ' +
        'The Chinese embassy in Islamabad said it was in contact with Pakistani authorities. ' +
        'Another witness said police arrived about 20 minutes after the explosion. ' +
        'DPO Lakki Marwat said two constables were injured.',
    ).map((c) => c.slice(1, 3)),
    [
      ['named', 'Foreign Office spokesperson Mumtaz Zahra Baloch'],
      ['official', 'The Chinese embassy in Islamabad'],
      ['anonymous', 'Another witness'],
      ['official', 'DPO Lakki Marwat'],
    ],
  );
});

test('a verb of expectation with no source for its subject still predicts ("the mission expected casualties to rise")', () => {
  assert.deepEqual(
    sourcesOf(
      'A UN official, who asked not to be named, said the mission expected casualties to rise in the winter months. ' +
        'The army did not expect the attack. The expected rise in prices did not happen. ' +
        'The assailant pledged allegiance to the Islamic State.',
    ).map((c) => c.slice(1)),
    [
      ['anonymous', 'A UN official', 'predicted'],
      ['unattributed', null, 'asserted'],
      ['unattributed', null, 'asserted'],
      ['unattributed', null, 'asserted'],
    ],
  );
});

test('an organisation named with "of" or "for" is one source ("The Human Rights Commission of Pakistan said")', () => {
  assert.deepEqual(
    sourcesOf(
      'The Human Rights Commission of Pakistan said the curfew was illegal. ' +
        'The closure has cost exporters millions of dollars, according to the Sarhad Chamber of Commerce. ' +
        'The Pakistan Institute for Peace Studies said attacks rose. ' +
        'According to the Ministry of Interior, 40 people were arrested.',
    ).map((c) => c.slice(1, 3)),
    [
      ['named', 'Human Rights Commission of Pakistan'],
      ['named', 'the Sarhad Chamber of Commerce'],
      ['named', 'Pakistan Institute for Peace Studies'],
      ['official', 'the Ministry of Interior'],
    ],
  );
});

test('an appeal is its speaker\'s words ("She urged all parties …", "Police called on residents …")', () => {
  assert.deepEqual(
    sourcesOf('Roza Otunbayeva, the head of UNAMA, said the mission was deeply concerned. She urged all parties to protect civilians. Police called on residents to stay indoors.').map(
      (c) => c.slice(1, 3),
    ),
    [
      ['named', 'Roza Otunbayeva, the head of UNAMA'],
      ['named', 'Roza Otunbayeva, the head of UNAMA'],
      ['official', 'Police'],
    ],
  );
});

test('anonymity asked for in the introduction or after the verb makes the source anonymous; TV channels are media', () => {
  assert.deepEqual(
    sourcesOf(
      'A Taliban official told The Associated Press on condition of anonymity that the fighters had withdrawn. ' +
        'Speaking on condition of anonymity because he was not authorised to speak to the media, a police official said the bomber was a teenager. ' +
        'Local TV channels reported that the market was sealed. State television said the curfew was lifted. ' +
        'A police official told reporters in Bannu that the road was open.',
    ).map((c) => c.slice(1, 3)),
    [
      ['anonymous', 'A Taliban official'],
      ['anonymous', 'a police official'],
      ['media', 'Local TV channels'],
      ['media', 'State television'],
      ['official', 'A police official'],
    ],
  );
});

test('a source and its verb set in commas inside what they say cover the sentence; "which" opens a parenthetical', () => {
  assert.deepEqual(
    sourcesOf(
      'The attack, police said, was carried out by two men on a motorcycle. ' +
        'Should the border remain closed, traders warn, prices will rise. ' +
        'The report, which covers the period from January to June, said at least 120 civilians were killed.',
    ),
    [
      ['The attack, poli', 'official', 'police', 'asserted'],
      ['Should the borde', 'anonymous', 'traders', 'predicted'],
      ['The report, whic', 'media', 'The report', 'asserted'],
    ],
  );
});

test('two sources joined by "and" at the head of the sentence speak together, as strong as the more accountable', () => {
  assert.deepEqual(
    sourcesOf(
      'Police and residents said the gunmen fled. Dawn and Geo News reported that the curfew was lifted. ' +
        'In Kurram, elders and officials said the ceasefire held. The army killed five militants and officials said the operation was over.',
    ).map((c) => c.slice(1, 3)),
    [
      ['official', 'Police and residents'],
      ['media', 'Dawn and Geo News'],
      ['official', 'elders and officials'],
      ['unattributed', null],
      ['official', 'officials'],
    ],
  );
});

test('a non-state group speaks through its spokesman, media wing or news agency; "claimed the attack" is its own act', () => {
  assert.deepEqual(
    sourcesOf(
      'A TTP spokesman said the group was not involved. The TTP\'s media wing said in a statement that the post was captured. ' +
        'Taliban spokesman said the border was closed. The Islamic State, through its Amaq news agency, claimed the attack. ' +
        'Pro-Taliban accounts on X claimed that the post had fallen. Authorities claimed the attack was carried out by the ELN. ' +
        'TTP leader Noor Wali Mehsud said the fight would go on.',
    ).map((c) => c.slice(1)),
    [
      ['self', 'A TTP spokesman', 'denied'], // news62: "said the group was not involved" denies its own part
      ['named', "The TTP's media wing", 'asserted'],
      ['official', 'Taliban spokesman', 'asserted'],
      ['self', 'Islamic State', 'asserted'],
      ['anonymous', 'Pro-Taliban accounts on X', 'hedged'], // news62: "pro-X" is a source modifier
      ['official', 'Authorities', 'hedged'],
      ['named', 'TTP leader Noor Wali Mehsud', 'predicted'], // "said the fight would go on": a reported future (session 15, news22)
    ],
  );
});

test('blaming or attributing an act is a hedged claim of its source; a dangling "however" leaves the claim before it', () => {
  assert.deepEqual(
    sourcesOf(
      'No group claimed responsibility; however, sources attributed the incidents to the Taliban. Pakistan blamed the TTP for the attack. The blast was attributed to a gas leak.',
    ),
    [
      ['No group claimed', 'unattributed', null, 'asserted'],
      ['sources attribut', 'anonymous', 'sources', 'hedged'],
      ['Pakistan blamed ', 'official', 'Pakistan', 'hedged'],
      ['The blast was at', 'unattributed', null, 'asserted'],
    ],
  );
  assert.equal(analyze('No group claimed responsibility; however, sources attributed the incidents to the Taliban.', { published: PUBLISHED }).claims[0].text, 'No group claimed responsibility');
});

test('an accusation is its accuser\'s hedged claim, not the accused\'s; a date and a colon are no part of the clause', () => {
  assert.deepEqual(
    sourcesOf(
      'Pakistani officials have repeatedly accused Kabul of harbouring the TTP, a charge the Taliban deny. Pakistan accuses Kabul of sheltering militants. ' +
        'He was accused of planting the bomb. Assailants abducted a civilian accused of adultery in Nimlik.',
    ).map((c) => c.slice(1)),
    [
      // Session 23 (news66): the contested charge's apposition is the Taliban's own claim.
      ['official', 'Pakistani officials', 'hedged'],
      ['official', 'Taliban', 'denied'],
      ['official', 'Pakistan', 'hedged'],
      ['unattributed', null, 'asserted'],
      ['unattributed', null, 'asserted'],
    ],
  );
  assert.deepEqual(sourcesOf('04/16/2017: Police said two civilians were stoned to death in Mohammad Agha.').map((c) => c.slice(1)), [['official', 'Police', 'asserted']]);
});

test('a pronoun after a sentence whose subject did not speak is that subject, no source taken from further back', () => {
  // Session 14 (news16): the actor opening the sentence before speaks now (it was unattributed).
  assert.deepEqual(
    sourcesOf(
      'Police in Quetta said the images were old. Baloch separatists have been waging an insurgency for two decades. ' +
        'They accuse Islamabad of exploiting the province\'s resources.',
    ).map((c) => c.slice(1, 3)),
    [
      ['official', 'Police in Quetta'],
      ['unattributed', null],
      ['named', 'Baloch separatists'],
    ],
  );
});

test('a mission speaks as a body, a person with knowledge of the matter anonymously', () => {
  assert.deepEqual(
    sourcesOf(
      'The mission said it had documented 40 cases. The UN mission said at least 12 civilians were killed. ' +
        'A person with knowledge of the negotiations said no deal was near. People with knowledge of the plan said it was shelved.',
    ).map((c) => c.slice(1, 3)),
    [
      ['official', 'The mission'],
      ['named', 'The UN mission'],
      ['anonymous', 'A person with knowledge of the negotiations'],
      ['anonymous', 'People with knowledge of the plan'],
    ],
  );
});

test('an expectation inside what a source says is that source\'s prediction, with no fragment claim split off', () => {
  assert.deepEqual(
    sourcesOf(
      'A UN official, who asked not to be named, said the ministry expected casualties to rise. ' +
        'Officials said that analysts expect more attacks in the spring. Analysts expect more attacks in the spring.',
    ).map((c) => c.slice(1)),
    [
      ['anonymous', 'A UN official', 'predicted'],
      ['official', 'Officials', 'predicted'],
      ['expert', 'Analysts', 'predicted'],
    ],
  );
});

test('a well-known spokesperson called by the surname alone is named; an unknown lone word opening the sentence is a name since session 15', () => {
  assert.deepEqual(
    sourcesOf('Mujahid said the strikes had hit a religious school. Karimi told reporters the border was open. Hamidi said the road was closed.').map((c) => c.slice(1, 3)),
    [
      ['named', 'Mujahid'],
      ['named', 'Karimi'],
      ['named', 'Hamidi'],
    ],
  );
});

// (Session 17, news34) "chief" was only a title and a modifier ("Chief Minister", "chief
// spokesman"), so an office called by it alone named no source: "The police chief claimed that
// ..." was unattributed.
test('"chief" with no name after it is an official source: "The police chief claimed", "the army chief said"', () => {
  const text = 'The provincial police chief claimed that the gunmen had crossed from Afghanistan. The army chief said the operation would continue until the area was cleared.';
  const claims = analyze(text, { published: PUBLISHED }).claims;
  assert.deepEqual(
    claims.map((c) => [c.attribution.kind, c.attribution.source, c.attribution.cue?.text]),
    [
      ['official', 'The provincial police chief', 'The provincial police chief claimed'],
      ['official', 'The army chief', 'The army chief said'],
    ],
  );
});

// (Session 17, news34) A possessive owner before a person's name or an office held by a source noun
// belongs to the source: "The state's Commissioner Ali Khan said" gave the source "Commissioner Ali
// Khan" and left "The state's" as a claim of its own; "The police chief's spokesman" likewise.
test('the owner before a possessive is part of the source, not a claim of its own', () => {
  const text =
    "The state's Commissioner Ali Khan said the curfew in the old city would be lifted on Monday. " +
    "Sindh's Home Minister Zia Lanjar said three suspects were arrested. " +
    "The district police chief's spokesman told reporters that the roads had been reopened.";
  const claims = analyze(text, { published: PUBLISHED }).claims;
  assert.deepEqual(
    claims.map((c) => [c.attribution.kind, c.attribution.source]),
    [
      ['named', "The state's Commissioner Ali Khan"],
      ['named', "Sindh's Home Minister Zia Lanjar"],
      ['official', "The district police chief's spokesman"],
    ],
  );
  assert.ok(claims.every((c) => c.text.endsWith('.')), 'no fragment before a source is a claim');
});
