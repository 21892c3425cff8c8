import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { applyEdits, check } from '../../engine';
import { REFERENCE_DATE, segmenters } from '../helpers/engine';

// A realistic 情况报告 written for this test with eighteen defects of dates and 数字用法, and its corrected version.
const DIR = path.resolve(__dirname, '../../../test/fixtures/reports');
const read = (name: string) => fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
const RULES = new Set(['date-validity', 'time-word', 'date-form', 'numeral-usage']);

test('numbers report: every planted date and numeral defect is found, in order, under both segmenters', () => {
  for (const segmenter of segmenters) {
    const found = check(read('numbers-dates'), { referenceDate: REFERENCE_DATE, segmenter }).filter((f) => RULES.has(f.rule));
    assert.deepEqual(
      found.map((f) => `${f.rule}:${f.text}`),
      [
        'numeral-usage:二零二六',
        'numeral-usage:党的20大',
        'date-validity:2026年3月2日（星期二）',
        'numeral-usage:3、4',
        'time-word:去年（2026年）',
        'numeral-usage:2O0',
        'numeral-usage:约600家左右',
        'date-validity:2026年4月15日至4月1日',
        'date-validity:2026年6月31日',
        'numeral-usage:1',
        'numeral-usage:2',
        'numeral-usage:3～5万',
        'numeral-usage:10-20%',
        'date-form:5月28号',
        'numeral-usage:下午15时',
        'numeral-usage:下降了2倍',
        'numeral-usage:两个100年',
        'date-form:2026.9.1',
      ],
      segmenter.name,
    );
  }
});

test('numbers report: the corrected version raises nothing at all, and the safe fixes move the draft towards it', () => {
  assert.deepEqual(
    check(read('numbers-dates-corrected'), { referenceDate: REFERENCE_DATE }).map((f) => `${f.rule}:${f.text}`),
    [],
  );
  const draft = read('numbers-dates');
  const safe = check(draft, { referenceDate: REFERENCE_DATE })
    .filter((f) => RULES.has(f.rule))
    .flatMap((f) => f.fixes.filter((x) => x.safe).flatMap((x) => x.edits));
  const fixed = applyEdits(draft, safe).text;
  for (const right of [
    '二〇二六年以来',
    '党的二十大',
    '三四个月',
    '3万～5万元',
    '10%～20%',
    '5月28日起',
    '“两个一百年”',
    '2026年9月1日前',
  ]) {
    assert.ok(fixed.includes(right), right);
  }
});
