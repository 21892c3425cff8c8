import { describedYears, isStaleYear } from '../described-period';
import type { Rule } from '../rule';
import type { Report } from '../types';

/**
 * The period the report speaks of (the year of its title or opening, or of a top-level heading such as
 * 一、2018年工作回顾) is well before the reference date: the usual sign of last year's report copied as
 * this year's template.
 */
export const staleYear: Rule = {
  id: 'stale-year',
  category: 'consistency',
  description: '报告所述年份明显早于参考日期（疑似沿用旧报告）',
  details:
    '标题、开头或一级标题（一、2018年工作回顾；2023上半年）说的年份远早于参考日期：疑似沿用旧报告。年份区间和“以来”（2021—2025年、2021年以来）说的是到现在的历史，不算。',
  defaultSeverity: 'hint',
  fix: 'none',
  examples: {
    valid: ['关于2026年度安全生产工作的自查报告'],
    invalid: ['关于2023年度安全生产工作的自查报告', '2026年安全生产工作情况\n\n一、2018年工作回顾\n正文。\n'],
  },
  *check({ model, referenceDate }) {
    const [refYear, refMonth] = referenceDate.split('-').map(Number);
    const structure = model.structure();
    for (const { year, part, index } of describedYears(structure, referenceDate)) {
      if (!isStaleYear(year, referenceDate)) continue;
      // The hint is about the period the sentence speaks of, so it covers that sentence.
      const from = part.text.lastIndexOf('。', index) + 1;
      const stop = part.text.indexOf('。', index);
      const to = Math.min(stop < 0 ? part.text.length : stop + 1, from + 80);
      yield {
        offset: part.offset + from,
        length: to - from,
        // "2020年是…收官之年" says what this year is: copied unchanged, it is wrong, not just suspicious.
        ...(yearClaim(part.text.slice(from, to), year) ? { severity: 'warning' as const } : {}),
        message: `报告说的是${year}年，参考日期是${refYear}年${refMonth}月：是否沿用了往年的报告？请核对年份和其中的提法。`,
      };
      const ownPart = part === structure.title || part === structure.opening;
      if (ownPart) yield* laterClaims(model.prose, part.offset + to, year, refYear);
    }
  },
};

/** "2020年是脱贫攻坚决战决胜收官之年", "2020年脱贫攻坚收官": a year presented as the one being lived. */
const CLAIM = /(\d{4})\s*年(?:度)?\s*(?:是|为|作为)?[^，。；！？\n]{0,20}?(?:之年|收官(?:之年|战|年)?)/g;

function yearClaim(sentence: string, year: number): boolean {
  return [...sentence.matchAll(CLAIM)].some((m) => Number(m[1]) === year);
}

/**
 * In a report whose own year is stale, the body's claims about that same year (影响2020年脱贫攻坚收官质量)
 * were copied with it. Only then: a current report may well recall "2021年是“十四五”开局之年".
 */
function* laterClaims(prose: string, from: number, year: number, refYear: number): Iterable<Report> {
  CLAIM.lastIndex = from;
  for (let m = CLAIM.exec(prose); m; m = CLAIM.exec(prose)) {
    if (Number(m[1]) !== year) continue;
    yield {
      offset: m.index,
      length: m[0].length,
      severity: 'warning',
      message: `“${m[0]}”把${year}年当作本年来写，参考日期是${refYear}年：沿用旧报告时请改写这句。`,
    };
  }
}
