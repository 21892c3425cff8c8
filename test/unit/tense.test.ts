import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spokenOfAsPast } from '../../engine/tense';
import { textsOf } from '../helpers/engine';

const past = (sentence: string, phrase: string, year = 2026) => spokenOfAsPast(sentence, sentence.indexOf(phrase), phrase.length, year);

test('past cues: an earlier year, 以来, 期间, 已, 了, and 巩固…成果', () => {
  assert.ok(past('2021年，我局扎实开展党史学习教育。', '党史学习教育'));
  assert.ok(past('党史学习教育开展以来，我们持续发力。', '党史学习教育'));
  assert.ok(past('我们开展了党史学习教育。', '党史学习教育'));
  assert.ok(past('持续巩固拓展党史学习教育成果。', '党史学习教育'));
  assert.ok(past('在党史学习教育期间，组织专题学习。', '党史学习教育'));
});

test('present or future use is not past', () => {
  assert.ok(!past('以党史学习教育为主轴主线，推进作风建设。', '党史学习教育'));
  assert.ok(!past('深入开展党史学习教育；2021年的成绩不代表今天。', '党史学习教育'), 'cues after the clause do not count');
  assert.ok(!past('2026年，深入开展党史学习教育。', '党史学习教育'), 'the reference year itself is present');
});

test('stale-year: a report about 2021 checked in 2026 is hinted at on its opening sentence', () => {
  const text = '2021年，我局认真落实各项部署。现将有关情况报告如下：\n一、主要工作\n正文。\n';
  assert.deepEqual(textsOf(text, 'stale-year'), ['2021年，我局认真落实各项部署。']);
  assert.deepEqual(textsOf(text, 'stale-year', { referenceDate: '2022-01-10' }), [], 'early next year is normal');
  const signed = text + '特此报告。\n\n××局\n2021年12月30日\n';
  assert.deepEqual(textsOf(signed, 'stale-year'), [], 'judged at its own 成文日期');
});
