import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, check } from '../../engine';
import type { Finding } from '../../engine/types';
import { exampleReport } from '../../engine/rules/example-report';
import { REFERENCE_DATE } from '../helpers/engine';

const findings = (text: string, rule: string): Finding[] => check(text, { referenceDate: REFERENCE_DATE }).filter((f) => f.rule === rule);

// The shared example 自查报告 with its opening paragraph dropped: the text goes straight into 一、 after the 主送机关.
const NO_OPENING = exampleReport({ '根据市局通知要求，我局对2026年度安全生产工作开展了自查，现将自查情况报告如下：': null });

test('lead-in: a text that opens directly with 一、 is reported on that heading, and the fix puts the lead-in before it', () => {
  const [finding, ...rest] = findings(NO_OPENING, 'lead-in');
  assert.equal(rest.length, 0);
  assert.equal(finding.text, '一、');
  assert.equal(finding.range.start.line, 3);
  assert.match(finding.message, /正文直接从“一、”开始/);
  const fixed = applyEdits(NO_OPENING, finding.fixes[0].edits).text;
  assert.ok(fixed.includes('市应急管理局：\n　　现将有关情况报告如下：\n　　一、自查工作开展情况\n'), fixed);
  assert.deepEqual(findings(fixed, 'lead-in'), [], 'the fixed text has its lead-in');
  assert.deepEqual(findings(fixed, 'heading-numbering'), []);
});

test('lead-in: types without a lead-in (述职报告, 对照检查材料) may open with 一、', () => {
  const duty =
    '2026年度个人述职述责述廉报告\n\n一、履职情况\n认真履行岗位职责。\n二、廉洁自律情况\n严守纪律。\n三、存在的问题\n学习不够深入。\n四、下一步打算\n加强学习。\n';
  assert.deepEqual(findings(duty, 'lead-in'), []);
});

test('missing-section: anchored after the last top-level part, never on a level-3 item', () => {
  const text = [
    '关于2026年度安全生产情况的报告',
    '',
    '市应急管理局：',
    '今年以来，我局认真落实安全生产责任制。现将有关情况报告如下：',
    '一、主要工作',
    '（一）压实责任。',
    '1.签订责任书。全年签订责任书86份。',
    '2.开展专项检查。',
    '二、存在的问题',
    '（一）隐患排查不够深入。',
    '1.部分企业自查流于形式。',
    '2.执法力量不足。',
    '',
    '××局',
    '2026年11月20日',
    '',
  ].join('\n');
  const [missing] = findings(text, 'missing-section');
  assert.match(missing.message, /缺少“下步打算”部分/);
  assert.equal(missing.length, 0, 'a point, not the text of an item');
  assert.equal(missing.offset, text.indexOf('执法力量不足。') + '执法力量不足。'.length, 'right after the last part, before the 落款');
  const [closing] = findings(text, 'closing');
  assert.equal(closing.offset, missing.offset, 'the closing belongs at the same place');
});

test('missing-section: a part that goes between two parts is shown on the top-level heading it goes before', () => {
  const text =
    '关于2026年度安全生产工作情况的报告\n\n市应急管理局：\n现将有关情况报告如下：\n一、主要工作\n（一）压实责任。\n1.签订责任书。\n二、下一步工作打算\n持续推进隐患排查治理。\n特此报告。\n\n××局\n2026年11月20日\n';
  const [missing] = findings(text, 'missing-section');
  assert.match(missing.message, /缺少“存在问题”部分/);
  assert.equal(missing.text, '下一步工作打算');
});
