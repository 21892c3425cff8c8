import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from '../../engine/bounded-memo';

test('a bounded memo computes each key once, and forgets everything when full', () => {
  const computed: string[] = [];
  const memo = boundedMemo<string | undefined>(2);
  const upper = (key: string) =>
    memo(key, () => {
      computed.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    });
  assert.equal(upper('a'), 'A');
  assert.equal(upper('a'), 'A');
  assert.equal(upper('none'), undefined);
  assert.equal(upper('none'), undefined, 'an undefined result is remembered too');
  assert.deepEqual(computed, ['a', 'none']);
  assert.equal(upper('b'), 'B');
  assert.equal(upper('a'), 'A');
  assert.deepEqual(computed, ['a', 'none', 'b', 'a'], 'full at two keys: the third cleared the memo');
});
