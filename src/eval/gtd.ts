import { analyze } from '../analyze.ts';
import { isGenericActorId, loadActorGazetteer } from '../gazetteer/actors.ts';
import type { Analysis } from '../model/analysis.ts';
import { gtdAttackType, gtdTargetType } from './code-gtd.ts';
import { goldInt, readCsv } from './csv.ts';
import { classification, nameKey } from './metrics.ts';
import { primaryAgent, primaryDay, primaryEvent, primaryPlace, sumCounts } from './primary.ts';
import { actorIdForName, admin1Of, countryCode, samePlaceName, sameSpelledPlace } from './resolve.ts';
import type { EvalOptions, EvalResult, Scorer } from './types.ts';
import { confusionTable, Tally } from './tally.ts';

// GTD: text = summary. Unknown gold (-99, -9, empty) is left out of each count field's
// denominator. The perpetrator is compared by canonical actor; "Unknown" matches no agent.

const REQUIRED = [
  'eventid', 'iyear', 'imonth', 'iday', 'country_txt', 'provstate', 'city', 'summary', 'suicide',
  'attacktype1_txt', 'targtype1_txt', 'gname', 'nkill', 'nwound', 'ishostkid',
];

export const gtdScorer: Scorer = {
  name: 'gtd',
  description: 'Global Terrorism Database CSV (text = summary): attack and target type, perpetrator, casualties, date, location',
  async run(path: string, options: EvalOptions): Promise<EvalResult> {
    const t0 = performance.now();
    const { rows, skipped } = readCsv(path, REQUIRED);
    const tally = new Tally(options.errors);
    const actors = loadActorGazetteer();
    const attack: Array<[string, string]> = [];
    const target: Array<[string, string]> = [];
    let records = 0;

    for (const { line, values: r } of rows) {
      const nkill = goldInt(r.nkill);
      const nwound = goldInt(r.nwound);
      const host = goldInt(r.ishostkid);
      const suicide = goldInt(r.suicide);
      if ([nkill, nwound, host, suicide].includes('invalid') || !r.summary?.trim()) {
        skipped.push({ line, reason: !r.summary?.trim() ? 'empty summary' : 'a count or flag is not a number' });
        continue;
      }
      let a: Analysis;
      try {
        a = analyze(r.summary, { name: `gtd line ${line}` });
      } catch (e) {
        skipped.push({ line, reason: (e as Error).message });
        continue;
      }
      records++;
      const id = `${r.eventid} (line ${line})`;
      const text = r.summary;

      const ourAttack = gtdAttackType(a);
      attack.push([r.attacktype1_txt, ourAttack]);
      tally.check('attackType', r.attacktype1_txt === ourAttack, id, text, r.attacktype1_txt, ourAttack);
      const ourTarget = gtdTargetType(a);
      target.push([r.targtype1_txt, ourTarget]);

      const goldActor = r.gname === 'Unknown' ? null : actorIdForName(r.gname) ?? `unresolved:${r.gname}`;
      // GTD names a group or "Unknown": a generic agent ("assailants") or the state is no perpetrator.
      // A statement of responsibility names the group outright; an agent read from the attack
      // sentence itself counts unless it is generic or a state force.
      const agent = primaryAgent(a);
      const byStatement = primaryEvent(a)?.provenance.rules.some((r) => r.startsWith('responsibility:')) ?? false;
      const ourActor =
        agent && (byStatement || (!isGenericActorId(actors, agent) && actors.get(agent)?.type !== 'state')) ? agent : null;
      tally.check('perpetrator', goldActor === ourActor, id, text, r.gname, ourActor ?? 'Unknown');

      if (nkill !== null) {
        const ours = sumCounts(a, 'killed');
        tally.check('killed', ours === nkill, id, text, String(nkill), String(ours));
      }
      if (nwound !== null) {
        const ours = sumCounts(a, 'wounded');
        tally.check('wounded', ours === nwound, id, text, String(nwound), String(ours));
      }
      if (host !== null) {
        const ours = a.events.some((e) => e.type === 'kidnapping') ? 1 : 0;
        tally.check('hostage', ours === host, id, text, String(host), String(ours));
      }
      if (suicide !== null) {
        const ours = /\bsuicide\b/i.test(primaryEvent(a)?.trigger.text ?? '') || /\bsuicide (?:bomber|attacker|vest|car|bombing|attack)/i.test(text) ? 1 : 0;
        tally.check('suicide', ours === suicide, id, text, String(suicide), String(ours));
      }
      const iday = goldInt(r.iday);
      if (iday !== null && iday !== 'invalid' && iday > 0) {
        const gold = `${r.iyear}-${r.imonth.padStart(2, '0')}-${String(iday).padStart(2, '0')}`;
        const ours = primaryDay(a);
        tally.check('date', ours === gold, id, text, gold, ours ?? 'none');
      }
      const place = primaryPlace(a);
      const goldCountry = countryCode(r.country_txt);
      tally.check('country', !!goldCountry && place?.country === goldCountry, id, text, r.country_txt, place?.country ?? 'none');
      if (r.provstate && r.provstate !== 'Unknown') {
        tally.check('province', samePlaceName(r.provstate, admin1Of(place)), id, text, r.provstate, place?.admin1 ?? 'none');
      }
      if (r.city && r.city !== 'Unknown') {
        const ok = !!place && place.kind !== 'country' && place.kind !== 'admin1' && (nameKey(place.name) === nameKey(r.city) || samePlaceName(r.city, place.name) || sameSpelledPlace(r.city, place));
        tally.check('city', ok, id, text, r.city, place?.name ?? 'none');
      }
    }

    const at = classification(attack);
    const tt = classification(target);
    return {
      dataset: 'gtd',
      records,
      metrics: {
        attackTypeMacroF1: at.macroF1,
        attackTypeAccuracy: at.accuracy,
        targetTypeMacroF1: tt.macroF1,
        perpetratorAccuracy: tally.rate('perpetrator'),
        killedExact: tally.rate('killed'),
        woundedExact: tally.rate('wounded'),
        hostageAccuracy: tally.rate('hostage'),
        suicideAccuracy: tally.rate('suicide'),
        dateExact: tally.rate('date'),
        countryAccuracy: tally.rate('country'),
        provinceAccuracy: tally.rate('province'),
        cityAccuracy: tally.rate('city'),
      },
      support: tally.support(),
      skipped,
      misses: tally.misses,
      tables: [confusionTable('attack type (rows gold, columns ours)', at.confusion)],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
