import type { Rule } from '../rule';
import { compare, format, isZero, percentOf, type Amount } from '../numbers';
import { amountSentences } from './shared/amount-sentences';

/** 合格率达57%: the stem (合格) names the part, 率 the rate. */
const RATE = /([\u4e00-\u9fa5]{2})率(?:为|达|达到|是|提高到|提升到)?(?=约?[0-9])/g;

/**
 * Rates that can be recomputed from the sentence: 参训20人、合格15人，合格率达57% (15/20 = 75%). The part is the
 * amount written right after the rate's stem (合格15人), the whole the amount before it with the same counter.
 * The stated rate may be rounded half up or cut at its decimal places; 约/近/超过 allow one more point.
 */
export const rateCheck: Rule = {
  id: 'rate-check',
  category: 'consistency',
  description: '比率与所给数字不符（参训20人、合格15人，合格率57%）',
  details:
    '同一句中写出总数与分项（参训20人、合格15人）和“X率 P%”（X 与分项前的词相同，如“合格”）时，按分项÷总数重算：按所写小数位四舍五入或截断都不等于 P 才报；' +
    '带“约、近、超过”时容差放宽1个百分点。总数与分项量词须相同；表格行不查。只给消息和相关位置，不给修复。',
  defaultSeverity: 'warning',
  fix: 'none',
  scope: 'paragraph',
  examples: {
    valid: ['参训20人、合格15人，合格率达75%。', '检查30家，合格20家，合格率66.7%。'],
    invalid: ['参训20人、合格15人，合格率达57%。'],
  },
  *check({ model }) {
    for (const { text, base, amounts: list } of amountSentences(model.prose, (text) => text.includes('率'))) {
      for (const m of text.matchAll(RATE)) {
        const rate = list.find((a) => a.offset >= m.index! + m[0].length && a.offset <= m.index! + m[0].length + 1);
        if (!rate || rate.unit !== '%') continue;
        const stem = m[1];
        const partIndex = findLastIndex(
          list,
          (a) => a.offset < m.index! && text.slice(Math.max(0, a.offset - stem.length), a.offset) === stem,
        );
        if (partIndex < 1) continue;
        const part = list[partIndex];
        const whole = list
          .slice(0, partIndex)
          .reverse()
          .find((a) => a.unit === part.unit);
        if (!whole || part.approximate || whole.approximate || isZero(whole.value) || part.unit === '%') continue;
        if (compare(part.value, whole.value) > 0) continue;
        if (fits(rate, part, whole)) continue;
        yield {
          offset: base + rate.offset,
          length: rate.length,
          message: `${stem}率应为${format(percentOf(part.value, whole.value, Math.max(rate.places, 1)))}%（${format(part.value)}÷${format(whole.value)}），文中写作${format(rate.value)}%：请核对。`,
          related: [
            { offset: base + whole.offset, length: whole.length, message: `总数：${format(whole.value)}${whole.unit}` },
            { offset: base + part.offset, length: part.length, message: `${stem}：${format(part.value)}${part.unit}` },
          ],
        };
      }
    }
  },
};

function findLastIndex<T>(list: T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

/** The stated rate is the exact one rounded half up or cut at its places (± one point when approximate). */
function fits(rate: Amount, part: Amount, whole: Amount): boolean {
  const rounded = percentOf(part.value, whole.value, rate.places);
  if (compare(rounded, rate.value) === 0) return true;
  // cut: exact value lies in [stated, stated + one last place)
  const finer = percentOf(part.value, whole.value, rate.places + 6);
  const step = { units: 1n, scale: rate.places };
  const upper = { units: rate.value.units * 10n ** BigInt(rate.places - rate.value.scale) + step.units, scale: rate.places };
  if (compare(finer, rate.value) >= 0 && compare(finer, upper) < 0) return true;
  if (!rate.approximate) return false;
  const diff = percentOf(part.value, whole.value, 0).units - rate.value.units / 10n ** BigInt(rate.value.scale);
  return diff >= -1n && diff <= 1n;
}
