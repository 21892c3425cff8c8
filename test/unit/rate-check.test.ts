import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

ruleTester('rate-check', {
  valid: [
    '参训20人、合格15人，合格率达75%。',
    '检查30家，合格20家，合格率66.7%。',
    // cut instead of rounded
    '检查30家，合格20家，合格率66.6%。',
    '受理投诉300件，办结299件，办结率99.7%。',
    // approximate: one point of slack
    '参训300人、合格200人，合格率约66%。',
    // the part is not written after the rate's stem
    '参训20人、通过15人，合格率达57%。',
    // a part larger than the whole is another quantity
    '新增岗位20个，完成120个，完成率达60%。',
    '城镇调查失业率5.5%以内，城镇新增就业50万人。',
  ],
  invalid: [
    {
      text: '参训20人、合格15人，合格率达57%。',
      findings: [{ text: '57%', message: '合格率应为75%（15÷20），文中写作57%：请核对。', range: [0, 16, 0, 19], noFix: true }],
    },
    { text: '检查企业三十家，合格二十家，合格率为60%。', findings: [{ text: '60%', message: /合格率应为66.7%（20÷30）/ }] },
    { text: '受理投诉300件，办结290件，办结率99.7%。', findings: [{ text: '99.7%', message: /办结率应为96.7%/ }] },
  ],
});

test('rate-check names the whole and the part as related locations', () => {
  const [f] = findingsOf('参训20人、合格15人，合格率达57%。', 'rate-check');
  assert.deepEqual(
    f.related?.map((r) => [r.message, r.range.start.character, r.range.end.character]),
    [
      ['总数：20人', 2, 5],
      ['合格：15人', 8, 11],
    ],
  );
});
