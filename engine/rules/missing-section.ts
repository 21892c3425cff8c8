import { planInsertion } from '../insert-section';
import type { Rule } from '../rule';

/** A standard part of the detected report type (存在问题, 下步打算, 原因分析 …) is missing. */
export const missingSection: Rule = {
  id: 'missing-section',
  description: '缺少该类报告的标准组成部分（如存在问题、下步打算、原因分析）',
  defaultSeverity: 'warning',
  fix: 'judgement',
  usesTokens: true,
  *check(context) {
    const structure = context.model.structure();
    // A text with no heading, lead-in or closing is not laid out as a report yet; parts mean nothing there.
    if (!structure.all.length && !structure.leadIn && !structure.closing) return;
    const { type, confidence, reason } = context.reportType();
    const statuses = context.parts();
    const all = type.parts.map((p) => p.spec.name).join('、');
    for (const status of statuses) {
      if (!status.required || status.at !== undefined || status.inTitle) continue;
      const insertion = planInsertion(context.model, statuses, status);
      yield {
        offset: insertion.anchor.offset,
        length: insertion.anchor.length,
        // Only as sure as the type detection: a guessed type gives a hint-level finding.
        severity: confidence === 'certain' ? undefined : 'info',
        message: `缺少“${status.spec.name}”部分：${type.name}（${reason}）通常包括${all}。可在此处补上。`,
        fixes: [{ title: `插入“${status.spec.name}”部分`, safe: false, edits: insertion.edits }],
      };
    }
  },
};
