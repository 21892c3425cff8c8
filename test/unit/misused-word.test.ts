import { ruleTester } from '../helpers/rule-kit';

ruleTester('misused-word', {
  valid: [
    // only on word boundaries: a correct longer word containing the characters is not hit
    '一张一弛，文武之道',
    '截止日期为11月30日',
    // context decides for 截止/截至 and 做出/作出
    '报名于10月31日截止，做出样品',
  ],
  invalid: [
    {
      // a confusion next to a character jieba does not know is still found (我局弛而不息)
      text: '今年以来，我局弛而不息纠治“四风”。',
      findings: [{ text: '弛而不息', message: /“弛而不息”应为“驰而不息”/, range: [0, 7, 0, 11] }],
      output: '今年以来，我局驰而不息纠治“四风”。',
    },
    // context decides for 截止/截至 and 做出/作出, and those fixes need a person
    { text: '截止目前，已完成整改', findings: [{ text: '截止', safe: false }], output: '截至目前，已完成整改' },
    { text: '为全市发展做出了积极贡献', findings: [{ text: '做出', severity: 'info', safe: false }] },
  ],
});
