import { parseChineseDigits, parseChineseNumber } from '../../structure/numerals';

/** How a date is written: 年月日 (Arabic or Chinese numerals, with 号 for 日) or all-numeric with a separator. */
export type DateForm = 'arabic' | 'chinese' | 'dot' | 'dash' | 'slash';

/** A calendar date written in the text; month and day as written (they may be impossible: 13月, 2月30日). */
export interface TextDate {
  offset: number;
  length: number;
  text: string;
  form: DateForm;
  year?: number;
  month: number;
  day?: number;
  /** 3月1号: 号 for 日. */
  hao: boolean;
}

const CN = '[〇零一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
/*
 * One pass over the text, longest forms first. A number glued to a digit, a decimal point or a colon on
 * its left is part of something else (10.2026.3, 12:30); a 号 date followed by 楼/院/线 is an address.
 */
const DATES = new RegExp(
  [
    `(?<![\\d.:／/\\-])(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月(?:\\s*(?<d>\\d{1,2})\\s*(?<dd>[日号](?![楼院线门店令])))?`,
    `(?<![\\d.:年／/\\-])(?<m2>\\d{1,2})\\s*月\\s*(?<d2>\\d{1,2})\\s*(?<dd2>[日号](?![楼院线门店令]))`,
    `(?<cy>${CN}{4})年(?<cm>${CN_SMALL})月(?:(?<cd>${CN_SMALL})日)?`,
    `(?<![\\d.／/\\-])(?<ny>(?:19|20)\\d{2})(?<sep>[.．\\-/])(?<nm>\\d{1,2})\\k<sep>(?<nd>\\d{1,2})(?![\\d.．\\-/])`,
  ].join('|'),
  'g',
);

/** Every date in `text` (prose: blanked parts never match), in text order. */
export function datesIn(text: string): TextDate[] {
  const out: TextDate[] = [];
  for (const m of text.matchAll(DATES)) {
    const g = m.groups!;
    const base = { offset: m.index!, length: m[0].length, text: m[0] };
    if (g.m) {
      out.push({ ...base, form: 'arabic', year: +g.y, month: +g.m, ...(g.d ? { day: +g.d } : {}), hao: g.dd === '号' });
    } else if (g.m2) {
      out.push({ ...base, form: 'arabic', month: +g.m2, day: +g.d2, hao: g.dd2 === '号' });
    } else if (g.cy) {
      const month = parseChineseNumber(g.cm);
      const day = g.cd ? parseChineseNumber(g.cd) : undefined;
      const year = parseChineseDigits(g.cy);
      if (month === undefined || (g.cd && day === undefined) || year === undefined) continue;
      out.push({ ...base, form: 'chinese', year, month, ...(day !== undefined ? { day } : {}), hao: false });
    } else {
      const form: DateForm = g.sep === '-' ? 'dash' : g.sep === '/' ? 'slash' : 'dot';
      out.push({ ...base, form, year: +g.ny, month: +g.nm, day: +g.nd, hao: false });
    }
  }
  return out;
}
