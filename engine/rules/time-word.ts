import { describedYears } from '../described-period';
import type { Rule } from '../rule';
import { bookTitleAround } from '../text-spans';

/** How many years before the report's own year each word means. */
const OFFSET: Record<string, number> = { 今年: 0, 本年: 0, 本年度: 0, 去年: 1, 上年: 1, 上年度: 1, 前年: 2, 明年: -1 };
const WORD = '(今年|本年度?|去年|上年度?|前年|明年)';
/** 今年（2025年）, 去年(2026) and 2025年（去年）: a relative word with the year it stands for. */
const GLOSSED = new RegExp(`${WORD}\\s*[（(]\\s*(\\d{4})\\s*年?\\s*[）)]|(\\d{4})\\s*年\\s*[（(]\\s*${WORD}\\s*[）)]`, 'g');
/** The bare words, for a report written in the year after the one it is about. */
const BARE = /今年|去年|明年/g;
/** A clause about what is to come: 今年 there is the year being written in, and right. */
const AHEAD = /要|将|计划|力争|预计|目标|打算|争取|确保|下一步|下步/;
/** 今年以来, 去年同期 …: fixed phrases of a 月报 still mean the calendar; only sentence-level uses are doubtful. */
const NOT_BARE_AFTER = /^(?:以来|同期|同比|底|初|末)/;

/**
 * Relative year words read against the report's own year (its 成文日期, else the reference date):
 * a word glossed with a year it does not mean (2026年的报告写“去年（2026年）”), and in a report about
 * last year (标题“2025年工作总结”, 成文于2026年) a 今年/去年 in a sentence about that year, which the
 * reader cannot place.
 */
export const timeWord: Rule = {
  id: 'time-word',
  category: 'consistency',
  description: '今年、去年、明年等时间词与报告的年份不符或指向不清',
  details:
    '以成文日期（没有时为参考日期）的年份为“今年”：时间词后括注的年份与它不符（2026年的报告写“去年（2026年）”“2025年（今年）”）为 warning；' +
    '标题说的是上一年（2025年工作总结）而成文于下一年时，正文叙述已做工作的句子中的“今年”“去年”指向不清，建议写明年份（info）；' +
    '说打算的句子（要、将、计划、力争……）和“今年以来”“去年同期”等固定说法不报。书名号内不查。',
  defaultSeverity: 'warning',
  fix: 'none',
  examples: {
    valid: ['关于2026年工作情况的报告\n\n今年（2026年）以来，我局扎实推进各项工作。\n'],
    invalid: ['关于2026年工作情况的报告\n\n去年（2026年），我局扎实推进各项工作。\n'],
  },
  *check({ model, reference }) {
    const prose = model.prose;
    const ownYear = Number((reference.documentDate ?? reference.date).slice(0, 4));
    const basis = reference.documentDate ? '成文日期' : '参考日期';
    for (const m of prose.matchAll(GLOSSED)) {
      const word = m[1] ?? m[4];
      const year = Number(m[2] ?? m[3]);
      if (ownYear - OFFSET[word] === year || bookTitleAround(prose, m.index!, m.index! + m[0].length)) continue;
      yield {
        offset: m.index!,
        length: m[0].length,
        message: `“${word}”与所注的${year}年不符：按${basis}，${word}是${ownYear - OFFSET[word]}年。请核对年份或改写时间词。`,
      };
    }
    const [about] = describedYears(model.structure(), reference.date);
    if (!about || about.where !== '标题' || about.plan || about.year !== ownYear - 1) return;
    const title = model.structure().title!;
    for (const m of prose.matchAll(BARE)) {
      const at = m.index!;
      if (at < title.offset + title.text.length || NOT_BARE_AFTER.test(prose.slice(at + 2, at + 4))) continue;
      const sentence = clauseAround(prose, at);
      if (AHEAD.test(sentence) || bookTitleAround(prose, at, at + 2)) continue;
      const meant = m[0] === '今年' ? about.year : m[0] === '去年' ? about.year - 1 : about.year + 1;
      yield {
        offset: at,
        length: 2,
        severity: 'info',
        message: `报告说的是${about.year}年（标题），${basis}在${ownYear}年：这里的“${m[0]}”指哪一年不清楚，若指${meant}年，建议直接写“${meant}年”。`,
      };
    }
  },
};

/** The clause around `at`, between the nearest sentence marks. */
function clauseAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf('\n', at), at - 80);
  let to = at;
  while (to < text.length && to - at < 80 && !/[。；\n]/.test(text[to])) to++;
  return text.slice(from + 1, to);
}
