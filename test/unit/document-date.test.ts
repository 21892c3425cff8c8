import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../engine';
import { today } from '../../engine/dates';
import { findingsOf } from '../helpers/engine';

const report = (title: string, date: string, opening = '今年以来，我局认真落实各项部署。现将有关情况报告如下：') =>
  `${title}\n\n县委：\n${opening}\n一、主要工作\n（一）加强学习。组织专题学习12次。\n二、存在问题\n学习不够深入。\n特此报告。\n\n县财政局\n${date}\n`;
const COPIED = report('关于2026年度落实全面从严治党主体责任情况的自查报告', '2021年11月20日');

test('a 2026 report signed 2021: earlier than the year it describes, fixed to the reference date', () => {
  const [finding, ...rest] = findingsOf(COPIED, 'document-date');
  assert.equal(rest.length, 0);
  assert.equal(finding.text, '2021年11月20日');
  assert.equal(finding.severity, 'warning');
  assert.equal(finding.message, '成文日期2021年11月20日早于报告所述的2026年（标题）：是否沿用了旧报告的落款日期？');
  assert.deepEqual(
    finding.fixes.map((f) => [f.title, f.safe]),
    [['改为参考日期“2026年11月23日”', false]],
  );
  assert.equal(applyEdits(COPIED, finding.fixes[0].edits).text, COPIED.replace('2021年11月20日', '2026年11月23日'));
  const [fromToday] = findingsOf(COPIED, 'document-date', { referenceDate: undefined });
  const [y, m, d] = today().split('-').map(Number);
  assert.equal(fromToday.fixes[0].title, `改为今天“${y}年${m}月${d}日”`);
});

test('the described year comes from the title, else the opening, or a top-level heading; a plan may be signed the year before', () => {
  const opening = report('党风廉政建设工作情况报告', '2021年11月20日', '2026年，我局认真落实各项部署。现将有关情况报告如下：');
  assert.match(findingsOf(opening, 'document-date', { referenceDate: '2021-11-25' })[0].message, /早于报告所述的2026年（开头）/);
  const heading = report('工作情况报告', '2024年11月20日').replace('一、主要工作', '一、2025年工作回顾');
  assert.match(findingsOf(heading, 'document-date', { referenceDate: '2024-11-25' })[0].message, /2025年（标题“2025年工作回顾”）/);
  const plan = report('县财政局2027年工作计划', '2026年12月20日');
  assert.deepEqual(findingsOf(plan, 'document-date', { referenceDate: '2026-12-25' }), [], 'a plan for next year signed this December');
  assert.equal(findingsOf(report('县财政局2027年工作计划', '2025年12月20日'), 'document-date', { referenceDate: '2025-12-25' }).length, 1);
});

test('draft mode: more than maxAgeMonths before the reference date, or after it', () => {
  const signed = (date: string) => report('关于落实全面从严治党主体责任情况的自查报告', date);
  assert.deepEqual(findingsOf(signed('2026年5月23日'), 'document-date'), [], 'six months is fine');
  const [old] = findingsOf(signed('2026年5月22日'), 'document-date');
  assert.equal(
    old.message,
    '成文日期2026年5月22日比参考日期2026年11月23日（草稿模式：指定的参考日期；成文日期 2026-05-22 仅作参考）早6个月以上：草稿的成文日期应是签发日期，是否沿用了旧报告的落款日期？',
  );
  assert.deepEqual(findingsOf(signed('2026年5月22日'), 'document-date', { ruleOptions: { 'document-date': { maxAgeMonths: 12 } } }), []);
  const [future] = findingsOf(signed('2026年12月1日'), 'document-date');
  assert.match(future.message, /^成文日期2026年12月1日晚于参考日期2026年11月23日（草稿模式：指定的参考日期；/);
  assert.deepEqual(findingsOf(signed('2026年11月23日'), 'document-date'), []);
  assert.deepEqual(
    findingsOf(signed('2025年8月31日'), 'document-date', { referenceDate: '2026-02-28' }),
    [],
    'month ends: 28 Feb − 6 months = 28 Aug',
  );
  assert.equal(findingsOf(signed('2025年8月27日'), 'document-date', { referenceDate: '2026-02-28' }).length, 1);
});

test('archive mode is silent about age and the future, not about a date before the described year', () => {
  const options = { referenceDate: undefined, dateMode: 'archive' as const };
  assert.deepEqual(findingsOf(report('关于落实主体责任情况的自查报告', '2021年11月20日'), 'document-date', options), []);
  const [contradiction] = findingsOf(COPIED, 'document-date', options);
  assert.match(contradiction.message, /早于报告所述的2026年/);
  assert.deepEqual(contradiction.fixes, [], 'no fix: the archived date is what it is');
});

test('the fix keeps the date’s style: Chinese numerals, separators, else the GB/T 9704 form', () => {
  const fixed = (date: string) =>
    findingsOf(COPIED.replace('2021年11月20日', date), 'document-date', { referenceDate: '2026-11-09' })[0].fixes[0].edits[0].newText;
  assert.equal(fixed('二〇二一年十一月二十日'), '二〇二六年十一月九日');
  assert.equal(fixed('2021-11-20'), '2026-11-09');
  assert.equal(fixed('2021.1.5'), '2026.11.9');
  assert.equal(fixed('2021年01月05日'), '2026年11月9日');
});

test('no 成文日期, or an invalid one, is left to date-format', () => {
  assert.deepEqual(findingsOf(COPIED.replace('2021年11月20日\n', ''), 'document-date'), []);
  assert.deepEqual(findingsOf(COPIED.replace('2021年11月20日', '2021年13月20日'), 'document-date'), []);
});
