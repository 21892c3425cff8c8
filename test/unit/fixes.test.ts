import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../engine';

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
