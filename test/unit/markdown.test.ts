import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReport } from '../../engine';
import { segmenters, textsOf } from '../helpers/engine';

const md = [
  '---',
  'title: XXXX',
  '---',
  '# 一、总体情况',
  '',
  '<!-- 待补充 XXXX -->',
  '见[规定规定](https://example.org/XXXX)和<https://example.org/xxxx>。',
  '',
  '```text',
  '党的十九大和十九届历次全会精神',
  '```',
  '',
  '| 项目 | XXXX |',
  '|------|------|',
  '',
  '正文里的XXXX要报。',
].join('\n');

test('front matter, comments, link targets, code and tables are not report text', () => {
  assert.deepEqual(textsOf(md, 'placeholder', { language: 'markdown' }), ['XXXX']);
  assert.deepEqual(textsOf(md, 'outdated-phrasing', { language: 'markdown' }), []);
});

test('masking keeps every offset, so findings point into the original text', () => {
  const model = parseReport(md, 'markdown', segmenters[1]);
  assert.equal(model.prose.length, md.length);
  assert.equal(model.prose.split('\n').length, md.split('\n').length);
  const at = md.lastIndexOf('XXXX');
  assert.equal(model.prose.slice(at, at + 4), 'XXXX');
});

test('the same text as plaintext is all report text except URLs', () => {
  assert.deepEqual(textsOf(md, 'placeholder'), ['XXXX', 'XXXX', 'XXXX', 'XXXX']);
  assert.deepEqual(textsOf(md, 'outdated-phrasing'), ['党的十九大和十九届历次全会精神']);
});
