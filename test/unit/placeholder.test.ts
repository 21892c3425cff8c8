import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, textsOf } from '../helpers/engine';

test('finds X runs, ×××, asterisks, 某某 and 20XX年 in report text', () => {
  const text = '在市委和xxxx的坚强领导下，20XX年，×××同志、某某同志在市*局先后举办X次学习。';
  assert.deepEqual(textsOf(text, 'placeholder'), ['xxxx', '20XX', '×××', '某某', '*', 'X']);
});

test('leaves ordinary Latin words, X光 and arithmetic alone', () => {
  for (const text of ['采购XXL号工作服和Xbox设备', '开展X光检查', '面积为3×4米', '3 * 4 = 12', '某单位存在问题']) {
    assert.deepEqual(textsOf(text, 'placeholder'), [], text);
  }
});

test('in Markdown, emphasis and code are not placeholders but a lone star in text is', () => {
  const md = '这是**重点工作**，见`XXXX`代码。\n\n```\nXXXX\n```\n\n市*局党组。';
  assert.deepEqual(textsOf(md, 'placeholder', { language: 'markdown' }), ['*']);
});

test('placeholders are errors with a message naming the text and no automatic fix', () => {
  const [finding] = findingsOf('经XXXX研究', 'placeholder');
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /遗留占位符“XXXX”/);
  assert.deepEqual(finding.fixes, []);
  assert.deepEqual(finding.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } });
});

test('a placeholder date is one finding, not one per part', () => {
  const cases: [text: string, spans: string[]][] = [
    ['成文日期：20xx年xx月xx日', ['20xx年xx月xx日']],
    ['于20XX年X月X日召开专题民主生活会', ['20XX年X月X日']],
    ['会议定于2026年X月X日召开', ['X月X日']],
    ['×××局\n××××年××月××日', ['×××', '××××年××月××日']],
    ['统计截至20xx年xx月', ['20xx年xx月']],
    // two placeholders that are not one date stay two
    ['XX局和XX县', ['XX', 'XX']],
    ['xx年度XX工作', ['xx', 'XX']],
  ];
  for (const [text, spans] of cases) {
    const found = findingsOf(text, 'placeholder');
    assert.deepEqual(found.map((f) => f.text), spans, text);
  }
  const [date] = findingsOf('20xx年xx月xx日', 'placeholder');
  assert.match(date.message, /遗留占位符“20xx年xx月xx日”（日期）/);
});
