import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, describeReport, explainReferenceDate, parseConfig, resolveReferenceDate, settingsForFile } from '../../engine';
import { today } from '../../engine/dates';
import { textsOf } from '../helpers/engine';

test('draft mode: the explicit date, else today; the 成文日期 is only evidence', () => {
  assert.deepEqual(resolveReferenceDate('2021-11-20', undefined), {
    date: today(),
    mode: 'draft',
    source: 'today',
    documentDate: '2021-11-20',
  });
  assert.deepEqual(resolveReferenceDate('2021-11-20', '2026-11-23', 'draft'), {
    date: '2026-11-23',
    mode: 'draft',
    source: 'option',
    documentDate: '2021-11-20',
  });
  assert.deepEqual(resolveReferenceDate(undefined, undefined, 'draft'), { date: today(), mode: 'draft', source: 'today' });
});

test('archive mode: the report’s own 成文日期, but an explicit date is always honoured', () => {
  assert.deepEqual(resolveReferenceDate('2021-11-20', undefined, 'archive'), {
    date: '2021-11-20',
    mode: 'archive',
    source: 'document',
    documentDate: '2021-11-20',
  });
  assert.deepEqual(resolveReferenceDate('2021-11-20', '2026-11-23', 'archive'), {
    date: '2026-11-23',
    mode: 'archive',
    source: 'option',
    documentDate: '2021-11-20',
  });
  assert.deepEqual(resolveReferenceDate(undefined, undefined, 'archive'), { date: today(), mode: 'archive', source: 'today' });
});

test('every date comes with a one-line reason', () => {
  const explain = (doc: string | undefined, option: string | undefined, mode: 'draft' | 'archive') =>
    explainReferenceDate(resolveReferenceDate(doc, option, mode)).replace(today(), 'TODAY');
  assert.equal(explain('2021-11-20', undefined, 'draft'), '参考日期 TODAY（草稿模式：今天；成文日期 2021-11-20 仅作参考）');
  assert.equal(explain(undefined, undefined, 'draft'), '参考日期 TODAY（草稿模式：今天）');
  assert.equal(
    explain('2021-11-20', '2026-11-23', 'draft'),
    '参考日期 2026-11-23（草稿模式：指定的参考日期；成文日期 2021-11-20 仅作参考）',
  );
  assert.equal(explain('2021-11-20', undefined, 'archive'), '参考日期 2021-11-20（存档模式：成文日期）');
  assert.equal(
    explain('2021-11-20', '2026-11-23', 'archive'),
    '参考日期 2026-11-23（存档模式：指定的参考日期，优先于成文日期 2021-11-20）',
  );
  assert.equal(explain(undefined, undefined, 'archive'), '参考日期 TODAY（存档模式：没有成文日期，按今天）');
});

// A 2026 self-inspection whose clerk kept the 2021 date at the bottom.
const COPIED =
  '关于2026年度落实全面从严治党主体责任情况的自查报告\n\n县委：\n今年以来，我局深入开展党史学习教育。现将有关情况报告如下：\n' +
  '一、主要工作\n（一）加强学习。组织专题学习12次。\n特此报告。\n\n县财政局\n2021年11月20日\n';

test('the old 成文日期 no longer silences stale 提法: only archive mode judges at it', () => {
  assert.deepEqual(textsOf(COPIED, 'outdated-phrasing'), ['深入开展党史学习教育'], 'draft with the explicit date');
  assert.deepEqual(textsOf(COPIED, 'outdated-phrasing', { referenceDate: undefined }), ['深入开展党史学习教育'], 'draft, today');
  assert.deepEqual(
    textsOf(COPIED, 'outdated-phrasing', { referenceDate: undefined, dateMode: 'archive' }),
    [],
    'archive: 2021 was fine then',
  );
  assert.deepEqual(textsOf(COPIED, 'outdated-phrasing', { dateMode: 'archive' }), ['深入开展党史学习教育'], 'archive, explicit date wins');
  const { referenceDate } = checkReport(COPIED, { referenceDate: '2026-11-23' });
  assert.deepEqual(referenceDate, { date: '2026-11-23', mode: 'draft', source: 'option', documentDate: '2021-11-20' });
});

test('describeReport carries the reference date with its reason for views', () => {
  const { referenceDate } = describeReport(COPIED, { dateMode: 'archive' });
  assert.deepEqual(referenceDate, {
    date: '2021-11-20',
    mode: 'archive',
    source: 'document',
    documentDate: '2021-11-20',
    reason: '存档模式：成文日期',
    explanation: '参考日期 2021-11-20（存档模式：成文日期）',
  });
});

test('.gongwen.json: dateMode, archiveFiles / draftFiles per glob, validated', () => {
  const { config, problems } = parseConfig(
    JSON.stringify({ dateMode: 'archive', draftFiles: ['drafts/**'], archiveFiles: ['old/*.txt'] }),
    '.gongwen.json',
  );
  assert.deepEqual(problems, []);
  const loaded = { file: '/w/.gongwen.json', config, problems };
  assert.equal(settingsForFile(loaded, '/w/drafts/a.txt').options.dateMode, 'draft');
  assert.equal(settingsForFile(loaded, '/w/old/a.txt').options.dateMode, 'archive');
  assert.equal(settingsForFile(loaded, '/w/b.txt').options.dateMode, 'archive');
  const perGlob = parseConfig('{"archiveFiles": ["归档/**"]}', '.gongwen.json').config;
  assert.equal(
    settingsForFile({ file: '/w/.gongwen.json', config: perGlob, problems: [] }, '/w/归档/2021/a.txt').options.dateMode,
    'archive',
  );
  assert.equal(settingsForFile({ file: '/w/.gongwen.json', config: perGlob, problems: [] }, '/w/a.txt').options.dateMode, undefined);

  const bad = parseConfig('{\n"dateMode": "old",\n"archiveFiles": "x"\n}', '.gongwen.json');
  assert.deepEqual(bad.problems, [
    { line: 1, message: '“dateMode”应为 draft 或 archive（草稿：按今天判断；存档：按成文日期判断）。' },
    { line: 2, message: '“archiveFiles”应是文件通配符的数组。' },
  ]);
  assert.equal(bad.config.dateMode, undefined);
});

test('.gongwen.json: a rule may take a severity and its numeric options; unknown or bad options are reported', () => {
  const ok = parseConfig('{"rules": {"document-date": {"severity": "info", "maxAgeMonths": 12}}}', '.gongwen.json');
  assert.deepEqual(ok.problems, []);
  assert.deepEqual([ok.config.rules, ok.config.ruleOptions], [{ 'document-date': 'info' }, { 'document-date': { maxAgeMonths: 12 } }]);
  const bad = parseConfig('{"rules": {\n"document-date": {"maxAgeMonths": -1},\n"placeholder": {"maxAgeMonths": 3}}}', '.gongwen.json');
  assert.equal(bad.problems.length, 2);
  assert.match(bad.problems[0].message, /“document-date”的“maxAgeMonths”应是 1–120 的整数/);
  assert.match(bad.problems[1].message, /规则“placeholder”没有选项“maxAgeMonths”，可用：severity。/);
  assert.deepEqual(bad.config.ruleOptions, {});
});
