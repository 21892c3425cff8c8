import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../engine';
import { findingsOf, segmenters, textsOf } from '../helpers/engine';

for (const segmenter of segmenters) {
  test(`${segmenter.name}: a doubled word and a stuttered character are found`, () => {
    const text = '执行作风建设各项规定规定，将党史学习教育育与专项整治结合。';
    assert.deepEqual(textsOf(text, 'duplicate-word', { segmenter }), ['规定规定', '育育']);
  });

  test(`${segmenter.name}: legitimate reduplication is left alone`, () => {
    for (const text of ['层层压实责任，常常学习', '形成一级抓一级、层层抓落实的格局', '达到目的的手段', '为了了解情况', '天天向上', '二〇二二年', '这件事我们再研究研究']) {
      assert.deepEqual(textsOf(text, 'duplicate-word', { segmenter }), [], text);
    }
  });
}

test('deleting a stuttered character is a safe fix; a doubled word needs judgement', () => {
  const text = '各项规定规定和教育育';
  const [word, char] = findingsOf(text, 'duplicate-word');
  assert.equal(word.fixes[0].safe, false);
  assert.equal(char.fixes[0].safe, true);
  assert.equal(applyEdits(text, word.fixes[0].edits).text, '各项规定和教育育');
  assert.equal(applyEdits(text, char.fixes[0].edits).text, '各项规定规定和教育');
});
