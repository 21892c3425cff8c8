import type { Rule } from '../rule';
import { add, compare, decimal, format, writtenAs, type Amount } from '../numbers';
import { amountSentences } from './shared/amount-sentences';
import type { Report } from '../types';

/** A total: 共/总计/合计/累计… right before the amount (within a few characters). */
const TOTAL_CUE = /(?:共|总计|合计|累计|总数|总共)[^，,；;。其]{0,8}$/;
/** The 其中 list: parts separated by 、 or ，, each a short label and an amount. */
const BREAKDOWN = /其中/g;
/** 已完成18个，正在推进3个: done and still open, which together make the total. */
const DONE = /已(?:完成|整改|办结|化解|销号|落实)[^，,；;。]{0,6}$/;
const CUES = /共|计|总数|其中|已/;
const OPEN = /(?:正在|其余|剩余|尚未|未完成|正|还有)[^，,；;。]{0,6}$/;

/** Labels of overlapping groups (sex, party, age, education): such 其中 lists need not add up. */
const CROSS_CUTTING = /女|男|党员|团员|少数民族|岁|青年|学历|本科|研究生|硕士|博士|高级|中级|专业技术/;

const exact = (list: Amount[]) => list.every((a) => !a.approximate);
const sum = (list: Amount[]) => list.reduce((s, a) => add(s, a.value), decimal('0'));
const spanOf = (a: Amount, base: number) => ({ offset: base + a.offset, length: a.length });

/**
 * Parts that must add up: 共检查单位12家，其中机关5家、企业6家 (5+6≠12), 整改问题20个，已完成18个，正在推进3个
 * (18+3≠20), and shares of one whole (其中…占40%、…占35%、…占30%) above 100%. Only amounts with the same counter,
 * none marked as approximate (约, 余, 多, 左右), and only parts that follow one another in the 其中 clause.
 */
export const sumCheck: Rule = {
  id: 'sum-check',
  category: 'consistency',
  description: '分项之和与总数不符（共12家，其中5家、6家）',
  details:
    '同一句中，“共/合计/累计 X”后紧跟“其中 A、B…”（同一量词、均非约数）时核对 A+B… 与 X：分项之和大于总数必报；分项有两项以上而和小于总数也报（分项应当穷尽时）。' +
    '“整改问题20个，已完成18个，正在推进3个”核对已完成与未完成之和。“其中”后各项“占X%”之和超过100%（按所写位数的舍入容差）也报。' +
    '带“约、近、余、多、左右、以上”的数、不同量词、表格行不核对；只给消息和相关位置，不给修复。',
  defaultSeverity: 'warning',
  fix: 'none',
  scope: 'paragraph',
  examples: {
    valid: ['共检查单位12家，其中机关5家、企业7家。', '整改问题20个，已完成17个，正在推进3个。'],
    invalid: ['共检查单位12家，其中机关5家、企业6家。', '整改问题20个，已完成18个，正在推进3个。'],
  },
  *check({ model }) {
    // A sum needs its cue (共/合计/累计 total, 其中 parts, 已 done): most sentences with numbers have none.
    const wanted = (text: string) => CUES.test(text) && /[0-9〇一二两三四五六七八九十]/.test(text);
    for (const { text, base, amounts: list } of amountSentences(model.prose, wanted)) {
      if (list.length < 2) continue;
      yield* breakdowns(text, base, list);
      yield* doneAndOpen(text, base, list);
    }
  },
};

function* breakdowns(text: string, base: number, list: Amount[]): Iterable<Report> {
  for (const m of text.matchAll(BREAKDOWN)) {
    const at = m.index!;
    const total = [...list].reverse().find((a) => a.offset + a.length <= at);
    yield* shares(
      text,
      base,
      list.filter((a) => a.offset > at),
    );
    if (!total || total.unit === '%' || total.unit === '百分点') continue;
    if (!TOTAL_CUE.test(text.slice(Math.max(0, total.offset - 12), total.offset))) continue;
    // the parts: consecutive amounts after 其中 joined by 、/，/； with only a short label between them
    const parts: Amount[] = [];
    let end = at + 2;
    for (const a of list) {
      if (a.offset < end) continue;
      const gap = text.slice(end, a.offset);
      if (gap.length > 10 || (parts.length && !/^[、，,；;]/.test(gap)) || /[0-9%]|其中|同比|增长|增加|新增|减少|下降|占|比/.test(gap))
        break;
      // 女性8人、党员15人: attributes that cut across one another are not parts of a whole
      if (CROSS_CUTTING.test(gap)) {
        parts.length = 0;
        break;
      }
      parts.push(a);
      end = a.offset + a.length;
    }
    if (parts.length < 2 || !parts.every((p) => p.unit === total.unit) || !exact([total, ...parts])) continue;
    // 其中 clause continuing with 等 or a further 其中: the parts are not meant to be complete
    if (/^[^，；。]{0,2}等/.test(text.slice(end))) continue;
    const c = compare(sum(parts), total.value);
    if (c === 0) continue;
    yield mismatch(total, parts, base, '分项');
  }
}

function* doneAndOpen(text: string, base: number, list: Amount[]): Iterable<Report> {
  for (let i = 1; i + 1 < list.length; i++) {
    const done = list[i];
    const open = list[i + 1];
    const total = list[i - 1];
    const before = text.slice(Math.max(0, done.offset - 10), done.offset);
    const cue = DONE.exec(before);
    if (!cue) continue;
    if (
      !OPEN.test(text.slice(done.offset + done.length, open.offset)) ||
      /[。；;]/.test(text.slice(done.offset + done.length, open.offset))
    )
      continue;
    // The total stands alone before the done part: no earlier 已… or 其中 between them (those are other counts).
    if (/已|其中/.test(text.slice(total.offset + total.length, done.offset - before.length + cue.index))) continue;
    if (total.unit !== done.unit || open.unit !== done.unit || !exact([total, done, open])) continue;
    if (compare(add(done.value, open.value), total.value) !== 0) yield mismatch(total, [done, open], base, '已完成与未完成');
  }
}

function* shares(text: string, base: number, list: Amount[]): Iterable<Report> {
  const parts = list.filter((a) => a.unit === '%' && /占$/.test(text.slice(Math.max(0, a.offset - 1), a.offset)));
  if (parts.length < 2 || !exact(parts)) return;
  // each share may be rounded by half its last place
  const places = Math.max(...parts.map((p) => p.places));
  const tolerance = { units: BigInt(parts.length) * 5n, scale: places + 1 };
  if (compare(sum(parts), add(decimal('100'), tolerance)) <= 0) return;
  const first = parts[0];
  const last = parts[parts.length - 1];
  yield {
    offset: base + first.offset,
    length: last.offset + last.length - first.offset,
    message: `各部分占比之和为${format(sum(parts))}%，超过100%：请核对各项比例。`,
    related: parts.map((p) => ({ ...spanOf(p, base), message: `占比${format(p.value)}%` })),
  };
}

function mismatch(total: Amount, parts: Amount[], base: number, what: string): Report {
  const shown = writtenAs([total, ...parts]);
  return {
    ...spanOf(total, base),
    message: `总数${shown(total.value)}与${what}之和不符：${parts.map((p) => shown(p.value).replace(/[^\d.]+$/, '')).join('+')}=${shown(sum(parts))}。请核对数字。`,
    related: parts.map((p) => ({ ...spanOf(p, base), message: `${what}：${shown(p.value)}` })),
  };
}
