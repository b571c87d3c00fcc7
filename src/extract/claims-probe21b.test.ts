import { describe } from 'node:test';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// news47's "noticed, left alone" list of session 21, taken up by news51: each text is sentences
// of our own writing, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2026-11-24';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

describe("a long office with its holder's name in apposition is one named source, before a participle too", () => {
  table([
    [
      '", but the <office of ... range>, <name>, later corrected this, saying": the holder\'s claim',
      'Officials had earlier said that the fire at the depot was set by militants, but the Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later corrected this, saying an electrical fault was to blame.',
      [
        ['Officials had earlier said that the fire at the depot was set by militants', 'official', 'Officials', 'asserted'],
        [
          'the Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later corrected this, saying an electrical fault was to blame.',
          'named',
          'the Deputy Inspector General of Police for Zhob range, Karim Bakhsh',
          'asserted',
        ],
      ],
    ],
    [
      'the same office and holder opening the sentence before the participle',
      'The Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later revised the figure, saying six guards had been hurt.',
      [
        [
          'The Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later revised the figure, saying six guards had been hurt.',
          'named',
          'The Deputy Inspector General of Police for Zhob range, Karim Bakhsh',
          'asserted',
        ],
      ],
    ],
    [
      '"However," before the office and holder: the adverb opens the sentence, the subject follows',
      'However, the Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later revised the figure, saying six guards had been hurt.',
      [
        [
          'However, the Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later revised the figure, saying six guards had been hurt.',
          'named',
          'the Deputy Inspector General of Police for Zhob range, Karim Bakhsh',
          'asserted',
        ],
      ],
    ],
    [
      'an apposition that is no name ("an old rival,") makes no holder: the office alone speaks',
      'The district police chief, an old rival of the mayor, later withdrew the complaint, saying it had been a misunderstanding.',
      [['The district police chief, an old rival of the mayor, later withdrew the complaint, saying it had been a misunderstanding.', 'official', 'The district police chief', 'asserted']],
    ],
  ]);
});

describe("a group's chief speaks for it, and its claim of having carried out attacks is its own claim", () => {
  table([
    [
      '"BLA chief <name> claimed that the group had carried out …": self, asserted',
      'BLA chief Bashir Zeb claimed that the group had carried out 90 attacks in the province since March.',
      [['BLA chief Bashir Zeb claimed that the group had carried out 90 attacks in the province since March.', 'self', 'BLA chief Bashir Zeb', 'asserted']],
    ],
    [
      '"The TTP claimed its fighters staged the raid": no auxiliary before the verb of the act',
      'The TTP claimed its fighters staged the raid on the checkpost in Tank.',
      [['The TTP claimed its fighters staged the raid on the checkpost in Tank.', 'self', 'TTP', 'asserted']],
    ],
    [
      "a state's chief claiming his army's operations is no group's own claim: named, hedged",
      'The army chief, General Khalid Rana, claimed that the army had carried out 50 operations this year.',
      [['The army chief, General Khalid Rana, claimed that the army had carried out 50 operations this year.', 'named', 'The army chief, General Khalid Rana', 'hedged']],
    ],
    [
      'a chief claiming what another group did accuses it: hedged',
      'BLA chief Bashir Zeb claimed that the TTP had carried out the bombing in Quetta.',
      [['BLA chief Bashir Zeb claimed that the TTP had carried out the bombing in Quetta.', 'named', 'BLA chief Bashir Zeb', 'hedged']],
    ],
    [
      'a group claiming a toll, no act it carried out, stays hedged',
      'The TTP claimed that 30 soldiers had been killed in the clash.',
      [['The TTP claimed that 30 soldiers had been killed in the clash.', 'named', 'TTP', 'hedged']],
    ],
  ]);
});

describe("a threat is its maker's own statement of intent: predicted, like a vow", () => {
  table([
    [
      // The threatened attacks are no event since news53 (an act only threatened is none), so the
      // claim links no act of the TTP's and is named, not self.
      '"The TTP threatened to step up attacks": the group\'s own statement, named (no act told yet)',
      'The TTP threatened to step up attacks on polling stations in Dera Ismail Khan.',
      [['The TTP threatened to step up attacks on polling stations in Dera Ismail Khan.', 'named', 'TTP', 'predicted']],
    ],
    [
      'a named group threatening an act that is no attack: named, predicted',
      'The BLA threatened to close the coastal highway to all traffic from Monday.',
      [['The BLA threatened to close the coastal highway to all traffic from Monday.', 'named', 'BLA', 'predicted']],
    ],
    [
      'a threat in a clause after "after": the flight is the reporter\'s, the threat its makers\', "suspected" with them',
      'Families left the hamlet near Wana after suspected TTP militants threatened to attack it.',
      [
        ['Families left the hamlet near Wana', 'unattributed', null, 'asserted'],
        ['suspected TTP militants threatened to attack it.', 'named', 'TTP militants', 'predicted'],
      ],
    ],
    [
      '"threatened" with an object, no "to": a threat made by force, no statement',
      'The gunmen threatened the shopkeepers with their rifles before leaving.',
      [['The gunmen threatened the shopkeepers with their rifles before leaving.', 'unattributed', null, 'asserted']],
    ],
  ]);
});

describe("words a source quotes from another are the quoting source's claim (nested speech, sessions 14 and 20): read so before and after news51", () => {
  table([
    [
      'a spokesperson posting that the army "repulsed the attack": one claim, the spokesperson\'s',
      'The interior ministry spokesperson posted on X that the army had "repulsed the attack" near the border in Chaman.',
      [['The interior ministry spokesperson posted on X that the army had "repulsed the attack" near the border in Chaman.', 'official', 'The interior ministry spokesperson', 'asserted']],
    ],
    [
      '"… and quoted the army as saying that …": no claim of the army\'s own',
      'The interior ministry spokesperson posted on X that the reports were baseless and quoted the army as saying that no drone had crossed the border.',
      [['The interior ministry spokesperson posted on X that the reports were baseless and quoted the army as saying that no drone had crossed the border.', 'official', 'The interior ministry spokesperson', 'denied']],
    ],
  ]);
});
