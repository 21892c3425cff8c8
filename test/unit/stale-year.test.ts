import { ruleTester } from '../helpers/rule-kit';

const text = '2021年，我局认真落实各项部署。现将有关情况报告如下：\n一、主要工作\n正文。\n';

ruleTester('stale-year', {
  valid: [
    // early next year is normal
    { text, options: { referenceDate: '2022-01-10' } },
    // judged at its own 成文日期
    text + '特此报告。\n\n××局\n2021年12月30日\n',
  ],
  invalid: [
    {
      // a report about 2021 checked in 2026 is hinted at on its opening sentence
      text,
      findings: [{ text: '2021年，我局认真落实各项部署。', severity: 'hint', message: /报告说的是2021年，参考日期是2026年11月/, noFix: true }],
    },
  ],
});
