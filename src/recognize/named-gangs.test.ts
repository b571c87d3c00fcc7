import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';

// Unknown gang names before "Gang" (named-gangs.ts), through the public analyze(); our own sentences.

function actorsOf(text: string): Array<[string, string[]]> {
  const a = analyze(text, { published: '2026-11-24' });
  return a.actors.map((x) => [x.id, x.mentions.map((m) => text.slice(m.start, m.end))]);
}

describe('gangs named by a name the gazetteer lacks', () => {
  test('"members of the Spanglers Gang" is an unidentified gang where it acts, the whole name its mention', () => {
    const text = 'On 7 June 2022, in Kingston, members of the Spanglers Gang shot and killed a man near Orange Street.';
    assert.deepEqual(actorsOf(text), [['unidentified-gang:JM', ['Spanglers Gang']]]);
  });

  test('a curated name inside gives way ("Taliban Gang" in Jamaica is no Afghan Taliban)', () => {
    const text = 'On 7 June 2022, the Taliban Gang clashed with police in Spanish Town, Jamaica.';
    const ids = actorsOf(text).map(([id]) => id);
    assert.ok(ids.includes('unidentified-gang:JM'), JSON.stringify(ids));
    assert.ok(!ids.includes('afghan-taliban'), JSON.stringify(ids));
  });

  test('"Gangs" in the plural names them too; a lower-case "gangs" does not', () => {
    const text = 'On 7 June 2022, members of the Clansman Gangs clashed with police in Spanish Town, Jamaica.';
    assert.deepEqual(actorsOf(text).find(([id]) => id.startsWith('unidentified-gang')), ['unidentified-gang:JM', ['Clansman Gangs']]);
    assert.ok(!actorsOf('On 7 June 2022, Clansman gangs clashed with police in Spanish Town, Jamaica.').some(([, ms]) => ms.includes('Clansman gangs')));
  });

  test('a name the gazetteer knows whole keeps its own entry; "gang members" and headlines are left alone', () => {
    assert.deepEqual(actorsOf('Members of the 400 Mawozo Gang kidnapped two pastors in Croix-des-Bouquets.').map(([id]) => id), ['400-mawozo']);
    assert.deepEqual(actorsOf('Three gang members were arrested in Kingston.').map(([id]) => id), ['unidentified-gang:JM']);
    assert.ok(!actorsOf('Police Arrest Gang Leaders In Karachi').some(([id]) => id.startsWith('unidentified-gang')));
  });
});
