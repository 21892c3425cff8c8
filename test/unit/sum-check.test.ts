import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

ruleTester('sum-check', {
  valid: [
    '共检查单位12家，其中机关5家、企业7家。',
    '共检查单位12家，其中机关5家、企业6家、社会组织1家。',
    '整改问题20个，已完成17个，正在推进3个。',
    // one part only: a subset, not a breakdown
    '共检查单位12家，其中机关5家。',
    // approximate amounts are not added up
    '共培训干部约300人，其中处级干部120人、科级干部150人。',
    '共走访企业200余家，其中规上企业80家、小微企业100家。',
    // overlapping groups
    '共有干部20人，其中女性8人、党员15人。',
    // different counters, and a part followed by its own increase
    '共建成项目740个，其中新开工580个，增加110个。',
    '共建成站点30个，其中城区10个、乡镇15处。',
    // parts that continue with 等 are not complete
    '共检查单位12家，其中机关5家、企业6家等。',
    // shares that add up to 100%, with rounding
    '共调查群众300人，其中满意的占66.7%、基本满意的占33.3%。',
    '共调查群众300人，其中满意的占33.3%、基本满意的占33.3%、不满意的占33.3%。',
    // no 共/合计: a total the text does not declare as one
    '财政赤字2.38万亿元，其中中央财政赤字1.55万亿元，地方财政赤字8000亿元。',
    '共检查单位十二家，其中机关五家、企业七家。',
  ],
  invalid: [
    {
      text: '共检查单位12家，其中机关5家、企业6家。',
      findings: [{ text: '12家', message: '总数12家与分项之和不符：5+6=11家。请核对数字。', range: [0, 5, 0, 8], noFix: true }],
    },
    { text: '共检查单位十二家，其中机关五家、企业八家。', findings: [{ text: '十二家', message: /5\+8=13家/ }] },
    {
      text: '累计投入资金1.2亿元，其中中央资金0.5亿元、省级资金0.8亿元。',
      findings: [{ text: '1.2亿元', message: '总数1.2亿元与分项之和不符：0.5+0.8=1.3亿元。请核对数字。' }],
    },
    { text: '整改问题20个，已完成18个，正在推进3个。', findings: [{ text: '20个', message: /已完成与未完成之和不符：18\+3=21个/ }] },
    {
      text: '共有职工100人，其中党员占40%、群众占65%。',
      findings: [{ text: '40%、群众占65%', message: '各部分占比之和为105%，超过100%：请核对各项比例。' }],
    },
  ],
});

test('sum-check names every part as a related location', () => {
  const [f] = findingsOf('共检查单位12家，其中机关5家、企业6家。', 'sum-check');
  assert.deepEqual(
    f.related?.map((r) => [r.message, r.range.start.character, r.range.end.character]),
    [
      ['分项：5家', 13, 15],
      ['分项：6家', 18, 20],
    ],
  );
});
