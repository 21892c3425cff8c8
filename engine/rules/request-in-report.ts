import type { Rule } from '../rule';
import { exampleReport } from './example-report';
import { bookTitleAround } from '../text-spans';

// 请示 wording (《党政机关公文处理工作条例》第十五条：不得在报告等非请示性公文中夹带请示事项).
const REQUEST = /[妥当]否[，,]?\s*请(?:批示|示复|审批)|请予?(?:批准|审批|批复)|批准为盼|恳请批准|特此请示|以上请示|请批示|请示报告/g;

/** A report asks for approval, which only a 请示 may do. */
export const requestInReport: Rule = {
  id: 'request-in-report',
  category: 'structure',
  description: '报告中夹带请示事项（妥否，请批示；请予批准……）',
  details: '报告夹带请示用语（妥否，请批示；请予批准……），《》内的文件名不算；修复改为“特此报告。”，需确认。',
  defaultSeverity: 'warning',
  fix: 'judgement',
  scope: 'paragraph',
  examples: {
    valid: [exampleReport(), '关于印发《请予批准事项办理规程》的情况说明。'],
    invalid: [exampleReport({ '特此报告。': '妥否，请批示。' })],
  },
  *check({ model }) {
    const closing = model.structure().closing;
    for (const m of model.prose.matchAll(REQUEST)) {
      if (bookTitleAround(model.prose, m.index!)) continue; // 《中国共产党重大事项请示报告条例》 is a name
      const inClosing = closing && m.index! >= closing.offset && m.index! < closing.offset + closing.length;
      yield {
        offset: m.index!,
        length: m[0].length,
        message: `报告中不得夹带请示事项：“${m[0]}”是请示的用语（《党政机关公文处理工作条例》第十五条）。需要批复的事项应另行请示。`,
        fixes: inClosing
          ? [
              {
                title: '结束语改为“特此报告。”',
                safe: false,
                edits: [{ offset: closing.offset, length: closing.length, newText: '特此报告。' }],
              },
            ]
          : [],
      };
    }
  },
};
