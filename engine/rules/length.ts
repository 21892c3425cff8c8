import { countChars } from '../char-count';
import type { Rule } from '../rule';
import { exampleReport } from './example-report';

/** The report is longer than the limit set in gongwen.maxLength (e.g. 调研报告 ≤ 3000 字). */
export const length: Rule = {
  id: 'length',
  category: 'structure',
  description: '全文字数超过设定的上限（gongwen.maxLength）',
  details:
    '全文字数（按公文和 Word 的字数统计：汉字和全角标点各算一字，连续的字母数字算一字，空格换行不算）超过设定的上限；未设定（0）时不检查。提示标在标题上。',
  defaultSeverity: 'warning',
  fix: 'none',
  options: [{ setting: 'gongwen.maxLength', type: 'integer', default: 0, description: '全文字数上限（字），0 为不限' }],
  examples: {
    valid: [{ text: exampleReport(), options: { maxLength: 3000 } }, exampleReport()],
    invalid: [{ text: exampleReport(), options: { maxLength: 100 } }],
  },
  *check({ model, maxLength }) {
    if (!maxLength) return;
    const count = countChars(model.prose);
    if (count <= maxLength) return;
    const anchor = model.structure().title ?? { offset: 0, length: model.lines.lineEnd(0) };
    yield {
      offset: anchor.offset,
      length: anchor.length,
      message: `全文 ${count} 字，超过设定的上限 ${maxLength} 字（多 ${count - maxLength} 字）。`,
    };
  },
};
