import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, check, diffEdit, fixAll } from '../../engine';

test('edits apply in offset order regardless of input order', () => {
  const { text, applied } = applyEdits('甲乙丙丁', [
    { offset: 3, length: 1, newText: '四' },
    { offset: 0, length: 1, newText: '一' },
  ]);
  assert.equal(text, '一乙丙四');
  assert.equal(applied.length, 2);
});

test('an overlapping edit is skipped so no text outside a fix span changes twice', () => {
  const { text, applied } = applyEdits('规定规定', [
    { offset: 0, length: 4, newText: '规定' },
    { offset: 2, length: 2, newText: '' },
  ]);
  assert.equal(text, '规定');
  assert.equal(applied.length, 1);
});

test('two insertions at one point keep only the first; out-of-range edits are dropped', () => {
  const { text } = applyEdits('特此报告', [
    { offset: 4, length: 0, newText: '。' },
    { offset: 4, length: 0, newText: '！' },
    { offset: 9, length: 1, newText: 'x' },
  ]);
  assert.equal(text, '特此报告。');
});

test('fix all applies every safe fix, only inside their spans, and a second check finds none of them', () => {
  const text = '关于工作情况的报告\n\n市委：\n2026年,我们落实"第一议题"制度,弛而不息纠治四风。\n一.主要工作\n(一)学习\n';
  const run = (t: string) => check(t, { referenceDate: '2026-11-23' });
  const { text: fixed, fixed: count } = fixAll(text, run);
  assert.equal(fixed, '关于工作情况的报告\n\n市委：\n2026年，我们落实“第一议题”制度，驰而不息纠治四风。\n一、主要工作\n（一）学习\n');
  assert.equal(count, 7);
  assert.deepEqual(run(fixed).filter((f) => f.fixes.some((x) => x.safe)), []);
});

test('diffEdit keeps the common prefix and suffix and never splits a surrogate pair', () => {
  assert.deepEqual(diffEdit('甲,乙,丙', '甲，乙，丙'), { offset: 1, length: 3, newText: '，乙，' });
  assert.equal(diffEdit('同', '同'), undefined);
  const edit = diffEdit('a\uD842\uDFB7b', 'a\uD842\uDFB8b')!;
  assert.deepEqual(edit, { offset: 1, length: 2, newText: '\uD842\uDFB8' });
});
