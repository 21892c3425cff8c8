import { ownDescribedYear } from '../described-period';
import type { Rule, RuleContext } from '../rule';
import { bookTitleAround } from '../text-spans';
import type { Report } from '../types';

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

/** The months a title says it covers: 2026年上半年 → 1–6, 第三季度 → 7–9, 1—9月 → 1–9, 2026年度 → 1–12. */
function periodOf(title: string): { name: string; last: number; months: number } | undefined {
  const quarter = /(?:第)?([一二三四])季度/.exec(title);
  if (quarter) {
    const n = '一二三四'.indexOf(quarter[1]) + 1;
    return { name: quarter[0], last: 3 * n, months: 3 };
  }
  const half = /([上下])半年/.exec(title);
  if (half) return { name: half[0], last: half[1] === '上' ? 6 : 12, months: 6 };
  const months = /1\s*[—\-－～~至到]\s*(\d{1,2})\s*月/.exec(title);
  if (months && Number(months[1]) <= 12) return { name: months[0], last: Number(months[1]), months: Number(months[1]) };
  if (/\d{4}\s*年(?:度|全年)?(?:工作|述职|述责述廉|履职)|年度|全年/.test(title)) return { name: '全年', last: 12, months: 12 };
  return undefined;
}
/** 下半年以来 / 三季度以来: work since a month the report period may not reach. */
const SINCE = /(下半年|(?:第)?[一二三四]季度)(?:以来|来)/g;
/** 本季度 in a report on a longer period: which quarter is not said. */
const THIS_QUARTER = /本季度/g;

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
    '说打算的句子（要、将、计划、力争……）和“今年以来”“去年同期”等固定说法不报。书名号内不查。' +
    '标题写明报告期（上半年、第三季度、1—9月、年度）时，正文“下半年以来”“四季度以来”超出报告期为 warning；半年、全年报告中叙述已做工作的“本季度”为 info。',
  defaultSeverity: 'warning',
  fix: 'none',
  scope: 'paragraph',
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
    yield* periodWords(model);
    const about = ownDescribedYear(model.structure());
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

/**
 * Period words against the period the title names (a 上半年 report copied from a 下半年 one): work 下半年以来 in a
 * report on 上半年, and 本季度 in a report on a whole year or half-year, where the reader cannot tell which quarter.
 */
function* periodWords(model: RuleContext['model']): Generator<Report> {
  const title = model.structure().title;
  const period = title && periodOf(title.text);
  if (!title || !period) return;
  const prose = model.prose;
  const related = [{ offset: title.offset, length: title.length, message: `标题中的报告期：${period.name}` }];
  const body = (at: number) => at >= title.offset + title.length && !bookTitleAround(prose, at, at + 2);
  for (const m of prose.matchAll(SINCE)) {
    const first = m[1] === '下半年' ? 7 : 3 * '一二三四'.indexOf(m[1].replace('第', '').replace('季度', '')) + 1;
    if (first <= period.last || !body(m.index!)) continue;
    yield {
      offset: m.index!,
      length: m[0].length,
      message: `报告期是${period.name}（标题），“${m[0]}”不在报告期内：请核对是否照抄了其他时期的报告。`,
      related,
    };
  }
  if (period.months <= 3) return;
  for (const m of prose.matchAll(THIS_QUARTER)) {
    if (!body(m.index!) || AHEAD.test(clauseAround(prose, m.index!))) continue;
    yield {
      offset: m.index!,
      length: m[0].length,
      severity: 'info',
      message: `报告期是${period.name}（标题），“本季度”指哪个季度不清楚：建议写明季度，或核对是否照抄了季度报告。`,
      related,
    };
  }
}

/** The clause around `at`, between the nearest sentence marks. */
function clauseAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf('\n', at), at - 80);
  let to = at;
  while (to < text.length && to - at < 80 && !/[。；\n]/.test(text[to])) to++;
  return text.slice(from + 1, to);
}
