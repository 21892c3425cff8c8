import type { Rule } from '../rule';
import { exampleReport } from './example-report';

/** The parts that are there stand out of the order the report type gives them. */
export const sectionOrder: Rule = {
  id: 'section-order',
  category: 'structure',
  description: '报告各部分的顺序不符合该类报告的通行结构',
  details: '已有部分顺序不对（如“下步打算”在“存在问题”之前）。',
  defaultSeverity: 'warning',
  fix: 'none',
  examples: {
    valid: [exampleReport()],
    invalid: [
      exampleReport({
        '二、存在的问题': '二、下一步工作打算',
        '三、下一步工作打算': '三、存在的问题',
        '部分企业主体责任落实不到位。': '持续推进隐患排查治理。',
        '持续推进隐患排查治理。': '部分企业主体责任落实不到位。',
      }),
    ],
  },
  *check(context) {
    const { type } = context.reportType();
    const found = context.parts().filter((s) => s.at !== undefined && !s.spec.body);
    for (let i = 1; i < found.length; i++) {
      const earlier = found.slice(0, i).find((s) => s.at! > found[i].at!);
      if (!earlier) continue;
      const place = found[i].heading?.title ?? found[i].lead!;
      yield {
        offset: place.offset,
        length: place.length,
        message: `顺序不当：${type.name}中“${found[i].spec.name}”应放在“${earlier.spec.name}”之后。`,
      };
    }
  },
};
