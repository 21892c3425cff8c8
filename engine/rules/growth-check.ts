import { compare, format, isZero, percentOf, sub, writtenAs, type Amount, type Decimal } from '../numbers';
import type { Rule } from '../rule';
import { amountSentences } from './shared/amount-sentences';
import type { Report } from '../types';

const RISE = '增长|增加|提高|提升|上升';
const FALL = '下降|减少|降低|回落';
/** 由A…到B: the two values; then a change of P. */
const FROM = /(?:由|从)$/;
const TO = new RegExp(`(?:${RISE}|${FALL})?(?:到|至)$`);
/** Right after the second value: 增长/同比下降… alone (年均增长 is compounded over the years, not this change). */
const CHANGE = new RegExp(`^(?:同比|较上年|比上年|共|累计)?(?:${RISE}|${FALL})(?:了)?$`);

/**
 * A change given with both values: 由100万元增长到120万元，增长25% (it is 20 %), and a change of a percentage given
 * in % where 百分点 is meant: 合格率由80%提高到90%，提高了10% (10个百分点). The stated change may be rounded at its
 * places; 约/近 allow one point. Stays silent unless both values and the change are in one sentence, in this order.
 */
export const growthCheck: Rule = {
  id: 'growth-check',
  category: 'consistency',
  description: '增减幅度与前后两个数值不符，或百分比之差写成了“%”（应为“个百分点”）',
  details:
    '同一句中写明“由A（增长/下降）到B，增长/下降P”时核对：A、B为数量时 P% 应为 (B−A)÷A，按所写小数位四舍五入或截断；' +
    'A、B为百分比时，二者之差应写作“X个百分点”，写成“X%”的提示改为百分点，写成百分点而数值不符的也报。只给消息和相关位置，不给修复。',
  defaultSeverity: 'warning',
  fix: 'none',
  scope: 'paragraph',
  examples: {
    valid: ['营业收入由100万元增长到120万元，增长20%。', '合格率由80%提高到90%，提高了10个百分点。'],
    invalid: ['营业收入由100万元增长到120万元，增长25%。', '合格率由80%提高到90%，提高了10%。'],
  },
  *check({ model }) {
    for (const { text, base, amounts: list } of amountSentences(model.prose, (text) => text.includes('由') || text.includes('从'))) {
      for (let i = 0; i + 2 < list.length; i++) {
        const [from, to, change] = [list[i], list[i + 1], list[i + 2]];
        if (!FROM.test(text.slice(Math.max(0, from.offset - 1), from.offset))) continue;
        if (!TO.test(text.slice(from.offset + from.length, to.offset)) || /[，,；;]/.test(text.slice(from.offset + from.length, to.offset)))
          continue;
        const between = text.slice(to.offset + to.length, change.offset);
        if (between.length > 8 || !CHANGE.test(between.replace(/^[，,]/, ''))) continue;
        if (from.unit !== to.unit || from.approximate || to.approximate) continue;
        const report = from.unit === '%' ? pointsMismatch(from, to, change) : rateMismatch(from, to, change);
        if (report) yield { ...report, offset: base + change.offset, length: change.length, related: related(base, from, to) };
      }
    }
  },
};

/** Two percentages: their difference is in 百分点. */
function pointsMismatch(from: Amount, to: Amount, change: Amount): Pick<Report, 'message'> | undefined {
  const difference = absolute(sub(to.value, from.value));
  if (change.unit === '%' && compare(change.value, difference) === 0) {
    return {
      message: `${format(from.value)}%与${format(to.value)}%之差是${format(difference)}个百分点，不是${format(change.value)}%：应写作“${format(difference)}个百分点”。`,
    };
  }
  if (change.unit === '百分点' && !change.approximate && compare(change.value, difference) !== 0) {
    return {
      message: `由${format(from.value)}%到${format(to.value)}%相差${format(difference)}个百分点，文中写作${format(change.value)}个百分点：请核对。`,
    };
  }
  return undefined;
}

/** Two amounts: the change in % is (to − from) ÷ from. */
function rateMismatch(from: Amount, to: Amount, change: Amount): Pick<Report, 'message'> | undefined {
  if (change.unit !== '%' || isZero(from.value)) return undefined;
  const places = change.places;
  const exact = absolute(percentOf(sub(to.value, from.value), from.value, places + 6));
  const rounded = absolute(percentOf(sub(to.value, from.value), from.value, places));
  if (compare(rounded, change.value) === 0 || within(exact, change.value, places)) return undefined;
  if (change.approximate && compare(absolute(sub(rounded, change.value)), { units: 1n, scale: 0 }) <= 0) return undefined;
  const shown = writtenAs([from, to]);
  return {
    message: `由${shown(from.value)}到${shown(to.value)}，变化幅度应为${format(rounded)}%，文中写作${format(change.value)}%：请核对。`,
  };
}

/** A value cut (not rounded) at `places` decimals: stated ≤ exact < stated + one last place. */
function within(exact: Decimal, stated: Decimal, places: number): boolean {
  const step = { units: 1n, scale: places };
  return compare(exact, stated) >= 0 && compare(sub(exact, stated), step) < 0;
}

function absolute(a: Decimal): Decimal {
  return a.units < 0n ? { units: -a.units, scale: a.scale } : a;
}

function related(base: number, from: Amount, to: Amount): Report['related'] {
  const shown = writtenAs([from, to]);
  return [
    { offset: base + from.offset, length: from.length, message: `原值：${shown(from.value)}` },
    { offset: base + to.offset, length: to.length, message: `现值：${shown(to.value)}` },
  ];
}
