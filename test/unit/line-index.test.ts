import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../engine';

test('positions count LF, CRLF and lone CR as line breaks', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const index = new LineIndex(text);
  assert.equal(index.lineCount, 4);
  assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(text.indexOf('f')), { line: 2, character: 1 });
  assert.deepEqual(index.positionAt(text.indexOf('h')), { line: 3, character: 1 });
  assert.equal(index.lineEnd(1), text.indexOf('\r\n'));
});

test('characters are UTF-16 code units, so a surrogate pair counts two', () => {
  const text = '𠮷野家XXXX';
  const index = new LineIndex(text);
  assert.deepEqual(index.positionAt(text.indexOf('X')), { line: 0, character: 4 });
});

test('offsetAt and positionAt are inverse and clamp out-of-range input', () => {
  const text = '一、总体情况\r\n（一）学习\n';
  const index = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset++) {
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF there is no position
    assert.equal(index.offsetAt(index.positionAt(offset)), offset);
  }
  assert.deepEqual(index.positionAt(999), index.positionAt(text.length));
  assert.equal(index.offsetAt({ line: 0, character: 999 }), text.indexOf('\r'));
  assert.equal(index.offsetAt({ line: 99, character: 0 }), text.length);
});
