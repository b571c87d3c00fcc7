import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyDoc } from '../model/types.ts';
import { DEFAULT_COMPONENTS } from '../pipeline/components.ts';
import { defaultContext } from '../pipeline/default-context.ts';
import { settleActorCountries } from '../recognize/actors.ts';
import { tokenize } from '../recognize/tokenize.ts';
import { explainActor, loadActorGazetteer, resolveActorName } from './actors.ts';
import { analyze } from '../index.ts';

// The actor gazetteer on real phrasing: curated names, generic nouns made per country from
// templates, country words that name the country, dates that pick the holder of a name, and
// gold names as ACLED, GTD and UCDP write them.

const g = loadActorGazetteer();

function mentions(text: string, date: string | null = null) {
  return g.match(text, tokenize(text), date).map((m) => [text.slice(m.start, m.end), m.entity, m.rule]);
}

describe('generic actors are made per country', () => {
  const cases: Array<[string, string | null, Array<[string, string, RegExp]>]> = [
    ['Pakistani police arrested two suspects in Lahore.', null, [['Pakistani police', 'pakistan-police', /^actor-alias:/]]],
    ['Turkish forces shelled the outskirts of the town.', null, [['Turkish forces', 'military:TR', /:country-word:TR$/]]],
    ["Nigeria's army said it repelled the attack.", null, [["Nigeria's army", 'military:NG', /:country-word:NG$/]]],
    ['Military Forces of Russia', null, [['Military Forces of Russia', 'russian-armed-forces', /:of-country:RU$/]]],
    ['Military Forces of the Democratic Republic of Congo', null, [['Military Forces of the Democratic Republic of Congo', 'drc-armed-forces', /:of-country:CD$/]]],
    ['Indian protesters blocked the highway.', null, [['Indian protesters', 'protesters:IN', /:country-word:IN$/]]],
    [
      'Gunmen opened fire on a bus in Logar province, Afghanistan.',
      null,
      [['Gunmen', 'unidentified-armed-group:AF', /:country-in-text:AF$/]],
    ],
    ['Unidentified gunmen shot dead a shopkeeper.', null, [['Unidentified gunmen', 'unidentified-armed-group', /:no-country$/]]],
    // Guards and services under military command are the military, as ACLED codes them.
    ['Border guards detained 118 migrants in Izmir, Turkey.', null, [['Border guards', 'military:TR', /:country-in-text:TR$/], ['migrants', 'civilians:TR', /:country-in-text:TR$/]]],
    ['The coast guard intercepted a boat off Libya.', null, [['The coast guard', 'military:LY', /:country-in-text:LY$/]]],
  ];
  for (const [text, date, expected] of cases) {
    test(text, () => {
      const got = mentions(text, date);
      assert.deepEqual(got.map(([s, id]) => [s, id]), expected.map(([s, id]) => [s, id]));
      expected.forEach(([, , rule], i) => assert.match(got[i][2], rule));
    });
  }

  test('a named group absorbs the head noun after it: "suspected TTP militants"', () => {
    const text = 'Suspected TTP militants attacked a checkpoint.';
    const got = g.match(text, tokenize(text));
    assert.equal(got.length, 1);
    assert.deepEqual([got[0].start, got[0].end, got[0].entity], [10, 23, 'ttp']);
    assert.match(got[0].rule, /\+head:militants$/);
  });

  test('state forces of Afghanistan are told apart by date, and stay generic without one', () => {
    const text = 'Security forces in Afghanistan repelled the attack.';
    assert.equal(mentions(text, '2019-06-01')[0][1], 'afghan-republic-forces');
    assert.equal(mentions(text, '2023-06-01')[0][1], 'afghan-taliban');
    assert.equal(mentions(text)[0][1], 'military:AF');
  });

  test('a name of a group says nothing of whose soldiers a sentence means', () => {
    const text = 'The Taliban released twenty soldiers.';
    assert.deepEqual(mentions(text).map(([, id]) => id), ['afghan-taliban', 'military']);
    const pk = 'Pakistani police and soldiers cordoned off the area.';
    assert.deepEqual(mentions(pk).map(([, id]) => id), ['pakistan-police', 'pakistan-army']);
    const boko = 'Boko Haram fighters attacked soldiers.';
    assert.deepEqual(mentions(boko).map(([, id]) => id), ['boko-haram', 'military']);
  });

  test('country words alone are no actors, and "pro-Russian" names no country', () => {
    assert.deepEqual(mentions('Afghanistan and Pakistan agreed to talks.'), []);
    assert.deepEqual(mentions('Pro-Russian rioters clashed with a group in Sofia.').map(([, id]) => id), ['rioters']);
  });
});

describe('ids of generic actors', () => {
  test('get() synthesises an entry from the template and the country', () => {
    assert.deepEqual(g.get('police:IN'), { id: 'police:IN', name: 'Police Forces of India', type: 'state', country: 'IN', aliases: [] });
    assert.equal(g.get('protesters')?.country, null);
    assert.equal(g.get('unidentified-armed-group:AF')?.name, 'Unidentified Armed Group (Afghanistan)');
    assert.equal(g.get('police:ZZ'), undefined);
    assert.equal(g.get('nonsense:PK'), undefined);
  });

  test('instantiate() prefers the curated actor that stands for a template in a country', () => {
    assert.equal(g.instantiate('military', 'PK'), 'pakistan-army');
    assert.equal(g.instantiate('police', 'PK'), 'pakistan-police');
    assert.equal(g.instantiate('military', 'AF', '2019-01-01'), 'afghan-republic-forces');
    assert.equal(g.instantiate('police', 'AF', '2022-01-01'), 'afghan-taliban');
    assert.equal(g.instantiate('military', 'AF'), 'military:AF');
    assert.equal(g.instantiate('police', 'SV'), 'police:SV');
    assert.equal(g.instantiate('protesters', null), 'protesters');
  });

  test('a gendarmerie is police, except in Turkey, where ACLED codes it as the military', () => {
    assert.equal(g.instantiate('gendarmerie', 'FR'), 'police:FR');
    assert.equal(g.instantiate('gendarmerie', 'TR'), 'military:TR');
    assert.equal(g.instantiate('gendarmerie', 'PK'), 'pakistan-police', 'a police stand-in still counts');
    assert.deepEqual(mentions('Turkish gendarmerie detained 27 migrants in Kocaeli.').map((m) => m.slice(0, 2)).slice(0, 1), [['Turkish gendarmerie', 'military:TR']]);
    assert.deepEqual(mentions('French gendarmes arrested two men near Lyon.').map((m) => m.slice(0, 2)), [['French gendarmes', 'police:FR']]);
    assert.equal(resolveActorName(g, 'Military Forces of Turkey (2016-) Gendarmerie').id, 'military:TR');
    assert.equal(resolveActorName(g, 'Police Forces of France (2017-) Gendarmerie').id, 'police:FR');
  });

  test('gangs and local militias named in ACLED notes: Haitian gangs, Nigerian cults, Myanmar resistance groups', () => {
    const cases: Array<[string, string, string]> = [
      ['Members of the 400 Mawozo gang kidnapped five missionaries in Croix-des-Bouquets.', '400 Mawozo gang', '400-mawozo'],
      ['Chien Mechant gang members clashed with a rival gang in Port-au-Prince.', 'Chien Mechant gang', 'chien-mechant'],
      ['Black Axe cultists shot dead a rival in Benin City.', 'Black Axe cultists', 'black-axe'],
      ['Fano militiamen clashed with regional special forces near Bahir Dar.', 'Fano militiamen', 'fano'],
      ['A local PDF ambushed a military convoy near Monywa.', 'A local PDF', 'myanmar-anti-coup-unidentified'],
      ["The Chinland Defence Force attacked a junta outpost near Mindat.", 'Chinland Defence Force', 'chinland-defense-force'],
      ['Naxal-Maoist rebels torched two trucks in Bijapur.', 'Naxal-Maoist rebels', 'cpi-maoist'],
      ['Pro-IRG forces fired mortar shells at Houthi positions in Saada.', 'Pro-IRG forces', 'yemen-government-forces'],
    ];
    for (const [text, span, id] of cases) {
      const found = mentions(text).find((m) => m[1] === id);
      assert.ok(found, `${id} in ${JSON.stringify(mentions(text))}`);
      assert.equal(found[0], span);
    }
    // "PDF" alone stays the National Unity Government's force; "Fano" and "G9" only in their own case.
    assert.equal(mentions('PDF fighters attacked a police station in Sagaing.')[0][1], 'pdf-myanmar');
    assert.deepEqual(mentions('the fano of the fan'), []);
    assert.equal(resolveActorName(g, 'Unidentified Anti-Coup Armed Group').id, 'myanmar-anti-coup-unidentified');
    assert.equal(resolveActorName(g, 'Black Axe Militia (Nigeria)').id, 'black-axe');
  });

  test('US forces in Syria and Iraq are the Global Coalition; the "US" in "US military" is no place it acts in', () => {
    const run = (text: string) => analyze(text, { published: '2026-11-24' });
    const syria = run('A US military patrol took place near Tal Tamr in Al Hasakeh countryside.');
    assert.deepEqual(syria.actors.map((x) => x.id), ['global-coalition-against-daesh']);
    const somalia = run('A US drone strike hit an al-Shabaab camp near Jilib in Middle Juba.');
    assert.ok(somalia.actors.some((x) => x.id === 'us-forces'), JSON.stringify(somalia.actors.map((x) => x.id)));
    assert.deepEqual(mentions('Global Coalition forces patrolled the oil field.').map((m) => m.slice(0, 2)), [['Global Coalition forces', 'global-coalition-against-daesh']]);
  });

  test('units fold into the actor ACLED codes them under', () => {
    assert.equal(g.canonical('pakistan-ctd'), 'pakistan-police');
    assert.equal(g.canonical('frontier-corps'), 'pakistan-army');
    assert.equal(g.canonical('ttp'), 'ttp');
    assert.equal(g.templateOf('police:IN'), 'police');
    assert.equal(g.templateOf('pakistan-army'), 'military');
    assert.equal(g.templateOf('ttp'), null);
  });
});

describe('gold names resolve through the same gazetteer', () => {
  const cases: Array<[string, string | null]> = [
    // ACLED
    ['Police Forces of Pakistan (2018-)', 'pakistan-police'],
    ['Police Forces of Pakistan (2018-) Counter Terrorism Department', 'pakistan-police'],
    ['Military Forces of Pakistan (2018-)', 'pakistan-army'],
    ['Protesters (India)', 'protesters:IN'],
    ['Rioters (Uganda)', 'rioters:UG'],
    ['Civilians (Myanmar)', 'civilians:MM'],
    ['Unidentified Armed Group (Afghanistan)', 'unidentified-armed-group:AF'],
    ['Military Forces of Russia (2000-) Air Force', 'russian-armed-forces'],
    ['Military Forces of Afghanistan (2021-)', 'afghan-taliban'],
    ['Military Forces of Afghanistan (2004-2021)', 'afghan-republic-forces'],
    ['Military Forces of Yemen (2016-) Supreme Political Council', 'houthis'],
    ['Military Forces of Yemen (2012-)', 'yemen-government-forces'],
    ['JNIM: Group for Support of Islam and Muslims', 'jnim'],
    ['Islamic State (Afghanistan)', 'is-kp'],
    ['Taliban', 'afghan-taliban'],
    // GTD
    ['Khorasan Chapter of the Islamic State', 'is-kp'],
    ['National Liberation Front (FNL) (Burundi)', 'fnl-burundi'],
    ['Arauco Malleco Coordinating Group (CAM) - Chile', 'arauco-malleco-coordinator'],
    ['Separatists', 'separatists'],
    ["Kurdistan Workers' Party (PKK)", 'pkk'],
    // UCDP
    ['TTP', 'ttp'],
    ['Taleban', 'afghan-taliban'],
    ['Government of Pakistan', 'pakistan-government'],
    ['Somebody Nobody Knows', null],
  ];
  for (const [name, id] of cases) {
    test(name, () => assert.equal(resolveActorName(g, name).id, id));
  }

  test('a date given from outside settles a name without a period', () => {
    assert.equal(resolveActorName(g, 'Government of Afghanistan', '2010-01-01').id, 'afghan-republic-government');
    assert.equal(resolveActorName(g, 'Government of Afghanistan', '2022-01-01').id, 'afghan-taliban');
  });
});

test('generic mentions without a country of their own take the country of a place in their sentence', () => {
  const text = 'On 5 March 2022, protesters gathered outside the press club in Islamabad.';
  const doc = emptyDoc({ id: 't', title: null, published: '2022-03-05', source: null, url: null, byline: null, language: 'en' }, text);
  const ctx = defaultContext('2022-03-05');
  for (const c of DEFAULT_COMPONENTS) {
    if (c.name === 'actor-countries') break;
    c.run(doc, ctx);
  }
  const before = doc.actorMentions.find((m) => text.slice(m.start, m.end) === 'protesters');
  assert.equal(before?.entity, 'protesters');
  const settled = settleActorCountries(doc, ctx).find((m) => text.slice(m.start, m.end) === 'protesters');
  assert.equal(settled?.entity, 'protesters:PK');
  assert.equal(settled?.rule, 'actor-generic:protesters:place-in-sentence:PK');
});

test('a group with national branches named where a branch acts is that branch', () => {
  const text = 'On 5 March 2022, Islamic State fighters attacked a checkpoint in Jalalabad.';
  const doc = emptyDoc({ id: 't', title: null, published: '2022-03-05', source: null, url: null, byline: null, language: 'en' }, text);
  const ctx = defaultContext('2022-03-05');
  for (const c of DEFAULT_COMPONENTS) {
    if (c.name === 'actor-countries') break;
    c.run(doc, ctx);
  }
  const settled = settleActorCountries(doc, ctx).find((m) => text.slice(m.start, m.end).startsWith('Islamic State'));
  assert.equal(settled?.entity, 'is-kp');
  assert.equal(settled?.rule, 'actor-alias:islamic-state+head:fighters+branch:place-in-sentence:AF');
});

test('only groups with national branches have them: the rest keep their mention whatever place is near', () => {
  assert.equal(g.hasBranches('islamic-state'), true);
  assert.equal(g.hasBranches('us-forces'), true);
  assert.equal(g.hasBranches('afghan-taliban'), false);
  assert.equal(g.hasBranches('police:PK'), false);
  // settleActorCountries asks no place of a curated actor without branches: the mention is the same object.
  const text = 'On 5 March 2022, Taliban fighters attacked a checkpoint in Jalalabad.';
  const doc = emptyDoc({ id: 't', title: null, published: '2022-03-05', source: null, url: null, byline: null, language: 'en' }, text);
  const ctx = defaultContext('2022-03-05');
  for (const c of DEFAULT_COMPONENTS) {
    if (c.name === 'actor-countries') break;
    c.run(doc, ctx);
  }
  const before = doc.actorMentions.find((m) => text.slice(m.start, m.end).startsWith('Taliban'));
  assert.equal(before?.entity, 'afghan-taliban');
  assert.equal(settleActorCountries(doc, ctx).find((m) => m.start === before!.start), before);
});

test('a force whose country is named only later, in a report from elsewhere, is the force of its places', () => {
  const text =
    'KABUL: Twelve worshippers were killed when a suicide bomber blew himself up inside a mosque in Kabul. ' +
    'A spokesman condemned the attack and said security forces had arrested two suspects. ' +
    "Pakistan's Foreign Office condemned the bombing.";
  const doc = emptyDoc({ id: 't', title: null, published: '2026-11-22', source: null, url: null, byline: null, language: 'en' }, text);
  const ctx = defaultContext('2026-11-22');
  for (const c of DEFAULT_COMPONENTS) {
    if (c.name === 'actor-countries') break;
    c.run(doc, ctx);
  }
  const before = doc.actorMentions.find((m) => text.slice(m.start, m.end) === 'security forces');
  assert.equal(before?.rule, 'actor-generic:military:country-in-text:PK', 'the only country word is Pakistan');
  const settled = settleActorCountries(doc, ctx).find((m) => text.slice(m.start, m.end) === 'security forces');
  // The Taliban's forces since August 2021.
  assert.equal(settled?.entity, 'afghan-taliban');
  assert.equal(settled?.rule, 'actor-generic:military:place-in-document:AF');
  // Named before the mention, the country word still gives the nationality.
  const earlier = "KABUL: Pakistan's Foreign Office said on Friday that security forces had arrested two suspects. The bombing in western Kabul killed twelve.";
  const doc2 = emptyDoc({ id: 't2', title: null, published: '2026-11-22', source: null, url: null, byline: null, language: 'en' }, earlier);
  for (const c of DEFAULT_COMPONENTS) {
    if (c.name === 'actor-countries') break;
    c.run(doc2, ctx);
  }
  const kept = settleActorCountries(doc2, ctx).find((m) => earlier.slice(m.start, m.end) === 'security forces');
  assert.equal(kept?.entity, 'pakistan-army');
});

test('explainActor lists the candidates of a shared name and says which the date picked', () => {
  const x = explainActor(g, 'Afghan forces', '2020-05-01');
  assert.equal(x.asName.id, 'afghan-republic-forces');
  assert.equal(x.mentions.length, 1);
  assert.deepEqual(x.mentions[0].candidates.map((c) => c.id).sort(), ['afghan-republic-forces', 'afghan-taliban']);
  assert.match(x.mentions[0].rule, /by-date$/);
});
