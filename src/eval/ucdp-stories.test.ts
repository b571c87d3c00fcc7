import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { needsShared, sharedPath } from '../../test/shared.ts';
import { STORY_TRAINING } from '../corroborate/train.ts';
import { analyseReports, chooseThreshold, fitOnHalf, innerFolds, readUcdpReports, rowReports, scoreGroups, SWEEP, ucdpStoriesScorer, wholeData } from './ucdp-stories.ts';

const TMP = mkdtempSync(join(tmpdir(), 'corroborate-stories-'));
after(() => rmSync(TMP, { recursive: true, force: true }));

const UCDP = 'data/ucdp-pakistan/dev.csv';

describe('ucdp-stories scorer', () => {
  test('pairwise and B-cubed scores with overlapping groups, worked by hand', () => {
    // gold: {0,1,2} and {2,3} (report 2 is in two events), 4 alone; ours: {0,1}, {2,3}, 4 alone.
    const s = scoreGroups([[0, 1, 2], [2, 3]], [[0, 1], [2, 3]], 5);
    assert.deepEqual([s.goldPairs, s.ourPairs, s.common], [4, 2, 2]);
    assert.deepEqual([s.pairwisePrecision, s.pairwiseRecall, s.pairwiseF1], [1, 0.5, 0.6667]);
    // B-cubed recall per report: 2/3, 2/3, 2/4, 2/2, 1/1 → 0.7667; precision 1 everywhere.
    assert.deepEqual([s.bcubedPrecision, s.bcubedRecall, s.bcubedF1], [1, 0.7667, 0.8679]);
    assert.equal(scoreGroups([[0, 1]], [], 2).pairwiseF1, 0, 'every report alone scores 0');
  });

  test('the threshold is the best of the sweep after smoothing with its neighbours, so a lone spike does not win', () => {
    const f1s = SWEEP.map(() => 0.6);
    f1s[1] = 0.7; // a spike between two poor neighbours
    f1s[8] = f1s[9] = f1s[10] = 0.66; // a plateau
    f1s[0] = f1s[2] = 0.5;
    assert.equal(chooseThreshold(f1s).threshold, SWEEP[9]);
    assert.equal(chooseThreshold(SWEEP.map(() => 0.6)).threshold, SWEEP[0], 'ties go to the lower threshold');
  });

  test('the threshold: the fit on its own reports beside an inner two-fold whose months are dealt in calendar order (session 18)', needsShared(UCDP), () => {
    // The UCDP reports of 2003: 44 headlines over nine months.
    const reports = readUcdpReports(sharedPath(UCDP)).reports.filter((r) => r.day.startsWith('2003-'));
    const half = wholeData(reports, analyseReports(reports));
    const monthOf = (events: readonly string[]) => {
      const first = new Map<string, string>();
      for (const r of reports) for (const e of r.events) if (!first.has(e) || r.day < first.get(e)!) first.set(e, r.day);
      return [...new Set(events.map((e) => first.get(e)!.slice(0, 7)))].sort();
    };
    const months = monthOf(reports.flatMap((r) => r.events));
    assert.ok(months.length >= 6, months.join(' '));
    const folds = innerFolds(half, 2);
    folds.forEach(({ scored, rest }, k) => {
      // Every other month, from the first (fold 0) or the second (fold 1); the rest is the other fold.
      assert.deepEqual(monthOf(scored.reports.flatMap((r) => r.events)), months.filter((_, i) => i % 2 === k));
      assert.deepEqual(monthOf(rest.reports.flatMap((r) => r.events)), months.filter((_, i) => i % 2 !== k));
      assert.equal(scored.reports.length + rest.reports.length, reports.length, 'no 2003 report is in two events of different folds');
      assert.deepEqual(scored.reports, [...scored.reports].sort((a, b) => a.day.localeCompare(b.day) || a.line - b.line), 'arrival order kept');
    });

    const fit = fitOnHalf(half, { ...STORY_TRAINING, thresholdFolds: 2 });
    const seen = fit.sweep.map((x) => x.pairwiseF1);
    const inner = fit.sweep.map((x) => x.innerPairwiseF1!);
    assert.ok(inner.every((x) => x >= 0 && x <= 1) && inner.some((x) => x > 0), inner.join(' '));
    assert.notDeepEqual(inner, seen, 'weights fitted on one fold see the other as new reports');
    assert.equal(fit.threshold, chooseThreshold(seen.map((x, k) => (x + inner[k]) / 2)).threshold);
    // The inner folds choose the threshold only: the weights are those of the whole part.
    const plain = fitOnHalf(half, { ...STORY_TRAINING, thresholdFolds: 0 });
    assert.deepEqual([plain.bias, plain.weights], [fit.bias, fit.weights]);
    assert.equal(plain.sweep[0].innerPairwiseF1, undefined);
    assert.equal(plain.threshold, chooseThreshold(seen).threshold);
    assert.deepEqual(fitOnHalf(half, { ...STORY_TRAINING, thresholdFolds: 2 }), fit, 'deterministic');
  });

  test('a row splits into its reports; ";" inside a headline is mended, unmatched lists are refused', () => {
    // Row 64750 of the UCDP file: seven pieces for six offices ("bus;gunmen" is one headline).
    const r = rowReports(
      "11 dead in Pakistan women university bus bomb blast: Officials;Militants target women's college bus;gunmen take over hospital;23 dead in southwest Pakistan bombings: officials",
      'Agence France Presse;Press Trust of India;Agence France Presse',
      '2013-06-15;2013-06-15;2013-06-15',
    );
    assert.ok(Array.isArray(r));
    assert.deepEqual(r.map((x) => x.headline), [
      '11 dead in Pakistan women university bus bomb blast: Officials',
      "Militants target women's college bus;gunmen take over hospital",
      '23 dead in southwest Pakistan bombings: officials',
    ]);
    assert.equal(rowReports('Pakistani, Indian troops trade fire in Kashmir; four civilians killed', 'Associated Press Newswires', '2003-09-21').length, 1);
    assert.match(rowReports('A;B', 'AFP', '2013-01-01') as string, /2 headline\(s\), 1 source_office value\(s\) and 1 source_date/);
    assert.match(rowReports('A', 'AFP', '21/09/2003') as string, /source_date "21\/09\/2003" is not a YYYY-MM-DD day/);
  });

  test('a slice of the UCDP file: known reports, pairs and baselines; a malformed row is reported by line', needsShared(UCDP), async () => {
    const raw = readFileSync(sharedPath(UCDP), 'utf8');
    const all = parse(raw, { raw: true, relax_column_count: true }) as unknown as Array<{ record: string[]; raw: string }>;
    const header = all[0].record;
    const id = header.indexOf('id');
    // The Quetta bombing of May 2013 (4 reports over 4 days) and a Karachi bomb of April 2014
    // (3 reports of one day), then a row whose dates do not pair up with its headlines.
    const pick = (ucdpId: string) => all.find((r) => r.record[id] === ucdpId)!.raw.replace(/[\r\n]+$/, '');
    const broken = pick('152859').replace('2014-04-24;2014-04-24;2014-04-24', '2014-04-24');
    const file = join(TMP, 'slice.csv');
    writeFileSync(file, [all[0].raw.replace(/[\r\n]+$/, ''), pick('64626'), pick('152859'), broken].join('\n') + '\n');

    const r = await ucdpStoriesScorer.run(file, { errors: 5 });
    assert.equal(r.dataset, 'ucdp-stories');
    assert.equal(r.records, 7);
    assert.deepEqual(r.skipped, [{ line: 4, reason: '3 headline(s), 3 source_office value(s) and 1 source_date value(s) do not pair up' }]);
    assert.equal(r.support!.events, 2);
    assert.equal(r.support!.goldPairs, 6 + 3);
    // No two Quetta reports share a day; the three Karachi reports do, and are one event.
    assert.equal(r.metrics.baselineSameDayPairwiseF1, 0.5);
    assert.equal(r.metrics.baselineAlonePairwiseF1, 0);
    for (const k of ['pairwiseF1', 'pairwisePrecision', 'pairwiseRecall', 'bcubedF1']) {
      const v = r.metrics[k]!;
      assert.ok(v >= 0 && v <= 1, `${k} = ${v}`);
    }
    // The Karachi reports are found together; what is missed is listed with both headlines.
    assert.ok(r.support!.commonPairs >= 3);
    for (const m of r.misses) {
      assert.ok(m.metric === 'missedPair' || m.metric === 'wrongPair');
      assert.match(m.text, /\[\d{4}-\d{2}-\d{2} [^\]]+\] .+ {2}\|\| {2}\[\d{4}-\d{2}-\d{2} /);
    }
  });
});
