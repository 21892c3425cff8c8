import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../engine';
import { findingsOf, textsOf } from '../helpers/engine';

test('a confusion next to a character jieba does not know is still found (我局弛而不息)', () => {
  const text = '今年以来，我局弛而不息纠治“四风”。';
  const [finding] = findingsOf(text, 'misused-word');
  assert.equal(finding.text, '弛而不息');
  assert.equal(applyEdits(text, finding.fixes[0].edits).text, '今年以来，我局驰而不息纠治“四风”。');
});

test('only on word boundaries: a correct longer word containing the characters is not hit', () => {
  assert.deepEqual(textsOf('一张一弛，文武之道', 'misused-word'), []);
  assert.deepEqual(textsOf('截止日期为11月30日', 'misused-word'), []);
});

test('context decides for 截止/截至 and 做出/作出, and those fixes need a person', () => {
  const [jiezhi] = findingsOf('截止目前，已完成整改', 'misused-word');
  assert.equal(jiezhi.fixes[0].safe, false);
  const [zuochu] = findingsOf('为全市发展做出了积极贡献', 'misused-word');
  assert.equal(zuochu.severity, 'info');
  assert.deepEqual(textsOf('报名于10月31日截止，做出样品', 'misused-word'), []);
});
