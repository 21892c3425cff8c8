import type { Rule } from '../rule';
import { exampleReport } from './example-report';
import { asSureAsType } from './shared/frame';
import { lineBreakOf } from '../text-spans';

const STANDARD = '特此报告。';

/** A 报告 without its closing line (特此报告。), or with one that is not a 报告's. */
export const closing: Rule = {
  id: 'closing',
  category: 'structure',
  description: '报告缺少结束语（特此报告。）或结束语不规范',
  details:
    '缺结束语，或结束语不是该类报告的写法；修复补“特此报告。”，需确认。讲话稿、政府工作报告等在会上所作的文稿（副标题“——……在……会议上”）不要求“特此报告”。',
  defaultSeverity: 'warning',
  fix: 'judgement',
  examples: {
    valid: [exampleReport()],
    invalid: [exampleReport({ '特此报告。': null })],
  },
  *check(context) {
    const detected = context.reportType();
    const { type } = detected;
    const structure = context.model.structure();
    const { lines, text } = context.model;
    if (structure.closing) {
      const said = structure.closing.text.replace(/[。.！!]$/, '');
      // 请示 wording in the closing is request-in-report's finding, not this one.
      if (type.closings.some((c) => said.startsWith(c)) || /请.{0,2}批|批准|请示/.test(said)) return;
      yield {
        offset: structure.closing.offset,
        length: structure.closing.length,
        severity: 'info',
        message: `结束语“${structure.closing.text}”不是${type.name}的常用写法，可用：${type.closings.map((c) => `“${c}。”`).join('')}`,
      };
      return;
    }
    if (!type.frame.closing || structure.delivered || !structure.all.length) return;
    const tail = [structure.signature, structure.date].find(Boolean);
    const lastBody = structure.all[structure.all.length - 1];
    const eol = lineBreakOf(text);
    const indent = /^[ \t\u3000\u00a0]*/.exec(text.slice(lines.lineStart(lastBody.line)))![0];
    // A one-line report gets its closing inline, before the 落款 it may already have.
    const edit = structure.runOn
      ? { offset: tail ? tail.offset : lastBody.end, length: 0, newText: STANDARD }
      : tail
        ? { offset: lines.lineStart(tail.line), length: 0, newText: `${indent}${STANDARD}${eol}${eol}` }
        : { offset: lines.lineEnd(lines.positionAt(lastBody.end).line), length: 0, newText: `${eol}${indent}${STANDARD}` };
    yield {
      offset: lastBody.end, // right after the last part, where the closing line would start
      length: 0,
      severity: asSureAsType(detected),
      message: `缺少结束语：${type.name}的正文之后应另起一段，写上“${STANDARD}”`,
      fixes: [{ title: `加上“${STANDARD}”`, safe: false, edits: [edit] }],
    };
  },
};
