import { planInsertion } from '../insert-section';
import type { Rule } from '../rule';
import { exampleReport } from './example-report';
import { asSureAsType } from './shared/frame';

/** A standard part of the detected report type (存在问题, 下步打算, 原因分析 …) is missing. */
export const missingSection: Rule = {
  id: 'missing-section',
  category: 'structure',
  description: '缺少该类报告的标准组成部分（如存在问题、下步打算、原因分析）',
  details:
    '报告类型的标准组成部分缺失（存在问题、下步打算、原因分析……），提示标在该部分应在的位置（它之前的一级标题上，或最后一个部分之后、结束语和落款之前）；插入时带编号和段落模板，后续一级标题自动顺延。报告类型不确定时为 info。',
  defaultSeverity: 'warning',
  fix: 'judgement',
  examples: {
    valid: [exampleReport()],
    invalid: [exampleReport({ '二、存在的问题': null, '部分企业主体责任落实不到位。': null, '三、下一步工作打算': '二、下一步工作打算' })],
  },
  *check(context) {
    const structure = context.model.structure();
    // A text with no heading, lead-in or closing is not laid out as a report yet; parts mean nothing there.
    if (!structure.all.length && !structure.leadIn && !structure.closing) return;
    const detected = context.reportType();
    const { type, reason } = detected;
    const statuses = context.parts();
    const all = type.parts.map((p) => p.spec.name).join('、');
    for (const status of statuses) {
      if (!status.required || status.at !== undefined || status.inTitle) continue;
      const insertion = planInsertion(context.model, statuses, status);
      yield {
        offset: insertion.anchor.offset,
        length: insertion.anchor.length,
        severity: asSureAsType(detected),
        message: `缺少“${status.spec.name}”部分：${type.name}（${reason}）通常包括${all}。可在此处补上。`,
        fixes: [{ title: `插入“${status.spec.name}”部分`, safe: false, edits: insertion.edits }],
      };
    }
  },
};
