import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../engine';
import { findingsOf } from '../helpers/engine';

const numbering = (text: string) => findingsOf(text, 'heading-numbering');

test('a gap in a sequence is reported once, and renumbering changes only the numbers', () => {
  const text = '一、甲\n正文一。\n二、乙\n四、丙\n正文：四、不是编号。\n五、丁\n';
  const [finding, ...rest] = numbering(text);
  assert.equal(rest.length, 0);
  assert.equal(finding.text, '四、');
  assert.match(finding.message, /跳号.*第3项/);
  const [fix] = finding.fixes;
  assert.equal(fix.safe, true);
  assert.equal(applyEdits(text, fix.edits).text, '一、甲\n正文一。\n二、乙\n三、丙\n正文：四、不是编号。\n四、丁\n');
});

test('a repeated number is reported as 重号', () => {
  const [finding] = numbering('（一）甲\n（二）乙\n（二）丙\n');
  assert.equal(finding.text, '（二）');
  assert.equal(finding.range.start.line, 2);
  assert.match(finding.message, /重号/);
});

test('sub-levels restart under each parent', () => {
  assert.deepEqual(numbering('一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n1.孙\n2.孙\n（二）子\n'), []);
});

test('wrong bracket and dot forms get a safe fix to the GB/T 9704 form', () => {
  const text = '一.总体\n(一)学习\n1、集中学习\n（1） 原文\n(2)专题\n';
  const found = numbering(text).filter((f) => /格式不规范/.test(f.message));
  assert.deepEqual(found.map((f) => f.text), ['一.', '(一)', '1、', '(2)']);
  const edits = found.map((f) => f.fixes[0].edits[0]);
  assert.ok(found.every((f) => f.fixes[0].safe));
  assert.equal(applyEdits(text, edits).text, '一、总体\n（一）学习\n1.集中学习\n（1） 原文\n（2）专题\n');
});

test('a skipped level: （一） before any 一、 when 一、 is used, and 1. directly under 一、 when （一） is used', () => {
  const text = '（一）开头\n一、甲\n1.直接\n二、乙\n（一）子\n';
  const skipped = numbering(text).filter((f) => /层级跳跃/.test(f.message));
  assert.deepEqual(skipped.map((f) => [f.text, f.range.start.line]), [['（一）', 0], ['1.', 2]]);
});

test('一、 with 1. is accepted when （一） is never used', () => {
  assert.deepEqual(numbering('一、甲\n1.子\n2.子\n二、乙\n1.子\n'), []);
});

test('mixing 一是 and （一） among siblings is reported with a fix to the first style', () => {
  const text = '一、甲\n（一）子。正文。\n（二）子。正文。\n三是子。正文。\n';
  const [finding] = numbering(text);
  assert.equal(finding.text, '三是');
  assert.match(finding.message, /同级编号混用/);
  assert.equal(finding.fixes[0].safe, false);
  assert.equal(applyEdits(text, finding.fixes[0].edits).text, '一、甲\n（一）子。正文。\n（二）子。正文。\n（三）子。正文。\n');
});

test('in-paragraph series 一是…二是…四是 is checked too', () => {
  const text = '一、甲\n一是学习。二是调研。四是督查。\n';
  const [finding] = numbering(text);
  assert.equal(finding.text, '四是');
  assert.equal(applyEdits(text, finding.fixes[0].edits).text, '一、甲\n一是学习。二是调研。三是督查。\n');
  assert.deepEqual(numbering('统一是前提。二是指第二项。'), []);
});
