import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { check } from '../../engine';
import { REFERENCE_DATE, segmenters } from '../helpers/engine';

// A realistic 整改情况报告 written for this test with nineteen planted defects of counts, sums, rates, dates and names, and its
// corrected version (every number put right, nothing else changed).
const DIR = path.resolve(__dirname, '../../../test/fixtures/reports');
const read = (name: string) => fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');

test('consistency report: every planted defect is found, in order, under both segmenters', () => {
  for (const segmenter of segmenters) {
    const found = check(read('consistency'), { referenceDate: REFERENCE_DATE, segmenter });
    assert.deepEqual(
      found.map((f) => `${f.rule}:${f.text}`),
      [
        'abbreviation:专班',
        'abbreviation:发改委',
        'numeral-usage:二零二六',
        'sum-check:12家',
        'sum-check:6次',
        'sum-check:1.2亿元',
        'rate-check:57%',
        'rate-check:60%',
        'sum-check:1000户',
        'rate-check:99.7%',
        'sum-check:40%、基本满意的占65%',
        'announced-count:三',
        'announced-count:三',
        'announced-count:四',
        'growth-check:25%',
        'growth-check:10%',
        'sum-check:20个',
        'date-validity:2026年11月20日（星期三）',
        'announced-count:三',
      ],
      segmenter.name,
    );
    // Counts, sums and names are for a person to settle: no fix, but the places compared as related places.
    for (const f of found.filter((x) => ['sum-check', 'rate-check', 'growth-check', 'announced-count', 'abbreviation'].includes(x.rule))) {
      assert.deepEqual(f.fixes, [], f.message);
      assert.ok(f.related && f.related.length >= (f.rule === 'abbreviation' ? 1 : 2), f.message);
    }
  }
});

test('consistency report: the corrected version raises nothing at all', () => {
  for (const segmenter of segmenters) {
    assert.deepEqual(
      check(read('consistency-corrected'), { referenceDate: REFERENCE_DATE, segmenter }).map((f) => `${f.rule}:${f.text}`),
      [],
      segmenter.name,
    );
  }
});
