import { countChars } from '../char-count';
import type { Rule } from '../rule';

/** The report is longer than the limit set in gongwen.maxLength (e.g. 调研报告 ≤ 3000 字). */
export const length: Rule = {
  id: 'length',
  description: '全文字数超过设定的上限（gongwen.maxLength）',
  defaultSeverity: 'warning',
  fix: 'none',
  usesTokens: false,
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
