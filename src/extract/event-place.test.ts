import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, EventOut } from '../index.ts';
import { only, run } from './events-for-tests.ts';

// Where an event happened, as the event extractor chooses it: the "in/at/near X" of its clause
// after the trigger, else the scene its sentence sets, the most specific member of a locative
// chain "X (Y, Z)". Sentences of our own writing; the places are real.

function placeName(a: Analysis, e: EventOut): string | null {
  return a.places.find((p) => p.id === e.place)?.name ?? null;
}

describe('the place of an event', () => {
  test('a scene that opens the sentence: "On <date>, in X (Y), <who> <did>"', () => {
    const a = run('On 31 January 2022, in Manizales (Caldas), taxi drivers protested against new fares.');
    const e = only(a, 'protest');
    assert.equal(placeName(a, e), 'Manizales');
    assert.ok(e.provenance.rules.some((r) => r.startsWith('place:sentence-locative:')));
  });

  test('a scene set in another clause after the trigger: "staged a protest, in X town (Y district, Z)"', () => {
    const a = run('On 24 June 2022, farmers staged a protest for higher prices, in Garhshankar town (Hoshiarpur district, Punjab).');
    assert.equal(placeName(a, only(a, 'protest')), 'Garhshankar');
  });

  test('a place past another event word belongs to that event, not this one', () => {
    const a = run('Journalists in Lahore demonstrated on Monday against the killing of three reporters in Karachi.');
    const protest = only(a, 'protest');
    assert.equal(placeName(a, protest), 'Lahore');
  });

  test('where people went or came from is not where it happened', () => {
    const a = run('On 6 May 2022, protesters marched to the Lesotho High Commission in Pretoria against border controls.');
    assert.equal(placeName(a, only(a, 'protest'))?.startsWith('Pretoria'), true);
  });

  test('a whole country yields to the smaller place the sentence names', () => {
    const a = run('On 8 May 2022, Russians living in Finland protested in central Helsinki for peace in Ukraine.');
    assert.equal(placeName(a, only(a, 'protest')), 'Helsinki');
  });

  test('a sentence-opening scene holds over the neighbourhoods named after the trigger', () => {
    const a = run('On 16 April 2022, in Rio de Janeiro, shoot-outs took place in the Penha and Olaria neighborhoods.');
    const e = a.events[0];
    assert.ok(e);
    assert.equal(placeName(a, e), 'Rio de Janeiro');
  });

  test('the strong place after the trigger still wins when nothing opens the sentence', () => {
    const a = run('Militants attacked a police post in Bannu on Monday.');
    assert.equal(placeName(a, only(a, 'attack')), 'Bannu');
  });
});

describe('a note that says where it placed the event', () => {
  test('"[coded to X]" places the events of its sentence at X', () => {
    const a = run('On 3 March 2022, about 100 workers gathered in Piedras Blancas [coded to Castrillon] demanding better pay. [size=about 100]');
    const e = only(a, 'protest');
    assert.equal(placeName(a, e), 'Castrillón');
    assert.ok(e.provenance.rules.some((r) => r.startsWith('place:coded-to:')));
  });

  test('"coded to the capital X": words naming the kind of place may stand before it', () => {
    const a = run('On 20 April 2022, police dispersed a rally held for a religious holiday in several towns (coded to the capital Manama) (Capital).');
    const e = a.events[0];
    assert.ok(e, 'no event');
    assert.equal(placeName(a, e), 'Manama');
    assert.ok(e.provenance.rules.some((r) => r.startsWith('place:coded-to:')));
  });

  test('"fatalities coded to" names no place for the event', () => {
    const a = run('On 20 May 2022, Russian forces shelled Avdiivka, Donetsk, killing two (fatalities coded to Mariupol event).');
    const e = a.events[0];
    assert.ok(e);
    assert.ok(!e.provenance.rules.some((r) => r.startsWith('place:coded-to:')));
  });
});

describe('places that come with the agent or the direction', () => {
  test('an event that inherits its agent inherits its place before another clause names a country', () => {
    const a = run('The Taliban released 100 prisoners in Kandahar on Saturday. Another 50 prisoners were released on Sunday, most of them wanted in Pakistan.');
    const [first, second] = a.events;
    assert.equal(placeName(a, first), 'Kandahar');
    assert.equal(placeName(a, second), 'Kandahar');
    assert.ok(second.provenance.rules.some((r) => r.startsWith('place-from-previous-sentence:')));
  });

  test('a movement happened where it went, not where the officials who noticed it sit', () => {
    const a = run('After the release, organised movements of these militants toward Pakistan began, raising alarm among officials in Islamabad.');
    const e = only(a, 'movement');
    assert.equal(placeName(a, e), 'Pakistan');
  });

  test('a place that only names where a group is from is not where the group struck', () => {
    const a = run('On 5 April 2022, presumed members of a Zamfara militia fired shots and stopped motorists on the Gusau-Tsafe road (Tsafe, Zamfara).');
    const e = a.events[0];
    assert.ok(e, 'no event');
    const place = a.places.find((p) => p.id === e.place);
    assert.ok(place && place.kind !== 'admin1', `placed at ${place?.name} (${place?.kind})`);
  });

  test('a protest is where the sentence sets it, not in a country its people have ties to', () => {
    const a = run('On 26 February 2022, dozens of demonstrators with ties to Ukraine rallied in Dayton (Ohio) against the invasion.');
    const e = only(a, 'protest');
    assert.equal(placeName(a, e), 'Dayton');
  });

  test('a town named right before a noun trigger is its place, not the province after it: "the Chaman crossing in Balochistan"', () => {
    const a = run('Earlier this month, the Chaman crossing in Balochistan was also closed for two days.');
    const e = only(a, 'movement');
    assert.equal(placeName(a, e), 'Chaman');
    assert.ok(e.provenance.rules.some((r) => r.startsWith('place:names-trigger:')), e.provenance.rules.join(' ; '));
  });

  test('a province after a noun trigger stays its place when the town before it lies elsewhere', () => {
    const a = run('The Chaman crossing in Khyber Pakhtunkhwa was closed.');
    assert.notEqual(placeName(a, only(a, 'movement')), 'Chaman');
  });
});

test('a dateline is where the report was filed: the places the sentence names after it are the scene', () => {
  const a = run(
    'PESHAWAR: The Torkham border crossing remained closed on Thursday after border forces of the two countries exchanged fire overnight, officials said.',
    '2026-11-26',
  );
  const e = a.events.find((x) => x.type === 'attack');
  assert.ok(e);
  assert.equal(a.places.find((p) => p.id === e.place)?.name, 'Torkham');
  const alone = run('QUETTA: Gunmen shot dead two policemen on Thursday, officials said.', '2026-11-26');
  const shot = alone.events[0];
  assert.equal(alone.places.find((p) => p.id === shot?.place)?.name, 'Quetta', 'a dateline alone is the best guess left');
  assert.ok(shot?.provenance.rules.includes('place:dateline:place:PK:quetta'), shot?.provenance.rules.join(' '));
});

describe('session 13 (news13): places in AfPak wire and roundup style', () => {
  test('"in Afghanistan\'s eastern Paktika province": the possessor only says where the province lies', () => {
    const a = run('Pakistani military aircraft struck several villages in Afghanistan\'s eastern Paktika province, killing at least 14 people.', '2026-11-26');
    assert.equal(a.events.length, 1);
    const e = a.events[0];
    assert.equal(placeName(a, e), 'Paktika');
    assert.ok(e.provenance.rules.includes('place:sentence-locative:admin1:AF:PKA'), e.provenance.rules.join(' ; '));
  });

  test('a town the attack names inside the district the sentence opens with is where it happened', () => {
    const a = run('In Khyber district, two tribal elders were killed and a child was wounded in a targeted attack in Bara on Monday.', '2026-11-26');
    assert.equal(placeName(a, only(a, 'attack')), 'Bara');
    const one = run('In Khyber district, militants attacked a checkpost in Bara on Monday.', '2026-11-26');
    assert.equal(placeName(one, only(one, 'attack')), 'Bara');
  });
});

test('where the source sits is not where what it reports happened, when the report follows its verb', () => {
  const a = run('A security official in Islamabad, speaking on condition of anonymity, said dozens of terrorists had been killed in the strikes.', '2026-11-26');
  const e = only(a, 'attack');
  assert.notEqual(placeName(a, e), 'Islamabad');
  const after = run('Militants attacked a police post on Monday, a police official in Bannu said.', '2026-11-26');
  assert.equal(placeName(after, only(after, 'attack')), 'Bannu', 'before the verb, the source\'s town is the best guess');
});

test('a word of a place\'s own name is no event ("the Atomic Bomb Dome" is no bombing)', () => {
  const a = run('On Saturday, about 50 students held a vigil for peace in front of the Atomic Bomb Dome (Hiroshima, Hiroshima).', '2026-11-26');
  assert.deepEqual(a.events.map((e) => e.type), ['protest']);
});
