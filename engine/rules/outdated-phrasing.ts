import { chineseDate } from '../dates';
import { spokenOfAsPast } from '../tense';
import type { Rule } from '../rule';

/** Formulations, names and campaigns that were current once and are not at the reference date. */
export const outdatedPhrasing: Rule = {
  id: 'outdated-phrasing',
  description: '过时提法：已更名的机构、已调整的表述、已结束的阶段性任务',
  defaultSeverity: 'warning',
  fix: 'judgement',
  usesTokens: false,
  *check({ model, referenceDate, data }) {
    for (const { entry, regex } of data.outdated) {
      if (referenceDate < entry.since || (entry.until && referenceDate >= entry.until)) continue;
      for (const m of model.prose.matchAll(regex)) {
        const at = m.index!;
        if (entry.notInside?.some((word) => isInside(model.prose, at, m[0].length, word))) continue;
        if (entry.context === 'current' && spokenOfAsPast(model.prose, at, m[0].length, Number(referenceDate.slice(0, 4)))) continue;
        const advice = entry.replace === false || !entry.new ? '' : `建议改为“${entry.new}”。`;
        yield {
          offset: at,
          length: m[0].length,
          message: `过时提法“${m[0]}”：${entry.reason}${advice}（自${chineseDate(entry.since)}起；来源：${entry.source}）`,
          fixes: advice
            ? [{ title: `替换为“${entry.new}”`, safe: false, edits: [{ offset: at, length: m[0].length, newText: entry.new }] }]
            : [],
        };
      }
    }
  },
};

/** True when the match at [at, at+length) lies inside an occurrence of `word` in `text`. */
function isInside(text: string, at: number, length: number, word: string): boolean {
  const from = Math.max(0, at + length - word.length);
  for (let i = text.indexOf(word, from); i >= 0 && i <= at; i = text.indexOf(word, i + 1)) {
    if (i + word.length >= at + length) return true;
  }
  return false;
}
