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
  assert.deepEqual(
    found.map((f) => f.text),
    ['一.', '(一)', '1、', '(2)'],
  );
  const edits = found.map((f) => f.fixes[0].edits[0]);
  assert.ok(found.every((f) => f.fixes[0].safe));
  assert.equal(applyEdits(text, edits).text, '一、总体\n（一）学习\n1.集中学习\n（1） 原文\n（2）专题\n');
});

test('a skipped level: （一） before any 一、 when 一、 is used, and 1. directly under 一、 when （一） is used', () => {
  const text = '（一）开头\n一、甲\n1.直接\n二、乙\n（一）子\n';
  const skipped = numbering(text).filter((f) => /层级跳跃/.test(f.message));
  assert.deepEqual(
    skipped.map((f) => [f.text, f.range.start.line]),
    [
      ['（一）', 0],
      ['1.', 2],
    ],
  );
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

test('OCR and IME variants (-) （-） 一. 一， 1、 are read as headings and fixed to the standard form', () => {
  const text = [
    '一，强化理论武装',
    '(-)抓好中心组学习。全年开展集中学习12次。',
    '（二）抓好支部学习。各支部按月开展主题党日。',
    '1、制定学习计划。',
    '2.落实学习制度。',
    '二.压实主体责任',
    '（-）明确责任清单。班子成员签订责任书。',
    '',
  ].join('\n');
  const found = numbering(text);
  assert.deepEqual(
    found.map((f) => f.text),
    ['一，', '(-)', '1、', '二.', '（-）'],
  );
  assert.ok(found.every((f) => /格式不规范/.test(f.message) && f.fixes[0].safe));
  const fixed = applyEdits(
    text,
    found.map((f) => f.fixes[0].edits[0]),
  ).text;
  assert.equal(
    fixed
      .split('\n')
      .map((l) => l.slice(0, 3))
      .join('|'),
    '一、强|（一）|（二）|1.制|2.落|二、压|（一）|',
  );
  assert.deepEqual(numbering(fixed), [], 'the fixed text reads as a clean sequence');
});

test('variants that are not heading numbers stay quiet: 一，二，三 lists, decimals, 统一是', () => {
  assert.deepEqual(numbering('一，二，三产业协调发展。\n1.5亿元资金已拨付。\n(-)\n'), []);
});

test('a level skip over a long list is one finding for the list', () => {
  const items = Array.from({ length: 13 }, (_, i) => `${i + 1}.推进第${i + 1}项重点改革任务。`);
  const text = ['九、深化改革', '（一）深化国资国企改革。', '（二）优化营商环境。', '十、加强政府自身建设', ...items, ''].join('\n');
  const skipped = numbering(text).filter((f) => /层级跳跃/.test(f.message));
  assert.equal(skipped.length, 1);
  assert.equal(skipped[0].text, '1.');
  assert.match(skipped[0].message, /“1\.”至“13\.”共13项直接位于“十、”之下，缺少“（一）”/);
  // One skipping item keeps the short message.
  const one = numbering('一、甲\n（一）子\n二、乙\n1.孙\n').filter((f) => /层级跳跃/.test(f.message));
  assert.equal(one.length, 1);
  assert.match(one[0].message, /“1\.”直接位于“二、”之下/);
});

test('一是 paragraphs are not headings: a （二） after them lacks its （一）, never “改为二是”', () => {
  const text = [
    '一、主要工作',
    '一是抓学习。全年组织集中学习12次。',
    '二是抓制度。修订完善制度8项。',
    '（二）从严监督管理。开展专项检查3次。',
    '（三）推进作风建设。',
    '二、存在问题',
    '',
  ].join('\n');
  const found = numbering(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].text, '（二）');
  assert.match(found[0].message, /缺少“（一）”/);
  assert.doesNotMatch(found[0].message, /二是|三是/);
  assert.equal(found[0].fixes[0].safe, false, 'the （一） may have been lost, so renumbering needs a reader');
  assert.ok(!found.some((f) => f.fixes.some((x) => /是/.test(x.title))));
  // The 一是 run itself is in order and says nothing.
  assert.deepEqual(numbering('一、主要工作\n一是抓学习。\n二是抓制度。\n三是抓监督。\n'), []);
});

test('an OCR marker out of sequence gets one finding whose fix writes the right number, not （一） again', () => {
  const text = '一、自查情况\n(-)加强组织领导\n正文。\n（-）压实责任\n正文。\n';
  const found = numbering(text);
  assert.deepEqual(
    found.map((f) => [f.text, /格式不规范/.test(f.message) ? 'form' : /重号/.test(f.message) ? '重号' : f.message]),
    [
      ['(-)', 'form'],
      ['（-）', '重号'],
    ],
    'the second marker is not also told to become （一）',
  );
  assert.equal(applyEdits(text, found[1].fixes[0].edits).text, '一、自查情况\n(-)加强组织领导\n正文。\n（二）压实责任\n正文。\n');
  // in sequence, the form fix stays
  assert.deepEqual(
    numbering('一、甲\n(-)子\n（二）子\n').map((f) => f.text),
    ['(-)'],
  );
});
