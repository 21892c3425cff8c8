import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countChars } from '../../engine';

test('字数: each Chinese character and full-width mark is one, a Latin or number run is one, spaces are none', () => {
  assert.equal(countChars('特此报告。'), 5);
  assert.equal(countChars('2026年完成12项，同比增长8.5%'), 12); // 2026 年 完 成 12 项 ， 同 比 增 长 8.5%
  assert.equal(countChars('VS Code 扩展\n\n　'), 5);
  assert.equal(countChars(''), 0);
});
