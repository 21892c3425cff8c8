import data from '../../data/placeholders.json';
import type { Rule } from '../rule';
import type { FindingEntry, Report } from '../types';

const patterns = data.entries.map((e) => ({
  entry: { id: e.id, source: e.source, date: e.added },
  label: e.label,
  needs: new RegExp(e.needs),
  regex: new RegExp(e.pattern, 'gu'),
}));
/** What may stand between the placeholders of one date (20xx年xx月xx日) and end it. */
const DATE_UNIT = /^[年月]$/;
const DATE_END = /^[月日号]/;

/** Template placeholders left in the text (XXXX, xxxx, ×××, *, 某某, 20XX年 …). */
export const placeholder: Rule = {
  id: 'placeholder',
  category: 'placeholder',
  description: '遗留的模板占位符（XXXX、xxxx、×××、*、某某、20XX 等）',
  details: 'XXXX、xxxx、20XX、单个 X（X次）、×××、*、某某、□；一个占位日期（20xx年xx月xx日、X月X日）是一处。',
  defaultSeverity: 'error',
  fix: 'none',
  scope: 'paragraph',
  examples: {
    valid: ['市应急管理局于2026年3月开展检查。'],
    invalid: ['XX局于20XX年开展检查。', '会议定于X月X日召开。'],
  },
  *check({ model }) {
    const found = new Map<number, Span>();
    for (const { entry, label, needs, regex } of patterns) {
      if (!needs.test(model.prose)) continue;
      for (const m of model.prose.matchAll(regex)) {
        if (!found.has(m.index!)) found.set(m.index!, { offset: m.index!, length: m[0].length, label, entry });
      }
    }
    yield* dates(
      [...found.values()].sort((a, b) => a.offset - b.offset),
      model.prose,
    );
  },
};

interface Span {
  offset: number;
  length: number;
  label: string;
  entry: FindingEntry;
}

/** One report per placeholder, except that the parts of one date (20xx年xx月xx日, X月X日) are one. */
function* dates(spans: Span[], prose: string): Iterable<Report> {
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i];
    let end = first.offset + first.length;
    let parts = 1;
    while (i + 1 < spans.length && DATE_UNIT.test(prose.slice(end, spans[i + 1].offset))) {
      i++;
      parts++;
      end = spans[i].offset + spans[i].length;
    }
    if (parts > 1 && DATE_END.test(prose.slice(end))) end++;
    const text = prose.slice(first.offset, end);
    yield {
      offset: first.offset,
      length: end - first.offset,
      message: `遗留占位符“${text}”（${parts > 1 ? '日期' : first.label}）：提交前请填写实际内容。`,
      entry: first.entry,
    };
  }
}
