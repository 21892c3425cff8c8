import { chineseDate } from '../dates';
import { describedYears } from '../described-period';
import { referenceReason } from '../reference-date';
import { ruleOption, type Rule } from '../rule';
import { chineseNumber } from '../structure/numerals';
import { exampleReport } from './example-report';

/**
 * A draft's 成文日期 that cannot be its signing date: older than `maxAgeMonths` before the reference
 * date, in the future, or before the period the report describes (a 2026年度 report signed 2021年). A
 * copied report keeps last year's date at the bottom; in draft mode that date is evidence, not the
 * reference (reference-date.ts), and this rule points at it. In archive mode only the last case is a
 * contradiction worth reporting.
 */
export const documentDate: Rule = {
  id: 'document-date',
  category: 'consistency',
  description: '成文日期与参考日期或报告所述年份不符（疑似沿用旧报告的落款日期）',
  details:
    '草稿模式下，成文日期早于参考日期超过设定的月数、晚于参考日期，或早于报告所述年份（2026年度的报告落款2021年11月20日）：' +
    '疑似沿用旧报告的落款日期。消息写明与哪个日期比较；修复改为今天或指定的参考日期，保持原日期的写法（需确认）。' +
    '存档模式只报“早于报告所述年份”，不给修复。见下文“参考日期”。',
  defaultSeverity: 'warning',
  fix: 'judgement',
  options: [
    {
      setting: '.gongwen.json：rules["document-date"].maxAgeMonths',
      key: 'maxAgeMonths',
      type: 'integer',
      default: 6,
      min: 1,
      max: 120,
      description: '成文日期早于参考日期多少个月以上时提示',
    },
  ],
  examples: {
    valid: [exampleReport()],
    invalid: [exampleReport({ '2026年11月20日': '2021年11月20日' })],
  },
  *check(context) {
    const { model, reference } = context;
    const date = model.structure().date;
    if (!date?.iso) return;
    const signed = date.iso;
    const signedYear = Number(signed.slice(0, 4));
    const against = `参考日期${chineseDate(reference.date)}（${referenceReason(reference)}）`;
    let message: string | undefined;
    const described = describedYears(model.structure(), reference.date).find((d) => signedYear < (d.plan ? d.year - 1 : d.year));
    if (described) {
      message = `成文日期${chineseDate(signed)}早于报告所述的${described.year}年（${described.where}）：是否沿用了旧报告的落款日期？`;
    } else if (reference.mode === 'archive') {
      return;
    } else if (signed > reference.date) {
      message = `成文日期${chineseDate(signed)}晚于${against}。`;
    } else {
      const limit = ruleOption(context, documentDate, 'maxAgeMonths');
      if (signed >= monthsBefore(reference.date, limit)) return;
      message = `成文日期${chineseDate(signed)}比${against}早${limit}个月以上：草稿的成文日期应是签发日期，是否沿用了旧报告的落款日期？`;
    }
    const fixes =
      reference.mode === 'draft'
        ? [
            {
              title: `改为${reference.source === 'today' ? '今天' : '参考日期'}“${inStyleOf(date.text, reference.date)}”`,
              safe: false,
              edits: [{ offset: date.offset, length: date.length, newText: inStyleOf(date.text, reference.date) }],
            },
          ]
        : [];
    yield { offset: date.offset, length: date.length, message, fixes };
  },
};

/** The same day `months` months before `iso` (the month's last day when it has fewer days). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The date written like the original: 二〇二六年十一月二十九日 for Chinese numerals, 2026-11-29 with the
 * original separator, else the GB/T 9704 form 2026年11月29日 (no leading zeros).
 */
function inStyleOf(original: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (/^[〇零一二三四五六七八九]{4}年/.test(original)) {
    const year = [...String(y)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('');
    return `${year}年${chineseNumber(m)}月${chineseNumber(d)}日`;
  }
  const separated = /^\d{4}([-./])(\d{1,2})[-./](\d{1,2})$/.exec(original);
  if (separated) {
    const padded = separated[2].length === 2 || separated[3].length === 2;
    const two = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
    return `${y}${separated[1]}${two(m)}${separated[1]}${two(d)}`;
  }
  return chineseDate(iso);
}
