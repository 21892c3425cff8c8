import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../engine';
import { findingsOf, textsOf } from '../helpers/engine';

test('a plenum chain of any length is one finding with the current form as fix', () => {
  const text = '深入学习贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神，推动工作。';
  const [finding, ...rest] = findingsOf(text, 'outdated-phrasing');
  assert.equal(rest.length, 0);
  assert.equal(finding.text, '党的十九大和十九届二中、三中、四中、五中、六中全会精神');
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /2022年10月22日/);
  assert.match(finding.message, /来源/);
  const [fix] = finding.fixes;
  assert.equal(fix.safe, false);
  assert.equal(applyEdits(text, fix.edits).text, '深入学习贯彻党的二十大和二十届历次全会精神，推动工作。');
});

test('nothing is outdated before its since date', () => {
  const text = '认真落实党的十九大和十九届历次全会精神';
  assert.deepEqual(textsOf(text, 'outdated-phrasing', { referenceDate: '2021-12-30' }), []);
  assert.deepEqual(textsOf(text, 'outdated-phrasing', { referenceDate: '2022-10-22' }), ['党的十九大和十九届历次全会精神']);
});

test('an old name inside the new name is not reported (农业部 in 农业农村部)', () => {
  assert.deepEqual(textsOf('根据农业农村部通知', 'outdated-phrasing'), []);
  assert.deepEqual(textsOf('根据农业部通知', 'outdated-phrasing'), ['农业部']);
});

test('entries that need rewording offer no replacement', () => {
  const [finding] = findingsOf('以优异成绩迎接党的二十大胜利召开。', 'outdated-phrasing');
  assert.equal(finding.text, '以优异成绩迎接党的二十大胜利召开');
  assert.deepEqual(finding.fixes, []);
});
