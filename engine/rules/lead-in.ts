import type { Rule } from '../rule';

const LEAD_IN = '现将有关情况报告如下：';

/** The opening paragraph of a 报告 has no transition such as 现将有关情况报告如下：. */
export const leadIn: Rule = {
  id: 'lead-in',
  description: '开头缺少“现将有关情况报告如下：”一类的过渡语（开头语）',
  defaultSeverity: 'warning',
  fix: 'judgement',
  usesTokens: false,
  *check(context) {
    const { type } = context.reportType();
    const structure = context.model.structure();
    if (!type.frame.leadIn || structure.leadIn || !structure.opening || !structure.all.length) return;
    const { opening } = structure;
    // Close the last sentence with 。 (replacing a dangling ，；：) and let the lead-in follow it.
    const dangling = /[，,；;：:]$/.test(opening.text) ? 1 : 0;
    const stop = opening.text.endsWith('。') ? '' : '。';
    // The finding covers the opening's last sentence, where the lead-in belongs.
    const lastStop = opening.text.slice(0, -1).lastIndexOf('。') + 1;
    yield {
      offset: opening.offset + lastStop,
      length: opening.length - lastStop,
      severity: context.reportType().confidence === 'certain' ? undefined : 'info',
      message: `开头缺少开头语：${type.name}的开头段一般以“${LEAD_IN}”转入正文。`,
      fixes: [{
        title: `在开头段末尾加上“${LEAD_IN}”`,
        safe: false,
        edits: [{ offset: opening.offset + opening.length - dangling, length: dangling, newText: stop + LEAD_IN }],
      }],
    };
  },
};
