import { ruleTester } from '../helpers/rule-kit';

const report = (title: string, body: string, date = '2026年1月10日') => `${title}\n\n${body}\n特此报告。\n\n××局\n${date}\n`;

ruleTester('time-word', {
  valid: [
    '今年（2026年）以来，我局扎实推进各项工作。',
    '去年（2025年）完成整改12项，2025年（去年）的问题已整改。',
    // a report on last year written early this year: plans and fixed phrases say 今年 rightly
    report('2025年工作总结', '一年来，全局完成整改12项，比去年同期增加3项。今年要继续深化改革。'),
    // the report's own year: 今年 is that year
    report('2026年上半年工作总结', '今年完成整改12项。', '2026年7月10日'),
    // a quoted title is left as written
    '学习《关于今年（2025年）工作的通知》。',
    // period words inside the period, a plan for the coming quarter, a quarterly report's own 本季度
    report('关于2026年1—9月工作情况的报告', '三季度以来，全局完成整改12项。', '2026年10月10日'),
    report('关于2026年度工作情况的报告', '下半年以来，全局完成整改12项。下一步，本季度要完成验收。', '2026年12月10日'),
    report('关于2026年第三季度工作情况的报告', '本季度完成整改12项。', '2026年10月10日'),
    report('关于2026年上半年工作情况的报告', '学习《关于下半年以来工作的通报》。', '2026年7月10日'),
  ],
  invalid: [
    {
      text: report('关于2026年上半年工作情况的报告', '下半年以来，全局完成整改12项。', '2026年7月10日'),
      findings: [{ text: '下半年以来', message: /报告期是上半年（标题），“下半年以来”不在报告期内/, noFix: true }],
    },
    {
      text: report('关于2026年第一季度工作情况的报告', '二季度以来，全局完成整改12项。', '2026年4月10日'),
      findings: [{ text: '二季度以来', message: /报告期是第一季度/ }],
    },
    {
      text: report('关于2026年度工作情况的报告', '本季度全局完成整改12项。', '2026年12月10日'),
      findings: [{ text: '本季度', message: /“本季度”指哪个季度不清楚/, severity: 'info' }],
    },
    {
      text: '去年（2026年），我局扎实推进各项工作。',
      findings: [
        { text: '去年（2026年）', message: '“去年”与所注的2026年不符：按参考日期，去年是2025年。请核对年份或改写时间词。', noFix: true },
      ],
    },
    { text: '2025年（今年）完成整改。', findings: [{ text: '2025年（今年）', message: /今年是2026年/ }] },
    {
      text: report('2026年工作总结', '明年（2026年）工作打算如下。', '2026年12月20日'),
      findings: [{ text: '明年（2026年）', message: /按成文日期，明年是2027年/ }],
    },
    {
      text: report('2025年工作总结', '今年，全局完成整改12项。'),
      findings: [
        { text: '今年', severity: 'info', message: /报告说的是2025年（标题），成文日期在2026年：这里的“今年”指哪一年不清楚，若指2025年/ },
      ],
    },
  ],
});
