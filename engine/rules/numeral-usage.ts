import data from '../../data/numeral-usage.json';
import type { Rule } from '../rule';
import { chineseNumber } from '../structure/numerals';
import { bookTitleAround, inTableRow, sentenceAround } from '../text-spans';
import type { Report, Severity } from '../types';

type FixKind = 'circle' | 'halfwidth' | 'letter-o' | 'chinese' | 'approx' | 'range' | 'thousands' | 'none';

interface Entry {
  id: string;
  pattern: RegExp;
  message: string;
  fix: FixKind;
  safe: boolean;
  level: Severity;
}

const ENTRIES: Entry[] = data.entries.map((e) => ({
  id: e.id,
  pattern: new RegExp(e.pattern, 'g'),
  message: e.message,
  fix: e.fix as FixKind,
  safe: e.safe ?? false,
  level: e.level as Severity,
}));

const CN_DIGITS = '〇一二三四五六七八九';
/** 〔2024〕5号, [2024], （2024）: document numbers keep their own digits. */
const DOC_NUMBER = /〔[^〔〕\n]{0,12}〕[0-9]*号?|\[[0-9]{4}\][0-9]*号?/g;

/** The corrected text for an entry's fix kind, or undefined when it cannot be written for sure. */
function fixed(kind: FixKind, text: string): string | undefined {
  switch (kind) {
    case 'circle':
      return text.replace(/[零0OoＯ０ο]/g, '〇');
    case 'letter-o':
      return text.replace(/[OoＯ]/g, '0');
    case 'halfwidth':
      return text.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    case 'chinese':
      return text.replace(/[0-9]+/g, (n) => (+n === 100 ? '一百' : +n >= 1 && +n <= 99 ? chineseNumber(+n) : n));
    case 'approx': {
      const [a, b] = text.split('、');
      const value = (s: string) => (/[0-9]/.test(s) ? +s : CN_DIGITS.indexOf(s));
      if (value(b) !== value(a) + 1) return undefined;
      return /[0-9]/.test(a) ? chineseNumber(+a) + chineseNumber(+b) : a + b;
    }
    case 'range': {
      const m = /^([0-9.]+)(%?)\s*([-－～~—])\s*([0-9.]+)(%|万|亿)$/.exec(text);
      if (!m) return undefined;
      const mark = m[3] === '-' || m[3] === '－' ? '～' : m[3];
      return `${m[1]}${m[5]}${mark}${m[4]}${m[5]}`;
    }
    case 'thousands': {
      const m = /^([0-9]+(?:\.[0-9]+)?)([千百])$/.exec(text)!;
      const value = Number(m[1]) * (m[2] === '千' ? 1000 : 100);
      return Number.isInteger(value) ? String(value) : undefined;
    }
    default:
      return undefined;
  }
}

/** 第一章 … 第12章: the units whose ordinals must keep one form in a document. */
const ORDINAL = /第(?:([0-9]{1,3})|([一二三四五六七八九十百]{1,4}))(章|节|部分|篇)/g;
/** 两千余人 next to 3000余人 in one sentence. */
const COUNT =
  /(?<![0-9.一二三四五六七八九十百千万两])(?:([0-9]+(?:\.[0-9]+)?[万亿千百]?)|([一二两三四五六七八九十]*[百千万][一二两三四五六七八九十百千万]*))(余|多)(人|名|家|户|个|项|次|所|元|亩)/g;
/** 下午3时 next to 15时: the two clocks in one document. */
const AFTERNOON = /(?:下午|晚上|傍晚)\s*(?:[1-9]|1[0-2])\s*(?:[时点]|[:：][0-9]{2})/;
const TWENTY_FOUR = /(?<![0-9.:：午上])(?:1[3-9]|2[0-3])\s*(?:时(?![间期代候刻节效限])|[:：][0-5][0-9](?![0-9]))/g;

/**
 * 数字用法 (GB/T 15835—2011, GB/T 9704—2012): the patterns of data/numeral-usage.json, and three checks of one
 * form per category across the document (章节 ordinals, 余/多 counts in one sentence, the two clocks), which
 * name the other place as a related location. Quoted titles 《…》, 文号 and table rows are left as they are.
 */
export const numeralUsage: Rule = {
  id: 'numeral-usage',
  category: 'consistency',
  description: '数字用法不规范（GB/T 15835：二〇二六年、党的二十大、一是、10%～20%、3000人等）',
  details:
    '按 data/numeral-usage.json 逐条检查：汉字年份中的〇、数字中的字母O和全角数字、年份简写（26年3月）、固有提法和会议届次用汉字（两个一百年、“十四五”、党的二十大、二十届四中全会）、' +
    '序次语（一是）、相邻数字表概数（三四个月）、约数词叠用（约5000万元左右）、数值范围（10%～20%、3万～5万元）、阿拉伯数字与千百连用（3千人，info）、减少用倍数、12/24小时制混用。' +
    '〇、全角数字、字母O、固有提法、届次、概数顿号和范围的修复是安全修复；其余需人判断或不给修复。' +
    '另查同类别同形式：同一文件中“第一章”与“第12章”混用，同一句中“两千余人”与“3000余人”混用，“下午3时”与“15时”混用，消息指明对照的另一处（相关位置）。书名号内、文号（〔2024〕5号）和表格行不查。',
  defaultSeverity: 'warning',
  fix: 'mixed',
  scope: 'paragraph',
  examples: {
    valid: ['二〇二六年，我局深入学习贯彻党的二十大精神，一是加强领导，增幅控制在10%～20%。'],
    invalid: ['二零二六年，我局深入学习贯彻党的20大精神。', '增幅控制在10-20%。'],
  },
  *check({ model }) {
    const prose = model.prose.replace(DOC_NUMBER, (s) => ' '.repeat(s.length));
    // The 成文日期 is date-format's: one finding and one fix for it.
    const signed = model.structure().date;
    const skip = (at: number, end: number) =>
      (signed !== undefined && at < signed.offset + signed.length && end > signed.offset) ||
      inTableRow(prose, at) ||
      !!bookTitleAround(prose, at, end);
    for (const entry of ENTRIES) {
      for (const m of prose.matchAll(entry.pattern)) {
        const at = m.index!;
        const text = m[0];
        if (skip(at, at + text.length)) continue;
        // 1万6千: inside a 万/亿 compound the digit alone cannot be rewritten.
        const right = entry.fix === 'thousands' && /[万亿]/.test(prose[at - 1] ?? '') ? undefined : fixed(entry.fix, text);
        if (entry.fix === 'approx' && right === undefined) continue;
        const message = entry.message.replaceAll('{text}', text).replaceAll('{fix}', right ?? text);
        yield {
          offset: at,
          length: text.length,
          message,
          ...(entry.level !== 'warning' ? { severity: entry.level } : {}),
          ...(right !== undefined && right !== text
            ? { fixes: [{ title: `改为“${right}”`, safe: entry.safe, edits: [{ offset: at, length: text.length, newText: right }] }] }
            : {}),
        };
      }
    }
    yield* ordinals(prose, skip);
    yield* counts(prose, skip);
    yield* clocks(prose, skip);
  },
};

/** The first 第N章 in Chinese numerals and the first in Arabic: the later form is reported, pointing at the earlier. */
function* ordinals(prose: string, skip: (at: number, end: number) => boolean): Iterable<Report> {
  const first = new Map<string, { arabic: boolean; offset: number; text: string }>();
  for (const m of prose.matchAll(ORDINAL)) {
    if (skip(m.index!, m.index! + m[0].length)) continue;
    const arabic = m[1] !== undefined;
    const unit = m[3];
    const seen = first.get(unit);
    if (!seen) {
      first.set(unit, { arabic, offset: m.index!, text: m[0] });
      continue;
    }
    if (seen.arabic === arabic) continue;
    yield {
      offset: m.index!,
      length: m[0].length,
      message: `“${m[0]}”与前文“${seen.text}”的序数写法不同：同一文件中同类序数用同一种数字（GB/T 15835—2011 4.3 同类别同形式）。`,
      related: [{ offset: seen.offset, length: seen.text.length, message: `前文写作“${seen.text}”` }],
    };
  }
}

function* counts(prose: string, skip: (at: number, end: number) => boolean): Iterable<Report> {
  let sentence = { start: -1, end: -1 };
  let seen: { arabic: boolean; offset: number; text: string; tail: string }[] = [];
  for (const m of prose.matchAll(COUNT)) {
    const at = m.index!;
    if (at >= sentence.end) {
      sentence = sentenceAround(prose, at, at + m[0].length);
      seen = [];
    }
    if (skip(at, at + m[0].length)) continue;
    const arabic = m[1] !== undefined;
    const other = seen.find((s) => s.arabic !== arabic && s.tail === m[3]);
    if (other) {
      yield {
        offset: at,
        length: m[0].length,
        message: `同一句中“${other.text}”与“${m[0]}”数字写法不同：同类统计数用同一种形式（GB/T 15835—2011 4.3）。`,
        related: [{ offset: other.offset, length: other.text.length, message: `同句另一处写作“${other.text}”` }],
      };
    }
    seen.push({ arabic, offset: at, text: m[0], tail: m[3] });
  }
}

function* clocks(prose: string, skip: (at: number, end: number) => boolean): Iterable<Report> {
  const afternoon = AFTERNOON.exec(prose);
  if (!afternoon) return;
  for (const m of prose.matchAll(TWENTY_FOUR)) {
    if (skip(m.index!, m.index! + m[0].length)) continue;
    yield {
      offset: m.index!,
      length: m[0].length,
      message: `“${m[0]}”用24小时制，前后又有“${afternoon[0]}”用12小时制：同一文件中时刻宜统一写法。`,
      related: [{ offset: afternoon.index, length: afternoon[0].length, message: `12小时制：“${afternoon[0]}”` }],
    };
    return;
  }
}
