import { describedYears } from '../described-period';
import type { Rule } from '../rule';

/**
 * The period the report speaks of (the year of its title or opening, or of a top-level heading such as
 * 一、2018年工作回顾) is well before the reference date: the usual sign of last year's report copied as
 * this year's template.
 */
export const staleYear: Rule = {
  id: 'stale-year',
  category: 'consistency',
  description: '报告所述年份明显早于参考日期（疑似沿用旧报告）',
  details: '标题、开头或一级标题（一、2018年工作回顾；2023上半年）说的年份远早于参考日期：疑似沿用旧报告。年份区间和“以来”（2021—2025年、2021年以来）说的是到现在的历史，不算。',
  defaultSeverity: 'hint',
  fix: 'none',
  examples: {
    valid: ['关于2026年度安全生产工作的自查报告'],
    invalid: ['关于2023年度安全生产工作的自查报告', '2026年安全生产工作情况\n\n一、2018年工作回顾\n正文。\n'],
  },
  *check({ model, referenceDate }) {
    const [refYear, refMonth] = referenceDate.split('-').map(Number);
    for (const { year, part, index } of describedYears(model.structure(), referenceDate)) {
      // A report on last year is normal early in the year; two years back is not.
      const stale = year <= refYear - 2 || (year === refYear - 1 && refMonth >= 7);
      if (!stale || year < 1949) continue;
      // The hint is about the period the sentence speaks of, so it covers that sentence.
      const from = part.text.lastIndexOf('。', index) + 1;
      const stop = part.text.indexOf('。', index);
      const to = Math.min(stop < 0 ? part.text.length : stop + 1, from + 80);
      yield {
        offset: part.offset + from,
        length: to - from,
        message: `报告说的是${year}年，参考日期是${refYear}年${refMonth}月：是否沿用了往年的报告？请核对年份和其中的提法。`,
      };
    }
  },
};
