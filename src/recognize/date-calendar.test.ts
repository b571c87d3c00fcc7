import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY_MS, daysInMonth, partsOf } from './date-calendar.ts';

// partsOf and daysInMonth work by arithmetic where they can; Date is the reference for all of it.

test('partsOf splits every day of years 1000 to 9999 (and the edges past them) as Date does', () => {
  for (let day = -354300; day <= 2932910; day++) {
    const dt = new Date(day * DAY_MS);
    const [y, m, d] = partsOf(day);
    if (y !== dt.getUTCFullYear() || m !== dt.getUTCMonth() + 1 || d !== dt.getUTCDate()) {
      assert.fail(`day ${day}: got ${y}-${m}-${d}, Date says ${dt.toISOString()}`);
    }
  }
  assert.deepEqual(partsOf(0), [1970, 1, 1]);
  assert.deepEqual(partsOf(-719528), [0, 1, 1]);
  assert.deepEqual(partsOf(11016), [2000, 2, 29]);
  assert.deepEqual(partsOf(-Infinity), [NaN, NaN, NaN]);
  assert.deepEqual(partsOf(0.5), [1970, 1, 1]);
});

test('daysInMonth counts as Date.UTC does, years 0 to 99 read as 1900 to 1999 included', () => {
  for (let y = -50; y <= 10050; y++) {
    for (let m = 0; m <= 13; m++) {
      assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
    }
  }
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(0, 2), 28); // Date.UTC: the year 1900
  assert.equal(daysInMonth(2024, 2.5), new Date(Date.UTC(2024, 2.5, 0)).getUTCDate());
  assert.ok(Number.isNaN(daysInMonth(NaN, 2)));
});
