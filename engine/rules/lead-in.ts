import type { Rule } from '../rule';
import { exampleReport } from './example-report';
import { asSureAsType } from './shared/frame';
import { lineBreakOf } from '../text-spans';
import type { Report } from '../types';
import type { ReportModel } from '../model';
import type { Heading } from '../structure/parse';

const LEAD_IN = '现将有关情况报告如下：';

/** The opening paragraph of a 报告 has no transition such as 现将有关情况报告如下：, or there is no opening at all. */
export const leadIn: Rule = {
  id: 'lead-in',
  category: 'structure',
  description: '开头缺少“现将有关情况报告如下：”一类的过渡语（开头语）',
  details: '开头段没有“现将有关情况报告如下：”，或正文直接从“一、”开始；修复补上开头语，需确认。',
  defaultSeverity: 'warning',
  fix: 'judgement',
  examples: {
    valid: [exampleReport()],
    invalid: [exampleReport({ '根据市局通知要求，我局对2026年度安全生产工作开展了自查，现将自查情况报告如下：': null })],
  },
  *check(context) {
    const detected = context.reportType();
    const { type } = detected;
    const structure = context.model.structure();
    if (!type.frame.leadIn || structure.delivered || structure.leadIn || !structure.all.length) return;
    const severity = asSureAsType(detected);
    const { opening } = structure;
    if (!opening) {
      yield { ...opensWithHeading(context.model, structure.all[0], type.name), severity };
      return;
    }
    // Close the last sentence with 。 (replacing a dangling ，；：) and let the lead-in follow it.
    const dangling = /[，,；;：:]$/.test(opening.text) ? 1 : 0;
    const stop = opening.text.endsWith('。') ? '' : '。';
    // The finding covers the opening's last sentence, where the lead-in belongs.
    const lastStop = opening.text.slice(0, -1).lastIndexOf('。') + 1;
    yield {
      offset: opening.offset + lastStop,
      length: opening.length - lastStop,
      severity,
      message: `开头缺少开头语：${type.name}的开头段一般以“${LEAD_IN}”转入正文。`,
      fixes: [
        {
          title: `在开头段末尾加上“${LEAD_IN}”`,
          safe: false,
          edits: [{ offset: opening.offset + opening.length - dangling, length: dangling, newText: stop + LEAD_IN }],
        },
      ],
    };
  },
};

/** The text goes straight into 一、: the finding is on that first heading, the fix puts a lead-in line before it. */
function opensWithHeading(model: ReportModel, first: Heading, typeName: string): Report {
  const marker = first.marker ?? { offset: first.title.offset, text: '' };
  const indent = model.text.slice(first.start, marker.offset);
  // A one-line report gets the lead-in inline, right before 一、.
  const eol = model.structure().runOn ? '' : lineBreakOf(model.text);
  const shown = marker.text.trim() || first.title.text;
  return {
    offset: marker.offset,
    length: marker.text.trim().length || first.title.length,
    message: `开头缺少开头段：正文直接从“${shown}”开始。${typeName}一般先用一段话交代背景，再以“${LEAD_IN}”转入正文。`,
    fixes: [
      {
        title: `在“${shown}”前加上“${LEAD_IN}”`,
        safe: false,
        edits: [{ offset: first.start, length: 0, newText: `${indent}${LEAD_IN}${eol}` }],
      },
    ],
  };
}
