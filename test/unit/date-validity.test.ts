import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

const signed = (body: string, date = '2026年11月20日') => `关于2026年安全生产工作的报告\n\n${body}\n特此报告。\n\n××局\n${date}\n`;

ruleTester('date-validity', {
  valid: [
    '会议于2026年11月29日（星期日）召开。',
    '2024年2月29日完成验收。',
    '2026年3月1日至15日集中整改，3月16日至4月30日巡回检查。',
    '2026年3月1日—2026年3月15日集中整改。',
    // no year anywhere: a weekday cannot be checked
    '会议于11月29日（星期五）召开。',
    // 文号, numbered items and all-numeric strings are not 年月日 dates
    '依据《关于印发〔2024〕5号文件的通知》，完成13个月的整改。',
    '版本号2026.13.40已发布。',
    // 截至 a past date, and 截至 a later date for what is planned
    signed('截至2026年10月底，已完成整改12项。截至2026年12月底，要完成全部整改。'),
    '二〇二六年二月二十八日召开会议。',
    '农历2月30日举办庙会。',
  ],
  invalid: [
    { text: '会议于2026年13月5日召开。', findings: [{ text: '2026年13月5日', message: /没有13月/, severity: 'error', noFix: true }] },
    { text: '会议于2月30日召开。', findings: [{ text: '2月30日', message: /2月只有29天/ }] },
    { text: '会议于2026年2月29日召开。', findings: [{ text: '2026年2月29日', message: /2026年是平年/ }] },
    { text: '会议于4月31号召开。', findings: [{ text: '4月31号', message: /4月只有30天/ }] },
    { text: '会议于二〇二六年二月三十日召开。', findings: [{ text: '二〇二六年二月三十日', message: /2月只有28天/ }] },
    {
      text: '会议于2026年11月29日（星期五）召开。',
      findings: [
        { text: '2026年11月29日（星期五）', message: '2026年11月29日是星期日，不是星期五：请核对日期或星期。', range: [0, 3, 0, 19] },
      ],
    },
    // the year of a date without one comes from the text before it
    {
      text: '2026年工作安排如下：11月29日（周五）召开推进会。',
      findings: [{ text: '11月29日（周五）', message: /按2026年推算，2026年11月29日是星期日/ }],
    },
    {
      text: '2026年3月15日至3月1日集中整改。',
      findings: [{ text: '2026年3月15日至3月1日', severity: 'warning', message: /结束日期2026年3月1日早于开始日期2026年3月15日/ }],
    },
    { text: '2026年3月15日至10日集中整改。', findings: [{ text: '2026年3月15日至10日', severity: 'warning' }] },
    {
      text: signed('截至2026年12月31日，已完成整改12项。'),
      findings: [{ text: '2026年12月31日', severity: 'warning', message: /晚于成文日期2026年11月20日，却写的是已完成的情况/ }],
    },
  ],
});

test('date-validity names both ends of a reversed span, and the 成文日期 of a late 截至, as related locations', () => {
  const [reversed] = findingsOf('2026年3月15日至3月1日集中整改。', 'date-validity');
  assert.deepEqual(
    reversed.related?.map((r) => [r.message, r.range.start.character, r.range.end.character]),
    [
      ['开始日期“2026年3月15日”', 0, 10],
      ['结束日期“3月1日”', 11, 15],
    ],
  );
  const [late] = findingsOf(signed('截至2026年12月31日，已完成整改12项。'), 'date-validity');
  assert.deepEqual(
    late.related?.map((r) => [r.message, r.range.start.line]),
    [['成文日期2026年11月20日', 6]],
  );
});

test('date-validity reads a span written 3月15日—3月1日 without a year, by the year before it', () => {
  assert.deepEqual(
    findingsOf('2026年工作安排：3月15日—3月1日集中整改。', 'date-validity').map((f) => f.text),
    ['3月15日—3月1日'],
  );
});
