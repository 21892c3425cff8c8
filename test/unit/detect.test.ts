import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeReport } from '../../engine';

test('a Chinese report with a lead-in, heading or closing line looks like a report', () => {
  assert.ok(looksLikeReport('按照市委要求，我局认真开展自查，现将有关情况报告如下：\n一、基本情况'));
  assert.ok(looksLikeReport('今年以来，我办持续加强作风建设，取得了明显成效。\n特此报告。'));
  assert.ok(looksLikeReport('# 2026年工作总结\n\n今年以来，我们坚持稳中求进，推动各项工作落地见效。'));
});

test('English notes, short texts and Chinese prose without report signals do not', () => {
  assert.ok(!looksLikeReport('# README\n\nThis project builds a VS Code extension. 一、 is a heading marker.'));
  assert.ok(!looksLikeReport('特此报告。'));
  assert.ok(!looksLikeReport('今天天气很好，我们去公园散步，看到了很多盛开的花朵和嬉戏的孩子。'));
});
