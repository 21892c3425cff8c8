import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

const text = '2021年，我局认真落实各项部署。现将有关情况报告如下：\n一、主要工作\n正文。\n';
const signed = text + '特此报告。\n\n××局\n2021年12月30日\n';
const opening = {
  text: '2021年，我局认真落实各项部署。',
  severity: 'hint' as const,
  message: /报告说的是2021年，参考日期是2026年11月/,
  noFix: true as const,
};

ruleTester('stale-year', {
  valid: [
    // early next year is normal
    { text, options: { referenceDate: '2022-01-10' } },
    // archive mode: judged at its own 成文日期
    { text: signed, options: { referenceDate: undefined, dateMode: 'archive' } },
    // a current report may recall what a past year was
    {
      text: '2026年，我县扎实推进乡村振兴。现将有关情况报告如下：\n一、主要工作\n回顾过去五年，2021年是“十四五”开局之年，2020年脱贫攻坚收官，全县发展基础更加坚实。\n',
      options: { referenceDate: '2026-11-29' },
    },
  ],
  invalid: [
    // a report about 2021 checked in 2026 is hinted at on its opening sentence
    { text, findings: [opening] },
    // draft mode: the old 成文日期 is only evidence
    { text: signed, findings: [opening] },
    {
      // a copied opening that says what "this" year is, and the body's claims about the same year
      text: '2019年是决胜全面建成小康社会的关键之年。一年来，我镇狠抓各项工作落实。现将有关情况报告如下：\n一、主要工作\n我们把扶贫产业作为2019年脱贫攻坚收官的关键来抓，2018年是打基础之年。\n',
      options: { referenceDate: '2026-11-29' },
      findings: [
        { text: '2019年是决胜全面建成小康社会的关键之年。', severity: 'warning', message: /报告说的是2019年/ },
        { text: '2019年脱贫攻坚收官', severity: 'warning', message: /把2019年当作本年来写，参考日期是2026年/ },
      ],
    },
  ],
});

test('stale-year reads top-level headings and years written without 年', () => {
  const report =
    '2026年，我局认真落实各项部署。现将有关情况报告如下：\n一、2018年工作回顾\n正文。\n二、2023上半年主要问题\n正文。\n三、2021—2025年主要成效\n正文。\n四、今年工作打算\n正文。\n';
  assert.deepEqual(
    textsOf(report, 'stale-year'),
    ['2018年工作回顾', '2023上半年主要问题'],
    'spans and relative words are not the report’s own year',
  );
  assert.deepEqual(textsOf('关于2023上半年工作情况的报告\n\n正文。\n', 'stale-year'), ['关于2023上半年工作情况的报告']);
});

// The year of an object the report deals with is not the report's own year: an audited fiscal year, an event's date.
test('an audited fiscal year or a day-exact event date is not the year the report is about', () => {
  const audit =
    '关于2024年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n主任、各位副主任、各位委员：\n现将整改情况报告如下：\n一、整改工作总体情况\n正文。\n';
  assert.deepEqual(textsOf(audit, 'stale-year', { referenceDate: '2026-01-08' }), [], 'the audit of 2024, reported on in 2026');
  const event = '2024年10月8日至11月20日，县委巡察组对我局开展常规巡察。现将整改进展情况报告如下：\n一、整改工作开展情况\n正文。\n';
  assert.deepEqual(textsOf(event, 'stale-year', { referenceDate: '2026-01-20' }), [], 'the date of the inspection followed up');
  // still found: a copied title or opening that names its own year
  assert.equal(
    textsOf('关于2024年度安全生产工作的自查报告\n一、主要工作\n正文。\n', 'stale-year', { referenceDate: '2026-11-20' }).length,
    1,
  );
  assert.equal(
    textsOf('2024年，我局认真落实预算执行各项要求。现将有关情况报告如下：\n一、主要工作\n正文。\n', 'stale-year', {
      referenceDate: '2026-11-20',
    }).length,
    1,
    'a fiscal word further on in the sentence does not excuse the report’s own year',
  );
  assert.equal(
    textsOf('关于2024年度审计整改和2025年度安全生产工作的报告\n一、主要工作\n正文。\n', 'stale-year', { referenceDate: '2027-11-20' })
      .length,
    1,
    'the next year in the title that is its own is used',
  );
});
