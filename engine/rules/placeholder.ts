import data from '../../data/placeholders.json';
import type { Rule } from '../rule';

const patterns = data.entries.map((e) => ({ label: e.label, needs: new RegExp(e.needs), regex: new RegExp(e.pattern, 'gu') }));

/** Template placeholders left in the text (XXXX, xxxx, ×××, *, 某某, 20XX年 …). */
export const placeholder: Rule = {
  id: 'placeholder',
  description: '遗留的模板占位符（XXXX、xxxx、×××、*、某某、20XX 等）',
  defaultSeverity: 'error',
  fix: 'none',
  usesTokens: false,
  *check({ model }) {
    const seen = new Set<number>();
    for (const { label, needs, regex } of patterns) {
      if (!needs.test(model.prose)) continue;
      for (const m of model.prose.matchAll(regex)) {
        if (seen.has(m.index!)) continue;
        seen.add(m.index!);
        yield {
          offset: m.index!,
          length: m[0].length,
          message: `遗留占位符“${m[0]}”（${label}）：提交前请填写实际内容。`,
        };
      }
    }
  },
};
