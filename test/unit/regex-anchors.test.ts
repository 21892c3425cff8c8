import assert from 'node:assert/strict';
import { test } from 'node:test';
import outdated from '../../data/outdated-phrasing.json';
import { requiredAnchors } from '../../engine/regex-anchors';

test('anchors are the certain literal runs of each top-level alternative', () => {
  assert.deepEqual(requiredAnchors('(?:党的)?十九届[一二三]中全会精神'), ['中全会精神']);
  assert.deepEqual(requiredAnchors('编制十五五规划|十五五规划编制'), ['编制十五五规划', '十五五规划编制']);
  assert.equal(requiredAnchors('(?:甲|乙)丙?'), null, 'nothing certain');
  assert.deepEqual(requiredAnchors('确保(?:如期)?全面建成小康社会'), ['全面建成小康社会']);
  assert.deepEqual(requiredAnchors('[“"]?十四五[”"]?时期?'), ['十四五'], 'an optional 期 is not part of the anchor');
});

test('a group without a quantifier gives a set when each of its alternatives has a certain run', () => {
  assert.deepEqual(requiredAnchors('(?:十四运会|第十四届全(?:国)?运(?:动)?会)(?=[^。]{0,12}筹办)'), ['十四运会', '第十四届全']);
  assert.deepEqual(requiredAnchors('[黄红]码(?:人员|管理)'), ['人员', '管理'], 'the group beats the single 码');
  assert.deepEqual(requiredAnchors('GB/T\\s*9704[-—]1999'), ['9704'], 'Latin letters and digits count as literals');
  assert.equal(requiredAnchors('(?:甲乙|丙)丁'), null, 'an alternative of one character is not certain enough');
  assert.deepEqual(requiredAnchors('(?:十四运会)?筹办'), ['筹办'], 'an optional group is not certain, the run after it is');
  assert.deepEqual(requiredAnchors('(?<=确保)全面小康|全面建成(?=小康)'), ['全面小康', '全面建成'], 'lookarounds are not part of a match');
});

test('every anchor of a built-in pattern occurs in every text the pattern matches in its examples', () => {
  for (const e of outdated.entries as { id: string; pattern?: string; examples: { bad: string[] } }[]) {
    if (!e.pattern) continue;
    const anchors = requiredAnchors(e.pattern);
    if (!anchors) continue;
    for (const bad of e.examples.bad) {
      for (const m of bad.matchAll(new RegExp(e.pattern, 'gu'))) {
        assert.ok(
          anchors.some((a) => m[0].includes(a)),
          `${e.id}: “${m[0]}” has none of ${anchors.join('、')}`,
        );
      }
    }
  }
});
