import { daysInMonth } from '../dates';
import type { Rule } from '../rule';
import { bookTitleAround, inTableRow } from '../text-spans';
import type { Report } from '../types';
import { datesIn, type TextDate } from './shared/dates-in-text';

const SEPARATED = { dot: '“2026.3.1”式', dash: '“2026-03-01”式', slash: '“2026/3/1”式' } as const;

/**
 * One date form per document (GB/T 15835—2011 4.3 同类别同形式): in running text a date is written
 * 2026年3月1日; 3月1号 is spoken style; an all-numeric date (2026.3.1, 2026-03-01) belongs in tables and
 * notes; a date in Chinese numerals next to Arabic ones mixes two forms. The 成文日期 is date-format's.
 */
export const dateForm: Rule = {
  id: 'date-form',
  category: 'consistency',
  description: '日期写法不统一（2026年3月1日、2026.3.1、3月1号混用）',
  details:
    '正文日期应写作“2026年3月1日”：“3月1号”改“日”，全数字日期（2026.3.1、2026-3-1、2026/3/1）改为年月日，均为安全修复；' +
    '文中已有年月日写法时，消息指明第一处作为对照（相关位置）。正文中汉字日期（二〇二六年三月一日）与阿拉伯数字日期混用为 info，不给修复。' +
    '成文日期由 date-format 检查；表格行（含 | 或制表符）、书名号内、月日不成立的数字串（版本号、编号）不查。',
  defaultSeverity: 'warning',
  fix: 'safe',
  examples: {
    valid: ['会议于2026年3月1日召开，3月15日前完成整改。'],
    invalid: ['会议于2026年3月1日召开，2026.3.15前完成整改。', '会议于3月1号召开。'],
  },
  *check({ model }) {
    const prose = model.prose;
    const signed = model.structure().date;
    const dates = datesIn(prose).filter(
      (d) =>
        !(signed && d.offset >= signed.offset && d.offset < signed.offset + signed.length) &&
        !inTableRow(prose, d.offset) &&
        !bookTitleAround(prose, d.offset, d.offset + d.length),
    );
    const firstArabic = dates.find((d) => d.form === 'arabic' && !d.hao && d.day !== undefined);
    const related = (d: TextDate) =>
      firstArabic && firstArabic !== d
        ? [{ offset: firstArabic.offset, length: firstArabic.length, message: `本文的年月日写法：“${firstArabic.text}”` }]
        : [];
    let chineseReported = false;
    for (const d of dates) {
      if (d.hao) yield hao(d, related(d));
      else if (d.form === 'dot' || d.form === 'dash' || d.form === 'slash') {
        if (d.month < 1 || d.month > 12 || d.day! < 1 || d.day! > daysInMonth(d.month, d.year)) continue;
        const right = `${d.year}年${d.month}月${d.day}日`;
        yield {
          offset: d.offset,
          length: d.length,
          message: `正文日期不用${SEPARATED[d.form]}全数字写法，应写作“${right}”${firstArabic ? '，与文中其他日期一致' : ''}（GB/T 15835—2011 同类别同形式）。`,
          fixes: [{ title: `改为“${right}”`, safe: true, edits: [{ offset: d.offset, length: d.length, newText: right }] }],
          related: related(d),
        };
      } else if (d.form === 'chinese' && firstArabic && !chineseReported && !adoptionNote(prose, d.offset)) {
        // One note is enough: the writer decides which form the document keeps.
        chineseReported = true;
        yield {
          offset: d.offset,
          length: d.length,
          severity: 'info',
          message: `正文日期汉字“${d.text}”与阿拉伯数字“${firstArabic.text}”混用：同一文件中日期宜统一写法（GB/T 15835—2011 4.3）。`,
          related: related(d),
        };
      }
    }
  },
};

function hao(d: TextDate, related: Report['related']): Report {
  const at = d.offset + d.text.lastIndexOf('号');
  return {
    offset: d.offset,
    length: d.length,
    message: `日期“${d.text}”用“日”不用“号”（“号”是口语）。`,
    fixes: [{ title: `改为“${d.text.slice(0, -1)}日”`, safe: true, edits: [{ offset: at, length: 1, newText: '日' }] }],
    related,
  };
}

/** （二〇二二年一月二十日……通过）: the note under a title that says when a text was adopted keeps its own form. */
function adoptionNote(text: string, at: number): boolean {
  return (text[at - 1] === '（' || text[at - 1] === '(') && (at === 1 || text[at - 2] === '\n');
}
