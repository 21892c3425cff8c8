import type { Rule } from '../rule';
import { exampleReport } from './example-report';

/** A 报告 sent up to an organ names it (主送机关, e.g. 市纪委：) below the title. */
export const addressee: Rule = {
  id: 'addressee',
  category: 'structure',
  description: '缺少主送机关（如“市纪委：”）',
  details: '需要主送机关的报告没有“××：”行；讲话稿、政府工作报告等不需要主送机关的类型，以及有副标题“——……在……会议上”的文稿不报。',
  defaultSeverity: 'info',
  fix: 'none',
  examples: {
    valid: [exampleReport()],
    invalid: [exampleReport({ '市应急管理局：': null })],
  },
  *check(context) {
    const { type } = context.reportType();
    const structure = context.model.structure();
    if (!type.frame.addressee || structure.delivered || structure.addressee || !structure.all.length) return;
    // A point where the line belongs: before the opening (or the first heading).
    const first = structure.opening ?? structure.all[0].title;
    yield {
      offset: first.offset,
      length: 0,
      message: `缺少主送机关：${type.name}应在标题下、正文前顶格写主送机关，后加全角冒号（如“市纪委：”）。`,
    };
  },
};
