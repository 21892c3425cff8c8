import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textsOf } from '../helpers/engine';

test('stale-year: a report about 2021 checked in 2026 is hinted at on its opening sentence', () => {
  const text = '2021年，我局认真落实各项部署。现将有关情况报告如下：\n一、主要工作\n正文。\n';
  assert.deepEqual(textsOf(text, 'stale-year'), ['2021年，我局认真落实各项部署。']);
  assert.deepEqual(textsOf(text, 'stale-year', { referenceDate: '2022-01-10' }), [], 'early next year is normal');
  const signed = text + '特此报告。\n\n××局\n2021年12月30日\n';
  assert.deepEqual(textsOf(signed, 'stale-year'), [], 'judged at its own 成文日期');
});
