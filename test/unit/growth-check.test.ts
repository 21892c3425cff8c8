import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

ruleTester('growth-check', {
  valid: [
    '营业收入由100万元增长到120万元，增长20%。',
    '合格率由80%提高到90%，提高了10个百分点。',
    // rounded or cut at its places
    '办件量由300件增加到400件，增长33.3%。',
    '用户由30万户增加到40万户，同比增长33%。',
    '成本由90万元下降到60万元，下降33.3%。',
    // approximate: one point of slack
    '营业收入由100万元增长到120万元，增长约21%。',
    // relative change of a percentage, stated as such, is not flagged when it is not the difference
    '优良率由60%提高到75%，提高了25%。',
    // values without 由/从, or in another order
    '营业收入120万元，比上年增长25%。',
    '营业收入增长25%，由100万元增长到125万元。',
    // an average yearly growth is compounded
    '国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。',
    // different units
    '由100万元增长到120万户，增长25%。',
  ],
  invalid: [
    {
      text: '营业收入由100万元增长到120万元，增长25%。',
      findings: [{ text: '25%', message: '由100万元到120万元，变化幅度应为20%，文中写作25%：请核对。', noFix: true }],
    },
    {
      text: '合格率由80%提高到90%，提高了10%。',
      findings: [{ text: '10%', message: '80%与90%之差是10个百分点，不是10%：应写作“10个百分点”。' }],
    },
    { text: '满意率从95.5%下降到93%，下降了3个百分点。', findings: [{ text: '3个百分点', message: /相差2.5个百分点，文中写作3个百分点/ }] },
    { text: '成本由90万元下降到60万元，同比下降50%。', findings: [{ text: '50%', message: /变化幅度应为33%/ }] },
  ],
});

test('growth-check names both values as related places', () => {
  const [f] = findingsOf('营业收入由100万元增长到120万元，增长25%。', 'growth-check');
  assert.deepEqual(
    f.related?.map((r) => [r.message, r.range.start.character, r.range.end.character]),
    [
      ['原值：100万元', 5, 10],
      ['现值：120万元', 13, 18],
    ],
  );
});
