import type { Rule } from '../rule';
import { exampleReport } from './example-report';

/**
 * 成文日期 in the GB/T 9704—2012 form: Arabic numerals, full year, no leading zeros
 * (2026年11月23日); missing where the report type needs one.
 */
export const dateFormat: Rule = {
  id: 'date-format',
  category: 'structure',
  description: '成文日期缺失或不是“2026年11月23日”的格式',
  details: '成文日期不是“2026年11月23日”形式（01月、二〇二六年、2026-11-23），安全修复；无效日期为 error；缺成文日期为 info。',
  defaultSeverity: 'warning',
  fix: 'safe',
  examples: {
    valid: [exampleReport()],
    invalid: [exampleReport({ '2026年11月20日': '2026-11-20' }), exampleReport({ '2026年11月20日': '二〇二六年十一月二十日' })],
  },
  *check(context) {
    const structure = context.model.structure();
    const { date } = structure;
    if (!date) {
      const { type } = context.reportType();
      if (!type.frame.date || structure.delivered || !structure.closing) return;
      const { closing } = structure;
      yield {
        offset: closing.offset,
        length: closing.length,
        severity: 'info',
        message: `缺少落款和成文日期：${type.name}应在结束语后署发文机关名称，并写成文日期（如“2026年11月23日”）。`,
      };
      return;
    }
    if (!date.iso) {
      yield { offset: date.offset, length: date.length, severity: 'error', message: `成文日期“${date.text}”不是有效日期。` };
      return;
    }
    const [y, m, d] = date.iso.split('-').map(Number);
    const correct = `${y}年${m}月${d}日`;
    if (date.text === correct) return;
    yield {
      offset: date.offset,
      length: date.length,
      message: `成文日期应写作“${correct}”：用阿拉伯数字标全年、月、日，月、日不编虚位（GB/T 9704—2012）。`,
      fixes: [{ title: `改为“${correct}”`, safe: true, edits: [{ offset: date.offset, length: date.length, newText: correct }] }],
    };
  },
};
