import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

ruleTester('date-form', {
  valid: [
    '会议于2026年3月1日召开，3月15日前完成整改。',
    // a table row keeps its own layout; a 文号 and a house number are not dates
    '会议于2026年3月1日召开。\n序号\t完成时间\n1\t2026.3.15\n',
    '根据〔2024〕5号文件，3号楼已完成改造。',
    '学习《2026.3.1会议纪要》。',
    // an adoption note keeps its own form
    '（二〇二六年一月二十日通过）\n会议于2026年3月1日召开。',
    '版本2026.13.40已发布。',
  ],
  invalid: [
    {
      text: '会议于2026年3月1日召开，2026.3.15前完成整改。',
      findings: [{ text: '2026.3.15', message: /不用“2026\.3\.1”式全数字写法，应写作“2026年3月15日”，与文中其他日期一致/, safe: true }],
      output: '会议于2026年3月1日召开，2026年3月15日前完成整改。',
    },
    { text: '自2026-03-01起施行。', findings: [{ text: '2026-03-01', severity: 'warning' }], output: '自2026年3月1日起施行。' },
    {
      text: '会议于3月1号召开。',
      findings: [{ text: '3月1号', message: '日期“3月1号”用“日”不用“号”（“号”是口语）。', safe: true }],
      output: '会议于3月1日召开。',
    },
    {
      text: '会议于2026年3月1日召开，二〇二六年三月五日完成整改。',
      findings: [{ text: '二〇二六年三月五日', severity: 'info', noFix: true }],
    },
  ],
});

test('date-form points at the first 年月日 date as the related location', () => {
  const [f] = findingsOf('会议于2026年3月1日召开，2026.3.15前完成整改。', 'date-form');
  assert.deepEqual(f.related, [
    { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 12 } }, message: '本文的年月日写法：“2026年3月1日”' },
  ]);
});
