import type { Rule } from '../rule';

const YEAR = /(\d{4})\s*年(?:度|上半年|下半年|第[一二三四]季度)?/;

/**
 * The period the report speaks of (its title's or opening's year) is well before the reference
 * date: the usual sign of last year's report copied as this year's template.
 */
export const staleYear: Rule = {
  id: 'stale-year',
  category: 'consistency',
  description: '报告所述年份明显早于参考日期（疑似沿用旧报告）',
  details: '标题或开头说的年份远早于参考日期：疑似沿用旧报告。',
  defaultSeverity: 'hint',
  fix: 'none',
  examples: {
    valid: ['关于2026年度安全生产工作的自查报告'],
    invalid: ['关于2023年度安全生产工作的自查报告'],
  },
  *check({ model, referenceDate }) {
    const structure = model.structure();
    const [refYear, refMonth] = referenceDate.split('-').map(Number);
    for (const part of [structure.title, structure.opening]) {
      if (!part) continue;
      const m = YEAR.exec(part.text);
      if (!m) continue;
      const year = Number(m[1]);
      // A report on last year is normal early in the year; two years back is not.
      const stale = year <= refYear - 2 || (year === refYear - 1 && refMonth >= 7);
      if (stale && year >= 1949) {
        // The hint is about the period the sentence speaks of, so it covers that sentence.
        const from = part.text.lastIndexOf('。', m.index) + 1;
        const stop = part.text.indexOf('。', m.index);
        const to = Math.min(stop < 0 ? part.text.length : stop + 1, from + 80);
        yield {
          offset: part.offset + from,
          length: to - from,
          message: `报告说的是${year}年，参考日期是${referenceDate.slice(0, 4)}年${refMonth}月：是否沿用了往年的报告？请核对年份和其中的提法。`,
        };
      }
      return; // the first year named decides
    }
  },
};
