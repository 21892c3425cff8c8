import { chineseDate, daysInMonth, isoOf, weekdayOf } from '../dates';
import type { Rule } from '../rule';
import type { Report } from '../types';
import { datesIn, type TextDate } from './shared/dates-in-text';

const WEEKDAYS = '日一二三四五六';
const LUNAR = /(?:农历|阴历)\s*$/;
/** A calendar year as written in running text; a span or 文号 (2021—2025年, 〔2024〕) is not one. */
const YEAR = /(?<![\d〔[（(—\-～~])((?:19|20)\d{2})\s*年(?!代)/g;
/** 星期五, 周五, （星期五）, right after the date. */
const WEEKDAY_AFTER = /^\s*[（(]?\s*(?:星期|礼拜|周)([一二三四五六日天])\s*[）)]?/;
/** Between the two ends of a span: 2026年3月1日至15日, 3月1日—3月15日. */
const SPAN_JOIN = /^\s*(?:至|到|—|–|～|~|－|-)\s*$/;
/** 至15日 / 至4月15日: the end of a span with the year (and month) left out. */
const SHORT_END = /^\s*(?:至|到|—|–|～|~|－|-)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/;
/** 截至 a date, and in the same clause a statement of what has been done by then. */
const CUT_OFF = /截至\s*$/;
const DONE = /已|累计|共计|完成了|达到了/;
const PLANNED = /要|将|力争|预计|计划|目标|确保|争取/;

/**
 * Dates that cannot be: a month outside 1–12 or a day the month does not have (2月30日, 2026年2月29日)
 * anywhere in the report; a weekday that does not fall on the date beside it; a span that ends before it
 * starts; a 截至 date after the report's own 成文日期 for what has already been done.
 */
export const dateValidity: Rule = {
  id: 'date-validity',
  category: 'consistency',
  description: '不存在的日期、日期与星期不符、截止日期早于起始日期',
  details:
    '正文中的“年月日”日期（阿拉伯数字或汉字）：月份不在1～12、日不在当月天数内（2月30日；2026年2月29日，平年）为 error；' +
    '日期后写的星期与日历不符（2026年11月29日（星期五），实为星期日）为 error；没有年份的日期按前文最近的年份或成文日期的年份推算，推算不出不查。' +
    '“…至…”的结束日期早于开始日期、“截至…已…”的日期晚于成文日期为 warning。全数字写法（2026.3.1）可能是版本号或编号，不在此查。不给修复：改哪一处要由人判断。',
  defaultSeverity: 'error',
  fix: 'none',
  scope: 'paragraph',
  examples: {
    valid: ['会议于2026年11月29日（星期日）召开，2026年3月1日至15日集中整改。'],
    invalid: ['会议于2026年2月30日召开。', '会议于2026年11月29日（星期五）召开。', '2026年3月15日至3月1日集中整改。'],
  },
  *check({ model, reference }) {
    const prose = model.prose;
    const dates = datesIn(prose);
    const signed = reference.documentDate;
    const signedYear = signed ? Number(signed.slice(0, 4)) : undefined;
    const signedAt = model.structure().date;
    // The year a date without one belongs to: the latest year written before it, else the 成文日期's.
    // Years written before each date (2026年工作安排如下：11月29日…), walked along with the dates.
    const years = [...prose.matchAll(YEAR)];
    let y = 0;
    let contextYear: number | undefined;
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i];
      for (; y < years.length && years[y].index! < date.offset; y++) contextYear = Number(years[y][1]);
      const year = date.year ?? contextYear ?? signedYear;
      // 农历二月三十日 exists: the lunar calendar is not this rule's.
      if (LUNAR.test(prose.slice(Math.max(0, date.offset - 3), date.offset))) continue;
      const impossible = invalid(date);
      if (impossible) {
        yield { offset: date.offset, length: date.length, message: impossible };
        continue;
      }
      if (date.day === undefined) continue;
      if (date.year === undefined && year === undefined) continue;
      yield* weekday(prose, date, year!, date.year !== undefined);
      yield* span(prose, date, dates[i + 1], year!);
      if (date.year !== undefined && signed) yield* cutOff(prose, date, signed, signedAt);
    }
  },
};

function invalid(date: TextDate): string | undefined {
  if (date.form !== 'arabic' && date.form !== 'chinese') return undefined;
  if (date.month < 1 || date.month > 12) return `“${date.text}”不是有效日期：没有${date.month}月。`;
  if (date.day === undefined) return undefined;
  const max = daysInMonth(date.month, date.year);
  if (date.day >= 1 && date.day <= max) return undefined;
  const leap = date.month === 2 && date.day === 29 && date.year !== undefined;
  return `“${date.text}”不是有效日期：${leap ? `${date.year}年是平年，2月只有28天` : `${date.month}月只有${max}天`}。`;
}

function* weekday(prose: string, date: TextDate, year: number, explicit: boolean): Iterable<Report> {
  const m = WEEKDAY_AFTER.exec(prose.slice(date.offset + date.length, date.offset + date.length + 8));
  if (!m) return;
  const written = m[1] === '天' ? 0 : WEEKDAYS.indexOf(m[1]);
  const actual = weekdayOf(year, date.month, date.day!);
  if (written === actual) return;
  yield {
    offset: date.offset,
    length: date.length + m[0].length,
    message: `${explicit ? '' : `按${year}年推算，`}${chineseDate(isoOf(year, date.month, date.day!))}是星期${WEEKDAYS[actual]}，不是星期${m[1]}：请核对日期或星期。`,
  };
}

function* span(prose: string, start: TextDate, next: TextDate | undefined, year: number): Iterable<Report> {
  const after = start.offset + start.length;
  let end: { iso: string; offset: number; length: number; text: string } | undefined;
  if (next && next.day !== undefined && SPAN_JOIN.test(prose.slice(after, next.offset)) && !invalid(next)) {
    end = { iso: isoOf(next.year ?? year, next.month, next.day), offset: next.offset, length: next.length, text: next.text };
  } else {
    const short = SHORT_END.exec(prose.slice(after, after + 16));
    if (short && !short[1] && !(next && next.offset < after + short[0].length)) {
      const day = Number(short[2]);
      if (day >= 1 && day <= daysInMonth(start.month, year)) {
        end = {
          iso: isoOf(year, start.month, day),
          offset: after + short[0].length - short[2].length - 1,
          length: short[2].length + 1,
          text: `${short[2]}日`,
        };
      }
    }
  }
  if (!end) return;
  const from = isoOf(year, start.month, start.day!);
  if (end.iso >= from) return;
  yield {
    offset: start.offset,
    length: end.offset + end.length - start.offset,
    severity: 'warning',
    message: `时间段的结束日期${chineseDate(end.iso)}早于开始日期${chineseDate(from)}：请核对起止日期。`,
    related: [
      { offset: start.offset, length: start.length, message: `开始日期“${start.text}”` },
      { offset: end.offset, length: end.length, message: `结束日期“${end.text}”` },
    ],
  };
}

function* cutOff(prose: string, date: TextDate, signed: string, signedAt?: { offset: number; length: number }): Iterable<Report> {
  if (!CUT_OFF.test(prose.slice(Math.max(0, date.offset - 4), date.offset))) return;
  const iso = isoOf(date.year!, date.month, date.day ?? daysInMonth(date.month, date.year));
  if (iso <= signed) return;
  const clause = prose.slice(date.offset + date.length, date.offset + date.length + 60).split(/[。；\n]/)[0];
  if (!DONE.test(clause) || PLANNED.test(clause)) return;
  yield {
    offset: date.offset,
    length: date.length,
    severity: 'warning',
    message: `“截至${date.text}”晚于成文日期${chineseDate(signed)}，却写的是已完成的情况：请核对截止日期。`,
    ...(signedAt ? { related: [{ offset: signedAt.offset, length: signedAt.length, message: `成文日期${chineseDate(signed)}` }] } : {}),
  };
}
