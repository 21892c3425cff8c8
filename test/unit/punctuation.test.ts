import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../engine';
import { findingsOf } from '../helpers/engine';

const punct = (text: string, language: 'plaintext' | 'markdown' = 'plaintext') => findingsOf(text, 'punctuation', { language });
const fixAll = (text: string) => applyEdits(text, punct(text).flatMap((f) => f.fixes.filter((x) => x.safe).flatMap((x) => x.edits))).text;

test('half-width , ; : ! ? ( ) in Chinese text become full-width, with a typed space removed', () => {
  const text = '2026年第一季度,市局党组坚持学习; 主要有:一是学习(含自学)!是否到位?';
  assert.deepEqual(punct(text).map((f) => f.text), [',', '; ', ':', '(', ')', '!', '?']);
  assert.equal(fixAll(text), '2026年第一季度，市局党组坚持学习；主要有：一是学习（含自学）！是否到位？');
  assert.ok(punct(text).every((f) => f.severity === 'warning' && f.fixes[0].safe));
});

test('numbers, times, English, heading markers and URLs are left alone', () => {
  for (const text of ['共1,000人', '会议于10:30开始，比例为1:2', 'Hello, world (test)!', '（1）制定计划', '1.抓好学习', '2021年', '（一）总体情况', '详见https://example.org/a,b?c=1']) {
    assert.deepEqual(punct(text).map((f) => f.text), [], text);
  }
});

test('straight quotes in Chinese text become curly quotes in pairs; an odd one is reported without a fix', () => {
  const text = '落实"第一议题"制度和"三会一课"';
  assert.equal(fixAll(text), '落实“第一议题”制度和“三会一课”');
  const odd = punct('落实"第一议题制度');
  assert.equal(odd.length, 1);
  assert.deepEqual(odd[0].fixes, []);
});

test('unpaired quotes, book-title marks and brackets are reported', () => {
  assert.deepEqual(punct('学习《条例》和《准则，强化“四个意识').map((f) => f.text), ['《', '“']);
  assert.deepEqual(punct('见附件）和“一岗双责”').map((f) => f.text), ['）']);
  assert.deepEqual(punct('“外‘内’外”（注（一））'), []);
});

test('spaces between Chinese and digits or letters are removed; layout runs of spaces stay', () => {
  const text = '2021 年完成 XX 项，共 3 次';
  assert.equal(fixAll(text), '2021年完成XX项，共3次');
  assert.equal(punct(text)[0].severity, 'info');
  assert.deepEqual(punct('XX局党组      2026年11月20日'), []);
  assert.deepEqual(punct('  一、总体情况'), []);
});

test('Markdown syntax is not punctuation: lists, links, code', () => {
  assert.deepEqual(punct('- 学习[条例](https://a.b/c)，见`a,b`\n', 'markdown'), []);
});
